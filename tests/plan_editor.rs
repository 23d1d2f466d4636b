//! The secretary records in a real terminal that a decision changes the plan: a merge picked
//! by code, shown before and after, kept on disk with the decision; a renumbering onto a code
//! in use refused with why and the number kept; a change left halfway with Esc writing
//! nothing; sending while a second instance holds the plan's lock (named, the minutes sent,
//! nothing lost), then `plan apply` writing it once, and `check` clean.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use common::cli::{check, run_on, stderr, stdout};
use pty::{NEW, new_meeting, wait_until};
use std::path::Path;
use stuurgroep::domain::meeting::{Meeting, MinutesStatus};
use stuurgroep::domain::plan::PlanChange;

fn changes(m: &Meeting) -> Vec<PlanChange> {
    m.decisions().flat_map(|(_, d)| d.plan_changes.clone()).collect()
}

/// A decision on item 1 of the new meeting, serving SD2 OD1, selected among the elements.
fn decision(app: &mut pty::Term) {
    app.step("b");
    app.step("De Regiobib en de cultuurcentra werken voortaan als één OD.\r");
    app.step("sd2 od1\r");
    app.step("\t");
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn a_merge_recorded_on_a_decision_goes_to_the_plan_when_sent() {
    let dir = pty::example_copy();
    let root = dir.path();
    let plan_before = std::fs::read(root.join("data/plan.ron")).unwrap();
    let mut app = new_meeting(root);
    decision(&mut app);
    // The merge: the kind, then both objectives by code; before and after shown.
    app.step("p");
    app.wait_for("Besluit 1: welke planwijziging?");
    app.step("samen\r");
    app.wait_for("welke OD?");
    app.step("sd2 od2\r");
    app.wait_for("welke OD loopt verder?");
    app.step("sd2 od1\r");
    app.wait_for("Na dit besluit:");
    app.wait_for("samengevoegd met od-regiobib");
    app.step("j");
    app.wait_for("Planwijziging vastgelegd");
    app.wait_for("⟳ plan: 1 wijziging");
    let m = wait_until(root, "the merge", |m| !changes(m).is_empty());
    assert_eq!(
        changes(&m),
        [PlanChange::Merge { objective: "od-cc-gc".into(), into: "od-regiobib".into() }]
    );
    // Renumbering SD1 OD3 onto SD1 OD1 is refused, with why; the number typed stays.
    app.step("p");
    app.step("hernum\r");
    app.step("sd1 od3\r");
    app.wait_for("nieuw nummer");
    app.step("1\r");
    app.wait_for("Geweigerd: de code SD1 OD1 is al in gebruik");
    app.wait_for("nieuw nummer");
    app.step("\x1b");
    // Halfway and Esc: nothing written.
    app.step("p");
    app.step("schrap\r");
    app.wait_for("welke OD?");
    app.step("\x1b");
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert_eq!(changes(&pty::read_new(root).unwrap()).len(), 1, "only the merge");
    assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), plan_before, "not yet");

    // Sent while a second instance holds the plan: named, the minutes sent all the same.
    use stuurgroep::store::lock::{Holder, acquire};
    let holder = Holder::new("an-peeters".into(), "An Peeters");
    let plan_rel = Path::new("data/plan.ron");
    let guard = acquire(root, plan_rel, &holder, chrono::Utc::now()).unwrap();
    app.step("\x1b");
    app.step("s");
    app.wait_for("Verslag als verstuurd markeren?");
    app.step("j");
    app.wait_for("plan NIET geschreven");
    app.wait_for("An Peeters");
    wait_until(root, "sent", |m| matches!(m.status, MinutesStatus::Sent { .. }));
    assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), plan_before);
    guard.release().unwrap();
    app.close_editor_and_quit();
    let (_, findings) = check(root);
    assert!(
        findings.contains("de planwijzigingen van besluit 2027-01-20-stuurgroep/1"),
        "{findings}"
    );

    // Applied afterwards, once; the old code finds the merged objective.
    let apply = ["plan", "apply", "2027-01-20-stuurgroep", "--as", "lotte-verhaegen"];
    let out = run_on(root, &apply);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read(root.join("data/plan.ron")).unwrap();
    assert_eq!(run_on(root, &apply).status.code(), Some(0));
    assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), written, "twice is once");
    let shown = stdout(&run_on(root, &["plan", "show", "SD2 OD2"]));
    assert!(
        shown.contains("samengevoegd met od-regiobib")
            && shown.contains("(2027-01-20-stuurgroep/1)"),
        "{shown}"
    );
    let (status, findings) = check(root);
    assert_eq!(status, 0, "{findings}");
    assert!(!findings.contains("planwijzigingen"), "{findings}");
    assert!(root.join(NEW).exists());
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn sending_writes_the_plan_at_once_when_nobody_holds_it() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    decision(&mut app);
    app.step("p");
    app.step("hernum\r");
    app.step("sd1 od3\r");
    app.step("9\r");
    app.wait_for("Na dit besluit:");
    app.wait_for("SD1 OD9");
    app.step("j");
    wait_until(root, "the renumbering", |m| !changes(m).is_empty());
    app.step("\x1b");
    app.step("s");
    app.wait_for("Verslag als verstuurd markeren?");
    app.step("j");
    app.wait_for("data/plan.ron geschreven: besluit 1.");
    app.close_editor_and_quit();
    let shown = stdout(&run_on(root, &["plan", "show", "SD1 OD9"]));
    assert!(shown.contains("hernummerd SD1 OD3 → SD1 OD9  (2027-01-20-stuurgroep/1)"), "{shown}");
    assert!(!root.join("data/plan.ron.lock").exists());
    let (status, findings) = check(root);
    assert_eq!(status, 0, "{findings}");
    assert!(!findings.contains("planwijzigingen"), "{findings}");
}
