//! What the plan verbs, the plan screen and `done` write, on two real Syncthing instances
//! (see tests/syncthing.rs): a member's update file written by `stuurgroep done` on A arriving
//! on B and shown in B's listing, and the plan changed by a verb on A while B changes it by
//! another verb or on the plan screen, the link down: one version kept, the other as a
//! conflict copy, nothing lost. Ignored by default: they need syncthing, curl and jq, which
//! .ci/run installs.

mod common;
mod pair;
mod pty;

use common::cli::{run_on, stderr, stdout};
use pair::Pair;
use std::path::Path;
use stuurgroep::domain::plan::{Plan, PlanAction, Planning};
use stuurgroep::store::format::parse;

const BY: &str = "2022-10-11-stuurgroep/1";

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn an_update_written_by_done_on_a_is_listed_on_b() {
    let pair = Pair::up(90);
    let args = ["done", "2022-06-14-stuurgroep/A2", "--as", "lotte-verhaegen"];
    let out = run_on(&pair.a(), &[&args[..], &["--note", "Verslag ingediend via A"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = ["actions", "--owner", "lotte-verhaegen", "--status", "done"];
    let before = stdout(&run_on(&pair.b(), &listed));
    assert!(!before.contains("2022-06-14-stuurgroep/A2"), "not done on B yet: {before}");
    pair.sync();
    assert!(pair.b().join("data/updates/lotte-verhaegen.ron").exists(), "reached B");
    let on_b = stdout(&run_on(&pair.b(), &listed));
    assert!(on_b.contains("2022-06-14-stuurgroep/A2"), "{on_b}");
}

/// `plan ARGS --as lotte-verhaegen` on `root`, which must succeed.
fn plan(root: &Path, args: &[&str]) {
    let out = run_on(root, &[&["plan"], args, &["--as", "lotte-verhaegen"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn the_plan_changed_by_a_verb_on_each_side_offline_keeps_both_changes() {
    let pair = Pair::up(91);
    pair.pause();
    plan(&pair.a(), &["replan", "sd1od2-a2", "--planning", "2024, 2025", "--by", BY]);
    plan(&pair.b(), &["retitle", "sd1od2-a2", "Regelmatig overleg (B)", "--editorial"]);
    pair.resume();
    pair.sync();
    both_kept(
        &pair,
        |a| a.planning == Some(Planning::Years(vec![2024, 2025])),
        |a| a.text == "Regelmatig overleg (B)" && a.history.last().is_some_and(|e| e.editorial),
    );
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_verb_on_a_and_the_plan_screen_on_b_offline_keep_both_changes() {
    let pair = Pair::up(92);
    pair.pause();
    plan(&pair.a(), &["replan", "sd1od2-a2", "--planning", "2024, 2025", "--by", BY]);
    let b = pair.b();
    let mut app = pty::Term::start(&["--dir", b.to_str().unwrap(), "--as", "lotte-verhaegen"]);
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    app.wait_for("SD1 OD1");
    app.step("j\r");
    app.wait_for("SD1 OD1  Regionale acties");
    app.step("a");
    app.wait_for("Welke actie van SD1 OD1?");
    app.step("sd1od2-a2\r");
    app.wait_for("Wat wijzigen aan sd1od2-a2?");
    app.step("\r");
    app.step("\x15Regelmatig overleg (scherm B)\r");
    app.wait_for("Welk besluit laat dit toe?");
    app.step("redactioneel\r");
    app.wait_for("Plan aangepast: sd1od2-a2 (redactioneel)");
    app.quit();
    pair.resume();
    pair.sync();
    both_kept(
        &pair,
        |a| a.planning == Some(Planning::Years(vec![2024, 2025])),
        |a| {
            a.text == "Regelmatig overleg (scherm B)"
                && a.history.last().is_some_and(|e| e.editorial)
        },
    );
}

/// On both sides: one plan kept and one conflict copy, A's change (`by_a`) in one of them and
/// B's (`by_b`) in one of them, on action sd1od2-a2.
fn both_kept(pair: &Pair, by_a: impl Fn(&PlanAction) -> bool, by_b: impl Fn(&PlanAction) -> bool) {
    for side in [pair.a(), pair.b()] {
        let data = side.join("data");
        let copies: Vec<String> = std::fs::read_dir(&data)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("plan.sync-conflict-"))
            .collect();
        assert_eq!(copies.len(), 1, "one conflict copy on {}: {copies:?}", side.display());
        let action = |rel: &str| {
            let plan: Plan =
                parse(Path::new(rel), &std::fs::read(data.join(rel)).unwrap()).unwrap();
            plan.actions()
                .find(|(_, a)| a.id.as_str() == "sd1od2-a2")
                .map(|(_, a)| a.clone())
                .unwrap()
        };
        let (kept, copy) = (action("plan.ron"), action(&copies[0]));
        assert!(by_a(&kept) || by_a(&copy), "A's change kept: {kept:?} {copy:?}");
        assert!(by_b(&kept) || by_b(&copy), "B's change kept: {kept:?} {copy:?}");
    }
}
