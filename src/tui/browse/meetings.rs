//! The meetings screen: every meeting, newest first, and its minutes read like the document
//! they become.

use super::narrow::{Sort, TextFilter};
use super::{BrowseScreen, ListState, Panels};
use crate::domain::ids::{BodyId, MeetingId};
use crate::export::model::{ActionDoc, MinutesDoc};
use crate::export::strings::minutes::{Word, word};
use crate::i18n::Lang;
use crate::index::search::Target;
use crate::tui::action::{Action, BY_BODY, Binding, CLEAR, LINKS, PERIOD, SORT, TEXT, bind};
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};
use crate::tui::theme::{Theme, line};
use chrono::Datelike;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;
use std::ops::Range;

/// The meetings list, newest first (the order of `ctx.meetings`), through a body filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meetings {
    /// The list's selection and detail.
    pub list: ListState,
    /// Only this body's meetings.
    pub body: Option<BodyId>,
    /// Only this year's meetings (`p`).
    pub year: Option<i32>,
    /// Words the meeting (its body, place, agenda) must hold (`t`).
    pub text: TextFilter,
    /// Newest or oldest first (`s`).
    pub sort: Sort,
    /// The words of the search that led to this meeting's minutes, marked there.
    pub marked: Option<(MeetingId, TextFilter)>,
    /// The agenda item a search hit led to: its meeting's minutes open at its heading.
    pub to_item: Option<(MeetingId, u32)>,
    /// Rows the detail was last drawn scrolled down by to reach `to_item`'s heading; the
    /// next key on this screen makes them the detail's own scroll.
    lifted: std::cell::Cell<u16>,
    /// The meetings kept, as indices into `ctx.folder.meetings`; `None` while the filter
    /// keeps everything.
    shown: Option<Vec<usize>>,
}

impl Meetings {
    /// The meetings shown, newest first, as indices into `ctx.folder.meetings`.
    pub fn order<'a>(&'a self, ctx: &'a Ctx) -> &'a [usize] {
        self.shown.as_deref().unwrap_or(&ctx.meetings)
    }

    /// The meeting on the selected line.
    pub fn selected(&self, ctx: &Ctx) -> Option<MeetingId> {
        let i = self.order(ctx).get(self.list.selected)?;
        Some(ctx.folder.meetings[*i].value.id.clone())
    }

    /// The line of meeting `id`, if the list shows it.
    pub fn line_of(&self, ctx: &Ctx, id: &MeetingId) -> Option<usize> {
        self.order(ctx).iter().position(|&i| &ctx.folder.meetings[i].value.id == id)
    }

    /// Shows meeting `id` (clearing a filter that hides it); its line.
    pub fn reveal(&mut self, ctx: &Ctx, id: &MeetingId) -> Option<usize> {
        if self.line_of(ctx, id).is_none() {
            (self.year, self.text) = (None, TextFilter::default());
            self.set(None, ctx);
        }
        self.line_of(ctx, id)
    }

    /// Filters on `body` (all with `None`) in `ctx`; also after a reload.
    pub fn set(&mut self, body: Option<BodyId>, ctx: &Ctx) {
        self.body = body;
        self.refresh(ctx);
    }

    /// Recomputes the list from the filters and the order.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let plain = self.body.is_none()
            && self.year.is_none()
            && self.text.is_empty()
            && self.sort == Sort::Newest;
        self.shown = (!plain).then(|| {
            let keeps = |i: &&usize| {
                let m = &ctx.folder.meetings[**i].value;
                let name = super::decisions::body_name(ctx, &m.body);
                let titles = m.agenda.iter().map(|a| a.title.as_str());
                self.body.as_ref().is_none_or(|b| &m.body == b)
                    && self.year.is_none_or(|y| m.date.year() == y)
                    && self.text.keeps(
                        [name.as_str(), m.id.as_str(), m.location.as_deref().unwrap_or("")]
                            .into_iter()
                            .chain(titles),
                    )
            };
            let mut kept: Vec<usize> = ctx.meetings.iter().filter(keeps).copied().collect();
            if self.sort == Sort::Oldest {
                kept.reverse();
            }
            kept
        });
    }

    /// Whether a filter narrows the list.
    fn is_narrowed(&self) -> bool {
        self.body.is_some() || self.year.is_some() || !self.text.is_empty()
    }
}

/// Its own rows of the key table (the shared ones are in `tui::action`).
pub const KEYS: &[Binding] = &[
    LINKS,
    BY_BODY,
    PERIOD,
    TEXT,
    SORT,
    CLEAR,
    bind(&[KeyCode::Char('e')], "e", Action::EditMeeting),
    bind(&[KeyCode::Char('n')], "n", Action::NewMeeting),
    bind(&[KeyCode::Char('w')], "w", Action::WhoAmI),
];

super::listed!(Meetings, |view, ctx| view.order(ctx).len());

impl BrowseScreen for Meetings {
    /// The body filter; its other keys (write the minutes, a new meeting, who am I) are
    /// the session's to answer.
    fn key(&mut self, action: Action, ctx: &Ctx) -> bool {
        // Scrolling on from the agenda item reached, up to the meeting's top too.
        if self.to_item.take().is_some() {
            self.list.scroll = self.list.scroll.saturating_add(self.lifted.take());
        }
        match action {
            Action::FilterBody => {
                let bodies = super::decisions::bodies(ctx);
                self.set(super::decisions::next(&bodies, self.body.as_ref()), ctx);
            }
            Action::FilterPeriod => {
                let years = ctx.meetings.iter().map(|&i| ctx.folder.meetings[i].value.date.year());
                self.year = super::narrow::next_year(years.collect(), self.year);
                self.refresh(ctx);
            }
            Action::Sort => {
                self.sort = self.sort.next(&[Sort::Newest, Sort::Oldest]);
                self.refresh(ctx);
            }
            Action::ClearFilters => {
                (self.year, self.text) = (None, TextFilter::default());
                self.set(None, ctx)
            }
            _ => return false,
        }
        // Other lines are under the selection now.
        self.list = ListState::default();
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme) -> Panels {
        let state = &self.list;
        let (list_area, detail_area) = super::split(area, state.detail);
        let shown = list_area.map(|a| render_list(frame, a, self, ctx, theme));
        let doc = self.order(ctx).get(state.selected).and_then(|&i| ctx.minutes_doc(i));
        if let (Some(a), Some(doc)) = (detail_area, doc) {
            let marked = self.marked.as_ref().filter(|(m, _)| m.as_str() == doc.id);
            let lines = document(doc, ctx, theme, marked.map(|(_, words)| words));
            let item = self.to_item.as_ref().filter(|(m, _)| m.as_str() == doc.id);
            let width = usize::from(a.width.saturating_sub(2));
            let lifted = item.map_or(0, |(_, n)| rows_to_item(doc, &lines, *n, width));
            self.lifted.set(lifted);
            super::detail(frame, a, &doc.id, lines, state.scroll.saturating_add(lifted));
        }
        Panels::lines(list_area, shown.unwrap_or(0..0), detail_area)
    }

    fn text(&self) -> Option<&TextFilter> {
        Some(&self.text)
    }

    fn text_mut(&mut self) -> Option<&mut TextFilter> {
        Some(&mut self.text)
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Meetings::refresh(self, ctx)
    }

    /// The decisions taken at the selected meeting, then the action items agreed there.
    fn links(&self, ctx: &Ctx) -> Vec<(Target, String)> {
        let Some(id) = self.selected(ctx) else { return Vec::new() };
        let held = ctx.index.decisions.iter().filter(|d| d.meeting() == &id);
        let mut links: Vec<_> =
            held.map(|d| super::history::decision_link(ctx, &d.reference, None)).collect();
        let agreed = ctx.index.actions.iter().filter(|a| a.reference.meeting() == &id);
        links.extend(agreed.map(|a| super::history::action_link(ctx, a)));
        links
    }

    /// Its id, the reference a member quotes.
    fn copied(&self, ctx: &Ctx) -> Option<(String, String)> {
        let id = self.selected(ctx)?.to_string();
        Some((id.clone(), id))
    }
}

/// Draws the page of the list the selection is on; the lines shown.
fn render_list(
    frame: &mut Frame,
    area: Rect,
    view: &Meetings,
    ctx: &Ctx,
    theme: &Theme,
) -> Range<usize> {
    let lang = ctx.lang;
    let (order, selected) = (view.order(ctx), view.list.selected);
    let page = super::page(selected, order.len(), area);
    let first = page.start;
    let items: Vec<ListItem> = order[page.clone()]
        .iter()
        .map(|&i| {
            let m = &ctx.folder.meetings[i].value;
            // A cancelled meeting says so where its minutes' status would stand.
            let status = if m.cancelled {
                crate::tui::strings::editor::word(
                    lang,
                    crate::tui::strings::editor::Word::Cancelled,
                )
                .to_lowercase()
            } else {
                crate::domain::strings::minutes_status(lang, &m.status).to_string()
            };
            let decisions = format!(
                "{} {}",
                m.decisions().count(),
                crate::index::strings::listing(lang, crate::index::strings::Listing::Decisions)
            );
            ListItem::new(Line::raw(format!(
                "{}  {:<24} {:<12} {decisions}",
                m.date,
                line(m.body.as_str()),
                status
            )))
        })
        .collect();
    let count = if view.is_narrowed() {
        format!("{}/{}", order.len(), ctx.meetings.len())
    } else {
        order.len().to_string()
    };
    let mut parts: Vec<String> =
        view.body.iter().map(|b| super::decisions::body_name(ctx, b)).collect();
    parts.extend(view.year.map(|y| y.to_string()));
    parts.extend(super::narrow::label(lang, &view.text, view.sort));
    let filters: String = parts.iter().map(|p| format!(" · {p}")).collect();
    let title = format!(" {} ({count}){filters} ", text(lang, Text::Meetings));
    super::list(frame, area, title, items, selected - first, theme);
    page
}

/// The minutes' heading and who was there, above the items.
fn header<'a>(doc: &MinutesDoc, lang: Lang, theme: &Theme) -> Vec<Line<'a>> {
    let mut lines =
        vec![Line::styled(format!("{} – {}", line(&doc.body_name), doc.date), theme.heading)];
    let people = |p: &[crate::export::model::Person]| {
        p.iter().map(|p| line(&p.label)).collect::<Vec<_>>().join(", ")
    };
    for (w, value) in [
        (Word::Place, doc.location.as_deref().map(line)),
        (Word::Chair, doc.chair.as_ref().map(|p| line(&p.label))),
        (Word::Present, Some(people(&doc.present)).filter(|s| !s.is_empty())),
        (Word::Excused, Some(people(&doc.excused)).filter(|s| !s.is_empty())),
        (Word::Absent, Some(people(&doc.absent)).filter(|s| !s.is_empty())),
    ] {
        if let Some(v) = value {
            lines.push(Line::raw(format!("{}: {v}", word(lang, w))));
        }
    }
    lines
}

/// An action item agreed in the minutes: who, what, by when, and its status today.
fn action_line<'a>(a: &ActionDoc, ctx: &Ctx) -> Line<'a> {
    let lang = ctx.lang;
    let due = a
        .due
        .map(|d| format!(" ({} {d})", word(lang, Word::Due).to_lowercase()))
        .unwrap_or_default();
    // Its status today, as the actions screen shows it.
    let status = ctx
        .index
        .actions
        .iter()
        .find(|e| e.reference.to_string() == a.id)
        .map(|e| {
            let today = chrono::Local::now().date_naive();
            let s = crate::index::strings::action_status(lang, e.status(), e.is_overdue(today));
            format!(" – {s}")
        })
        .unwrap_or_default();
    Line::raw(format!("→ {}: {}{due}{status}", line(&a.owner.label), line(&a.text)))
}

/// The minutes as lines of text, as the exported document reads; the `marked` words (of a
/// search) stand out in the minutes.
fn document<'a>(
    doc: &MinutesDoc,
    ctx: &Ctx,
    theme: &Theme,
    marked: Option<&TextFilter>,
) -> Vec<Line<'a>> {
    let lang = ctx.lang;
    let mut lines = header(doc, lang, theme);
    for item in &doc.items {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("{}. {}", item.number, line(&item.title)), theme.heading));
        lines.extend(super::decision_context::minutes_lines(&item.minutes, marked, theme));
        for d in &item.decisions {
            lines.push(Line::styled(
                format!("{} {} – {}", word(lang, Word::Decision), d.number, d.outcome_label),
                theme.heading,
            ));
            lines.push(Line::raw(line(&d.text)));
            let codes: Vec<&str> = d.objectives.iter().map(|o| o.code.as_str()).collect();
            lines.push(Line::styled(
                format!("{}: {}", word(lang, Word::Objectives), codes.join(", ")),
                theme.dim,
            ));
        }
        lines.extend(item.actions.iter().map(|a| action_line(a, ctx)));
        for f in &item.follow_ups {
            // The action item's own text, not only its id.
            let wanted = f.action.parse::<crate::domain::ids::ActionItemRef>().ok();
            let action = wanted.and_then(|r| ctx.index.actions.iter().find(|a| a.reference == r));
            let what = action.map(|a| format!("{} ", line(&a.text))).unwrap_or_default();
            lines.push(Line::raw(format!("↺ {what}({}) – {}", f.action, f.status_label)));
            lines.push(Line::styled(format!("  {}", line(&f.note)), theme.dim));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("{}: {}", word(lang, Word::Status), doc.status_label),
        theme.heading,
    ));
    lines
}

/// Rows of the minutes' `lines`, wrapped at `width`, above the heading of agenda item `number`.
fn rows_to_item(doc: &MinutesDoc, lines: &[Line], number: u32, width: usize) -> u16 {
    let Some(item) = doc.items.iter().find(|i| i.number == number) else { return 0 };
    let heading = format!("{}. {}", item.number, line(&item.title));
    let Some(at) = lines.iter().position(|l| l.to_string() == heading) else { return 0 };
    let rows: usize = lines[..at].iter().map(|l| rows(&l.to_string(), width)).sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Rows `text` takes wrapped word by word at `width` columns, as the detail wraps it.
fn rows(text: &str, width: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let (mut rows, mut column) = (1, 0);
    for word in text.split(' ') {
        let w = word.width();
        let needed = if column == 0 { w } else { column + 1 + w };
        if needed <= width {
            column = needed;
        } else if w <= width {
            (rows, column) = (rows + 1, w);
        } else {
            // A word longer than a row is broken across rows.
            rows += usize::from(column > 0) + (w - 1) / width;
            column = (w - 1) % width + 1;
        }
    }
    rows
}
