//! Objectives by id and by code, today's and every earlier one.

use crate::domain::code::ObjectiveCode;
use crate::domain::ids::ObjectiveId;
use crate::domain::plan::{Change, HistoryEvent, Lifetime, Plan, PlanAction, all_codes, code_on};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// An objective (strategic or operational) as the views need it.
#[derive(Debug, Clone)]
pub struct ObjectiveEntry {
    /// Stable id.
    pub id: ObjectiveId,
    /// Its strategic objective, for an operational one.
    pub parent: Option<ObjectiveId>,
    /// Today's code (for an ended one: its last).
    pub code: ObjectiveCode,
    /// Today's title.
    pub title: String,
    /// Every code it has had, oldest first, today's last.
    pub codes: Vec<ObjectiveCode>,
    /// When it existed.
    pub lifetime: Lifetime,
    /// Its history, oldest first.
    pub history: Vec<HistoryEvent>,
    /// Its plan actions (none for a strategic objective).
    pub actions: Vec<PlanAction>,
    /// For an ended objective whose work another carries on (merged into it, or demoted to
    /// one of its actions, followed through later such ends): that objective today.
    pub carried_by: Option<Carrier>,
    /// Ended, carried by none, and its last code is another objective's today: its code
    /// is never shown bare.
    pub code_taken: bool,
}

/// The objective that carries an ended one's decisions today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carrier {
    /// Its id.
    pub id: ObjectiveId,
    /// Its code today.
    pub code: ObjectiveCode,
    /// How the ended one passed to it (its first step).
    pub how: Carry,
}

/// How an ended objective's work passed to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carry {
    /// Merged into it.
    Merged,
    /// Became one of its actions.
    Demoted,
}

impl ObjectiveEntry {
    /// Whether it still exists.
    pub fn is_active(&self) -> bool {
        self.lifetime.until.is_none()
    }

    /// Its code on `date`.
    pub fn code_on(&self, date: NaiveDate) -> Option<ObjectiveCode> {
        code_on(&self.history, self.code, date)
    }

    /// Its code on `date` when that differs from today's.
    pub fn code_then(&self, date: NaiveDate) -> Option<ObjectiveCode> {
        self.code_on(date).filter(|c| *c != self.code)
    }
}

/// All objectives of the plan, by id and by code.
#[derive(Debug, Clone, Default)]
pub struct ObjectiveIndex {
    entries: Vec<ObjectiveEntry>,
    by_id: HashMap<ObjectiveId, usize>,
    /// Per entry: the position of the objective it counts under today (its carrier, or
    /// itself), so that counting forty thousand decisions looks up nothing twice.
    holders: Vec<usize>,
}

impl ObjectiveIndex {
    /// Indexes the plan's objectives.
    pub fn build(plan: &Plan) -> Self {
        let mut entries = Vec::new();
        for sd in &plan.strategic_objectives {
            entries.push(entry(&sd.id, None, sd.code(), &sd.title, &sd.history, &[]));
            for od in &sd.operational_objectives {
                entries.push(entry(
                    &od.id,
                    Some(&sd.id),
                    od.code(sd),
                    &od.title,
                    &od.history,
                    &od.actions,
                ));
            }
        }
        let by_id = entries.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let mut index = Self { entries, by_id, holders: Vec::new() };
        let carriers: Vec<Option<Carrier>> =
            index.entries.iter().map(|e| index.find_carrier(e)).collect();
        let taken: Vec<bool> = index
            .entries
            .iter()
            .map(|e| {
                !e.is_active() && index.entries.iter().any(|o| o.is_active() && o.code == e.code)
            })
            .collect();
        for ((e, carrier), taken) in index.entries.iter_mut().zip(carriers).zip(taken) {
            e.code_taken = taken && carrier.is_none();
            e.carried_by = carrier;
        }
        index.holders = (index.entries.iter().enumerate())
            .map(|(i, e)| {
                e.carried_by.as_ref().and_then(|c| index.position(c.id.as_str())).unwrap_or(i)
            })
            .collect();
        index
    }

    /// The position in [`Self::all`] of the objective with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// [`Self::counted_under`] as positions in [`Self::all`], into `out` (cleared first): the
    /// plan's objectives only, each once. No allocation, for a count over every decision.
    pub fn counted_positions(&self, ids: &[ObjectiveId], out: &mut Vec<usize>) {
        out.clear();
        for at in ids.iter().filter_map(|id| self.position(id.as_str())) {
            for p in [at, self.holders[at]] {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }

    /// Every objective, in plan order.
    pub fn all(&self) -> &[ObjectiveEntry] {
        &self.entries
    }

    /// The objective with this id.
    pub fn get(&self, id: &str) -> Option<&ObjectiveEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The objectives a user means by `query`: a stable id; else the objective that has this
    /// code today ("SD2 OD1", "sd2od1"); else every objective that had it earlier.
    pub fn resolve(&self, query: &str) -> Vec<&ObjectiveEntry> {
        if let Some(e) = self.get(query.trim()) {
            return vec![e];
        }
        let Some(code) = ObjectiveCode::parse_loose(query) else { return Vec::new() };
        let today: Vec<&ObjectiveEntry> =
            self.entries.iter().filter(|e| e.is_active() && e.code == code).collect();
        if !today.is_empty() {
            return today;
        }
        self.entries.iter().filter(|e| e.codes.contains(&code)).collect()
    }
}

fn entry(
    id: &ObjectiveId,
    parent: Option<&ObjectiveId>,
    code: ObjectiveCode,
    title: &str,
    history: &[HistoryEvent],
    actions: &[PlanAction],
) -> ObjectiveEntry {
    ObjectiveEntry {
        id: id.clone(),
        parent: parent.cloned(),
        code,
        title: title.to_owned(),
        codes: all_codes(history, code),
        lifetime: Lifetime::of(history),
        history: history.to_vec(),
        actions: actions.to_vec(),
        carried_by: None,
        code_taken: false,
    }
}

impl ObjectiveIndex {
    /// Follows an ended objective's merges and demotions to the active objective that
    /// carries it today; none for one that ended otherwise (split, removed).
    fn find_carrier(&self, entry: &ObjectiveEntry) -> Option<Carrier> {
        let mut how = None;
        let mut at = entry;
        // A chain is at most as long as the plan; a cycle in bad data stops there.
        for _ in 0..=self.entries.len() {
            if at.is_active() {
                return how.map(|how| Carrier { id: at.id.clone(), code: at.code, how });
            }
            let (next, step) = at.history.iter().rev().find_map(|e| match &e.change {
                Change::Merged { into } => Some((into, Carry::Merged)),
                Change::Demoted { under, .. } => Some((under, Carry::Demoted)),
                _ => None,
            })?;
            how.get_or_insert(step);
            at = self.get(next.as_str())?;
        }
        None
    }

    /// The objective a decision serving `id` counts under today: its carrier for an ended
    /// objective that has one, else itself.
    pub fn holder_id<'a>(&'a self, id: &'a ObjectiveId) -> &'a ObjectiveId {
        self.get(id.as_str()).and_then(|e| e.carried_by.as_ref()).map_or(id, |c| &c.id)
    }

    /// The objectives a decision serving `ids` is listed and counted under, each once: each
    /// of `ids` (an ended one keeps its own decisions) and the objective carrying it today.
    pub fn counted_under<'a>(&'a self, ids: &'a [ObjectiveId]) -> Vec<&'a ObjectiveId> {
        let mut out: Vec<&ObjectiveId> = Vec::new();
        for id in ids.iter().flat_map(|id| [id, self.holder_id(id)]) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }

    /// `ids` with every ended objective they carry: what a filter on them keeps.
    pub fn with_carried(&self, ids: HashSet<ObjectiveId>) -> HashSet<ObjectiveId> {
        let carried: Vec<ObjectiveId> = self
            .entries
            .iter()
            .filter(|e| e.carried_by.as_ref().is_some_and(|c| ids.contains(&c.id)))
            .map(|e| e.id.clone())
            .collect();
        ids.into_iter().chain(carried).collect()
    }

    /// The codes of an objective of a decision of `date`: the code of the objective it
    /// counts under today (none for an ended one nobody carries) and the code on the day.
    pub fn codes_of_decision(
        &self,
        entry: &ObjectiveEntry,
        date: NaiveDate,
    ) -> (Option<ObjectiveCode>, Option<ObjectiveCode>) {
        let today = match &entry.carried_by {
            Some(c) => Some(c.code),
            None => entry.is_active().then_some(entry.code),
        };
        (today, entry.code_on(date))
    }
}
