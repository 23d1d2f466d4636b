//! The search bar and its hits: each hit a line saying what it is (date, id, body, for a
//! decision its outcome and objectives) and the sentence that matched, cut between words,
//! the matched words marked.

use crate::i18n::{self, tui::Text, tui::text};
use crate::index::search::{self, Hit};
use crate::tui::app::Search;
use crate::tui::ctx::Ctx;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// Draws the search bar with its hits over `area`.
pub fn render(frame: &mut Frame, area: Rect, search: &Search, ctx: &Ctx, theme: &Theme) {
    let mut lines = vec![Line::from(vec![
        Span::styled("/ ", theme.heading),
        Span::raw(line(&search.query)),
        Span::raw("▏"),
    ])];
    if search.hits.is_empty() && !search.query.trim().is_empty() {
        lines.push(Line::styled(text(ctx.lang, Text::NothingFound), theme.dim));
    }
    let width = area.width.saturating_sub(6) as usize;
    let members = ctx.folder.members.as_ref().map(|m| &m.value);
    let body_name = |b: &crate::domain::ids::BodyId| {
        members.and_then(|m| m.body(b)).map_or_else(|| b.to_string(), |b| b.name.clone())
    };
    let mut last_kind = None;
    let mut selected_line = 0;
    for (i, hit) in search.hits.iter().enumerate() {
        if last_kind != Some(hit.kind) {
            last_kind = Some(hit.kind);
            lines.push(Line::styled(i18n::search_kind(ctx.lang, hit.kind), theme.heading));
        }
        let chosen = i == search.selected;
        let mark = if chosen { theme.selected } else { Style::default() };
        let heading = i18n::tui::hit_heading(ctx.lang, hit, &ctx.index.objectives, &body_name);
        let heading: String = line(&heading).chars().take(width + 2).collect();
        lines.push(Line::from(vec![
            Span::styled(if chosen { "› " } else { "  " }, mark),
            Span::styled(heading, if chosen { mark } else { theme.dim }),
        ]));
        if chosen {
            selected_line = lines.len();
        }
        lines.push(excerpt_line(hit, width, mark, theme));
    }
    frame.render_widget(Clear, area);
    let block =
        Block::default().borders(Borders::ALL).title(format!(" {} ", text(ctx.lang, Text::Search)));
    // Keep the selected hit (both its lines) in view: scroll once it would fall below the
    // bottom border.
    let offset = selected_line.saturating_sub(area.height.saturating_sub(3) as usize) as u16;
    frame.render_widget(Paragraph::new(lines).block(block).scroll((offset, 0)), area);
}

/// The hit's matched sentence, indented, cut between words, the matched chars marked.
fn excerpt_line<'a>(hit: &Hit, width: usize, mark: Style, theme: &Theme) -> Line<'a> {
    let first = hit.matched.first().copied().unwrap_or(0);
    let part = search::excerpt(&hit.text, first, width);
    let mut spans = vec![Span::styled("    ", mark)];
    if part.cut_before {
        spans.push(Span::styled("…", mark));
    }
    for (k, c) in hit.text.chars().enumerate().take(part.end).skip(part.start) {
        let style = if hit.matched.contains(&k) {
            mark.patch(theme.heading).add_modifier(Modifier::UNDERLINED)
        } else {
            mark
        };
        spans.push(Span::styled(line(&c.to_string()), style));
    }
    if part.cut_after {
        spans.push(Span::styled("…", mark));
    }
    Line::from(spans)
}
