//! The members file (`data/members.ron`) merged three-way by element: each body, each member
//! (name, municipality, organisation) and each of a member's seats (body, role, from, until)
//! apart, by their ids.

use super::Choice;
use super::nodes::{FileDifference, FileMerge, Node, Rules, merge_nodes};
use crate::domain::ids::{BodyId, MemberId};
use crate::domain::organisation::{Body, Member, Members, Seat};
use chrono::NaiveDate;

/// An element of the members file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MembersElement {
    /// The file's schema version.
    Version,
    /// A body.
    Body(BodyId),
    /// A member, without their seats.
    Member(MemberId),
    /// A member's seat in a body from a date (the n-th such, from 0, if there are more).
    Seat(MemberId, BodyId, Option<NaiveDate>, usize),
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Version(u32),
    Body(Body),
    Member(Member),
    Seat(Seat),
}

fn nodes(m: &Members) -> Vec<Node<MembersElement, Part>> {
    let mut out =
        vec![Node { key: MembersElement::Version, parent: None, value: Part::Version(m.version) }];
    for b in &m.bodies {
        out.push(Node {
            key: MembersElement::Body(b.id.clone()),
            parent: None,
            value: Part::Body(b.clone()),
        });
    }
    for member in &m.members {
        let key = MembersElement::Member(member.id.clone());
        let own = Member { roles: Vec::new(), ..member.clone() };
        out.push(Node { key: key.clone(), parent: None, value: Part::Member(own) });
        for (k, seat) in member.roles.iter().enumerate() {
            let twin = member.roles[..k]
                .iter()
                .filter(|s| s.body == seat.body && s.from == seat.from)
                .count();
            let seat_key =
                MembersElement::Seat(member.id.clone(), seat.body.clone(), seat.from, twin);
            out.push(Node {
                key: seat_key,
                parent: Some(key.clone()),
                value: Part::Seat(seat.clone()),
            });
        }
    }
    out
}

/// The members built again from their elements; the stamp is the original's (`ours`).
fn build(nodes: Vec<Node<MembersElement, Part>>, ours: &Members) -> Members {
    let mut out = Members { bodies: Vec::new(), members: Vec::new(), ..ours.clone() };
    for n in nodes {
        match n.value {
            Part::Version(v) => out.version = v,
            Part::Body(b) => out.bodies.push(b),
            Part::Member(m) => out.members.push(m),
            Part::Seat(s) => {
                if let Some(MembersElement::Member(id)) = &n.parent
                    && let Some(m) = out.members.iter_mut().find(|m| &m.id == id)
                {
                    m.roles.push(s);
                }
            }
        }
    }
    out
}

/// Merges the original (`ours`) and the conflict copy (`theirs`) of the members file, against
/// their ancestor when it is known, with the user's `choices` for elements both changed.
pub fn merge_members(
    ancestor: Option<&Members>,
    ours: &Members,
    theirs: &Members,
    choices: &[(MembersElement, Choice)],
) -> FileMerge<Members, MembersElement> {
    let a = ancestor.map(nodes);
    let rules = Rules {
        both: |_: Option<&Part>, _: &Part, _: &Part| None,
        twice: |_: &Node<MembersElement, Part>| None,
    };
    let r = merge_nodes(a.as_deref(), &nodes(ours), &nodes(theirs), choices, rules);
    FileMerge { merged: build(r.merged, ours), differences: r.differences, open: r.open }
}

/// The differences alone, for a listing.
pub fn diff_members(
    ancestor: Option<&Members>,
    ours: &Members,
    theirs: &Members,
) -> Vec<FileDifference<MembersElement>> {
    merge_members(ancestor, ours, theirs, &[]).differences
}
