//! The kinds of files in the folder and where they live.

use crate::domain::ids::{MeetingId, MemberId, is_safe_id};
use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use crate::domain::plan::Plan;
use crate::domain::updates::MemberUpdates;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;

/// A file type of the folder.
pub trait Document: Serialize + DeserializeOwned + Send {
    /// The schema version the file declares.
    fn version(&self) -> u32;
}

macro_rules! document {
    ($($t:ty),*) => {$(
        impl Document for $t {
            fn version(&self) -> u32 {
                self.version
            }
        }
    )*};
}
document!(Plan, Members, Meeting, MemberUpdates);

/// `data/plan.ron`.
pub const PLAN_PATH: &str = "data/plan.ron";
/// `data/members.ron`.
pub const MEMBERS_PATH: &str = "data/members.ron";
/// The folder of the members' own update files.
pub const UPDATES_DIR: &str = "data/updates";
/// The folder of the meetings, one subfolder per year.
pub const MEETINGS_DIR: &str = "meetings";
/// The folder of the plan, the members and their updates.
pub const DATA_DIR: &str = "data";

/// An id that cannot become a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsafeId(pub String);

impl std::fmt::Display for UnsafeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the id {:?} cannot be used as a file name", self.0)
    }
}

/// `meetings/<year>/<id>.ron`, for a safe id that starts with a date.
pub fn meeting_path(id: &MeetingId) -> Result<PathBuf, UnsafeId> {
    let s = id.as_str();
    let year = s.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    match year {
        Some(year) if is_safe_id(s) => {
            Ok(PathBuf::from(MEETINGS_DIR).join(year).join(format!("{s}.ron")))
        }
        _ => Err(UnsafeId(s.to_owned())),
    }
}

/// `data/updates/<member>.ron`, for a safe member id.
pub fn updates_path(member: &MemberId) -> Result<PathBuf, UnsafeId> {
    if is_safe_id(member.as_str()) {
        Ok(PathBuf::from(UPDATES_DIR).join(format!("{member}.ron")))
    } else {
        Err(UnsafeId(member.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_look_like_paths_never_become_paths() {
        assert_eq!(
            meeting_path(&"2021-03-16-stuurgroep".into()).unwrap(),
            PathBuf::from("meetings/2021/2021-03-16-stuurgroep.ron")
        );
        for bad in ["../../etc/passwd", "2021/../../x", "/abs", "abcd-x", "2021-03-16-a b"] {
            assert!(meeting_path(&MeetingId(bad.into())).is_err(), "{bad}");
        }
        assert!(updates_path(&MemberId("../plan".into())).is_err());
        assert!(updates_path(&"an-peeters".into()).is_ok());
    }
}
