//! Sending the minutes and approving the previous ones.

use crate::domain::ids::BodyId;
use crate::domain::meeting::{Approval, Meeting, MinutesStatus};
use chrono::NaiveDate;

use super::decisions::unlinked_decisions;
use super::{EditError, editable};

/// Marks the minutes sent on `on`; refused while a decision serves no objective.
pub fn mark_sent(meeting: &mut Meeting, on: NaiveDate) -> Result<(), EditError> {
    editable(meeting)?;
    let unlinked = unlinked_decisions(meeting);
    if !unlinked.is_empty() {
        return Err(EditError::Unlinked(unlinked));
    }
    meeting.status = MinutesStatus::Sent { on };
    Ok(())
}

/// Takes back "sent": the minutes are a draft again (refused once approved).
pub fn unsend(meeting: &mut Meeting) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.status = MinutesStatus::Draft;
    Ok(())
}

/// The latest meeting of `body` before `date`: the one whose minutes are up for approval.
pub fn previous_meeting<'a>(
    meetings: impl Iterator<Item = &'a Meeting>,
    body: &BodyId,
    before: NaiveDate,
) -> Option<&'a Meeting> {
    meetings.filter(|m| &m.body == body && m.date < before).max_by_key(|m| m.date)
}

/// `approving` approves the minutes of `previous`: they become approved by it, and it records
/// `hash`, their content hash, which the caller computed before this call (the hash leaves
/// the status out, so approving does not change it).
pub fn approve_previous(
    approving: &mut Meeting,
    previous: &mut Meeting,
    hash: String,
) -> Result<(), EditError> {
    editable(approving)?;
    if previous.body != approving.body {
        return Err(EditError::NotSameBody);
    }
    if previous.date >= approving.date {
        return Err(EditError::NotEarlier);
    }
    if previous.is_frozen() {
        return Err(EditError::AlreadyApproved);
    }
    let unlinked = unlinked_decisions(previous);
    if !unlinked.is_empty() {
        return Err(EditError::Unlinked(unlinked));
    }
    previous.status = MinutesStatus::Approved { by: approving.id.clone() };
    approving.approves.retain(|a| a.meeting != previous.id);
    approving.approves.push(Approval { meeting: previous.id.clone(), hash });
    Ok(())
}
