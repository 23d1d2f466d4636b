//! Loading a whole folder: every document parsed (in parallel), every broken one reported
//! with its location while the rest still loads, temp and sync files never loaded.

use super::cache::Cache;
use super::document::{Document, MEMBERS_PATH, PLAN_PATH};
use super::format::{ParseError, parse};
use super::hash::FileHash;
use super::names::SyncService;
use super::scan::{Known, scan};
use crate::domain::SCHEMA_VERSION;
use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use crate::domain::plan::Plan;
use crate::domain::updates::MemberUpdates;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A document as loaded, with what the store needs to save it back safely.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile<T> {
    /// Path relative to the folder.
    pub path: PathBuf,
    /// The parsed content.
    pub value: T,
    /// Hash of the bytes read, to notice a change on disk before saving.
    pub hash: FileHash,
}

impl<T: Document> LoadedFile<T> {
    /// Whether the file comes from a newer schema than this build writes: then it is shown but
    /// never saved.
    pub fn is_newer_version(&self) -> bool {
        self.value.version() > SCHEMA_VERSION
    }
}

/// A conflict copy made by a sync service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    /// The copy, relative to the folder.
    pub path: PathBuf,
    /// The file it is a copy of, relative to the folder.
    pub original: PathBuf,
    /// Which service made it.
    pub service: SyncService,
}

/// A place where a document belongs that is no regular file (a symbolic link, a folder):
/// never read, and reported by `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAFile {
    /// The place, relative to the folder.
    pub path: PathBuf,
    /// A symbolic link (else a folder or another kind of entry).
    pub link: bool,
}

/// Everything loaded from a folder.
#[derive(Debug, Default)]
pub struct Folder {
    /// The folder itself.
    pub root: PathBuf,
    /// `data/plan.ron`, if it parsed.
    pub plan: Option<LoadedFile<Plan>>,
    /// `data/members.ron`, if it exists and parsed.
    pub members: Option<LoadedFile<Members>>,
    /// The meetings that parsed, sorted by path (so by year, then date).
    pub meetings: Vec<LoadedFile<Meeting>>,
    /// The members' own update files that parsed.
    pub updates: Vec<LoadedFile<MemberUpdates>>,
    /// Files that could not be read or parsed: shown as unreadable, never written.
    pub errors: Vec<ParseError>,
    /// Conflict copies found (not loaded).
    pub conflicts: Vec<ConflictCopy>,
    /// Symbolic links and folders with a document's name (not read).
    pub not_files: Vec<NotAFile>,
    /// Number of documents read.
    pub files_read: usize,
}

impl Folder {
    /// Whether the file at `rel` is on disk as this folder holds it: a document with the bytes
    /// that were loaded, a conflict copy that is listed, or a file that is gone and not held.
    /// Then a change reported for it (this app's own write, already loaded) needs no reload.
    pub fn holds_as_on_disk(&self, rel: &Path) -> bool {
        let loaded = [self.plan.as_ref().map(|f| (&f.path, f.hash))]
            .into_iter()
            .flatten()
            .chain(self.members.as_ref().map(|f| (&f.path, f.hash)))
            .chain(self.meetings.iter().map(|f| (&f.path, f.hash)))
            .chain(self.updates.iter().map(|f| (&f.path, f.hash)))
            .find(|(path, _)| path.as_path() == rel);
        let listed = self.conflicts.iter().any(|c| c.path == rel);
        let broken = self.errors.iter().any(|e| e.path == rel);
        match fs::read(self.root.join(rel)) {
            Ok(bytes) => loaded.is_some_and(|(_, hash)| hash == FileHash::of(&bytes)) || listed,
            Err(e) if e.kind() == io::ErrorKind::NotFound => loaded.is_none() && !listed && !broken,
            Err(_) => false,
        }
    }
}

/// Why a folder could not be opened at all.
#[derive(Debug)]
pub enum OpenError {
    /// The path does not exist or is not a folder.
    NotAFolder(PathBuf),
    /// The folder has no `data/plan.ron`.
    NotAStuurgroepFolder(PathBuf),
    /// The folder could not be listed.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::NotAFolder(p) => write!(f, "{}: no such folder", p.display()),
            OpenError::NotAStuurgroepFolder(p) => {
                write!(f, "{}: not a stuurgroep folder (there is no {PLAN_PATH})", p.display())
            }
            OpenError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for OpenError {}

/// Loads every document of the folder at `root`.
pub fn load_folder(root: &Path) -> Result<Folder, OpenError> {
    let (mut folder, meetings) = load_folder_keeping(root, |meeting| meeting)?;
    folder.meetings = meetings;
    Ok(folder)
}

/// Loads the folder at `root` as [`load_folder`] does, but keeps of each meeting only what
/// `keep` makes of it, in the same order (by path): each meeting is dropped once `keep` has
/// seen it, so a command that needs a small part of every meeting never holds all of them.
/// `folder.meetings` stays empty.
pub fn load_folder_keeping<U: Send>(
    root: &Path,
    keep: impl Fn(LoadedFile<Meeting>) -> U + Sync,
) -> Result<(Folder, Vec<U>), OpenError> {
    load_with(root, false, None, keep)
}

/// [`load_folder`] for a command: the meetings and updates whose bytes are unchanged read from
/// the user's cache (see [`super::cache`]), which is then brought up to date.
pub fn load_folder_cached(root: &Path) -> Result<Folder, OpenError> {
    let (mut folder, meetings) = load_with(root, true, None, |meeting| meeting)?;
    folder.meetings = meetings;
    Ok(folder)
}

/// Whether a meeting file (its path, bytes and their hash) may hold what a command looks for
/// (false: surely not, or the command has it already).
pub type Wanted<'a> = &'a (dyn Fn(&Path, &[u8], FileHash) -> bool + Sync);

/// [`load_folder_cached`] for a command that needs only the meetings whose bytes `wanted`
/// accepts (`search`): the others are neither kept nor, when the cache knows that their bytes
/// parsed, parsed. Every other file is read as [`load_folder_cached`] reads it, so a broken
/// file is named all the same. `folder.meetings` holds the wanted ones, in order.
pub fn load_folder_wanted_cached(root: &Path, wanted: Wanted<'_>) -> Result<Folder, OpenError> {
    let (mut folder, meetings) = load_with(root, true, Some(wanted), |meeting| meeting)?;
    folder.meetings = meetings;
    Ok(folder)
}

/// [`load_folder_keeping`] through the user's cache, as [`load_folder_cached`].
pub fn load_folder_keeping_cached<U: Send>(
    root: &Path,
    keep: impl Fn(LoadedFile<Meeting>) -> U + Sync,
) -> Result<(Folder, Vec<U>), OpenError> {
    load_with(root, true, None, keep)
}

/// How many meetings a folder may hold and still be loaded whole before the app's first
/// frame: the rest of a folder this small would arrive too soon to be worth a second state.
pub const WHOLE_UP_TO: usize = 400;

/// How many of the newest meetings the app's first frame is drawn from in a larger folder.
pub const FIRST_MEETINGS: usize = 60;

/// The app's start: a folder of at most `whole_up_to` meetings is loaded whole through the
/// cache (as [`load_folder_cached`]); of a larger one the plan, the members, the update files
/// and the `newest` meetings only, and then the number of meetings in the whole folder comes
/// with it. Conflict copies wait for the whole folder (`folder.conflicts` stays empty).
pub fn load_folder_first(
    root: &Path,
    whole_up_to: usize,
    newest: usize,
) -> Result<(Folder, Option<usize>), OpenError> {
    let (mut folder, scan) = open_scan(root)?;
    if scan.meetings.len() <= whole_up_to {
        let (mut folder, meetings) = load_scanned(folder, scan, true, None, None, |m| m);
        folder.meetings = meetings;
        return Ok((folder, None));
    }
    let total = scan.meetings.len();
    // Paths sort by year, then date: the newest are the last.
    let first = &scan.meetings[total.saturating_sub(newest)..];
    let from = Source { root, cache: None, wanted: None, progress: None };
    folder.meetings = load_many(from, first, &mut folder.errors, |f| f);
    folder.updates = load_many(from, &scan.updates, &mut folder.errors, |f| f);
    folder.files_read = 2 + first.len() + scan.updates.len();
    Ok((folder, Some(total)))
}

/// [`load_folder_cached`] counting each meeting and update file read in `progress`: the app's
/// rest, loaded while its first frame is shown.
pub fn load_folder_counting(root: &Path, progress: &AtomicUsize) -> Result<Folder, OpenError> {
    let (folder, scan) = open_scan(root)?;
    let (mut folder, meetings) = load_scanned(folder, scan, true, None, Some(progress), |m| m);
    folder.meetings = meetings;
    Ok(folder)
}

fn load_with<U: Send>(
    root: &Path,
    cached: bool,
    wanted: Option<Wanted<'_>>,
    keep: impl Fn(LoadedFile<Meeting>) -> U + Sync,
) -> Result<(Folder, Vec<U>), OpenError> {
    let (folder, scan) = open_scan(root)?;
    Ok(load_scanned(folder, scan, cached, wanted, None, keep))
}

/// The folder at `root` opened: plan and members read, the rest listed (not read).
fn open_scan(root: &Path) -> Result<(Folder, super::scan::Scan), OpenError> {
    if !root.is_dir() {
        return Err(OpenError::NotAFolder(root.to_owned()));
    }
    if !root.join(PLAN_PATH).exists() {
        return Err(OpenError::NotAStuurgroepFolder(root.to_owned()));
    }
    let mut folder = Folder { root: root.to_owned(), ..Folder::default() };
    folder.plan = load_fixed(root, Path::new(PLAN_PATH), &mut folder);
    folder.members = load_fixed(root, Path::new(MEMBERS_PATH), &mut folder);
    // The bodies and members tell a OneDrive copy from a document with a hyphenated id.
    let known = |ids: fn(&Members) -> Vec<String>| folder.members.as_ref().map(|m| ids(&m.value));
    let bodies = known(|m| m.bodies.iter().map(|b| b.id.to_string()).collect());
    let members = known(|m| m.members.iter().map(|p| p.id.to_string()).collect());
    let scan = scan(root, &Known { bodies, members })?;
    Ok((folder, scan))
}

/// The listed meetings and updates of `folder` read, the meetings kept as `keep` makes them.
fn load_scanned<U: Send>(
    mut folder: Folder,
    scan: super::scan::Scan,
    cached: bool,
    wanted: Option<Wanted<'_>>,
    progress: Option<&AtomicUsize>,
    keep: impl Fn(LoadedFile<Meeting>) -> U + Sync,
) -> (Folder, Vec<U>) {
    let root = folder.root.clone();
    let root = root.as_path();
    folder.conflicts = scan.conflicts;
    folder.not_files = scan.not_files;
    let documents = scan.meetings.len() + scan.updates.len();
    let cache = cached.then(|| Cache::for_folder(root, documents)).flatten();
    let from = Source { root, cache: cache.as_ref(), wanted, progress };
    let kept = load_many(from, &scan.meetings, &mut folder.errors, keep);
    let from = Source { wanted: None, ..from };
    let updates = load_many(from, &scan.updates, &mut folder.errors, |f| f);
    folder.updates = updates;
    // A cache that cannot be written only makes the next command as slow as this one was.
    let _ = cache.map(Cache::save);
    folder.files_read = 2 + scan.meetings.len() + scan.updates.len();
    folder.errors.sort_by(|a, b| a.path.cmp(&b.path));
    (folder, kept)
}

/// Reads and parses one document; a failure goes to `errors`.
pub fn read_document<T: Document>(root: &Path, rel: &Path) -> Result<LoadedFile<T>, ParseError> {
    read_through(None, root, rel)
}

/// Where [`load_many`] reads documents: the folder, through the cache when there is one, and
/// only the wanted ones when not all are.
#[derive(Clone, Copy)]
struct Source<'a> {
    root: &'a Path,
    cache: Option<&'a Cache>,
    wanted: Option<Wanted<'a>>,
    /// Counts the documents read, for whoever shows how far the load is.
    progress: Option<&'a AtomicUsize>,
}

/// [`read_through`] of a wanted document; `None` for one that is not wanted and not broken.
fn read_wanted<T: Document>(
    from: Source<'_>,
    rel: &Path,
) -> Result<Option<LoadedFile<T>>, ParseError> {
    let Some(wanted) = from.wanted else {
        return read_through(from.cache, from.root, rel).map(Some);
    };
    let bytes = read_bytes(from.root, rel)?;
    let hash = FileHash::of(&bytes);
    if wanted(rel, &bytes, hash) {
        return parsed(from.cache, rel, bytes, hash).map(Some);
    }
    // Not wanted: parsed only to know that it is not broken, unless the cache knows.
    if !from.cache.is_some_and(|c| c.known::<T>(hash)) {
        parsed::<T>(from.cache, rel, bytes, hash)?;
    }
    Ok(None)
}

/// The bytes of the file at `rel`.
fn read_bytes(root: &Path, rel: &Path) -> Result<Vec<u8>, ParseError> {
    fs::read(root.join(rel)).map_err(|e| ParseError {
        path: rel.to_owned(),
        line: 1,
        col: 1,
        message: format!("cannot read: {e}"),
        line_text: String::new(),
        newer_version: None,
    })
}

/// The document in `bytes`, through `cache` when there is one.
fn parsed<T: Document>(
    cache: Option<&Cache>,
    rel: &Path,
    bytes: Vec<u8>,
    hash: FileHash,
) -> Result<LoadedFile<T>, ParseError> {
    let value = match cache {
        Some(cache) => cache.parsed::<T>(rel, &bytes, hash)?,
        None => parse::<T>(rel, &bytes)?,
    };
    Ok(LoadedFile { path: rel.to_owned(), value, hash })
}

/// [`read_document`], through `cache` when there is one.
fn read_through<T: Document>(
    cache: Option<&Cache>,
    root: &Path,
    rel: &Path,
) -> Result<LoadedFile<T>, ParseError> {
    let bytes = read_bytes(root, rel)?;
    let hash = FileHash::of(&bytes);
    parsed(cache, rel, bytes, hash)
}

/// Loads `data/plan.ron` or `data/members.ron`: absent is `None`, and so is a link or a
/// folder in its place (which the scan of `data/` put in `not_files`); a broken one goes to
/// `folder.errors`.
fn load_fixed<T: Document>(root: &Path, rel: &Path, folder: &mut Folder) -> Option<LoadedFile<T>> {
    let meta = fs::symlink_metadata(root.join(rel)).ok()?;
    if !meta.is_file() {
        return None;
    }
    read_document(root, rel).map_err(|e| folder.errors.push(e)).ok()
}

/// A file's position in the list and what was kept of parsing it.
type Parsed<U> = (usize, Result<Option<U>, ParseError>);

/// Parses many files on all cores (a folder of 20 years is ~2,000 files), keeping what
/// `keep` makes of each document.
fn load_many<T: Document, U: Send>(
    from: Source<'_>,
    paths: &[PathBuf],
    errors: &mut Vec<ParseError>,
    keep: impl Fn(LoadedFile<T>) -> U + Sync,
) -> Vec<U> {
    let workers =
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(paths.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Parsed<U>>> = Mutex::new(Vec::with_capacity(paths.len()));
    let work = || {
        let mut local = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(rel) = paths.get(i) else { break };
            local.push((i, read_wanted::<T>(from, rel).map(|f| f.map(&keep))));
            if let Some(progress) = from.progress {
                progress.fetch_add(1, Ordering::Relaxed);
            }
        }
        if let Ok(mut all) = results.lock() {
            all.extend(local);
        }
    };
    // The calling thread is one of the workers: it would only wait otherwise, and what it
    // parses is then in its own memory for whoever uses and frees it there (the index, a
    // reload that drops the old state).
    std::thread::scope(|s| {
        for _ in 1..workers {
            s.spawn(work);
        }
        work();
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);
    let mut loaded = Vec::with_capacity(results.len());
    for (_, result) in results {
        match result {
            Ok(Some(file)) => loaded.push(file),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    loaded
}
