//! What ties the entries of many meetings together once all are read: the order of the
//! decisions and action items, what amends or supersedes a decision, and the follow-ups of
//! an action item. One copy, used by the index and by the command line (which reads meeting
//! by meeting and links at the end).

use super::actions::{ActionEntry, Update};
use super::decisions::DecisionEntry;
use crate::domain::ids::{ActionItemRef, DecisionRef, ElementRef, MeetingId};
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
        let places = Places::of(entries.iter().map(|e| &e.reference.0));
        let target = |r: Option<&DecisionRef>| {
            r.and_then(|r| places.find(&r.0, |i| &entries[i].reference.0))
        };
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
    let found: Vec<(usize, Update)> = {
        let places = Places::of(entries.iter().map(|e| &e.reference.0));
        let at = |action: &ActionItemRef| places.find(&action.0, |i| &entries[i].reference.0);
        follow_ups
            .filter_map(|(date, action, status, note)| {
                Some((at(&action)?, Update { date, status, note }))
            })
            .collect()
    };
    for (i, update) in found {
        entries[i].updates.push(update);
    }
    for e in entries {
        // Stable sort: the order given stays within a day.
        e.updates.sort_by_key(|u| u.date);
    }
}

/// Where each meeting's elements are in a list sorted by day and reference, where a meeting's
/// elements stand together: found by meeting (a folder has some thousands) instead of by
/// element (some tens of thousands), which spares a table as long as the list.
struct Places<'a> {
    /// Per meeting: from its first element to past its last. Two meetings with one id (an
    /// error `check` reports) share a span that holds both.
    spans: HashMap<&'a MeetingId, (usize, usize)>,
}

impl<'a> Places<'a> {
    /// The places of `refs`, in their order.
    fn of(refs: impl Iterator<Item = &'a ElementRef>) -> Self {
        let mut spans: HashMap<&MeetingId, (usize, usize)> = HashMap::new();
        let mut run: Option<(&MeetingId, usize)> = None;
        let mut close = |meeting, from, to| {
            let span = spans.entry(meeting).or_insert((from, to));
            *span = (span.0.min(from), span.1.max(to));
        };
        let mut end = 0;
        for (i, r) in refs.enumerate() {
            end = i + 1;
            match run {
                Some((meeting, _)) if meeting == &r.meeting => {}
                _ => {
                    if let Some((meeting, from)) = run {
                        close(meeting, from, i);
                    }
                    run = Some((&r.meeting, i));
                }
            }
        }
        if let Some((meeting, from)) = run {
            close(meeting, from, end);
        }
        Self { spans }
    }

    /// The place of `wanted`, whose reference `at` gives; the last one when two have it.
    fn find(&self, wanted: &ElementRef, at: impl Fn(usize) -> &'a ElementRef) -> Option<usize> {
        let &(from, to) = self.spans.get(&wanted.meeting)?;
        (from..to).rev().find(|&i| at(i) == wanted)
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

    fn action(meeting: &str, number: u32) -> ActionEntry {
        ActionEntry {
            reference: ActionItemRef::new(&MeetingId::from(meeting), number),
            body: "stuurgroep".into(),
            date: meeting[..10].parse().expect("a date"),
            text: Default::default(),
            owner: crate::domain::meeting::Owner::Nobody,
            due: None,
            objective: None,
            updates: Vec::new(),
        }
    }

    #[test]
    fn each_follow_up_finds_its_action_item_among_many_meetings() {
        let (jan, mar, jun) =
            ("2021-01-12-stuurgroep", "2021-03-16-stuurgroep", "2021-06-15-stuurgroep");
        let mut entries = vec![action(mar, 2), action(jan, 1), action(mar, 1), action(jan, 3)];
        let day = |d: &str| d.parse().expect("a date");
        let row = |meeting: &str, number, date, status, note: &str| {
            let reference = ActionItemRef::new(&MeetingId::from(meeting), number);
            (day(date), reference, status, note.to_owned())
        };
        let rows = vec![
            row(mar, 2, "2021-06-15", FollowUpStatus::Done, "klaar"),
            row(jan, 3, "2021-06-15", FollowUpStatus::Ongoing, "loopt"),
            row(jan, 3, "2021-03-16", FollowUpStatus::Ongoing, "begonnen"),
            // No such action item: left out.
            row(jan, 2, "2021-03-16", FollowUpStatus::Done, "?"),
            row(jun, 1, "2021-07-01", FollowUpStatus::Done, "?"),
        ];
        follow_actions(&mut entries, rows.into_iter());
        let got: Vec<(String, Vec<&str>)> = entries
            .iter()
            .map(|e| (e.reference.to_string(), e.updates.iter().map(|u| u.note.as_str()).collect()))
            .collect();
        let want = [
            (format!("{jan}/A1"), vec![]),
            (format!("{jan}/A3"), vec!["begonnen", "loopt"]),
            (format!("{mar}/A1"), vec![]),
            (format!("{mar}/A2"), vec!["klaar"]),
        ];
        assert_eq!(got, want.to_vec());
    }

    #[test]
    fn a_meeting_id_used_twice_links_to_the_later_decision_as_before() {
        // Two files with one meeting id on different days (`check` reports it): the later
        // decision with the number is the one found, with other meetings between them.
        let twice = "2021-01-12-stuurgroep";
        let mut early = decision(twice, Outcome::Adopted, None);
        early.date = "2021-01-12".parse().expect("a date");
        let between = decision("2021-02-09-stuurgroep", Outcome::Adopted, None);
        let mut late = decision(twice, Outcome::Adopted, None);
        late.date = "2021-02-20".parse().expect("a date");
        let target = late.reference.clone();
        let by = decision("2021-03-16-stuurgroep", Outcome::Adopted, Some(&target));
        let mut entries = vec![by, late, between, early];
        link_decisions(&mut entries);
        assert_eq!(entries[2].date.to_string(), "2021-02-20");
        assert!(entries[2].superseded_by().is_some(), "the later one");
        assert!(entries[0].superseded_by().is_none() && entries[1].superseded_by().is_none());
    }
}
