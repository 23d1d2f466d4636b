//! Temp files left in the folder by saves of this app that a crash interrupted
//! (`~syncthing~stuurgroep.<name>.<pid>-<n>.tmp`): removed when the app starts, once they are
//! older than [`TEMP_AGE`] and the process that wrote them no longer runs. No sync service
//! sends them, so each was made on this machine.

use super::names::{TEMP_PREFIX, TEMP_SUFFIX};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How old a temp file must be before it counts as left behind: a save lives milliseconds.
pub const TEMP_AGE: Duration = Duration::from_secs(5 * 60);
/// Where `/proc` cannot tell whether the writer runs, the age alone decides, generously.
const TEMP_AGE_UNKNOWN_OWNER: Duration = Duration::from_secs(3600);

/// Removes this app's temp files left behind in the folder at `root`; returns them.
pub fn remove_stale_temps(root: &Path, now: SystemTime) -> Vec<PathBuf> {
    let mut dirs = vec![root.join("data"), root.join(super::document::UPDATES_DIR)];
    dirs.push(root.join(super::versions::FOLDER_VERSIONS));
    dirs.push(root.join(super::conflict::RESOLVED_DIR));
    if let Ok(years) = std::fs::read_dir(root.join(super::document::MEETINGS_DIR)) {
        dirs.extend(years.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()));
    }
    let mut removed = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = writer(&name) else { continue };
            let age = entry
                .metadata()
                .and_then(|m| m.modified())
                .map(|t| now.duration_since(t).unwrap_or_default())
                .unwrap_or_default();
            if left_behind(pid, age) && std::fs::remove_file(entry.path()).is_ok() {
                removed.push(entry.path());
            }
        }
    }
    removed
}

/// The process id in one of this app's temp file names.
fn writer(name: &str) -> Option<u32> {
    let middle = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (_, counter) = middle.rsplit_once('.')?;
    counter.split_once('-')?.0.parse().ok()
}

/// Whether a temp file of process `pid`, this old, is left behind.
fn left_behind(pid: u32, age: Duration) -> bool {
    let proc = Path::new("/proc");
    if pid == std::process::id() {
        return false;
    }
    if proc.join("self").exists() {
        age > TEMP_AGE && !proc.join(pid.to_string()).exists()
    } else {
        age > TEMP_AGE_UNKNOWN_OWNER
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_temp_files_of_gone_processes_go_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let year = dir.path().join("meetings/2022");
        std::fs::create_dir_all(&year).unwrap();
        let gone = 4_000_000; // above any Linux pid_max: never a running process
        let names = [
            format!("{TEMP_PREFIX}2022-10-11-stuurgroep.ron.{gone}-3{TEMP_SUFFIX}"),
            format!("{TEMP_PREFIX}2022-10-11-stuurgroep.ron.{}-1{TEMP_SUFFIX}", std::process::id()),
            "~syncthing~2022-10-11-stuurgroep.ron.tmp".to_owned(),
            "2022-10-11-stuurgroep.ron".to_owned(),
        ];
        for name in &names {
            std::fs::write(year.join(name), "x").unwrap();
        }
        let now = SystemTime::now();
        assert!(remove_stale_temps(dir.path(), now).is_empty(), "all are young");
        let later = now + TEMP_AGE_UNKNOWN_OWNER * 2;
        let removed = remove_stale_temps(dir.path(), later);
        assert_eq!(removed, [year.join(&names[0])]);
        assert!(names[1..].iter().all(|n| year.join(n).exists()));
    }
}
