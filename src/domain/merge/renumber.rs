//! Decisions and action items both sides added under the same number: before comparing, the
//! copy's additions that collide with the original's get numbers of their own, and every
//! reference in the copy to them (a decision that amends or supersedes one, a follow-up of an
//! action item) moves with them, so no link ends up pointing at the other side's element.

use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId};
use crate::domain::meeting::{ActionItem, Decision, Meeting, Owner};
use crate::domain::refs::Rewrite;
use std::collections::{BTreeMap, BTreeSet};

/// Which kind of numbered element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbered {
    /// A decision (`B5`).
    Decision,
    /// An action item (`A5`).
    Action,
}

/// One of the copy's additions that now has another number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// A decision or an action item.
    pub kind: Numbered,
    /// Its number in the copy.
    pub from: u32,
    /// Its number in the merge.
    pub to: u32,
}

/// The copy with its colliding additions renumbered above every number in use, and what was
/// renumbered. Without an ancestor nothing is known to be added, and nothing changes.
pub fn renumber(
    ancestor: Option<&Meeting>,
    ours: &Meeting,
    theirs: &Meeting,
) -> (Meeting, Vec<Renumbered>) {
    let Some(ancestor) = ancestor else { return (theirs.clone(), Vec::new()) };
    let numbers = |m: &Meeting| m.decisions().map(|(_, d)| d.number).collect::<Vec<_>>();
    let ours_decisions: Vec<&Decision> = ours.decisions().map(|(_, d)| d).collect();
    let decisions = plan(&numbers(ancestor), &numbers(ours), &numbers(theirs), |n| {
        let d = theirs.decisions().find(|(_, d)| d.number == n).map(|(_, d)| d)?;
        ours_decisions.iter().find(|o| same_decision(o, d)).map(|o| o.number)
    });
    let actions_of = |m: &Meeting| m.action_items().map(|(_, a)| a.number).collect::<Vec<_>>();
    let ours_actions: Vec<&ActionItem> = ours.action_items().map(|(_, a)| a).collect();
    let actions = plan(&actions_of(ancestor), &actions_of(ours), &actions_of(theirs), |n| {
        let a = theirs.action_items().find(|(_, a)| a.number == n).map(|(_, a)| a)?;
        ours_actions
            .iter()
            .find(|o| ActionItem { number: a.number, ..(**o).clone() } == *a)
            .map(|o| o.number)
    });
    let mut out = theirs.clone();
    apply(&mut out, &decisions, &actions);
    let mut said: Vec<Renumbered> = Vec::new();
    for (kind, map) in [(Numbered::Decision, &decisions), (Numbered::Action, &actions)] {
        for (&from, &(to, report)) in map {
            if report {
                said.push(Renumbered { kind, from, to });
            }
        }
    }
    (out, said)
}

/// Whether two decisions are one, their number and links aside (an earlier merge renumbered it).
fn same_decision(a: &Decision, b: &Decision) -> bool {
    (&a.text, a.outcome, &a.votes, &a.objectives) == (&b.text, b.outcome, &b.votes, &b.objectives)
}

/// For each number the copy added: its number in the merge, and whether that is news (a
/// collision renumbered it). `merged_as` finds the original's number of an addition an
/// earlier merge took over already.
fn plan(
    ancestor: &[u32],
    ours: &[u32],
    theirs: &[u32],
    merged_as: impl Fn(u32) -> Option<u32>,
) -> BTreeMap<u32, (u32, bool)> {
    let known: BTreeSet<u32> = ancestor.iter().copied().collect();
    let mut added: Vec<u32> = theirs.iter().copied().filter(|n| !known.contains(n)).collect();
    added.sort_unstable();
    let mut used: BTreeSet<u32> = known.iter().chain(ours).chain(theirs).copied().collect();
    used.retain(|n| !added.contains(n) || ours.contains(n));
    let mut taken = BTreeSet::new();
    let mut map = BTreeMap::new();
    for n in added {
        let to = match merged_as(n).filter(|m| !known.contains(m) && !taken.contains(m)) {
            Some(m) => (m, false),
            None if !ours.contains(&n) && !taken.contains(&n) => (n, false),
            None => {
                let top = used.iter().chain(&taken).max().copied().unwrap_or(0);
                (top + 1, true)
            }
        };
        taken.insert(to.0);
        map.insert(n, to);
    }
    map
}

/// Gives the copy's additions their numbers, and every reference to them in the copy too.
fn apply(
    m: &mut Meeting,
    decisions: &BTreeMap<u32, (u32, bool)>,
    actions: &BTreeMap<u32, (u32, bool)>,
) {
    let id = m.id.clone();
    let moved = |map: &BTreeMap<u32, (u32, bool)>, n: u32| map.get(&n).map_or(n, |(to, _)| *to);
    let decision = |r: &mut Option<DecisionRef>| {
        if let Some(r) = r.as_mut().filter(|r| r.meeting() == &id) {
            *r = DecisionRef::new(&id, moved(decisions, r.number()));
        }
    };
    for item in &mut m.agenda {
        for d in &mut item.decisions {
            d.number = moved(decisions, d.number);
            decision(&mut d.amends);
            decision(&mut d.supersedes);
        }
        for a in &mut item.actions {
            a.number = moved(actions, a.number);
        }
        for f in &mut item.follow_ups {
            f.action = action_ref(&id, &f.action, |n| moved(actions, n));
        }
    }
}

fn action_ref(id: &MeetingId, r: &ActionItemRef, moved: impl Fn(u32) -> u32) -> ActionItemRef {
    if r.meeting() == id { ActionItemRef::new(id, moved(r.number())) } else { r.clone() }
}

/// The references elsewhere in the folder (other meetings, the plan, owners' updates) to the
/// copy's additions to meeting `meeting` that were renumbered: they were written beside the
/// copy's element, so they follow it — except in an owner's update file that reports on the
/// original's action item by its owner while the copy's has another owner: that one is the
/// original's.
#[derive(Debug, Clone)]
pub struct Elsewhere {
    meeting: MeetingId,
    decisions: BTreeMap<u32, u32>,
    /// Each renumbered action item: its new number, the original's and the copy's owner.
    actions: BTreeMap<u32, (u32, Option<Owner>, Option<Owner>)>,
}

impl Elsewhere {
    /// The references to follow `said`, the renumbering of `theirs` (the copy, already
    /// renumbered) against `ours` (the original).
    pub fn new(ours: &Meeting, theirs: &Meeting, said: &[Renumbered]) -> Self {
        let owner = |m: &Meeting, n: u32| {
            m.action_items().find(|(_, a)| a.number == n).map(|(_, a)| a.owner.clone())
        };
        let mut decisions = BTreeMap::new();
        let mut actions = BTreeMap::new();
        for r in said {
            match r.kind {
                Numbered::Decision => {
                    decisions.insert(r.from, r.to);
                }
                Numbered::Action => {
                    actions.insert(r.from, (r.to, owner(ours, r.from), owner(theirs, r.to)));
                }
            }
        }
        Self { meeting: ours.id.clone(), decisions, actions }
    }

    /// Whether nothing was renumbered.
    pub fn is_empty(&self) -> bool {
        self.decisions.is_empty() && self.actions.is_empty()
    }
}

impl Rewrite for Elsewhere {
    fn decision(&self, r: &DecisionRef) -> Option<DecisionRef> {
        let to = self.decisions.get(&r.number()).filter(|_| r.meeting() == &self.meeting)?;
        Some(DecisionRef::new(&self.meeting, *to))
    }

    fn action(&self, r: &ActionItemRef, owner: Option<&Owner>) -> Option<ActionItemRef> {
        let (to, ours, theirs) =
            self.actions.get(&r.number()).filter(|_| r.meeting() == &self.meeting)?;
        let the_originals =
            owner.is_some_and(|o| ours.as_ref() == Some(o) && theirs.as_ref() != Some(o));
        (!the_originals).then(|| ActionItemRef::new(&self.meeting, *to))
    }
}
