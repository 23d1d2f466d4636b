//! Action items with their status, derived from the follow-ups recorded in later meetings and
//! in their owners' update files.

use crate::domain::ids::{ActionItemRef, BodyId, ObjectiveId};
use crate::domain::meeting::{FollowUpStatus, Meeting, Text};
use crate::domain::updates::MemberUpdates;
use chrono::NaiveDate;

/// Where an action item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionStatus {
    /// Not followed up, or followed up as ongoing.
    Open,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}

/// One follow-up, from a meeting or from the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// The day.
    pub date: NaiveDate,
    /// What it said.
    pub status: FollowUpStatus,
    /// The note.
    pub note: String,
}

/// An action item with where it was agreed and its status.
#[derive(Debug, Clone)]
pub struct ActionEntry {
    /// `<meeting>/A<number>`.
    pub reference: ActionItemRef,
    /// The body whose meeting agreed it.
    pub body: BodyId,
    /// The day it was agreed.
    pub date: NaiveDate,
    /// What is to be done (the folder's copy, shared).
    pub text: Text,
    /// Who does it.
    pub owner: crate::domain::meeting::Owner,
    /// By when.
    pub due: Option<NaiveDate>,
    /// The objective it serves.
    pub objective: Option<ObjectiveId>,
    /// Its follow-ups, oldest first.
    pub updates: Vec<Update>,
}

impl ActionEntry {
    /// The status after the latest follow-up.
    pub fn status(&self) -> ActionStatus {
        match self.updates.last().map(|u| u.status) {
            Some(FollowUpStatus::Done) => ActionStatus::Done,
            Some(FollowUpStatus::Dropped) => ActionStatus::Dropped,
            Some(FollowUpStatus::Ongoing) | None => ActionStatus::Open,
        }
    }

    /// Open and past its due date on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status() == ActionStatus::Open && self.due.is_some_and(|d| d < today)
    }
}

/// Every action item, oldest first, with the follow-ups from meetings and update files.
pub fn index_actions<'a>(
    meetings: impl Iterator<Item = &'a Meeting> + Clone,
    updates: impl Iterator<Item = &'a MemberUpdates>,
) -> Vec<ActionEntry> {
    // Counted first, so the list is made once at its length (see `index_decisions`).
    let count = meetings.clone().flat_map(|m| &m.agenda).map(|i| i.actions.len()).sum();
    let mut entries = Vec::with_capacity(count);
    for m in meetings.clone() {
        entries.extend(m.action_items().map(|(_, a)| ActionEntry {
            reference: ActionItemRef::new(&m.id, a.number),
            body: m.body.clone(),
            date: m.date,
            text: a.text.clone(),
            owner: a.owner.clone(),
            due: a.due,
            objective: a.objective.clone(),
            updates: Vec::new(),
        }));
    }
    let from_meetings = meetings.flat_map(|m| {
        m.follow_ups().map(move |(_, f)| (m.date, f.action.clone(), f.status, f.note.clone()))
    });
    let from_owners = updates.flat_map(|u| {
        u.updates.iter().map(|x| (x.date, x.action.clone(), x.status, x.note.clone()))
    });
    super::link::follow_actions(&mut entries, from_meetings.chain(from_owners));
    entries
}
