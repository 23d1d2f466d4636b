//! The app end to end in a real pseudo-terminal: start the binary, open an objective, search,
//! open a decision, quit; the terminal comes back as it was.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct App {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl App {
    fn start(args: &[&str]) -> App {
        let pty = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_stuurgroep"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "nl_BE.UTF-8");
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        // Keep the master alive as long as the test runs.
        std::mem::forget(pty.master);
        App { parser, writer, child, raw }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never showed {text:?}:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        if keys == "\x1b" {
            // A lone Esc followed at once by a key reads as Alt+key, as in any terminal.
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

#[test]
fn browse_an_objective_search_open_a_decision_then_quit_with_the_terminal_restored() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut app = App::start(&["--dir", dir]);
    app.wait_for("Doelstellingen");
    app.wait_for("SD1 OD1");
    // Down to SD2 OD5 (line 10: SD1 + 3 ODs + SD2 + 5 ODs), open it.
    app.keys(&"j".repeat(9));
    app.keys("\r");
    app.wait_for("Geschiedenis van de code");
    app.wait_for("verplaatst SD1 OD1 → SD2 OD5");
    app.keys("\x1b");
    app.keys("/kansentarief");
    app.wait_for("/ kansentarief");
    app.wait_for("kansentarief in alle UiT-pas-gemeenten");
    app.keys("\r");
    app.wait_for("Vergadering: ");
    app.keys("\x1b");
    app.keys("2");
    app.wait_for("Besluiten (87)");
    app.keys("\r");
    // The decision found by the search stays selected on the decisions screen.
    app.wait_for("Vergadering: ");
    app.wait_for("kansentarief");
    app.keys("q");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = app.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "the app did not quit");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    std::thread::sleep(Duration::from_millis(200));
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
    let entered = raw.find("\x1b[?1049h").expect("the app switched to the alternate screen");
    let left = raw.rfind("\x1b[?1049l").expect("and back to the normal screen");
    assert!(left > entered);
    let mouse_on = raw.find("\x1b[?1000h").expect("mouse capture was on");
    assert!(raw.rfind("\x1b[?1000l").is_some_and(|off| off > mouse_on), "and is off again");
    let parser = app.parser.lock().unwrap();
    assert!(!parser.screen().alternate_screen(), "left on the alternate screen");
    assert!(!parser.screen().hide_cursor(), "the cursor is visible again");
}

#[test]
fn a_binary_export_refuses_to_write_to_a_terminal() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut app = App::start(&[
        "export",
        "minutes",
        "2021-03-16-stuurgroep",
        "--format",
        "odt",
        "--dir",
        dir,
    ]);
    app.wait_for("schrijf het naar een bestand met -o");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = app.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "export did not end");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.exit_code(), 2);
    assert!(!app.screen().contains("PK"), "no zip bytes on the terminal");
}
