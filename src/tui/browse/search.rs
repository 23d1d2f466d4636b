//! The search bar and its hits: each hit a line saying what it is (date, id, body, for a
//! decision its outcome and objectives) and the sentence that matched, cut between words,
//! the matched words marked.

use crate::index::search::{self, Hit, Target};
use crate::tui::app::App;
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The search bar: what was typed and what it found. The queries run on the search
/// worker's thread (`searcher`): typing never waits for them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query.
    pub query: String,
    /// The hits, best first.
    pub hits: Vec<Hit>,
    /// The query the hits are of: behind `query` until the worker's hits of it arrive.
    pub hits_of: String,
    /// The selected hit.
    pub selected: usize,
}

impl Search {
    /// Whether the hits shown are not yet those of the query typed.
    pub fn is_behind(&self) -> bool {
        self.hits_of != self.query
    }
}

impl App {
    /// Types into the search bar (or deletes with `None`); the query is then behind for the
    /// event loop to send to the search worker.
    pub fn search_edit(&mut self, c: Option<char>) {
        let Some(search) = &mut self.search else { return };
        match c {
            Some(c) => search.query.push(c),
            None => {
                search.query.pop();
            }
        }
    }

    /// The hits of `query` arrived; shown if the bar still holds a query.
    pub fn search_results(&mut self, query: &str, hits: Vec<Hit>) {
        if let Some(search) = &mut self.search {
            // The same query's hits again (a late answer) keep the selection.
            if search.hits_of != query {
                search.selected = 0;
            }
            search.selected = search.selected.min(hits.len().saturating_sub(1));
            search.hits = hits;
            search.hits_of = query.to_owned();
        }
    }

    /// Moves the selection among the hits.
    pub fn search_step(&mut self, by: isize) {
        if let Some(s) = &mut self.search {
            let last = s.hits.len().saturating_sub(1) as isize;
            s.selected = (s.selected as isize + by).clamp(0, last) as usize;
        }
    }

    /// Closes the search bar, jumping to the selected hit when `go`.
    pub fn search_close(&mut self, go: bool, ctx: &Ctx) {
        let Some(search) = self.search.take() else { return };
        if let Some(hit) = search.hits.get(search.selected).filter(|_| go)
            && self.jump(&hit.target, ctx)
        {
            // The words searched for stand out in the minutes (and decision) reached.
            let words = super::narrow::TextFilter::new(&search.query);
            match &hit.target {
                Target::Minutes(m, n) => {
                    self.meetings.marked = Some((m.clone(), words));
                    self.meetings.to_item = Some((m.clone(), *n));
                }
                Target::Decision(d) => self.decisions.marked = Some((d.clone(), words)),
                _ => {}
            }
            self.remember(super::history::Visit::Search(search.clone()));
        }
        self.last_search = Some(search);
    }
}

/// Draws the search bar with its hits over `area`.
pub fn render(frame: &mut Frame, area: Rect, search: &Search, ctx: &Ctx, theme: &Theme) {
    let mut lines = vec![Line::from(vec![
        Span::styled("/ ", theme.heading),
        Span::raw(line(&search.query)),
        Span::raw("▏"),
    ])];
    // Hits of part of the folder say so: the search runs again when the rest has loaded.
    if let Some((done, total)) = ctx.loading().filter(|_| !search.query.trim().is_empty()) {
        let partial = crate::tui::strings::status::search_partial(ctx.lang, done, total);
        lines.push(Line::styled(partial, theme.dim));
    }
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
            lines.push(Line::styled(
                crate::index::strings::search_kind(ctx.lang, hit.kind),
                theme.heading,
            ));
        }
        let chosen = i == search.selected;
        let mark = if chosen { theme.selected } else { Style::default() };
        let heading = crate::tui::strings::browse::hit_heading(
            ctx.lang,
            hit,
            &ctx.index.objectives,
            &body_name,
        );
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
