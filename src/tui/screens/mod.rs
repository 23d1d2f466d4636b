//! One pure render function per screen.

pub mod decisions;
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
