//! The versions used for three-way merging live in the shared folder
//! (`.stuurgroep/versions/`): a conflict copy kept by the app on machine A merges three-way on
//! machine B, whose own cache is empty.

mod common;
mod pty;

use common::cli::command_on;
use pty::{Term, example_copy, wait_on_disk};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;
use stuurgroep::domain::meeting::Meeting;

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

/// The command line on `root` as run on a machine whose cache is `cache`.
fn cli(root: &Path, cache: &Path, args: &[&str]) -> Output {
    let mut command = command_on(root, args);
    command.env("XDG_CACHE_HOME", cache).env("HOME", cache);
    command.output().expect("the binary runs")
}

/// On machine A: the secretary types while someone else's version of the meeting arrives;
/// closing keeps her text as a conflict copy beside it. Returns the copy.
fn copy_made_on_a(root: &Path, cache_a: &Path) -> PathBuf {
    let config = cache_a.join("config.ron");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", cache_a), ("HOME", cache_a)],
    );
    app.wait_for("Doelstellingen");
    app.step("3");
    app.step("e");
    app.wait_for("ongewijzigd");
    // The version opened, as the other side's app had it too.
    let base = std::fs::read(root.join(MEETING)).unwrap();
    app.step("\r");
    app.step("Hier getypt.");
    wait_on_disk(&root.join(MEETING), "Hier getypt.");
    app.wait_for("bewaard");
    // The other side edited the version both opened; theirs arrives over ours.
    let mut theirs: Meeting = stuurgroep::store::format::parse(Path::new(MEETING), &base).unwrap();
    theirs.location = Some("Elders".into());
    theirs.edited_from = Some(stuurgroep::store::FileHash::of(&base).to_string());
    std::fs::write(root.join(MEETING), stuurgroep::store::to_ron(&theirs).unwrap()).unwrap();
    app.wait_for("GEWIJZIGD OP SCHIJF");
    app.step(" En meer.");
    std::thread::sleep(Duration::from_millis(500));
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("jouw versie staat ernaast");
    app.quit();
    let year = root.join("meetings/2022");
    let copy = std::fs::read_dir(&year)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.contains(".sync-conflict-"))
        .expect("a conflict copy");
    PathBuf::from("meetings/2022").join(copy)
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_copy_made_on_one_machine_merges_three_way_on_another_with_an_empty_cache() {
    let dir = example_copy();
    let root = dir.path();
    let (cache_a, cache_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let copy = copy_made_on_a(root, cache_a.path());
    let versions: Vec<_> = std::fs::read_dir(root.join(".stuurgroep/versions")).unwrap().collect();
    // The version opened (the copy's common ancestor with the file beside it) is in the
    // folder; the saves of the session, one every few seconds of typing, stay in A's cache.
    assert_eq!(versions.len(), 1, "{versions:?}");
    let kept_on_a = std::fs::read_dir(cache_a.path().join("stuurgroep/versions")).unwrap().count();
    assert!(kept_on_a >= 2, "A's cache keeps the saves: {kept_on_a}");
    // The versions are never documents: the folder checks clean apart from the copy.
    let check = cli(root, cache_b.path(), &["check"]);
    let checked = String::from_utf8_lossy(&check.stdout);
    assert!(checked.contains("1 waarschuwing") && !checked.contains("fout:"), "{checked}");
    // On B, whose cache never saw this meeting.
    let listed = cli(root, cache_b.path(), &["conflicts"]);
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(text.contains("gemeenschappelijke voorouder gevonden"), "{text}");
    let merged =
        cli(root, cache_b.path(), &["conflicts", "merge", copy.to_str().unwrap(), "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", String::from_utf8_lossy(&merged.stdout));
    let result = std::fs::read_to_string(root.join(MEETING)).unwrap();
    assert!(result.contains("Elders"), "theirs stays:\n{result}");
    assert!(result.contains("Hier getypt. En meer."), "A's text arrives:\n{result}");
    assert!(!root.join(&copy).exists(), "the copy is put away");
}
