//! Putting a conflict copy away (`w`) never discards a change without asking; a copy identical
//! to its original goes at once and is never called tampering.

mod common;
mod pty;

use common::cli::command_on;
use pty::example_copy;
use std::path::Path;
use std::process::Output;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;

const APPROVED: &str = "meetings/2022/2022-06-14-stuurgroep.ron";
const COPY: &str = "meetings/2022/2022-06-14-stuurgroep.sync-conflict-20220701-120000-ZZZZZZZ.ron";

/// The command line on `root` as run on a machine whose cache is `cache`.
fn run(root: &Path, cache: &Path, args: &[&str]) -> Output {
    command_on(root, args).env("XDG_CACHE_HOME", cache).output().expect("the binary runs")
}

/// The approved minutes with a copy that differs only in the version it says it was edited
/// from (as a read-only view used to write), or not at all.
fn identical_copy(root: &Path, byte_for_byte: bool) -> Vec<u8> {
    let bytes = std::fs::read(root.join(APPROVED)).unwrap();
    let mut copy: Meeting = parse(Path::new(APPROVED), &bytes).unwrap();
    if !byte_for_byte {
        copy.edited_from = Some(stuurgroep::store::FileHash::of(&bytes).to_string());
    }
    std::fs::write(root.join(COPY), stuurgroep::store::to_ron(&copy).unwrap()).unwrap();
    bytes
}

#[test]
fn an_identical_copy_of_approved_minutes_is_no_tampering_and_goes_without_a_write() {
    for byte_for_byte in [true, false] {
        let dir = example_copy();
        let cache = tempfile::tempdir().unwrap();
        let root = dir.path();
        let original = identical_copy(root, byte_for_byte);
        let listed =
            String::from_utf8_lossy(&run(root, cache.path(), &["conflicts"]).stdout).into_owned();
        assert!(!listed.contains("geknoei"), "{listed}");
        assert!(listed.contains("identiek aan het origineel"), "{listed}");
        let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
        let said = String::from_utf8_lossy(&merged.stdout);
        assert_eq!(merged.status.code(), Some(0), "{said}");
        assert!(said.contains("identiek aan het origineel; de kopie staat nu in"), "{said}");
        assert_eq!(std::fs::read(root.join(APPROVED)).unwrap(), original, "never written");
        assert!(!root.join(COPY).exists());
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn w_puts_an_identical_copy_away_at_once_and_asks_about_one_that_holds_more() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    identical_copy(root, false);
    let mut app = pty::Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("1 conflictkopie");
    app.step("c");
    app.wait_for("identiek aan het origineel");
    app.step("w");
    app.wait_for("Identiek aan het origineel; weggezet in .stuurgroep/resolved/");
    assert!(!root.join(COPY).exists());
    // A copy of a meeting with minutes the original lacks: asked, with the text shown.
    let draft = "meetings/2022/2022-10-11-stuurgroep.ron";
    let copy = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";
    let mut theirs: Meeting =
        parse(Path::new(draft), &std::fs::read(root.join(draft)).unwrap()).unwrap();
    theirs.agenda[1].minutes.push_str("\nAlleen in de kopie.");
    std::fs::write(root.join(copy), stuurgroep::store::to_ron(&theirs).unwrap()).unwrap();
    app.keys("\x1b");
    app.wait_for("1 conflictkopie");
    app.step("c");
    app.step("w");
    app.wait_for("toch wegzetten?");
    app.wait_for("agendapunt 2: notulen");
    app.wait_for("kopie:     Alleen in de kopie.");
    // Not the file's RON.
    assert!(!app.screen().contains("minutes:"), "{}", app.screen());
    app.step("x");
    app.wait_for("Conflictkopieën (1)");
    assert!(root.join(copy).exists());
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
}
