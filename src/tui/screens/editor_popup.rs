//! The editor's questions drawn over it: a line or paragraphs to type, a pick, a yes/no.

use crate::i18n::Lang;
use crate::tui::editor::named::NamedVotes;
use crate::tui::editor::popup::Popup;
use crate::tui::strings::editor::{Word, word};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws the open question `popup` over `area`.
pub(super) fn render(frame: &mut Frame, area: Rect, popup: &Popup, lang: Lang, theme: &Theme) {
    match popup {
        Popup::Input { ask, field, .. } if ask.takes_paragraphs() => {
            // As tall as the paragraphs typed, wrapped, up to half the screen.
            let rows: usize = field.lines().iter().map(|l| l.chars().count() / 68 + 1).sum();
            let height = (rows as u16 + 2).clamp(3, area.height / 2);
            let popup = super::centred(area, 72, height);
            frame.render_widget(Clear, popup);
            let title = format!(" {} ", crate::tui::strings::editor::ask(lang, ask));
            let block =
                Block::default().borders(Borders::ALL).title(title).border_style(theme.heading);
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            frame.render_widget(&**field, inner);
        }
        Popup::Input { ask, field, .. } => {
            let title = crate::tui::strings::editor::ask(lang, ask);
            super::prompt::field_box(frame, area, field, title, theme);
        }
        Popup::Plan(p) => super::editor_plan::render(frame, area, p, lang, theme),
        Popup::Pick { choice, picker } => {
            let title = crate::tui::strings::editor::choice(lang, choice);
            super::picker::render(frame, area, picker, title, theme);
        }
        Popup::ConfirmSent(unsend) => {
            let popup = super::centred(area, 60, 3);
            frame.render_widget(Clear, popup);
            let question = if *unsend { Word::UnsendQuestion } else { Word::SentQuestion };
            let block = Block::default().borders(Borders::ALL).border_style(theme.heading);
            frame.render_widget(Paragraph::new(word(lang, question)).block(block), popup);
        }
        Popup::ConfirmCancel(_) | Popup::ConfirmRemove => {
            let question = match popup {
                Popup::ConfirmCancel(true) => Word::CancelQuestion,
                Popup::ConfirmCancel(false) => Word::HeldQuestion,
                _ => Word::RemoveQuestion,
            };
            let popup = super::centred(area, 60, 4);
            frame.render_widget(Clear, popup);
            let block = Block::default().borders(Borders::ALL).border_style(theme.heading);
            let wrap = ratatui::widgets::Wrap { trim: true };
            frame
                .render_widget(Paragraph::new(word(lang, question)).wrap(wrap).block(block), popup);
        }
        Popup::Named(list) => named(frame, area, list, lang, theme),
        Popup::ConfirmApproval(id, unsent) => {
            // Minutes never sent are said so, on a line of their own.
            let (question, height) =
                if *unsent { (Word::ApproveUnsent, 4) } else { (Word::ApproveQuestion, 3) };
            let popup = super::centred(area, 60, height);
            frame.render_widget(Clear, popup);
            let text = format!("{id}: {}", word(lang, question));
            let block = Block::default().borders(Borders::ALL).border_style(theme.heading);
            let wrap = ratatui::widgets::Wrap { trim: true };
            frame.render_widget(Paragraph::new(text).wrap(wrap).block(block), popup);
        }
    }
}

/// The vote by name: a line per voting member with their vote, the selected one marked, then
/// what the votes add up to and the keys.
fn named(frame: &mut Frame, area: Rect, list: &NamedVotes, lang: Lang, theme: &Theme) {
    use crate::tui::strings::votes;
    use ratatui::text::Line;
    let height = (list.rows.len() as u16 + 5).min(area.height);
    let popup = super::centred(area, 72, height);
    frame.render_widget(Clear, popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(votes::title(lang, list.decision))
        .border_style(theme.heading);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    // The selected row stays in view when the members outnumber the lines.
    let room = inner.height.saturating_sub(3) as usize;
    let first = list.at.saturating_sub(room.saturating_sub(1));
    let mut lines: Vec<Line> = list
        .rows
        .iter()
        .enumerate()
        .skip(first)
        .take(room)
        .map(|(at, r)| {
            let mark = if at == list.at { "▸" } else { " " };
            let name: String = r.name.chars().take(48).collect();
            let text = format!("{mark} {name:<48} {}", votes::vote(lang, r.vote));
            if at == list.at { Line::styled(text, theme.selected) } else { Line::raw(text) }
        })
        .collect();
    let open = list.rows.iter().filter(|r| r.vote.is_none()).count();
    lines.push(Line::styled(votes::counts(lang, list.counts(), open), theme.heading));
    lines.push(Line::styled(votes::keys(lang), theme.dim));
    // Not trimmed: the rows line up by their leading marks.
    let wrap = ratatui::widgets::Wrap { trim: false };
    frame.render_widget(Paragraph::new(lines).wrap(wrap), inner);
}
