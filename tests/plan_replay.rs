//! The rework of SD1 in the source plan (plan-004), replayed with `stuurgroep plan`: the
//! example's plan with decisions 2021-03-16-stuurgroep/2 and 2022-03-15-stuurgroep/2 undone,
//! then those decisions' changes applied verb by verb, ends in the example's plan for every
//! objective they touched; and the decisions of the merged objective are listed under the one
//! that carries it on.

mod common;

use common::cli::{run_on, stderr, stdout};
use common::export::{copy_dir, example_root};
use std::path::Path;
use stuurgroep::domain::code::ObjectiveCode;
use stuurgroep::domain::ids::{DecisionRef, PlanActionId};
use stuurgroep::domain::plan::{Change, HistoryEvent, Plan, PlanAction};
use stuurgroep::store::format::parse;

const FIRST: &str = "2021-03-16-stuurgroep/2";
const SECOND: &str = "2022-03-15-stuurgroep/2";

fn read_plan(root: &Path) -> Plan {
    let rel = Path::new("data/plan.ron");
    parse(rel, &std::fs::read(root.join(rel)).expect("the plan")).expect("a plan")
}

fn of(event: &HistoryEvent, decision: &DecisionRef) -> bool {
    event.decision.as_ref() == Some(decision)
}

/// Takes `decision`'s events out of the plan and undoes them: codes, titles and places back,
/// what it added gone, what it ended in force again, actions back where they were.
fn undo(plan: &mut Plan, decision: &str) {
    let decision: DecisionRef = decision.parse().unwrap();
    // The actions it moved or added, out of their objectives first.
    let mut back: Vec<(PlanAction, ObjectiveCode)> = Vec::new();
    for od in plan.strategic_objectives.iter_mut().flat_map(|sd| &mut sd.operational_objectives) {
        let mut kept = Vec::new();
        for mut action in std::mem::take(&mut od.actions) {
            let event = action.history.iter().position(|e| of(e, &decision));
            match event.map(|i| action.history.remove(i).change) {
                None => kept.push(action),
                Some(Change::Moved { from, .. }) => back.push((action, from)),
                Some(Change::Added { .. }) => {}
                Some(other) => panic!("not undone for an action: {other:?}"),
            }
        }
        od.actions = kept;
    }
    for s in 0..plan.strategic_objectives.len() {
        let sd = &mut plan.strategic_objectives[s];
        for event in take_events(&mut sd.history, &decision).into_iter().rev() {
            match event {
                Change::Renumbered { from, .. } => sd.number = from.sd,
                Change::Retitled { previous } => sd.title = previous,
                other => panic!("not undone for an SD: {other:?}"),
            }
        }
    }
    let mut moves = Vec::new();
    for sd in &mut plan.strategic_objectives {
        sd.operational_objectives.retain_mut(|od| {
            let mut keep = true;
            for event in take_events(&mut od.history, &decision).into_iter().rev() {
                match event {
                    Change::Renumbered { from, .. } => od.number = from.od.unwrap(),
                    Change::Retitled { previous } => od.title = previous,
                    Change::Moved { from, .. } => moves.push((od.id.clone(), from)),
                    Change::Added { .. } => keep = false,
                    _ends => {}
                }
            }
            keep
        });
    }
    for (id, from) in moves {
        let sd = plan.strategic_objectives.iter_mut().find(|sd| {
            let i = sd.operational_objectives.iter().position(|od| od.id == id);
            i.is_some()
        });
        let sd = sd.unwrap();
        let i = sd.operational_objectives.iter().position(|od| od.id == id).unwrap();
        let mut od = sd.operational_objectives.remove(i);
        od.number = from.od.unwrap();
        let to = plan.strategic_objectives.iter_mut().find(|s| s.number == from.sd).unwrap();
        to.operational_objectives.push(od);
    }
    for (action, from) in back {
        let od = plan
            .strategic_objectives
            .iter_mut()
            .flat_map(|sd| {
                let number = sd.number;
                sd.operational_objectives.iter_mut().map(move |od| (number, od))
            })
            .find(|(n, od)| od.ended().is_none() && ObjectiveCode::od(*n, od.number) == from)
            .map(|(_, od)| od)
            .unwrap_or_else(|| panic!("no objective {from} to put {} back in", action.id));
        od.actions.push(action);
    }
}

fn take_events(history: &mut Vec<HistoryEvent>, decision: &DecisionRef) -> Vec<Change> {
    let (of_it, rest): (Vec<_>, Vec<_>) =
        std::mem::take(history).into_iter().partition(|e| of(e, decision));
    *history = rest;
    of_it.into_iter().map(|e| e.change).collect()
}

/// What must match between the replayed plan and the example, per objective: its code,
/// title, spreiding, history (without remarks), and its actions with their histories.
fn essence(plan: &Plan, id: &str) -> String {
    let (sd, od) = plan.operational_by_id(id).unwrap_or_else(|| panic!("{id} is missing"));
    let events = |h: &[HistoryEvent]| -> Vec<String> {
        h.iter().map(|e| format!("{} {:?} {:?}", e.date, e.change, e.decision)).collect()
    };
    let actions: Vec<(PlanActionId, Vec<String>)> =
        od.actions.iter().map(|a| (a.id.clone(), events(&a.history))).collect();
    format!(
        "{} {:?} {:?}\n{:#?}\n{:#?}",
        od.code(sd),
        od.title,
        od.spreiding,
        events(&od.history),
        actions
    )
}

#[test]
fn the_rework_of_sd1_replayed_decision_by_decision_ends_in_the_examples_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for sub in ["data", "meetings"] {
        copy_dir(&example_root().join(sub), &root.join(sub));
    }
    let example = read_plan(example_root());
    let mut before = example.clone();
    undo(&mut before, SECOND);
    undo(&mut before, FIRST);
    std::fs::write(root.join("data/plan.ron"), stuurgroep::store::to_ron(&before).unwrap())
        .unwrap();
    let title = |id: &str| example.operational_by_id(id).unwrap().1.title.clone();
    let part = |code: &str, id: &str, action: &str| format!("{code};{id};{};{action}", title(id));
    let steps: Vec<(&str, Vec<String>)> = vec![
        (FIRST, args(&["move", "SD1 OD1", "SD2 OD5"])),
        (FIRST, args(&["move", "SD1 OD4", "SD3 OD6"])),
        (FIRST, args(&["renumber", "SD1 OD2", "1"])),
        (FIRST, args(&["retitle", "od-spreiden", &title("od-spreiden")])),
        (FIRST, args(&["renumber", "SD1 OD3", "2"])),
        (FIRST, args(&["retitle", "od-drempels", &title("od-drempels")])),
        (
            FIRST,
            args(&[
                "split",
                "SD1 OD5",
                "--into",
                &part("SD1 OD3", "od-actoren-drempels", "sd1od5-a1"),
                "--into",
                &part("SD1 OD4", "od-communicatiestrategie", "sd1od5-a2"),
            ]),
        ),
        (SECOND, args(&["merge", "SD1 OD2", "SD1 OD1"])),
        (SECOND, args(&["renumber", "SD1 OD3", "2"])),
        (SECOND, args(&["renumber", "SD1 OD4", "3"])),
    ];
    for (decision, step) in steps {
        let mut all: Vec<&str> = vec!["plan"];
        all.extend(step.iter().map(String::as_str));
        all.extend(["--by", decision, "--as", "jan-peeters"]);
        let out = run_on(root, &all);
        assert_eq!(out.status.code(), Some(0), "{all:?}: {}", stderr(&out));
    }
    let replayed = read_plan(root);
    for id in [
        "od-spreiden",
        "od-actoren-drempels",
        "od-communicatiestrategie",
        "od-drempels",
        "od-partners-kanalen",
        "od-netwerk",
        "od-inspraak",
    ] {
        assert_eq!(essence(&replayed, id), essence(&example, id), "{id}");
    }
    // Decisions linked to the merged objective are listed under the one that carries it on,
    // as in the example.
    let listed = |root: &Path| stdout(&run_on(root, &["decisions", "--od", "SD1 OD1"]));
    let here = listed(root);
    assert!(here.contains("2020-12-08-stuurgroep/"), "{here}");
    assert_eq!(here, listed(example_root()));
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}
