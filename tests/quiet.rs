//! Quiet when idle: the running app's loop draws a frame after a key or when something shown
//! changed, and none while nothing happens.

mod recording;

use ratatui::Terminal;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::run::{Message, Start, run, waker};

fn key(c: char) -> Message {
    Message::Input(Event::Key(KeyEvent::from(KeyCode::Char(c))))
}

/// The minute now: a frame for the turning minute is allowed.
fn minute() -> i64 {
    chrono::Utc::now().timestamp() / 60
}

#[test]
fn the_idle_loop_draws_nothing_and_a_key_draws_a_frame() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = Arc::new(Ctx::open(folder, Lang::Nl));
    let backend = recording::Recording::new(80, 24);
    let frames = Arc::clone(&backend.frames);
    let (tx, rx) = std::sync::mpsc::channel();
    let wake = waker(tx.clone());
    let checked = Arc::clone(&ctx);
    let app = std::thread::spawn(move || {
        let mut terminal = Terminal::new(backend).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        run(&mut terminal, Start { ctx, me: None }, &theme, rx, wake)
    });
    // The first frame, then one when the check is done (the status line says what it found).
    let start = Instant::now();
    while checked.report().is_none() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    // The minute is read before the app settles: a minute that turned just before the idle
    // seconds is drawn in the settling half second, not counted as idle (CI once read the
    // minute right after it turned, before the app's loop had woken to draw it).
    let at = minute();
    std::thread::sleep(Duration::from_millis(500));
    let before = frames.load(Ordering::SeqCst);
    assert!(before >= 1, "the first frame is drawn");
    std::thread::sleep(Duration::from_secs(3));
    let idle = frames.load(Ordering::SeqCst) - before;
    let turned = usize::from(minute() != at);
    assert!(idle <= turned, "{idle} frames drawn in 3 idle seconds");
    tx.send(key('2')).unwrap();
    let start = Instant::now();
    while frames.load(Ordering::SeqCst) == before + idle
        && start.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(frames.load(Ordering::SeqCst) > before + idle, "a key draws a frame");
    tx.send(key('q')).unwrap();
    app.join().unwrap().unwrap();
}

#[test]
fn once_the_rest_has_loaded_the_loop_is_quiet_again() {
    // The example as if it were a long history: its newest meeting first, the rest behind.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (folder, rest) = stuurgroep::store::load::load_folder_first(root, 0, 1).unwrap();
    let total = rest.expect("loaded in part");
    let ctx = Arc::new(Ctx::first(folder, Lang::Nl, rest));
    let backend = recording::Recording::new(100, 24);
    let (frames, screen) = (Arc::clone(&backend.frames), Arc::clone(&backend.screen));
    let (tx, rx) = std::sync::mpsc::channel();
    let wake = waker(tx.clone());
    let app = std::thread::spawn(move || {
        let mut terminal = Terminal::new(backend).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        run(&mut terminal, Start { ctx, me: None }, &theme, rx, wake)
    });
    // The whole folder shown (its count on the status line, no more the load's) and checked.
    let whole = format!(" · {total} vergaderingen · ");
    let start = Instant::now();
    loop {
        let now = screen.lock().unwrap().clone();
        if now.contains(&whole) && !now.contains("laden…") && !now.contains("controleren") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "never loaded whole:\n{now}");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The minute before the app settles, as above.
    let at = minute();
    std::thread::sleep(Duration::from_millis(500));
    let before = frames.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_secs(3));
    let idle = frames.load(Ordering::SeqCst) - before;
    let turned = usize::from(minute() != at);
    assert!(idle <= turned, "{idle} frames drawn in 3 idle seconds after the load");
    tx.send(key('q')).unwrap();
    app.join().unwrap().unwrap();
}
