//! Why the autosave-and-lock service could not do what was asked: typed here, worded once per
//! language at the edge (`store::strings::editing_error`, called by the screen that shows it).

use crate::domain::edit::EditError;
use crate::domain::ids::MeetingId;
use crate::store::document::UnsafeId;
use crate::store::lock::{LockError, LockInfo};
use crate::store::save::SaveError;
use std::path::PathBuf;
use std::sync::Arc;

/// Why opening, creating, closing, removing, moving or copying the open meeting (or saving
/// the earlier minutes it approved) did not happen.
#[derive(Debug)]
pub enum EditingError {
    /// Closing would lose text that is in no file of the folder: nothing was released.
    WouldLose,
    /// The meeting is not in the folder as loaded.
    NotLoaded(MeetingId),
    /// There is no members file to make a new meeting's attendance from.
    NoMembers,
    /// A file is on disk but not loaded (it arrived since, or it is broken): never written
    /// over.
    Exists(PathBuf),
    /// An id that cannot be a file name.
    UnsafeId(UnsafeId),
    /// The disk refused to create or remove this file or folder.
    Disk(PathBuf, std::io::Error),
    /// A file was not saved.
    Save(SaveError),
    /// The autosaver could not save a file (shared with the autosaver's state).
    Autosave(Arc<SaveError>),
    /// A lock was not taken.
    Lock(LockError),
    /// The edit itself is refused.
    Edit(EditError),
    /// The meeting is open read-only here (or no one is known to hold its lock).
    ReadOnly,
    /// Another document that would have to change (a meeting, the plan, an owner's updates,
    /// named by its file) is being written by someone else.
    HeldElsewhere(String, Box<LockInfo>),
}

/// Failures are compared by what they say (their debug form): a test or a redraw sees two
/// alike failures as the same, and `io::Error` has no equality of its own.
impl PartialEq for EditingError {
    fn eq(&self, other: &Self) -> bool {
        format!("{self:?}") == format!("{other:?}")
    }
}

impl Eq for EditingError {}

/// A failure kept to be shown (in a note, a notice): shared, so the message that holds it
/// stays cheap to clone.
pub type Failure = Arc<EditingError>;

impl From<SaveError> for EditingError {
    fn from(e: SaveError) -> Self {
        Self::Save(e)
    }
}

impl From<LockError> for EditingError {
    fn from(e: LockError) -> Self {
        Self::Lock(e)
    }
}

impl From<EditError> for EditingError {
    fn from(e: EditError) -> Self {
        Self::Edit(e)
    }
}

impl From<UnsafeId> for EditingError {
    fn from(e: UnsafeId) -> Self {
        Self::UnsafeId(e)
    }
}
