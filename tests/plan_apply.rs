//! `stuurgroep plan apply MEETING`: a sent meeting's plan changes written to the plan once
//! (`check` warns at the decision until they are), a second instance holding the plan's lock
//! named with nothing written, and every `plan` verb refusing on a half-read folder.

mod common;

use common::cli::{check, run_on, stderr, stdout};
use common::export::example_copy;
use std::path::Path;

const MEETING: &str = "meetings/2022/2022-10-11-stuurgroep.ron";

fn plan_bytes(root: &Path) -> Vec<u8> {
    std::fs::read(root.join("data/plan.ron")).expect("the plan")
}

/// The example's 2022-10-11 meeting sent, its decision 1 merging SD2 OD2 into SD2 OD1.
fn with_merge(root: &Path) {
    let path = root.join(MEETING);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("number: 1,\n                    text: \"De stuurgroep adviseert").unwrap();
    let outcome = at + text[at..].find("outcome: Adopted,").unwrap() + "outcome: Adopted,".len();
    let merge = "\n                    plan_changes: [Merge(objective: \"od-cc-gc\", into: \"od-regiobib\")],";
    let text = format!("{}{merge}{}", &text[..outcome], &text[outcome..]);
    let text = text.replacen("status: Draft,", "status: Sent(on: \"2022-10-20\"),", 1);
    std::fs::write(path, text).unwrap();
}

fn apply(root: &Path, lang: &str) -> std::process::Output {
    run_on(
        root,
        &["--lang", lang, "plan", "apply", "2022-10-11-stuurgroep", "--as", "lotte-verhaegen"],
    )
}

#[test]
fn a_sent_meetings_changes_are_written_once_and_check_says_until_they_are() {
    let tmp = example_copy();
    let root = tmp.path();
    with_merge(root);
    let (status, findings) = check(root);
    assert_eq!(status, 0, "warnings only: {findings}");
    assert!(
        findings.contains("2022-10-11-stuurgroep.ron:")
            && findings.contains(
                "de planwijzigingen van besluit 2022-10-11-stuurgroep/1 staan niet in data/plan.ron"
            ),
        "{findings}"
    );
    let line = findings.lines().find(|l| l.contains("planwijzigingen")).unwrap();
    let text = std::fs::read_to_string(root.join(MEETING)).unwrap();
    let at = text.lines().position(|l| l.contains("plan_changes")).unwrap() + 1;
    assert!(
        line.contains(&format!(".ron:{at}:")),
        "at the decision's plan_changes line {at}: {line}"
    );

    let out = apply(root, "nl");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "data/plan.ron geschreven: de planwijzigingen van 2022-10-11-stuurgroep/1\n"
    );
    let shown = stdout(&run_on(root, &["plan", "show", "SD2 OD2"]));
    assert!(
        shown.contains("samengevoegd met od-regiobib")
            && shown.contains("(2022-10-11-stuurgroep/1)"),
        "the old code finds the merged objective, its history names the decision: {shown}"
    );
    let (status, findings) = check(root);
    assert_eq!(status, 0, "{findings}");
    assert!(!findings.contains("planwijzigingen"), "{findings}");
    assert!(!root.join("data/plan.ron.lock").exists());

    // Twice is once: nothing written, and said so.
    let once = plan_bytes(root);
    let out = apply(root, "en");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "data/plan.ron holds the plan changes of 2022-10-11-stuurgroep already; nothing written\n"
    );
    assert_eq!(plan_bytes(root), once);
}

#[test]
fn a_second_instance_holding_the_plan_is_named_and_apply_writes_nothing() {
    use stuurgroep::store::lock::{Holder, acquire};
    let tmp = example_copy();
    let root = tmp.path();
    with_merge(root);
    let before = plan_bytes(root);
    let holder = Holder::new("an-peeters".into(), "An Peeters");
    let guard = acquire(root, Path::new("data/plan.ron"), &holder, chrono::Utc::now()).unwrap();
    let out = apply(root, "nl");
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(said.contains("An Peeters") && said.contains("niets geschreven"), "{said}");
    assert_eq!(plan_bytes(root), before);
    guard.release().unwrap();
    assert_eq!(apply(root, "nl").status.code(), Some(0));
}

#[test]
fn a_refused_change_names_the_decision_and_writes_nothing() {
    let tmp = example_copy();
    let root = tmp.path();
    with_merge(root);
    // SD2 OD1 ended first: the merge into it is refused.
    let out = run_on(
        root,
        &[
            "plan",
            "remove",
            "SD2 OD1",
            "--by",
            "2022-03-15-stuurgroep/2",
            "--as",
            "lotte-verhaegen",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let before = plan_bytes(root);
    let out = apply(root, "en");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "stuurgroep plan: decision 2022-10-11-stuurgroep/1, plan change 1: od-regiobib has \
         ended: choose an objective in force; nothing written\n"
    );
    assert_eq!(plan_bytes(root), before);
}

#[test]
fn plan_verbs_refuse_on_a_half_read_folder() {
    let tmp = example_copy();
    let root = tmp.path();
    let broken = root.join("meetings/2021/2021-06-15-stuurgroep.ron");
    let mut text = std::fs::read_to_string(&broken).unwrap();
    text.insert_str(text.len() / 2, "((((");
    std::fs::write(&broken, text).unwrap();
    let before = plan_bytes(root);
    let verbs: [&[&str]; 2] = [
        &[
            "plan",
            "renumber",
            "SD1 OD3",
            "9",
            "--by",
            "2022-03-15-stuurgroep/2",
            "--as",
            "lotte-verhaegen",
        ],
        &["plan", "apply", "2022-10-11-stuurgroep", "--as", "lotte-verhaegen"],
    ];
    for args in verbs {
        let out = run_on(root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = stderr(&out);
        assert!(
            said.contains("meetings/2021/2021-06-15-stuurgroep.ron:")
                && said.contains("niet alle bestanden van de map zijn gelezen")
                && said.contains("niets geschreven"),
            "{said}"
        );
        assert_eq!(plan_bytes(root), before);
    }
    // Showing the plan still works, saying what it leaves out.
    assert_eq!(run_on(root, &["plan", "show", "SD1 OD3"]).status.code(), Some(0));
}
