//! The plan, the members and an update file under one roof, for the commands and the view
//! that merge whichever of them a conflict copy is of.

use super::Choice;
use super::members::{MembersElement, merge_members};
use super::nodes::{FileDifference, FileMerge};
use super::plan::{PlanElement, merge_plan};
use super::updates::{UpdateElement, merge_updates};
use crate::domain::organisation::Members;
use crate::domain::plan::Plan;
use crate::domain::updates::MemberUpdates;

/// The content of a file that is not a meeting.
#[derive(Debug, Clone, PartialEq)]
pub enum FileContent {
    /// `data/plan.ron`.
    Plan(Plan),
    /// `data/members.ron`.
    Members(Members),
    /// `data/updates/<member>.ron`.
    Updates(MemberUpdates),
}

/// An element of any of them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileElement {
    /// Of the plan.
    Plan(PlanElement),
    /// Of the members.
    Members(MembersElement),
    /// Of an update file.
    Updates(UpdateElement),
}

fn wrap<T, K: Clone>(
    r: FileMerge<T, K>,
    content: impl Fn(T) -> FileContent,
    element: impl Fn(K) -> FileElement,
) -> FileMerge<FileContent, FileElement> {
    FileMerge {
        merged: content(r.merged),
        differences: r
            .differences
            .into_iter()
            .map(|d| FileDifference { key: element(d.key), side: d.side })
            .collect(),
        open: r.open.into_iter().map(element).collect(),
    }
}

/// Merges two versions of one file (`None` when they are not of one kind), against their
/// ancestor when it is known (and of that kind), with the user's `choices`.
pub fn merge_file(
    ancestor: Option<&FileContent>,
    ours: &FileContent,
    theirs: &FileContent,
    choices: &[(FileElement, Choice)],
) -> Option<FileMerge<FileContent, FileElement>> {
    use FileContent as C;
    use FileElement as E;
    Some(match (ours, theirs) {
        (C::Plan(o), C::Plan(t)) => {
            let a = ancestor.and_then(|a| if let C::Plan(a) = a { Some(a) } else { None });
            let chosen = picks(choices, |e| if let E::Plan(k) = e { Some(k) } else { None });
            wrap(merge_plan(a, o, t, &chosen), C::Plan, E::Plan)
        }
        (C::Members(o), C::Members(t)) => {
            let a = ancestor.and_then(|a| if let C::Members(a) = a { Some(a) } else { None });
            let chosen = picks(choices, |e| if let E::Members(k) = e { Some(k) } else { None });
            wrap(merge_members(a, o, t, &chosen), C::Members, E::Members)
        }
        (C::Updates(o), C::Updates(t)) => {
            let a = ancestor.and_then(|a| if let C::Updates(a) = a { Some(a) } else { None });
            let chosen = picks(choices, |e| if let E::Updates(k) = e { Some(k) } else { None });
            wrap(merge_updates(a, o, t, &chosen), C::Updates, E::Updates)
        }
        _ => return None,
    })
}

fn picks<K: Clone>(
    choices: &[(FileElement, Choice)],
    of: impl Fn(&FileElement) -> Option<&K>,
) -> Vec<(K, Choice)> {
    choices.iter().filter_map(|(e, c)| of(e).map(|k| (k.clone(), *c))).collect()
}
