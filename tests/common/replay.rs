//! The rework of SD1 in the source plan (plan-004) undone and compared: what the replays
//! (by the plan verbs, tests/plan_replay.rs, and by the editor, tests/e2e_plan_replay_editor.rs)
//! start from and must end in.

use super::export::{copy_dir, example_root};
use std::path::Path;
use stuurgroep::domain::code::ObjectiveCode;
use stuurgroep::domain::ids::{DecisionRef, PlanActionId};
use stuurgroep::domain::plan::{Change, HistoryEvent, Plan, PlanAction};
use stuurgroep::store::format::parse;

/// The decision that reworked SD1 first (2021).
pub const FIRST: &str = "2021-03-16-stuurgroep/2";
/// The decision that reworked SD1 again (2022).
pub const SECOND: &str = "2022-03-15-stuurgroep/2";

/// The objectives the two decisions touch.
pub const TOUCHED: [&str; 7] = [
    "od-spreiden",
    "od-actoren-drempels",
    "od-communicatiestrategie",
    "od-drempels",
    "od-partners-kanalen",
    "od-netwerk",
    "od-inspraak",
];

/// The example copied to `root` with its plan as it was before the two decisions; the
/// example's plan, which replaying them must end in.
pub fn example_before(root: &Path) -> Plan {
    for sub in ["data", "meetings"] {
        copy_dir(&example_root().join(sub), &root.join(sub));
    }
    let example = read_plan(example_root());
    let mut before = example.clone();
    undo(&mut before, SECOND);
    undo(&mut before, FIRST);
    let text = stuurgroep::store::to_ron(&before).expect("the plan as RON");
    std::fs::write(root.join("data/plan.ron"), text).expect("the plan written");
    example
}

/// The plan in the folder at `root`.
pub fn read_plan(root: &Path) -> Plan {
    let rel = Path::new("data/plan.ron");
    parse(rel, &std::fs::read(root.join(rel)).expect("the plan")).expect("a plan")
}

fn of(event: &HistoryEvent, decision: &DecisionRef) -> bool {
    event.decision.as_ref() == Some(decision)
}

/// Takes `decision`'s events out of the plan and undoes them: codes, titles and places back,
/// what it added gone, what it ended in force again, actions back where they were.
pub fn undo(plan: &mut Plan, decision: &str) {
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
pub fn essence(plan: &Plan, id: &str) -> String {
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
