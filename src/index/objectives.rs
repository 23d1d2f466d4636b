//! Objectives by id and by code, today's and every earlier one.

use crate::domain::code::ObjectiveCode;
use crate::domain::ids::ObjectiveId;
use crate::domain::plan::{HistoryEvent, Lifetime, Plan, PlanAction, all_codes, code_on};
use chrono::NaiveDate;
use std::collections::HashMap;

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
        Self { entries, by_id }
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
    }
}

impl ObjectiveIndex {
    /// The objective that carries `entry`'s decisions today: itself while it exists, else
    /// the one it was merged into (followed through later merges); none for an objective
    /// that ended otherwise (split, demoted, removed), whose decisions keep their code then.
    pub fn holder<'a>(&'a self, entry: &'a ObjectiveEntry) -> Option<&'a ObjectiveEntry> {
        let mut at = entry;
        // A merge chain is at most as long as the plan; a cycle in bad data stops there.
        for _ in 0..=self.entries.len() {
            if at.is_active() {
                return Some(at);
            }
            let into = at.history.iter().rev().find_map(|e| match &e.change {
                crate::domain::plan::Change::Merged { into } => Some(into),
                _ => None,
            })?;
            at = self.get(into.as_str())?;
        }
        None
    }

    /// The codes of an objective of a decision of `date`: the code its holder has today
    /// (see `holder`) and the code it had on the day.
    pub fn codes_of_decision(
        &self,
        entry: &ObjectiveEntry,
        date: NaiveDate,
    ) -> (Option<ObjectiveCode>, Option<ObjectiveCode>) {
        (self.holder(entry).map(|h| h.code), entry.code_on(date))
    }
}
