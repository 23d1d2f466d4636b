//! A member reports on their own action item in the app: the popup, Esc halfway writing
//! nothing, the file on disk, a second instance (another member) seeing it at once and refused
//! on it, and a killed terminal mid-note leaving no broken file.

mod pty;

use pty::{Term, example_copy, wait_on_disk};
use std::path::Path;

const LOTTES: &str = "2022-06-14-stuurgroep/A2";
const LOTTE: &str = "data/updates/lotte-verhaegen.ron";

/// The app on `root` as `member`, on the action items narrowed to Lotte's makerspace report.
fn on_the_report(root: &Path, member: &str) -> Term {
    let mut app = Term::start(&["--dir", root.to_str().unwrap(), "--as", member]);
    app.wait_for("Doelstellingen");
    app.step("4");
    app.wait_for("Actiepunten (");
    app.step("t");
    app.step("makerspace-pilot");
    app.step("\r");
    app.wait_for("Actiepunten (1)");
    app
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_member_reports_their_own_action_and_another_instance_sees_it_at_once() {
    let dir = example_copy();
    let root = dir.path();
    let mut lotte = on_the_report(root, "lotte-verhaegen");
    let mut annemie = on_the_report(root, "annemie-wauters");
    // Someone else's action item: refused, with whose it is.
    annemie.step("m");
    annemie.wait_for("Niet gemeld: dit actiepunt is van Lotte Verhaegen");
    // Esc halfway: nothing written.
    lotte.step("m");
    lotte.wait_for(&format!("Melden: {LOTTES}"));
    lotte.step("Rapport half");
    lotte.keys("\x1b");
    lotte.wait_for("Actiepunten (");
    assert!(!lotte.screen().contains("Melden:"), "{}", lotte.screen());
    assert!(!root.join(LOTTE).exists(), "Esc wrote nothing");
    // Tab to ongoing, a note, Enter: written to her own file and shown.
    lotte.step("m");
    lotte.wait_for("[afgerond]");
    lotte.step("\t");
    lotte.wait_for("[lopend]");
    lotte.step("Cijfers van september verwerkt");
    lotte.step("\r");
    lotte.wait_for(&format!("Gemeld: {LOTTES} (in {LOTTE})"));
    wait_on_disk(&root.join(LOTTE), "note: \"Cijfers van september verwerkt\"");
    let text = std::fs::read_to_string(root.join(LOTTE)).unwrap();
    assert!(text.contains("status: Ongoing,"), "{text}");
    // The other instance shows it without a key: the watcher reloads.
    annemie.step("\r");
    annemie.wait_for("Cijfers van september verwerkt");
    lotte.step("\r");
    lotte.wait_for("Cijfers van september verwerkt");
    lotte.quit();
    annemie.quit();
    let (code, check) = check(root);
    assert_eq!(code, 0, "{check}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_terminal_killed_mid_note_leaves_the_members_file_as_it_was() {
    let dir = example_copy();
    let root = dir.path();
    let mut lotte = on_the_report(root, "lotte-verhaegen");
    lotte.step("m");
    lotte.wait_for("Melden:");
    lotte.step("\r");
    lotte.wait_for(&format!("Gemeld: {LOTTES}"));
    wait_on_disk(&root.join(LOTTE), "status: Done");
    let before = std::fs::read(root.join(LOTTE)).unwrap();
    lotte.step("m");
    lotte.wait_for("Melden:");
    lotte.step("Toch nog een zin die nooit af");
    lotte.child.kill().unwrap();
    lotte.wait_exit();
    assert_eq!(std::fs::read(root.join(LOTTE)).unwrap(), before, "untouched");
    let updates: Vec<_> = std::fs::read_dir(root.join("data/updates")).unwrap().collect();
    assert_eq!(updates.len(), 3, "no temp file left beside it");
    let (code, check) = check(root);
    assert_eq!(code, 0, "{check}");
}

/// `stuurgroep check` on `root`: exit code and output.
fn check(root: &Path) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["check", "--dir", root.to_str().unwrap()])
        .env("STUURGROEP_CONFIG", "/nonexistent/stuurgroep/config.ron")
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn the_status_line_counts_your_overdue_items_and_m_lists_them() {
    let dir = example_copy();
    let root = dir.path();
    let mut lotte = Term::start(&["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"]);
    lotte.wait_for("van jou te laat (M)");
    let screen = lotte.screen();
    let status = screen.lines().last().unwrap_or_default().to_owned();
    let count: usize = status
        .split("⚠ ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {status:?}"));
    assert!(count > 0);
    lotte.step("M");
    lotte.wait_for(&format!("Actiepunten ({count})"));
    let screen = lotte.screen();
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains("te laat  ")).collect();
    assert_eq!(rows.len(), count, "{screen}");
    assert!(rows.iter().all(|r| r.contains("Lotte Verhaegen")), "{screen}");
    // Reported done, it is no longer counted.
    lotte.step("m");
    lotte.wait_for("Melden:");
    lotte.step("\r");
    lotte.wait_for(&format!("Actiepunten ({})", count - 1));
    lotte.quit();
}
