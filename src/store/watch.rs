//! Watching the folder for files that someone else changed (through the sync service), off
//! the UI thread: notify's events, settled before they are reported, only of documents and
//! conflict copies — never temp files, lock files or hidden files, and never a file that was
//! only read.

use super::names::{NameKind, classify};
use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// How long changes settle before they are reported: a sync service writes a file in steps.
pub const SETTLE: Duration = Duration::from_millis(300);

/// The longest changes that keep coming are held back before they are reported all the same.
const SETTLE_AT_MOST: Duration = Duration::from_secs(2);

/// A watch on a folder.
pub struct FolderWatcher {
    root: PathBuf,
    _watcher: notify::RecommendedWatcher,
    events: Receiver<Vec<PathBuf>>,
}

impl FolderWatcher {
    /// Starts watching `root`'s `data/` and `meetings/` and everything below them.
    pub fn start(root: &Path) -> notify::Result<Self> {
        Self::start_waking(root, super::reload::Wake::none())
    }

    /// Starts watching, calling `wake` whenever changes settled (the app's loop sleeps
    /// until something arrives).
    pub fn start_waking(root: &Path, wake: super::reload::Wake) -> notify::Result<Self> {
        // Events name paths under the folder as it is watched, and it is named as `changed`
        // strips it: resolved once, for both (on Windows resolving gives `\\?\C:\…`, which a
        // path without it never starts with).
        let root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
        let root = root.as_path();
        let (raw, arriving) = channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Some(event) = event.ok().filter(|e| !only_read(&e.kind)) {
                    for path in event.paths {
                        // The watch ends when the settling thread does: nothing left to tell.
                        let _ = raw.send(path);
                    }
                }
            })?;
        // Only where documents live: the folder may hold anything else (a checkout's target/).
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        for sub in [super::document::DATA_DIR, super::document::MEETINGS_DIR] {
            if root.join(sub).is_dir() {
                watcher.watch(&root.join(sub), RecursiveMode::Recursive)?;
            }
        }
        let (settled, events) = channel();
        std::thread::spawn(move || settle(&arriving, &settled, &wake));
        Ok(Self { root: root.to_owned(), _watcher: watcher, events })
    }

    /// The documents and conflict copies changed since the last call, relative to the folder,
    /// without waiting.
    pub fn changed(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = self
            .events
            .try_iter()
            .flatten()
            .filter_map(|path| relevant(&self.root, &path))
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }
}

/// Whether an event only says that a file was opened or read: inotify reports every open, and
/// this app's own loads (and its look whether a file is as loaded) read every file; taken for
/// changes they would make the app read them all again, and again.
fn only_read(kind: &EventKind) -> bool {
    matches!(kind, EventKind::Access(a) if *a != AccessKind::Close(AccessMode::Write))
}

/// Passes the changed paths on in batches, each once nothing more arrived for [`SETTLE`] (or
/// changes kept coming for [`SETTLE_AT_MOST`]), waking `wake`; ends with the watch.
fn settle(
    arriving: &Receiver<PathBuf>,
    settled: &std::sync::mpsc::Sender<Vec<PathBuf>>,
    wake: &super::reload::Wake,
) {
    while let Ok(first) = arriving.recv() {
        let (mut batch, since) = (vec![first], Instant::now());
        while since.elapsed() < SETTLE_AT_MOST {
            match arriving.recv_timeout(SETTLE) {
                Ok(path) => batch.push(path),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if settled.send(batch).is_err() {
            return;
        }
        wake.wake();
    }
}

/// `path` relative to `root`, if it is a document or a conflict copy.
fn relevant(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let name = rel.file_name()?.to_str()?;
    // Every `.ron` sibling counts as a document here: a OneDrive copy is then reported too.
    match classify(name, |_| true) {
        NameKind::Ignored => None,
        _ => Some(rel.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn wait_for(w: &FolderWatcher, want: &str) -> Vec<PathBuf> {
        let start = Instant::now();
        let mut seen = Vec::new();
        while start.elapsed() < Duration::from_secs(10) {
            seen.extend(w.changed());
            if seen.iter().any(|p| p == Path::new(want)) {
                return seen;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{want} never reported; saw {seen:?}");
    }

    #[test]
    #[cfg_attr(windows, ignore = "wine 8 reports no changes in a folder (ReadDirectoryChangesW)")]
    fn documents_are_reported_and_temp_and_lock_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("meetings/2027")).unwrap();
        let w = FolderWatcher::start(dir.path()).unwrap();
        let write = |rel: &str| std::fs::write(dir.path().join(rel), "x").unwrap();
        write("meetings/2027/~syncthing~stuurgroep.a.ron.1-1.tmp");
        write("meetings/2027/2027-01-20-stuurgroep.ron.lock");
        write("meetings/2027/.hidden.ron");
        write("meetings/2027/2027-01-20-stuurgroep.ron");
        let seen = wait_for(&w, "meetings/2027/2027-01-20-stuurgroep.ron");
        assert_eq!(seen, [PathBuf::from("meetings/2027/2027-01-20-stuurgroep.ron")]);
        write("meetings/2027/2027-01-20-stuurgroep.sync-conflict-20270120-193000-ABCDEFG.ron");
        wait_for(
            &w,
            "meetings/2027/2027-01-20-stuurgroep.sync-conflict-20270120-193000-ABCDEFG.ron",
        );
    }

    #[test]
    #[cfg_attr(windows, ignore = "wine 8 reports no changes in a folder (ReadDirectoryChangesW)")]
    fn a_file_that_is_only_read_is_not_reported_changed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("meetings/2027")).unwrap();
        let rel = "meetings/2027/2027-01-20-stuurgroep.ron";
        std::fs::write(dir.path().join(rel), "x").unwrap();
        let w = FolderWatcher::start(dir.path()).unwrap();
        // Read as a load reads it, several times: inotify says "opened" each time.
        for _ in 0..3 {
            std::fs::read(dir.path().join(rel)).unwrap();
        }
        std::thread::sleep(SETTLE * 3);
        assert_eq!(w.changed(), Vec::<PathBuf>::new(), "reading is no change");
        std::fs::write(dir.path().join(rel), "y").unwrap();
        assert_eq!(wait_for(&w, rel), [PathBuf::from(rel)], "writing is");
    }
}
