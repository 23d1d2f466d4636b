//! A conflict copy of a meeting next to its original: read and compared element by element
//! against the ancestor from the version cache, and the merge written back — the original
//! atomically and only if unchanged since it was read, the copy moved to
//! `.stuurgroep/resolved/` (never deleted).

use super::format::to_ron;
use super::load::{ConflictCopy, LoadedFile, read_document};
use super::save::{SaveError, save};
use super::undo::{MergeRecord, keep_unchanged};
use super::versions::VersionCache;
use crate::domain::meeting::Meeting;
use crate::domain::merge::{self, Difference};
use std::path::{Path, PathBuf};

/// Where settled copies go, inside the folder.
pub const RESOLVED_DIR: &str = ".stuurgroep/resolved";

/// Why a merge was not written, or not all of it: rendered in the user's language by
/// [`super::strings::merge_write_error`].
#[derive(Debug)]
pub enum WriteError {
    /// The original was not written over (changed on disk, of a newer schema, the disk said
    /// no): nothing of the merge is in the folder.
    Save(SaveError),
    /// The original could not be read to keep it as it was: nothing was written.
    Read(PathBuf, std::io::Error),
    /// The original as it was could not be kept in `.stuurgroep/resolved/`: nothing was
    /// written.
    KeepOriginal(std::io::Error),
    /// The merge is written, but the settled copy could not be moved away: it stays listed.
    PutAway(PathBuf, std::io::Error),
    /// The merge is written, but its record is not: `undo` cannot find it (the original as it
    /// was is kept all the same).
    Record(std::io::Error),
    /// A file whose references would follow the merge is open in someone else's app:
    /// nothing was written.
    Held(PathBuf, Box<super::lock::LockInfo>),
}

impl From<SaveError> for WriteError {
    fn from(e: SaveError) -> Self {
        WriteError::Save(e)
    }
}

/// Why a conflict copy cannot be compared element by element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// A copy of the plan, the members or an update file: merged by hand.
    NotAMeeting,
    /// The copy or its original cannot be read, with why.
    Unreadable(String),
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompareError::NotAMeeting => write!(f, "not a meeting: merge by hand"),
            CompareError::Unreadable(why) => write!(f, "{why}"),
        }
    }
}

/// One conflict copy, read and compared with its original.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The copy.
    pub copy: ConflictCopy,
    /// The original as read.
    pub original: LoadedFile<Meeting>,
    /// The copy's content, its agenda items numbered as the original's ([`merge::align`]).
    pub theirs: Meeting,
    /// Their common ancestor, when it was found, numbered likewise.
    pub ancestor: Option<Meeting>,
    /// What differs, and who changed it.
    pub differences: Vec<Difference>,
    /// The copy's additions that were renumbered (the original had their numbers).
    pub renumbered: Vec<merge::Renumbered>,
    /// Whether the copy's content is the original's (apart from the version it was edited
    /// from): nothing to merge, no tampering, it can go at once.
    pub identical: bool,
    /// The other files whose references to the renumbered additions follow them when the
    /// merge is written (as the folder holds them when the copy was read).
    pub elsewhere: Vec<PathBuf>,
    /// Who wrote the original ([`super::authors::original`]), for the merge view's label.
    pub original_author: Option<String>,
}

impl Compared {
    /// Reads and compares a copy of a meeting; `Err` says why it cannot be (not a meeting,
    /// broken).
    pub fn read(
        root: &Path,
        copy: &ConflictCopy,
        cache: Option<&VersionCache>,
    ) -> Result<Self, CompareError> {
        if !copy.original.starts_with(super::document::MEETINGS_DIR) {
            return Err(CompareError::NotAMeeting);
        }
        let unreadable = |e: super::format::ParseError| CompareError::Unreadable(e.to_string());
        let original = read_document::<Meeting>(root, &copy.original).map_err(unreadable)?;
        let theirs = read_document::<Meeting>(root, &copy.path).map_err(unreadable)?.value;
        let identical = super::held::plain(&theirs) == super::held::plain(&original.value);
        let ancestor = cache.and_then(|c| c.ancestor(&original.value, &theirs));
        // The copy's and the ancestor's agenda items in the original's numbering: an item
        // inserted on one side must not shift the other's minutes into the wrong item.
        let (ancestor, theirs) = merge::align(ancestor.as_ref(), &original.value, &theirs);
        // What both added under one number: the copy's gets a new one, its links with it.
        let (theirs, renumbered) = merge::renumber(ancestor.as_ref(), &original.value, &theirs);
        let differences = merge::diff(ancestor.as_ref(), &original.value, &theirs);
        let mut compared = Self {
            copy: copy.clone(),
            original,
            theirs,
            ancestor,
            differences,
            renumbered,
            identical,
            elsewhere: Vec::new(),
            original_author: super::authors::original(root, &copy.original),
        };
        if let Ok(followers) = super::follow::of_merge(root, &compared, &compared.theirs) {
            compared.elsewhere = followers.into_iter().map(|f| f.path).collect();
        }
        Ok(compared)
    }

    /// Every copy of `copies`, read and compared, or why it cannot be.
    pub fn read_all(
        root: &Path,
        copies: &[ConflictCopy],
        cache: Option<&VersionCache>,
    ) -> Vec<(ConflictCopy, Result<Self, CompareError>)> {
        copies.iter().map(|c| (c.clone(), Self::read(root, c, cache))).collect()
    }

    /// An approved meeting is never merged: a copy of it that differs is reported as
    /// tampering (an identical one is not: it can only be put away).
    pub fn tampering(&self) -> bool {
        !self.identical && (self.original.value.is_frozen() || self.theirs.is_frozen())
    }

    /// Whether the copy holds something the original lacks: an element changed in the copy
    /// (or, without an ancestor, any difference). Putting it away then asks first.
    pub fn holds_more(&self) -> bool {
        !self.identical
            && (self.ancestor.is_none()
                || self.differences.iter().any(|d| d.side != merge::Side::Ours))
    }

    /// The automatic part of the merge, and what is left to choose.
    pub fn merge(&self) -> (Meeting, Vec<Difference>) {
        merge::merge(self.ancestor.as_ref(), &self.original.value, &self.theirs)
    }

    /// Writes `merged` over the original (refused if it changed since it was read); when
    /// `settled`, moves the copy out of the way and returns where it went.
    pub fn write(
        &self,
        root: &Path,
        mut merged: Meeting,
        settled: bool,
        cache: Option<&VersionCache>,
    ) -> Result<Option<PathBuf>, WriteError> {
        // The merge goes on from the original: that is its ancestor for a next conflict.
        if let (Some(cache), Ok(bytes)) = (cache, std::fs::read(root.join(&self.original.path))) {
            let _ = cache.keep(&bytes);
        }
        merged.edited_from = Some(self.original.hash.to_string());
        let ours_last = self.original.value.agenda.iter().map(|i| i.number).max().unwrap_or(0);
        merge::place_taken_items(&mut merged, &self.theirs, ours_last);
        let base = self.original.base()?;
        // The references elsewhere to the copy's renumbered additions follow them, written
        // with the merge; refused while one of those files is open in someone else's app.
        let followers = super::follow::of_merge(root, self, &merged)?;
        if let Some((path, info)) = super::follow::held_elsewhere(root, &followers) {
            return Err(WriteError::Held(path, Box::new(info)));
        }
        let at = chrono::Utc::now();
        let before = keep_unchanged(root, &self.original.path, self.original.hash, at)?;
        let written = save(root, &self.original.path, &merged, base)?;
        let also = self.follow(root, &followers, written, &before, at)?;
        // The merge is the newest version: the next conflict's ancestor.
        if let (Some(cache), Ok(text)) = (cache, to_ron(&merged))
            && super::FileHash::of(text.as_bytes()) == written
        {
            let _ = cache.keep(text.as_bytes());
        }
        // A merge settles a copy: versions nothing needs any more may go (a failure to
        // remove one costs only space).
        let _ = super::versions::prune(root, std::time::SystemTime::now());
        let record = MergeRecord {
            version: 1,
            original: self.original.path.clone(),
            before,
            merged: written.to_string(),
            copy: self.copy.path.clone(),
            copy_moved_to: None,
            at,
            also,
        };
        super::undo::finish(root, &self.copy.path, settled, Some(record))
    }

    /// Writes the references that follow the merge, each file as it was kept beside the
    /// original's; when one cannot be, the original gets its text back and nothing of the
    /// merge stays.
    fn follow(
        &self,
        root: &Path,
        followers: &[super::follow::Follower],
        written: super::FileHash,
        before: &Path,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Result<Vec<super::undo::AlsoWritten>, WriteError> {
        let undo_original = || {
            let ours = std::fs::read(root.join(&self.original.path))
                .is_ok_and(|b| super::FileHash::of(&b) == written);
            if let (true, Ok(bytes)) = (ours, std::fs::read(root.join(before))) {
                let _ = super::atomic::write_atomic(&root.join(&self.original.path), &bytes);
            }
        };
        let done = super::follow::write_all(root, followers).inspect_err(|_| undo_original())?;
        let mut also = Vec::new();
        for w in &done {
            match super::undo::keep_before(root, &w.path, &w.before, at) {
                Ok(kept) => also.push(super::undo::AlsoWritten {
                    file: w.path.clone(),
                    before: kept,
                    merged: w.hash.to_string(),
                }),
                Err(e) => {
                    super::follow::put_back(root, &done);
                    undo_original();
                    return Err(WriteError::KeepOriginal(e));
                }
            }
        }
        Ok(also)
    }
}

/// What a copy of a file that is not a meeting (the plan, the members, an update file) holds
/// apart from its original, line by line; empty when they are the same.
pub fn file_diff(
    root: &Path,
    copy: &ConflictCopy,
) -> std::io::Result<Vec<super::textdiff::DiffLine>> {
    let original = std::fs::read(root.join(&copy.original))?;
    let theirs = std::fs::read(root.join(&copy.path))?;
    if original == theirs {
        return Ok(Vec::new());
    }
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    Ok(super::textdiff::lines(&text(&original), &text(&theirs)))
}

/// Moves a copy that is settled (merged here, or by hand) to [`RESOLVED_DIR`] under a free
/// name: out of the way, never deleted.
pub fn put_away(root: &Path, copy: &Path) -> std::io::Result<PathBuf> {
    let dir = PathBuf::from(RESOLVED_DIR);
    std::fs::create_dir_all(root.join(&dir))?;
    let name = copy.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut to = dir.join(&name);
    let mut n = 1;
    while root.join(&to).exists() {
        n += 1;
        to = dir.join(format!("{n}-{name}"));
    }
    std::fs::rename(root.join(copy), root.join(&to))?;
    Ok(to)
}
