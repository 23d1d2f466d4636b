//! The first frame of a long history without waiting for all of it: the app shows the plan and
//! the newest meetings while the rest loads, answers keys meanwhile, says what a search covers,
//! runs it again once everything is there, and raises no alarm from half a folder.

mod pty;

use pty::Term;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Forty years generated once (with the project's generator) under `target/test-data/`, kept
/// for the next run: generating them takes half a minute in a debug build.
fn forty_years() -> PathBuf {
    static ONCE: Mutex<()> = Mutex::new(());
    let _one_at_a_time = ONCE.lock().unwrap_or_else(|e| e.into_inner());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("target/test-data/history-40y");
    if !out.join("data/plan.ron").exists() {
        let _ = std::fs::remove_dir_all(&out);
        stuurgroep::generate::generate_from(&out, 40, 2020, root).unwrap();
    }
    out
}

/// The app started on the 40 years with an empty cache of its own (every file parsed).
fn start(root: &Path, cache: &Path) -> Term {
    Term::start_with(&["--dir", root.to_str().unwrap()], &[("XDG_CACHE_HOME", cache)])
}

/// Waits until the screen shows `text`, with the screen as it was then.
fn wait_for(app: &Term, text: &str) -> String {
    let start = Instant::now();
    loop {
        let screen = app.screen();
        if screen.contains(text) {
            return screen;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "never showed {text:?}:\n{screen}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Waits until the rest has loaded; the screen then.
fn loaded(app: &Term) -> String {
    let start = Instant::now();
    loop {
        let screen = app.screen();
        if !screen.contains(LOADING) {
            return screen;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "the load never ended:\n{screen}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The status line's word while the rest loads.
const LOADING: &str = "laden… ";

#[test]
#[ignore = "generates 40 years"]
fn a_key_pressed_100_ms_after_start_is_answered_before_the_rest_has_loaded() {
    let root = forty_years();
    let cache = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut app = start(&root, cache.path());
    std::thread::sleep(Duration::from_millis(100).saturating_sub(started.elapsed()));
    // The meetings screen: the newest meeting of the history on top.
    app.keys("3");
    let screen = wait_for(&app, "2062-12-06");
    eprintln!("answered {:?} after start", started.elapsed());
    assert!(screen.contains(LOADING), "answered while the rest loads:\n{screen}");
    assert!(screen.contains("van 4019 vergaderingen"), "says of how many:\n{screen}");
    // Once all is there the line counts the whole folder and says no more that it loads.
    let screen = loaded(&app);
    assert!(screen.contains(" 4019 vergaderingen · 80"), "all meetings, all decisions:\n{screen}");
    app.quit();
}

#[test]
#[ignore = "generates 40 years"]
fn a_search_typed_while_loading_says_so_and_shows_the_whole_answer_after() {
    let root = forty_years();
    let cache = tempfile::tempdir().unwrap();
    let mut app = start(&root, cache.path());
    wait_for(&app, "Doelstellingen");
    // Only meetings of 2020 speak of an experienced volunteer: none of the newest.
    app.keys("/ervaren vrijwilliger");
    let screen = wait_for(&app, "de rest laadt nog");
    assert!(screen.contains("Niets gevonden"), "nothing among the newest meetings:\n{screen}");
    let screen = wait_for(&app, "2020-09-29");
    assert!(!screen.contains("de rest laadt nog"), "the whole answer says no more:\n{screen}");
    assert!(!screen.contains("Niets gevonden"), "{screen}");
    app.keys("\x1b");
    app.quit();
}

#[test]
#[ignore = "generates 40 years"]
fn half_a_folder_raises_no_alarm_the_whole_one_is_checked() {
    let root = forty_years();
    // Checked on its own, the newest part of the folder would cry wolf: what it refers back
    // to is not loaded.
    let (part, rest) = stuurgroep::store::load::load_folder_first(&root, 400, 60).unwrap();
    assert_eq!(rest, Some(4019));
    let partly = stuurgroep::check::check(&part);
    assert!(partly.warnings() + partly.errors() > 0, "half a folder checked finds something");
    let whole = stuurgroep::check::check(&stuurgroep::store::load_folder(&root).unwrap());
    let cache = tempfile::tempdir().unwrap();
    let mut app = start(&root, cache.path());
    let mut screens = vec![wait_for(&app, LOADING)];
    let start = Instant::now();
    while screens.last().is_some_and(|s| s.contains(LOADING)) {
        assert!(start.elapsed() < Duration::from_secs(120), "the load never ended");
        std::thread::sleep(Duration::from_millis(20));
        screens.push(app.screen());
    }
    let said = stuurgroep::check::strings::totals(
        stuurgroep::i18n::Lang::Nl,
        whole.errors(),
        whole.warnings(),
    );
    for screen in &screens {
        let alarm = screen.contains("waarschuwing") || screen.contains("fout");
        assert!(!alarm || screen.contains(&said), "an alarm from half a folder:\n{screen}");
    }
    wait_for(&app, &said);
    app.quit();
}
