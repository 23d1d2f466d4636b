//! Decisions: added, linked to objectives, voted on, their outcome, removed.

use crate::domain::ids::ObjectiveId;
use crate::domain::meeting::{Decision, Meeting, Outcome, Presence, Votes};

use super::agenda::item_mut;
use super::{EditError, editable};

/// The next decision number of the meeting. The highest plus one: a number taken by a
/// decision that was then removed in the same session may come back, but never one that
/// another decision of the meeting still has.
pub(super) fn next_decision_number(meeting: &Meeting) -> u32 {
    meeting.decisions().map(|(_, d)| d.number).max().unwrap_or(0) + 1
}

/// A decision under an item, adopted and not yet linked; returns its number.
pub fn add_decision(meeting: &mut Meeting, item: usize, text: String) -> Result<u32, EditError> {
    let number = next_decision_number(meeting);
    item_mut(meeting, item)?.decisions.push(Decision {
        number,
        text,
        outcome: Outcome::Adopted,
        votes: None,
        objectives: Vec::new(),
        amends: None,
        supersedes: None,
        public_summary: None,
    });
    Ok(number)
}

/// The decision with this number, to change it.
pub fn decision_mut(meeting: &mut Meeting, number: u32) -> Result<&mut Decision, EditError> {
    editable(meeting)?;
    meeting
        .agenda
        .iter_mut()
        .flat_map(|i| i.decisions.iter_mut())
        .find(|d| d.number == number)
        .ok_or(EditError::NoSuchItem)
}

/// Adds an objective to a decision, or takes it away when it was there.
pub fn toggle_objective(
    meeting: &mut Meeting,
    number: u32,
    objective: ObjectiveId,
) -> Result<(), EditError> {
    let d = decision_mut(meeting, number)?;
    match d.objectives.iter().position(|o| *o == objective) {
        Some(i) => {
            d.objectives.remove(i);
        }
        None => d.objectives.push(objective),
    }
    Ok(())
}

/// Adopted → rejected → postponed → adopted.
pub fn next_outcome(o: Outcome) -> Outcome {
    match o {
        Outcome::Adopted => Outcome::Rejected,
        Outcome::Rejected => Outcome::Postponed,
        Outcome::Postponed => Outcome::Adopted,
    }
}

/// Removes a decision (its number is not reused while another decision has a higher one).
pub fn remove_decision(meeting: &mut Meeting, number: u32) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.decisions.retain(|d| d.number != number));
    Ok(())
}

/// The numbers of the decisions that serve no objective yet.
pub fn unlinked_decisions(meeting: &Meeting) -> Vec<u32> {
    meeting.decisions().filter(|(_, d)| d.objectives.is_empty()).map(|(_, d)| d.number).collect()
}

/// Sets the votes of decision `number` (None takes them away): refused when more are cast
/// than members are present, or when they contradict its outcome.
pub fn set_votes(
    meeting: &mut Meeting,
    number: u32,
    votes: Option<Votes>,
) -> Result<(), EditError> {
    let present = meeting.attendance.iter().filter(|a| a.presence == Presence::Present).count();
    let d = decision_mut(meeting, number)?;
    if let Some(v) = votes {
        let cast = v.yes + v.no + v.abstain;
        if cast as usize > present {
            return Err(EditError::TooManyVotes(cast, present));
        }
        votes_fit(d.outcome, v)?;
    }
    d.votes = votes;
    Ok(())
}

/// Whether `votes` can go with `outcome` (postponed goes with any).
pub fn votes_fit(outcome: Outcome, votes: Votes) -> Result<(), EditError> {
    let against = match outcome {
        Outcome::Adopted => votes.no > votes.yes,
        Outcome::Rejected => votes.yes > votes.no,
        Outcome::Postponed => false,
    };
    if against { Err(EditError::VotesAgainstOutcome(outcome, votes)) } else { Ok(()) }
}

/// The next outcome of decision `number` that its votes allow (adopted, rejected, postponed
/// in turn; with 12 for and 0 against, rejected is passed over).
pub fn cycle_outcome(meeting: &mut Meeting, number: u32) -> Result<Outcome, EditError> {
    let d = decision_mut(meeting, number)?;
    let mut next = next_outcome(d.outcome);
    while let Some(v) = d.votes
        && votes_fit(next, v).is_err()
    {
        next = next_outcome(next);
    }
    d.outcome = next;
    Ok(next)
}
