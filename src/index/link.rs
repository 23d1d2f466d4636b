//! What ties the entries of many meetings together once all are read: the order of the
//! decisions and action items, what amends or supersedes a decision, and the follow-ups of
//! an action item. One copy, used by the index and by the command line (which reads meeting
//! by meeting and links at the end).

use super::actions::{ActionEntry, Update};
use super::decisions::DecisionEntry;
use crate::domain::ids::{ActionItemRef, DecisionRef};
use crate::domain::meeting::{FollowUpStatus, Outcome};
use chrono::NaiveDate;
use std::collections::HashMap;

/// A follow-up as it is found: day, action item, status, note.
pub type FollowUpRow = (NaiveDate, ActionItemRef, FollowUpStatus, String);

/// Puts `entries` oldest first and fills in, both ways, which adopted decision supersedes or
/// amends which (a rejected or postponed one changes nothing).
pub fn link_decisions(entries: &mut [DecisionEntry]) {
    entries.sort_by(|a, b| (a.date, &a.reference).cmp(&(b.date, &b.reference)));
    // (target, by, supersedes): found through borrowed references, then filled in.
    let links: Vec<(usize, usize, bool)> = {
        let position: HashMap<&DecisionRef, usize> =
            entries.iter().enumerate().map(|(i, e)| (&e.reference, i)).collect();
        let target = |r: Option<&DecisionRef>| r.and_then(|r| position.get(r)).copied();
        (entries.iter().enumerate().filter(|(_, e)| e.outcome == Outcome::Adopted))
            .flat_map(|(by, e)| {
                let supersedes = target(e.supersedes()).map(|t| (t, by, true));
                supersedes.into_iter().chain(target(e.amends()).map(|t| (t, by, false)))
            })
            .collect()
    };
    for (target, by, supersedes) in links {
        let by = entries[by].reference.clone();
        if supersedes {
            entries[target].set_superseded_by(by);
        } else {
            entries[target].add_amended_by(by);
        }
    }
}

/// Puts `entries` oldest first and gives each the follow-ups that name it, by date; on one
/// day they keep the order given (a meeting's before the owner's own note). A follow-up of
/// an unknown action item is left out (`check` reports it).
pub fn follow_actions(entries: &mut [ActionEntry], follow_ups: impl Iterator<Item = FollowUpRow>) {
    entries.sort_by(|a, b| (a.date, &a.reference).cmp(&(b.date, &b.reference)));
    let position: HashMap<ActionItemRef, usize> =
        entries.iter().enumerate().map(|(i, e)| (e.reference.clone(), i)).collect();
    for (date, action, status, note) in follow_ups {
        if let Some(&i) = position.get(&action) {
            entries[i].updates.push(Update { date, status, note });
        }
    }
    for e in entries {
        // Stable sort: the order given stays within a day.
        e.updates.sort_by_key(|u| u.date);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::MeetingId;

    fn decision(meeting: &str, outcome: Outcome, amends: Option<&DecisionRef>) -> DecisionEntry {
        let id = MeetingId::from(meeting);
        DecisionEntry {
            reference: DecisionRef::new(&id, 1),
            body: "stuurgroep".into(),
            date: meeting[..10].parse().expect("a date"),
            item: (1, Default::default()),
            text: Default::default(),
            outcome,
            votes: None,
            objectives: Vec::new(),
            links: crate::index::decisions::Links::earlier(amends, amends),
        }
    }

    #[test]
    fn only_an_adopted_decision_changes_an_earlier_one_and_the_order_is_by_date() {
        let first = decision("2021-01-12-stuurgroep", Outcome::Adopted, None);
        let target = first.reference.clone();
        let rejected = decision("2021-03-16-stuurgroep", Outcome::Rejected, Some(&target));
        let adopted = decision("2021-06-15-stuurgroep", Outcome::Adopted, Some(&target));
        let by = adopted.reference.clone();
        let mut entries = vec![adopted, rejected, first];
        link_decisions(&mut entries);
        assert_eq!(entries[0].reference, target, "oldest first");
        assert_eq!(entries[0].superseded_by(), Some(&by));
        assert_eq!(entries[0].amended_by(), [by]);
        assert!(!entries[0].in_force());
        assert!(entries[1].superseded_by().is_none() && entries[2].in_force());
    }
}
