//! `stuurgroep plan`: each verb changes the example's plan by decision (the history, the old
//! codes still finding their objective, `check` clean), a second instance holding the plan's
//! lock is named and nothing written, refusals exit 2 in both languages, and the plan is
//! written stamped and in the file's own RON style.

mod common;

use common::cli::{check, run_on, stderr, stdout};
use common::export::{example_copy, example_root};
use std::path::Path;
use stuurgroep::domain::plan::Plan;
use stuurgroep::store::format::parse;

const BY: &str = "2022-03-15-stuurgroep/2";

fn plan_bytes(root: &Path) -> Vec<u8> {
    std::fs::read(root.join("data/plan.ron")).expect("the plan")
}

fn plan(root: &Path) -> Plan {
    parse(Path::new("data/plan.ron"), &plan_bytes(root)).expect("a plan")
}

/// Runs `plan ARGS --by BY --as lotte-verhaegen` on `root`.
fn change(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["plan"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--by", BY, "--as", "lotte-verhaegen"]);
    run_on(root, &all)
}

#[test]
fn every_verb_writes_its_history_and_old_codes_still_find_the_objective() {
    // (the change, the objective to show after it, a code it had before, what its history says)
    let cases: [(&[&str], &str, &str, &str); 9] = [
        (
            &["renumber", "SD1 OD3", "9"],
            "od-communicatiestrategie",
            "SD1 OD3",
            "hernummerd SD1 OD3 → SD1 OD9",
        ),
        (&["move", "SD2 OD4", "SD3 OD8"], "od-scholen", "SD2 OD4", "verplaatst SD2 OD4 → SD3 OD8"),
        (&["merge", "SD2 OD2", "SD2 OD1"], "od-cc-gc", "SD2 OD2", "samengevoegd met od-regiobib"),
        (
            &[
                "split",
                "SD2 OD3",
                "--into",
                "SD2 OD7;od-deel-a;Deel A",
                "--into",
                "SD2 OD6;od-deel-b;Deel B",
            ],
            "od-doelgroepen",
            "SD2 OD3",
            "gesplitst in od-deel-a, od-deel-b",
        ),
        (
            &["demote", "SD5 OD7", "--under", "SD5 OD6", "--action-id", "backoffice-actie"],
            "od-backoffice",
            "SD5 OD7",
            "werd actie backoffice-actie onder od-heldere-werking",
        ),
        (&["remove", "SD5 OD3"], "od-netwerken-cultuurwerkers", "SD5 OD3", "geschrapt"),
        (
            &["add", "objective", "SD4 OD9", "--id", "od-nieuw", "--title", "Nieuw"],
            "od-nieuw",
            "SD4 OD9",
            "toegevoegd als SD4 OD9",
        ),
        (
            &["add", "action", "SD2 OD1", "--id", "sd2od1-nieuw", "--text", "Een nieuwe actie"],
            "od-regiobib",
            "SD2 OD1",
            "sd2od1-nieuw  Een nieuwe actie",
        ),
        (
            &["retitle", "SD2 OD1", "Een nieuwe titel"],
            "od-regiobib",
            "SD2 OD1",
            "nieuwe tekst; was",
        ),
    ];
    for (args, id, old, says) in cases {
        let tmp = example_copy();
        let root = tmp.path();
        let out = change(root, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).starts_with("data/plan.ron geschreven: "), "{}", stdout(&out));
        let shown = stdout(&run_on(root, &["plan", "show", id]));
        assert!(shown.contains(says), "{args:?}: {shown}");
        if !args.contains(&"action") {
            assert!(shown.contains(&format!("({BY})")), "{args:?}: {shown}");
        }
        // An old code finds it: shown, or among the objectives that code had (to choose from).
        let by_old = run_on(root, &["plan", "show", old]);
        let by_old = stdout(&by_old) + &stderr(&by_old);
        assert!(by_old.contains(id), "{old} no longer finds {id}: {by_old}");
        let (status, findings) = check(root);
        assert_eq!(status, 0, "{args:?}: {findings}");
        // No lock left behind.
        assert!(!root.join("data/plan.ron.lock").exists());
    }
}

#[test]
fn a_second_instance_holding_the_plan_is_named_and_nothing_is_written() {
    use stuurgroep::store::lock::{Holder, acquire};
    let tmp = example_copy();
    let root = tmp.path();
    let before = plan_bytes(root);
    let holder = Holder::new("an-peeters".into(), "An Peeters");
    let guard = acquire(root, Path::new("data/plan.ron"), &holder, chrono::Utc::now()).unwrap();
    let out = change(root, &["renumber", "SD1 OD3", "9"]);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(
        said.contains("wordt bewerkt door An Peeters") && said.contains("niets geschreven"),
        "{said}"
    );
    assert_eq!(plan_bytes(root), before);
    assert!(!root.join(".stuurgroep/versions").exists(), "no version kept");
    guard.release().unwrap();
    assert_eq!(change(root, &["renumber", "SD1 OD3", "9"]).status.code(), Some(0));
}

#[test]
fn refused_changes_exit_2_in_both_languages_and_write_nothing() {
    let tmp = example_copy();
    let root = tmp.path();
    let before = plan_bytes(root);
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["renumber", "SD1 OD3", "1"],
            "de code SD1 OD1 zou twee keer gebruikt worden",
            "the code SD1 OD1 would be used twice",
        ),
        (
            &["merge", "SD2 OD1", "od-drempels"],
            "od-drempels bestaat niet meer",
            "od-drempels has ended",
        ),
        (&["move", "SD2 OD1", "SD9 OD1"], "er is geen SD9", "there is no SD9"),
        (&["remove", "SD7 OD7"], "\"SD7 OD7\": geen doelstelling", "\"SD7 OD7\": no objective"),
        (
            &["remove", "SD2 OD1", "--by", "2099-01-01-stuurgroep/1"],
            "geen besluit in deze map",
            "no decision in this folder",
        ),
        (
            &["remove", "SD2 OD1", "--by", "2020-09-22-stuurgroep/3"],
            "werd niet aangenomen",
            "was not adopted",
        ),
    ];
    for (args, nl, en) in cases {
        for (lang, words) in [("nl", nl), ("en", en)] {
            let mut all = vec!["plan"];
            all.extend_from_slice(args);
            if !args.contains(&"--by") {
                all.extend_from_slice(&["--by", BY]);
            }
            all.extend_from_slice(&["--as", "lotte-verhaegen", "--lang", lang]);
            let out = run_on(root, &all);
            assert_eq!(out.status.code(), Some(2), "{all:?}");
            assert!(stderr(&out).contains(words), "{all:?}: {}", stderr(&out));
        }
    }
    assert_eq!(plan_bytes(root), before);
    assert!(!root.join(".stuurgroep/versions").exists());
}

#[test]
fn the_plan_is_written_in_its_own_style_and_stamped_with_the_version_kept() {
    let example = plan_bytes(example_root());
    let same = stuurgroep::store::to_ron(&plan(example_root())).unwrap();
    assert_eq!(same.as_bytes(), example, "read and written back unchanged: byte for byte");
    let tmp = example_copy();
    let root = tmp.path();
    assert_eq!(change(root, &["retitle", "SD2 OD1", "Een nieuwe titel"]).status.code(), Some(0));
    let written = plan(root);
    let stamp = written.written_as.clone().expect("stamped");
    let kept = root.join(".stuurgroep/versions").join(format!("{}.ron", &stamp["blake3:".len()..]));
    let kept: Plan = parse(&kept, &std::fs::read(&kept).expect("the version kept")).unwrap();
    assert_eq!(kept, Plan { written_as: None, ..written.clone() });
    // Only the retitled objective changed: everything else written as it was.
    let text = String::from_utf8(plan_bytes(root)).unwrap();
    let mut expected = plan(example_root());
    let od = expected.strategic_objectives[1].operational_objectives.iter_mut();
    let od = od.into_iter().find(|o| o.id.as_str() == "od-regiobib").unwrap();
    od.title = "Een nieuwe titel".into();
    od.history = written.operational_by_id("od-regiobib").unwrap().1.history.clone();
    expected.written_as = Some(stamp);
    assert_eq!(text, stuurgroep::store::to_ron(&expected).unwrap());
}

#[test]
fn every_verb_has_an_example_in_its_help() {
    for verb in ["show", "renumber", "move", "merge", "split", "demote", "remove", "add", "retitle"]
    {
        let out = common::cli::command(&["plan", verb, "--help"]).output().unwrap();
        let help = stdout(&out);
        assert!(help.contains(&format!("Example: stuurgroep plan {verb}")), "{verb}: {help}");
    }
}

#[test]
fn a_code_typed_without_quotes_is_one_code() {
    let dir = example_copy();
    let root = dir.path();
    let quoted = run_on(root, &["plan", "show", "SD2 OD1"]);
    let unquoted = run_on(root, &["plan", "show", "SD2", "OD1"]);
    assert!(unquoted.status.success(), "{}", String::from_utf8_lossy(&unquoted.stderr));
    assert_eq!(stdout(&unquoted), stdout(&quoted));
    assert!(stdout(&unquoted).starts_with("SD2 OD1  od-regiobib"));
}
