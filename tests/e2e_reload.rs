//! Other people's changes arriving while the app runs: the screens update and keep the
//! reader's place, a half-synced file is not shown broken, and a change to the meeting open
//! here is kept and said, never written over, and merged three-way with ours.

mod pty;

use pty::{Term, example_copy, wait_on_disk};
use std::path::Path;
use std::time::{Duration, Instant};

const PREVIOUS: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const ARRIVING: &str = "meetings/2023/2023-01-10-stuurgroep.ron";

/// The 2022-10-11 meeting as if held on 2023-01-10: a valid new meeting file.
fn arriving(root: &Path) -> String {
    std::fs::read_to_string(root.join(PREVIOUS)).unwrap().replace("2022-10-11", "2023-01-10")
}

fn selected_line(app: &Term) -> String {
    app.screen().lines().find(|l| l.contains('›')).unwrap_or_default().to_owned()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_meeting_synced_in_appears_and_the_reader_keeps_their_place() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = Term::start(&["--dir", root.to_str().unwrap()]);
    app.wait_for("Doelstellingen");
    app.step("3");
    app.step("j");
    app.wait_for("Vergaderingen (19)");
    assert!(selected_line(&app).contains("2022-06-14"), "{}", app.screen());
    std::fs::create_dir_all(root.join("meetings/2023")).unwrap();
    // Half synced first: a torn file must not be shown as broken while the rest arrives.
    let whole = arriving(root);
    std::fs::write(root.join(ARRIVING), &whole[..whole.len() / 2]).unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(900) {
        assert!(!app.screen().contains("1 fout"), "shown broken at once:\n{}", app.screen());
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::write(root.join(ARRIVING), &whole).unwrap();
    app.wait_for("Vergaderingen (20)");
    app.wait_for("0 fouten");
    app.wait_for("bijgewerkt");
    assert!(selected_line(&app).contains("2022-06-14"), "the place moved:\n{}", app.screen());
    app.quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_change_behind_the_editors_back_is_kept_and_said() {
    let dir = example_copy();
    let root = dir.path();
    let config = root.join("config.ron");
    let cache = tempfile::tempdir().unwrap();
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("Doelstellingen");
    app.step("3");
    app.step("e");
    app.wait_for("ongewijzigd");
    app.step("\r");
    app.step("Hier getypt.");
    // All of it saved, so that no save of ours is under way when their version arrives.
    wait_on_disk(&root.join(PREVIOUS), "Hier getypt.");
    app.wait_for("bewaard");
    // Someone else's version arrives (the lock should have prevented it).
    // Their app opened our last save and records that it went on from it.
    let bytes = std::fs::read(root.join(PREVIOUS)).unwrap();
    let mut edit: stuurgroep::domain::meeting::Meeting =
        stuurgroep::store::format::parse(Path::new(PREVIOUS), &bytes).unwrap();
    edit.location = Some("Elders".into());
    edit.edited_from = Some(stuurgroep::store::FileHash::of(&bytes).to_string());
    let theirs = stuurgroep::store::to_ron(&edit).unwrap();
    std::fs::write(root.join(PREVIOUS), &theirs).unwrap();
    app.wait_for("GEWIJZIGD OP SCHIJF");
    app.step(" En meer.");
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(std::fs::read_to_string(root.join(PREVIOUS)).unwrap(), theirs, "written over");
    // Closing keeps "En meer." as a conflict copy beside their version, to merge at once.
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("jouw versie staat ernaast");
    app.step("c");
    app.wait_for("Conflictkopieën (1)");
    app.step("\r");
    app.wait_for("voorouder gevonden");
    app.step("s");
    app.wait_for("Samengevoegd");
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    let merged = std::fs::read_to_string(root.join(PREVIOUS)).unwrap();
    assert!(merged.contains("Elders"), "their change stays:\n{merged}");
    assert!(merged.contains("Hier getypt. En meer."), "ours arrives:\n{merged}");
    app.quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_reload_through_the_cache_shows_each_change_from_elsewhere() {
    let dir = example_copy();
    let root = dir.path();
    let cache = tempfile::tempdir().unwrap();
    let always = Path::new("always");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", cache.path()), ("STUURGROEP_CACHE", always)],
    );
    app.wait_for("Doelstellingen");
    let parsed = cache.path().join("stuurgroep/parsed");
    let cached = std::fs::read_dir(&parsed).map(|d| d.count()).unwrap_or(0);
    assert!(cached > 0, "the start filled the cache in {}", parsed.display());
    let original = std::fs::read_to_string(root.join(PREVIOUS)).unwrap();
    let changed = original.replace("kansentarief ook toe", "zonnepanelenplan ook toe");
    assert_ne!(changed, original);
    app.step("/");
    app.step("zonnepanelenplan");
    // Changed elsewhere: the file's new bytes are parsed, not its cached old ones.
    std::fs::write(root.join(PREVIOUS), &changed).unwrap();
    app.wait_for("zonnepanelenplan ook");
    // Back to bytes the cache holds: read from it, and the change is gone again.
    std::fs::write(root.join(PREVIOUS), &original).unwrap();
    let start = Instant::now();
    while app.screen().contains("zonnepanelenplan ook") {
        assert!(start.elapsed() < Duration::from_secs(10), "still shown:\n{}", app.screen());
        std::thread::sleep(Duration::from_millis(50));
    }
    // The text the cache gave back is the original one.
    app.step(&"\x7f".repeat("zonnepanelenplan".len()));
    app.step("kansentarief ook");
    app.wait_for("kansentarief ook toe");
    app.step("\x1b");
    app.quit();
}
