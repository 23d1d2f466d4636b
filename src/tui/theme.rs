//! Styles, with and without colour (NO_COLOR).

use ratatui::style::{Color, Modifier, Style};

/// The styles the screens use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// The selected line.
    pub selected: Style,
    /// Headings and strategic objectives.
    pub heading: Style,
    /// Secondary text.
    pub dim: Style,
    /// The status line.
    pub status: Style,
    /// Errors.
    pub error: Style,
}

impl Theme {
    /// Colours unless `no_color`.
    pub fn new(no_color: bool) -> Self {
        if no_color {
            let plain = Style::default();
            return Self {
                selected: plain.add_modifier(Modifier::REVERSED),
                heading: plain.add_modifier(Modifier::BOLD),
                dim: plain,
                status: plain.add_modifier(Modifier::REVERSED),
                error: plain.add_modifier(Modifier::BOLD),
            };
        }
        Self {
            selected: Style::default().bg(Color::Blue).fg(Color::White),
            heading: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::default().fg(Color::DarkGray),
            status: Style::default().bg(Color::DarkGray).fg(Color::White),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }

    /// From the environment: no colour when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Self {
        Self::new(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
    }
}

/// Text from a file made safe for one terminal line: control characters visible, tabs and
/// newlines as spaces.
pub fn line(text: &str) -> String {
    crate::text::printable(text).replace(['\n', '\t'], " ")
}
