//! The secretary's edits to a meeting, as plain functions on the domain: a new meeting from
//! the body's template, the agenda, attendance, decisions, action items, follow-ups, sending
//! and approving the minutes. No I/O; every edit refuses approved (frozen) minutes.

use super::SCHEMA_VERSION;
use super::governance::Majority;
use super::ids::{ActionItemRef, BodyId};
use super::meeting::{AgendaItem, Attendance, Meeting, MinutesStatus, Outcome, Presence, Votes};
use super::organisation::{Members, Role, TemplateItem};
use chrono::{NaiveDate, NaiveTime};

mod actions;
mod agenda;
mod approval;
mod attendance;
mod decisions;
mod presence;
#[cfg(test)]
mod tests;

pub use actions::*;
pub use agenda::*;
pub use approval::*;
pub use attendance::*;
pub use decisions::*;
pub use presence::*;

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The minutes are approved: history is not rewritten.
    Frozen,
    /// No agenda item at that place.
    NoSuchItem,
    /// The item still holds minutes, decisions, action items or follow-ups.
    ItemNotEmpty,
    /// These decisions serve no objective yet.
    Unlinked(Vec<u32>),
    /// The minutes to approve are of another body.
    NotSameBody,
    /// The minutes to approve are not of an earlier meeting.
    NotEarlier,
    /// Those minutes are approved already.
    AlreadyApproved,
    /// The meeting would end before it began.
    EndBeforeStart,
    /// More votes than voting members present for the item: the votes cast and how many
    /// may vote.
    TooManyVotes(u32, usize),
    /// The votes carry another outcome than this one by this majority.
    VotesAgainstOutcome(Outcome, Votes, Majority),
    /// Decisions taken without quorum that say nothing about it yet.
    WithoutQuorum(Vec<u32>),
    /// The meeting took decisions: it was held (not cancelled, not removed).
    HoldsDecisions,
    /// The minutes were sent: no longer a draft to remove.
    NotADraft,
    /// Other minutes may refer to it (its action items, the minutes it approved).
    Referenced,
    /// Another meeting of the body is on that day already.
    DateTaken,
    /// Approved minutes refer to this meeting: they are never rewritten.
    ApprovedRefers,
    /// This member cannot vote on the item by name (no vote, not in the room, a conflict of
    /// interest, or named twice).
    NotAVoter(super::ids::MemberId),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Frozen => write!(f, "the minutes are approved and cannot change"),
            EditError::NoSuchItem => write!(f, "no such agenda item"),
            EditError::ItemNotEmpty => write!(f, "the item holds decisions or actions"),
            EditError::Unlinked(n) => write!(f, "decisions without an objective: {n:?}"),
            EditError::NotSameBody => write!(f, "those minutes are of another body"),
            EditError::NotEarlier => write!(f, "those minutes are not of an earlier meeting"),
            EditError::AlreadyApproved => write!(f, "those minutes are approved already"),
            EditError::EndBeforeStart => write!(f, "the meeting would end before it began"),
            EditError::TooManyVotes(cast, present) => {
                write!(f, "{cast} votes with {present} members present")
            }
            EditError::VotesAgainstOutcome(o, v, m) => {
                write!(f, "{o:?} with {} for and {} against by {m:?}", v.yes, v.no)
            }
            EditError::WithoutQuorum(n) => write!(f, "decisions without quorum: {n:?}"),
            EditError::HoldsDecisions => write!(f, "the meeting took decisions"),
            EditError::NotADraft => write!(f, "the minutes were sent"),
            EditError::Referenced => write!(f, "other minutes may refer to this meeting"),
            EditError::DateTaken => write!(f, "the body meets on that day already"),
            EditError::ApprovedRefers => write!(f, "approved minutes refer to this meeting"),
            EditError::NotAVoter(m) => write!(f, "{m} does not vote on this item"),
        }
    }
}

/// An open action item of the body, listed under the follow-up item of a new agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAction {
    /// The action item.
    pub reference: ActionItemRef,
    /// Its owner's name.
    pub owner: String,
    /// What is to be done.
    pub text: String,
    /// By when.
    pub due: Option<NaiveDate>,
}

/// What the secretary says about a new meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    /// The body that meets.
    pub body: BodyId,
    /// The day.
    pub date: NaiveDate,
    /// Start time.
    pub start: Option<NaiveTime>,
    /// Where.
    pub location: Option<String>,
}

/// A new meeting: chair and secretary from the body's seats on that day, every seated member
/// marked present (the secretary then marks the few who are not), and the body's own standard
/// agenda (else `standard`). The open action items are not written into the follow-up item's
/// minutes (the documents would show each twice): the editor lists them there as follow-ups
/// to fill in; `_open` is no longer used.
pub fn new_meeting(
    new: &NewMeeting,
    members: &Members,
    _open: &[OpenAction],
    standard: &[TemplateItem],
) -> Meeting {
    let seated: Vec<_> = members.seated(&new.body, new.date).collect();
    let with_role = |role: Role| seated.iter().find(|(_, r)| *r == role).map(|(m, _)| m.id.clone());
    let template = members.agenda_of(&new.body).unwrap_or(standard);
    let agenda = template
        .iter()
        .enumerate()
        .map(|(i, item)| AgendaItem::new(i as u32 + 1, item.title().to_owned()))
        .collect();
    Meeting {
        version: SCHEMA_VERSION,
        id: Meeting::id_for(new.date, &new.body),
        body: new.body.clone(),
        date: new.date,
        planned_as: None,
        start: new.start,
        end: None,
        location: new.location.clone(),
        chair: with_role(Role::Chair),
        secretary: with_role(Role::Secretary),
        status: MinutesStatus::Draft,
        attendance: seated
            .iter()
            .map(|(m, _)| Attendance { member: m.id.clone(), presence: Presence::Present })
            .collect(),
        guests: Vec::new(),
        approves: Vec::new(),
        agenda,
        edited_from: None,
        cancelled: false,
    }
}

pub(super) fn editable(meeting: &Meeting) -> Result<(), EditError> {
    if meeting.is_frozen() { Err(EditError::Frozen) } else { Ok(()) }
}
