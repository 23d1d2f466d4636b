//! Why the open meeting is read-only here, typed: the service says which reason, the screen
//! that shows it words it once per language (`tui::strings::held`).

use crate::store::lock::{LockError, LockInfo};
use crate::store::save::SaveError;
use std::sync::Arc;

/// Why the open meeting is not written from here.
#[derive(Debug, Clone)]
pub enum ReadOnly {
    /// Its minutes are approved: they no longer change.
    Frozen,
    /// Its file cannot be written by this app (a newer schema, outside the folder, ...).
    Unsavable(Arc<SaveError>),
    /// Its lock could not be taken, or broke while it was open.
    Lock(Arc<LockError>),
    /// The user chose to read it while someone else holds its lock.
    HeldBy(Box<LockInfo>),
    /// The user chose to read it, and no one is known to hold its lock (any more).
    Chosen,
}

/// Reasons are compared by what they say (their debug form): the loop redraws when the
/// reason changed, and `io::Error` inside a lock error has no equality of its own.
impl PartialEq for ReadOnly {
    fn eq(&self, other: &Self) -> bool {
        format!("{self:?}") == format!("{other:?}")
    }
}

impl Eq for ReadOnly {}
