//! Every kind of plan change recorded on decisions in a real terminal, the minutes sent, and
//! what that leaves on disk: `data/plan.ron` changed with each event naming its decision, the
//! old codes still finding their objectives, `check` clean, the decisions of a merged objective
//! listed under the one that carries it on. And the mistakes: a wrong SD or municipality
//! refused with why and not recorded, a change left halfway with Esc writing nothing.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use common::cli::{check, run_on, stderr, stdout};
use pty::plan::{count, decision, read_plan, record, send};
use pty::{NEW, new_meeting, read_new, wait_until};
use std::path::Path;
use std::time::Duration;
use stuurgroep::domain::plan::{Change, Plan, PlanChange, Planning, Spreiding};

/// The decision `n` of the new meeting, as the plan's history names it.
fn by(n: u32) -> String {
    format!("2027-01-20-stuurgroep/{n}")
}

/// The objective `id` in the plan: its code now, how its last event changed it, and the
/// decision that event names.
fn objective(plan: &Plan, id: &str) -> (String, Change, Option<String>) {
    let (sd, od) = plan.operational_by_id(id).unwrap_or_else(|| panic!("{id} is missing"));
    let last = od.history.last().unwrap_or_else(|| panic!("{id} has no history"));
    (od.code(sd).to_string(), last.change.clone(), last.decision.as_ref().map(|d| d.to_string()))
}

/// What `stuurgroep ARGS` printed, which must have succeeded.
fn shown(root: &Path, args: &[&str]) -> String {
    let out = run_on(root, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// `check` clean, with no finding about plan changes.
fn clean(root: &Path) {
    let (status, findings) = check(root);
    assert_eq!(status, 0, "{findings}");
    assert!(!findings.contains("planwijzigingen"), "{findings}");
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn renumber_move_merge_split_demote_and_remove_reach_the_plan_when_sent() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    record_the_ends_and_moves(&mut app, root);
    send(&mut app);
    app.wait_for("Verstuurd; data/plan.ron geschreven: besluiten 1, 2, 3, 4, 5, 6.");
    // In the app: the merged objective's decisions under the one that carries it on.
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    app.step("/");
    app.step("sd2 od1\r");
    app.wait_for("┌ SD2 OD1");
    app.wait_for("2022-06-14-stuurgroep/5");
    app.quit();
    the_plan_after_the_ends_and_moves(&read_plan(root));
    old_codes_find_their_objectives(root);
    // The merged objective's decisions under the one that carries it on.
    let listed = shown(root, &["decisions", "--od", "SD2 OD1"]);
    assert!(listed.contains("2021-11-16-stuurgroep/1"), "{listed}");
    clean(root);
}

/// Decisions 1 to 6 of the new meeting, each with one change: renumber, move (a wrong SD
/// first), merge, split, demote, remove.
fn record_the_ends_and_moves(app: &mut pty::Term, root: &Path) {
    decision(app, "SD1 OD3 wordt SD1 OD9.", "sd1 od3");
    app.step("\t");
    record(app, root, NEW, &["hernum", "sd1 od3", "9"], "SD1 OD9 (1 actie)");
    // A wrong SD: said, nothing recorded; corrected in the same field, recorded.
    decision(app, "De scholenwerking gaat naar SD3.", "sd2 od4");
    app.step("p");
    app.step("verplaats\r");
    app.step("sd2 od4\r");
    app.step("SD9 OD1\r");
    app.wait_for("Geweigerd: er is geen SD9.");
    app.wait_for("nieuwe code");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(read_new(root).map(|m| count(&m)), Some(1), "the wrong SD not recorded");
    app.step("\x15SD3 OD8\r");
    app.wait_for("Na dit besluit:");
    app.step("j");
    let recorded = wait_until(root, "the move", |m| count(m) == 2);
    assert!(
        matches!(
            recorded.decisions().nth(1).map(|(_, d)| d.plan_changes.as_slice()),
            Some([PlanChange::Move { to, .. }]) if to.to_string() == "SD3 OD8"
        ),
        "{recorded:#?}"
    );
    decision(app, "De cultuurcentra en de Regiobib worden één OD.", "sd2 od2");
    record(app, root, NEW, &["samen", "sd2 od2", "sd2 od1"], "samengevoegd met od-regiobib");
    decision(app, "De doelgroepenwerking wordt twee OD's.", "sd2 od3");
    let parts = "SD2 OD7;od-deel-a;Deel A | SD2 OD6;od-deel-b;Deel B";
    record(app, root, NEW, &["splits", "sd2 od3", parts], "gesplitst in od-deel-a, od-deel-b");
    decision(app, "De backoffice wordt een actie.", "sd5 od7");
    let demote = ["actie van", "sd5 od7", "sd5 od6", "backoffice-actie"];
    record(app, root, NEW, &demote, "werd een actie onder od-heldere-werking");
    decision(app, "De netwerken van cultuurwerkers vallen weg.", "sd5 od3");
    record(app, root, NEW, &["schrappen", "sd5 od3"], "beëindigd: geschrapt");
}

/// `data/plan.ron` after decisions 1 to 6: each objective changed, its last event naming
/// its decision.
fn the_plan_after_the_ends_and_moves(plan: &Plan) {
    let (code, change, decision) = objective(plan, "od-communicatiestrategie");
    assert_eq!((code.as_str(), decision), ("SD1 OD9", Some(by(1))));
    assert!(matches!(change, Change::Renumbered { .. }), "{change:?}");
    let (code, change, decision) = objective(plan, "od-scholen");
    assert_eq!((code.as_str(), decision), ("SD3 OD8", Some(by(2))));
    assert!(matches!(change, Change::Moved { .. }), "{change:?}");
    let (_, change, decision) = objective(plan, "od-cc-gc");
    assert_eq!((change, decision), (Change::Merged { into: "od-regiobib".into() }, Some(by(3))));
    let (_, change, decision) = objective(plan, "od-doelgroepen");
    let into = vec!["od-deel-a".into(), "od-deel-b".into()];
    assert_eq!((change, decision), (Change::Split { into }, Some(by(4))));
    for (id, code) in [("od-deel-a", "SD2 OD7"), ("od-deel-b", "SD2 OD6")] {
        let (now, change, decision) = objective(plan, id);
        assert_eq!((now.as_str(), decision), (code, Some(by(4))), "{id}");
        assert!(matches!(change, Change::Added { .. }), "{id}: {change:?}");
    }
    let (_, change, decision) = objective(plan, "od-backoffice");
    assert!(matches!(change, Change::Demoted { .. }), "{change:?}");
    assert_eq!(decision, Some(by(5)));
    let (_, under) = plan.operational_by_id("od-heldere-werking").expect("od-heldere-werking");
    assert!(under.actions.iter().any(|a| a.id.as_str() == "backoffice-actie"), "{under:#?}");
    let (_, change, decision) = objective(plan, "od-netwerken-cultuurwerkers");
    assert!(change.ends() && decision == Some(by(6)), "{change:?} {decision:?}");
}

/// The codes as people see them: the new ones with their history, the old ones still
/// finding their objective (`plan show` an ended one's, `search` a moved one's).
fn old_codes_find_their_objectives(root: &Path) {
    let now = shown(root, &["plan", "show", "SD1 OD9"]);
    assert!(now.contains(&format!("hernummerd SD1 OD3 → SD1 OD9  ({})", by(1))), "{now}");
    let now = shown(root, &["plan", "show", "SD3 OD8"]);
    assert!(now.contains(&format!("verplaatst SD2 OD4 → SD3 OD8  ({})", by(2))), "{now}");
    for (old, id, what, n) in [
        ("SD2 OD2", "od-cc-gc", "samengevoegd met od-regiobib", 3),
        ("SD2 OD3", "od-doelgroepen", "gesplitst in od-deel-a, od-deel-b", 4),
        ("SD5 OD7", "od-backoffice", "backoffice-actie", 5),
        ("SD5 OD3", "od-netwerken-cultuurwerkers", "geschrapt", 6),
    ] {
        let then = shown(root, &["plan", "show", old]);
        assert!(then.contains(id) && then.contains(what), "{old}: {then}");
        assert!(then.contains(&format!("({})", by(n))), "{old}: {then}");
    }
    for (old, id, code) in
        [("SD1 OD3", "od-communicatiestrategie", "SD1 OD9"), ("SD2 OD4", "od-scholen", "SD3 OD8")]
    {
        let found = shown(root, &["search", old, "--kind", "objective"]);
        let at = found.find(id).unwrap_or_else(|| panic!("{old} finds no {id}: {found}"));
        assert!(found[at..].lines().nth(1).is_some_and(|l| l.contains(code)), "{found}");
    }
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn new_objectives_actions_titles_planning_and_spreiding_reach_the_plan_when_sent() {
    let dir = pty::example_copy();
    let root = dir.path();
    let plan_before = std::fs::read(root.join("data/plan.ron")).unwrap();
    let mut app = new_meeting(root);
    decision(&mut app, "De stuurgroep werkt het plan bij.", "sd2 od1");
    app.step("\t");
    mistakes_write_nothing(&mut app, root);
    assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), plan_before);
    // Seven changes on one decision, as a meeting reworking a part of the plan makes them;
    // a title and a spreiding both of an objective and of an action.
    let changes: [(&[&str], &str); 7] = [
        (&["od toe", "SD4 OD9", "od-nieuw", "Nieuw"], "SD4 OD9 (0 acties)  Nieuw"),
        (
            &["actie toe", "sd2 od1", "sd2od1-nieuw", "Een nieuwe actie"],
            "sd2od1-nieuw [niet gepland]  Een nieuwe actie",
        ),
        (&["nieuwe titel", "sd2 od1", " (herzien)"], "stijgt. (herzien)"),
        (&["planning", "uitleenbeleid", "2023 2024"], "sd2od1-a2 [2023, 2024]"),
        (&["spreiding", "sd2 od1", "Halle, dilbeek"], "(6 acties; Halle, Dilbeek)"),
        (&["nieuwe titel", "uitleenbeleid", " (bijgesteld)"], "(bijgesteld)"),
        (&["spreiding", "uitleenbeleid", "beersel"], "sd2od1-a2 [2023, 2024; Beersel]"),
    ];
    for (answers, shows) in changes {
        record(&mut app, root, NEW, answers, shows);
    }
    app.wait_for("⟳ plan: 7 wijzigingen");
    assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), plan_before, "not yet");
    send(&mut app);
    app.wait_for("data/plan.ron geschreven: besluit 1.");
    app.close_editor_and_quit();
    the_plan_after_the_additions(&read_plan(root));
    let now = shown(root, &["plan", "show", "SD2 OD1"]);
    assert!(now.contains("(herzien)") && now.contains("sd2od1-nieuw"), "{now}");
    assert!(now.contains(&format!("({})", by(1))), "{now}");
    assert!(shown(root, &["plan", "show", "SD4 OD9"]).contains("od-nieuw"));
    clean(root);
}

/// On the selected decision: a change left halfway with Esc, and one naming a municipality
/// the plan does not know (said, then left): nothing recorded, the meeting not rewritten.
fn mistakes_write_nothing(app: &mut pty::Term, root: &Path) {
    let saved = wait_until(root, "the decision", |m| {
        m.decisions().next().is_some_and(|(_, d)| !d.objectives.is_empty())
    });
    let meeting_before = std::fs::read(root.join(NEW)).unwrap();
    app.step("p");
    app.step("od toe\r");
    app.step("SD4 OD9\r");
    app.wait_for("id (nieuw");
    app.step("\x1b");
    app.step("p");
    app.step("spreiding\r");
    app.step("sd2 od1\r");
    app.step("Halle, Atlantis\r");
    app.wait_for("Geweigerd: geen gemeente \"Atlantis\" in het plan");
    app.step("\x1b");
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(std::fs::read(root.join(NEW)).unwrap(), meeting_before, "nothing written");
    assert_eq!(count(&saved), 0);
}

/// `data/plan.ron` after the seven changes of decision 1: each there, naming the decision.
fn the_plan_after_the_additions(plan: &Plan) {
    let (code, change, decision) = objective(plan, "od-nieuw");
    assert_eq!((code.as_str(), decision), ("SD4 OD9", Some(by(1))));
    assert!(matches!(change, Change::Added { .. }), "{change:?}");
    let (_, od) = plan.operational_by_id("od-regiobib").expect("od-regiobib");
    assert!(od.title.ends_with(" (herzien)"), "{}", od.title);
    let spread: Vec<&str> = match &od.spreiding {
        Some(Spreiding::Municipalities(list)) => list.iter().map(|m| m.as_str()).collect(),
        other => panic!("{other:?}"),
    };
    assert_eq!(spread, ["halle", "dilbeek"]);
    let events: Vec<_> = od.history.iter().rev().take(2).collect();
    assert!(events.iter().all(|e| e.decision.as_ref().map(ToString::to_string) == Some(by(1))));
    let action = |id: &str| od.actions.iter().find(|a| a.id.as_str() == id).cloned();
    let added = action("sd2od1-nieuw").expect("the new action");
    assert_eq!(added.text, "Een nieuwe actie");
    let replanned = action("sd2od1-a2").expect("sd2od1-a2");
    assert_eq!(replanned.planning, Some(Planning::Years(vec![2023, 2024])));
    assert!(replanned.text.ends_with("uitleenbeleid (bijgesteld)"), "{}", replanned.text);
    assert_eq!(replanned.spreiding, Some(Spreiding::Municipalities(vec!["beersel".into()])));
    for a in [&added, &replanned] {
        let last = a.history.last().and_then(|e| e.decision.as_ref()).map(ToString::to_string);
        assert_eq!(last, Some(by(1)), "{}", a.id);
    }
}
