//! The open meeting as the service sees it, and the folder as it reads it: the seam the
//! app's editor implements ([`Held`]), and what opening gives back.

use super::ReadOnly;
use crate::domain::edit::{NewMeeting, OpenAction};
use crate::domain::ids::{MeetingId, MemberId};
use crate::domain::meeting::Meeting;
use crate::store::Folder;
use crate::store::lock::LockInfo;
use std::path::{Path, PathBuf};

/// How the service finds the open action items a new meeting follows up.
pub type OpenActions<'a> = Box<dyn Fn(&NewMeeting) -> Vec<OpenAction> + 'a>;

/// The loaded folder as the service reads it: the folder, the reader's language (for a new
/// meeting's template), how members are named (the lock says who holds it), and a new
/// meeting's body's open action items (for its follow-up item).
pub struct On<'a> {
    /// The folder as loaded.
    pub folder: &'a Folder,
    /// The reader's language.
    pub lang: crate::i18n::Lang,
    /// A member's name.
    pub name: Box<dyn Fn(&MemberId) -> String + 'a>,
    /// The open action items a new meeting follows up.
    pub open_actions: OpenActions<'a>,
}

/// The open meeting as the app holds it: what the service reads of it and, when saving turns
/// it read-only or moves it, changes.
pub trait Held {
    /// The meeting as edited.
    fn meeting(&self) -> &Meeting;
    /// Its file, relative to the folder.
    fn rel(&self) -> &Path;
    /// Whether it changed since the last call (and forgets it).
    fn take_changed(&mut self) -> bool;
    /// Whether it is read-only here.
    fn is_read_only(&self) -> bool;
    /// Saving turned it read-only, with why.
    fn set_read_only(&mut self, why: ReadOnly);
    /// Someone (the lock says who) took the lock over: the meeting is no longer written from
    /// here, but typing goes on into this app's conflict copy.
    fn set_taken_over(&mut self, by: Box<LockInfo>);
    /// Whether its newest content was written somewhere else too.
    fn copied(&self) -> bool;
    /// Its newest content was written somewhere else too.
    fn set_copied(&mut self);
    /// Whether someone else changed its file while it is open here.
    fn changed_on_disk(&self) -> bool;
    /// What the service has to tell the user about it.
    fn say(&mut self, said: Said);
    /// It moved to another date: its new content and file.
    fn moved(&mut self, meeting: Meeting, rel: PathBuf);
}

/// What the service tells the user about the open meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A copy was written here.
    SavedElsewhere(PathBuf),
    /// The copy could not be written, with why.
    NotSavedElsewhere(super::Failure),
    /// The approved earlier minutes (their id) could not be saved (yet), with why.
    ApprovalNotSaved(String, super::Failure),
}

/// A meeting opened: its content and file, and why it is read-only here (if it is).
pub struct OpenMeeting {
    /// The meeting (saying which version it was edited from when it may be written).
    pub meeting: Meeting,
    /// Its file, relative to the folder.
    pub rel: PathBuf,
    /// Why it is read-only here (approved, locked by someone, newer schema), if it is.
    pub read_only: Option<ReadOnly>,
}

impl OpenMeeting {
    pub(super) fn boxed(meeting: Meeting, rel: PathBuf, read_only: Option<ReadOnly>) -> Box<Self> {
        Box::new(Self { meeting, rel, read_only })
    }
}

/// What opening a meeting gave.
pub enum Opened {
    /// The meeting (read-only when someone else holds the lock, or the minutes are frozen).
    Editor(Box<OpenMeeting>),
    /// Someone holds the lock (fresh or stale): ask before taking it over.
    Stale(MeetingId, Box<LockInfo>),
    /// It could not be opened, with why.
    Failed(super::EditingError),
}
