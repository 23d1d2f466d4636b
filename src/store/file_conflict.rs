//! A conflict copy of the plan, the members or an update file next to its original: read and
//! compared element by element ([`crate::domain::merge::merge_file`]), and the automatic part
//! of the merge written back — the original atomically and only if unchanged since it was
//! read, the copy moved to `.stuurgroep/resolved/` once nothing is left to choose.
//!
//! These files record no version they were edited from, so no ancestor is looked up: what
//! both versions have differently is the user's choice, what only one has is kept.

use super::Document;
use super::conflict::{WriteError, put_away};
use super::document::{MEMBERS_PATH, PLAN_PATH, UPDATES_DIR};
use super::load::{ConflictCopy, read_document};
use super::save::{Base, SaveError, save};
use crate::domain::merge::{FileContent, FileDifference, FileElement, FileMerge, merge_file};
use std::path::{Path, PathBuf};

/// One conflict copy of a file that is not a meeting, read and merged with its original.
#[derive(Debug, Clone)]
pub struct FileCompared {
    /// The copy.
    pub copy: ConflictCopy,
    /// The original as read.
    pub original: FileContent,
    /// What the original must still be for the merge to be written over it; for a file of a
    /// newer schema, its version (that is why not).
    base: Result<Base, u32>,
    /// The automatic merge, and what differs.
    pub merge: FileMerge<FileContent, FileElement>,
}

impl FileCompared {
    /// Reads and compares a copy of the plan, the members or an update file: `None` when it is
    /// a copy of none of these, `Err` with why when it or its original cannot be read.
    pub fn read(root: &Path, copy: &ConflictCopy) -> Option<Result<Self, String>> {
        let kind = Kind::of(&copy.original)?;
        Some(Self::read_kind(root, copy, kind))
    }

    fn read_kind(root: &Path, copy: &ConflictCopy, kind: Kind) -> Result<Self, String> {
        let (original, base) = kind.read(root, &copy.original)?;
        let (theirs, _) = kind.read(root, &copy.path)?;
        let merge = merge_file(None, &original, &theirs, &[])
            .ok_or_else(|| super::relpath::slashed(&copy.path).to_string())?;
        Ok(Self { copy: copy.clone(), original, base, merge })
    }

    /// What differs, and who changed it.
    pub fn differences(&self) -> &[FileDifference<FileElement>] {
        &self.merge.differences
    }

    /// Writes the automatic merge over the original (refused if the original changed since it
    /// was read) when it differs from it; when nothing is left to choose, moves the copy out of
    /// the way and returns where it went.
    pub fn write(&self, root: &Path) -> Result<Option<PathBuf>, WriteError> {
        if self.merge.merged != self.original {
            let rel = &self.copy.original;
            let base = self
                .base
                .map_err(|version| SaveError::NewerVersion { path: rel.clone(), version })?;
            let saved = match &self.merge.merged {
                FileContent::Plan(p) => save(root, rel, p, base),
                FileContent::Members(m) => save(root, rel, m, base),
                FileContent::Updates(u) => save(root, rel, u, base),
            };
            saved?;
        }
        if !self.merge.open.is_empty() {
            return Ok(None);
        }
        put_away(root, &self.copy.path)
            .map(Some)
            .map_err(|e| WriteError::PutAway(self.copy.path.clone(), e))
    }
}

/// Which file a copy is of.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Plan,
    Members,
    Updates,
}

impl Kind {
    /// The kind of the file at `original`, if it is one of these.
    fn of(original: &Path) -> Option<Self> {
        if original == Path::new(PLAN_PATH) {
            Some(Kind::Plan)
        } else if original == Path::new(MEMBERS_PATH) {
            Some(Kind::Members)
        } else {
            (original.parent() == Some(Path::new(UPDATES_DIR))).then_some(Kind::Updates)
        }
    }

    /// The file `rel` read as this kind, and the base to save over it.
    fn read(self, root: &Path, rel: &Path) -> Result<(FileContent, Result<Base, u32>), String> {
        fn doc<T: Document>(root: &Path, rel: &Path) -> Result<(T, Result<Base, u32>), String> {
            let file = read_document::<T>(root, rel).map_err(|e| e.to_string())?;
            let base = file.base().map_err(|_| file.value.version());
            Ok((file.value, base))
        }
        Ok(match self {
            Kind::Plan => doc(root, rel).map(|(p, h)| (FileContent::Plan(p), h))?,
            Kind::Members => doc(root, rel).map(|(m, h)| (FileContent::Members(m), h))?,
            Kind::Updates => doc(root, rel).map(|(u, h)| (FileContent::Updates(u), h))?,
        })
    }
}
