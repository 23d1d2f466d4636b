//! Changes a decision makes to the plan: one kind per way the plan is reworked, applied
//! whole or not at all, each writing the history events the plan already keeps. Ids never
//! change, so every link and every old code keeps finding its objective.

use super::{HistoryEvent, Plan, PlanAction, Planning, Spreiding};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{DecisionRef, ObjectiveId, PlanActionId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What allows a change: the decision and the day it takes effect (the meeting's date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authority {
    /// The day the change takes effect.
    pub date: NaiveDate,
    /// The decision that made it.
    pub decision: DecisionRef,
}

/// A new operational objective: added on its own, or one of the parts of a split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewObjective {
    /// Its stable id (unused so far).
    pub id: ObjectiveId,
    /// Its code: an OD code under an existing strategic objective.
    pub code: ObjectiveCode,
    /// Its title.
    pub title: String,
    /// Where it applies, if the plan says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spreiding: Option<Spreiding>,
    /// For a part of a split: the actions of the split objective it carries on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<PlanActionId>,
}

/// What a retitle or a new spreiding applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// An objective, strategic or operational.
    Objective(ObjectiveId),
    /// A plan action.
    Action(PlanActionId),
}

/// One change to the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PlanChange {
    /// Gives an objective another number: an OD within its SD, or an SD (its ODs follow).
    Renumber {
        /// The objective.
        objective: ObjectiveId,
        /// Its new number.
        number: u8,
    },
    /// Places an operational objective under another strategic objective.
    Move {
        /// The objective.
        objective: ObjectiveId,
        /// Its code there.
        to: ObjectiveCode,
    },
    /// Ends an operational objective; another carries it on, with its actions.
    Merge {
        /// The objective that ends.
        objective: ObjectiveId,
        /// The one that carries on.
        into: ObjectiveId,
    },
    /// Ends an operational objective; new ones carry it on, each with some of its actions.
    Split {
        /// The objective that ends.
        objective: ObjectiveId,
        /// The new objectives.
        into: Vec<NewObjective>,
    },
    /// Ends an operational objective; it becomes an action of another, its actions too.
    Demote {
        /// The objective that ends.
        objective: ObjectiveId,
        /// The objective it becomes an action of.
        under: ObjectiveId,
        /// The id of the action it becomes.
        action: PlanActionId,
    },
    /// Ends an operational objective without anything carrying it on.
    Remove {
        /// The objective.
        objective: ObjectiveId,
    },
    /// Adds an operational objective.
    AddObjective(NewObjective),
    /// Adds an action to an operational objective.
    AddAction {
        /// The objective.
        under: ObjectiveId,
        /// The action, with an unused id.
        action: PlanAction,
    },
    /// Rewrites an objective's title or an action's text; the previous text is kept.
    Retitle {
        /// What is rewritten.
        target: Target,
        /// The new text.
        text: String,
    },
    /// Changes when an action is planned.
    Replan {
        /// The action.
        action: PlanActionId,
        /// Its new planning (`None`: not planned).
        planning: Option<Planning>,
    },
    /// Changes where an operational objective or an action applies.
    Respread {
        /// The objective or action.
        target: Target,
        /// Its new spreiding (`None`: as its objective, or left open).
        spreiding: Option<Spreiding>,
    },
    /// Takes an action out of the plan: it stays in the file with its history, ended, so
    /// what pointed at it still finds it.
    RemoveAction {
        /// The action.
        action: PlanActionId,
    },
}

/// Why a change was refused; the plan is then untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanChangeError {
    /// No objective has this id.
    UnknownObjective(String),
    /// No plan action has this id.
    UnknownAction(String),
    /// No strategic objective has this number.
    UnknownStrategic(u8),
    /// This change applies to operational objectives only, and this one is strategic.
    NotOperational(ObjectiveId),
    /// The objective has ended already.
    Ended(ObjectiveId),
    /// A merge or demotion into an objective that has ended.
    IntoEnded(ObjectiveId),
    /// A merge or demotion of an objective into itself.
    IntoItself(ObjectiveId),
    /// The code would be used twice among the objectives in force.
    CodeInUse {
        /// The code.
        code: ObjectiveCode,
        /// The objective that has it.
        by: ObjectiveId,
    },
    /// The id is taken already.
    IdInUse(String),
    /// A split into no objective.
    SplitIntoNothing,
    /// The action is not one of the objective's (or is given twice).
    NotItsAction {
        /// The action.
        action: PlanActionId,
        /// The objective.
        objective: ObjectiveId,
    },
    /// A move within the same strategic objective: that is a renumbering.
    SameStrategic(ObjectiveCode),
    /// A strategic objective's code where an operational one is needed.
    NotAnOdCode(ObjectiveCode),
    /// Number 0 (codes count from 1).
    NumberZero,
    /// An empty title or text.
    EmptyText,
    /// The change would change nothing.
    Unchanged,
    /// An editorial change of something else than a text: that needs a decision.
    NeedsDecision,
}

/// What allows a change to the plan: an adopted decision, or (a retitle only) none, a typo
/// being fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Allowed {
    /// The decision, with its meeting's date.
    Decision(Authority),
    /// Redactioneel: a text corrected, no decision needed.
    Editorial,
}

/// Applies `change` as `allowed` allows it: by the decision, or editorially on `today` for
/// a retitle; any other change without a decision is refused.
pub fn apply_allowed(
    plan: &mut Plan,
    change: &PlanChange,
    allowed: &Allowed,
    today: NaiveDate,
) -> Result<(), PlanChangeError> {
    match (allowed, change) {
        (Allowed::Decision(by), _) => apply(plan, change, by),
        (Allowed::Editorial, PlanChange::Retitle { target, text }) => {
            apply_editorial(plan, target, text, today)
        }
        (Allowed::Editorial, _) => Err(PlanChangeError::NeedsDecision),
    }
}

/// Applies `change` to `plan` as `by` decided it: the history events written, or the plan
/// untouched and why. A change that would leave two objectives in force with one code is
/// refused (a clash that was there already does not block other changes).
pub fn apply(plan: &mut Plan, change: &PlanChange, by: &Authority) -> Result<(), PlanChangeError> {
    let mut next = plan.clone();
    super::rework::apply(&mut next, change, by)?;
    let before = clashes(plan);
    if let Some((code, id)) = clashes(&next).into_iter().find(|c| !before.contains(c)) {
        // Named by the objective that has the code, not the one the change brings onto it.
        let by = holder(plan, code).unwrap_or(id);
        return Err(PlanChangeError::CodeInUse { code, by });
    }
    *plan = next;
    Ok(())
}

/// Applies `changes` in order, all or none: the first refusal leaves `plan` untouched.
pub fn apply_all(
    plan: &mut Plan,
    changes: &[PlanChange],
    by: &Authority,
) -> Result<(), (usize, PlanChangeError)> {
    let mut next = plan.clone();
    for (i, change) in changes.iter().enumerate() {
        apply(&mut next, change, by).map_err(|e| (i, e))?;
    }
    *plan = next;
    Ok(())
}

/// Rewrites an objective's title or an action's text editorially (redactioneel: a typo
/// fixed) on `date`: no decision needed, the history event marked as such. Only a text can
/// change this way; codes, planning and spreading always need a decision.
pub fn apply_editorial(
    plan: &mut Plan,
    target: &Target,
    text: &str,
    date: NaiveDate,
) -> Result<(), PlanChangeError> {
    super::rework::retitle(plan, target, text, |change| HistoryEvent {
        date,
        change,
        decision: None,
        note: None,
        editorial: true,
    })
}

/// The codes held twice among the objectives in force, each with its second holder.
fn clashes(plan: &Plan) -> Vec<(ObjectiveCode, ObjectiveId)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for sd in &plan.strategic_objectives {
        if !seen.insert(sd.code()) {
            out.push((sd.code(), sd.id.clone()));
        }
        for od in sd.operational_objectives.iter().filter(|od| od.ended().is_none()) {
            if !seen.insert(od.code(sd)) {
                out.push((od.code(sd), od.id.clone()));
            }
        }
    }
    out
}

/// The objective in force that has `code` in `plan`.
fn holder(plan: &Plan, code: ObjectiveCode) -> Option<ObjectiveId> {
    plan.strategic_objectives.iter().find_map(|sd| {
        let od = sd.operational_objectives.iter().filter(|od| od.ended().is_none());
        let mut od = od.filter(|od| od.code(sd) == code).map(|od| od.id.clone());
        if sd.code() == code { Some(sd.id.clone()) } else { od.next() }
    })
}

/// A history event of `by`.
pub(super) fn event(by: &Authority, change: super::Change) -> HistoryEvent {
    HistoryEvent {
        date: by.date,
        change,
        decision: Some(by.decision.clone()),
        note: None,
        editorial: false,
    }
}
