//! The versions of meetings this app opened for editing or wrote, kept by content hash in the
//! user's cache folder (outside the shared folder), so that the common ancestor of an original
//! and its conflict copy can be found for a three-way merge.

use super::format::parse;
use super::hash::FileHash;
use crate::domain::meeting::Meeting;
use std::io;
use std::path::{Path, PathBuf};

/// How far back a chain of versions is followed.
const MAX_STEPS: usize = 200;

/// A folder of versions, one file per content hash.
#[derive(Debug, Clone)]
pub struct VersionCache {
    dir: PathBuf,
}

impl VersionCache {
    /// The cache in `dir`.
    pub fn at(dir: &Path) -> Self {
        Self { dir: dir.to_owned() }
    }

    /// The user's cache (`$XDG_CACHE_HOME/stuurgroep/versions`, or the platform's).
    pub fn user() -> Option<Self> {
        crate::config::cache_dir().map(|d| Self::at(&d.join("versions")))
    }

    fn path(&self, hash: &str) -> Option<PathBuf> {
        let hex = hash.strip_prefix("blake3:")?;
        // A hash from a file is only ever hex: never a path.
        (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| self.dir.join(format!("{hex}.ron")))
    }

    /// Keeps `bytes` (a file's content); returns their hash.
    pub fn keep(&self, bytes: &[u8]) -> io::Result<FileHash> {
        let hash = FileHash::of(bytes);
        let Some(path) = self.path(&hash.to_string()) else { return Ok(hash) };
        if !path.exists() {
            std::fs::create_dir_all(&self.dir)?;
            // A cache may lose a version, so no fsync (this runs after every save); a torn
            // one is never used, since reading checks the hash.
            let temp = path.with_extension(format!("{}.tmp", std::process::id()));
            std::fs::write(&temp, bytes)?;
            std::fs::rename(&temp, &path)?;
        }
        Ok(hash)
    }

    /// The meeting version with this hash (`blake3:<hex>`), if kept here and readable.
    pub fn meeting(&self, hash: &str) -> Option<Meeting> {
        let path = self.path(hash)?;
        let bytes = std::fs::read(&path).ok()?;
        (FileHash::of(&bytes).to_string() == hash).then_some(())?;
        parse(&path, &bytes).ok()
    }

    /// The common ancestor of two versions: the version both were edited from, or, when one
    /// went on from a later save, the other's base found on the first one's chain.
    pub fn ancestor(&self, ours: &Meeting, theirs: &Meeting) -> Option<Meeting> {
        let (a, b) = (ours.edited_from.as_deref()?, theirs.edited_from.as_deref()?);
        if a == b {
            return self.meeting(a);
        }
        self.on_chain(a, b).or_else(|| self.on_chain(b, a))
    }

    /// `target`, if it lies on the chain of bases that starts at `start`.
    fn on_chain(&self, start: &str, target: &str) -> Option<Meeting> {
        let mut hash = start.to_owned();
        for _ in 0..MAX_STEPS {
            let version = self.meeting(&hash)?;
            if hash == target {
                return Some(version);
            }
            hash = version.edited_from?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_version_is_found_by_its_hash_and_a_path_never_is() {
        let dir = tempfile::tempdir().unwrap();
        let cache = VersionCache::at(dir.path());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let rel = "meetings/2022/2022-10-11-stuurgroep.ron";
        let bytes = std::fs::read(root.join(rel)).unwrap();
        let hash = cache.keep(&bytes).unwrap().to_string();
        let kept = cache.meeting(&hash).unwrap();
        assert_eq!(kept.id.as_str(), "2022-10-11-stuurgroep");
        assert!(cache.meeting("blake3:../../etc/passwd").is_none());
        // Two versions edited from it: it is their ancestor.
        let mut ours = kept.clone();
        ours.edited_from = Some(hash.clone());
        let mut theirs = kept.clone();
        theirs.edited_from = Some(hash);
        theirs.location = Some("Halle".into());
        assert_eq!(cache.ancestor(&ours, &theirs), Some(kept));
    }
}
