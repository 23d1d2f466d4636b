//! Bodies (organen) and the people in them: `data/members.ron`.

use super::governance::{Majority, Quorum};
use super::ids::{BodyId, MemberId, MunicipalityId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The file `data/members.ron`: the bodies and their members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Members {
    /// Schema version of the file.
    pub version: u32,
    /// The bodies that meet.
    pub bodies: Vec<Body>,
    /// The people.
    pub members: Vec<Member>,
    /// `blake3:<hex>` of this file as this app last wrote it, with this field left out: the
    /// version kept in `.stuurgroep/versions/`, the common ancestor of two hand-edited sides.
    /// Absent from a file this app never wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_as: Option<String>,
    /// The `written_as` of the file this app wrote this version over: the chain back to an
    /// older version, for a copy edited before that write.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_from: Option<String>,
}

/// A body that meets and keeps minutes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable id; also the last part of its meetings' file names.
    pub id: BodyId,
    /// Name as shown, e.g. "Stuurgroep".
    pub name: String,
    /// What kind of body it is.
    pub kind: BodyKind,
    /// What it does, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The body's standard agenda for a new meeting; empty: the app's standard one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<TemplateItem>,
    /// How many voting members must be present to decide; none for an advisory body.
    #[serde(default, skip_serializing_if = "is_default")]
    pub quorum: Quorum,
    /// What carries a proposal unless a decision says otherwise.
    #[serde(default, skip_serializing_if = "is_default")]
    pub majority: Majority,
}

/// Whether a rule is the default one, which the file leaves out (files from before the rules
/// load and are written byte for byte the same).
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An item of a body's standard agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateItem {
    /// An item with this title.
    Item(String),
    /// The follow-up of open action items, with this title: a new meeting lists the body's
    /// open action items in its minutes.
    FollowUp(String),
}

impl TemplateItem {
    /// The item's title.
    pub fn title(&self) -> &str {
        match self {
            TemplateItem::Item(t) | TemplateItem::FollowUp(t) => t,
        }
    }
}

/// The kinds of bodies of an association.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BodyKind {
    /// Stuurgroep: the advisory group of the municipalities' culture policy coordinators.
    SteeringGroup,
    /// Raad van bestuur.
    Board,
    /// Dagelijks bestuur.
    DailyBoard,
    /// Werkgroep.
    WorkingGroup,
}

/// A person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Stable id; also the name of their own update file.
    pub id: MemberId,
    /// Full name.
    pub name: String,
    /// The municipality they represent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<MunicipalityId>,
    /// Their organisation or function, e.g. "cultuurbeleidscoördinator".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Their e-mail address, for the reminders (`remind --format eml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Their seats in bodies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Seat>,
}

/// A member's role in one body, for a while.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    /// The body.
    pub body: BodyId,
    /// Their role in it.
    pub role: Role,
    /// From when, if not from the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Until when, if it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

/// The role of a member in a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    /// Voorzitter.
    Chair,
    /// Secretaris: takes the minutes.
    Secretary,
    /// Lid with a vote.
    Member,
    /// Lid met raadgevende stem.
    Advisory,
}

impl Role {
    /// Whether the role carries a vote: the chair and the members do; the secretary and
    /// members with an advisory vote do not.
    pub fn votes(self) -> bool {
        matches!(self, Role::Chair | Role::Member)
    }
}

impl Seat {
    /// Whether the seat is held on `date`.
    pub fn held_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date <= u)
    }
}

impl Members {
    /// The body `id`'s standard agenda, if it has one of its own.
    pub fn agenda_of(&self, id: &BodyId) -> Option<&[TemplateItem]> {
        let body = self.bodies.iter().find(|b| &b.id == id)?;
        (!body.agenda.is_empty()).then_some(body.agenda.as_slice())
    }

    /// The member with this id.
    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }

    /// The body with this id.
    pub fn body(&self, id: &BodyId) -> Option<&Body> {
        self.bodies.iter().find(|b| &b.id == id)
    }

    /// Whether `member` is a secretary of `body` on `date`: only they edit its minutes.
    pub fn is_secretary(&self, member: &MemberId, body: &BodyId, date: NaiveDate) -> bool {
        self.member(member).is_some_and(|m| {
            m.roles.iter().any(|s| &s.body == body && s.role == Role::Secretary && s.held_on(date))
        })
    }

    /// The members who sit in `body` on `date`, with their role.
    pub fn seated(&self, body: &BodyId, date: NaiveDate) -> impl Iterator<Item = (&Member, Role)> {
        self.members.iter().filter_map(move |m| {
            m.roles.iter().find(|s| &s.body == body && s.held_on(date)).map(|s| (m, s.role))
        })
    }
}
