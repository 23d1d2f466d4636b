//! What the decisions and actions lists show: the decisions the filter keeps, the action
//! items in the chosen grouping. Recomputed when the user changes them, not per frame.

use super::ctx::Ctx;
use crate::domain::ids::{BodyId, ObjectiveId};
use crate::domain::meeting::Outcome;
use crate::index::actions::{ActionEntry, ActionStatus};
use crate::index::decisions::{DecisionEntry, DecisionFilter};
use chrono::{Datelike, NaiveDate};

/// The decisions list: newest first, through a filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionsView {
    /// The filter.
    pub filter: DecisionFilter,
    /// The decisions kept, newest first, as indices into `ctx.index.decisions`; `None` while
    /// the filter keeps everything, so an unfiltered list costs nothing.
    shown: Option<Vec<usize>>,
}

impl DecisionsView {
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
        self.shown = (!filter.is_empty()).then(|| {
            let all = ctx.index.decisions.iter().enumerate().rev();
            all.filter(|(_, d)| filter.keeps(d)).map(|(i, _)| i).collect()
        });
        self.filter = filter;
    }

    /// The next body: every body in turn, then all of them again.
    pub fn cycle_body(&mut self, ctx: &Ctx) {
        let bodies: Vec<BodyId> = ctx
            .folder
            .members
            .as_ref()
            .map(|m| m.value.bodies.iter().map(|b| b.id.clone()).collect())
            .unwrap_or_default();
        let body = next(&bodies, self.filter.body.as_ref());
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
}

/// The value after `current` in `values`, `None` after the last one and the first after
/// `None`: cycling through a filter's choices and back to "all".
fn next<T: Clone + PartialEq>(values: &[T], current: Option<&T>) -> Option<T> {
    match current {
        None => values.first().cloned(),
        Some(c) => values.iter().skip_while(|v| *v != c).nth(1).cloned(),
    }
}

/// How the actions list is grouped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Grouping {
    /// Open first (by due date), then done and dropped.
    #[default]
    Status,
    /// By owner, open first within each.
    Owner,
    /// By the owner's municipality, open first within each.
    Municipality,
}

/// The actions list: action items in the chosen grouping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionsView {
    /// The grouping.
    pub grouping: Grouping,
    /// Whether only open action items are shown.
    pub open_only: bool,
    /// The action items in that order, as indices into `ctx.index.actions`; `None` for all
    /// of them in the status order, which is `ctx.actions`.
    order: Option<Vec<usize>>,
}

impl ActionsView {
    /// The action items in the list's order.
    pub fn order<'a>(&'a self, ctx: &'a Ctx) -> &'a [usize] {
        self.order.as_deref().unwrap_or(&ctx.actions)
    }

    /// The action item on line `line`.
    pub fn at<'a>(&self, ctx: &'a Ctx, line: usize) -> Option<&'a ActionEntry> {
        self.order(ctx).get(line).map(|&i| &ctx.index.actions[i])
    }

    /// The next grouping: status, owner, municipality.
    pub fn cycle(&mut self, ctx: &Ctx) {
        self.grouping = match self.grouping {
            Grouping::Status => Grouping::Owner,
            Grouping::Owner => Grouping::Municipality,
            Grouping::Municipality => Grouping::Status,
        };
        self.refresh(ctx);
    }

    /// Only the open action items, or all of them again.
    pub fn toggle_open(&mut self, ctx: &Ctx) {
        self.open_only = !self.open_only;
        self.refresh(ctx);
    }

    /// Orders the action items of `ctx` (new data) in the grouping, through the filter.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let grouping = self.grouping;
        if grouping == Grouping::Status && !self.open_only {
            self.order = None;
            return;
        }
        let open = |i: &&usize| ctx.index.actions[**i].status() == ActionStatus::Open;
        let kept = ctx.actions.iter().filter(|i| !self.open_only || open(i));
        let mut order: Vec<usize> = kept.copied().collect();
        if grouping != Grouping::Status {
            // Stable: within a group the status order of `ctx.actions` stays.
            // Those without an owner or municipality last.
            order.sort_by_cached_key(|&i| {
                let group = group_of(ctx, &ctx.index.actions[i], grouping);
                (group.is_none(), group)
            });
        }
        self.order = Some(order);
    }

    /// The group an action item is in, as shown in the list's first column.
    pub fn group(&self, ctx: &Ctx, a: &ActionEntry) -> String {
        group_of(ctx, a, self.grouping).unwrap_or_else(|| "–".to_owned())
    }
}

/// The owner's name, or the name of their municipality.
fn group_of(ctx: &Ctx, a: &ActionEntry, grouping: Grouping) -> Option<String> {
    let member = a.owner.member().and_then(|id| ctx.folder.members.as_ref()?.value.member(id));
    match grouping {
        Grouping::Status => None,
        Grouping::Owner => Some(ctx.owner_name(&a.owner)),
        Grouping::Municipality => {
            member.and_then(|m| m.municipality.as_ref()).map(|id| ctx.municipality_name(id))
        }
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
