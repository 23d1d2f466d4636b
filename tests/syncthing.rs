//! The shared folder on a real sync engine: two loopback-only Syncthing instances
//! (tests/lab/syncthing-pair.sh, a copy of the team's ../shared/lab one, so that a checkout
//! anywhere runs it; Debian's syncthing), each test with its own folder and
//! ports, stopped by a guard even when the test fails. Ignored by default: they need
//! syncthing, curl and jq, which .ci/run installs.

mod pty;

use pty::{Term, copy_dir, decision, wait_on_disk};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

/// A Syncthing pair over folders A and B; `clean` on drop.
struct Pair {
    dir: PathBuf,
    ports: [u16; 4],
}

impl Pair {
    /// A pair numbered `n` (its ports and folder are its own), with the example in A and B.
    fn up(n: u16) -> Pair {
        let dir = std::env::temp_dir().join(format!("stpair-{}-{n}", std::process::id()));
        let base = 29000 + n * 10;
        let pair = Pair { dir, ports: [base, base + 1, base + 2, base + 3] };
        pair.run(&["up"]);
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["data", "meetings"] {
            copy_dir(&root.join(sub), &pair.a().join(sub));
        }
        pair.sync();
        assert!(pair.b().join(MEETING).exists(), "the example reached B");
        pair
    }

    fn a(&self) -> PathBuf {
        self.dir.join("A")
    }

    fn b(&self) -> PathBuf {
        self.dir.join("B")
    }

    fn run(&self, args: &[&str]) -> String {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lab/syncthing-pair.sh");
        let [gui1, gui2, sync1, sync2] = self.ports.map(|p| p.to_string());
        let out = Command::new("bash")
            .arg(script)
            .args(args)
            .env("STPAIR_DIR", &self.dir)
            .env("STPAIR_GUI1", gui1)
            .env("STPAIR_GUI2", gui2)
            .env("STPAIR_SYNC1", sync1)
            .env("STPAIR_SYNC2", sync2)
            .output()
            .expect("bash runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "syncthing-pair {args:?} failed:\n{text}");
        text
    }

    fn sync(&self) {
        self.run(&["sync"]);
    }

    /// A real conflict on `rel`: A's version wins, B's becomes the conflict copy.
    fn conflict(&self, rel: &str, a: &Meeting, b: &Meeting) {
        let (fa, fb) = (self.dir.join("a-version.ron"), self.dir.join("b-version.ron"));
        std::fs::write(&fa, to_ron(a).unwrap()).unwrap();
        std::fs::write(&fb, to_ron(b).unwrap()).unwrap();
        let (fa, fb) = (fa.to_string_lossy().into_owned(), fb.to_string_lossy().into_owned());
        self.run(&["conflict", rel, "--winner", "A", "--a-from", &fa, "--b-from", &fb]);
    }

    fn pause(&self) {
        self.run(&["pause"]);
    }

    fn resume(&self) {
        self.run(&["resume"]);
    }

    /// The API key and port of instance 1, for asking it to rescan.
    fn rescan_a(&self) {
        let state = std::fs::read_to_string(self.dir.join("state.env")).unwrap();
        let key = state.lines().find_map(|l| l.strip_prefix("KEY1=")).unwrap_or_default();
        let _ = Command::new("curl")
            .args(["-s", "-X", "POST", "-H", &format!("X-API-Key: {key}")])
            .arg(format!("http://127.0.0.1:{}/rest/db/scan?folder=minutes", self.ports[0]))
            .output();
    }
}

impl Drop for Pair {
    fn drop(&mut self) {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run(&["clean"])));
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn read(root: &Path, rel: &str) -> Meeting {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

/// The base version of the meeting, kept in `cache` as the app keeps what it opens, and two
/// versions edited from it by `edit_a` and `edit_b`.
fn edited(
    pair: &Pair,
    cache: &Path,
    edit_a: fn(&mut Meeting),
    edit_b: fn(&mut Meeting),
) -> (Meeting, Meeting) {
    let bytes = std::fs::read(pair.a().join(MEETING)).unwrap();
    let base: Meeting = parse(Path::new(MEETING), &bytes).unwrap();
    let hash =
        VersionCache::at(&cache.join("stuurgroep/versions")).keep(&bytes).unwrap().to_string();
    let (mut a, mut b) = (base.clone(), base);
    a.edited_from = Some(hash.clone());
    b.edited_from = Some(hash);
    edit_a(&mut a);
    edit_b(&mut b);
    (a, b)
}

/// The conflict copy of the meeting in `root`.
fn conflict_copy(root: &Path) -> String {
    let dir = root.join("meetings/2022");
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.contains(".sync-conflict-"))
        .expect("Syncthing made a conflict copy");
    format!("meetings/2022/{name}")
}

fn merge_auto(root: &Path, cache: &Path, copy: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["conflicts", "merge", copy, "--auto", "--dir", root.to_str().unwrap()])
        .env("XDG_CACHE_HOME", cache)
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap()
}

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
        m.decisions().map(|(_, d)| (d.number, d.text.clone())).collect();
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

/// The app on `root` as the secretary, with its own cache: writes `text` at the end of the
/// minutes of agenda item `item` (1-based) of the last meeting, and quits.
fn type_minutes_in_the_app(root: &Path, cache: &Path, item: usize, text: &str) {
    let config = cache.join("config.ron");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", cache)],
    );
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    app.step("3");
    app.step("e");
    app.wait_for("ongewijzigd");
    app.step(&"j".repeat(item - 1));
    app.step("\r");
    // To the end of the text, then a line of its own.
    app.keys("\x1b>");
    app.step("\x1b[F");
    app.step(&format!("\r{text}"));
    wait_on_disk(&root.join(MEETING), text);
    app.keys("\x1b");
    app.close_editor_and_quit();
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
