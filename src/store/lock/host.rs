//! What a lock file needs of this machine: its name, a token per running instance, an OS lock
//! that serialises the instances on this machine, the registry of the locks this process
//! holds, and the cleaning up of lock copies.

use super::LOCK_SUFFIX;
use std::fs::{self, File, OpenOptions};
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError, TryLockError};
use std::time::Duration;
use std::time::SystemTime;

/// Removes a sync service's conflict copies of the lock file at `path`
/// (`X.ron.sync-conflict-….lock`, made when two machines held the meeting offline): they are
/// past states of a lock being released now, and nothing else ever removes them.
pub(super) fn remove_copies(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    let Some(meeting) = name.strip_suffix(LOCK_SUFFIX) else { return };
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let sibling = entry.file_name().to_string_lossy().into_owned();
        let copy = sibling.strip_prefix(meeting).is_some_and(|rest| {
            rest.ends_with(LOCK_SUFFIX)
                && (rest.starts_with(".sync-conflict-") || rest.contains("conflicted copy"))
        });
        if copy {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Holds an OS lock (`File::lock`) that serialises the read-check-write of one lock file among
/// the instances on this machine, so that two terminals cannot both see "no lock" and both
/// write one. The guard file lives in the system temp folder, outside the shared folder, named
/// by a hash of the lock file's absolute path: it must never travel to other machines, where the
/// OS lock would mean nothing. Best effort: if it cannot be had, the lock file logic still holds,
/// with a race window of a few milliseconds. Unlocked when the returned file is dropped.
pub(super) fn local_guard(lock_file: &Path) -> Option<File> {
    machine_guard(lock_file, "")
}

/// [`local_guard`]'s OS lock for any file of the folder, `kind` telling apart guards of one
/// path for different purposes (".write" for a writer that holds no lock file).
pub(crate) fn machine_guard(path: &Path, kind: &str) -> Option<File> {
    let dir = std::env::temp_dir().join("stuurgroep-locks");
    fs::create_dir_all(&dir).ok()?;
    let key = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let hash = blake3::hash(key.as_os_str().as_encoded_bytes()).to_hex();
    let name = format!("{}{kind}", hash.get(..32).unwrap_or(hash.as_str()));
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(name))
        .ok()?;
    file.lock().ok()?;
    Some(file)
}

/// This machine's name: `/etc/hostname`, else `$HOSTNAME`, else `%COMPUTERNAME%`, else
/// "onbekend". Control characters are dropped: the name is shown on other people's screens.
pub fn machine_name() -> String {
    let candidates = [
        fs::read_to_string("/etc/hostname").ok(),
        std::env::var("HOSTNAME").ok(),
        std::env::var("COMPUTERNAME").ok(),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|name| name.chars().filter(|c| !c.is_control()).collect::<String>())
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "onbekend".to_owned())
}

/// A random token for one instance. No crate for randomness: std's `RandomState` is seeded
/// from the OS, and the time, process id and a counter make tokens unique within a process.
pub(super) fn instance_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos =
        SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let mut hasher = blake3::Hasher::new();
    hasher.update(&std::collections::hash_map::RandomState::new().hash_one(0u8).to_le_bytes());
    hasher.update(&std::process::id().to_le_bytes());
    hasher.update(&nanos.to_le_bytes());
    hasher.update(&COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    let hex = hasher.finalize().to_hex();
    hex.get(..32).unwrap_or(hex.as_str()).to_owned()
}

/// The lock files this process holds, with their instance tokens.
pub(super) static HELD: Mutex<Vec<(PathBuf, String)>> = Mutex::new(Vec::new());

pub(super) fn register(path: &Path, instance: &str) {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    held.retain(|(p, _)| p != path);
    held.push((path.to_owned(), instance.to_owned()));
}

pub(super) fn unregister(path: &Path) {
    HELD.lock().unwrap_or_else(PoisonError::into_inner).retain(|(p, _)| p != path);
}

/// Empties the registry without blocking for long: a panic hook may run while this very
/// thread holds the registry, and waiting then would hang the exit.
pub(super) fn take_registry() -> Vec<(PathBuf, String)> {
    for _ in 0..20 {
        match HELD.try_lock() {
            Ok(mut held) => return std::mem::take(&mut *held),
            Err(TryLockError::Poisoned(p)) => return std::mem::take(&mut *p.into_inner()),
            Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    Vec::new()
}
