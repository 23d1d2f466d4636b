//! Draws the popup in which a member reports on their own action item.

use crate::i18n::Lang;
use crate::tui::session::report::{ReportPopup, STATUSES};
use crate::tui::strings::report as words;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws `popup` in the middle of `area`: the statuses (the chosen one marked), the note
/// field, the keys.
pub fn render(frame: &mut Frame, area: Rect, popup: &ReportPopup, lang: Lang, theme: &Theme) {
    let outer = super::centred(area, 72, 7);
    frame.render_widget(Clear, outer);
    let title = format!(" {} ", words::title(lang, &popup.action.to_string()));
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme.heading);
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let mut statuses = vec![Span::raw(words::status(lang))];
    for s in STATUSES {
        let word = words::status_word(lang, s);
        statuses.push(Span::raw(" "));
        statuses.push(if s == popup.status {
            Span::styled(format!("[{word}]"), theme.selected)
        } else {
            Span::raw(format!(" {word} "))
        });
    }
    let row = |y: u16| Rect { y: inner.y + y, height: 1, ..inner };
    if inner.height < 5 {
        return;
    }
    frame.render_widget(Paragraph::new(Line::from(statuses)), row(0));
    frame.render_widget(Paragraph::new(words::note(lang)), row(1));
    frame.render_widget(popup.note.textarea(), row(2));
    frame.render_widget(Paragraph::new(Span::styled(words::keys(lang), theme.dim)), row(4));
}
