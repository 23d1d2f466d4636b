//! One pure render function per screen.

pub mod actions;
pub mod conflicts;
pub mod decisions;
pub mod editor;
pub mod meetings;
pub mod objectives;
pub mod picker;
pub mod prompt;

use ratatui::layout::{Constraint, Layout, Rect};

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
