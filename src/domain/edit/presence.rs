//! Who is in the room for one agenda item: the meeting's attendance, changed by who arrives
//! late, leaves, or steps out for an item (a conflict of interest among them).

use crate::domain::governance::Standing;
use crate::domain::ids::MemberId;
use crate::domain::meeting::{Meeting, Movement, Outcome, Presence, PresenceChange};
use crate::domain::organisation::Members;

use super::{EditError, editable};

/// Records what `member` does at item `item` (one change per member and item; `None` takes
/// it away: the member is as the items before have them).
pub fn set_item_presence(
    meeting: &mut Meeting,
    item: usize,
    member: &MemberId,
    change: Option<Movement>,
) -> Result<(), EditError> {
    editable(meeting)?;
    let item = meeting.agenda.get_mut(item).ok_or(EditError::NoSuchItem)?;
    let at = item.presence.iter().position(|p| &p.member == member);
    match (at, change) {
        (Some(at), Some(change)) => item.presence[at].change = change,
        (None, Some(change)) => {
            item.presence.push(PresenceChange { member: member.clone(), change })
        }
        (Some(at), None) => {
            item.presence.remove(at);
        }
        (None, None) => {}
    }
    Ok(())
}

/// What `member` does at item `item`, if anything was recorded.
pub fn item_change<'a>(
    meeting: &'a Meeting,
    item: usize,
    member: &MemberId,
) -> Option<&'a Movement> {
    let item = meeting.agenda.get(item)?;
    item.presence.iter().find(|p| &p.member == member).map(|p| &p.change)
}

/// Who is in the room for item `item` (by position): the members marked present, except
/// those whose first change is arriving (they came late), with every arrival and departure of
/// the items up to this one, and without who steps out of this one or declares a conflict.
pub fn in_room(meeting: &Meeting, item: usize) -> Vec<MemberId> {
    let changes = || meeting.agenda.iter().flat_map(|i| i.presence.iter());
    let arrives_late = |m: &MemberId| {
        changes().find(|p| &p.member == m).is_some_and(|p| p.change == Movement::Arrives)
    };
    let mut room: Vec<MemberId> = meeting
        .attendance
        .iter()
        .filter(|a| a.presence == Presence::Present && !arrives_late(&a.member))
        .map(|a| a.member.clone())
        .collect();
    for (at, i) in meeting.agenda.iter().enumerate().take(item + 1) {
        for p in &i.presence {
            match p.change {
                Movement::Arrives if !room.contains(&p.member) => room.push(p.member.clone()),
                Movement::Leaves => room.retain(|m| m != &p.member),
                Movement::StepsOut | Movement::Conflict { .. } if at == item => {
                    room.retain(|m| m != &p.member)
                }
                _ => {}
            }
        }
    }
    room
}

/// The members who declared a conflict of interest for item `item`.
pub fn conflicts(meeting: &Meeting, item: usize) -> Vec<&MemberId> {
    let Some(item) = meeting.agenda.get(item) else { return Vec::new() };
    item.presence
        .iter()
        .filter(|p| matches!(p.change, Movement::Conflict { .. }))
        .map(|p| &p.member)
        .collect()
}

/// The decisions taken (not postponed) on an item for which the body had no quorum, that say
/// nothing yet about why they stand: the minutes are not sent before they do.
pub fn without_quorum(meeting: &Meeting, members: &Members) -> Vec<u32> {
    let mut out = Vec::new();
    for (at, item) in meeting.agenda.iter().enumerate() {
        let open = || {
            item.decisions
                .iter()
                .filter(|d| d.outcome != Outcome::Postponed && d.quorum_note.is_none())
        };
        if open().next().is_some() && !Standing::for_item(meeting, members, at).has_quorum() {
            out.extend(open().map(|d| d.number));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::governance::{Majority, Quorum, Standing, VoteProblem, judge};
    use crate::domain::meeting::{Attendance, NamedVote, Outcome, Vote, Votes};
    use crate::domain::organisation::{Body, BodyKind, Member, Members, Role, Seat};
    use chrono::NaiveDate;

    /// A board of five voting members (a to e), one advisory member (f) and a secretary (s);
    /// a quorum of more than half the voting members.
    fn board() -> Members {
        let member = |id: &str, role| Member {
            id: id.into(),
            name: id.to_uppercase(),
            municipality: None,
            organisation: None,
            email: None,
            roles: vec![Seat { body: "rvb".into(), role, from: None, until: None }],
        };
        let voting = ["a", "b", "c", "d", "e"].map(|id| member(id, Role::Member));
        Members {
            version: 1,
            written_as: None,
            written_from: None,
            bodies: vec![Body {
                id: "rvb".into(),
                name: "Raad van bestuur".into(),
                kind: BodyKind::Board,
                description: None,
                agenda: Vec::new(),
                quorum: Quorum::MajorityOfVoting,
                majority: Majority::Simple,
            }],
            members: voting
                .into_iter()
                .chain([member("f", Role::Advisory), member("s", Role::Secretary)])
                .collect(),
        }
    }

    /// A board meeting with four items; everyone but `e` present.
    fn meeting(members: &Members) -> Meeting {
        let new = super::super::NewMeeting {
            body: "rvb".into(),
            date: NaiveDate::from_ymd_opt(2021, 12, 14).unwrap(),
            start: None,
            location: None,
        };
        let items: Vec<_> = (1..=4)
            .map(|n| crate::domain::organisation::TemplateItem::Item(format!("Punt {n}")))
            .collect();
        let mut m = super::super::new_meeting(&new, members, &[], &items);
        m.attendance.retain(|a| a.member.as_str() != "e");
        m.attendance.push(Attendance { member: "e".into(), presence: Presence::Excused });
        m
    }

    fn voters(m: &Meeting, ms: &Members, item: usize) -> usize {
        Standing::for_item(m, ms, item).present.len()
    }

    #[test]
    fn who_votes_on_each_item_follows_arrivals_departures_and_conflicts() {
        let ms = board();
        let mut m = meeting(&ms);
        let conflict = Movement::Conflict { reason: Some("voorzitter van de vzw".into()) };
        set_item_presence(&mut m, 1, &"a".into(), Some(Movement::Arrives)).unwrap();
        set_item_presence(&mut m, 2, &"b".into(), Some(conflict)).unwrap();
        set_item_presence(&mut m, 2, &"c".into(), Some(Movement::StepsOut)).unwrap();
        set_item_presence(&mut m, 3, &"d".into(), Some(Movement::Leaves)).unwrap();
        // Item by item: a arrives at 2; b and c are out for 3 only; d leaves at 4. The
        // advisory member and the secretary never count.
        let table = [(0, 3), (1, 4), (2, 2), (3, 3)];
        for (item, expected) in table {
            assert_eq!(voters(&m, &ms, item), expected, "item {}", item + 1);
        }
        assert_eq!(conflicts(&m, 2), [&MemberId::from("b")]);
        // Quorum: 3 of 5 is needed; item 3 has 2.
        let has = |item| Standing::for_item(&m, &ms, item).has_quorum();
        assert_eq!([0, 1, 2, 3].map(has), [true, true, false, true]);
        // Taking a change away puts the member back as the items before have them.
        set_item_presence(&mut m, 2, &"c".into(), None).unwrap();
        assert_eq!(voters(&m, &ms, 2), 3);
    }

    #[test]
    fn votes_are_judged_by_who_is_in_the_room_for_the_item_and_the_decisions_majority() {
        let ms = board();
        let mut m = meeting(&ms);
        set_item_presence(&mut m, 1, &"b".into(), Some(Movement::Conflict { reason: None }))
            .unwrap();
        let n = super::super::add_decision(&mut m, 1, "De begroting.".into()).unwrap();
        // Four votes with three voting members in the room for the item: refused.
        let four = Votes { yes: 3, no: 1, abstain: 0 };
        let err = super::super::set_votes(&mut m, n, Some(four), Some(&ms));
        assert_eq!(err, Err(EditError::TooManyVotes(4, 3)));
        // 2 for, 1 against: adopted by a simple majority.
        let votes = Votes { yes: 2, no: 1, abstain: 0 };
        super::super::set_votes(&mut m, n, Some(votes), Some(&ms)).unwrap();
        let outcome =
            super::super::set_majority(&mut m, n, Some(Majority::Absolute), Some(&ms)).unwrap();
        // Absolute: more than half of the three present, 2 > 1.5: adopted.
        assert_eq!(outcome, Outcome::Adopted);
        let votes = Votes { yes: 1, no: 1, abstain: 1 };
        let err = super::super::set_votes(&mut m, n, Some(votes), Some(&ms));
        assert_eq!(
            err,
            Err(EditError::VotesAgainstOutcome(Outcome::Adopted, votes, Majority::Absolute))
        );
        // The judge agrees with the editor on the item's standing.
        let s = Standing::for_item(&m, &ms, 1);
        let d = m.decisions().next().unwrap().1;
        assert!(judge(d, &s).is_empty());
        let mut d = d.clone();
        d.votes = Some(Votes { yes: 4, no: 0, abstain: 0 });
        assert_eq!(judge(&d, &s), [VoteProblem::MoreVotesThanVoters { cast: 4, present: 3 }]);
    }

    #[test]
    fn a_unanimous_decision_has_no_counts_and_is_never_rejected() {
        let ms = board();
        let mut m = meeting(&ms);
        let n = super::super::add_decision(&mut m, 0, "Het verslag.".into()).unwrap();
        super::super::set_unanimous(&mut m, n).unwrap();
        let outcomes: Vec<Outcome> =
            (0..3).map(|_| super::super::cycle_outcome(&mut m, n, Some(&ms)).unwrap()).collect();
        assert_eq!(outcomes, [Outcome::Postponed, Outcome::Adopted, Outcome::Postponed]);
        let d = m.decisions().next().unwrap().1;
        assert!(d.unanimous && d.votes.is_none());
    }

    fn by_name(pairs: &[(&str, Vote)]) -> Vec<NamedVote> {
        pairs.iter().map(|(m, vote)| NamedVote { member: (*m).into(), vote: *vote }).collect()
    }

    #[test]
    fn a_vote_by_name_sets_the_counts_and_refuses_who_cannot_vote_on_the_item() {
        use crate::domain::governance::{NameProblem, judge_names};
        use Vote::*;
        let ms = board();
        let mut m = meeting(&ms);
        set_item_presence(&mut m, 1, &"b".into(), Some(Movement::Conflict { reason: None }))
            .unwrap();
        let n = super::super::add_decision(&mut m, 1, "De subsidie.".into()).unwrap();
        // b declared a conflict, e is excused, f is advisory: none of them votes by name.
        for who in ["b", "e", "f"] {
            let named = by_name(&[("a", Yes), (who, Yes)]);
            let err = super::super::set_named_votes(&mut m, n, named, Some(&ms));
            assert_eq!(err, Err(EditError::NotAVoter(who.into())), "{who}");
        }
        let twice = by_name(&[("a", Yes), ("a", No)]);
        let err = super::super::set_named_votes(&mut m, n, twice, Some(&ms));
        assert_eq!(err, Err(EditError::NotAVoter("a".into())));
        // Against the outcome (adopted): refused as typed counts are, nothing written.
        let against = by_name(&[("a", No), ("c", No), ("d", Yes)]);
        let err = super::super::set_named_votes(&mut m, n, against, Some(&ms));
        assert!(matches!(err, Err(EditError::VotesAgainstOutcome(..))), "{err:?}");
        assert!(m.decisions().next().unwrap().1.named_votes.is_empty());
        let named = by_name(&[("a", Yes), ("c", Yes), ("d", Abstain)]);
        super::super::set_named_votes(&mut m, n, named.clone(), Some(&ms)).unwrap();
        let d = m.decisions().next().unwrap().1;
        assert_eq!((d.votes, &d.named_votes), (Some(Votes { yes: 2, no: 0, abstain: 1 }), &named));
        assert!(judge_names(d, &m, Some(&ms), 1).is_empty());
        // check's view of a file written by hand: b voted despite the conflict, counts off.
        let mut d = d.clone();
        d.named_votes.push(NamedVote { member: "b".into(), vote: No });
        assert_eq!(
            judge_names(&d, &m, Some(&ms), 1),
            [
                NameProblem::Conflicted("b".into()),
                NameProblem::CountsDiffer {
                    named: Votes { yes: 2, no: 1, abstain: 1 },
                    counted: Some(Votes { yes: 2, no: 0, abstain: 1 })
                }
            ]
        );
        // Counts typed over the names: other counts drop the names, the same keep them.
        super::super::set_votes(&mut m, n, Some(Votes { yes: 2, no: 0, abstain: 1 }), Some(&ms))
            .unwrap();
        assert_eq!(m.decisions().next().unwrap().1.named_votes.len(), 3);
        super::super::set_votes(&mut m, n, Some(Votes { yes: 3, no: 0, abstain: 0 }), Some(&ms))
            .unwrap();
        assert!(m.decisions().next().unwrap().1.named_votes.is_empty());
    }
}
