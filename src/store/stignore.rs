//! Syncthing's ignore file: in a Syncthing folder (one with `.stfolder`), the app offers to
//! name its own temp files there, so that no Syncthing setting can ever send one.

use super::names::{TEMP_PREFIX, TEMP_SUFFIX};
use std::io::{self, Write};
use std::path::Path;

/// The marker line the app writes before its patterns.
const MARKER: &str = "// stuurgroep: temp files of atomic saves, never to be synced";

/// The patterns the app adds.
pub fn patterns() -> Vec<String> {
    vec![format!("{TEMP_PREFIX}*{TEMP_SUFFIX}")]
}

/// Whether `root` is a Syncthing folder whose `.stignore` lacks the app's patterns.
pub fn wants_patterns(root: &Path) -> bool {
    if !root.join(".stfolder").exists() {
        return false;
    }
    let current = std::fs::read_to_string(root.join(".stignore")).unwrap_or_default();
    patterns().iter().any(|p| !current.lines().any(|l| l.trim() == p))
}

/// Adds the app's patterns to `.stignore` (made when missing), keeping what is there.
pub fn add_patterns(root: &Path) -> io::Result<()> {
    let path = root.join(".stignore");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
    let mut text = String::new();
    if !current.is_empty() && !current.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(MARKER);
    text.push('\n');
    for p in patterns().iter().filter(|p| !current.lines().any(|l| l.trim() == p.as_str())) {
        text.push_str(p);
        text.push('\n');
    }
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_syncthing_folder_without_the_patterns_wants_them_and_adding_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!wants_patterns(dir.path()), "not a Syncthing folder");
        std::fs::create_dir(dir.path().join(".stfolder")).unwrap();
        std::fs::write(dir.path().join(".stignore"), "*.bak").unwrap();
        assert!(wants_patterns(dir.path()));
        add_patterns(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(".stignore")).unwrap();
        assert!(text.starts_with("*.bak\n"), "{text}");
        assert!(text.contains("~syncthing~stuurgroep.*.tmp"), "{text}");
        // The versions and settled copies in `.stuurgroep/` must travel: never ignored.
        assert!(!text.contains(".stuurgroep") && !text.contains("(?d)"), "{text}");
        assert!(!wants_patterns(dir.path()));
    }
}
