//! The command line's cache of parsed documents, in the user's cache folder (never in the
//! shared folder): `$XDG_CACHE_HOME/stuurgroep/parsed/<folder>.cache`, or the platform's.
//!
//! A command reads every file of the folder anyway (to know that none is broken), and hashes
//! its bytes; a document whose bytes hash as they did when it was cached is read back from the
//! cache (JSON, several times faster to read than RON) instead of parsed. So a changed, broken
//! or half-synced file is always parsed again, and a broken one is named as without the cache.
//! A cache that is corrupt, or written by another build of the app, is ignored and rewritten;
//! each entry carries a CRC-32 of its own bytes, so a damaged entry is never believed. (A CRC
//! finds the damage a disk or a cut-short write does as surely as a cryptographic hash, at a
//! tenth of the cost: `search` reads 28 MB of entries at 20 years, and a blake3 of them was an
//! eighth of its time. The entries' keys stay blake3 hashes of the files' bytes.)
//!
//! `STUURGROEP_CACHE=off` switches the cache off (to compare); `STUURGROEP_CACHE=always`
//! caches also a folder of a few documents, which parses in milliseconds and is otherwise not
//! cached (it would only fill the cache folder).

use super::document::Document;
use super::format::{ParseError, parse};
use super::hash::FileHash;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The first bytes of a cache file; the number changes with the layout.
const MAGIC: &[u8] = b"stuurgroep parsed documents, layout 2\n";

/// A folder with fewer documents than this is not cached (see the module's doc).
const MIN_DOCUMENTS: usize = 200;

/// A cache not used for this long is removed when another is written.
const UNUSED: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// An entry's key: the hash of the document's type and of the file's bytes.
type Key = [u8; 32];

/// The bytes of one manifest line: key, offset, length, CRC-32 of the entry's bytes.
const LINE: usize = 32 + 8 + 8 + 4;

/// Where an entry of the cache file as read lies, and the CRC-32 of its bytes.
#[derive(Debug, Clone, Copy)]
struct Span {
    offset: u64,
    len: u64,
    check: u32,
}

/// An entry to write back: one from the cache as read, or one parsed now.
enum Blob {
    Old(Span),
    New(Vec<u8>),
}

/// The cache file as it was read: its manifest, and the file to read entries from.
struct Old {
    file: File,
    spans: HashMap<Key, Span>,
}

/// The cache of one folder, used while it loads, then saved.
pub struct Cache {
    path: PathBuf,
    old: Option<Old>,
    kept: Mutex<Vec<(Key, Blob)>>,
    changed: AtomicBool,
}

impl Cache {
    /// The cache of the folder at `root` holding `documents` documents: none when the user
    /// switched it off, has no cache folder, or the folder is too small to gain from one.
    pub fn for_folder(root: &Path, documents: usize) -> Option<Self> {
        Self::for_folder_named(root, documents, "parsed")
    }

    /// As [`Self::for_folder`], in the cache folder's `name` subfolder (each cache of a folder
    /// has its own file: a cache saves only the entries read through it).
    pub fn for_folder_named(root: &Path, documents: usize, name: &str) -> Option<Self> {
        Self::worth_it(documents).then(|| Self::named(root, name)).flatten()
    }

    /// Whether a folder of `documents` documents is cached (see the module's doc).
    pub fn worth_it(documents: usize) -> bool {
        let setting = std::env::var("STUURGROEP_CACHE").unwrap_or_default();
        setting != "off" && (documents >= MIN_DOCUMENTS || setting == "always")
    }

    /// The cache of the folder at `root` in the cache folder's `name` subfolder, whatever the
    /// folder's size: none when switched off or when the user has no cache folder.
    pub fn named(root: &Path, name: &str) -> Option<Self> {
        if std::env::var("STUURGROEP_CACHE").is_ok_and(|s| s == "off") {
            return None;
        }
        let root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
        let folder = blake3::hash(root.to_string_lossy().as_bytes()).to_hex();
        // Each build has its own file: two builds used in turn do not rewrite each other's.
        let build = blake3::hash(&stamp()).to_hex();
        let dir = super::versions::user_cache_dir()?.join(name);
        Some(Self::at(dir.join(format!("{}-{}.cache", &folder[..32], &build[..16]))))
    }

    /// The bytes kept under `tag` for the file whose bytes hash to `hash`, if whole (and then
    /// kept for the next time).
    pub fn raw(&self, tag: &str, hash: FileHash) -> Option<Vec<u8>> {
        let key = key_named(tag, hash);
        let span = *self.old.as_ref()?.spans.get(&key)?;
        let bytes = read_span(&self.old.as_ref()?.file, span)?;
        self.keep(key, Blob::Old(span));
        Some(bytes)
    }

    /// Keeps `bytes` under `tag` for the file whose bytes hash to `hash`.
    pub fn keep_raw(&self, tag: &str, hash: FileHash, bytes: Vec<u8>) {
        self.keep(key_named(tag, hash), Blob::New(bytes));
        self.changed.store(true, Ordering::Relaxed);
    }

    /// The cache in the file at `path` (which need not exist).
    pub fn at(path: PathBuf) -> Self {
        let old = File::open(&path).ok().and_then(|file| read_manifest(file).ok());
        Self { path, old, kept: Mutex::new(Vec::new()), changed: AtomicBool::new(false) }
    }

    /// The document in `bytes` (the file at `rel`, whose bytes hash to `hash`): from the cache
    /// when it holds these bytes, else parsed (and kept for the cache when it parses).
    pub fn parsed<T: Document>(
        &self,
        rel: &Path,
        bytes: &[u8],
        hash: FileHash,
    ) -> Result<T, ParseError> {
        let key = key::<T>(hash);
        if let Some((value, span)) = self.cached::<T>(&key) {
            self.keep(key, Blob::Old(span));
            return Ok(value);
        }
        let value = parse::<T>(rel, bytes)?;
        // A value that cannot be written as JSON is parsed again next time.
        if let Ok(json) = serde_json::to_vec(&value) {
            self.keep(key, Blob::New(json));
            self.changed.store(true, Ordering::Relaxed);
        }
        Ok(value)
    }

    /// Whether the document in the file whose bytes hash to `hash` parsed when it was cached
    /// (so it is not broken): then it is kept in the cache as if it were read, without
    /// reading its entry.
    pub fn known<T: Document>(&self, hash: FileHash) -> bool {
        let key = key::<T>(hash);
        let Some(span) = self.old.as_ref().and_then(|old| old.spans.get(&key)) else {
            return false;
        };
        self.keep(key, Blob::Old(*span));
        true
    }

    fn cached<T: Document>(&self, key: &Key) -> Option<(T, Span)> {
        let old = self.old.as_ref()?;
        let span = *old.spans.get(key)?;
        let bytes = read_span(&old.file, span)?;
        Some((serde_json::from_slice(&bytes).ok()?, span))
    }

    fn keep(&self, key: Key, blob: Blob) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.push((key, blob));
        }
    }

    /// Writes the cache back when it changed: the entries of the documents read this time
    /// (others' are dropped), to a temporary file renamed over the old one, so that another
    /// command reading it at the same time sees the old or the new cache, whole.
    pub fn save(self) -> io::Result<()> {
        let Self { path, old, kept, changed } = self;
        let mut kept = kept.into_inner().unwrap_or_default();
        // Of an entry kept twice (read, found damaged, made again), the last is the good one.
        kept.reverse();
        let mut seen = HashSet::new();
        kept.retain(|(key, _)| seen.insert(*key));
        let stale = old.as_ref().is_none_or(|o| o.spans.len() != kept.len());
        if !changed.load(Ordering::Relaxed) && !stale {
            // Used today: not one of the caches of gone folders and builds that are pruned.
            if let Some(old) = &old {
                let _ = old.file.set_modified(std::time::SystemTime::now());
            }
            return Ok(());
        }
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        prune(dir);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let temp = dir.join(format!(".{}.{nanos}.tmp", std::process::id()));
        let written = write_cache(&temp, old.as_ref().map(|o| &o.file), &kept);
        // The old file is closed before it is replaced (Windows refuses to replace an open one).
        drop(old);
        let result = written.and_then(|()| std::fs::rename(&temp, &path));
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result
    }
}

/// The key of the document of type `T` in a file whose bytes hash to `hash`.
fn key<T>(hash: FileHash) -> Key {
    key_named(std::any::type_name::<T>(), hash)
}

/// The key of what is kept under `tag` for a file whose bytes hash to `hash`.
fn key_named(tag: &str, hash: FileHash) -> Key {
    let mut key = blake3::Hasher::new();
    key.update(tag.as_bytes()).update(&[0]).update(&hash.0);
    *key.finalize().as_bytes()
}

/// Removes the caches in `dir` not used for a month (of folders and builds that are gone),
/// and temporary files left by a command that was stopped while it wrote one.
fn prune(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let age = entry.metadata().and_then(|m| m.modified()).ok();
        let age = age.and_then(|t| now.duration_since(t).ok()).unwrap_or_default();
        let old_cache = name.ends_with(".cache") && age > UNUSED;
        let left_over = name.ends_with(".tmp") && age > std::time::Duration::from_secs(3600);
        if old_cache || left_over {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// What tells this build's cache from another's: a cache written by another build of the app
/// (its types may read differently) is not read.
fn stamp() -> Vec<u8> {
    let exe = std::env::current_exe().and_then(std::fs::metadata).ok();
    let modified = exe
        .as_ref()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let size = exe.map_or(0, |m| m.len());
    let version = env!("CARGO_PKG_VERSION");
    format!("{version} {} {size} {modified}", crate::domain::SCHEMA_VERSION).into_bytes()
}

fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut buf = [0; 8];
    input.read_exact(&mut buf)?;
    Ok(u64::from_le_bytes(buf))
}

fn corrupt() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "not a cache of this build")
}

/// The manifest of a cache file: every span checked to lie inside the file.
fn read_manifest(file: File) -> io::Result<Old> {
    let size = file.metadata()?.len();
    let mut input = BufReader::new(&file);
    let mut magic = vec![0; MAGIC.len()];
    input.read_exact(&mut magic)?;
    let stamp = stamp();
    let stamp_len = read_u64(&mut input)?;
    if magic != MAGIC || stamp_len != stamp.len() as u64 {
        return Err(corrupt());
    }
    let mut read_stamp = vec![0; stamp.len()];
    input.read_exact(&mut read_stamp)?;
    let count = read_u64(&mut input)?;
    let start = (MAGIC.len() + 8 + stamp.len() + 8) as u64;
    let data = count.checked_mul(LINE as u64).and_then(|m| m.checked_add(start));
    if read_stamp != stamp || data.is_none_or(|d| d > size) {
        return Err(corrupt());
    }
    let data = data.unwrap_or(size);
    let mut spans = HashMap::new();
    for _ in 0..count {
        let mut line = [0; LINE];
        input.read_exact(&mut line)?;
        let part =
            |from: usize| u64::from_le_bytes(line[from..from + 8].try_into().unwrap_or([0; 8]));
        let (offset, len) = (data.saturating_add(part(32)), part(40));
        if offset.checked_add(len).is_none_or(|end| end > size) {
            return Err(corrupt());
        }
        let key: Key = line[..32].try_into().map_err(|_| corrupt())?;
        let check = u32::from_le_bytes(line[48..].try_into().map_err(|_| corrupt())?);
        spans.insert(key, Span { offset, len, check });
    }
    drop(input);
    Ok(Old { file, spans })
}

/// The bytes of an entry, if they are whole (their hash is the one the manifest gives).
fn read_span(file: &File, span: Span) -> Option<Vec<u8>> {
    let mut bytes = vec![0; usize::try_from(span.len).ok()?];
    read_at(file, &mut bytes, span.offset).ok()?;
    (crc32fast::hash(&bytes) == span.check).then_some(bytes)
}

/// Reads `buf.len()` bytes at `offset`, without moving a cursor shared by the threads.
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            let n = std::os::windows::fs::FileExt::seek_read(
                file,
                &mut buf[done..],
                offset + done as u64,
            )?;
            if n == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            done += n;
        }
        Ok(())
    }
}

/// Writes a cache file of `kept` to `path`; an old entry's bytes are copied from `old`.
fn write_cache(path: &Path, old: Option<&File>, kept: &[(Key, Blob)]) -> io::Result<()> {
    let mut blobs = Vec::with_capacity(kept.len());
    for (key, blob) in kept {
        let bytes = match blob {
            Blob::New(bytes) => std::borrow::Cow::Borrowed(bytes.as_slice()),
            Blob::Old(span) => match old.and_then(|file| read_span(file, *span)) {
                Some(bytes) => std::borrow::Cow::Owned(bytes),
                None => continue,
            },
        };
        blobs.push((key, bytes));
    }
    let mut out = BufWriter::new(File::create(path)?);
    let stamp = stamp();
    out.write_all(MAGIC)?;
    out.write_all(&(stamp.len() as u64).to_le_bytes())?;
    out.write_all(&stamp)?;
    out.write_all(&(blobs.len() as u64).to_le_bytes())?;
    let mut offset = 0u64;
    for (key, bytes) in &blobs {
        out.write_all(*key)?;
        out.write_all(&offset.to_le_bytes())?;
        out.write_all(&(bytes.len() as u64).to_le_bytes())?;
        out.write_all(&crc32fast::hash(bytes).to_le_bytes())?;
        offset += bytes.len() as u64;
    }
    for (_, bytes) in &blobs {
        out.write_all(bytes)?;
    }
    // Not synced to disk: a cache cut short by a crash fails its checks and is rewritten.
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::organisation::Members;
    use crate::domain::plan::Plan;

    /// The example's members file: its path, bytes and hash.
    fn example_members() -> (&'static Path, Vec<u8>, FileHash) {
        let rel = Path::new(super::super::document::MEMBERS_PATH);
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap();
        let hash = FileHash::of(&bytes);
        (rel, bytes, hash)
    }

    /// A cache at `path` holding the example's members file.
    fn cached_members(path: &Path) -> Members {
        let (rel, bytes, hash) = example_members();
        let cache = Cache::at(path.to_owned());
        let value = cache.parsed::<Members>(rel, &bytes, hash).unwrap();
        cache.save().unwrap();
        value
    }

    #[test]
    fn unchanged_bytes_are_read_from_the_cache_not_parsed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("folder.cache");
        let members = cached_members(&path);
        let (rel, _, hash) = example_members();
        // Bytes that would not parse, under the hash of those cached: the cache answers.
        let cache = Cache::at(path.clone());
        assert_eq!(cache.parsed::<Members>(rel, b"(broken", hash).unwrap(), members);
        // The same bytes read as another type are not taken from the cache.
        assert!(cache.parsed::<Plan>(rel, b"(broken", hash).is_err());
    }

    #[test]
    fn a_damaged_entry_is_parsed_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("folder.cache");
        cached_members(&path);
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 2;
        bytes[last] ^= 1;
        std::fs::write(&path, bytes).unwrap();
        let (rel, _, hash) = example_members();
        assert!(Cache::at(path).parsed::<Members>(rel, b"(broken", hash).is_err());
    }

    #[test]
    fn writing_a_cache_removes_those_unused_for_a_month() {
        let dir = tempfile::tempdir().unwrap();
        let aged = |name: &str, days: u64| {
            let path = dir.path().join(name);
            let file = File::create(&path).unwrap();
            let when = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 86400);
            file.set_modified(when).unwrap();
            path
        };
        let (gone, recent) = (aged("gone.cache", 40), aged("recent.cache", 20));
        cached_members(&dir.path().join("folder.cache"));
        assert!(!gone.exists() && recent.exists());
        assert!(dir.path().join("folder.cache").exists());
    }
}
