//! A meeting's life beyond its minutes: called off (kept, marked cancelled), or created by
//! mistake and removed while it is still an empty draft.

use super::edit::EditError;
use super::meeting::{Meeting, MinutesStatus};

/// Marks `meeting` cancelled, or held after all (`cancelled == false`). Refused once the
/// minutes are approved, and when cancelling a meeting that took decisions (it was held).
pub fn set_cancelled(meeting: &mut Meeting, cancelled: bool) -> Result<(), EditError> {
    may_cancel(meeting, cancelled)?;
    meeting.cancelled = cancelled;
    Ok(())
}

/// Whether [`set_cancelled`] would accept, without changing anything.
pub fn may_cancel(meeting: &Meeting, cancelled: bool) -> Result<(), EditError> {
    if meeting.is_frozen() {
        return Err(EditError::Frozen);
    }
    if cancelled && has_decisions(meeting) {
        return Err(EditError::HoldsDecisions);
    }
    Ok(())
}

/// Whether `meeting` may be removed from the folder: a draft with no decisions, no action
/// items (nothing another meeting could refer to) and approving no earlier minutes.
pub fn removable(meeting: &Meeting) -> Result<(), EditError> {
    if meeting.is_frozen() {
        return Err(EditError::Frozen);
    }
    if meeting.status != MinutesStatus::Draft {
        return Err(EditError::NotADraft);
    }
    if has_decisions(meeting) {
        return Err(EditError::HoldsDecisions);
    }
    if meeting.agenda.iter().any(|i| !i.actions.is_empty()) || !meeting.approves.is_empty() {
        return Err(EditError::Referenced);
    }
    Ok(())
}

fn has_decisions(meeting: &Meeting) -> bool {
    meeting.agenda.iter().any(|i| !i.decisions.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::{AgendaItem, Decision, Outcome};

    fn meeting() -> Meeting {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/meetings/2020/2020-02-11-stuurgroep.ron"
        ))
        .unwrap();
        let mut m: Meeting = ron::from_str(&text).unwrap();
        m.status = MinutesStatus::Draft;
        m.approves.clear();
        m.agenda = vec![AgendaItem::new(1, "Opening".into())];
        m
    }

    fn decision() -> Decision {
        Decision {
            number: 1,
            text: "x".into(),
            outcome: Outcome::Adopted,
            votes: None,
            objectives: Vec::new(),
            amends: None,
            supersedes: None,
            public_summary: None,
            majority: None,
            unanimous: false,
            quorum_note: None,
            named_votes: Vec::new(),
            plan_changes: Vec::new(),
        }
    }

    #[test]
    fn a_meeting_without_decisions_is_cancelled_and_back() {
        let mut m = meeting();
        set_cancelled(&mut m, true).unwrap();
        assert!(m.cancelled);
        set_cancelled(&mut m, false).unwrap();
        assert!(!m.cancelled);
    }

    #[test]
    fn a_meeting_that_decided_or_is_approved_is_not_cancelled() {
        let mut m = meeting();
        m.agenda[0].decisions.push(decision());
        assert_eq!(set_cancelled(&mut m, true), Err(EditError::HoldsDecisions));
        let mut m = meeting();
        m.status = MinutesStatus::Approved { by: "2020-03-03-stuurgroep".into() };
        assert_eq!(set_cancelled(&mut m, true), Err(EditError::Frozen));
        assert!(!m.cancelled);
    }

    #[test]
    fn only_an_empty_draft_is_removable() {
        assert_eq!(removable(&meeting()), Ok(()));
        let mut sent = meeting();
        sent.status = MinutesStatus::Sent { on: sent.date };
        assert_eq!(removable(&sent), Err(EditError::NotADraft));
        let mut decided = meeting();
        decided.agenda[0].decisions.push(decision());
        assert_eq!(removable(&decided), Err(EditError::HoldsDecisions));
    }
}
