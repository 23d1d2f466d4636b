//! The decisions screen: every decision, newest first, through a filter, and a decision's
//! context.

use super::narrow::{Sort, TextFilter};
use super::{BrowseScreen, ListState, Panels};
use crate::domain::ids::{BodyId, DecisionRef, ObjectiveId};
use crate::domain::meeting::Outcome;
use crate::index::decisions::{DecisionEntry, DecisionFilter};
use crate::index::search::Target;
use crate::tui::action::{Action, BY_BODY, Binding, CLEAR, LINKS, PERIOD, SORT, TEXT, bind};
use crate::tui::app::Pick;
use crate::tui::ctx::Ctx;
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::browse::{Context, Text, text};
use crate::tui::theme::{Theme, line};
use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;
use std::ops::Range;

/// The decisions list: newest first, through a filter. Recomputed when the filter changes,
/// not per frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decisions {
    /// The list's selection and detail.
    pub list: ListState,
    /// The filter.
    pub filter: DecisionFilter,
    /// Words typed to narrow the list (`t`).
    pub text: TextFilter,
    /// The order (`s`).
    pub sort: Sort,
    /// The words of the search that led to this decision, marked in its detail.
    pub marked: Option<(DecisionRef, TextFilter)>,
    /// The decisions kept, newest first, as indices into `ctx.index.decisions`; `None` while
    /// the filter keeps everything, so an unfiltered list costs nothing.
    shown: Option<Vec<usize>>,
}

impl Decisions {
    /// How many decisions the list shows.
    pub fn len(&self, ctx: &Ctx) -> usize {
        self.shown.as_ref().map_or(ctx.index.decisions.len(), Vec::len)
    }

    /// Whether the list is empty.
    pub fn is_empty(&self, ctx: &Ctx) -> bool {
        self.len(ctx) == 0
    }

    /// The decision on line `line`.
    pub fn at<'a>(&self, ctx: &'a Ctx, line: usize) -> Option<&'a DecisionEntry> {
        let index = match &self.shown {
            Some(shown) => *shown.get(line)?,
            None => ctx.index.decisions.len().checked_sub(line + 1)?,
        };
        ctx.index.decisions.get(index)
    }

    /// The line of the decision at `index` in `ctx.index.decisions`, if the filter keeps it.
    pub fn line_of(&self, ctx: &Ctx, index: usize) -> Option<usize> {
        match &self.shown {
            Some(shown) => shown.iter().position(|&i| i == index),
            None => ctx.index.decisions.len().checked_sub(index + 1),
        }
    }

    /// Sets the filter and recomputes the list.
    pub fn set(&mut self, filter: DecisionFilter, ctx: &Ctx) {
        self.filter = filter;
        self.refresh(ctx);
    }

    /// Recomputes the list from the filter, the text typed and the order.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let plain = self.filter.is_empty() && self.text.is_empty() && self.sort == Sort::Newest;
        self.shown = (!plain).then(|| {
            let (filter, text) = (&self.filter, &self.text);
            let all = ctx.index.decisions.iter().enumerate().rev();
            let kept = all.filter(|(_, d)| filter.keeps(d) && text.keeps([d.text.as_str()]));
            let mut kept: Vec<usize> = kept.map(|(i, _)| i).collect();
            match self.sort {
                Sort::Newest => {}
                Sort::Oldest => kept.reverse(),
                // Stable: newest first within one objective; those without one last.
                Sort::Objective => kept.sort_by_cached_key(|&i| {
                    let code = today_code(ctx, &ctx.index.decisions[i]);
                    (code.is_none(), code)
                }),
            }
            kept
        });
    }

    /// Whether anything narrows the list (a filter or text typed).
    pub fn is_narrowed(&self) -> bool {
        !self.filter.is_empty() || !self.text.is_empty()
    }

    /// The next body: every body in turn, then all of them again.
    pub fn cycle_body(&mut self, ctx: &Ctx) {
        let body = next(&bodies(ctx), self.filter.body.as_ref());
        self.set(DecisionFilter { body, ..self.filter.clone() }, ctx);
    }

    /// The next period: each year with decisions, newest first, then all years again.
    pub fn cycle_period(&mut self, ctx: &Ctx) {
        let mut years: Vec<i32> = ctx.index.decisions.iter().map(|d| d.date.year()).collect();
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        let year = next(&years, self.filter.from.map(|f| f.year()).as_ref());
        let (from, to) = match year {
            Some(y) => (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 12, 31)),
            None => (None, None),
        };
        self.set(DecisionFilter { from, to, ..self.filter.clone() }, ctx);
    }

    /// The next outcome: adopted, rejected, postponed, then any again.
    pub fn cycle_outcome(&mut self, ctx: &Ctx) {
        let outcomes = [Outcome::Adopted, Outcome::Rejected, Outcome::Postponed];
        let outcome = next(&outcomes, self.filter.outcome.as_ref());
        self.set(DecisionFilter { outcome, ..self.filter.clone() }, ctx);
    }

    /// Only decisions serving `objective` (under any of its codes: the link is by id), or
    /// an objective merged into it.
    pub fn only_objective(&mut self, objective: ObjectiveId, ctx: &Ctx) {
        let objectives =
            Some(ctx.index.objectives.with_carried(std::iter::once(objective).collect()));
        self.set(DecisionFilter { objectives, ..self.filter.clone() }, ctx);
    }

    /// Shows decision `reference` (clearing a filter that hides it); its line.
    pub fn reveal(&mut self, ctx: &Ctx, reference: &DecisionRef) -> Option<usize> {
        let pos = ctx.index.decisions.iter().position(|e| &e.reference == reference)?;
        if self.line_of(ctx, pos).is_none() {
            // The filter hides it: a jump shows it, so the filter goes.
            self.text = TextFilter::default();
            self.set(DecisionFilter::default(), ctx);
        }
        self.line_of(ctx, pos)
    }

    /// Filters on the objective picked, from its first line.
    pub fn picked(&mut self, objective: ObjectiveId, ctx: &Ctx) {
        self.only_objective(objective, ctx);
        self.list = ListState::default();
    }
}

/// Its own rows of the key table (the shared ones are in `tui::action`).
pub const KEYS: &[Binding] = &[
    bind(&[KeyCode::Char('o')], "o", Action::ToObjective),
    bind(&[KeyCode::Char('m')], "m", Action::ToMeeting),
    LINKS,
    BY_BODY,
    PERIOD,
    bind(&[KeyCode::Char('u')], "u", Action::FilterOutcome),
    bind(&[KeyCode::Char('d')], "d", Action::FilterObjective),
    bind(&[KeyCode::Char('v')], "v", Action::FilterInForce),
    TEXT,
    SORT,
    CLEAR,
];

super::listed!(Decisions, |view, ctx| Decisions::len(view, ctx));

impl BrowseScreen for Decisions {
    fn key(&mut self, action: Action, ctx: &Ctx) -> bool {
        match action {
            Action::FilterBody => self.cycle_body(ctx),
            Action::FilterPeriod => self.cycle_period(ctx),
            Action::FilterOutcome => self.cycle_outcome(ctx),
            Action::ClearFilters => {
                self.text = TextFilter::default();
                self.set(DecisionFilter::default(), ctx)
            }
            Action::Sort => {
                self.sort = self.sort.next(&[Sort::Newest, Sort::Oldest, Sort::Objective]);
                self.refresh(ctx)
            }
            Action::FilterInForce => {
                let in_force = !self.filter.in_force;
                self.set(DecisionFilter { in_force, ..self.filter.clone() }, ctx)
            }
            _ => return false,
        }
        // Other lines are under the selection now.
        self.list = ListState::default();
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme) -> Panels {
        let (list_area, detail_area) = super::split(area, self.list.detail);
        let shown = list_area.map(|a| render_list(frame, a, self, ctx, theme));
        if let (Some(a), Some(d)) = (detail_area, self.at(ctx, self.list.selected)) {
            let marked = self.marked.as_ref().filter(|(r, _)| r == &d.reference);
            let lines = super::decision_context::lines(ctx, d, theme, marked.map(|(_, w)| w));
            super::detail(frame, a, &d.reference.to_string(), lines, self.list.scroll);
        }
        Panels::lines(list_area, shown.unwrap_or(0..0), detail_area)
    }

    /// What the selected decision amends and supersedes and what amends and supersedes
    /// it, its objectives and its meeting.
    fn links(&self, ctx: &Ctx) -> Vec<(Target, String)> {
        let Some(d) = self.at(ctx, self.list.selected) else { return Vec::new() };
        let decision = |r: &DecisionRef, how| super::history::decision_link(ctx, r, Some(how));
        let mut out: Vec<_> =
            d.amends().into_iter().map(|r| decision(r, Context::Amends)).collect();
        out.extend(d.supersedes().into_iter().map(|r| decision(r, Context::Supersedes)));
        out.extend(d.amended_by().iter().map(|r| decision(r, Context::AmendedBy)));
        out.extend(d.superseded_by().into_iter().map(|r| decision(r, Context::SupersededBy)));
        for id in &d.objectives {
            out.push(super::history::objective_link(ctx, id));
        }
        let meeting = format!("{}  {}", text(ctx.lang, Text::Meeting), d.meeting());
        out.push((Target::Minutes(d.meeting().clone(), d.item.0), meeting));
        out
    }

    fn text(&self) -> Option<&TextFilter> {
        Some(&self.text)
    }

    fn text_mut(&mut self) -> Option<&mut TextFilter> {
        Some(&mut self.text)
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Decisions::refresh(self, ctx)
    }

    /// Its id, date and outcome on the first line, its text below.
    fn copied(&self, ctx: &Ctx) -> Option<(String, String)> {
        let d = self.at(ctx, self.list.selected)?;
        let outcome = crate::domain::strings::outcome(ctx.lang, d.outcome);
        let text = format!("{}  {}  {outcome}\n{}", d.reference, d.date, d.text.trim_end());
        Some((d.reference.to_string(), text))
    }
}

/// Every body of the folder, in the members file's order.
pub(super) fn bodies(ctx: &Ctx) -> Vec<BodyId> {
    let members = ctx.folder.members.as_ref();
    members.map(|m| m.value.bodies.iter().map(|b| b.id.clone()).collect()).unwrap_or_default()
}

/// A body's name, on one line (its id when the members file does not know it).
pub(super) fn body_name(ctx: &Ctx, body: &BodyId) -> String {
    let members = ctx.folder.members.as_ref();
    let name = members.and_then(|m| m.value.body(body)).map(|b| b.name.clone());
    line(&name.unwrap_or_else(|| body.to_string()))
}

/// The objectives to filter on: active ones in plan order, then ended ones.
pub fn objective_picker(ctx: &Ctx) -> Picker<Pick> {
    let ended = text(ctx.lang, Text::Ended);
    let all = ctx.index.objectives.all().iter().filter(|o| o.parent.is_some());
    let (active, gone): (Vec<_>, Vec<_>) = all.partition(|o| o.is_active());
    let option = |o| PickOption::objective(o, ended).map(Pick::Filter);
    Picker::new(active.into_iter().chain(gone).map(option).collect())
}

/// Today's code of the first objective `d` serves (none for an ended one nobody carries).
fn today_code(ctx: &Ctx, d: &DecisionEntry) -> Option<crate::domain::code::ObjectiveCode> {
    let o = ctx.index.objectives.get(d.objectives.first()?.as_str())?;
    ctx.index.objectives.codes_of_decision(o, d.date).0
}

/// Today's code of the first objective the decision serves, "+N" for the others: for an
/// objective merged into another, that one's code; for one ended otherwise whose code is
/// another's today, its code then in brackets.
fn codes(ctx: &Ctx, d: &DecisionEntry) -> String {
    let objectives = &ctx.index.objectives;
    let code = |id: &crate::domain::ids::ObjectiveId| match objectives.get(id.as_str()) {
        None => id.to_string(),
        Some(o) => match objectives.codes_of_decision(o, d.date) {
            (Some(today), _) => today.to_string(),
            (None, then) if o.code_taken => format!("({})", then.unwrap_or(o.code)),
            (None, _) => o.code.to_string(),
        },
    };
    match d.objectives.split_first() {
        None => "–".to_owned(),
        Some((first, [])) => code(first),
        Some((first, rest)) => format!("{} +{}", code(first), rest.len()),
    }
}

/// Draws the page of the list the selection is on; the lines shown.
fn render_list(
    frame: &mut Frame,
    area: Rect,
    view: &Decisions,
    ctx: &Ctx,
    theme: &Theme,
) -> Range<usize> {
    let lang = ctx.lang;
    let width = area.width.saturating_sub(4) as usize; // borders and the selection mark
    let selected = view.list.selected;
    let page = super::page(selected, view.len(ctx), area);
    let first = page.start;
    let items: Vec<ListItem> = page
        .clone()
        .filter_map(|i| view.at(ctx, i))
        .map(|d| {
            let head = format!(
                "{}  {:<10} {:<11} ",
                d.date,
                crate::domain::strings::outcome(lang, d.outcome),
                codes(ctx, d)
            );
            let room = width.saturating_sub(head.chars().count());
            let text: String = line(&d.text).chars().take(room).collect();
            let style = if d.in_force() { ratatui::style::Style::default() } else { theme.dim };
            ListItem::new(Line::styled(format!("{head}{text}"), style))
        })
        .collect();
    let count = if !view.is_narrowed() {
        view.len(ctx).to_string()
    } else {
        format!("{}/{}", view.len(ctx), ctx.index.decisions.len())
    };
    let title = format!(" {} ({count}){} ", text(lang, Text::Decisions), filter_label(ctx, view));
    super::list(frame, area, title, items, selected.saturating_sub(first), theme);
    page
}

/// What the filter keeps, for the list's title: " · stuurgroep · 2021 · SD2 OD1 · "uitpas"";
/// the order when it is not the usual one.
fn filter_label(ctx: &Ctx, view: &Decisions) -> String {
    let f = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    if let Some(body) = &f.body {
        parts.push(body_name(ctx, body));
    }
    if let Some(from) = f.from {
        parts.push(chrono::Datelike::year(&from).to_string());
    }
    // The objectives merged into the one filtered on are in the filter too: not named.
    let carried = |id: &crate::domain::ids::ObjectiveId| {
        let o = ctx.index.objectives.get(id.as_str());
        let by = o.and_then(|o| o.carried_by.as_ref());
        by.is_some_and(|c| f.objectives.as_ref().is_some_and(|ids| ids.contains(&c.id)))
    };
    let mut shown: Vec<_> = f.objectives.iter().flatten().filter(|id| !carried(id)).collect();
    shown.sort();
    for id in shown {
        let o = ctx.index.objectives.get(id.as_str());
        parts.push(o.map_or_else(|| id.to_string(), |o| o.code.to_string()));
    }
    if let Some(outcome) = f.outcome {
        parts.push(crate::domain::strings::outcome(ctx.lang, outcome).to_owned());
    }
    if f.in_force {
        parts.push(text(ctx.lang, Text::InForce).to_owned());
    }
    parts.extend(super::narrow::label(ctx.lang, &view.text, view.sort));
    parts.iter().map(|p| format!(" · {p}")).collect()
}

/// The value after `current` in `values`, `None` after the last one and the first after
/// `None`: cycling through a filter's choices and back to "all".
pub(super) fn next<T: Clone + PartialEq>(values: &[T], current: Option<&T>) -> Option<T> {
    match current {
        None => values.first().cloned(),
        Some(c) => values.iter().skip_while(|v| *v != c).nth(1).cloned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cycling_goes_through_every_value_and_back_to_all() {
        let values = [1, 2, 3];
        let mut current = None;
        let mut seen = Vec::new();
        for _ in 0..4 {
            current = super::next(&values, current.as_ref());
            seen.push(current);
        }
        assert_eq!(seen, [Some(1), Some(2), Some(3), None]);
    }
}
