//! References in other documents that follow a change to a meeting (its date, a number a merge
//! gave one of its elements): which files hold one, and writing them all or none — each saved
//! only over the version that was read, and those already written put back when one fails.

use super::load::{Folder, LoadedFile};
use super::lock;
use super::save::{Base, SaveError, save};
use super::{Document, FileHash};
use crate::domain::meeting::Meeting;
use crate::domain::plan::Plan;
use crate::domain::refs::{self, Rewrite};
use crate::domain::updates::MemberUpdates;
use std::path::{Path, PathBuf};

/// A document whose references change.
#[derive(Debug, Clone, PartialEq)]
pub enum Doc {
    /// A meeting.
    Meeting(Meeting),
    /// The plan.
    Plan(Plan),
    /// An owner's updates.
    Updates(MemberUpdates),
}

impl Doc {
    /// Rewrites its references; whether anything changed.
    fn rewrite(&mut self, rw: &impl Rewrite) -> bool {
        match self {
            Doc::Meeting(m) => refs::in_meeting(m, rw),
            Doc::Plan(p) => refs::in_plan(p, rw),
            Doc::Updates(u) => refs::in_updates(u, rw),
        }
    }

    fn save(&self, root: &Path, rel: &Path, base: Base) -> Result<FileHash, SaveError> {
        match self {
            Doc::Meeting(m) => save(root, rel, m, base),
            Doc::Plan(p) => save(root, rel, p, base),
            Doc::Updates(u) => save(root, rel, u, base),
        }
    }
}

/// One file whose references follow: as read, and as it will be written.
#[derive(Debug, Clone)]
pub struct Follower {
    /// The file, relative to the folder.
    pub path: PathBuf,
    /// Its hash as read: it is written only over that.
    pub read: FileHash,
    after: Doc,
}

/// Every document of `folder` but the file `except` whose references `rw` changes, or the
/// first that cannot be written (a newer schema).
pub fn followers(
    folder: &Folder,
    except: &Path,
    rw: &impl Rewrite,
) -> Result<Vec<Follower>, SaveError> {
    fn one<T: Document + Clone>(
        f: &LoadedFile<T>,
        wrap: fn(T) -> Doc,
        rw: &impl Rewrite,
    ) -> Result<Option<Follower>, SaveError> {
        let mut after = wrap(f.value.clone());
        if !after.rewrite(rw) {
            return Ok(None);
        }
        f.base()?;
        Ok(Some(Follower { path: f.path.clone(), read: f.hash, after }))
    }
    let mut found = Vec::new();
    for m in folder.meetings.iter().filter(|m| m.path != except) {
        let follower = one(m, Doc::Meeting, rw)?;
        // Approved minutes are history: only their status ("approved by") may follow, never
        // their content (its hash is in the approval).
        if !m.value.is_frozen() || follower.as_ref().is_none_or(|f| same_content(&m.value, f)) {
            found.extend(follower);
        }
    }
    if let Some(plan) = &folder.plan {
        found.extend(one(plan, Doc::Plan, rw)?);
    }
    for u in &folder.updates {
        found.extend(one(u, Doc::Updates, rw)?);
    }
    Ok(found)
}

/// Whether the follower of meeting `m` changes nothing but its status.
fn same_content(m: &Meeting, f: &Follower) -> bool {
    let Doc::Meeting(after) = &f.after else { return false };
    let mut content = after.clone();
    content.status = m.status.clone();
    &content == m
}

/// The first follower someone else holds open (its lock is fresh), with the lock.
pub fn held_elsewhere(root: &Path, followers: &[Follower]) -> Option<(PathBuf, lock::LockInfo)> {
    let now = chrono::Utc::now();
    followers.iter().find_map(|f| match lock::read(root, &f.path) {
        Some(Ok(info)) if !info.is_stale(now) => Some((f.path.clone(), info)),
        _ => None,
    })
}

/// Writes every follower (each only over what was read); when one cannot be written, puts
/// back those already written and says which failed. What was written, with its bytes before.
pub fn write_all(root: &Path, followers: &[Follower]) -> Result<Vec<Written>, SaveError> {
    let mut written = Vec::new();
    for f in followers {
        let result = std::fs::read(root.join(&f.path))
            .map_err(|e| SaveError::Io(f.path.clone(), e))
            .and_then(|bytes| {
                if FileHash::of(&bytes) != f.read {
                    return Err(SaveError::ChangedOnDisk(f.path.clone()));
                }
                let hash = f.after.save(root, &f.path, Base::after_save(f.read))?;
                Ok(Written { path: f.path.clone(), before: bytes, hash })
            });
        match result {
            Ok(w) => written.push(w),
            Err(e) => {
                put_back(root, &written);
                return Err(e);
            }
        }
    }
    Ok(written)
}

/// A follower as written.
#[derive(Debug, Clone)]
pub struct Written {
    /// The file, relative to the folder.
    pub path: PathBuf,
    /// Its bytes before.
    pub before: Vec<u8>,
    /// The hash of what was written.
    pub hash: FileHash,
}

/// Puts back what [`write_all`] wrote, byte for byte, each only where it is still what was
/// written (a file changed since keeps that change).
pub fn put_back(root: &Path, written: &[Written]) {
    for w in written {
        let ours = std::fs::read(root.join(&w.path)).is_ok_and(|b| FileHash::of(&b) == w.hash);
        if ours {
            let _ = super::atomic::write_atomic(&root.join(&w.path), &w.before);
        }
    }
}

/// The files (other than the meeting merged) whose references follow the copy's renumbered
/// additions of a merge that keeps `merged` (an addition the merge dropped takes none), as
/// the folder at `root` holds them now.
pub fn of_merge(
    root: &Path,
    c: &super::conflict::Compared,
    merged: &Meeting,
) -> Result<Vec<Follower>, SaveError> {
    let kept: Vec<_> = c.renumbered.iter().filter(|r| kept(merged, r)).cloned().collect();
    let rw = crate::domain::merge::Elsewhere::new(&c.original.value, &c.theirs, &kept);
    if rw.is_empty() {
        return Ok(Vec::new());
    }
    let folder = super::load_folder(root)
        .map_err(|e| SaveError::Io(root.to_owned(), std::io::Error::other(e)))?;
    followers(&folder, &c.original.path, &rw)
}

/// Whether the merge holds the renumbered addition under its new number.
fn kept(merged: &Meeting, r: &crate::domain::merge::Renumbered) -> bool {
    use crate::domain::merge::Numbered;
    match r.kind {
        Numbered::Decision => merged.decisions().any(|(_, d)| d.number == r.to),
        Numbered::Action => merged.action_items().any(|(_, a)| a.number == r.to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DecisionRef, MeetingId};
    use crate::domain::meeting::MinutesStatus;
    use crate::domain::refs::Retarget;

    fn loaded(m: Meeting) -> LoadedFile<Meeting> {
        let path = PathBuf::from(format!("meetings/x/{}.ron", m.id));
        LoadedFile { path, value: m, hash: FileHash::of(b"") }
    }

    #[test]
    fn approved_minutes_follow_by_their_status_only() {
        let text = include_str!("../../meetings/2022/2022-10-11-stuurgroep.ron");
        let base: Meeting = ron::from_str(text).unwrap();
        let (from, to): (MeetingId, MeetingId) = ("2022-01-01-x".into(), "2022-01-08-x".into());
        let mut content = base.clone();
        content.id = "2022-02-01-a".into();
        content.status = MinutesStatus::Approved { by: "2022-03-01-z".into() };
        let mut amendment = base.decisions().map(|(_, d)| d.clone()).next().unwrap();
        amendment.amends = Some(DecisionRef::new(&from, 1));
        content.agenda[0].decisions.push(amendment);
        let mut status = base.clone();
        status.id = "2022-02-01-b".into();
        status.status = MinutesStatus::Approved { by: from.clone() };
        let mut draft = content.clone();
        (draft.id, draft.status) = ("2022-02-01-c".into(), MinutesStatus::Draft);
        let folder = Folder {
            meetings: [content, status, draft].into_iter().map(loaded).collect(),
            ..Folder::default()
        };
        let found =
            followers(&folder, Path::new("none"), &Retarget { from: &from, to: &to }).unwrap();
        let names: Vec<String> = found.iter().map(|f| f.path.display().to_string()).collect();
        assert_eq!(names, ["meetings/x/2022-02-01-b.ron", "meetings/x/2022-02-01-c.ron"]);
    }
}
