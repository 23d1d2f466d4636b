//! Two loopback-only Syncthing instances sharing a folder (tests/lab/syncthing-pair.sh), and
//! what the tests on them share.
#![allow(dead_code)]

use crate::pty::{Term, copy_dir, wait_on_disk};
use std::path::{Path, PathBuf};
use std::process::Command;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

/// The meeting the scenarios write.
pub const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

/// A Syncthing pair over folders A and B; `clean` on drop.
pub struct Pair {
    dir: PathBuf,
    ports: [u16; 4],
}

impl Pair {
    /// A pair numbered `n` (its ports and folder are its own), with the example in A and B.
    pub fn up(n: u16) -> Pair {
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

    pub fn a(&self) -> PathBuf {
        self.dir.join("A")
    }

    pub fn b(&self) -> PathBuf {
        self.dir.join("B")
    }

    pub fn run(&self, args: &[&str]) -> String {
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

    pub fn sync(&self) {
        self.run(&["sync"]);
    }

    /// A real conflict on `rel`: A's version wins, B's becomes the conflict copy.
    pub fn conflict(&self, rel: &str, a: &Meeting, b: &Meeting) {
        self.conflict_text(rel, &to_ron(a).unwrap(), &to_ron(b).unwrap());
    }

    /// A real conflict on `rel` between two texts: A's wins, B's becomes the conflict copy
    /// (on both sides); the copy's path in the folder.
    pub fn conflict_text(&self, rel: &str, a: &str, b: &str) -> String {
        let (fa, fb) = (self.dir.join("a-version.ron"), self.dir.join("b-version.ron"));
        std::fs::write(&fa, a).unwrap();
        std::fs::write(&fb, b).unwrap();
        let (fa, fb) = (fa.to_string_lossy().into_owned(), fb.to_string_lossy().into_owned());
        self.run(&["conflict", rel, "--winner", "A", "--a-from", &fa, "--b-from", &fb]);
        let rel = Path::new(rel);
        let (dir, stem) = (rel.parent().unwrap(), rel.file_stem().unwrap().to_string_lossy());
        let name = std::fs::read_dir(self.a().join(dir))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with(&format!("{stem}.sync-conflict-")))
            .expect("Syncthing made a conflict copy");
        dir.join(name).to_string_lossy().into_owned()
    }

    pub fn pause(&self) {
        self.run(&["pause"]);
    }

    pub fn resume(&self) {
        self.run(&["resume"]);
    }

    /// The API key and port of instance 1, for asking it to rescan.
    pub fn rescan_a(&self) {
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

pub fn read(root: &Path, rel: &str) -> Meeting {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

/// The base version of the meeting, kept in `cache` as the app keeps what it opens, and two
/// versions edited from it by `edit_a` and `edit_b`.
pub fn edited(
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
pub fn conflict_copy(root: &Path) -> String {
    let dir = root.join("meetings/2022");
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.contains(".sync-conflict-"))
        .expect("Syncthing made a conflict copy");
    format!("meetings/2022/{name}")
}

pub fn merge_auto(root: &Path, cache: &Path, copy: &str) -> std::process::Output {
    crate::common::cli::command_on(root, &["conflicts", "merge", copy, "--auto"])
        .env("XDG_CACHE_HOME", cache)
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .expect("the binary runs")
}

/// The app on `root` as the secretary (Lotte), with its own config and cache in `cache`, past
/// its question about the Syncthing folder.
pub fn secretary_app(root: &Path, cache: &Path) -> Term {
    let config = cache.join("config.ron");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", cache)],
    );
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    app
}

/// The app on `root` as the secretary, with its own cache: writes `text` at the end of the
/// minutes of agenda item `item` (1-based) of the last meeting, and quits.
pub fn type_minutes_in_the_app(root: &Path, cache: &Path, item: usize, text: &str) {
    let mut app = secretary_app(root, cache);
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
