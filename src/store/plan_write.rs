//! Writing `data/plan.ron`: one writer at a time, under the same kind of lock as a meeting
//! (`data/plan.ron.lock`), read fresh under that lock, written atomically and stamped with
//! the version kept in `.stuurgroep/versions/` (see [`super::stamp`]).

use super::document::{Document, PLAN_PATH};
use super::format::ParseError;
use super::hash::FileHash;
use super::load::read_document;
use super::lock::{self, Holder, LockError};
use super::save::{SaveError, save};
use super::stamp::stamped;
use super::versions::VersionCache;
use crate::domain::plan::Plan;
use std::path::Path;

/// Why the plan was not written; in every case the file on disk is untouched.
#[derive(Debug)]
pub enum PlanWriteError<E> {
    /// Another instance holds the plan's lock (or its lock file cannot be read).
    Locked(LockError),
    /// The plan cannot be read.
    Unreadable(ParseError),
    /// The change was refused.
    Refused(E),
    /// The write failed.
    Save(SaveError),
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// The plan was written: the hash of its new content.
    Changed(FileHash),
    /// The change left the plan as it was: nothing written.
    Same,
}

/// Takes the plan's lock for `me`, reads the plan, lets `change` rewrite it and writes it
/// back stamped; the lock is released afterwards whatever happened.
pub fn update_plan<T, E>(
    root: &Path,
    me: &Holder,
    change: impl FnOnce(&mut Plan) -> Result<T, E>,
) -> Result<(T, Written), PlanWriteError<E>> {
    let rel = Path::new(PLAN_PATH);
    let guard = lock::acquire(root, rel, me, chrono::Utc::now()).map_err(PlanWriteError::Locked)?;
    let file = read_document::<Plan>(root, rel).map_err(PlanWriteError::Unreadable)?;
    let base = file.base().map_err(PlanWriteError::Save)?;
    let mut plan = file.value.clone();
    let answer = change(&mut plan).map_err(PlanWriteError::Refused)?;
    if plan == file.value {
        let _ = guard.release();
        return Ok((answer, Written::Same));
    }
    debug_assert!(plan.version() <= crate::domain::SCHEMA_VERSION);
    let versions = VersionCache::for_folder(root);
    let value = stamped(&versions, &plan, file.value.written_as.as_deref());
    let hash = save(root, rel, &value, base).map_err(PlanWriteError::Save)?;
    // A release that fails leaves a lock file of a process that is gone: stale at once.
    let _ = guard.release();
    Ok((answer, Written::Changed(hash)))
}
