//! A conflict copy of the plan, the members or an update file next to its original: read and
//! compared element by element ([`crate::domain::merge::merge_file`]) against their common
//! ancestor when both carry the stamp of a version this app wrote ([`super::stamp`]), and the
//! merge written back: the original as it was kept in `.stuurgroep/resolved/` first (so that
//! `undo` can put it back), the merge written atomically and only if the original is unchanged
//! since it was read, stamped as a new version, the copy moved away once nothing is left to
//! choose.

use super::Document;
use super::FileHash;
use super::conflict::WriteError;
use super::document::{MEMBERS_PATH, PLAN_PATH, UPDATES_DIR};
use super::load::{ConflictCopy, read_document};
use super::save::{Base, SaveError, save};
use super::stamp::{Stamped, ancestor, stamped};
use super::undo::{MergeRecord, keep_unchanged};
use super::versions::VersionCache;
use crate::domain::merge::{
    Choice, FileContent, FileDifference, FileElement, FileMerge, Side, merge_file,
};
use std::path::{Path, PathBuf};

/// One conflict copy of a file that is not a meeting, read and merged with its original.
#[derive(Debug, Clone)]
pub struct FileCompared {
    /// The copy.
    pub copy: ConflictCopy,
    /// The original as read.
    pub original: FileContent,
    /// The copy as read.
    pub theirs: FileContent,
    /// Their common ancestor, when both name a version this app wrote that is kept.
    pub ancestor: Option<FileContent>,
    /// The hash of the original's bytes as read: a merge is written over those only.
    hash: FileHash,
    /// What the original must still be for the merge to be written over it; for a file of a
    /// newer schema, its version (that is why not).
    base: Result<Base, u32>,
    /// The automatic merge, and what differs.
    pub merge: FileMerge<FileContent, FileElement>,
    /// Whether the copy's content is the original's: nothing to merge, it can go at once.
    pub identical: bool,
}

impl FileCompared {
    /// Reads and compares a copy of the plan, the members or an update file against the
    /// versions of the folder and the user's cache: `None` when it is a copy of none of these,
    /// `Err` with why when it or its original cannot be read. Writes nothing.
    pub fn read(root: &Path, copy: &ConflictCopy) -> Option<Result<Self, String>> {
        Self::read_with(root, copy, &VersionCache::for_folder(root))
    }

    /// [`FileCompared::read`] with the ancestors looked up in `versions`.
    pub fn read_with(
        root: &Path,
        copy: &ConflictCopy,
        versions: &VersionCache,
    ) -> Option<Result<Self, String>> {
        let kind = Kind::of(&copy.original)?;
        Some(Self::read_kind(root, copy, kind, versions))
    }

    fn read_kind(
        root: &Path,
        copy: &ConflictCopy,
        kind: Kind,
        versions: &VersionCache,
    ) -> Result<Self, String> {
        let (original, hash, base) = kind.read(root, &copy.original)?;
        let (theirs, _, _) = kind.read(root, &copy.path)?;
        let ancestor = kind.ancestor(versions, &original, &theirs);
        let merge = merge_file(ancestor.as_ref(), &original, &theirs, &[])
            .ok_or_else(|| super::relpath::slashed(&copy.path).to_string())?;
        let identical = merge.differences.is_empty();
        Ok(Self { copy: copy.clone(), original, theirs, ancestor, hash, base, merge, identical })
    }

    /// What differs, and who changed it.
    pub fn differences(&self) -> &[FileDifference<FileElement>] {
        &self.merge.differences
    }

    /// Whether the copy holds something the original lacks: an element changed in the copy
    /// (or, without an ancestor, any difference). Putting it away then asks first.
    pub fn holds_more(&self) -> bool {
        !self.identical
            && (self.ancestor.is_none() || self.differences().iter().any(|d| d.side != Side::Ours))
    }

    /// The merge with the user's `choices` for the elements both sides changed.
    pub fn merge_with(
        &self,
        choices: &[(FileElement, Choice)],
    ) -> FileMerge<FileContent, FileElement> {
        merge_file(self.ancestor.as_ref(), &self.original, &self.theirs, choices)
            .unwrap_or_else(|| self.merge.clone())
    }

    /// Writes the automatic merge over the original (refused if the original changed since it
    /// was read) when it differs from it; when nothing is left to choose, moves the copy out of
    /// the way and returns where it went.
    pub fn write(&self, root: &Path) -> Result<Option<PathBuf>, WriteError> {
        self.write_merge(root, &self.merge)
    }

    /// Writes `merge` (this copy's, with or without choices) as [`FileCompared::write`] does:
    /// the original as it was kept in the folder's history first, the merge stamped as a new
    /// version, its record for `undo` beside it.
    pub fn write_merge(
        &self,
        root: &Path,
        merge: &FileMerge<FileContent, FileElement>,
    ) -> Result<Option<PathBuf>, WriteError> {
        let settled = merge.open.is_empty();
        let at = chrono::Utc::now();
        let written = if merge.merged != self.original {
            let before = keep_unchanged(root, &self.copy.original, self.hash, at)?;
            Some((before, self.save(root, &merge.merged)?))
        } else {
            None
        };
        let record = written.map(|(before, hash)| MergeRecord {
            version: 1,
            original: self.copy.original.clone(),
            before,
            merged: hash.to_string(),
            copy: self.copy.path.clone(),
            copy_moved_to: None,
            at,
            also: Vec::new(),
        });
        super::undo::finish(root, &self.copy.path, settled, record)
    }

    /// Saves `merged` over the original, stamped as a version kept in the folder.
    fn save(&self, root: &Path, merged: &FileContent) -> Result<FileHash, WriteError> {
        let rel = &self.copy.original;
        let base =
            self.base.map_err(|version| SaveError::NewerVersion { path: rel.clone(), version })?;
        let versions = VersionCache::for_folder(root);
        fn put<T: Stamped>(
            root: &Path,
            rel: &Path,
            versions: &VersionCache,
            merged: &T,
            base: Base,
        ) -> Result<FileHash, SaveError> {
            // The merge goes on from the original's version: that is its chain.
            let value = stamped(versions, merged, merged.written_as());
            save(root, rel, &value, base)
        }
        let saved = match merged {
            FileContent::Plan(p) => put(root, rel, &versions, p, base),
            FileContent::Members(m) => put(root, rel, &versions, m, base),
            FileContent::Updates(u) => put(root, rel, &versions, u, base),
        };
        // A merge settles a copy: versions nothing needs any more may go (a failure to
        // remove one costs only space).
        let _ = super::versions::prune(root, std::time::SystemTime::now());
        Ok(saved?)
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

    /// The file `rel` read as this kind, the hash of its bytes, and the base to save over it.
    fn read(
        self,
        root: &Path,
        rel: &Path,
    ) -> Result<(FileContent, FileHash, Result<Base, u32>), String> {
        fn doc<T: Document>(
            root: &Path,
            rel: &Path,
        ) -> Result<(T, FileHash, Result<Base, u32>), String> {
            let file = read_document::<T>(root, rel).map_err(|e| e.to_string())?;
            let base = file.base().map_err(|_| file.value.version());
            Ok((file.value, file.hash, base))
        }
        Ok(match self {
            Kind::Plan => doc(root, rel).map(|(p, h, b)| (FileContent::Plan(p), h, b))?,
            Kind::Members => doc(root, rel).map(|(m, h, b)| (FileContent::Members(m), h, b))?,
            Kind::Updates => doc(root, rel).map(|(u, h, b)| (FileContent::Updates(u), h, b))?,
        })
    }

    /// The common ancestor of the two sides, from their stamps.
    fn ancestor(
        self,
        versions: &VersionCache,
        ours: &FileContent,
        theirs: &FileContent,
    ) -> Option<FileContent> {
        use FileContent as C;
        match (ours, theirs) {
            (C::Plan(o), C::Plan(t)) => ancestor(versions, o, t).map(C::Plan),
            (C::Members(o), C::Members(t)) => ancestor(versions, o, t).map(C::Members),
            (C::Updates(o), C::Updates(t)) => ancestor(versions, o, t).map(C::Updates),
            _ => None,
        }
    }
}
