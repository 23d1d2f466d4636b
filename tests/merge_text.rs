//! Minutes both sides changed merge by line: what both appended is kept, in order, with no
//! question; only a stretch both changed differently is asked, showing its two versions, each
//! labelled with who wrote it.

mod common;
mod pty;
mod screen;

use common::cli::{command_on, stdout};
use pty::example_copy;
use std::path::Path;
use std::process::Output;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

const ORIGINAL: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const COPY: &str = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";

/// The first item's minutes in the common version: three paragraphs.
const BASE: &str = "Eerste alinea.\n\nTweede alinea.\n\nDerde alinea.";

fn read(root: &Path, rel: &str) -> Meeting {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn write(root: &Path, rel: &str, m: &Meeting) {
    std::fs::write(root.join(rel), to_ron(m).unwrap()).unwrap();
}

/// The last meeting with [`BASE`] as the first item's minutes kept as the ancestor in `cache`;
/// the original gets `ours` as those minutes, the Syncthing copy `theirs`.
fn both_wrote(root: &Path, cache: &Path, ours: &str, theirs: &str) {
    let mut base = read(root, ORIGINAL);
    base.agenda[0].minutes = BASE.into();
    let bytes = to_ron(&base).unwrap();
    let versions = VersionCache::at(&cache.join("stuurgroep/versions"));
    let hash = versions.keep(bytes.as_bytes()).unwrap().to_string();
    for (rel, minutes) in [(ORIGINAL, ours), (COPY, theirs)] {
        let mut m = base.clone();
        m.edited_from = Some(hash.clone());
        m.agenda[0].minutes = minutes.into();
        write(root, rel, &m);
    }
}

/// The command line on `root` as run on a machine whose cache is `cache`.
fn run(root: &Path, cache: &Path, args: &[&str]) -> Output {
    command_on(root, args).env("XDG_CACHE_HOME", cache).output().expect("the binary runs")
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn both_appending_to_one_item_keeps_both_paragraphs_in_order_without_a_question() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let ours = format!("{BASE}\n\nAlinea van A.");
    let theirs = format!("{BASE}\n\nAlinea van B.");
    both_wrote(root, cache.path(), &ours, &theirs);
    let listed = stdout(&run(root, cache.path(), &["conflicts"]));
    assert!(listed.contains("agendapunt 1: notulen"), "{listed}");
    assert!(listed.contains("regel per regel samengevoegd"), "{listed}");
    assert!(!listed.contains("kies"), "{listed}");
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    assert_eq!(
        read(root, ORIGINAL).agenda[0].minutes,
        format!("{BASE}\n\nAlinea van A.\n\nAlinea van B.")
    );
    assert!(!root.join(COPY).exists());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn edits_of_different_paragraphs_are_both_taken() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    let ours = BASE.replace("Eerste alinea.", "Eerste alinea, door A.");
    let theirs = BASE.replace("Derde alinea.", "Derde alinea, door B.");
    both_wrote(root, cache.path(), &ours, &theirs);
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    assert_eq!(
        read(root, ORIGINAL).agenda[0].minutes,
        "Eerste alinea, door A.\n\nTweede alinea.\n\nDerde alinea, door B."
    );
}

/// A and B both rewrote the second paragraph; B also appended one.
fn overlap(root: &Path, cache: &Path) {
    let ours = BASE.replace("Tweede alinea.", "Tweede alinea zoals A het schreef.");
    let theirs = format!("{BASE}\n\nSlot van B.")
        .replace("Tweede alinea.", "Tweede alinea zoals B het schreef.");
    both_wrote(root, cache, &ours, &theirs);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn a_true_overlap_is_one_stretch_to_choose_with_both_versions_labelled() {
    let dir = example_copy();
    let cache_dir = tempfile::tempdir().unwrap();
    let (root, cache) = (dir.path(), cache_dir.path());
    overlap(root, cache);
    let listed = stdout(&run(root, cache, &["conflicts"]));
    assert!(listed.contains("agendapunt 1: notulen, deel 1 van 1"), "{listed}");
    assert!(
        listed.contains(
            "origineel (Lotte Verhaegen):\n        | Tweede alinea zoals A het schreef.\n"
        ),
        "{listed}"
    );
    assert!(
        listed.contains(
            "kopie (Syncthing, ABCDEFG):\n        | Tweede alinea zoals B het schreef.\n"
        ),
        "{listed}"
    );
    // The paragraphs nobody changed are no part of the stretch.
    assert!(!listed.contains("| Eerste alinea."), "{listed}");
    let english = run(root, cache, &["--lang", "en", "conflicts"]);
    let english = stdout(&english);
    assert!(english.contains("agenda item 1: minutes, part 1 of 1"), "{english}");
    assert!(english.contains("copy (Syncthing, ABCDEFG):"), "{english}");
    // --auto takes what merged (B's last paragraph), keeps A's version of the stretch, and
    // leaves the copy for the choice.
    let merged = run(root, cache, &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(1), "{}", stdout(&merged));
    assert!(stdout(&merged).contains("deel 1 van 1"), "{}", stdout(&merged));
    assert_eq!(
        read(root, ORIGINAL).agenda[0].minutes,
        "Eerste alinea.\n\nTweede alinea zoals A het schreef.\n\nDerde alinea.\n\nSlot van B."
    );
    assert!(root.join(COPY).exists());
    let json: serde_json::Value =
        serde_json::from_slice(&run(root, cache, &["conflicts", "--json"]).stdout).unwrap();
    let hunk = &json[0]["differences"][0];
    assert_eq!(hunk["copy"], "Tweede alinea zoals B het schreef.", "{json}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn the_app_shows_the_stretch_as_text_and_both_keeps_each_paragraph_once() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    overlap(root, cache.path());
    let mut app = pty::Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("1 conflictkopie");
    app.step("c");
    app.wait_for("1 te kiezen");
    app.step("\r");
    app.wait_for("agendapunt 1: notulen, deel 1 van");
    app.wait_for("kopie (Syncthing, ABCDEFG)");
    // The original's side is labelled with who writes the meeting: its secretary.
    app.wait_for("origineel (Lotte Verhaegen)");
    app.wait_for("Tweede alinea zoals B het schreef.");
    assert!(!app.screen().contains("minutes:"), "{}", app.screen());
    app.step("b");
    app.step("s");
    app.wait_for("Samengevoegd");
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
    assert_eq!(
        read(root, ORIGINAL).agenda[0].minutes,
        "Eerste alinea.\n\nTweede alinea zoals A het schreef.\nTweede alinea zoals B het schreef.\n\nDerde alinea.\n\nSlot van B."
    );
    assert!(!root.join(COPY).exists());
}
