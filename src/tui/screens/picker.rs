//! A picker drawn over the screen: the query on top, the options it keeps below.

use crate::tui::picker::Picker;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws `picker` centred in `area`, titled `title`.
pub fn render<T>(frame: &mut Frame, area: Rect, picker: &Picker<T>, title: &str, theme: &Theme) {
    let width = area.width.saturating_sub(8).min(90);
    let height = area.height.saturating_sub(2).min(picker.shown.len() as u16 + 3).max(8);
    let popup = super::centred(area, width, height);
    let rows = height.saturating_sub(3) as usize;
    let first = (picker.selected / rows.max(1)) * rows.max(1);
    let mut lines = vec![Line::from(vec![
        Span::styled("» ", theme.heading),
        Span::raw(line(&picker.query)),
        Span::raw("▏"),
    ])];
    let room = width.saturating_sub(4) as usize;
    for (n, &i) in picker.shown.iter().enumerate().skip(first).take(rows) {
        let option = &picker.options[i];
        let style = match (n == picker.selected, option.dim) {
            (true, _) => theme.selected,
            (false, true) => theme.dim,
            (false, false) => Style::default(),
        };
        let mark = if n == picker.selected { "› " } else { "  " };
        let label: String = option.label.chars().take(room).collect();
        lines.push(Line::styled(format!("{mark}{label}"), style));
    }
    frame.render_widget(Clear, popup);
    let block = Block::default().borders(Borders::ALL).title(format!(" {title} "));
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
