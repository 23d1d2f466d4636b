//! The policy plan: strategic objectives (SD) → operational objectives (OD) → actions,
//! and the history of every objective's code.

use super::code::ObjectiveCode;
use super::ids::{DecisionRef, MemberId, MunicipalityId, ObjectiveId, PlanActionId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod by_meeting;
pub mod change;
mod lookup;
pub mod read;
mod rework;

pub use by_meeting::{MeetingChangeError, apply_meeting, names_decision, pending, plan_before};
pub use change::{
    Allowed, Authority, NewObjective, PlanChange, PlanChangeError, Target, apply, apply_all,
    apply_allowed, apply_editorial,
};

/// The whole plan file `data/plan.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Schema version of the file.
    pub version: u32,
    /// The association that carries the plan.
    pub organisation: Organisation,
    /// The years the plan covers.
    pub period: Period,
    /// The member who edits the plan in the app (the coordinator): one writer at a time.
    /// Written only when set, so plans from before it stay byte for byte the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writer: Option<MemberId>,
    /// The municipalities of the region.
    pub municipalities: Vec<Municipality>,
    /// The strategic objectives, in display order, including ended ones.
    pub strategic_objectives: Vec<StrategicObjective>,
    /// `blake3:<hex>` of this file as this app last wrote it, with this field left out: the
    /// version kept in `.stuurgroep/versions/`, the common ancestor of two hand-edited sides.
    /// Absent from a file this app never wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_as: Option<String>,
    /// The `written_as` of the file this app wrote this version over: the chain back to an
    /// older version, for a copy edited before that write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_from: Option<String>,
}

/// The association.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Full name.
    pub name: String,
    /// The name people use day to day.
    pub short_name: String,
    /// The base of the IRIs under which the association publishes its list of decisions
    /// (`https://data.example.be/`), set once; the calendar's UIDs carry its host too.
    /// Written only when set, so plans from before it stay byte for byte the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_iri: Option<String>,
}

/// A span of whole years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First year.
    pub from: u16,
    /// Last year.
    pub to: u16,
}

/// A municipality of the region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Stable id.
    pub id: MunicipalityId,
    /// Name as written.
    pub name: String,
}

/// A strategic objective (strategische doelstelling).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrategicObjective {
    /// Stable id.
    pub id: ObjectiveId,
    /// Today's number: the 2 in "SD2".
    pub number: u8,
    /// Today's title.
    pub title: String,
    /// Short label from the plan's overview, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether it is transversal (runs through the other objectives).
    pub transversal: bool,
    /// What happened to its code and text, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEvent>,
    /// Remarks on the source (open questions, what the rework left unsaid).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Its operational objectives, in display order, including ended ones.
    pub operational_objectives: Vec<OperationalObjective>,
}

/// An operational objective (operationele doelstelling): what every decision links to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationalObjective {
    /// Stable id, used by every link.
    pub id: ObjectiveId,
    /// Today's number within its strategic objective: the 1 in "SD2 OD1".
    pub number: u8,
    /// Today's title.
    pub title: String,
    /// Where it applies (spreiding); `None` when the plan leaves it open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spreiding: Option<Spreiding>,
    /// What happened to its code and text, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEvent>,
    /// Its actions, in plan order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<PlanAction>,
    /// Remarks on the source (anomalies, open questions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Where an objective or action applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Spreiding {
    /// "alle gemeenten".
    All,
    /// A list of municipalities.
    Municipalities(Vec<MunicipalityId>),
}

/// An action of the plan (actie), with what the association does (regierol) and what the
/// partners do locally (actorrol).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    /// Stable id.
    pub id: PlanActionId,
    /// The action's text, verbatim.
    pub text: String,
    /// What the association does as director.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regierol: Option<String>,
    /// What the partners do locally.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actorrol: Option<String>,
    /// Where it applies; `None` means as its objective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spreiding: Option<Spreiding>,
    /// When it is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning: Option<Planning>,
    /// How its result is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_indicator: Option<String>,
    /// "zie ook SD 4 OD 3": links to other objectives, with the code as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<CrossRef>,
    /// Where it came from if it did not start here (moved, or a demoted objective).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEvent>,
    /// Remarks on the source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// When an action is planned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Planning {
    /// Some years: `[2021]`.
    Years(Vec<u16>),
    /// A span of years: `"2020 - 2021"`.
    Period(Period),
    /// Free text when the plan says something else.
    Text(String),
}

/// A cross-reference to another objective, with the code exactly as the text wrote it
/// (which may be a code from before a renumbering, or simply wrong).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossRef {
    /// The code as written in the source, e.g. "SD 4 OD 3".
    pub written: String,
    /// The objective it points to.
    pub objective: ObjectiveId,
}

/// One event in an objective's (or plan action's) life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEvent {
    /// When it took effect.
    pub date: NaiveDate,
    /// What changed.
    pub change: Change,
    /// The decision that did it, if it was decided in a meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionRef>,
    /// A remark, e.g. "beleidsplan 2020-2025".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// An editorial change (redactioneel: a typo fixed) that needs no decision.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub editorial: bool,
}

impl PlanAction {
    /// Whether it was taken out of the plan (it stays in the file, with its history).
    pub fn is_removed(&self) -> bool {
        self.history.iter().any(|e| e.change.ends())
    }

    /// A new action with only its id and text: no roles, spreading, planning or history yet.
    pub fn new(id: PlanActionId, text: String) -> Self {
        PlanAction {
            id,
            text,
            regierol: None,
            actorrol: None,
            spreiding: None,
            planning: None,
            result_indicator: None,
            see_also: Vec::new(),
            history: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// What happened to an objective or plan action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// It was created with this code (an action: under that objective).
    Added {
        /// Its first code.
        code: ObjectiveCode,
    },
    /// Its number changed within the same strategic objective, or its SD was renumbered.
    Renumbered {
        /// The code before.
        from: ObjectiveCode,
        /// The code after.
        to: ObjectiveCode,
    },
    /// It was placed under another strategic objective.
    Moved {
        /// The code before.
        from: ObjectiveCode,
        /// The code after.
        to: ObjectiveCode,
    },
    /// Its text was reworded or replaced; the previous text is kept.
    Retitled {
        /// The text before.
        previous: String,
    },
    /// It ended by being merged into another objective.
    Merged {
        /// The objective that carries on.
        into: ObjectiveId,
    },
    /// It ended by being split into several objectives.
    Split {
        /// The objectives that carry on.
        into: Vec<ObjectiveId>,
    },
    /// It ended by becoming an action of another objective.
    Demoted {
        /// The objective the action now sits under.
        under: ObjectiveId,
        /// The action it became.
        action: PlanActionId,
    },
    /// It was removed from the plan.
    Removed,
    /// An action's planning changed; the previous one is kept.
    Replanned {
        /// The planning before (`None`: none).
        previous: Option<Planning>,
    },
    /// Where an objective or action applies changed; the previous spreiding is kept.
    Respread {
        /// The spreiding before (`None`: none given).
        previous: Option<Spreiding>,
    },
}

impl Change {
    /// True for the changes after which the objective no longer exists.
    pub fn ends(&self) -> bool {
        matches!(
            self,
            Change::Merged { .. } | Change::Split { .. } | Change::Demoted { .. } | Change::Removed
        )
    }

    /// The code after this change, if it sets one.
    pub fn code_after(&self) -> Option<ObjectiveCode> {
        match self {
            Change::Added { code } => Some(*code),
            Change::Renumbered { to, .. } | Change::Moved { to, .. } => Some(*to),
            _ => None,
        }
    }
}

/// Walks an objective's history to the code it had on `date`, starting from today's code.
/// Before it was added it has no code.
pub fn code_on(
    history: &[HistoryEvent],
    today: ObjectiveCode,
    date: NaiveDate,
) -> Option<ObjectiveCode> {
    let mut code = None;
    let mut seen_any = false;
    for event in history {
        if event.date > date {
            break;
        }
        if let Some(c) = event.change.code_after() {
            code = Some(c);
            seen_any = true;
        }
    }
    if !seen_any && history.iter().any(|e| e.change.code_after().is_some()) {
        return None;
    }
    Some(code.unwrap_or(today))
}

/// Every code an objective has had, oldest first, today's last, without repeats.
pub fn all_codes(history: &[HistoryEvent], today: ObjectiveCode) -> Vec<ObjectiveCode> {
    let mut codes: Vec<ObjectiveCode> = Vec::new();
    let from_history = history.iter().flat_map(|e| match &e.change {
        Change::Renumbered { from, to } | Change::Moved { from, to } => vec![*from, *to],
        Change::Added { code } => vec![*code],
        _ => vec![],
    });
    for code in from_history.chain(std::iter::once(today)) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

impl Plan {
    /// Every operational objective with its strategic objective, ended ones included.
    pub fn operational(
        &self,
    ) -> impl Iterator<Item = (&StrategicObjective, &OperationalObjective)> {
        self.strategic_objectives
            .iter()
            .flat_map(|sd| sd.operational_objectives.iter().map(move |od| (sd, od)))
    }

    /// Every plan action with its objective.
    pub fn actions(&self) -> impl Iterator<Item = (&OperationalObjective, &PlanAction)> {
        self.operational().flat_map(|(_, od)| od.actions.iter().map(move |a| (od, a)))
    }

    /// Every objective id in the plan, strategic and operational.
    pub fn objective_ids(&self) -> impl Iterator<Item = &ObjectiveId> {
        self.strategic_objectives.iter().flat_map(|sd| {
            std::iter::once(&sd.id).chain(sd.operational_objectives.iter().map(|od| &od.id))
        })
    }
}

/// The days an objective exists: from its `Added` event (or always) until the event that
/// ended it (or for good).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    /// The day it was added, if the history says.
    pub from: Option<NaiveDate>,
    /// The day it ended, if it did.
    pub until: Option<NaiveDate>,
}

impl Lifetime {
    /// The lifetime that `history` describes.
    pub fn of(history: &[HistoryEvent]) -> Self {
        let from =
            history.iter().find(|e| matches!(e.change, Change::Added { .. })).map(|e| e.date);
        let until = history.iter().find(|e| e.change.ends()).map(|e| e.date);
        Self { from, until }
    }

    /// Whether it exists on `date` (a decision on the day it ends still counts).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }
}

impl StrategicObjective {
    /// Today's code.
    pub fn code(&self) -> ObjectiveCode {
        ObjectiveCode::sd(self.number)
    }
}

impl OperationalObjective {
    /// Today's code, given its strategic objective.
    pub fn code(&self, sd: &StrategicObjective) -> ObjectiveCode {
        ObjectiveCode::od(sd.number, self.number)
    }

    /// The event that ended it, if it has ended.
    pub fn ended(&self) -> Option<&HistoryEvent> {
        self.history.iter().find(|e| e.change.ends())
    }
}

#[cfg(test)]
mod change_tests;
#[cfg(test)]
mod tests;
