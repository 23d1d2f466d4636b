//! A meeting's decisions applied to the example's plan: once, only the adopted ones, all or
//! none.

use super::*;
use crate::domain::meeting::Outcome;
use crate::domain::plan::Target;

fn read<T: serde::de::DeserializeOwned>(rel: &str) -> T {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The example's meeting of 2022-10-11: decision 1 retitles SD1 OD1, decision 2 renumbers
/// SD3 OD4 to `number`.
fn meeting(number: u8) -> Meeting {
    let mut m: Meeting = read("meetings/2022/2022-10-11-stuurgroep.ron");
    for item in &mut m.agenda {
        for d in &mut item.decisions {
            d.plan_changes = match d.number {
                1 => vec![PlanChange::Retitle {
                    target: Target::Objective("od-spreiden".into()),
                    text: "Drempels verlagen in de regio".into(),
                }],
                2 => vec![PlanChange::Renumber { objective: "od-infrastructuur".into(), number }],
                _ => Vec::new(),
            };
        }
    }
    m
}

fn title(plan: &Plan, id: &str) -> String {
    plan.operational_by_id(id).unwrap().1.title.clone()
}

#[test]
fn a_meeting_applies_once_and_names_its_decisions() {
    let mut plan: Plan = read("data/plan.ron");
    let m = meeting(9);
    assert_eq!(pending(&plan, &m).len(), 2);
    let applied = apply_meeting(&mut plan, &m).unwrap();
    let refs: Vec<String> = applied.iter().map(ToString::to_string).collect();
    assert_eq!(refs, ["2022-10-11-stuurgroep/1", "2022-10-11-stuurgroep/2"]);
    assert_eq!(title(&plan, "od-spreiden"), "Drempels verlagen in de regio");
    assert_eq!(plan.operational_by_id("od-infrastructuur").unwrap().1.number, 9);
    assert!(names_decision(&plan, &"2022-10-11-stuurgroep/2".parse().unwrap()));
    // Again: nothing pending, nothing applied, the plan as it was.
    let once = plan.clone();
    assert!(pending(&plan, &m).is_empty());
    assert_eq!(apply_meeting(&mut plan, &m).unwrap(), Vec::<DecisionRef>::new());
    assert_eq!(plan, once);
}

#[test]
fn only_adopted_decisions_change_the_plan() {
    let mut plan: Plan = read("data/plan.ron");
    let mut m = meeting(9);
    m.agenda.iter_mut().flat_map(|i| &mut i.decisions).for_each(|d| {
        if d.number == 2 {
            d.outcome = Outcome::Rejected;
        }
    });
    let applied = apply_meeting(&mut plan, &m).unwrap();
    assert_eq!(applied.len(), 1);
    assert_eq!(plan.operational_by_id("od-infrastructuur").unwrap().1.number, 4);
}

#[test]
fn a_refused_change_leaves_the_plan_as_it_was() {
    let mut plan: Plan = read("data/plan.ron");
    let before = plan.clone();
    // SD3 OD1 is in use: decision 2 is refused, and decision 1 with it.
    let e = apply_meeting(&mut plan, &meeting(1)).unwrap_err();
    assert_eq!(e.decision.to_string(), "2022-10-11-stuurgroep/2");
    assert_eq!(e.index, 0);
    assert!(matches!(e.error, PlanChangeError::CodeInUse { .. }), "{e:?}");
    assert_eq!(plan, before);
}

#[test]
fn the_plan_before_a_decision_holds_the_earlier_ones() {
    let plan: Plan = read("data/plan.ron");
    let m = meeting(9);
    let at_two = plan_before(&plan, &m, 2);
    assert_eq!(title(&at_two, "od-spreiden"), "Drempels verlagen in de regio");
    assert_eq!(at_two.operational_by_id("od-infrastructuur").unwrap().1.number, 4);
    assert_eq!(plan_before(&plan, &m, 1), plan);
}
