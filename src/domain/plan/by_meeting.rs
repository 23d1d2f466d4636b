//! A meeting's decisions as changes to the plan: which of them the plan already holds (its
//! history names the decision) and applying the others, each decision whole or not at all.

use super::change::{Authority, PlanChange, PlanChangeError, apply_all};
use super::{HistoryEvent, Plan};
use crate::domain::ids::DecisionRef;
use crate::domain::meeting::{Meeting, Outcome};

/// Why a meeting's changes were not applied: the decision, which of its changes, and why;
/// the plan is then untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingChangeError {
    /// The decision whose change was refused.
    pub decision: DecisionRef,
    /// The place of the change among the decision's changes (from 0).
    pub index: usize,
    /// Why.
    pub error: PlanChangeError,
}

/// Whether the plan's history names `decision` anywhere: its changes are in the plan.
pub fn names_decision(plan: &Plan, decision: &DecisionRef) -> bool {
    let names =
        |history: &[HistoryEvent]| history.iter().any(|e| e.decision.as_ref() == Some(decision));
    plan.strategic_objectives.iter().any(|sd| {
        names(&sd.history)
            || sd
                .operational_objectives
                .iter()
                .any(|od| names(&od.history) || od.actions.iter().any(|a| names(&a.history)))
    })
}

/// The adopted decisions of `meeting` that change the plan and that the plan does not hold
/// yet, in the meeting's order, each with its authority and its changes.
pub fn pending<'a>(plan: &Plan, meeting: &'a Meeting) -> Vec<(Authority, &'a [PlanChange])> {
    meeting
        .decisions()
        .filter(|(_, d)| d.outcome == Outcome::Adopted && !d.plan_changes.is_empty())
        .map(|(_, d)| {
            let decision = DecisionRef::new(&meeting.id, d.number);
            (Authority { date: meeting.date, decision }, d.plan_changes.as_slice())
        })
        .filter(|(by, _)| !names_decision(plan, &by.decision))
        .collect()
}

/// Applies the changes of `meeting`'s adopted decisions that the plan does not hold yet, all
/// or none: the decisions applied, or the first refusal with the plan untouched. Applying a
/// second time applies nothing.
pub fn apply_meeting(
    plan: &mut Plan,
    meeting: &Meeting,
) -> Result<Vec<DecisionRef>, MeetingChangeError> {
    let mut next = plan.clone();
    let mut applied = Vec::new();
    for (by, changes) in pending(plan, meeting) {
        apply_all(&mut next, changes, &by).map_err(|(index, error)| MeetingChangeError {
            decision: by.decision.clone(),
            index,
            error,
        })?;
        applied.push(by.decision);
    }
    *plan = next;
    Ok(applied)
}

/// The plan as decision `number` of `meeting` finds it: the pending changes of the adopted
/// decisions before it applied (those that apply). What a new change of that decision is
/// recorded against, together with the decision's own changes so far.
pub fn plan_before(plan: &Plan, meeting: &Meeting, number: u32) -> Plan {
    let mut next = plan.clone();
    for (by, changes) in pending(plan, meeting) {
        if by.decision.number() >= number {
            break;
        }
        let mut tried = next.clone();
        if apply_all(&mut tried, changes, &by).is_ok() {
            next = tried;
        }
    }
    next
}

#[cfg(test)]
#[path = "by_meeting_tests.rs"]
mod tests;
