//! A member's own follow-ups of their action items, outside meetings:
//! `data/updates/<member>.ron`, written only by that member.

use super::ids::{ActionItemRef, MemberId};
use super::meeting::FollowUpStatus;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One member's update file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberUpdates {
    /// Schema version of the file.
    pub version: u32,
    /// Whose file it is; matches the file name.
    pub member: MemberId,
    /// Their follow-ups, oldest first.
    pub updates: Vec<OwnerUpdate>,
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

/// A follow-up by the action's owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerUpdate {
    /// The action item.
    pub action: ActionItemRef,
    /// When.
    pub date: NaiveDate,
    /// Where it stands.
    pub status: FollowUpStatus,
    /// What they say about it.
    pub note: String,
}

/// Why a member may not report on an action item: only its owner keeps it up to date
/// outside meetings (the update file is theirs alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotYours {
    /// Another member owns it.
    Member(MemberId),
    /// Someone who is not a member (a guest, an outsider) owns it.
    NotAMember(String),
    /// Nobody owns it yet.
    Nobody,
}

/// Whether `me` may report on an action owned by `owner`: `Ok` only for their own.
pub fn may_report(owner: &super::meeting::Owner, me: &MemberId) -> Result<(), NotYours> {
    use super::meeting::Owner;
    match owner {
        Owner::Member(id) if id == me => Ok(()),
        Owner::Member(id) => Err(NotYours::Member(id.clone())),
        Owner::Guest(name) | Owner::Outside(name) => Err(NotYours::NotAMember(name.clone())),
        Owner::Nobody => Err(NotYours::Nobody),
    }
}

impl MemberUpdates {
    /// A new, empty update file of `member`.
    pub fn new(member: MemberId) -> Self {
        MemberUpdates {
            version: 1,
            member,
            updates: Vec::new(),
            written_as: None,
            written_from: None,
        }
    }
}

/// The owner's own report that is the last word on an action item whose follow-ups end with
/// `last` (date, status, note): what the next meeting's follow-up item shows as reported by
/// the owner, for the secretary to confirm or comment on. `None` once a meeting followed it
/// up after the report.
pub fn reported_last<'a>(
    files: impl IntoIterator<Item = &'a MemberUpdates>,
    action: &ActionItemRef,
    last: (NaiveDate, FollowUpStatus, &str),
) -> Option<&'a OwnerUpdate> {
    let mine = files.into_iter().flat_map(|f| f.updates.iter()).filter(|u| &u.action == action);
    mine.filter(|u| (u.date, u.status, u.note.as_str()) == last).last()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::meeting::Owner;

    #[test]
    fn only_the_owner_may_report() {
        let me: MemberId = "an-peeters".into();
        assert_eq!(may_report(&Owner::Member(me.clone()), &me), Ok(()));
        let other: MemberId = "jolien-maes".into();
        assert_eq!(may_report(&Owner::Member(other.clone()), &me), Err(NotYours::Member(other)));
        assert_eq!(may_report(&Owner::Nobody, &me), Err(NotYours::Nobody));
        assert!(may_report(&Owner::Guest("Els".into()), &me).is_err());
    }
}
