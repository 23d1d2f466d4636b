//! The questions asked while browsing: who the user is, and a new meeting's body, day, time
//! and place; a stale lock to take over.

use crate::i18n::Lang;
use crate::tui::session::Prompt;
use crate::tui::strings::editor::{meeting_exists_question, take_over_question};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui_textarea::TextArea;

/// Draws `prompt` over `area`.
pub fn render(frame: &mut Frame, area: Rect, prompt: &Prompt, lang: Lang, theme: &Theme) {
    let words = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    match prompt {
        Prompt::WhoAmI(_, picker) => {
            super::picker::render(frame, area, picker, words("Wie ben je?", "Who are you?"), theme)
        }
        Prompt::Body(picker) => super::picker::render(
            frame,
            area,
            picker,
            words("Vergadering van welk orgaan?", "Meeting of which body?"),
            theme,
        ),
        Prompt::Date(_, field) => field_box(
            frame,
            area,
            field.textarea(),
            words("Datum (2026-11-23, 15/1, vrijdag)", "Date (2026-11-23, 15/1, friday)"),
            theme,
        ),
        Prompt::Start(_, _, field) => field_box(
            frame,
            area,
            field.textarea(),
            words("Aanvang (19:30)", "Start (19:30)"),
            theme,
        ),
        Prompt::Location(_, _, _, field) => {
            field_box(frame, area, field.textarea(), words("Plaats", "Location"), theme)
        }
        Prompt::StIgnore => {
            let ask = words(
                "Dit is een Syncthing-map. De tijdelijke bestanden van stuurgroep aan .stignore toevoegen? (j/n)",
                "This is a Syncthing folder. Add stuurgroep's temp files to .stignore? (y/n)",
            );
            question(frame, area, ask, theme);
        }
        Prompt::Exists(_, _, date, _) => {
            let ask = meeting_exists_question(lang, *date);
            question(frame, area, &ask, theme);
        }
        Prompt::Report(popup) => super::report::render(frame, area, popup, lang, theme),
        Prompt::Plan(popup) => super::plan_edit::render(frame, area, popup, lang, theme),
        Prompt::TakeOver(_, info) => {
            let ask = take_over_question(lang, info, chrono::Utc::now());
            question(frame, area, &ask, theme);
        }
    }
}

/// A one-line field in a box titled `title`.
pub fn field_box(frame: &mut Frame, area: Rect, field: &TextArea, title: &str, theme: &Theme) {
    let popup = super::centred(area, 72, 3);
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "))
        .border_style(theme.heading);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    frame.render_widget(field, inner);
}

/// A yes/no question in a box.
fn question(frame: &mut Frame, area: Rect, text: &str, theme: &Theme) {
    let popup = super::centred(area, 76, 4);
    frame.render_widget(Clear, popup);
    let block = Block::default().borders(Borders::ALL).border_style(theme.heading);
    let text = Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true });
    frame.render_widget(text.block(block), popup);
}
