//! The plan screen edits, in a pseudo-terminal on a copy of the example: only the plan's
//! writer (the coordinator) may edit; a new title by decision, an action's text fixed
//! editorially ("redactioneel" in the history), Esc halfway writing nothing, a refused change
//! and a municipality the plan does not know keeping what was typed, a second instance holding
//! the plan's lock named with nothing written, and the plan file read back each time.

mod pty;

use pty::{Term, example_copy};
use std::path::Path;
use stuurgroep::domain::plan::{Change, Plan};

const DECISION: &str = "2022-10-11-stuurgroep/1";

fn plan_bytes(root: &Path) -> Vec<u8> {
    std::fs::read(root.join("data/plan.ron")).unwrap()
}

fn read_plan(root: &Path) -> Plan {
    let path = root.join("data/plan.ron");
    stuurgroep::store::format::parse(&path, &std::fs::read(&path).unwrap()).unwrap()
}

/// The app on `root` as `member` (in `lang`), SD1 OD2's detail open.
fn on_sd1_od2(root: &Path, member: &str, lang: &str) -> Term {
    let mut app = Term::start(&["--dir", root.to_str().unwrap(), "--as", member, "--lang", lang]);
    app.wait_for("SD1 OD1");
    app.step("jj");
    app.step("\r");
    app.wait_for("SD1 OD2  In kaart brengen");
    app
}

/// Scrolls the detail down a line at a time until it shows `text`.
fn scroll_to(app: &mut Term, text: &str) {
    for _ in 0..30 {
        if app.screen().contains(text) {
            return;
        }
        app.step("J");
    }
    app.wait_for(text);
}

/// `stuurgroep check` on `root`: its exit code and output.
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
fn only_the_writer_edits_and_a_title_by_decision_and_a_typo_fix_are_written() {
    let dir = example_copy();
    let root = dir.path();
    let before = plan_bytes(root);
    // Someone else: told who may, nothing opened.
    let mut annemie = on_sd1_od2(root, "annemie-wauters", "nl");
    annemie.step("r");
    annemie.wait_for("Alleen Lotte Verhaegen past het plan aan");
    annemie.quit();

    let mut lotte = on_sd1_od2(root, "lotte-verhaegen", "nl");
    // Esc halfway, in the field and in the decision picker: nothing written.
    lotte.step("r");
    lotte.wait_for("Nieuwe titel van SD1 OD2");
    lotte.keys("\x1b");
    lotte.step("r");
    lotte.step("\x15Actoren in kaart brengen\r");
    lotte.wait_for("Welk besluit laat dit toe?");
    lotte.keys("\x1b");
    assert!(!lotte.screen().contains("Welk besluit"), "{}", lotte.screen());
    assert_eq!(plan_bytes(root), before, "Esc wrote nothing");

    // A new title, by a decision picked by its reference.
    lotte.step("r");
    lotte.step("\x15Actoren en praktijken in kaart brengen\r");
    lotte.wait_for("Welk besluit laat dit toe?");
    lotte.step(DECISION);
    lotte.step("\r");
    lotte.wait_for(&format!("Plan aangepast: SD1 OD2 ({DECISION})"));
    lotte.wait_for(&format!("nieuwe titel  ({DECISION})"));
    let plan = read_plan(root);
    let (_, od) = plan.operational_by_id("od-actoren-drempels").unwrap();
    assert_eq!(od.title, "Actoren en praktijken in kaart brengen");
    let event = od.history.last().unwrap();
    assert_eq!(event.decision.as_ref().map(|d| d.to_string()).as_deref(), Some(DECISION));
    assert!(matches!(event.change, Change::Retitled { .. }) && !event.editorial);
    assert!(plan.written_as.is_some(), "stamped as the app wrote it");

    // The action's text fixed editorially: no decision, marked "redactioneel".
    lotte.step("a");
    lotte.wait_for("Welke actie van SD1 OD2?");
    lotte.step("\x1b[B\r");
    lotte.wait_for("Wat wijzigen aan sd1od5-a1?");
    lotte.step("\r");
    lotte.wait_for("Nieuwe tekst van sd1od5-a1");
    lotte.step(" (tikfout hersteld)\r");
    lotte.wait_for("Welk besluit laat dit toe?");
    lotte.step("redactioneel\r");
    lotte.wait_for("Plan aangepast: sd1od5-a1 (redactioneel)");
    scroll_to(&mut lotte, "nieuwe titel  (redactioneel)");
    let plan = read_plan(root);
    let (_, action) = plan.actions().find(|(_, a)| a.id.as_str() == "sd1od5-a1").unwrap();
    assert!(action.text.ends_with("interesse hebben (tikfout hersteld)"), "{}", action.text);
    let event = action.history.last().unwrap();
    assert!(event.editorial && event.decision.is_none(), "{event:?}");
    let text = std::fs::read_to_string(root.join("data/plan.ron")).unwrap();
    assert!(text.contains("editorial: true"), "written so");
    lotte.quit();
    let (code, out) = check(root);
    assert!(code == 0 && out.contains("0 fouten, 0 waarschuwingen"), "{out}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn refusals_keep_what_was_typed_and_a_held_plan_is_named_with_nothing_written() {
    use stuurgroep::store::lock::{Holder, acquire};
    let dir = example_copy();
    let root = dir.path();
    let before = plan_bytes(root);
    let mut lotte = on_sd1_od2(root, "lotte-verhaegen", "en");
    // A municipality the plan does not know: said, the field kept as typed.
    lotte.step("a");
    lotte.step("\x1b[B\r");
    lotte.wait_for("What to change of sd1od5-a1?");
    lotte.step("\x1b[B\x1b[B\r");
    lotte.wait_for("Spreading of sd1od5-a1");
    lotte.step("\x15Halle, Atlantis\r");
    lotte.wait_for("Plan not changed: no municipality \"Atlantis\" in the plan");
    assert!(lotte.screen().contains("Halle, Atlantis"), "{}", lotte.screen());
    // Planning to what it is already: refused by the plan, offered again as typed.
    lotte.keys("\x1b");
    lotte.step("a");
    lotte.step("\x1b[B\r");
    lotte.step("\x1b[B\r");
    lotte.wait_for("Planning of sd1od5-a1");
    lotte.step("\x15\r");
    lotte.wait_for("Which decision allows this?");
    assert!(!lotte.screen().contains("editorial: a typo"), "only a text may be editorial");
    lotte.step(DECISION);
    lotte.step("\r");
    lotte.wait_for("Plan not changed: that changes nothing in the plan");
    lotte.wait_for("Planning of sd1od5-a1");
    lotte.keys("\x1b");
    assert_eq!(plan_bytes(root), before, "refusals wrote nothing");

    // A second instance holds the plan: named, nothing written.
    let holder = Holder::new("an-peeters".into(), "An Peeters");
    let guard = acquire(root, Path::new("data/plan.ron"), &holder, chrono::Utc::now()).unwrap();
    lotte.step("a");
    lotte.wait_for("+ new action");
    lotte.step("\r");
    lotte.wait_for("New action under SD1 OD2");
    lotte.step("Jaarlijkse netwerkdag met de partners\r");
    lotte.step(DECISION);
    lotte.step("\r");
    lotte.wait_for("Plan not changed: being edited by An Peeters");
    assert_eq!(plan_bytes(root), before, "the held plan is untouched");
    guard.release().unwrap();
    // Released: the same change goes through, with a new id.
    lotte.step("a");
    lotte.step("\r");
    lotte.step("Jaarlijkse netwerkdag met de partners\r");
    lotte.step(DECISION);
    lotte.step("\r");
    lotte.wait_for("Plan changed: SD1 OD2");
    scroll_to(&mut lotte, "• Jaarlijkse netwerkdag met de partners");
    let plan = read_plan(root);
    let (_, od) = plan.operational_by_id("od-actoren-drempels").unwrap();
    let added = od.actions.last().unwrap();
    assert_eq!(
        (added.id.as_str(), added.text.as_str()),
        ("sd1od2-a8", "Jaarlijkse netwerkdag met de partners")
    );
    assert!(!root.join("data/plan.ron.lock").exists(), "no lock left behind");
    lotte.quit();
    let (code, out) = check(root);
    assert!(code == 0 && out.contains("0 fouten, 0 waarschuwingen"), "{out}");
}
