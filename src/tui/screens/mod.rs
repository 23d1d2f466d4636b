//! One pure render function per screen.

pub mod actions;
pub mod decisions;
pub mod meetings;
pub mod objectives;

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
