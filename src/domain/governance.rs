//! The rules by which a body decides: who votes, whether enough of them are present (quorum)
//! and what the votes carry (majority). Pure: the editor, `check` and the documents ask here,
//! so that all of them judge a decision alike.

use super::edit::{conflicts, in_room};
use super::ids::MemberId;
use super::meeting::{Decision, Meeting, NamedVote, Outcome, Presence, Vote, Votes};
use super::organisation::Members;
use serde::{Deserialize, Serialize};

/// How many voting members must be present for a body to decide.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Quorum {
    /// No quorum: an advisory body such as the steering group decides by consensus.
    #[default]
    None,
    /// More than half of the body's voting members present.
    MajorityOfVoting,
    /// At least two thirds of the body's voting members present.
    TwoThirdsOfVoting,
}

/// How many votes carry a proposal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Majority {
    /// More votes for than against; abstentions are not votes cast.
    #[default]
    Simple,
    /// At least two thirds of the votes cast (for and against) are for.
    TwoThirds,
    /// More votes for than half of the voting members present for the item.
    Absolute,
}

/// Where a body stands for one agenda item: how many of its members vote, and how many of
/// them are present for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// The body's quorum rule.
    pub quorum: Quorum,
    /// The body's default majority.
    pub majority: Majority,
    /// The voting members seated in the body on the meeting's day.
    pub voting: usize,
    /// Those of them present for the item.
    pub present: Vec<MemberId>,
}

impl Standing {
    /// The body's standing for `meeting` as a whole (its attendance, before any item).
    pub fn of(meeting: &Meeting, members: &Members) -> Self {
        let present = meeting
            .attendance
            .iter()
            .filter(|a| a.presence == Presence::Present)
            .map(|a| a.member.clone())
            .collect();
        Self::among(meeting, members, present)
    }

    /// The body's standing for the agenda item at `item` (by position): who is in the room
    /// for it, after late arrivals, departures, and without who stepped out or declared a
    /// conflict of interest.
    pub fn for_item(meeting: &Meeting, members: &Members, item: usize) -> Self {
        Self::among(meeting, members, in_room(meeting, item))
    }

    /// The standing with `in_room` present: its voting members count.
    fn among(meeting: &Meeting, members: &Members, in_room: Vec<MemberId>) -> Self {
        let body = members.body(&meeting.body);
        let voting: Vec<&MemberId> = members
            .seated(&meeting.body, meeting.date)
            .filter(|(_, role)| role.votes())
            .map(|(m, _)| &m.id)
            .collect();
        let present = in_room.into_iter().filter(|m| voting.contains(&m)).collect();
        Standing {
            quorum: body.map(|b| b.quorum).unwrap_or_default(),
            majority: body.map(|b| b.majority).unwrap_or_default(),
            voting: voting.len(),
            present,
        }
    }

    /// How many of `voting` members must be present under `quorum`; `None` without one.
    pub fn needed_for(quorum: Quorum, voting: usize) -> Option<usize> {
        match quorum {
            Quorum::None => None,
            Quorum::MajorityOfVoting => Some(voting / 2 + 1),
            Quorum::TwoThirdsOfVoting => Some((2 * voting).div_ceil(3)),
        }
    }

    /// How many voting members must be present; `None` when the body has no quorum.
    pub fn needed(&self) -> Option<usize> {
        Self::needed_for(self.quorum, self.voting)
    }

    /// Who may vote (`in_room`: everyone in the room): the voting members present; everyone
    /// in the room when the body has no voting members on record.
    pub fn voters(&self, in_room: Vec<MemberId>) -> Vec<MemberId> {
        if self.voting > 0 { self.present.clone() } else { in_room }
    }

    /// Whether the body can decide: its quorum is reached, or it has none.
    pub fn has_quorum(&self) -> bool {
        self.needed().is_none_or(|n| self.present.len() >= n)
    }
}

/// The outcome the votes carry under `majority`, with `present` voting members present:
/// adopted or rejected (a tie rejects).
pub fn carried(votes: Votes, majority: Majority, present: usize) -> Outcome {
    let (yes, no) = (u64::from(votes.yes), u64::from(votes.no));
    let adopted = match majority {
        Majority::Simple => yes > no,
        Majority::TwoThirds => yes > 0 && 3 * yes >= 2 * (yes + no),
        Majority::Absolute => 2 * yes > present as u64,
    };
    if adopted { Outcome::Adopted } else { Outcome::Rejected }
}

/// What is wrong with a decision's votes, given where the body stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteProblem {
    /// More votes cast (for, against, abstaining) than voting members present.
    MoreVotesThanVoters {
        /// The votes cast.
        cast: u32,
        /// The voting members present.
        present: usize,
    },
    /// The recorded outcome is not what the votes carry.
    OutcomeAgainstVotes {
        /// What the votes carry.
        carried: Outcome,
        /// The majority it was judged by.
        majority: Majority,
    },
    /// The body decided without its quorum.
    NoQuorum {
        /// The voting members present.
        present: usize,
        /// How many must be.
        needed: usize,
    },
}

/// Everything wrong with `decision` under `standing` (its majority when it names one, else
/// the body's): nothing for a postponed decision's outcome, nothing about counts when there
/// was no vote (consensus, unanimity).
pub fn judge(decision: &Decision, standing: &Standing) -> Vec<VoteProblem> {
    let mut problems = Vec::new();
    let present = standing.present.len();
    if decision.outcome != Outcome::Postponed
        && let Some(needed) = standing.needed()
        && present < needed
    {
        problems.push(VoteProblem::NoQuorum { present, needed });
    }
    let Some(votes) = decision.votes else { return problems };
    let cast = votes.yes + votes.no + votes.abstain;
    // A body without voting members on record (the steering group) cannot be counted.
    if standing.voting > 0 && cast as usize > present {
        problems.push(VoteProblem::MoreVotesThanVoters { cast, present });
    }
    let majority = decision.majority.unwrap_or(standing.majority);
    let carried = carried(votes, majority, present);
    if decision.outcome != Outcome::Postponed && decision.outcome != carried {
        problems.push(VoteProblem::OutcomeAgainstVotes { carried, majority });
    }
    problems
}

/// The counts a vote by name adds up to.
pub fn tally(named: &[NamedVote]) -> Votes {
    let count = |v: Vote| named.iter().filter(|n| n.vote == v).count() as u32;
    Votes { yes: count(Vote::Yes), no: count(Vote::No), abstain: count(Vote::Abstain) }
}

/// Who may vote by name on the item at `item`: the voting members in the room for it
/// (everyone in the room when the body has no voting members on record, or without members).
pub fn voters(meeting: &Meeting, members: Option<&Members>, item: usize) -> Vec<MemberId> {
    let room = in_room(meeting, item);
    match members {
        Some(ms) => Standing::for_item(meeting, ms, item).voters(room),
        None => room,
    }
}

/// What is wrong with a vote by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// The member declared a conflict of interest for the item, and still voted.
    Conflicted(MemberId),
    /// The member has no vote, or was not in the room for the item.
    NotAVoter(MemberId),
    /// The member is named more than once.
    Twice(MemberId),
    /// The names add up to other counts than the decision's own.
    CountsDiffer {
        /// What the names add up to.
        named: Votes,
        /// The decision's counts (none: not counted).
        counted: Option<Votes>,
    },
}

/// Everything wrong with the vote by name of `decision`, taken at the item at `item`.
pub fn judge_names(
    decision: &Decision,
    meeting: &Meeting,
    members: Option<&Members>,
    item: usize,
) -> Vec<NameProblem> {
    let named = &decision.named_votes;
    if named.is_empty() {
        return Vec::new();
    }
    let mut problems = misnamed(named, meeting, members, item);
    let sum = tally(named);
    if decision.votes != Some(sum) {
        problems.push(NameProblem::CountsDiffer { named: sum, counted: decision.votes });
    }
    problems
}

/// The names of a vote by name at the item at `item` that may not stand, in order: named
/// twice, conflicted, or no voter in the room for it.
pub fn misnamed(
    named: &[NamedVote],
    meeting: &Meeting,
    members: Option<&Members>,
    item: usize,
) -> Vec<NameProblem> {
    let (voters, conflicted) = (voters(meeting, members, item), conflicts(meeting, item));
    let mut problems = Vec::new();
    for (at, n) in named.iter().enumerate() {
        if named[..at].iter().any(|earlier| earlier.member == n.member) {
            problems.push(NameProblem::Twice(n.member.clone()));
        } else if conflicted.contains(&&n.member) {
            problems.push(NameProblem::Conflicted(n.member.clone()));
        } else if !voters.contains(&n.member) {
            problems.push(NameProblem::NotAVoter(n.member.clone()));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(yes: u32, no: u32, abstain: u32) -> Votes {
        Votes { yes, no, abstain }
    }

    fn standing(quorum: Quorum, majority: Majority, voting: usize, present: usize) -> Standing {
        let present = (0..present).map(|i| MemberId::from(format!("lid-{i}").as_str())).collect();
        Standing { quorum, majority, voting, present }
    }

    fn decision(outcome: Outcome, v: Option<Votes>) -> Decision {
        Decision {
            number: 1,
            text: "Besluit.".into(),
            outcome,
            votes: v,
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
    fn what_the_votes_carry_by_each_majority() {
        use Majority::*;
        use Outcome::*;
        let table = [
            (votes(8, 7, 0), Simple, 15, Adopted),
            (votes(7, 7, 1), Simple, 15, Rejected),
            (votes(3, 2, 10), Simple, 15, Adopted),
            (votes(10, 5, 0), TwoThirds, 15, Adopted),
            (votes(9, 5, 1), TwoThirds, 15, Rejected),
            (votes(0, 0, 4), TwoThirds, 4, Rejected),
            (votes(8, 0, 7), Absolute, 15, Adopted),
            (votes(7, 0, 8), Absolute, 15, Rejected),
        ];
        for (v, majority, present, expected) in table {
            assert_eq!(carried(v, majority, present), expected, "{v:?} by {majority:?}");
        }
    }

    #[test]
    fn quorum_of_more_than_half_and_two_thirds_of_the_voting_members() {
        use Quorum::*;
        let table = [
            (MajorityOfVoting, 15, 8, true),
            (MajorityOfVoting, 15, 7, false),
            (MajorityOfVoting, 14, 7, false),
            (MajorityOfVoting, 14, 8, true),
            (TwoThirdsOfVoting, 15, 10, true),
            (TwoThirdsOfVoting, 15, 9, false),
            (None, 15, 0, true),
        ];
        for (quorum, voting, present, reached) in table {
            let s = standing(quorum, Majority::Simple, voting, present);
            assert_eq!(s.has_quorum(), reached, "{quorum:?} {present}/{voting}");
        }
    }

    #[test]
    fn twenty_votes_with_fourteen_present_and_rejected_with_twelve_for_are_both_wrong() {
        let s = standing(Quorum::MajorityOfVoting, Majority::Simple, 15, 14);
        let problems = judge(&decision(Outcome::Adopted, Some(votes(20, 0, 0))), &s);
        assert_eq!(problems, vec![VoteProblem::MoreVotesThanVoters { cast: 20, present: 14 }]);
        let problems = judge(&decision(Outcome::Rejected, Some(votes(12, 0, 1))), &s);
        assert_eq!(
            problems,
            vec![VoteProblem::OutcomeAgainstVotes {
                carried: Outcome::Adopted,
                majority: Majority::Simple
            }]
        );
    }

    #[test]
    fn a_decision_without_quorum_is_flagged_and_a_postponed_one_is_not() {
        let s = standing(Quorum::MajorityOfVoting, Majority::Simple, 15, 6);
        assert_eq!(
            judge(&decision(Outcome::Adopted, None), &s),
            vec![VoteProblem::NoQuorum { present: 6, needed: 8 }]
        );
        assert!(judge(&decision(Outcome::Postponed, None), &s).is_empty());
    }

    #[test]
    fn a_two_thirds_vote_that_falls_short_says_by_which_majority() {
        let s = standing(Quorum::MajorityOfVoting, Majority::TwoThirds, 15, 15);
        let problems = judge(&decision(Outcome::Adopted, Some(votes(9, 6, 0))), &s);
        assert_eq!(
            problems,
            vec![VoteProblem::OutcomeAgainstVotes {
                carried: Outcome::Rejected,
                majority: Majority::TwoThirds
            }]
        );
    }

    #[test]
    fn an_advisory_body_without_voting_members_is_never_counted_short() {
        let s = standing(Quorum::None, Majority::Simple, 0, 0);
        assert!(judge(&decision(Outcome::Adopted, Some(votes(9, 1, 0))), &s).is_empty());
    }
}
