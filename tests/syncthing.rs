//! The shared folder on a real sync engine: two loopback-only Syncthing instances
//! (tests/lab/syncthing-pair.sh, a copy of the team's ../shared/lab one, so that a checkout
//! anywhere runs it; Debian's syncthing), each test with its own folder and
//! ports, stopped by a guard even when the test fails. Ignored by default: they need
//! syncthing, curl and jq, which .ci/run installs.

mod common;
mod pair;
mod pty;

use pair::{MEETING, Pair, conflict_copy, edited, merge_auto, read, type_minutes_in_the_app};
use pty::{Term, decision};
use std::path::Path;
use std::time::{Duration, Instant};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::to_ron;

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_change_on_a_shows_in_the_app_on_b_within_seconds() {
    let pair = Pair::up(1);
    let config = tempfile::tempdir().unwrap();
    let config = config.path().join("config.ron");
    let mut app =
        Term::start_with(&["--dir", pair.b().to_str().unwrap()], &[("STUURGROEP_CONFIG", &config)]);
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    assert!(!pair.b().join(".stignore").exists(), "declined: nothing written");
    // ...and not asked again in this folder.
    let remembered = std::fs::read_to_string(&config).unwrap();
    assert!(remembered.contains("keep_stignore"), "{remembered}");
    app.step("3");
    app.step("\r");
    app.wait_for("Liedekerke");
    let mut m = read(&pair.a(), MEETING);
    m.location = Some("Gooik, cultuurcentrum De Cam".into());
    std::fs::write(pair.a().join(MEETING), to_ron(&m).unwrap()).unwrap();
    let start = Instant::now();
    pair.sync();
    app.wait_for("De Cam");
    eprintln!("A's change on B's screen after {:.1} s", start.elapsed().as_secs_f32());
    app.quit();
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn offline_edits_of_different_items_merge_and_reach_both_sides() {
    let pair = Pair::up(2);
    let cache = tempfile::tempdir().unwrap();
    let (a, b) = edited(
        &pair,
        cache.path(),
        |m| m.agenda[0].minutes.push_str("\nA schreef dit offline."),
        |m| m.agenda[1].minutes.push_str("\nB schreef dat offline."),
    );
    pair.conflict(MEETING, &a, &b);
    let copy = conflict_copy(&pair.a());
    let out = merge_auto(&pair.a(), cache.path(), &copy);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let m = read(&side, MEETING);
        assert!(m.agenda[0].minutes.ends_with("A schreef dit offline."));
        assert!(m.agenda[1].minutes.ends_with("B schreef dat offline."));
        assert!(!side.join(&copy).exists(), "the copy is gone from {}", side.display());
    }
    assert!(pair.a().join(".stuurgroep/resolved").exists());
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_decision_added_on_each_side_offline_survives_with_distinct_numbers() {
    let pair = Pair::up(3);
    let cache = tempfile::tempdir().unwrap();
    let (a, b) = edited(
        &pair,
        cache.path(),
        |m| m.agenda[0].decisions.push(decision("Besluit van A")),
        |m| m.agenda[0].decisions.push(decision("Besluit van B")),
    );
    pair.conflict(MEETING, &a, &b);
    let copy = conflict_copy(&pair.a());
    assert_eq!(merge_auto(&pair.a(), cache.path(), &copy).status.code(), Some(0));
    pair.sync();
    let m = read(&pair.b(), MEETING);
    let texts: Vec<(u32, String)> =
        m.decisions().map(|(_, d)| (d.number, d.text.to_string())).collect();
    assert!(texts.contains(&(5, "Besluit van A".into())), "{texts:?}");
    assert!(texts.contains(&(6, "Besluit van B".into())), "{texts:?}");
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn saves_while_syncthing_rescans_every_100_ms_never_send_a_temp_file() {
    let pair = Pair::up(4);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let watcher = {
        let (stop, seen, b) = (stop.clone(), seen.clone(), pair.b().join("meetings/2022"));
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                for e in std::fs::read_dir(&b).into_iter().flatten().flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    // Ours start with TEMP_PREFIX; Syncthing's own `.syncthing.NAME.tmp`, in
                    // which it receives a file, is not one of them.
                    if name.starts_with(stuurgroep::store::names::TEMP_PREFIX) {
                        let mut seen = seen.lock().unwrap();
                        if !seen.contains(&name) {
                            seen.push(name);
                        }
                    }
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let root = pair.a();
    let mut m = read(&root, MEETING);
    let mut base = stuurgroep::store::load::read_document::<Meeting>(&root, Path::new(MEETING))
        .unwrap()
        .base()
        .unwrap();
    let start = Instant::now();
    let mut saves = 0;
    while start.elapsed() < Duration::from_secs(5) {
        m.agenda[0].minutes.push_str(&format!(" zin {saves}."));
        let hash = stuurgroep::store::save(&root, Path::new(MEETING), &m, base).unwrap();
        base = stuurgroep::store::load::read_document::<Meeting>(&root, Path::new(MEETING))
            .map(|f| {
                assert_eq!(f.hash, hash);
                f.base().unwrap()
            })
            .unwrap();
        saves += 1;
        if saves % 3 == 0 {
            pair.rescan_a();
        }
    }
    pair.sync();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    watcher.join().unwrap();
    eprintln!("{saves} saves");
    assert!(seen.lock().unwrap().is_empty(), "temp files reached B: {:?}", seen.lock().unwrap());
    assert_eq!(read(&pair.b(), MEETING), m, "B has the last save");
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_lock_taken_on_a_makes_the_app_on_b_read_only() {
    let pair = Pair::up(5);
    let config = tempfile::tempdir().unwrap();
    let config = config.path().join("config.ron");
    let mut on_a = Term::start_with(
        &["--dir", pair.a().to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    // A Syncthing folder: the app offers its temp-file pattern for .stignore.
    on_a.wait_for("Dit is een Syncthing-map");
    on_a.step("j");
    on_a.wait_for(".stignore aangevuld");
    let stignore = std::fs::read_to_string(pair.a().join(".stignore")).unwrap();
    assert!(stignore.contains("~syncthing~stuurgroep.*.tmp"), "{stignore}");
    on_a.step("3");
    on_a.step("e");
    on_a.wait_for("ongewijzigd");
    assert!(pair.a().join(format!("{MEETING}.lock")).exists());
    pair.sync();
    assert!(pair.b().join(format!("{MEETING}.lock")).exists(), "the lock reached B");
    let mut on_b = Term::start_with(
        &["--dir", pair.b().to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    on_b.wait_for("Dit is een Syncthing-map");
    on_b.step("n");
    on_b.step("3");
    on_b.step("e");
    on_b.wait_for("overnemen? (j/n; n: alleen lezen)");
    on_b.step("n");
    on_b.wait_for("wordt bewerkt door Lotte Verhaegen");
    on_b.close_editor_and_quit();
    on_a.close_editor_and_quit();
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn two_apps_writing_one_meeting_offline_merge_with_nothing_lost() {
    let pair = Pair::up(6);
    pair.pause();
    // The link is down: neither sees the other's lock, both write.
    let (cache_a, cache_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    type_minutes_in_the_app(&pair.a(), cache_a.path(), 1, "A typte dit offline.");
    type_minutes_in_the_app(&pair.b(), cache_b.path(), 2, "B typte dat offline.");
    pair.resume();
    pair.sync();
    // Syncthing kept one version and made a copy of the other, on both sides.
    let copy = conflict_copy(&pair.a());
    let out = merge_auto(&pair.a(), cache_a.path(), &copy);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(!said.contains("kies"), "everything was one-sided:\n{said}");
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let m = read(&side, MEETING);
        assert!(m.agenda[0].minutes.ends_with("A typte dit offline."), "{}", m.agenda[0].minutes);
        assert!(m.agenda[1].minutes.ends_with("B typte dat offline."), "{}", m.agenda[1].minutes);
        assert!(!side.join(&copy).exists(), "the copy is gone from {}", side.display());
        assert!(!side.join(format!("{MEETING}.lock")).exists(), "no lock left");
    }
}
