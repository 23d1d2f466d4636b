//! Every merge can be undone: before a merge writes an original, the original as it was goes
//! into `.stuurgroep/resolved/` (`<name>.original-<stamp>.ron`), and a record of the merge
//! (`<name>.merge-<stamp>.ron`: which file, the merge's hash, where the copy went) beside it.
//! [`undo`] puts the last merge of a file back: the original restored atomically, the copy back
//! in its place; refused when the file changed since the merge.

use super::atomic::write_atomic;
use super::conflict::{RESOLVED_DIR, WriteError, put_away};
use super::format::{parse, to_ron};
use super::hash::FileHash;
use super::save::SaveError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

/// What marks a merge record's file name.
const MERGE_MARK: &str = ".merge-";
/// What marks the record of a merge that was undone.
const UNDONE_MARK: &str = ".undone-";

/// One merge, as recorded before it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeRecord {
    /// Schema version of the record.
    pub version: u32,
    /// The file merged into, relative to the folder.
    pub original: PathBuf,
    /// The original as it was before the merge, relative to the folder.
    pub before: PathBuf,
    /// The hash of what the merge wrote.
    pub merged: String,
    /// Where the conflict copy was.
    pub copy: PathBuf,
    /// Where the copy was put away, when the merge settled it.
    pub copy_moved_to: Option<PathBuf>,
    /// When the merge was written.
    pub at: DateTime<Utc>,
    /// The other files the merge wrote (references that followed a renumbered element).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<AlsoWritten>,
}

/// Another file a merge wrote, kept as it was before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlsoWritten {
    /// The file, relative to the folder.
    pub file: PathBuf,
    /// It as it was before the merge, relative to the folder.
    pub before: PathBuf,
    /// The hash of what the merge wrote there.
    pub merged: String,
}

/// Why a merge could not be undone.
#[derive(Debug)]
pub enum UndoError {
    /// No merge of this file is recorded (or every one was undone).
    NoMerge(PathBuf),
    /// The file changed since the merge: undoing would lose that change.
    ChangedSince(PathBuf),
    /// The disk said no.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for UndoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UndoError::NoMerge(p) => write!(f, "{}: no merge to undo", super::relpath::slashed(p)),
            UndoError::ChangedSince(p) => {
                write!(f, "{}: changed since the merge", super::relpath::slashed(p))
            }
            UndoError::Io(p, e) => write!(f, "{}: {e}", super::relpath::slashed(p)),
        }
    }
}

/// Keeps `bytes`, the original at `original` before a merge, in [`RESOLVED_DIR`]; returns
/// where (relative to the folder).
pub fn keep_before(
    root: &Path,
    original: &Path,
    bytes: &[u8],
    at: DateTime<Utc>,
) -> io::Result<PathBuf> {
    let rel = free_name(root, original, "original", at)?;
    write_atomic(&root.join(&rel), bytes)?;
    Ok(rel)
}

/// Keeps the original at `original` in [`RESOLVED_DIR`] exactly as it is on disk, before a
/// merge writes over it; refused when it is no longer the version `read` (it changed since).
pub fn keep_unchanged(
    root: &Path,
    original: &Path,
    read: FileHash,
    at: DateTime<Utc>,
) -> Result<PathBuf, WriteError> {
    let bytes =
        std::fs::read(root.join(original)).map_err(|e| WriteError::Read(original.to_owned(), e))?;
    if FileHash::of(&bytes) != read {
        return Err(SaveError::ChangedOnDisk(original.to_owned()).into());
    }
    keep_before(root, original, &bytes, at).map_err(WriteError::KeepOriginal)
}

/// After a merge is written: moves the copy at `copy` out of the way when the merge `settled`
/// it, then records the merge (`written`, if the original changed) for `undo`, saying where
/// the copy went. Where it went.
pub fn finish(
    root: &Path,
    copy: &Path,
    settled: bool,
    written: Option<MergeRecord>,
) -> Result<Option<PathBuf>, WriteError> {
    let moved = match settled {
        true => Some(put_away(root, copy).map_err(|e| WriteError::PutAway(copy.to_owned(), e))?),
        false => None,
    };
    if let Some(mut merge) = written {
        merge.copy_moved_to = moved.clone();
        // Without the record the merge stands but `undo` cannot find it; the original as it
        // was is kept all the same.
        record(root, &merge).map_err(WriteError::Record)?;
    }
    Ok(moved)
}

/// Writes the record of a merge that was written.
pub fn record(root: &Path, record: &MergeRecord) -> io::Result<PathBuf> {
    let rel = free_name(root, &record.original, "merge", record.at)?;
    let text = to_ron(record).map_err(io::Error::other)?;
    write_atomic(&root.join(&rel), text.as_bytes())?;
    Ok(rel)
}

/// `<resolved>/<name>.<what>-<stamp>.ron`, not yet taken.
fn free_name(root: &Path, original: &Path, what: &str, at: DateTime<Utc>) -> io::Result<PathBuf> {
    std::fs::create_dir_all(root.join(RESOLVED_DIR))?;
    let stem = original.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stamp = at.format("%Y%m%d-%H%M%S");
    let mut n = 1;
    loop {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let rel = Path::new(RESOLVED_DIR).join(format!("{stem}.{what}-{stamp}{suffix}.ron"));
        if !root.join(&rel).exists() {
            return Ok(rel);
        }
        n += 1;
    }
}

/// Every merge recorded and not undone, with its record file, oldest first.
pub fn merges(root: &Path) -> Vec<(PathBuf, MergeRecord)> {
    let dir = root.join(RESOLVED_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut found: Vec<(PathBuf, MergeRecord)> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.contains(MERGE_MARK) && !name.contains(UNDONE_MARK) && name.ends_with(".ron")
        })
        .filter_map(|e| {
            let path = e.path();
            let record = parse::<MergeRecord>(&path, &std::fs::read(&path).ok()?).ok()?;
            Some((path, record))
        })
        .collect();
    found.sort_by_key(|(_, r)| r.at);
    found
}

/// Undoes the last merge of `original` (relative to the folder), or of any file when `None`:
/// the original as it was goes back (atomically), the copy back where it was. Returns the
/// record of what was undone.
pub fn undo(root: &Path, original: Option<&Path>) -> Result<MergeRecord, UndoError> {
    let all = merges(root);
    let wanted = original.map(Path::to_owned).unwrap_or_default();
    let Some((path, rec)) =
        all.into_iter().rev().find(|(_, r)| original.is_none_or(|o| r.original == o))
    else {
        return Err(UndoError::NoMerge(wanted));
    };
    let io_at = |p: &Path| {
        let p = p.to_owned();
        move |e| UndoError::Io(p, e)
    };
    // Every file the merge wrote must still be what it wrote, before any goes back.
    let written = std::iter::once((&rec.original, &rec.before, &rec.merged))
        .chain(rec.also.iter().map(|a| (&a.file, &a.before, &a.merged)));
    let mut back = Vec::new();
    for (file, before, merged) in written {
        let now = std::fs::read(root.join(file)).map_err(io_at(file))?;
        if FileHash::of(&now).to_string() != *merged {
            return Err(UndoError::ChangedSince(file.clone()));
        }
        back.push((file, std::fs::read(root.join(before)).map_err(io_at(before))?));
    }
    for (file, bytes) in back {
        write_atomic(&root.join(file), &bytes).map_err(io_at(file))?;
    }
    if let Some(moved) = &rec.copy_moved_to
        && !root.join(&rec.copy).exists()
    {
        std::fs::rename(root.join(moved), root.join(&rec.copy)).map_err(io_at(moved))?;
    }
    // The record stays, marked undone, so that the history of the folder is complete.
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let undone = path.with_file_name(name.replacen(MERGE_MARK, UNDONE_MARK, 1));
    std::fs::rename(&path, &undone).map_err(io_at(&path))?;
    Ok(rec)
}
