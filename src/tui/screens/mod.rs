//! One pure render function per screen.

pub mod conflicts;
pub mod editor;
mod editor_plan;
mod editor_popup;
pub mod minutes;
pub mod picker;
pub mod plan_edit;
pub mod preview;
pub mod prompt;
pub mod report;

use crate::tui::strings::browse::Text;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draws `items` (one page) as a bordered list with the selected line marked; the first
/// item shown (a list longer than `area` scrolls to keep the selection in view).
pub fn list(
    frame: &mut ratatui::Frame,
    area: Rect,
    title: String,
    items: Vec<ratatui::widgets::ListItem>,
    selected_in_page: usize,
    theme: &crate::tui::theme::Theme,
) -> usize {
    use ratatui::widgets::{Block, Borders, List, ListState};
    let list = List::new(items)
        .block(Block::default().borders(Borders::ALL).title(title))
        .highlight_style(theme.selected)
        .highlight_symbol("› ");
    let mut state = ListState::default().with_selected(Some(selected_in_page));
    frame.render_stateful_widget(list, area, &mut state);
    state.offset()
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
    use crate::tui::strings::browse::text;
    use Text;
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
