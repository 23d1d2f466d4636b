//! Every reference from one document to a decision or action item of a meeting, reached in one
//! place: a meeting's amends/supersedes and follow-ups, the plan's code history, an owner's
//! updates. A meeting that moves to another date, or an element a merge renumbers, rewrites
//! them here, so that no kind of reference is forgotten by one of them.

use super::ids::{ActionItemRef, DecisionRef, MeetingId};
use super::meeting::{Meeting, MinutesStatus, Owner};
use super::plan::{HistoryEvent, Plan};
use super::updates::MemberUpdates;

/// What a reference is rewritten to: `None` keeps it.
pub trait Rewrite {
    /// The new target of a reference to a decision, if it changes.
    fn decision(&self, r: &DecisionRef) -> Option<DecisionRef>;
    /// The new target of a reference to an action item, if it changes (`owner`: whose update
    /// file it is in, when it is in one).
    fn action(&self, r: &ActionItemRef, owner: Option<&Owner>) -> Option<ActionItemRef>;
    /// The new id of a meeting named whole (approved minutes, "approved by"), if it changes.
    fn meeting(&self, _id: &MeetingId) -> Option<MeetingId> {
        None
    }
}

/// Rewrites the references in a meeting (its content, the minutes it approves, what approved
/// it); whether anything changed.
pub fn in_meeting(m: &mut Meeting, rw: &impl Rewrite) -> bool {
    let mut changed = false;
    let mut whole = |id: &mut MeetingId| {
        if let Some(to) = rw.meeting(id) {
            *id = to;
            changed = true;
        }
    };
    for a in &mut m.approves {
        whole(&mut a.meeting);
    }
    if let MinutesStatus::Approved { by } = &mut m.status {
        whole(by);
    }
    let mut decision = |r: &mut Option<DecisionRef>| {
        if let Some(to) = r.as_ref().and_then(|d| rw.decision(d)) {
            *r = Some(to);
            changed = true;
        }
    };
    let mut actions = Vec::new();
    for item in &mut m.agenda {
        for d in &mut item.decisions {
            decision(&mut d.amends);
            decision(&mut d.supersedes);
        }
        actions.extend(item.follow_ups.iter_mut().map(|f| &mut f.action));
    }
    for r in actions {
        if let Some(to) = rw.action(r, None) {
            *r = to;
            changed = true;
        }
    }
    changed
}

/// Rewrites the decisions the plan's code history names; whether anything changed.
pub fn in_plan(plan: &mut Plan, rw: &impl Rewrite) -> bool {
    let mut changed = false;
    let mut history = |events: &mut Vec<HistoryEvent>| {
        for e in events {
            if let Some(to) = e.decision.as_ref().and_then(|d| rw.decision(d)) {
                e.decision = Some(to);
                changed = true;
            }
        }
    };
    for sd in &mut plan.strategic_objectives {
        history(&mut sd.history);
        for od in &mut sd.operational_objectives {
            history(&mut od.history);
            for action in &mut od.actions {
                history(&mut action.history);
            }
        }
    }
    changed
}

/// Rewrites the action items an owner's updates report on; whether anything changed.
pub fn in_updates(file: &mut MemberUpdates, rw: &impl Rewrite) -> bool {
    let owner = Owner::Member(file.member.clone());
    let mut changed = false;
    for u in &mut file.updates {
        if let Some(to) = rw.action(&u.action, Some(&owner)) {
            u.action = to;
            changed = true;
        }
    }
    changed
}

/// Every reference to meeting `from` points at meeting `to` instead (a date change).
pub struct Retarget<'a> {
    /// The meeting's old id.
    pub from: &'a MeetingId,
    /// Its new id.
    pub to: &'a MeetingId,
}

impl Rewrite for Retarget<'_> {
    fn decision(&self, r: &DecisionRef) -> Option<DecisionRef> {
        (r.meeting() == self.from).then(|| DecisionRef::new(self.to, r.number()))
    }

    fn action(&self, r: &ActionItemRef, _: Option<&Owner>) -> Option<ActionItemRef> {
        (r.meeting() == self.from).then(|| ActionItemRef::new(self.to, r.number()))
    }

    fn meeting(&self, id: &MeetingId) -> Option<MeetingId> {
        (id == self.from).then(|| self.to.clone())
    }
}
