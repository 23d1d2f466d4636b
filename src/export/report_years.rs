//! The report to the government: per objective and per year of the plan period, the
//! decisions, what was done in which municipality (planned against reached), the action items
//! done / open / overdue, and the plan's changes. The model here; its documents in
//! `report_years_render`.

use crate::domain::ids::ObjectiveId;
use crate::domain::meeting::Owner;
use crate::domain::plan::{HistoryEvent, Spreiding};
use crate::index::Index;
use crate::index::actions::ActionStatus;
use crate::index::objectives::ObjectiveEntry;
use crate::store::load::Folder;
use chrono::{Datelike, NaiveDate};

/// The whole report: its years and its strategic objectives.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanReport {
    /// The years reported on, oldest first: the plan's period within the one asked for.
    pub years: Vec<i32>,
    /// The active strategic objectives, in plan order.
    pub sds: Vec<SdReport>,
}

/// A strategic objective, its totals per year (for the chart) and its operational objectives.
#[derive(Debug, Clone, PartialEq)]
pub struct SdReport {
    /// Today's code.
    pub code: String,
    /// Today's title.
    pub title: String,
    /// Its operational objectives, in plan order.
    pub ods: Vec<OdReport>,
}

impl SdReport {
    /// Decisions per year of `years`, its ODs together.
    pub fn decisions_per_year(&self) -> Vec<usize> {
        self.sum(|y| y.decisions.len())
    }

    /// Action items agreed per year of `years`, its ODs together.
    pub fn actions_per_year(&self) -> Vec<usize> {
        self.sum(|y| y.items.iter().sum::<usize>() - y.items[2])
    }

    fn sum(&self, of: impl Fn(&YearReport) -> usize) -> Vec<usize> {
        let years = self.ods.first().map_or(0, |o| o.years.len());
        (0..years).map(|i| self.ods.iter().map(|o| of(&o.years[i])).sum()).collect()
    }
}

/// An operational objective: its plan actions and a line per year.
#[derive(Debug, Clone, PartialEq)]
pub struct OdReport {
    /// Today's code.
    pub code: String,
    /// Today's title.
    pub title: String,
    /// The plan's actions under it.
    pub actions: Vec<PlanActionReport>,
    /// One per year of the report, oldest first.
    pub years: Vec<YearReport>,
}

/// A plan action with where it was planned.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanActionReport {
    /// Its text.
    pub text: String,
    /// The municipalities it was planned in (its own spreading, else its objective's);
    /// `None` for every municipality, empty when the plan does not say.
    pub planned: Option<Vec<String>>,
}

/// One objective in one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearReport {
    /// The year.
    pub year: i32,
    /// Its decisions (its own and those of objectives merged into it), oldest first.
    pub decisions: Vec<DecisionLine>,
    /// Action items agreed that year: open (overdue included), done, overdue.
    pub items: [usize; 3],
    /// The municipalities reached that year: those of the owners of action items done
    /// (their last follow-up in that year), by name, sorted.
    pub reached: Vec<String>,
    /// The plan's changes to it (or to an objective it carries) that year.
    pub changes: Vec<HistoryEvent>,
}

/// A decision in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionLine {
    /// Its day.
    pub date: NaiveDate,
    /// `<meeting>/<number>`.
    pub reference: String,
    /// Its outcome.
    pub outcome: crate::domain::meeting::Outcome,
    /// Its text.
    pub text: String,
}

/// The report on `folder` for the years of the plan's period between `from` and `to`
/// (either open), action items overdue as on `today`.
pub fn plan_report(
    folder: &Folder,
    index: &Index,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> PlanReport {
    let years = report_years(folder, index, from, to);
    let in_period = |d: NaiveDate| from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t);
    let objectives = index.objectives.all();
    let served = crate::index::served::Served::of(index);
    let sds = objectives.iter().filter(|o| o.is_active() && o.parent.is_none());
    let sds = sds
        .map(|sd| SdReport {
            code: sd.code.to_string(),
            title: sd.title.clone(),
            ods: objectives
                .iter()
                .filter(|o| o.is_active() && o.parent.as_ref() == Some(&sd.id))
                .map(|od| od_report(folder, index, &served, od, &years, &in_period, today))
                .collect(),
        })
        .collect();
    PlanReport { years, sds }
}

/// The plan's years within `from`..`to`; without a plan, the years of the decisions.
fn report_years(
    folder: &Folder,
    index: &Index,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Vec<i32> {
    let (first, last) = match folder.plan.as_ref() {
        Some(p) => (i32::from(p.value.period.from), i32::from(p.value.period.to)),
        None => {
            let years = index.decisions.iter().map(|d| d.date.year());
            (years.clone().min().unwrap_or(0), years.max().unwrap_or(-1))
        }
    };
    let first = from.map_or(first, |f| first.max(f.year()));
    let last = to.map_or(last, |t| last.min(t.year()));
    (first..=last).collect()
}

fn od_report(
    folder: &Folder,
    index: &Index,
    served: &crate::index::served::Served<'_>,
    od: &ObjectiveEntry,
    years: &[i32],
    in_period: &dyn Fn(NaiveDate) -> bool,
    today: NaiveDate,
) -> OdReport {
    // Its own and those of the ended objectives it carries, as the tree counts them.
    let serves = |id: &ObjectiveId| index.objectives.holder_id(id) == &od.id;
    let carried: Vec<&ObjectiveEntry> =
        index.objectives.all().iter().filter(|o| serves(&o.id)).collect();
    let planned = |s: Option<&Spreiding>| match s.or(od_spreiding(folder, &od.id)) {
        Some(Spreiding::All) => None,
        Some(Spreiding::Municipalities(ids)) => {
            Some(ids.iter().map(|id| municipality_name(folder, id.as_str())).collect())
        }
        None => Some(Vec::new()),
    };
    let actions = od
        .actions
        .iter()
        .map(|a| PlanActionReport { text: a.text.clone(), planned: planned(a.spreiding.as_ref()) })
        .collect();
    let year_report = |year: i32| {
        let this_year = |d: NaiveDate| d.year() == year && in_period(d);
        let decisions = served.decisions(&od.id).iter().filter(|d| this_year(d.date));
        let decisions = decisions
            .map(|d| DecisionLine {
                date: d.date,
                reference: d.reference.to_string(),
                outcome: d.outcome,
                text: d.text.to_string(),
            })
            .collect();
        let mut items = [0; 3];
        let mut reached = Vec::new();
        for a in served.actions(&od.id) {
            if this_year(a.date) {
                match a.status() {
                    ActionStatus::Open => items[0] += 1,
                    ActionStatus::Done => items[1] += 1,
                    ActionStatus::Dropped => {}
                }
                items[2] += usize::from(a.is_overdue(today));
            }
            let done_on =
                a.updates.last().map(|u| u.date).filter(|_| a.status() == ActionStatus::Done);
            if done_on.is_some_and(this_year) {
                reached.extend(owner_municipality(folder, &a.owner));
            }
        }
        reached.sort();
        reached.dedup();
        let changes = carried.iter().flat_map(|o| o.history.iter());
        let mut changes: Vec<HistoryEvent> =
            changes.filter(|e| this_year(e.date)).cloned().collect();
        changes.sort_by_key(|e| e.date);
        YearReport { year, decisions, items, reached, changes }
    };
    OdReport {
        code: od.code.to_string(),
        title: od.title.clone(),
        actions,
        years: years.iter().map(|&y| year_report(y)).collect(),
    }
}

/// The spreading the plan gives operational objective `id`.
fn od_spreiding<'a>(folder: &'a Folder, id: &ObjectiveId) -> Option<&'a Spreiding> {
    let plan = &folder.plan.as_ref()?.value;
    let ods = plan.strategic_objectives.iter().flat_map(|s| s.operational_objectives.iter());
    ods.into_iter().find(|o| &o.id == id)?.spreiding.as_ref()
}

/// The name of municipality `id` (its id when the plan does not know it).
fn municipality_name(folder: &Folder, id: &str) -> String {
    let plan = folder.plan.as_ref().map_or(&[][..], |p| &p.value.municipalities[..]);
    plan.iter().find(|m| m.id.as_str() == id).map_or_else(|| id.to_owned(), |m| m.name.clone())
}

/// The municipality of an action item's owner, when the owner is a member from one.
fn owner_municipality(folder: &Folder, owner: &Owner) -> Option<String> {
    let Owner::Member(id) = owner else { return None };
    let members = &folder.members.as_ref()?.value.members;
    let municipality = members.iter().find(|m| &m.id == id)?.municipality.as_ref()?;
    Some(municipality_name(folder, municipality.as_str()))
}
