//! Atomic saves: a temp file beside the target, fsync, rename over it, fsync the folder.
//! A crash at any moment leaves the old file or the new one, whole. A rename that another
//! program blocks (on Windows: OneDrive uploading the file, a virus scanner, a viewer holding
//! it open) is tried again for a few seconds before the save gives up.

use super::names::{TEMP_PREFIX, TEMP_SUFFIX};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a save keeps trying a rename that another program blocks. OneDrive and virus
/// scanners hold a file for a moment after each change; longer means a program keeps it open.
pub const BUSY_RETRY_FOR: Duration = Duration::from_secs(4);
/// The first wait before trying again; it doubles up to [`BUSY_WAIT_MAX`].
const BUSY_WAIT_FIRST: Duration = Duration::from_millis(25);
const BUSY_WAIT_MAX: Duration = Duration::from_millis(500);

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
    // The hook runs before every attempt: a save re-checks the file on disk before each.
    retry_while_busy(BUSY_RETRY_FOR, || {
        before(SaveStep::Rename)?;
        fs::rename(temp, path)
    })?;
    before(SaveStep::SyncDir)?;
    sync_dir(dir)
}

/// The error of a save whose rename stayed blocked by another program for [`BUSY_RETRY_FOR`]
/// (carried inside the `io::Error`, see [`is_still_busy`]); the last error is its source.
#[derive(Debug)]
pub struct StillBusy(io::Error);

impl std::fmt::Display for StillBusy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "still in use by another program after {} s: {}",
            BUSY_RETRY_FOR.as_secs(),
            self.0
        )
    }
}

impl std::error::Error for StillBusy {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// Whether `e` is a save that gave up because another program kept the file in use.
pub fn is_still_busy(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<StillBusy>())
}

/// The operating system's own error behind one that stayed "in use" until the retries gave
/// up, to say it in the user's words.
pub fn still_busy_cause(e: &io::Error) -> Option<&io::Error> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<StillBusy>()).map(|busy| &busy.0)
}

/// Runs `attempt` until it succeeds, fails otherwise than "in use", or `limit` has passed,
/// waiting longer each time. A failure still "in use" at the end becomes [`StillBusy`].
fn retry_while_busy(
    limit: Duration,
    mut attempt: impl FnMut() -> io::Result<()>,
) -> io::Result<()> {
    let start = Instant::now();
    let mut wait = BUSY_WAIT_FIRST;
    loop {
        match attempt() {
            Err(e) if is_in_use(&e) && start.elapsed() + wait <= limit => {
                std::thread::sleep(wait);
                wait = (wait * 2).min(BUSY_WAIT_MAX);
            }
            Err(e) if is_in_use(&e) => return Err(io::Error::new(e.kind(), StillBusy(e))),
            other => return other,
        }
    }
}

/// Whether an error means another program has the file in use for now. On Windows that is a
/// sharing or lock violation, or "access denied" on a rename (the temp file beside the target
/// was just created, so the folder is writable: a program holds the target without letting it
/// be replaced). Elsewhere a rename rarely meets this, but `EBUSY` is the same case.
fn is_in_use(e: &io::Error) -> bool {
    if e.kind() == io::ErrorKind::ResourceBusy {
        return true;
    }
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
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
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a directory for syncing; NTFS journals the rename itself.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rename_in_use_is_tried_again_until_it_goes_through() {
        let mut tries = 0;
        let result = retry_while_busy(Duration::from_secs(2), || {
            tries += 1;
            if tries < 4 { Err(io::ErrorKind::ResourceBusy.into()) } else { Ok(()) }
        });
        assert!(result.is_ok());
        assert_eq!(tries, 4);
    }

    #[test]
    fn a_rename_in_use_for_too_long_gives_up_as_still_busy() {
        let start = Instant::now();
        let mut tries = 0;
        let result = retry_while_busy(Duration::from_millis(300), || {
            tries += 1;
            Err(io::ErrorKind::ResourceBusy.into())
        });
        let err = result.unwrap_err();
        assert!(is_still_busy(&err), "{err}");
        assert!(tries >= 3, "tried {tries} times");
        assert!(start.elapsed() >= Duration::from_millis(150), "{:?}", start.elapsed());
        assert!(start.elapsed() < Duration::from_secs(1), "{:?}", start.elapsed());
    }

    #[test]
    fn temp_names_are_valid_file_names_on_windows() {
        let dir = Path::new("meetings").join("2021");
        let temp = temp_path(&dir, &dir.join("2021-03-16-stuurgroep.ron"));
        assert_eq!(temp.parent(), Some(dir.as_path()));
        let name = temp.file_name().and_then(|n| n.to_str()).unwrap();
        assert!(name.starts_with("~syncthing~stuurgroep.2021-03-16-stuurgroep.ron."), "{name}");
        let reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];
        assert!(!name.contains(reserved) && !name.ends_with(['.', ' ']), "{name}");
    }

    #[test]
    fn another_failure_is_not_tried_again() {
        let mut tries = 0;
        let result = retry_while_busy(Duration::from_secs(2), || {
            tries += 1;
            Err(io::ErrorKind::PermissionDenied.into())
        });
        let err = result.unwrap_err();
        assert!(!is_still_busy(&err));
        assert_eq!(tries, 1);
    }
}
