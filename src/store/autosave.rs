//! Saving off the UI thread. The editor submits the newest content of a document after every
//! (debounced) edit and never waits for the disk: a worker thread saves it with
//! [`save`](super::save::save), so atomically and never over a change on disk. A newer
//! submission replaces a pending older one. A failing disk is retried with backoff, keeping
//! only the newest content in memory; a change on disk stops saving that file (a conflict the
//! user resolves) and never gets overwritten. Either way the content can be written elsewhere.
//!
//! The state lock is held only to hand content over and to read the state, never while writing,
//! so [`Autosaver::submit`] and [`Autosaver::status`] do not wait on the disk.

use super::atomic::write_atomic;
use super::document::Document;
use super::format::to_ron;
use super::hash::FileHash;
use super::save::{Base, SaveError, save};
use super::versions::VersionCache;
use crate::domain::meeting::Meeting;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long dropping an [`Autosaver`] waits for what was submitted to be saved.
pub const DROP_FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the saving of one document stands, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing submitted since the document was tracked (or the path is unknown).
    Unchanged,
    /// Newer content waits for the worker.
    Pending,
    /// The worker is writing it now.
    Saving,
    /// Everything submitted is on disk.
    Saved {
        /// When the save finished.
        at: DateTime<Utc>,
        /// The hash of the bytes written.
        hash: FileHash,
    },
    /// The last save failed; the newest content is kept in memory.
    Failed {
        /// What went wrong, shown in the user's language by
        /// [`super::strings::save_error`].
        error: Arc<SaveError>,
        /// Failed attempts in a row.
        attempts: u32,
        /// When the worker tries again by itself; `None`: only on the next submission.
        next_retry: Option<Instant>,
    },
    /// The file changed (or vanished) on disk since it was read: not saved again until the
    /// document is tracked anew; the newest content is kept for [`Autosaver::save_elsewhere`].
    Conflict {
        /// What was found, shown in the user's language by [`super::strings::save_error`].
        error: Arc<SaveError>,
    },
}

/// Saves documents of type `T` on a worker thread. Dropping it flushes (for at most
/// [`DROP_FLUSH_TIMEOUT`]) and stops the thread; content still unsaved then is lost, so on
/// quit call [`Autosaver::flush`] first and offer [`Autosaver::save_elsewhere`] if it fails.
pub struct Autosaver<T: Document + Sync + 'static = Meeting> {
    shared: Arc<Shared<T>>,
    worker: Option<JoinHandle<()>>,
}

/// What the UI thread and the worker share.
struct Shared<T> {
    root: PathBuf,
    /// Where every version written is kept too, to find a merge's ancestor later.
    versions: Option<VersionCache>,
    state: Mutex<State<T>>,
    /// Signalled on every submission and every finished save.
    changed: Condvar,
}

struct State<T> {
    entries: BTreeMap<PathBuf, Entry<T>>,
    saves_done: u64,
    stop: bool,
}

/// One document's saving state.
struct Entry<T> {
    /// What the file on disk must be for the next save; `None` until tracked.
    base: Option<Base>,
    /// Bumped by every `track`, so that a save begun before it does not set the new base.
    epoch: u64,
    /// The newest content submitted.
    latest: Option<Arc<T>>,
    /// Whether `latest` is newer than what is on disk.
    dirty: bool,
    state: SaveState,
    /// Failed attempts in a row, for the backoff.
    attempts: u32,
}

/// A save handed to the worker.
struct Job<T> {
    rel: PathBuf,
    content: Arc<T>,
    base: Base,
    epoch: u64,
}

impl<T: Document + Sync + 'static> Autosaver<T> {
    /// Starts the worker thread for the folder at `root`.
    pub fn spawn(root: PathBuf) -> Self {
        Self::spawn_keeping(root, None)
    }

    /// Starts the worker thread for the folder at `root`; every version it writes is also
    /// kept in `versions`, from the bytes written (reading the file back could already find
    /// someone else's version there).
    pub fn spawn_keeping(root: PathBuf, versions: Option<VersionCache>) -> Self {
        let shared = Arc::new(Shared {
            root,
            versions,
            state: Mutex::new(State { entries: BTreeMap::new(), saves_done: 0, stop: false }),
            changed: Condvar::new(),
        });
        let worker_shared = Arc::clone(&shared);
        let worker = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || run(&worker_shared))
            .ok();
        // Without a thread nothing would ever be saved: say so at once rather than later.
        if worker.is_none() {
            shared.lock().stop = true;
        }
        Autosaver { shared, worker }
    }

    /// Starts (or restarts) saving `rel` from `base`: the base of the loaded file, or
    /// [`Base::new_file`]. Clears a conflict or failure and forgets content not yet saved,
    /// which was based on the old file; after a conflict, call it with the reloaded file's base
    /// and submit the merged content.
    pub fn track(&self, rel: PathBuf, base: Base) {
        let mut state = self.shared.lock();
        let entry = state.entries.entry(rel).or_insert_with(Entry::untracked);
        *entry = Entry { base: Some(base), epoch: entry.epoch + 1, ..Entry::untracked() };
        self.shared.changed.notify_all();
    }

    /// Hands over the newest content of `rel`, without waiting; it replaces content still
    /// waiting to be saved. A path never tracked is not saved (the state says why).
    pub fn submit(&self, rel: PathBuf, content: T) {
        let mut state = self.shared.lock();
        let entry = state.entries.entry(rel).or_insert_with(Entry::untracked);
        entry.latest = Some(Arc::new(content));
        entry.dirty = true;
        entry.state = entry.state_after_submit();
        self.shared.changed.notify_all();
    }

    /// Stops following `rel` (its editor closed): what it holds is neither saved nor retried
    /// any more, and [`Autosaver::flush`] no longer waits for it.
    pub fn forget(&self, rel: &Path) {
        self.shared.lock().entries.remove(rel);
        self.shared.changed.notify_all();
    }

    /// Where the saving of `rel` stands, without waiting on the disk.
    pub fn status(&self, rel: &Path) -> SaveState {
        let state = self.shared.lock();
        state.entries.get(rel).map_or(SaveState::Unchanged, |e| e.state.clone())
    }

    /// How many saves succeeded since the start, for the status line.
    pub fn saves_done(&self) -> u64 {
        self.shared.lock().saves_done
    }

    /// Waits until nothing is pending or being saved, for at most `timeout`. True when
    /// everything submitted is on disk; false on a failure, a conflict or the timeout.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut state = self.shared.lock();
        loop {
            if state.settled() {
                return state.all_saved();
            }
            let now = Instant::now();
            if now >= deadline || state.stop {
                return false;
            }
            state = self.shared.wait(state, Some(deadline - now));
        }
    }

    /// Writes the newest content of `rel` to `target`, a path the user chose (outside the
    /// folder, typically), atomically. Refuses a `target` that exists: that could be the file
    /// changed on disk, or anything else of value.
    pub fn save_elsewhere(&self, rel: &Path, target: &Path) -> Result<(), SaveError> {
        let content = self.shared.lock().entries.get(rel).and_then(|e| e.latest.clone());
        let content = content.ok_or(SaveError::NotTracked)?;
        if target.symlink_metadata().is_ok() {
            return Err(SaveError::Exists(target.to_owned()));
        }
        let text = to_ron(&*content).map_err(|e| SaveError::Serialize(target.to_owned(), e))?;
        write_atomic(target, text.as_bytes()).map_err(|e| SaveError::Io(target.to_owned(), e))
    }
}

impl<T: Document + Sync + 'static> Drop for Autosaver<T> {
    fn drop(&mut self) {
        self.flush(DROP_FLUSH_TIMEOUT);
        let saving = {
            let mut state = self.shared.lock();
            state.stop = true;
            state.entries.values().any(|e| e.state == SaveState::Saving)
        };
        self.shared.changed.notify_all();
        // A save stuck on a hung network disk must not hang the app's exit: leave it running.
        if let Some(worker) = self.worker.take()
            && !saving
        {
            let _ = worker.join();
        }
    }
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().expect("autosave state poisoned")
    }

    fn wait<'a>(
        &self,
        guard: MutexGuard<'a, State<T>>,
        timeout: Option<Duration>,
    ) -> MutexGuard<'a, State<T>> {
        match timeout {
            Some(t) => self.changed.wait_timeout(guard, t).expect("autosave state poisoned").0,
            None => self.changed.wait(guard).expect("autosave state poisoned"),
        }
    }
}

/// The worker: takes the next save, writes it without holding the lock, records the outcome.
fn run<T: Document + Sync>(shared: &Shared<T>) {
    while let Some(job) = next_job(shared) {
        let result = save(&shared.root, &job.rel, &*job.content, job.base);
        if let (Ok(hash), Some(versions)) = (&result, &shared.versions) {
            keep_version(versions, &*job.content, *hash);
        }
        let mut state = shared.lock();
        state.finish(job, result);
        shared.changed.notify_all();
    }
}

/// Keeps the version just written: serializing is deterministic, so the same text again,
/// checked against the hash of what was written.
fn keep_version<T: Document>(versions: &VersionCache, content: &T, written: FileHash) {
    if let Ok(text) = to_ron(content)
        && FileHash::of(text.as_bytes()) == written
    {
        // A cache that cannot be written only costs a later merge its ancestor.
        let _ = versions.keep(text.as_bytes());
    }
}

/// Waits for a save to do: a submission, or a retry coming due. `None` once stopped.
fn next_job<T>(shared: &Shared<T>) -> Option<Job<T>> {
    let mut state = shared.lock();
    loop {
        if state.stop {
            return None;
        }
        let now = Instant::now();
        if let Some(job) = state.take_job(now) {
            return Some(job);
        }
        let timeout = state.next_retry().map(|at| at.saturating_duration_since(now));
        state = shared.wait(state, timeout);
    }
}

impl<T> State<T> {
    fn take_job(&mut self, now: Instant) -> Option<Job<T>> {
        let (rel, entry) = self.entries.iter_mut().find(|(_, e)| e.is_due(now))?;
        let (content, base) = (entry.latest.clone()?, entry.base?);
        entry.dirty = false;
        entry.state = SaveState::Saving;
        Some(Job { rel: rel.clone(), content, base, epoch: entry.epoch })
    }

    /// The earliest automatic retry, to wake up for.
    fn next_retry(&self) -> Option<Instant> {
        let retry_at = |e: &Entry<T>| match e.state {
            SaveState::Failed { next_retry, .. } if e.dirty => next_retry,
            _ => None,
        };
        self.entries.values().filter_map(retry_at).min()
    }

    fn finish(&mut self, job: Job<T>, result: Result<FileHash, SaveError>) {
        if result.is_ok() {
            self.saves_done += 1;
        }
        let Some(entry) = self.entries.get_mut(&job.rel) else { return };
        // Tracked anew while saving: the new base and state stand.
        if entry.epoch != job.epoch {
            return;
        }
        match result {
            Ok(hash) => entry.saved(hash),
            Err(e) => entry.failed(e),
        }
    }

    /// Nothing waits for the worker: every entry is saved, failed, in conflict or unchanged.
    fn settled(&self) -> bool {
        self.entries.values().all(|e| !matches!(e.state, SaveState::Pending | SaveState::Saving))
    }

    fn all_saved(&self) -> bool {
        self.entries
            .values()
            .all(|e| !e.dirty && matches!(e.state, SaveState::Saved { .. } | SaveState::Unchanged))
    }
}

mod entry;

#[cfg(test)]
mod tests;
