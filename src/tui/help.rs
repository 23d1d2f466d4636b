//! Scrolling the help, the same in every layer: a line with ↑ ↓ (j k), a page with PgUp PgDn,
//! to the ends with Home End; never past its last line.

use ratatui::crossterm::event::KeyCode;

/// How many lines a page of the help is.
pub const PAGE: i32 = 10;

/// A move through the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One line down (positive) or up.
    Line(i32),
    /// One page down (positive) or up.
    Page(i32),
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
}

impl Step {
    /// The step a key makes in the help, if it makes one.
    pub fn of_key(code: KeyCode) -> Option<Step> {
        Some(match code {
            KeyCode::Down | KeyCode::Char('j') => Step::Line(1),
            KeyCode::Up | KeyCode::Char('k') => Step::Line(-1),
            KeyCode::PageDown => Step::Page(1),
            KeyCode::PageUp => Step::Page(-1),
            KeyCode::Home => Step::Top,
            KeyCode::End => Step::Bottom,
            _ => return None,
        })
    }
}

/// `scroll` moved by `step` through a help of `lines` lines.
pub fn scrolled(scroll: u16, step: Step, lines: usize) -> u16 {
    let last = lines as i32;
    let to = match step {
        Step::Line(n) => i32::from(scroll) + n,
        Step::Page(n) => i32::from(scroll) + n * PAGE,
        Step::Top => 0,
        Step::Bottom => last,
    };
    to.clamp(0, last) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_stays_within_the_help() {
        assert_eq!(scrolled(0, Step::Line(-1), 30), 0);
        assert_eq!(scrolled(3, Step::Line(1), 30), 4);
        assert_eq!(scrolled(25, Step::Page(1), 30), 30);
        assert_eq!(scrolled(12, Step::Page(-1), 30), 2);
        assert_eq!(scrolled(7, Step::Top, 30), 0);
        assert_eq!(scrolled(7, Step::Bottom, 30), 30);
        assert_eq!(Step::of_key(KeyCode::Char('j')), Some(Step::Line(1)));
        assert_eq!(Step::of_key(KeyCode::Esc), None);
    }
}
