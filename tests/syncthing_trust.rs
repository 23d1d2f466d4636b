//! The shared folder you can trust, on two real Syncthing instances (see tests/syncthing.rs):
//! a copy merged on a machine that never edited the meeting, a lock taken over while its
//! holder types, a meeting deleted on one machine while the other writes it, the plan edited
//! on both. Ignored by default: they need syncthing, curl and jq.

mod common;
mod pair;
mod pty;

use pair::{MEETING, Pair, conflict_copy, merge_auto, read, type_minutes_in_the_app};
use pty::{Term, wait_on_disk};
use std::path::Path;
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
    let listed = common::cli::command_on(&pair.b(), &["conflicts"])
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

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_meeting_deleted_on_the_other_machine_while_open_comes_back_with_every_word_on_both() {
    let pair = Pair::up(9);
    let home_a = tempfile::tempdir().unwrap();
    let mut on_a = app_on(&pair.a(), home_a.path());
    on_a.step("3");
    on_a.step("e");
    on_a.wait_for("ongewijzigd");
    on_a.step("\r");
    on_a.keys("\x1b>");
    on_a.step(" Eerst.");
    wait_on_disk(&pair.a().join(MEETING), "Eerst.");
    pair.sync();
    wait_on_disk(&pair.b().join(MEETING), "Eerst.");
    // A member on B deletes the meeting while A still writes it.
    std::fs::remove_file(pair.b().join(MEETING)).unwrap();
    pair.sync();
    on_a.wait_for("GEWIJZIGD OP SCHIJF");
    on_a.step(" Daarna.");
    on_a.keys("\x1b");
    on_a.keys("\x1b");
    on_a.wait_for("weer bewaard");
    on_a.quit();
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let all: String = read(&side, MEETING).agenda.iter().map(|i| i.minutes.clone()).collect();
        assert!(all.contains("Eerst. Daarna."), "missing on {}:\n{all}", side.display());
        assert!(conflict_copies(&side).is_empty(), "copies on {}", side.display());
        assert!(!side.join(format!("{MEETING}.lock")).exists(), "no lock left");
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn the_plan_edited_on_both_sides_offline_keeps_the_new_action_and_the_copy_for_the_choice() {
    use stuurgroep::domain::plan::Plan;
    use stuurgroep::store::format::parse;
    use stuurgroep::store::to_ron;
    const PLAN: &str = "data/plan.ron";
    let read_plan = |root: &Path| -> Plan {
        parse(Path::new(PLAN), &std::fs::read(root.join(PLAN)).unwrap()).unwrap()
    };
    let pair = Pair::up(10);
    let cache = tempfile::tempdir().unwrap();
    let base = read_plan(&pair.a());
    let (mut a, mut b) = (base.clone(), base.clone());
    // Both rewrote the same objective's title; B also added an action to another objective.
    a.strategic_objectives[0].operational_objectives[0].title = "Titel van A".into();
    b.strategic_objectives[0].operational_objectives[0].title = "Titel van B".into();
    let od = &mut b.strategic_objectives[1].operational_objectives[0];
    let mut action = od.actions[0].clone();
    action.id = "actie-van-b".into();
    action.text = "Actie van B".into();
    od.actions.push(action);
    let copy = pair.conflict_text(PLAN, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    let out = merge_auto(&pair.a(), cache.path(), &copy);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    // The title both changed is a person's choice (the plan has no common ancestor); the
    // action only B has is taken over.
    assert_eq!(out.status.code(), Some(1), "{said}");
    let asked = &base.strategic_objectives[0].operational_objectives[0].id;
    assert!(said.contains(&format!("{asked} aan beide kanten gewijzigd")), "{said}");
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let now = read_plan(&side);
        let od = &now.strategic_objectives[0].operational_objectives[0];
        assert_eq!(od.title, "Titel van A", "on {}", side.display());
        let actions = &now.strategic_objectives[1].operational_objectives[0].actions;
        assert!(actions.iter().any(|x| x.text == "Actie van B"), "on {}", side.display());
        assert!(side.join(&copy).exists(), "the copy stays for the choice on {}", side.display());
    }
}
