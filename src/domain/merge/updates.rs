//! A member's update file (`data/updates/<member>.ron`) merged three-way by entry: each
//! follow-up is one element, known by its action item and date; entries both sides added are
//! all kept, in date order.

use super::Choice;
use super::nodes::{FileDifference, FileMerge, Node, Rules, merge_nodes};
use crate::domain::ids::{ActionItemRef, MemberId};
use crate::domain::updates::{MemberUpdates, OwnerUpdate};
use chrono::NaiveDate;

/// An element of an update file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum UpdateElement {
    /// Whose file it is, and its schema version.
    Header,
    /// A follow-up of an action item on a date (the n-th such, from 0, if there are more).
    Entry(ActionItemRef, NaiveDate, usize),
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Header(u32, MemberId),
    Entry(OwnerUpdate),
}

fn nodes(u: &MemberUpdates) -> Vec<Node<UpdateElement, Part>> {
    let header = Part::Header(u.version, u.member.clone());
    let mut out = vec![Node { key: UpdateElement::Header, parent: None, value: header }];
    for (k, e) in u.updates.iter().enumerate() {
        let twin =
            u.updates[..k].iter().filter(|x| x.action == e.action && x.date == e.date).count();
        let key = UpdateElement::Entry(e.action.clone(), e.date, twin);
        out.push(Node { key, parent: None, value: Part::Entry(e.clone()) });
    }
    out
}

/// Merges the original (`ours`) and the conflict copy (`theirs`) of one member's update file,
/// against their ancestor when it is known, with the user's `choices` for entries both changed
/// (`Both` keeps the two entries).
pub fn merge_updates(
    ancestor: Option<&MemberUpdates>,
    ours: &MemberUpdates,
    theirs: &MemberUpdates,
    choices: &[(UpdateElement, Choice)],
) -> FileMerge<MemberUpdates, UpdateElement> {
    let a = ancestor.map(nodes);
    // An entry both rewrote, when both are chosen, is kept twice: the copy's under a twin
    // number no real file reaches, so the two keys never meet.
    let twice = |n: &Node<UpdateElement, Part>| match &n.key {
        UpdateElement::Entry(action, date, k) => {
            Some(Node { key: UpdateElement::Entry(action.clone(), *date, k + 1000), ..n.clone() })
        }
        UpdateElement::Header => None,
    };
    let rules = Rules { both: |_: Option<&Part>, _: &Part, _: &Part| None, twice };
    let r = merge_nodes(a.as_deref(), &nodes(ours), &nodes(theirs), choices, rules);
    let mut out = MemberUpdates { updates: Vec::new(), ..ours.clone() };
    for n in r.merged {
        match n.value {
            Part::Header(version, member) => (out.version, out.member) = (version, member),
            Part::Entry(e) => out.updates.push(e),
        }
    }
    // Oldest first, as the file keeps them; entries of one day stay in merged order.
    out.updates.sort_by_key(|e| e.date);
    FileMerge { merged: out, differences: r.differences, open: r.open }
}

/// The differences alone, for a listing.
pub fn diff_updates(
    ancestor: Option<&MemberUpdates>,
    ours: &MemberUpdates,
    theirs: &MemberUpdates,
) -> Vec<FileDifference<UpdateElement>> {
    merge_updates(ancestor, ours, theirs, &[]).differences
}
