//! The body's rules on every decision: votes that add up to no more than the voting members
//! in the room for its item (late arrivals, departures and conflicts of interest counted), an
//! outcome the votes carry under its majority, a quorum for its item (see
//! `domain::governance`); a vote by name only of voting members in the room (not who declared
//! a conflict of interest), once each, adding up to the decision's counts.

use super::Findings;
use super::finding::{FindingKind, Severity};
use crate::domain::governance::{NameProblem, Standing, VoteProblem, judge, judge_names};
use crate::domain::ids::DecisionRef;
use crate::domain::meeting::MinutesStatus;
use crate::store::load::Folder;

pub(super) fn check_votes(folder: &Folder, findings: &mut Findings) {
    let Some(members) = &folder.members else { return };
    for file in &folder.meetings {
        let m = &file.value;
        if m.cancelled {
            continue;
        }
        let draft = m.status == MinutesStatus::Draft;
        let mut seen: Vec<&str> = Vec::new();
        for (at, d) in
            m.agenda.iter().enumerate().flat_map(|(at, i)| i.decisions.iter().map(move |d| (at, d)))
        {
            let standing = Standing::for_item(m, &members.value, at);
            let needle = super::meetings::first_line(&d.text);
            // The how-manieth decision opening with these words: where this one is.
            let nth = seen.iter().filter(|s| **s == needle).count();
            seen.push(needle);
            let decision = DecisionRef::new(&m.id, d.number).to_string();
            for problem in judge(d, &standing) {
                // A decision noted as standing without quorum weighs as in a draft.
                let soft = draft || d.quorum_note.is_some();
                let (severity, kind) = finding(problem, decision.clone(), soft);
                let at = findings.locator.nth(&file.path, needle, nth);
                findings.push(&file.path, at, severity, kind);
            }
            for problem in judge_names(d, m, Some(&members.value), at) {
                // Where it is: the member's name within this decision's votes by name.
                let within = match &problem {
                    NameProblem::CountsDiffer { .. } => "named_votes".to_owned(),
                    NameProblem::Conflicted(who)
                    | NameProblem::NotAVoter(who)
                    | NameProblem::Twice(who) => super::locate::quoted(who.as_str()),
                };
                let place = findings.locator.after(&file.path, needle, nth, &within);
                let kind = FindingKind::NamedVote { decision: decision.clone(), problem };
                findings.push(&file.path, place, Severity::Error, kind);
            }
        }
    }
}

/// The finding for one problem: a quorum not reached is a warning while the minutes are a
/// draft (it can be recorded, with a note), like a decision without objective.
fn finding(problem: VoteProblem, decision: String, draft: bool) -> (Severity, FindingKind) {
    match problem {
        VoteProblem::MoreVotesThanVoters { cast, present } => {
            (Severity::Error, FindingKind::VotesAboveVoters { decision, cast, present })
        }
        VoteProblem::OutcomeAgainstVotes { carried, majority } => {
            (Severity::Error, FindingKind::OutcomeAgainstVotes { decision, carried, majority })
        }
        VoteProblem::NoQuorum { present, needed } => {
            let severity = if draft { Severity::Warning } else { Severity::Error };
            (severity, FindingKind::DecisionWithoutQuorum { decision, present, needed, draft })
        }
    }
}
