//! Action items and the follow-ups of earlier ones.

use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::{ActionItem, FollowUp, FollowUpStatus, Meeting, Owner};
use chrono::NaiveDate;

use super::agenda::item_mut;
use super::{EditError, editable};

/// The next action item number of the meeting (see [`next_decision_number`]).
pub(super) fn next_action_number(meeting: &Meeting) -> u32 {
    meeting.action_items().map(|(_, a)| a.number).max().unwrap_or(0) + 1
}

/// An action item under an item; returns its number.
pub fn add_action(
    meeting: &mut Meeting,
    item: usize,
    text: String,
    owner: Owner,
    due: Option<NaiveDate>,
) -> Result<u32, EditError> {
    let number = next_action_number(meeting);
    let action = ActionItem { number, text: text.into(), owner, due, objective: None };
    item_mut(meeting, item)?.actions.push(action);
    Ok(number)
}

/// The action item with this number, to change it.
pub fn action_mut(meeting: &mut Meeting, number: u32) -> Result<&mut ActionItem, EditError> {
    editable(meeting)?;
    meeting
        .agenda
        .iter_mut()
        .flat_map(|i| i.actions.iter_mut())
        .find(|a| a.number == number)
        .ok_or(EditError::NoSuchItem)
}

/// Records where an earlier action item stands, under an item; a second follow-up of the same
/// action in this meeting replaces the first (the secretary changed their mind).
pub fn set_follow_up(
    meeting: &mut Meeting,
    item: usize,
    action: ActionItemRef,
    status: FollowUpStatus,
    note: String,
) -> Result<(), EditError> {
    editable(meeting)?;
    if item >= meeting.agenda.len() {
        return Err(EditError::NoSuchItem);
    }
    for it in &mut meeting.agenda {
        it.follow_ups.retain(|f| f.action != action);
    }
    meeting.agenda[item].follow_ups.push(FollowUp { action, status, note });
    Ok(())
}

/// Removes an action item.
pub fn remove_action(meeting: &mut Meeting, number: u32) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.actions.retain(|a| a.number != number));
    Ok(())
}

/// Removes the follow-up of an action item.
pub fn remove_follow_up(meeting: &mut Meeting, action: &ActionItemRef) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.follow_ups.retain(|f| &f.action != action));
    Ok(())
}

/// Done → ongoing → dropped → done.
pub fn next_follow_up_status(s: FollowUpStatus) -> FollowUpStatus {
    match s {
        FollowUpStatus::Done => FollowUpStatus::Ongoing,
        FollowUpStatus::Ongoing => FollowUpStatus::Dropped,
        FollowUpStatus::Dropped => FollowUpStatus::Done,
    }
}
