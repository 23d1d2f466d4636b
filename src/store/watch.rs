//! Watching the folder for files that someone else changed (through the sync service), off
//! the UI thread: notify with a debouncer, reporting only documents and conflict copies —
//! never temp files, lock files or hidden files.

use super::names::{NameKind, classify};
use notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// How long changes settle before they are reported: a sync service writes a file in steps.
pub const SETTLE: Duration = Duration::from_millis(300);

/// A watch on a folder.
pub struct FolderWatcher {
    root: PathBuf,
    _debouncer: Debouncer<notify::RecommendedWatcher>,
    events: Receiver<DebounceEventResult>,
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
        let (tx, events) = channel();
        let mut debouncer = new_debouncer(SETTLE, move |result: DebounceEventResult| {
            let _ = tx.send(result);
            wake.wake();
        })?;
        // Only where documents live: the folder may hold anything else (a checkout's target/).
        debouncer.watcher().watch(root, RecursiveMode::NonRecursive)?;
        for sub in [super::document::DATA_DIR, super::document::MEETINGS_DIR] {
            if root.join(sub).is_dir() {
                debouncer.watcher().watch(&root.join(sub), RecursiveMode::Recursive)?;
            }
        }
        Ok(Self { root: root.to_owned(), _debouncer: debouncer, events })
    }

    /// The documents and conflict copies changed since the last call, relative to the folder,
    /// without waiting.
    pub fn changed(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = self
            .events
            .try_iter()
            .filter_map(Result::ok)
            .flatten()
            .filter_map(|e| relevant(&self.root, &e.path))
            .collect();
        paths.sort();
        paths.dedup();
        paths
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
}
