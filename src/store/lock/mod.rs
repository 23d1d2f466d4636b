//! Lock files that travel through the shared folder: while a meeting is open for editing,
//! `<name>.ron.lock` beside it says who edits it, on which machine, since when, and is
//! refreshed while the app runs. Other instances (on other machines, through the sync service)
//! open the meeting read-only; a lock not refreshed for [`STALE_AFTER`] may be taken over once
//! the user confirms. An OS lock (`File::lock`) only works on one machine, so it is used only to
//! keep two local instances from racing through check-then-write (see [`local_guard`]).

pub(crate) mod host;

use super::atomic::write_atomic;
use super::format::{parse, to_ron};
use super::relpath::slashed;
use crate::domain::ids::MemberId;
use chrono::{DateTime, TimeDelta, Utc};
pub use host::machine_name;
use host::{instance_token, local_guard, register, remove_copies, take_registry, unregister};
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// How often a running instance rewrites `refreshed` in its lock file.
pub const REFRESH_EVERY: Duration = Duration::from_secs(30);
/// A lock not refreshed for this long is stale: its instance probably crashed or went offline.
pub const STALE_AFTER: Duration = Duration::from_secs(180);
/// The schema version of lock files this build writes.
pub const LOCK_VERSION: u32 = 1;
/// What is appended to a meeting's file name to name its lock file.
pub const LOCK_SUFFIX: &str = ".lock";

/// The content of a lock file. Unknown fields are accepted, so that a lock written by a newer
/// version is still respected rather than reported unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    /// Schema version of the lock file.
    pub version: u32,
    /// Who edits the meeting.
    pub member: MemberId,
    /// Their display name, for the "being edited by …" banner.
    pub name: String,
    /// The machine the editing instance runs on.
    pub machine: String,
    /// The process id of the editing instance (on that machine).
    pub pid: u32,
    /// When the lock was taken.
    pub since: DateTime<Utc>,
    /// When the lock was last refreshed.
    pub refreshed: DateTime<Utc>,
    /// A random token per instance: the same person on the same machine in two terminals
    /// is still two instances.
    pub instance: String,
    /// When the holder last typed in the meeting, as of the last refresh: someone asked to
    /// take the lock over is told how long ago. Absent in locks of older versions.
    #[serde(default)]
    pub typed: Option<DateTime<Utc>>,
}

impl LockInfo {
    /// Whether the lock went unrefreshed for longer than [`STALE_AFTER`] at `now`. A clock
    /// behind ours by more than that on the other machine makes its lock look stale, which is
    /// why taking over always asks the user first.
    ///
    /// A lock of this machine whose process is gone (the app was killed, the terminal closed)
    /// is stale at once: its holder may be the same person, starting the app again.
    pub fn is_stale(&self, now: DateTime<Utc>) -> bool {
        let limit = TimeDelta::from_std(STALE_AFTER).unwrap_or(TimeDelta::MAX);
        now.signed_duration_since(self.refreshed) > limit || self.is_orphaned()
    }

    /// Whether it was taken on this machine by a process that no longer runs. Only where
    /// `/proc` tells; elsewhere (Windows) a lock is never taken for orphaned.
    fn is_orphaned(&self) -> bool {
        let proc = Path::new("/proc");
        // On Windows `/proc` is a folder of the current drive; under wine even Linux's own.
        cfg!(unix)
            && self.machine == machine_name()
            && proc.join("self").exists()
            && !proc.join(self.pid.to_string()).exists()
    }

    /// Whether this lock belongs to the instance `me`.
    pub fn is_held_by(&self, me: &Holder) -> bool {
        self.instance == me.instance
    }
}

/// Who takes a lock: one running instance of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The member editing.
    pub member: MemberId,
    /// Their display name.
    pub name: String,
    /// This machine's name.
    pub machine: String,
    /// This process's id.
    pub pid: u32,
    /// This instance's random token.
    pub instance: String,
}

impl Holder {
    /// A holder for this process, on this machine, with a fresh instance token.
    pub fn new(member: MemberId, name: impl Into<String>) -> Self {
        Holder {
            member,
            name: name.into(),
            machine: machine_name(),
            pid: std::process::id(),
            instance: instance_token(),
        }
    }

    fn lock_info(&self, since: DateTime<Utc>, now: DateTime<Utc>) -> LockInfo {
        LockInfo {
            version: LOCK_VERSION,
            member: self.member.clone(),
            name: self.name.clone(),
            machine: self.machine.clone(),
            pid: self.pid,
            since,
            refreshed: now,
            instance: self.instance.clone(),
            typed: None,
        }
    }
}

/// Why a lock could not be taken, refreshed or released. Lock infos are boxed to keep the
/// `Result`s small.
#[derive(Debug)]
pub enum LockError {
    /// Another instance holds a fresh lock: open the meeting read-only.
    HeldBy(Box<LockInfo>),
    /// Another instance's lock is stale: ask the user, then call [`take_over`].
    Stale(Box<LockInfo>),
    /// Someone else took the lock over since: the editor must turn read-only.
    LostTo(Box<LockInfo>),
    /// The lock file exists but cannot be parsed: treated as held, never deleted.
    Unreadable {
        /// The lock file (root joined), to show so that the user can look at it.
        path: PathBuf,
        /// What was wrong, with line and column.
        message: String,
    },
    /// The meeting path would leave the folder.
    OutsideFolder(PathBuf),
    /// The disk said no.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let who = |i: &LockInfo| format!("{} on {} since {}", i.name, i.machine, i.since);
        match self {
            LockError::HeldBy(i) => write!(f, "being edited by {}", who(i)),
            LockError::Stale(i) => {
                write!(f, "locked by {}, not refreshed since {}", who(i), i.refreshed)
            }
            LockError::LostTo(i) => write!(f, "the lock was taken over by {}", who(i)),
            LockError::Unreadable { path, message } => {
                write!(f, "{}: unreadable lock file ({message}); treated as held", slashed(path))
            }
            LockError::OutsideFolder(p) => write!(f, "{}: outside the folder", slashed(p)),
            LockError::Io(p, e) => write!(f, "{}: {e}", slashed(p)),
        }
    }
}

impl std::error::Error for LockError {}

/// The lock file of a meeting, relative to the folder: `<meeting>.ron.lock` beside it.
pub fn lock_path(meeting_rel: &Path) -> PathBuf {
    let mut name = meeting_rel.file_name().map(OsString::from).unwrap_or_default();
    name.push(LOCK_SUFFIX);
    meeting_rel.with_file_name(name)
}

/// The lock on a meeting as it is now, for the read-only banner; `None` when there is none.
pub fn read(root: &Path, meeting_rel: &Path) -> Option<Result<LockInfo, LockError>> {
    match checked_path(root, meeting_rel) {
        Ok(path) => read_at(&path),
        Err(e) => Some(Err(e)),
    }
}

/// Takes the lock on a meeting for `me`, or says who holds it. A lock of the same instance
/// is taken again, keeping its `since`.
pub fn acquire(
    root: &Path,
    meeting_rel: &Path,
    me: &Holder,
    now: DateTime<Utc>,
) -> Result<LockGuard, LockError> {
    let path = checked_path(root, meeting_rel)?;
    let _local = local_guard(&path);
    let since = match read_at(&path) {
        None => now,
        Some(Err(e)) => return Err(e),
        Some(Ok(info)) if info.is_held_by(me) => info.since,
        Some(Ok(info)) if info.is_stale(now) => return Err(LockError::Stale(Box::new(info))),
        Some(Ok(info)) => return Err(LockError::HeldBy(Box::new(info))),
    };
    LockGuard::write_new(path, me.lock_info(since, now))
}

/// Takes over the lock `seen` (from [`LockError::Stale`] or [`LockError::HeldBy`]) once the
/// user confirmed; a fresh one too, whose holder's app then stops writing (see
/// [`LockGuard::check`]). If another instance holds it now, or a holder whose stale lock was
/// seen came back since, nothing is written and the new state is reported, so that the user
/// is asked again.
pub fn take_over(
    root: &Path,
    meeting_rel: &Path,
    me: &Holder,
    seen: &LockInfo,
    now: DateTime<Utc>,
) -> Result<LockGuard, LockError> {
    let path = checked_path(root, meeting_rel)?;
    let _local = local_guard(&path);
    let ask_again = |info: LockInfo| {
        if info.is_stale(now) {
            LockError::Stale(Box::new(info))
        } else {
            LockError::HeldBy(Box::new(info))
        }
    };
    match read_at(&path) {
        None => {}
        Some(Err(e)) => return Err(e),
        Some(Ok(info)) if info.is_held_by(me) => {}
        Some(Ok(info)) if info.instance != seen.instance => return Err(ask_again(info)),
        // Asked about a lock that looked abandoned, whose holder refreshed it since.
        Some(Ok(info)) if seen.is_stale(now) && info.refreshed != seen.refreshed => {
            return Err(ask_again(info));
        }
        Some(Ok(_)) => {}
    }
    LockGuard::write_new(path, me.lock_info(now, now))
}

/// A lock this instance holds. Dropping it releases the lock, as [`LockGuard::release`] does.
#[derive(Debug)]
pub struct LockGuard {
    path: PathBuf,
    info: LockInfo,
    lost_to: Option<LockInfo>,
    released: bool,
}

impl LockGuard {
    fn write_new(path: PathBuf, info: LockInfo) -> Result<Self, LockError> {
        write_info(&path, &info)?;
        register(&path, &info.instance);
        Ok(LockGuard { path, info, lost_to: None, released: false })
    }

    /// The lock file (root joined).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What this lock says, as last written.
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// Rewrites `refreshed` (call every [`REFRESH_EVERY`]), only while the lock is still ours.
    /// A lock file that vanished is written again: this instance is still editing. Once the
    /// lock was lost it stays lost, even if the other instance released it meanwhile.
    pub fn refresh(&mut self, now: DateTime<Utc>) -> Result<(), LockError> {
        if let Some(other) = &self.lost_to {
            return Err(LockError::LostTo(Box::new(other.clone())));
        }
        let _local = local_guard(&self.path);
        match read_at(&self.path) {
            Some(Ok(info)) if info.instance != self.info.instance => return Err(self.lose(info)),
            Some(Err(e)) => return Err(e),
            _ => {}
        }
        let info = LockInfo { refreshed: now, ..self.info.clone() };
        write_info(&self.path, &info)?;
        self.info = info;
        Ok(())
    }

    /// Reads the lock file again (cheap: no write) and says whether it is still ours; once
    /// another instance took it over, it stays lost. Call before every save.
    pub fn check(&mut self) -> Result<(), LockError> {
        if let Some(other) = &self.lost_to {
            return Err(LockError::LostTo(Box::new(other.clone())));
        }
        match read_at(&self.path) {
            Some(Ok(info)) if info.instance != self.info.instance => Err(self.lose(info)),
            _ => Ok(()),
        }
    }

    /// Notes when the holder last typed: the first time at once (with a refresh), after
    /// that with the next refresh, so that typing never rewrites the lock file more often.
    pub fn typed(&mut self, at: DateTime<Utc>) -> Result<(), LockError> {
        let first = self.info.typed.is_none();
        self.info.typed = Some(at);
        if first { self.refresh(at) } else { Ok(()) }
    }

    /// Removes the lock file if it is still ours.
    pub fn release(mut self) -> Result<(), LockError> {
        self.release_once()
    }

    fn lose(&mut self, to: LockInfo) -> LockError {
        self.lost_to = Some(to.clone());
        self.released = true;
        unregister(&self.path);
        LockError::LostTo(Box::new(to))
    }

    fn release_once(&mut self) -> Result<(), LockError> {
        if std::mem::replace(&mut self.released, true) {
            return Ok(());
        }
        unregister(&self.path);
        let _local = local_guard(&self.path);
        remove_copies(&self.path);
        remove_if_ours(&self.path, &self.info.instance)
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        let _ = self.release_once();
    }
}

/// Releases every lock this process holds. For the panic hook and the exit and signal paths,
/// where `Drop` does not run; it never waits long and never panics.
pub fn release_all() {
    for (path, instance) in take_registry() {
        let _ = remove_if_ours(&path, &instance);
    }
}

/// The lock file of `meeting_rel` under `root`, if the meeting path stays inside the folder.
fn checked_path(root: &Path, meeting_rel: &Path) -> Result<PathBuf, LockError> {
    let inside = meeting_rel.components().all(|c| matches!(c, Component::Normal(_)));
    if !inside || meeting_rel.file_name().is_none() {
        return Err(LockError::OutsideFolder(meeting_rel.to_owned()));
    }
    Ok(root.join(lock_path(meeting_rel)))
}

fn read_at(path: &Path) -> Option<Result<LockInfo, LockError>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
        Err(e) => return Some(Err(LockError::Io(path.to_owned(), e))),
    };
    Some(parse::<LockInfo>(path, &bytes).map_err(|e| LockError::Unreadable {
        path: path.to_owned(),
        message: format!("{}:{}: {}", e.line, e.col, e.message),
    }))
}

fn write_info(path: &Path, info: &LockInfo) -> Result<(), LockError> {
    let io_error = |e| LockError::Io(path.to_owned(), e);
    let text = to_ron(info).map_err(|e| io_error(io::Error::other(e)))?;
    write_atomic(path, text.as_bytes()).map_err(io_error)
}

fn remove_if_ours(path: &Path, instance: &str) -> Result<(), LockError> {
    match read_at(path) {
        Some(Ok(info)) if info.instance == instance => match fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(LockError::Io(path.to_owned(), e)),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;
