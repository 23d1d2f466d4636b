//! Who is there: presence, guests, the meeting's times and place.

use crate::domain::ids::MemberId;
use crate::domain::meeting::{Attendance, Guest, Meeting, Presence};
use chrono::NaiveTime;

use super::{EditError, editable};

/// Sets a member's presence, adding them when they were not listed.
pub fn set_presence(
    meeting: &mut Meeting,
    member: &MemberId,
    presence: Presence,
) -> Result<(), EditError> {
    editable(meeting)?;
    match meeting.attendance.iter_mut().find(|a| &a.member == member) {
        Some(a) => a.presence = presence,
        None => meeting.attendance.push(Attendance { member: member.clone(), presence }),
    }
    Ok(())
}

/// Present → excused → absent → present.
pub fn next_presence(p: Presence) -> Presence {
    match p {
        Presence::Present => Presence::Excused,
        Presence::Excused => Presence::Absent,
        Presence::Absent => Presence::Present,
    }
}

/// A guest by name.
pub fn add_guest(meeting: &mut Meeting, name: String) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.guests.push(Guest { name, organisation: None });
    Ok(())
}

/// Removes the guest at `index` (in the order they were added).
pub fn remove_guest(meeting: &mut Meeting, index: usize) -> Result<(), EditError> {
    editable(meeting)?;
    if index >= meeting.guests.len() {
        return Err(EditError::NoSuchItem);
    }
    meeting.guests.remove(index);
    Ok(())
}

/// When the meeting began and ended; an end before the start is refused.
pub fn set_times(
    meeting: &mut Meeting,
    start: Option<NaiveTime>,
    end: Option<NaiveTime>,
) -> Result<(), EditError> {
    editable(meeting)?;
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        return Err(EditError::EndBeforeStart);
    }
    meeting.start = start;
    meeting.end = end;
    Ok(())
}

/// Where the meeting is held; empty takes it away.
pub fn set_location(meeting: &mut Meeting, location: String) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.location = Some(location).filter(|l| !l.trim().is_empty());
    Ok(())
}

/// How many are present, excused and absent.
pub fn attendance_counts(meeting: &Meeting) -> (usize, usize, usize) {
    let count = |p| meeting.attendance.iter().filter(|a| a.presence == p).count();
    (count(Presence::Present), count(Presence::Excused), count(Presence::Absent))
}
