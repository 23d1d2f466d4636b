//! `y` copies what is selected to the clipboard through the terminal (OSC 52, so over SSH
//! too): the running app's loop writes the escape sequence to the terminal and says so on the
//! status line.

mod recording;
mod screen;

use ratatui::Terminal;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use recording::Recording;
use std::path::Path;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::clipboard::osc52;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::run::{Message, Start, run, waker};

fn key(c: char) -> Message {
    Message::Input(Event::Key(KeyEvent::from(KeyCode::Char(c))))
}

/// The bundled example, in Dutch, its folder name fixed.
fn example() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::open(folder, Lang::Nl))
}

/// The app's loop running on the example in a recorded terminal: its keys, what was
/// written to the terminal, and the loop's thread, which gives the terminal back on quitting.
struct Running {
    tx: Sender<Message>,
    written: Arc<Mutex<Vec<u8>>>,
    app: JoinHandle<std::io::Result<Terminal<Recording>>>,
}

impl Running {
    /// The loop started on a terminal `width` × `height`.
    fn start(width: u16, height: u16) -> Self {
        let ctx = Arc::new(example());
        let backend = Recording::new(width, height);
        let written = Arc::clone(&backend.written);
        let (tx, rx) = std::sync::mpsc::channel();
        let wake = waker(tx.clone());
        let app = std::thread::spawn(move || {
            let mut terminal = Terminal::new(backend).unwrap();
            let theme = stuurgroep::tui::theme::Theme::new(true);
            run(&mut terminal, Start { ctx, me: None }, &theme, rx, wake).map(|()| terminal)
        });
        Self { tx, written, app }
    }

    fn keys(&self, keys: &str) {
        for c in keys.chars() {
            self.tx.send(key(c)).unwrap();
        }
    }

    /// Quits: what was written to the terminal, and the last frame.
    fn quit(self) -> (String, String) {
        self.tx.send(key('q')).unwrap();
        let terminal = self.app.join().unwrap().unwrap();
        let frame = screen::buffer_text(terminal.backend().inner.buffer());
        (Recording::text(&self.written), frame)
    }
}

/// Runs the app on the example, presses `keys`, waits until the terminal was written
/// `wanted`, quits; what was written besides frames and the last frame.
fn copy_with(keys: &str, wanted: &str) -> (String, String) {
    let app = Running::start(80, 24);
    app.keys(keys);
    let start = Instant::now();
    while !Recording::text(&app.written).contains(wanted)
        && start.elapsed() < Duration::from_secs(20)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Quit after a key that draws nothing new: the frame with the notice is the last one.
    app.quit()
}

#[test]
fn y_sends_the_selected_decisions_id_date_outcome_and_text_to_the_clipboard() {
    let ctx = example();
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
    let ctx = example();
    // The tree's first line is the first strategic objective.
    let o = ctx.index.objectives.all().iter().find(|o| o.is_active()).unwrap();
    let wanted = osc52(&format!("{}  {}", o.code, o.title.trim_end()));
    let (written, frame) = copy_with("y", &wanted);
    assert!(written.contains(&wanted), "the terminal got {written:?}");
    assert!(frame.contains(&format!("Naar het klembord: {}", o.code)), "{frame}");
}

#[test]
fn behind_the_too_small_notice_keys_do_nothing_but_quit() {
    let app = Running::start(60, 20);
    // y would copy the selected objective, were keys acting.
    app.keys("y");
    std::thread::sleep(Duration::from_secs(1));
    let (written, frame) = app.quit();
    assert!(!written.contains("\x1b]52;"), "a key acted behind the notice");
    assert!(frame.contains("Het venster is te klein"), "{frame}");
}
