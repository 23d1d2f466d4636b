//! Driving the binary in a real pseudo-terminal: keys in, the screen (vt100) and the raw
//! output back.
#![allow(dead_code)]

pub mod plan;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;

/// The binary running in a pseudo-terminal.
pub struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    /// The process.
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Everything it wrote.
    pub raw: Arc<Mutex<Vec<u8>>>,
}

impl Term {
    /// Starts the binary with `args` in an 80×24 Dutch terminal.
    pub fn start(args: &[&str]) -> Term {
        Term::start_with(args, &[])
    }

    /// Starts the binary with `args` and extra environment variables.
    pub fn start_with(args: &[&str], env: &[(&str, &Path)]) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_stuurgroep"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "nl_BE.UTF-8");
        cmd.env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron");
        for (k, v) in env {
            cmd.env(k, v);
        }
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
        Term { parser, writer, child, raw }
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Whether the terminal is back on the normal screen with the cursor shown.
    pub fn restored(&self) -> bool {
        let parser = self.parser.lock().unwrap();
        !parser.screen().alternate_screen() && !parser.screen().hide_cursor()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
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

    /// Types `keys`.
    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        if keys == "\x1b" {
            // A lone Esc followed at once by a key reads as Alt+key, as in any terminal.
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Types `keys` and gives the app a moment to take them.
    pub fn step(&mut self, keys: &str) {
        self.keys(keys);
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Quits with `q` and checks that the app ended well.
    pub fn quit(&mut self) {
        self.step("q");
        assert_eq!(self.wait_exit(), 0);
    }

    /// Closes the editor with Esc (everything is saved), back on the meetings screen, and quits.
    pub fn close_editor_and_quit(&mut self) {
        self.keys("\x1b");
        self.wait_for("Vergaderingen");
        self.quit();
    }

    /// Waits for the process to end; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(start.elapsed() < Duration::from_secs(10), "the app did not end");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Waits until the file at `path` holds `text`: the app's saves have caught up with what was
/// typed (the status line may already say saved after an earlier, partial save).
pub fn wait_on_disk(path: &Path, text: &str) {
    let start = Instant::now();
    while !std::fs::read_to_string(path).unwrap_or_default().contains(text) {
        assert!(start.elapsed() < Duration::from_secs(20), "{text:?} never saved to {path:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A copy of the bundled example in a temp folder, to write in.
pub fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["data", "meetings"] {
        copy_dir(&root.join(sub), &dir.path().join(sub));
    }
    dir
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// An adopted decision numbered 5, serving SD2 OD1 (the Regiobib).
pub fn decision(text: &str) -> stuurgroep::domain::meeting::Decision {
    stuurgroep::domain::meeting::Decision {
        number: 5,
        text: text.into(),
        outcome: stuurgroep::domain::meeting::Outcome::Adopted,
        votes: None,
        objectives: vec!["od-regiobib".into()],
        amends: None,
        supersedes: None,
        public_summary: None,
        majority: None,
        unanimous: false,
        quorum_note: None,
        named_votes: Vec::new(),
        plan_changes: Vec::new(),
    }
}

/// The new meeting the secretary's scenarios create.
pub const NEW: &str = "meetings/2027/2027-01-20-stuurgroep.ron";

/// The new meeting as it is on disk, when it is there and whole.
pub fn read_new(root: &Path) -> Option<Meeting> {
    read_meeting(root, NEW)
}

/// The meeting at `rel` as it is on disk, when it is there and whole.
pub fn read_meeting(root: &Path, rel: &str) -> Option<Meeting> {
    let bytes = std::fs::read(root.join(rel)).ok()?;
    parse(Path::new(rel), &bytes).ok()
}

/// Waits until the new meeting on disk satisfies `ok`.
pub fn wait_until(root: &Path, what: &str, ok: impl Fn(&Meeting) -> bool) -> Meeting {
    wait_until_at(root, NEW, what, ok)
}

/// Waits until the meeting at `rel` on disk satisfies `ok`.
pub fn wait_until_at(root: &Path, rel: &str, what: &str, ok: impl Fn(&Meeting) -> bool) -> Meeting {
    let start = Instant::now();
    loop {
        if let Some(m) = read_meeting(root, rel).filter(|m| ok(m)) {
            return m;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "never on disk: {what}\n{:#?}",
            read_meeting(root, rel)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts the app on `root` as Lotte (the secretary), its config in the folder, at its first
/// screen.
pub fn as_secretary(root: &Path) -> Term {
    let config = root.join("config.ron");
    let app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    app.wait_for("Doelstellingen");
    app
}

/// Starts the app as Lotte (the secretary) and opens a new stuurgroep meeting on 2027-01-20.
pub fn new_meeting(root: &Path) -> Term {
    new_meeting_at(root, &[])
}

/// The same, answering the start time with each of `starts` before the offered one.
pub fn new_meeting_at(root: &Path, starts: &[&str]) -> Term {
    new_meeting_of(root, "", starts)
}

/// As [`new_meeting_at`], of the body `body` names (typed into the picker; "" the first).
pub fn new_meeting_of(root: &Path, body: &str, starts: &[&str]) -> Term {
    let mut app = as_secretary(root);
    app.step("3");
    open_new(&mut app, body, "2027-01-20", starts);
    app
}

/// From the meetings screen: a new meeting of `body` (typed into the picker; "" the first) on
/// `date`, answering the start time with each of `starts` before the offered one; the editor
/// open on it.
pub fn open_new(app: &mut Term, body: &str, date: &str, starts: &[&str]) {
    app.step("n");
    app.wait_for("Vergadering van welk orgaan?");
    app.step(&format!("{body}\r"));
    app.wait_for("Datum");
    app.step(&"\x7f".repeat(10));
    app.step(&format!("{date}\r"));
    app.wait_for("Aanvang");
    for start in starts {
        app.step(&format!("\x15{start}\r"));
        app.wait_for("Geen uur");
    }
    app.step("\x15\r");
    app.wait_for("Plaats");
    app.step("\r");
    app.wait_for("Opening en aanwezigheden");
}
