//! Atomic saves: a temp file beside the target, fsync, rename over it, fsync the folder.
//! A crash at any moment leaves the old file or the new one, whole.

use super::names::{TEMP_PREFIX, TEMP_SUFFIX};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The steps of an atomic save, in order; tests interrupt a save before each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temp file.
    CreateTemp,
    /// Halfway through writing the content.
    WriteHalf,
    /// Flushing the temp file to disk.
    SyncTemp,
    /// Renaming the temp file over the target.
    Rename,
    /// Flushing the folder entry to disk.
    SyncDir,
}

impl SaveStep {
    /// Every step, in order.
    pub const ALL: [SaveStep; 5] = [
        SaveStep::CreateTemp,
        SaveStep::WriteHalf,
        SaveStep::SyncTemp,
        SaveStep::Rename,
        SaveStep::SyncDir,
    ];
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, &mut |_| Ok(()))
}

/// [`write_atomic`], calling `before` ahead of each step; an error from it stops the save
/// there as a crash would, except that the temp file is removed (a real crash leaves it, and
/// the loader skips it).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temp = temp_path(dir, path);
    let result = write_steps(dir, &temp, path, bytes, before);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_steps(
    dir: &Path,
    temp: &Path,
    path: &Path,
    bytes: &[u8],
    before: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> io::Result<()> {
    before(SaveStep::CreateTemp)?;
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    let half = bytes.len() / 2;
    file.write_all(&bytes[..half])?;
    before(SaveStep::WriteHalf)?;
    file.write_all(&bytes[half..])?;
    before(SaveStep::SyncTemp)?;
    file.sync_all()?;
    drop(file);
    before(SaveStep::Rename)?;
    fs::rename(temp, path)?;
    before(SaveStep::SyncDir)?;
    sync_dir(dir)
}

/// A fresh temp name in `dir` for a save of `path`, named so sync services skip it.
fn temp_path(dir: &Path, path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!("{TEMP_PREFIX}{name}.{}-{n}{TEMP_SUFFIX}", std::process::id()))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a directory for syncing; NTFS journals the rename itself.
    Ok(())
}
