//! The versions of meetings this app opened for editing or wrote, kept by content hash so that
//! the common ancestor of an original and its conflict copy can be found for a three-way merge.
//! They live in the shared folder itself (`.stuurgroep/versions/<hex>.ron`), so that every
//! member's machine finds the ancestor, and in the user's cache too (older versions were kept
//! only there, and a version pruned from the folder stays on the machine that edited it).
//! A version file is written once, atomically, and never changed: a sync service never sees two
//! versions of one file.

use super::atomic::write_atomic;
use super::format::parse;
use super::hash::FileHash;
use crate::domain::meeting::Meeting;
use std::io;
use std::path::{Path, PathBuf};

/// How far back a chain of versions is followed.
const MAX_STEPS: usize = 200;

/// Where versions live inside the shared folder.
pub const FOLDER_VERSIONS: &str = ".stuurgroep/versions";

/// Versions in the folder older than this, that nothing refers to, are removed by
/// [`VersionCache::prune`].
pub const PRUNE_AFTER: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// The user's cache folder, outside the shared folder (`$XDG_CACHE_HOME/stuurgroep`, or the
/// platform's). Found here, not in `config`, so that the store depends on no module that
/// depends on it.
pub fn user_cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "stuurgroep").map(|d| d.cache_dir().to_owned())
}

/// Folders of versions, one file per content hash: the first is written, all are read.
#[derive(Debug, Clone)]
pub struct VersionCache {
    dirs: Vec<PathBuf>,
}

impl VersionCache {
    /// The cache in `dir`.
    pub fn at(dir: &Path) -> Self {
        Self { dirs: vec![dir.to_owned()] }
    }

    /// The user's cache (`$XDG_CACHE_HOME/stuurgroep/versions`, or the platform's).
    pub fn user() -> Option<Self> {
        user_cache_dir().map(|d| Self::at(&d.join("versions")))
    }

    /// The versions of the shared folder at `root` (`.stuurgroep/versions`), with the user's
    /// cache beside them.
    pub fn for_folder(root: &Path) -> Self {
        let mut dirs = vec![root.join(FOLDER_VERSIONS)];
        dirs.extend(user_cache_dir().map(|d| d.join("versions")));
        Self { dirs }
    }

    fn path_in(dir: &Path, hash: &str) -> Option<PathBuf> {
        let hex = hash.strip_prefix("blake3:")?;
        // A hash from a file is only ever hex: never a path.
        (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| dir.join(format!("{hex}.ron")))
    }

    /// Keeps `bytes` (a file's content) in every folder of versions that lacks them; returns
    /// their hash. A version already there is never written again.
    pub fn keep(&self, bytes: &[u8]) -> io::Result<FileHash> {
        let hash = FileHash::of(bytes);
        let mut result = Ok(hash);
        for dir in &self.dirs {
            let Some(path) = Self::path_in(dir, &hash.to_string()) else { return Ok(hash) };
            if path.exists() {
                continue;
            }
            // Atomic (a temp name no sync service sends, renamed into place): another
            // machine never receives half a version.
            let written = std::fs::create_dir_all(dir).and_then(|()| write_atomic(&path, bytes));
            if let Err(e) = written {
                result = Err(e);
            }
        }
        result.map(|_| hash)
    }

    /// Makes sure the version `hash`, kept in any of the folders, is in the first one too
    /// (the shared folder), so that other machines find it; false when it is nowhere.
    pub fn publish(&self, hash: &str) -> bool {
        let found = self.dirs.iter().find_map(|dir| {
            let bytes = std::fs::read(Self::path_in(dir, hash)?).ok()?;
            (FileHash::of(&bytes).to_string() == hash).then_some(bytes)
        });
        found.is_some_and(|bytes| self.keep(&bytes).is_ok())
    }

    /// The meeting version with this hash (`blake3:<hex>`), if kept and readable.
    pub fn meeting(&self, hash: &str) -> Option<Meeting> {
        self.version(hash)
    }

    /// The version with this hash (`blake3:<hex>`) of a document of kind `T`, if kept and
    /// readable as one.
    pub fn version<T: super::Document>(&self, hash: &str) -> Option<T> {
        self.dirs.iter().find_map(|dir| {
            let path = Self::path_in(dir, hash)?;
            let bytes = std::fs::read(&path).ok()?;
            (FileHash::of(&bytes).to_string() == hash).then_some(())?;
            parse(&path, &bytes).ok()
        })
    }

    /// The common ancestor of two versions: the version both were edited from, or, when one
    /// went on from a later save, the other's base found on the first one's chain.
    pub fn ancestor(&self, ours: &Meeting, theirs: &Meeting) -> Option<Meeting> {
        self.ancestor_hash(ours, theirs).and_then(|hash| self.meeting(&hash))
    }

    /// The hash of [`VersionCache::ancestor`].
    pub fn ancestor_hash(&self, ours: &Meeting, theirs: &Meeting) -> Option<String> {
        let (a, b) = (ours.edited_from.as_deref()?, theirs.edited_from.as_deref()?);
        if a == b {
            return self.meeting(a).map(|_| a.to_owned());
        }
        self.on_chain(a, b).or_else(|| self.on_chain(b, a))
    }

    /// `target`, if it lies on the chain of bases that starts at `start`.
    fn on_chain(&self, start: &str, target: &str) -> Option<String> {
        let mut hash = start.to_owned();
        for _ in 0..MAX_STEPS {
            let version = self.meeting(&hash)?;
            if hash == target {
                return Some(hash);
            }
            hash = version.edited_from?;
        }
        None
    }
}

/// Removes the folder's versions that no meeting, conflict copy or editor can need any more,
/// and returns how many: a version goes once it is older than [`PRUNE_AFTER`] and no meeting
/// or copy of the folder was edited from it or from a later version whose chain leads to it.
/// While any meeting is locked nothing goes: its editor may go on from any version.
/// The user's cache is left alone.
pub fn prune(root: &Path, now: std::time::SystemTime) -> io::Result<usize> {
    let dir = root.join(FOLDER_VERSIONS);
    if !dir.is_dir() || any_lock(root) {
        return Ok(0);
    }
    let needed = needed(root);
    let mut removed = 0;
    for entry in std::fs::read_dir(&dir)?.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(hex) = name.strip_suffix(".ron") else { continue };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > PRUNE_AFTER));
        if old && !needed.contains(&format!("blake3:{hex}")) {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Every version hash the meetings, the plan, the members, the update files and the conflict
/// copies of the folder refer to (a meeting's `edited_from`, a file's `written_as`), with the
/// chains of versions behind them.
fn needed(root: &Path) -> std::collections::BTreeSet<String> {
    use super::stamp::{written_as_in, written_from_of};
    let Ok(folder) = super::load_folder(root) else { return Default::default() };
    let copies = folder.conflicts.iter().filter_map(|c| {
        let bytes = std::fs::read(root.join(&c.path)).ok()?;
        match parse::<Meeting>(&c.path, &bytes) {
            Ok(m) => m.edited_from,
            Err(_) => written_as_in(&c.path, &bytes),
        }
    });
    let files = [folder.plan.as_ref().and_then(|p| p.value.written_as.clone())]
        .into_iter()
        .chain([folder.members.as_ref().and_then(|m| m.value.written_as.clone())])
        .chain(folder.updates.iter().map(|u| u.value.written_as.clone()))
        .flatten();
    let starts: Vec<String> = folder
        .meetings
        .iter()
        .filter_map(|m| m.value.edited_from.clone())
        .chain(copies)
        .chain(files)
        .collect();
    let versions = VersionCache::at(&root.join(FOLDER_VERSIONS));
    let mut needed = std::collections::BTreeSet::new();
    for start in starts {
        let mut hash = Some(start);
        for _ in 0..MAX_STEPS {
            let Some(h) = hash.take().filter(|h| needed.insert(h.clone())) else { break };
            hash = match versions.meeting(&h) {
                Some(m) => m.edited_from,
                None => written_from_of(&versions, &h),
            };
        }
    }
    needed
}

/// Whether a lock file (or a sync service's copy of one) lies beside any meeting.
fn any_lock(root: &Path) -> bool {
    let meetings = root.join(super::document::MEETINGS_DIR);
    let Ok(years) = std::fs::read_dir(meetings) else { return false };
    years.filter_map(Result::ok).any(|year| {
        std::fs::read_dir(year.path()).is_ok_and(|files| {
            files.filter_map(Result::ok).any(|f| f.file_name().to_string_lossy().contains(".lock"))
        })
    })
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

    #[test]
    fn pruning_removes_old_versions_nothing_refers_to_and_nothing_while_a_meeting_is_locked() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let example = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(root.join("data")).unwrap();
        std::fs::create_dir_all(root.join("meetings/2022")).unwrap();
        std::fs::copy(example.join("data/plan.ron"), root.join("data/plan.ron")).unwrap();
        let rel = "meetings/2022/2022-10-11-stuurgroep.ron";
        let bytes = std::fs::read(example.join(rel)).unwrap();
        let versions = VersionCache::at(&root.join(FOLDER_VERSIONS));
        let base = versions.keep(&bytes).unwrap().to_string();
        let mut live: Meeting = parse(Path::new(rel), &bytes).unwrap();
        live.edited_from = Some(base.clone());
        let live_text = crate::store::to_ron(&live).unwrap();
        std::fs::write(root.join(rel), &live_text).unwrap();
        // A later version edited from the base, and one nothing refers to.
        let later = versions.keep(live_text.as_bytes()).unwrap().to_string();
        live.location = Some("Halle".into());
        let loose = versions.keep(crate::store::to_ron(&live).unwrap().as_bytes()).unwrap();
        let in_a_year = std::time::SystemTime::now() + PRUNE_AFTER * 12;
        std::fs::write(root.join(format!("{rel}.lock")), "x").unwrap();
        assert_eq!(prune(root, in_a_year).unwrap(), 0, "a meeting is locked");
        std::fs::remove_file(root.join(format!("{rel}.lock"))).unwrap();
        assert_eq!(prune(root, std::time::SystemTime::now()).unwrap(), 0, "all are young");
        // The live file refers to the base only; `later` and `loose` are referred to by none.
        assert_eq!(prune(root, in_a_year).unwrap(), 2);
        assert!(versions.meeting(&base).is_some());
        assert!(versions.meeting(&later).is_none());
        assert!(versions.meeting(&loose.to_string()).is_none());
    }
}
