//! The preview of the minutes over the editor: the Markdown export's text, wrapped like the
//! minutes (no wrapped row starts with a space), from the row scrolled to.

use crate::i18n::Lang;
use crate::tui::editor::preview::Preview;
use crate::tui::editor::view::wrap_line;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws `preview` over `area`.
pub fn render(frame: &mut Frame, area: Rect, preview: &Preview, lang: Lang, theme: &Theme) {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(crate::tui::strings::editor::preview_title(lang))
        .border_style(theme.heading);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let rows: Vec<Line> = preview
        .text
        .lines()
        .flat_map(|l| {
            let l = line(l);
            wrap_line(&l, width).into_iter().map(move |(a, b)| l[a..b].trim_end().to_owned())
        })
        .skip(preview.scroll as usize)
        .take(inner.height as usize)
        .map(Line::raw)
        .collect();
    frame.render_widget(Paragraph::new(rows), inner);
}
