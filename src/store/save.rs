//! Saving a document: only one that was read whole, of a schema this build writes, and only
//! if nobody changed it on disk since.

use super::atomic::{BUSY_RETRY_FOR, SaveStep, is_still_busy, write_atomic_with};
use super::document::Document;
use super::format::to_ron;
use super::hash::FileHash;
use super::load::LoadedFile;
use super::relpath::slashed;
use crate::domain::SCHEMA_VERSION;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// What the file on disk must be for a save to go ahead. Only a new file or a file that
/// was loaded whole gives one, so a file that failed to parse can never be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Base(Option<FileHash>);

impl Base {
    /// The file must not exist yet.
    pub fn new_file() -> Self {
        Base(None)
    }

    /// The base after a save that wrote content of `hash`. Crate-only, so that outside the
    /// store a base still comes only from a new file, a whole load or this crate's saver.
    pub(crate) fn after_save(hash: FileHash) -> Self {
        Base(Some(hash))
    }
}

impl<T: Document> LoadedFile<T> {
    /// The base for saving over this file, unless it comes from a newer schema.
    pub fn base(&self) -> Result<Base, SaveError> {
        if self.is_newer_version() {
            return Err(SaveError::NewerVersion {
                path: self.path.clone(),
                version: self.value.version(),
            });
        }
        Ok(Base(Some(self.hash)))
    }
}

/// Why a save did not happen. In every case the file on disk is untouched.
#[derive(Debug)]
pub enum SaveError {
    /// The file changed on disk since it was read (or appeared, for a new file).
    ChangedOnDisk(PathBuf),
    /// The file is gone since it was read.
    Missing(PathBuf),
    /// The file comes from a newer schema version: read-only here.
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// Its version.
        version: u32,
    },
    /// The path would leave the folder.
    OutsideFolder(PathBuf),
    /// The content could not be written as RON.
    Serialize(PathBuf, ron::Error),
    /// The disk said no: read-only folder, disk full, permissions.
    Io(PathBuf, io::Error),
    /// Another program kept the file in use (on Windows: OneDrive uploading it, a virus
    /// scanner, a viewer) for longer than a save waits; trying again later may succeed.
    Busy(PathBuf, io::Error),
    /// The autosaver was given content for a file it was not told to save (no base), or
    /// none to save elsewhere.
    NotTracked,
    /// A file is there already where a copy was to go: never overwritten.
    Exists(PathBuf),
}

/// Two errors are the same when they say the same about the same file (an OS error by its
/// kind): so that a save state can be compared.
impl PartialEq for SaveError {
    fn eq(&self, other: &Self) -> bool {
        use SaveError as E;
        match (self, other) {
            (E::ChangedOnDisk(a), E::ChangedOnDisk(b))
            | (E::Missing(a), E::Missing(b))
            | (E::OutsideFolder(a), E::OutsideFolder(b))
            | (E::Exists(a), E::Exists(b)) => a == b,
            (E::NewerVersion { path: a, version: x }, E::NewerVersion { path: b, version: y }) => {
                a == b && x == y
            }
            (E::Serialize(a, x), E::Serialize(b, y)) => a == b && x == y,
            (E::Io(a, x), E::Io(b, y)) | (E::Busy(a, x), E::Busy(b, y)) => {
                a == b && x.kind() == y.kind()
            }
            (E::NotTracked, E::NotTracked) => true,
            _ => false,
        }
    }
}

impl Eq for SaveError {}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ChangedOnDisk(p) => {
                write!(f, "{}: changed on disk since it was read; not overwritten", slashed(p))
            }
            SaveError::Missing(p) => {
                write!(f, "{}: removed on disk since it was read; not written", slashed(p))
            }
            SaveError::NewerVersion { path, version } => write!(
                f,
                "{}: written by a newer version of stuurgroep (schema {version}, this one writes {SCHEMA_VERSION}); read-only",
                slashed(path)
            ),
            SaveError::OutsideFolder(p) => {
                write!(f, "{}: outside the folder; not written", slashed(p))
            }
            SaveError::Serialize(p, e) => {
                write!(f, "{}: cannot be written as RON: {e}", slashed(p))
            }
            SaveError::Io(p, e) => write!(f, "{}: {e}", slashed(p)),
            SaveError::Busy(p, _) => write!(
                f,
                "{}: in use by another program (a sync client uploading it, a virus scanner) for {} s; not written",
                slashed(p),
                BUSY_RETRY_FOR.as_secs()
            ),
            SaveError::NotTracked => write!(f, "not opened for saving (no base to save from)"),
            SaveError::Exists(p) => write!(f, "{}: exists already; not overwritten", slashed(p)),
        }
    }
}

impl std::error::Error for SaveError {}

/// Saves `value` to `rel` (relative to `root`) atomically if the file on disk is still
/// `base`; returns the hash of what was written, the base of the next save.
pub fn save<T: Document>(
    root: &Path,
    rel: &Path,
    value: &T,
    base: Base,
) -> Result<FileHash, SaveError> {
    save_with(root, rel, value, base, &mut |_| Ok(()))
}

/// [`save`] with a hook before each step of the atomic write, to test interruptions.
pub fn save_with<T: Document>(
    root: &Path,
    rel: &Path,
    value: &T,
    base: Base,
    before: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> Result<FileHash, SaveError> {
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(SaveError::OutsideFolder(rel.to_owned()));
    }
    if value.version() > SCHEMA_VERSION {
        return Err(SaveError::NewerVersion { path: rel.to_owned(), version: value.version() });
    }
    let path = root.join(rel);
    check_base(&path, rel, base)?;
    let text = to_ron(value).map_err(|e| SaveError::Serialize(rel.to_owned(), e))?;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| SaveError::Io(rel.to_owned(), e))?;
    }
    // Checked again just before the rename: a change that arrived while the temp file was
    // written and flushed (milliseconds on a slow disk) is not renamed over either.
    let mut changed = None;
    let written = write_atomic_with(&path, text.as_bytes(), &mut |step| {
        if step == SaveStep::Rename
            && let Err(e) = check_base(&path, rel, base)
        {
            changed = Some(e);
            return Err(io::Error::other("changed on disk"));
        }
        before(step)
    });
    if let Err(e) = written {
        return Err(changed.unwrap_or_else(|| {
            if is_still_busy(&e) {
                SaveError::Busy(rel.to_owned(), e)
            } else {
                SaveError::Io(rel.to_owned(), e)
            }
        }));
    }
    Ok(FileHash::of(text.as_bytes()))
}

fn check_base(path: &Path, rel: &Path, base: Base) -> Result<(), SaveError> {
    let on_disk = match fs::read(path) {
        Ok(bytes) => Some(FileHash::of(&bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(SaveError::Io(rel.to_owned(), e)),
    };
    match (base.0, on_disk) {
        (None, None) => Ok(()),
        (Some(expected), Some(actual)) if expected == actual => Ok(()),
        (Some(_), None) => Err(SaveError::Missing(rel.to_owned())),
        _ => Err(SaveError::ChangedOnDisk(rel.to_owned())),
    }
}
