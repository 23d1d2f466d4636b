//! One pure render function per screen.

pub mod actions;
pub mod conflicts;
pub mod decision_context;
pub mod decisions;
pub mod editor;
pub mod meetings;
pub mod minutes;
pub mod objectives;
pub mod picker;
pub mod preview;
pub mod prompt;
pub mod search;

use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The list and the detail areas: side by side when there is room (120 columns), else the
/// detail takes the whole body while it is open.
pub fn split(area: Rect, detail_open: bool) -> (Option<Rect>, Option<Rect>) {
    if area.width >= 120 {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        (Some(list), Some(detail))
    } else if detail_open {
        (None, Some(area))
    } else {
        (Some(area), None)
    }
}

/// A detail pane: a bordered, wrapped, scrollable text.
pub fn detail(
    frame: &mut ratatui::Frame,
    area: Rect,
    title: &str,
    lines: Vec<ratatui::text::Line>,
    scroll: u16,
) {
    use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
    let block = Block::default().borders(Borders::ALL).title(format!(" {title} "));
    let paragraph =
        Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0));
    frame.render_widget(paragraph, area);
}

/// The lines of a list that fit in `area` (inside its border), a page at a time, so that a
/// frame builds only what it shows: 40,000 decisions cost as little as forty.
pub fn page(selected: usize, len: usize, area: Rect) -> std::ops::Range<usize> {
    let rows = (area.height.saturating_sub(2) as usize).max(1);
    let start = (selected / rows) * rows;
    start.min(len)..(start + rows).min(len)
}

/// Draws `items` (one page) as a bordered list with the selected line marked.
pub fn list(
    frame: &mut ratatui::Frame,
    area: Rect,
    title: String,
    items: Vec<ratatui::widgets::ListItem>,
    selected_in_page: usize,
    theme: &crate::tui::theme::Theme,
) {
    use ratatui::widgets::{Block, Borders, List, ListState};
    let list = List::new(items)
        .block(Block::default().borders(Borders::ALL).title(title))
        .highlight_style(theme.selected)
        .highlight_symbol("› ");
    frame.render_stateful_widget(
        list,
        area,
        &mut ListState::default().with_selected(Some(selected_in_page)),
    );
}

/// The keys of where the user is (`(label, what it does)`), in a box `width` wide over
/// `area`; where they do not fit, scrolled down by `scroll` and the title says there is more.
pub fn help(
    frame: &mut Frame,
    area: Rect,
    keys: Vec<(&str, &str)>,
    width: u16,
    scroll: u16,
    lang: crate::i18n::Lang,
    theme: &Theme,
) {
    use crate::i18n::tui::{Text, text};
    let lines: Vec<Line> = keys
        .into_iter()
        .map(|(label, does)| {
            Line::from(vec![
                Span::styled(format!(" {label:<12}"), theme.heading),
                Span::raw(does.to_owned()),
            ])
        })
        .collect();
    let popup = centred(area, width, lines.len() as u16 + 2);
    let hidden = (lines.len() as u16).saturating_sub(popup.height.saturating_sub(2));
    let scroll = scroll.min(hidden);
    let more = if scroll < hidden { text(lang, Text::HelpMore) } else { "" };
    frame.render_widget(ratatui::widgets::Clear, popup);
    let title = format!(" {}{more} ", text(lang, Text::Help));
    let block =
        ratatui::widgets::Block::default().borders(ratatui::widgets::Borders::ALL).title(title);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), popup);
}

/// A `width` × `height` box in the middle of `area` (smaller when `area` is).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
