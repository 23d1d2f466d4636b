//! The agenda: items added, renamed, moved and removed, and the time stamp put before what is said.

use crate::domain::meeting::{AgendaItem, Meeting};
use chrono::NaiveTime;

use super::{EditError, editable};

pub(super) fn item_mut(meeting: &mut Meeting, item: usize) -> Result<&mut AgendaItem, EditError> {
    editable(meeting)?;
    meeting.agenda.get_mut(item).ok_or(EditError::NoSuchItem)
}

/// Agenda numbers are places on the agenda; decision and action numbers are ids and never
/// change.
pub(super) fn renumber(meeting: &mut Meeting) {
    for (i, item) in meeting.agenda.iter_mut().enumerate() {
        item.number = i as u32 + 1;
    }
}

/// A new, empty agenda item at place `at` (clamped to the end).
pub fn add_item(meeting: &mut Meeting, at: usize, title: String) -> Result<usize, EditError> {
    editable(meeting)?;
    let at = at.min(meeting.agenda.len());
    meeting.agenda.insert(at, AgendaItem::new(0, title));
    renumber(meeting);
    Ok(at)
}

/// Renames an agenda item.
pub fn rename_item(meeting: &mut Meeting, item: usize, title: String) -> Result<(), EditError> {
    item_mut(meeting, item)?.title = title.into();
    Ok(())
}

/// Removes an agenda item that holds no decisions, action items or follow-ups (those are
/// referred to by id; removing them is a deliberate edit of their own).
pub fn remove_item(meeting: &mut Meeting, item: usize) -> Result<(), EditError> {
    if !item_mut(meeting, item)?.is_empty() {
        return Err(EditError::ItemNotEmpty);
    }
    meeting.agenda.remove(item);
    renumber(meeting);
    Ok(())
}

/// Moves an agenda item one place up (`up`) or down; returns its new place.
pub fn move_item(meeting: &mut Meeting, item: usize, up: bool) -> Result<usize, EditError> {
    item_mut(meeting, item)?;
    let to = if up { item.checked_sub(1) } else { Some(item + 1) };
    let Some(to) = to.filter(|t| *t < meeting.agenda.len()) else { return Ok(item) };
    meeting.agenda.swap(item, to);
    renumber(meeting);
    Ok(to)
}

/// "[19:42] ", the stamp a secretary puts before what is said at that time.
pub fn stamp(time: NaiveTime) -> String {
    format!("[{}] ", time.format("%H:%M"))
}

/// Marks item `item` closed (besloten) or public; returns whether it is closed now.
pub fn toggle_closed(meeting: &mut Meeting, item: usize) -> Result<bool, EditError> {
    let item = item_mut(meeting, item)?;
    item.closed = !item.closed;
    Ok(item.closed)
}
