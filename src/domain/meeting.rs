//! A meeting of one body: attendance, agenda items with minutes, decisions, action items and
//! follow-ups. One file per meeting: `meetings/<year>/<date>-<body>.ron`.

use super::governance::Majority;
use super::ids::{ActionItemRef, BodyId, DecisionRef, MeetingId, MemberId, ObjectiveId};
use super::plan::change::PlanChange;
pub use super::text::Text;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// One meeting file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Schema version of the file.
    pub version: u32,
    /// `<date>-<body>`, also the file name.
    pub id: MeetingId,
    /// The body that meets.
    pub body: BodyId,
    /// The day.
    pub date: NaiveDate,
    /// The id the meeting had before its date first changed (see [`super::redate`]): its
    /// identity in calendars, which keep the invitation they imported under it. Written only
    /// once the date changed, so other files stay byte for byte the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_as: Option<MeetingId>,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Who chairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<MemberId>,
    /// Who takes the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<MemberId>,
    /// Draft, sent, or approved by a later meeting.
    pub status: MinutesStatus,
    /// The meeting was called off: kept, with its agenda, and shown as cancelled. Written only
    /// when set, so files from before it load and stay byte for byte the same.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cancelled: bool,
    /// Who was there, excused or absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// People from outside the body who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<Guest>,
    /// Earlier minutes approved in this meeting, each with the content hash that froze them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approves: Vec<Approval>,
    /// The agenda, in order.
    pub agenda: Vec<AgendaItem>,
    /// `blake3:<hex>` of the file as it was when the app that wrote this version opened it:
    /// the common ancestor of two versions that a sync service could not reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_from: Option<String>,
}

/// Where the minutes of a meeting stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MinutesStatus {
    /// Still being written.
    Draft,
    /// Sent to the members on this day.
    Sent {
        /// The day they were sent.
        on: NaiveDate,
    },
    /// Approved (goedgekeurd) in a later meeting, which records their content hash.
    Approved {
        /// The meeting that approved them.
        by: MeetingId,
    },
}

/// One member's attendance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Who.
    pub member: MemberId,
    /// Present, excused or absent.
    pub presence: Presence,
}

/// Aanwezig / verontschuldigd / afwezig.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Presence {
    /// Aanwezig.
    Present,
    /// Verontschuldigd.
    Excused,
    /// Afwezig.
    Absent,
}

/// Someone from outside the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guest {
    /// Name.
    pub name: String,
    /// Organisation or reason for attending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

/// The approval of an earlier meeting's minutes: the link of the hash chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The meeting whose minutes are approved.
    pub meeting: MeetingId,
    /// Their content hash at approval, `blake3:<hex>` (see `store::hash::minutes_hash`).
    pub hash: String,
}

/// An agenda item (agendapunt).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Its number on the agenda.
    pub number: u32,
    /// Its title.
    pub title: Text,
    /// The minutes of this item.
    pub minutes: String,
    /// Decisions taken under this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Action items agreed under this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionItem>,
    /// Follow-ups of earlier action items discussed under this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    /// Discussed behind closed doors (besloten): public documents show only its title and its
    /// decisions' public summaries. Written only when set, so other files stay byte for byte.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    // Governance (issue 18): who is in the room for this item.
    /// Who arrives, leaves or steps out for this item, and who declares a conflict of
    /// interest; empty: the meeting's attendance holds (and the file stays as it was).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presence: Vec<PresenceChange>,
}

impl AgendaItem {
    /// An item with this number and title and nothing in it yet.
    pub fn new(number: u32, title: String) -> Self {
        Self {
            number,
            title: title.into(),
            minutes: String::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
            follow_ups: Vec::new(),
            closed: false,
            presence: Vec::new(),
        }
    }

    /// Whether it holds nothing: no minutes, decisions, action items or follow-ups.
    pub fn is_empty(&self) -> bool {
        self.minutes.trim().is_empty()
            && self.decisions.is_empty()
            && self.actions.is_empty()
            && self.follow_ups.is_empty()
    }
}

/// A decision (besluit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Its number within the meeting; `<meeting>/<number>` is its id.
    pub number: u32,
    /// What was decided.
    pub text: Text,
    /// Adopted, rejected or postponed.
    pub outcome: Outcome,
    /// The vote count, if there was a vote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
    /// The operational objectives it serves (at least one, once the minutes are closed).
    #[serde(default)]
    pub objectives: Vec<ObjectiveId>,
    /// An earlier decision it changes in part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<DecisionRef>,
    /// An earlier decision it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<DecisionRef>,
    /// For a decision of a closed item: the short description public documents show instead
    /// of its text (the secretary writes it). Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_summary: Option<String>,
    // Governance (issue 18): the rule it was voted by.
    /// The majority it needed, when not the body's (e.g. two thirds for the budget).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub majority: Option<Majority>,
    /// Adopted unanimously, without counting the votes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unanimous: bool,
    /// Why it stands although the body had no quorum for it (the minutes cannot be sent
    /// without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum_note: Option<String>,
    /// Who voted how, for a vote by name (empty: counted only, or a secret vote).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named_votes: Vec<NamedVote>,
    /// The changes it makes to the policy plan, written to `data/plan.ron` when the
    /// minutes are sent (issue 19).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_changes: Vec<PlanChange>,
}

/// One member's vote in a vote by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedVote {
    /// Who voted.
    pub member: MemberId,
    /// How.
    pub vote: Vote,
}

/// A member's vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Vote {
    /// Voor.
    Yes,
    /// Tegen.
    No,
    /// Onthouding.
    Abstain,
}

/// The outcome of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Goedgekeurd.
    Adopted,
    /// Verworpen.
    Rejected,
    /// Uitgesteld.
    Postponed,
}

/// A vote count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Votes {
    /// Voor.
    pub yes: u32,
    /// Tegen.
    pub no: u32,
    /// Onthouding.
    pub abstain: u32,
}

/// A change in who is in the room, recorded on an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresenceChange {
    /// Who.
    pub member: MemberId,
    /// What they do.
    pub change: Movement,
}

/// What a member does at an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Movement {
    /// Komt binnen: in the room from this item on (a late arrival).
    Arrives,
    /// Vertrekt: gone from this item on.
    Leaves,
    /// Verlaat de zaal voor dit punt: out for this item only.
    StepsOut,
    /// Belangenconflict: a personal interest in the item; out for it, and its vote.
    Conflict {
        /// Why, when the member says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
}

/// An action item (actiepunt).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "ActionItemFile", into = "ActionItemFile")]
pub struct ActionItem {
    /// Its number within the meeting; `<meeting>/A<number>` is its id.
    pub number: u32,
    /// What is to be done.
    pub text: Text,
    /// Who does it: a member, a guest or an outside person by name, or nobody yet.
    pub owner: Owner,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The objective it serves, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<ObjectiveId>,
}

/// Who does an action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// A member, by id.
    Member(MemberId),
    /// A guest of the meeting, by name.
    Guest(String),
    /// Someone who is neither a member nor a guest, by name.
    Outside(String),
    /// Nobody yet: the action item is kept and flagged until it has an owner.
    Nobody,
}

impl Owner {
    /// The member, when the owner is one.
    pub fn member(&self) -> Option<&MemberId> {
        match self {
            Owner::Member(id) => Some(id),
            _ => None,
        }
    }
}

impl std::fmt::Display for Owner {
    /// A member's id, anyone else's name; nothing for nobody (the words are the caller's).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Owner::Member(id) => write!(f, "{id}"),
            Owner::Guest(name) | Owner::Outside(name) => f.write_str(name),
            Owner::Nobody => Ok(()),
        }
    }
}

impl From<&str> for Owner {
    /// A member by id.
    fn from(id: &str) -> Self {
        Owner::Member(id.into())
    }
}

impl From<MemberId> for Owner {
    fn from(id: MemberId) -> Self {
        Owner::Member(id)
    }
}

/// An owner who is not a member, as written in the file (`owner_name: Guest("…")`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum NamedOwner {
    Guest(String),
    Outside(String),
}

/// An action item as the file has it: a member owner in `owner` as it always was (so files
/// from before other owners load and are written byte for byte the same), any other owner in
/// `owner_name`, and neither for nobody.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionItemFile {
    number: u32,
    text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    owner: Option<MemberId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    owner_name: Option<NamedOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    objective: Option<ObjectiveId>,
}

impl From<ActionItemFile> for ActionItem {
    fn from(f: ActionItemFile) -> Self {
        // A member id wins over a name: the file is read as its writer meant it.
        let owner = match (f.owner, f.owner_name) {
            (Some(id), _) => Owner::Member(id),
            (None, Some(NamedOwner::Guest(name))) => Owner::Guest(name),
            (None, Some(NamedOwner::Outside(name))) => Owner::Outside(name),
            (None, None) => Owner::Nobody,
        };
        ActionItem { number: f.number, text: f.text, owner, due: f.due, objective: f.objective }
    }
}

impl From<ActionItem> for ActionItemFile {
    fn from(a: ActionItem) -> Self {
        let (owner, owner_name) = match a.owner {
            Owner::Member(id) => (Some(id), None),
            Owner::Guest(name) => (None, Some(NamedOwner::Guest(name))),
            Owner::Outside(name) => (None, Some(NamedOwner::Outside(name))),
            Owner::Nobody => (None, None),
        };
        let (number, text, due, objective) = (a.number, a.text, a.due, a.objective);
        ActionItemFile { number, text, owner, owner_name, due, objective }
    }
}

/// A follow-up of an earlier action item, recorded in a later meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The action item followed up.
    pub action: ActionItemRef,
    /// Where it stands now.
    pub status: FollowUpStatus,
    /// What was said about it.
    pub note: String,
}

/// Where an action item stands after a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FollowUpStatus {
    /// Afgerond.
    Done,
    /// Lopend.
    Ongoing,
    /// Geschrapt.
    Dropped,
}

impl Meeting {
    /// Every decision of the meeting, in agenda order.
    pub fn decisions(&self) -> impl Iterator<Item = (&AgendaItem, &Decision)> {
        self.agenda.iter().flat_map(|i| i.decisions.iter().map(move |d| (i, d)))
    }

    /// Every action item of the meeting, in agenda order.
    pub fn action_items(&self) -> impl Iterator<Item = (&AgendaItem, &ActionItem)> {
        self.agenda.iter().flat_map(|i| i.actions.iter().map(move |a| (i, a)))
    }

    /// Where in the agenda the item holding decision `n` stands.
    pub fn item_of_decision(&self, n: u32) -> Option<usize> {
        self.agenda.iter().position(|i| i.decisions.iter().any(|d| d.number == n))
    }

    /// Every follow-up recorded in the meeting.
    pub fn follow_ups(&self) -> impl Iterator<Item = (&AgendaItem, &FollowUp)> {
        self.agenda.iter().flat_map(|i| i.follow_ups.iter().map(move |f| (i, f)))
    }

    /// Whether the minutes are frozen: approved minutes are never edited.
    pub fn is_frozen(&self) -> bool {
        matches!(self.status, MinutesStatus::Approved { .. })
    }

    /// The id a meeting of `body` on `date` gets, which is also its file name.
    pub fn id_for(date: NaiveDate, body: &BodyId) -> MeetingId {
        MeetingId(format!("{}-{}", date.format("%Y-%m-%d"), body).into())
    }
}
