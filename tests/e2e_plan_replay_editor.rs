//! The rework of SD1 in the source plan (plan-004) replayed in the editor, in a real terminal:
//! the example's plan with decisions 2021-03-16-stuurgroep/2 and 2022-03-15-stuurgroep/2
//! undone (as tests/plan_replay.rs does), then the secretary records their changes on a
//! decision in each of two new meetings and sends each; the plan written at each sending
//! ends, for every objective the rework touched, in the example's plan (the new meetings'
//! decisions and dates standing in for the source's), and `check` is clean.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use common::cli::{check, run_on, stdout};
use common::export::example_root;
use common::replay::{FIRST, SECOND, TOUCHED, essence, example_before, read_plan};
use pty::plan::{decision, record, send};
use pty::{NEW, Term, new_meeting, open_new};
use std::path::Path;
use stuurgroep::domain::ids::DecisionRef;
use stuurgroep::domain::plan::Plan;

/// The second meeting's file.
const LATER: &str = "meetings/2027/2027-02-17-stuurgroep.ron";

/// Every history event of `plan` naming `from` made to name `to`, on `date`: the replay's
/// decisions standing in for the source's.
fn as_source(plan: &mut Plan, from: &str, to: &str, date: &str) {
    let (from, to): (DecisionRef, DecisionRef) = (from.parse().unwrap(), to.parse().unwrap());
    let date = date.parse().unwrap();
    let sds = plan.strategic_objectives.iter_mut();
    let ods = sds.flat_map(|sd| sd.operational_objectives.iter_mut());
    for od in ods {
        let actions = od.actions.iter_mut().flat_map(|a| a.history.iter_mut());
        for event in od.history.iter_mut().chain(actions) {
            if event.decision.as_ref() == Some(&from) {
                event.decision = Some(to.clone());
                event.date = date;
            }
        }
    }
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn the_rework_of_sd1_replayed_in_the_editor_ends_in_the_examples_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let example = example_before(root);
    let mut app = new_meeting(root);
    the_first_rework(&mut app, root, &example);
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    open_new(&mut app, "", "2027-02-17", &[]);
    the_second_rework(&mut app, root);
    app.close_editor_and_quit();

    let mut replayed = read_plan(root);
    as_source(&mut replayed, "2027-01-20-stuurgroep/1", FIRST, "2021-03-16");
    as_source(&mut replayed, "2027-02-17-stuurgroep/1", SECOND, "2022-03-15");
    for id in TOUCHED {
        assert_eq!(essence(&replayed, id), essence(&example, id), "{id}");
    }
    // The merged objective's decisions under the one that carries it on: the same decisions
    // as in the example (their codes "then" differ: the replay dates the rework 2027).
    let listed = |root: &std::path::Path| {
        let out = stdout(&run_on(root, &["decisions", "--od", "SD1 OD1"]));
        let firsts = out.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit()));
        firsts.filter_map(|l| l.split_whitespace().nth(1)).map(str::to_owned).collect::<Vec<_>>()
    };
    let here = listed(root);
    assert!(here.iter().any(|r| r == "2020-12-08-stuurgroep/1"), "{here:?}");
    assert_eq!(here, listed(example_root()));
    let (status, findings) = check(root);
    assert_eq!(status, 0, "{findings}");
}

/// In the first meeting: the 2021 rework on one decision, sent; each objective picked by its
/// code as the decision's changes so far leave it (as the last preview showed it), the texts
/// those of `example`.
fn the_first_rework(app: &mut Term, root: &Path, example: &Plan) {
    let title = |id: &str| example.operational_by_id(id).unwrap().1.title.clone();
    let part = |code: &str, id: &str, action: &str| format!("{code};{id};{};{action}", title(id));
    let retitle = |id: &str| format!("\x15{}", title(id));
    let parts = format!(
        "{} | {}",
        part("SD1 OD3", "od-actoren-drempels", "sd1od5-a1"),
        part("SD1 OD4", "od-communicatiestrategie", "sd1od5-a2")
    );
    decision(app, "De stuurgroep herwerkt SD1 van het beleidsplan.", "sd5 od1");
    app.step("\t");
    let first: [(&[&str], &str); 7] = [
        (&["verplaats", "sd1 od1", "SD2 OD5"], "SD2 OD5 ("),
        (&["verplaats", "sd1 od4", "SD3 OD6"], "SD3 OD6 ("),
        (&["hernum", "sd1 od2", "1"], "SD1 OD1 ("),
        (&["nieuwe titel", "sd1 od1", &retitle("od-spreiden")], "Regionale acties &"),
        (&["hernum", "sd1 od3", "2"], "SD1 OD2 ("),
        (&["nieuwe titel", "sd1 od2", &retitle("od-drempels")], "Wegwerken van drempels"),
        (&["splits", "sd1 od5", &parts], "gesplitst in od-actoren-drempels"),
    ];
    for (answers, shows) in first {
        record(app, root, NEW, answers, shows);
    }
    send(app);
    app.wait_for("data/plan.ron geschreven: besluit 1.");
}

/// In the second meeting: the 2022 merge and renumbering, picked by the codes the first one
/// gave, sent.
fn the_second_rework(app: &mut Term, root: &Path) {
    decision(app, "SD1 OD2 gaat op in SD1 OD1; de OD's van SD1 sluiten aan.", "sd5 od1");
    app.step("\t");
    let second = [
        (["samen", "sd1 od2", "sd1 od1"], "samengevoegd met od-spreiden"),
        (["hernum", "sd1 od3", "2"], "SD1 OD2 ("),
        (["hernum", "sd1 od4", "3"], "SD1 OD3 ("),
    ];
    for (answers, shows) in second {
        record(app, root, LATER, &answers, shows);
    }
    send(app);
    app.wait_for("data/plan.ron geschreven: besluit 1.");
}
