//! Decisions: added, linked to objectives, voted on, their outcome, removed.

use crate::domain::governance::{Majority, Standing, carried, misnamed, tally};
use crate::domain::ids::ObjectiveId;
use crate::domain::meeting::{Decision, Meeting, NamedVote, Outcome, Votes};
use crate::domain::organisation::Members;

use super::agenda::item_mut;
use super::presence::in_room;
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
        text: text.into(),
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

/// How decision `number` is counted: the most votes it may get (the voting members in the
/// room for its item; everyone in the room without `members` or without voting members on
/// record) and the majority it needs (its own, else the body's).
pub fn vote_rule(
    meeting: &Meeting,
    number: u32,
    members: Option<&Members>,
) -> Result<(usize, Majority), EditError> {
    let at = meeting.item_of_decision(number).ok_or(EditError::NoSuchItem)?;
    let own =
        meeting.agenda[at].decisions.iter().find(|d| d.number == number).and_then(|d| d.majority);
    let room = in_room(meeting, at);
    Ok(match members.map(|ms| Standing::for_item(meeting, ms, at)) {
        Some(s) => (s.voters(room).len(), own.unwrap_or(s.majority)),
        None => (room.len(), own.unwrap_or_default()),
    })
}

/// Sets the votes of decision `number` (None takes them away): refused when more are cast
/// than may vote on its item, or when they carry another outcome than it has. A vote by name
/// that adds up to other counts goes: the counts typed are the newer word.
pub fn set_votes(
    meeting: &mut Meeting,
    number: u32,
    votes: Option<Votes>,
    members: Option<&Members>,
) -> Result<(), EditError> {
    let (ceiling, majority) = vote_rule(meeting, number, members)?;
    let d = decision_mut(meeting, number)?;
    if let Some(v) = votes {
        let cast = v.yes + v.no + v.abstain;
        if cast as usize > ceiling {
            return Err(EditError::TooManyVotes(cast, ceiling));
        }
        votes_fit(d.outcome, v, majority, ceiling)?;
    }
    if votes != Some(tally(&d.named_votes)) {
        d.named_votes.clear();
    }
    d.votes = votes;
    d.unanimous = false;
    Ok(())
}

/// Records decision `number` as adopted unanimously, without counts (nor names).
pub fn set_unanimous(meeting: &mut Meeting, number: u32) -> Result<(), EditError> {
    let d = decision_mut(meeting, number)?;
    (d.votes, d.unanimous, d.outcome) = (None, true, Outcome::Adopted);
    d.named_votes.clear();
    Ok(())
}

/// Records who voted how on decision `number`; its counts follow from the names and are
/// refused as typed counts are. Each name must be a voting member in the room for the item
/// (not who declared a conflict of interest), once. No names: the names go, the counts stay.
pub fn set_named_votes(
    meeting: &mut Meeting,
    number: u32,
    named: Vec<NamedVote>,
    members: Option<&Members>,
) -> Result<(), EditError> {
    if named.is_empty() {
        decision_mut(meeting, number)?.named_votes.clear();
        return Ok(());
    }
    let at = meeting.item_of_decision(number).ok_or(EditError::NoSuchItem)?;
    use crate::domain::governance::NameProblem as P;
    match misnamed(&named, meeting, members, at).into_iter().next() {
        Some(P::Twice(m) | P::Conflicted(m) | P::NotAVoter(m)) => {
            return Err(EditError::NotAVoter(m));
        }
        Some(P::CountsDiffer { .. }) | None => {}
    }
    set_votes(meeting, number, Some(tally(&named)), members)?;
    decision_mut(meeting, number)?.named_votes = named;
    Ok(())
}

/// Sets the majority decision `number` needs (None: the body's); its outcome follows what
/// its votes carry by it.
pub fn set_majority(
    meeting: &mut Meeting,
    number: u32,
    majority: Option<Majority>,
    members: Option<&Members>,
) -> Result<Outcome, EditError> {
    decision_mut(meeting, number)?.majority = majority;
    let (present, majority) = vote_rule(meeting, number, members)?;
    let d = decision_mut(meeting, number)?;
    if let Some(v) = d.votes
        && d.outcome != Outcome::Postponed
    {
        d.outcome = carried(v, majority, present);
    }
    Ok(d.outcome)
}

/// Whether `votes` carry `outcome` by `majority` with `present` voting (postponed goes with
/// any).
pub fn votes_fit(
    outcome: Outcome,
    votes: Votes,
    majority: Majority,
    present: usize,
) -> Result<(), EditError> {
    if outcome == Outcome::Postponed || carried(votes, majority, present) == outcome {
        Ok(())
    } else {
        Err(EditError::VotesAgainstOutcome(outcome, votes, majority))
    }
}

/// The next outcome of decision `number` that its votes allow (adopted, rejected, postponed
/// in turn; with 12 for and 0 against, rejected is passed over); a unanimous decision is
/// adopted or postponed.
pub fn cycle_outcome(
    meeting: &mut Meeting,
    number: u32,
    members: Option<&Members>,
) -> Result<Outcome, EditError> {
    let (present, majority) = vote_rule(meeting, number, members)?;
    let d = decision_mut(meeting, number)?;
    let mut next = next_outcome(d.outcome);
    while let Some(v) = d.votes
        && votes_fit(next, v, majority, present).is_err()
    {
        next = next_outcome(next);
    }
    if d.unanimous && next == Outcome::Rejected {
        next = Outcome::Postponed;
    }
    d.outcome = next;
    Ok(next)
}
