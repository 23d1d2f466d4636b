//! A meeting removed from the disk while it is open in the editor: the header says so,
//! closing puts the editor's version back, and later editor sessions close as usual.

mod pty;

use pty::{Term, example_copy, wait_on_disk};
use std::path::Path;

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_meeting_deleted_while_open_comes_back_on_closing_and_later_sessions_close() {
    let dir = example_copy();
    let root = dir.path();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.ron");
    let mut app = Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", home.path())],
    );
    app.wait_for("Doelstellingen");
    app.step("3");
    app.step("e");
    app.wait_for("ongewijzigd");
    app.step("\r");
    app.step("Eerst.");
    wait_on_disk(&root.join(MEETING), "Eerst.");
    app.wait_for("bewaard");
    std::fs::remove_file(root.join(MEETING)).unwrap();
    app.wait_for("GEWIJZIGD OP SCHIJF");
    app.step(" Daarna.");
    app.keys("\x1b");
    app.keys("\x1b");
    app.wait_for("Verslag was verdwenen, weer bewaard: meetings/2022/2022-10-11-stuurgroep.ron");
    let back = std::fs::read_to_string(root.join(MEETING)).unwrap();
    assert!(back.contains("Eerst. Daarna."), "{back}");
    assert!(!root.join(format!("{MEETING}.lock")).exists());
    // The next session opens, saves and closes as any other.
    app.step("e");
    app.wait_for("ongewijzigd");
    app.step("\r");
    app.step(" Later.");
    wait_on_disk(&root.join(MEETING), "Eerst. Daarna. Later.");
    app.keys("\x1b");
    app.close_editor_and_quit();
    assert!(!app.screen().contains("Niet gesloten"), "{}", app.screen());
    let names: Vec<String> = std::fs::read_dir(root.join("meetings/2022"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("sync-conflict")), "{names:?}");
    assert!(Path::new(&root.join(MEETING)).exists());
}
