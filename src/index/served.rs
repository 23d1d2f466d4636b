//! What each objective counts: its own decisions and action items and those of the ended
//! objectives it carries (merged into it, or demoted to one of its actions), gathered in one
//! pass. A report over every objective would otherwise walk every decision once per
//! objective (and per year), which grows with the square of the history.

use super::Index;
use super::actions::ActionEntry;
use super::decisions::DecisionEntry;
use crate::domain::ids::ObjectiveId;
use std::collections::HashMap;

/// The decisions and action items each objective counts, in the index's order.
#[derive(Debug, Default)]
pub struct Served<'a> {
    decisions: HashMap<&'a ObjectiveId, Vec<&'a DecisionEntry>>,
    actions: HashMap<&'a ObjectiveId, Vec<&'a ActionEntry>>,
}

impl<'a> Served<'a> {
    /// What each objective of `index` counts.
    pub fn of(index: &'a Index) -> Self {
        let mut served = Self::default();
        for d in &index.decisions {
            let mut holders: Vec<&ObjectiveId> = Vec::new();
            for holder in d.objectives.iter().map(|id| index.objectives.holder_id(id)) {
                if !holders.contains(&holder) {
                    holders.push(holder);
                }
            }
            for holder in holders {
                served.decisions.entry(holder).or_default().push(d);
            }
        }
        for a in &index.actions {
            if let Some(id) = &a.objective {
                served.actions.entry(index.objectives.holder_id(id)).or_default().push(a);
            }
        }
        served
    }

    /// The decisions `objective` counts: those serving it or an objective it carries.
    pub fn decisions(&self, objective: &ObjectiveId) -> &[&'a DecisionEntry] {
        self.decisions.get(objective).map_or(&[], Vec::as_slice)
    }

    /// The action items `objective` counts: those of it or of an objective it carries.
    pub fn actions(&self, objective: &ObjectiveId) -> &[&'a ActionEntry] {
        self.actions.get(objective).map_or(&[], Vec::as_slice)
    }
}
