//! `y` copies what is selected to the clipboard through the terminal (OSC 52, so over SSH
//! too): the running app's loop writes the escape sequence to the terminal and says so on the
//! status line.

mod recording;
mod screen;

use ratatui::Terminal;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use recording::Recording;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::clipboard::osc52;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::run::{Message, Start, run, waker};

fn key(c: char) -> Message {
    Message::Input(Event::Key(KeyEvent::from(KeyCode::Char(c))))
}

/// Runs the app on the example, presses `keys`, waits until the terminal was written
/// `wanted`, quits; what was written besides frames and the last frame.
fn copy_with(keys: &str, wanted: &str) -> (String, String) {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = Arc::new(screen::named(Ctx::open(folder, Lang::Nl)));
    let backend = Recording::new(80, 24);
    let written = Arc::clone(&backend.written);
    let (tx, rx) = std::sync::mpsc::channel();
    let wake = waker(tx.clone());
    let app = std::thread::spawn(move || {
        let mut terminal = Terminal::new(backend).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        run(&mut terminal, Start { ctx, me: None }, &theme, rx, wake).map(|()| terminal)
    });
    for c in keys.chars() {
        tx.send(key(c)).unwrap();
    }
    let start = Instant::now();
    while !Recording::text(&written).contains(wanted) && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Quit after a key that draws nothing new: the frame with the notice is the last one.
    tx.send(key('q')).unwrap();
    let terminal = app.join().unwrap().unwrap();
    let frame = screen::buffer_text(terminal.backend().inner.buffer());
    (Recording::text(&written), frame)
}

#[test]
fn y_sends_the_selected_decisions_id_date_outcome_and_text_to_the_clipboard() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = Ctx::open(folder, Lang::Nl);
    // The decisions list's second line: the second newest decision.
    let d = ctx.index.decisions.iter().rev().nth(1).unwrap();
    let outcome = stuurgroep::domain::strings::outcome(Lang::Nl, d.outcome);
    let wanted = osc52(&format!("{}  {}  {outcome}\n{}", d.reference, d.date, d.text.trim_end()));
    let (written, frame) = copy_with("2jy", &wanted);
    assert!(written.contains(&wanted), "the terminal got {written:?}");
    assert_eq!(written.matches("\x1b]52;").count(), 1, "one copy: {written:?}");
    assert!(frame.contains(&format!("Naar het klembord: {}", d.reference)), "{frame}");
}

#[test]
fn y_on_an_objective_copies_its_code_and_title() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = Ctx::open(folder, Lang::Nl);
    // The tree's first line is the first strategic objective.
    let o = ctx.index.objectives.all().iter().find(|o| o.is_active()).unwrap();
    let wanted = osc52(&format!("{}  {}", o.code, o.title.trim_end()));
    let (written, frame) = copy_with("y", &wanted);
    assert!(written.contains(&wanted), "the terminal got {written:?}");
    assert!(frame.contains(&format!("Naar het klembord: {}", o.code)), "{frame}");
}

#[test]
fn behind_the_too_small_notice_keys_do_nothing_but_quit() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let ctx = Arc::new(screen::named(Ctx::open(folder, Lang::Nl)));
    let backend = Recording::new(60, 20);
    let written = Arc::clone(&backend.written);
    let (tx, rx) = std::sync::mpsc::channel();
    let wake = waker(tx.clone());
    let app = std::thread::spawn(move || {
        let mut terminal = Terminal::new(backend).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        run(&mut terminal, Start { ctx, me: None }, &theme, rx, wake).map(|()| terminal)
    });
    // y would copy the selected objective, were keys acting.
    tx.send(key('y')).unwrap();
    std::thread::sleep(Duration::from_secs(1));
    tx.send(key('q')).unwrap();
    let terminal = app.join().unwrap().unwrap();
    assert!(!Recording::text(&written).contains("\x1b]52;"), "a key acted behind the notice");
    let frame = screen::buffer_text(terminal.backend().inner.buffer());
    assert!(frame.contains("Het venster is te klein"), "{frame}");
}
