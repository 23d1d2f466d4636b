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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::FollowUp;
    use crate::domain::merge::{Elsewhere, Numbered, Renumbered};
    use crate::domain::updates::OwnerUpdate;

    fn meeting() -> Meeting {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/meetings/2022/2022-10-11-stuurgroep.ron");
        ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn updates(member: &str, on: &ActionItemRef) -> MemberUpdates {
        let date = chrono::NaiveDate::from_ymd_opt(2022, 11, 2).unwrap();
        let status = crate::domain::meeting::FollowUpStatus::Ongoing;
        let update = OwnerUpdate { action: on.clone(), date, status, note: String::new() };
        MemberUpdates {
            version: 1,
            written_as: None,
            written_from: None,
            member: member.into(),
            updates: vec![update],
        }
    }

    #[test]
    fn a_date_change_reaches_the_plan_and_the_updates() {
        let plan_path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/plan.ron");
        let mut plan: Plan = ron::from_str(&std::fs::read_to_string(plan_path).unwrap()).unwrap();
        let (from, to): (MeetingId, MeetingId) =
            ("2021-03-16-stuurgroep".into(), "2021-03-23-stuurgroep".into());
        let rw = Retarget { from: &from, to: &to };
        assert!(in_plan(&mut plan, &rw), "the example's plan names it");
        assert!(!in_plan(&mut plan, &rw), "nothing left to follow");
        let text = ron::to_string(&plan).unwrap();
        assert!(text.contains("\"2021-03-23-stuurgroep/2\""), "{text}");
        let mut file = updates("jolien-maes", &ActionItemRef::new(&from, 3));
        assert!(in_updates(&mut file, &rw));
        assert_eq!(file.updates[0].action, ActionItemRef::new(&to, 3));
    }

    #[test]
    fn an_update_by_the_originals_owner_stays_with_the_original() {
        let mut ours = meeting();
        let mut theirs = ours.clone();
        let action = |owner: &str| crate::domain::meeting::ActionItem {
            number: 9,
            text: owner.into(),
            owner: Owner::Member(owner.into()),
            due: None,
            objective: None,
        };
        ours.agenda[0].actions.push(action("lieve-janssens"));
        theirs.agenda[0]
            .actions
            .push(crate::domain::meeting::ActionItem { number: 10, ..action("jolien-maes") });
        let said = [Renumbered { kind: Numbered::Action, from: 9, to: 10 }];
        let rw = Elsewhere::new(&ours, &theirs, &said);
        let a9 = ActionItemRef::new(&ours.id, 9);
        let mut jolien = updates("jolien-maes", &a9);
        let mut lieve = updates("lieve-janssens", &a9);
        assert!(in_updates(&mut jolien, &rw), "the copy's owner's update follows");
        assert_eq!(jolien.updates[0].action, ActionItemRef::new(&ours.id, 10));
        assert!(!in_updates(&mut lieve, &rw), "the original's owner's stays");
        // A follow-up in another meeting says nobody's name: it follows the copy's.
        let mut later = meeting();
        later.id = "2022-12-13-stuurgroep".into();
        let status = crate::domain::meeting::FollowUpStatus::Ongoing;
        let follow_up = FollowUp { action: a9, status, note: String::new() };
        later.agenda[0].follow_ups = vec![follow_up];
        assert!(in_meeting(&mut later, &rw));
        assert_eq!(later.agenda[0].follow_ups[0].action, ActionItemRef::new(&ours.id, 10));
    }
}
