//! Reading never writes: opening anything read-only in the app and closing it leaves every byte
//! of the folder, and of the version cache beside it, as it was — also right after editing
//! another meeting, and also while someone else writes the meeting being read.

mod pty;

use pty::{Term, example_copy};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

const EDITED: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const APPROVED: &str = "meetings/2022/2022-06-14-stuurgroep.ron";

/// Every file under `root` with the hash of its bytes.
fn tree(root: &Path) -> BTreeMap<PathBuf, blake3::Hash> {
    let mut files = BTreeMap::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.map(Result::unwrap) {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                dirs.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_owned();
                files.insert(rel, blake3::hash(&std::fs::read(&path).unwrap()));
            }
        }
    }
    files
}

/// The paths whose bytes differ between two trees (added, removed or changed).
fn differing(
    a: &BTreeMap<PathBuf, blake3::Hash>,
    b: &BTreeMap<PathBuf, blake3::Hash>,
) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        a.keys().chain(b.keys()).filter(|p| a.get(*p) != b.get(*p)).cloned().collect();
    paths.sort();
    paths.dedup();
    paths
}

/// The app on `folder` as Lotte (the secretary), with its own config and cache in `home`.
fn start(folder: &Path, home: &Path) -> Term {
    let config = home.join("config.ron");
    let cache = home.join("cache");
    let app = Term::start_with(
        &["--dir", folder.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", &cache), ("HOME", home)],
    );
    app.wait_for("Doelstellingen");
    app
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn viewing_approved_minutes_after_editing_another_meeting_writes_nothing() {
    let dir = example_copy();
    let root = dir.path();
    let home = tempfile::tempdir().unwrap();
    let before = tree(root);
    let mut app = start(root, home.path());
    // Edit the newest meeting, typing steadily so that saves and the folder's change reports
    // cross, then close at once.
    app.step("3");
    app.step("e");
    app.wait_for("ongewijzigd");
    app.step("\r");
    for i in 0..30 {
        app.keys(&format!("w{i} "));
        std::thread::sleep(Duration::from_millis(60));
    }
    pty::wait_on_disk(&root.join(EDITED), "w29");
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    std::thread::sleep(Duration::from_millis(800));
    let edited = tree(root);
    let cache_edited = tree(home.path());
    // The approved minutes just below it, read-only, and closed again.
    app.step("j");
    app.step("e");
    app.wait_for("alleen lezen");
    app.wait_for("De Ploter");
    std::thread::sleep(Duration::from_millis(1500));
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    std::thread::sleep(Duration::from_millis(1500));
    app.quit();
    assert_eq!(differing(&edited, &tree(root)), Vec::<PathBuf>::new(), "the view wrote");
    assert_eq!(differing(&cache_edited, &tree(home.path())), Vec::<PathBuf>::new());
    // Editing wrote the meeting and the versions a later merge needs, nothing else.
    let mut changed = differing(&before, &tree(root));
    changed.retain(|p| !p.starts_with(".stuurgroep/versions"));
    assert_eq!(changed, [PathBuf::from(EDITED)]);
    let approved = std::fs::read(root.join(APPROVED)).unwrap();
    assert_eq!(blake3::hash(&approved), before[Path::new(APPROVED)]);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_second_instance_viewing_a_meeting_being_written_writes_nothing() {
    let dir = example_copy();
    let root = dir.path();
    let (home_a, home_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut writer = start(root, home_a.path());
    writer.step("3");
    writer.step("e");
    writer.wait_for("ongewijzigd");
    writer.step("\r");
    writer.step("Eerst dit.");
    pty::wait_on_disk(&root.join(EDITED), "Eerst dit.");
    let mut reader = start(root, home_b.path());
    reader.step("3");
    reader.step("e");
    reader.wait_for("overnemen? (j/n; n: alleen lezen)");
    reader.step("n");
    reader.wait_for("alleen lezen — wordt bewerkt door Lotte Verhaegen");
    // The writer saves on while the reader has it open.
    for i in 0..20 {
        writer.keys(&format!(" en{i}"));
        std::thread::sleep(Duration::from_millis(100));
    }
    pty::wait_on_disk(&root.join(EDITED), "en19");
    std::thread::sleep(Duration::from_millis(800));
    let written = tree(root);
    reader.keys("\x1b");
    reader.wait_for("Vergaderingen");
    std::thread::sleep(Duration::from_millis(1000));
    reader.quit();
    assert_eq!(differing(&written, &tree(root)), Vec::<PathBuf>::new(), "the reader wrote");
    assert_eq!(tree(home_b.path()), BTreeMap::new(), "the reader's cache was written");
    writer.keys("\x1b");
    writer.close_editor_and_quit();
    let names: Vec<PathBuf> = tree(root).into_keys().collect();
    assert!(!names.iter().any(|p| p.to_string_lossy().contains("sync-conflict")), "{names:?}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_newer_schema_file_and_another_body_s_meeting_are_read_without_a_write() {
    let dir = example_copy();
    let root = dir.path();
    let home = tempfile::tempdir().unwrap();
    // The last meeting as a newer version of the app wrote it.
    let text = std::fs::read_to_string(root.join(EDITED)).unwrap();
    std::fs::write(root.join(EDITED), text.replacen("version: 1,", "version: 99,", 1)).unwrap();
    let before = tree(root);
    let mut app = start(root, home.path());
    app.step("3");
    app.step("e");
    app.wait_for("alleen lezen");
    std::thread::sleep(Duration::from_millis(800));
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    app.quit();
    // A member who is no secretary: told so, nothing opened.
    let config = home.path().join("config.ron");
    let cache = home.path().join("cache");
    let mut member = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "tom-claes"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", &cache), ("HOME", home.path())],
    );
    member.wait_for("Doelstellingen");
    member.step("3");
    member.step("j");
    member.step("e");
    member.wait_for("secretaris");
    member.quit();
    assert_eq!(differing(&before, &tree(root)), Vec::<PathBuf>::new());
    assert_eq!(tree(&cache), BTreeMap::new(), "the cache was written");
}
