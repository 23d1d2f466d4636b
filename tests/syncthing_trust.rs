//! The shared folder you can trust, on two real Syncthing instances (see tests/syncthing.rs):
//! a copy merged on a machine that never edited the meeting, a lock taken over while its
//! holder types. Ignored by default: they need syncthing, curl and jq.

mod pair;
mod pty;

use pair::{MEETING, Pair, conflict_copy, merge_auto, read, type_minutes_in_the_app};
use pty::{Term, wait_on_disk};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Every conflict copy of the meeting in `root`.
fn conflict_copies(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("meetings/2022"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".sync-conflict-") && n.ends_with(".ron"))
        .map(|n| format!("meetings/2022/{n}"))
        .collect();
    names.sort();
    names
}

/// The app on `root` as the secretary, with its own config and cache in `home`.
fn app_on(root: &Path, home: &Path) -> Term {
    let config = home.join("config.ron");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", home), ("HOME", home)],
    );
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    app
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_copy_made_offline_merges_three_way_on_a_machine_that_never_edited_the_meeting() {
    let pair = Pair::up(7);
    pair.pause();
    let (cache_a, cache_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    type_minutes_in_the_app(&pair.a(), cache_a.path(), 1, "A typte dit offline.");
    type_minutes_in_the_app(&pair.b(), cache_b.path(), 2, "B typte dat offline.");
    pair.resume();
    pair.sync();
    let copy = conflict_copy(&pair.b());
    // A third member's machine: B's folder, a cache that never saw this meeting.
    let never = tempfile::tempdir().unwrap();
    let listed = Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["conflicts", "--dir", pair.b().to_str().unwrap()])
        .env("XDG_CACHE_HOME", never.path())
        .env("HOME", never.path())
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.contains("gemeenschappelijke voorouder gevonden"), "{listed}");
    let out = merge_auto(&pair.b(), never.path(), &copy);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{said}");
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let m = read(&side, MEETING);
        assert!(m.agenda[0].minutes.ends_with("A typte dit offline."), "{}", m.agenda[0].minutes);
        assert!(m.agenda[1].minutes.ends_with("B typte dat offline."), "{}", m.agenda[1].minutes);
        assert!(conflict_copies(&side).is_empty(), "copies left on {}", side.display());
        // Both sides kept the same versions offline: the same bytes under the same name, so
        // Syncthing made no copies of them.
        let versions: Vec<String> = std::fs::read_dir(side.join(".stuurgroep/versions"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!versions.iter().any(|n| n.contains("sync-conflict")), "{versions:?}");
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_lock_taken_over_while_the_holder_types_loses_no_word() {
    let pair = Pair::up(8);
    let (home_a, home_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut on_a = app_on(&pair.a(), home_a.path());
    on_a.step("3");
    on_a.step("e");
    on_a.wait_for("ongewijzigd");
    on_a.step("\r");
    on_a.keys("\x1b>");
    on_a.step(" A1.");
    wait_on_disk(&pair.a().join(MEETING), "A1.");
    pair.sync();
    let mut on_b = app_on(&pair.b(), home_b.path());
    on_b.step("3");
    on_b.step("e");
    on_b.wait_for("laatst getypt");
    on_b.step("j");
    on_b.wait_for("ongewijzigd");
    // A types on while B's lock travels.
    on_a.step(" A2.");
    let taken = Instant::now();
    pair.sync();
    on_a.wait_for("overgenomen door Lotte Verhaegen");
    eprintln!("A noticed the take-over {:.1} s after it", taken.elapsed().as_secs_f32());
    on_b.step("j");
    on_b.step("\r");
    on_b.keys("\x1b>");
    on_b.step(" B1.");
    std::thread::sleep(Duration::from_millis(800));
    on_b.keys("\x1b");
    on_b.close_editor_and_quit();
    on_a.keys("\x1b");
    on_a.close_editor_and_quit();
    pair.sync();
    // What went into copies is merged as far as it merges by itself (a text both sides
    // changed since the version the copy names stays a choice); every word is in the folder,
    // in the meeting or in a copy, on both sides.
    for copy in conflict_copies(&pair.a()) {
        let out = merge_auto(&pair.a(), home_a.path(), &copy);
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        eprintln!("{copy}: {said}");
        assert!(matches!(out.status.code(), Some(0 | 1)), "{said}");
    }
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let mut all: String =
            read(&side, MEETING).agenda.iter().map(|i| i.minutes.clone()).collect();
        for copy in conflict_copies(&side) {
            all.extend(read(&side, &copy).agenda.iter().map(|i| i.minutes.clone()));
        }
        for word in ["A1.", "A2.", "B1."] {
            assert!(all.contains(word), "{word} missing on {}:\n{all}", side.display());
        }
        assert!(!side.join(format!("{MEETING}.lock")).exists(), "no lock left");
        let locks: Vec<_> = std::fs::read_dir(side.join("meetings/2022"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".lock"))
            .collect();
        assert!(locks.is_empty(), "lock copies left: {locks:?}");
    }
}
