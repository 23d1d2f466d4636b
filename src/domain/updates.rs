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
