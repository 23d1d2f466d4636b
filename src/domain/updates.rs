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
