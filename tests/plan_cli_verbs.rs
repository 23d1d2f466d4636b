//! `stuurgroep plan replan`, `respread` and `retitle --editorial` on a copy of the example:
//! the plan file after each (the value, the history with its decision or "redactioneel"),
//! `check` clean, and their refusals in both languages writing nothing.

mod common;

use common::cli::{check, run_on, stderr, stdout};
use common::export::example_copy;
use std::path::Path;
use stuurgroep::domain::plan::{Change, Plan, PlanAction, Planning, Spreiding};
use stuurgroep::store::format::parse;

const BY: &str = "2022-10-11-stuurgroep/1";

fn plan_bytes(root: &Path) -> Vec<u8> {
    std::fs::read(root.join("data/plan.ron")).expect("the plan")
}

fn plan(root: &Path) -> Plan {
    parse(Path::new("data/plan.ron"), &plan_bytes(root)).expect("a plan")
}

fn action(plan: &Plan, id: &str) -> PlanAction {
    plan.actions().find(|(_, a)| a.id.as_str() == id).map(|(_, a)| a.clone()).expect(id)
}

/// Runs `plan ARGS --as lotte-verhaegen` on `root`.
fn plan_verb(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["plan"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--as", "lotte-verhaegen"]);
    run_on(root, &all)
}

#[test]
fn replan_respread_and_an_editorial_retitle_are_written_with_their_history() {
    let tmp = example_copy();
    let root = tmp.path();
    let out = plan_verb(root, &["replan", "sd1od2-a2", "--planning", "2023, 2024", "--by", BY]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("nieuwe planning ({BY})")), "{}", stdout(&out));
    let a = action(&plan(root), "sd1od2-a2");
    assert_eq!(a.planning, Some(Planning::Years(vec![2023, 2024])));
    let event = a.history.last().unwrap();
    assert_eq!(event.change, Change::Replanned { previous: None });
    assert_eq!(event.decision.as_ref().map(ToString::to_string).as_deref(), Some(BY));

    let args = ["respread", "sd1od2-a2", "--spreiding", "Halle, beersel", "--by", BY];
    assert_eq!(plan_verb(root, &args).status.code(), Some(0));
    let a = action(&plan(root), "sd1od2-a2");
    let both = Spreiding::Municipalities(vec!["halle".into(), "beersel".into()]);
    assert_eq!(a.spreiding, Some(both));
    let args = ["respread", "SD1 OD2", "--spreiding", "alle gemeenten", "--by", BY];
    assert_eq!(plan_verb(root, &args).status.code(), Some(0));
    let plan_now = plan(root);
    let (_, od) = plan_now.operational_by_id("od-actoren-drempels").unwrap();
    assert_eq!(od.spreiding, Some(Spreiding::All));

    let fixed = "Regelmatig overleg om acties en projecten voldoende te spreiden, in overleg met de stuurgroep";
    let out = plan_verb(root, &["retitle", "sd1od2-a2", fixed, "--editorial"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("(redactioneel)"), "{}", stdout(&out));
    let a = action(&plan(root), "sd1od2-a2");
    let event = a.history.last().unwrap();
    assert_eq!(a.text, fixed);
    assert!(event.editorial && event.decision.is_none(), "{event:?}");
    let (code, said) = check(root);
    assert!(code == 0 && said.contains("0 fouten, 0 waarschuwingen"), "{said}");
}

#[test]
fn remove_action_ends_the_action_and_keeps_it_in_the_file_with_its_history() {
    let tmp = example_copy();
    let root = tmp.path();
    let out = plan_verb(root, &["remove-action", "sd1od2-a2", "--by", BY]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("sd1od2-a2: geschrapt ({BY})")), "{}", stdout(&out));
    let a = action(&plan(root), "sd1od2-a2");
    assert!(a.is_removed());
    assert_eq!(a.history.last().map(|e| &e.change), Some(&Change::Removed));
    let shown = stdout(&plan_verb(root, &["show", "SD1 OD1"]));
    assert!(shown.contains("sd1od2-a2  Regelmatig overleg"), "{shown}");
    assert!(shown.contains("(geschrapt)"), "{shown}");
    // Again: it changes nothing, refused.
    let before = plan_bytes(root);
    let out = plan_verb(root, &["remove-action", "sd1od2-a2", "--by", BY, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("that changes nothing in the plan"), "{}", stderr(&out));
    assert_eq!(plan_bytes(root), before);
    let (code, said) = check(root);
    assert!(code == 0 && said.contains("0 fouten, 0 waarschuwingen"), "{said}");
}

#[test]
fn refusals_exit_2_in_both_languages_and_write_nothing() {
    let tmp = example_copy();
    let root = tmp.path();
    let before = plan_bytes(root);
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["respread", "sd1od2-a2", "--spreiding", "Halle, Atlantis", "--by", BY],
            "geen gemeente \"Atlantis\" in het plan",
            "no municipality \"Atlantis\" in the plan",
        ),
        (
            &["renumber", "SD1 OD3", "9", "--editorial"],
            "--editorial kan enkel bij retitle",
            "--editorial works with retitle only",
        ),
        (
            &["replan", "sd1od2-a2", "--planning", "", "--by", BY],
            "dat verandert niets aan het plan",
            "that changes nothing in the plan",
        ),
        (
            &["replan", "geen-actie", "--planning", "2023", "--by", BY],
            "geen actie \"geen-actie\" in het plan",
            "no action \"geen-actie\" in the plan",
        ),
        (
            &["respread", "sd1od2-a2", "--spreiding", "alle", "--by", "2099-01-01-stuurgroep/1"],
            "geen besluit in deze map",
            "no decision in this folder",
        ),
    ];
    for (args, nl, en) in cases {
        let out = plan_verb(root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(nl), "{args:?}: {}", stderr(&out));
        let mut english = args.to_vec();
        english.extend_from_slice(&["--lang", "en"]);
        let out = plan_verb(root, &english);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(en), "{args:?}: {}", stderr(&out));
    }
    // Both a decision and --editorial, or neither: the command line refuses before reading.
    let out = plan_verb(root, &["retitle", "sd1od2-a2", "x", "--by", BY, "--editorial"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        plan_verb(root, &["replan", "sd1od2-a2", "--planning", "2023"]).status.code(),
        Some(2)
    );
    assert_eq!(plan_bytes(root), before, "nothing written");
}

#[test]
fn each_new_verb_has_help_with_an_example() {
    for verb in ["replan", "respread", "retitle", "remove-action"] {
        let out = common::cli::command(&["plan", verb, "--help"]).output().unwrap();
        let help = stdout(&out);
        assert!(help.contains(&format!("Example: stuurgroep plan {verb}")), "{help}");
    }
    let help = stdout(&common::cli::command(&["plan", "retitle", "--help"]).output().unwrap());
    assert!(help.contains("--editorial"), "{help}");
}

#[test]
fn a_writer_the_members_file_does_not_know_is_refused_and_nothing_is_written() {
    let tmp = example_copy();
    let root = tmp.path();
    let before = plan_bytes(root);
    for (lang, said) in
        [("nl", "onbekend lid \"jan-peeters\""), ("en", "unknown member \"jan-peeters\"")]
    {
        let args = ["--lang", lang, "plan", "renumber", "SD1 OD3", "9", "--by", BY];
        let out = run_on(root, &[&args[..], &["--as", "jan-peeters"]].concat());
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
        assert_eq!(plan_bytes(root), before, "the plan is untouched");
        let apply =
            ["--lang", lang, "plan", "apply", "2022-10-11-stuurgroep", "--as", "jan-peeters"];
        let out = run_on(root, &apply);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
    }
}
