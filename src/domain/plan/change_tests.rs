//! Each kind of plan change on the example's plan: the history it writes, the old codes still
//! finding their objective, and every refusal leaving the plan as it was.

use super::change::{
    Allowed, Authority, NewObjective, PlanChange as P, PlanChangeError as E, Target,
};
use super::*;

fn example() -> Plan {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/plan.ron")).unwrap();
    ron::from_str(&text).unwrap()
}

fn by() -> Authority {
    Authority {
        date: "2023-01-10".parse().unwrap(),
        decision: "2023-01-10-stuurgroep/1".parse().unwrap(),
    }
}

fn code(s: &str) -> ObjectiveCode {
    ObjectiveCode::parse_loose(s).unwrap()
}

fn id(s: &str) -> ObjectiveId {
    s.into()
}

fn od<'a>(plan: &'a Plan, id: &str) -> (&'a StrategicObjective, &'a OperationalObjective) {
    plan.operational_by_id(id).unwrap()
}

fn last(history: &[HistoryEvent]) -> &Change {
    let event = history.last().unwrap();
    assert_eq!((event.date, event.decision.as_ref()), (by().date, Some(&by().decision)));
    &event.change
}

fn part(id_: &str, c: &str, title: &str, actions: &[&str]) -> NewObjective {
    NewObjective {
        id: id(id_),
        code: code(c),
        title: title.into(),
        spreiding: None,
        actions: actions.iter().map(|a| (*a).into()).collect(),
    }
}

/// Every code the objective had before the change still finds it afterwards, unless an
/// objective in force holds that code today.
fn old_codes_resolve(before: &Plan, after: &Plan, objective: &str) {
    let codes = match before.operational_by_id(objective) {
        Some((sd, o)) => all_codes(&o.history, o.code(sd)),
        None => {
            let sd = before.strategic(objective).unwrap();
            all_codes(&sd.history, sd.code())
        }
    };
    for c in codes {
        let found = after.objectives_by_code(c);
        let mine = found.iter().any(|f| f.as_str() == objective);
        let held_by_other = found.first().is_some_and(|f| holds_today(after, f.as_str(), c));
        assert!(mine || held_by_other, "{c} no longer finds {objective}: {found:?}");
    }
}

fn holds_today(plan: &Plan, id: &str, c: ObjectiveCode) -> bool {
    plan.operational_by_id(id).is_some_and(|(s, o)| o.ended().is_none() && o.code(s) == c)
        || plan.strategic(id).is_some_and(|s| s.code() == c)
}

#[test]
fn each_kind_writes_its_history_and_old_codes_still_find_the_objective() {
    type Check = fn(&Plan);
    let cases: Vec<(&str, P, Check)> = vec![
        (
            "renumber od",
            P::Renumber { objective: id("od-communicatiestrategie"), number: 9 },
            |p| {
                let (sd, o) = od(p, "od-communicatiestrategie");
                assert_eq!(o.code(sd), code("SD1 OD9"));
                assert_eq!(
                    last(&o.history),
                    &Change::Renumbered { from: code("SD1 OD3"), to: code("SD1 OD9") }
                );
            },
        ),
        ("renumber sd", P::Renumber { objective: id("sd-structuren"), number: 6 }, |p| {
            let sd = p.strategic("sd-structuren").unwrap();
            assert_eq!(
                last(&sd.history),
                &Change::Renumbered { from: code("SD5"), to: code("SD6") }
            );
            let (sd, o) = od(p, "od-stuurgroep");
            assert_eq!(o.code(sd), code("SD6 OD1"));
            assert_eq!(
                last(&o.history),
                &Change::Renumbered { from: code("SD5 OD1"), to: code("SD6 OD1") }
            );
        }),
        ("move", P::Move { objective: id("od-scholen"), to: code("SD3 OD8") }, |p| {
            let (sd, o) = od(p, "od-scholen");
            assert_eq!(sd.id.as_str(), "sd-cocreatie");
            assert_eq!(
                last(&o.history),
                &Change::Moved { from: code("SD2 OD4"), to: code("SD3 OD8") }
            );
        }),
        ("merge", P::Merge { objective: id("od-cc-gc"), into: id("od-regiobib") }, |p| {
            let (_, gone) = od(p, "od-cc-gc");
            assert_eq!(last(&gone.history), &Change::Merged { into: id("od-regiobib") });
            assert!(gone.actions.is_empty());
            let (_, into) = od(p, "od-regiobib");
            let moved = into.actions.last().unwrap();
            assert_eq!(
                last(&moved.history),
                &Change::Moved { from: code("SD2 OD2"), to: code("SD2 OD1") }
            );
        }),
        (
            "split",
            P::Split {
                objective: id("od-doelgroepen"),
                into: vec![
                    part("od-a", "SD2 OD3", "Deel A", &[]),
                    part("od-b", "SD2 OD6", "Deel B", &[]),
                ],
            },
            |p| {
                let (_, gone) = od(p, "od-doelgroepen");
                assert_eq!(
                    last(&gone.history),
                    &Change::Split { into: vec![id("od-a"), id("od-b")] }
                );
                let (sd, a) = od(p, "od-a");
                assert_eq!((a.code(sd), a.title.as_str()), (code("SD2 OD3"), "Deel A"));
                assert_eq!(last(&a.history), &Change::Added { code: code("SD2 OD3") });
            },
        ),
        (
            "demote",
            P::Demote {
                objective: id("od-scholen"),
                under: id("od-regiobib"),
                action: "scholen-actie".into(),
            },
            |p| {
                let (_, gone) = od(p, "od-scholen");
                let demoted =
                    Change::Demoted { under: id("od-regiobib"), action: "scholen-actie".into() };
                assert_eq!(last(&gone.history), &demoted);
                let (_, under) = od(p, "od-regiobib");
                let became =
                    under.actions.iter().find(|a| a.id.as_str() == "scholen-actie").unwrap();
                assert_eq!(became.text, gone.title);
                assert_eq!(last(&became.history), &Change::Added { code: code("SD2 OD1") });
            },
        ),
        ("remove", P::Remove { objective: id("od-backoffice") }, |p| {
            assert_eq!(last(&od(p, "od-backoffice").1.history), &Change::Removed);
        }),
        ("add od", P::AddObjective(part("od-nieuw", "SD4 OD9", "Nieuw", &[])), |p| {
            let (sd, o) = od(p, "od-nieuw");
            assert_eq!(o.code(sd), code("SD4 OD9"));
            assert_eq!(last(&o.history), &Change::Added { code: code("SD4 OD9") });
        }),
        (
            "retitle",
            P::Retitle {
                target: Target::Objective(id("od-regiobib")),
                text: "Nieuwe titel".into(),
            },
            |p| {
                let before = example();
                let (_, o) = od(p, "od-regiobib");
                assert_eq!(o.title, "Nieuwe titel");
                let previous = od(&before, "od-regiobib").1.title.clone();
                assert_eq!(last(&o.history), &Change::Retitled { previous });
            },
        ),
        (
            "respread",
            P::Respread { target: Target::Objective(id("od-regiobib")), spreiding: None },
            |p| {
                let (_, o) = od(p, "od-regiobib");
                assert_eq!(o.spreiding, None);
                assert_eq!(last(&o.history), &Change::Respread { previous: Some(Spreiding::All) });
            },
        ),
    ];
    for (name, change, check) in cases {
        let before = example();
        let mut plan = before.clone();
        apply(&mut plan, &change, &by()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        check(&plan);
        let target = match &change {
            P::Renumber { objective, .. }
            | P::Move { objective, .. }
            | P::Merge { objective, .. }
            | P::Split { objective, .. }
            | P::Demote { objective, .. }
            | P::Remove { objective } => objective.clone(),
            _ => id("od-regiobib"),
        };
        old_codes_resolve(&before, &plan, target.as_str());
    }
}

#[test]
fn actions_are_added_retitled_replanned_and_respread() {
    let mut plan = example();
    let new = PlanAction { id: "nieuw-a1".into(), ..demo_action() };
    apply(&mut plan, &P::AddAction { under: id("od-regiobib"), action: new }, &by()).unwrap();
    let steps = [
        P::Retitle { target: Target::Action("nieuw-a1".into()), text: "Beter".into() },
        P::Replan { action: "nieuw-a1".into(), planning: Some(Planning::Years(vec![2024])) },
        P::Respread { target: Target::Action("nieuw-a1".into()), spreiding: Some(Spreiding::All) },
    ];
    apply_all(&mut plan, &steps, &by()).unwrap();
    let a = plan.actions().find(|(_, a)| a.id.as_str() == "nieuw-a1").unwrap().1;
    assert_eq!((a.text.as_str(), &a.planning), ("Beter", &Some(Planning::Years(vec![2024]))));
    let changes: Vec<&Change> = a.history.iter().map(|e| &e.change).collect();
    assert_eq!(
        changes,
        [
            &Change::Added { code: code("SD2 OD1") },
            &Change::Retitled { previous: "Eerst".into() },
            &Change::Replanned { previous: None },
            &Change::Respread { previous: None },
        ]
    );
}

fn demo_action() -> PlanAction {
    let plan = example();
    let mut a = plan.actions().next().unwrap().1.clone();
    (a.text, a.planning, a.spreiding, a.history, a.notes, a.see_also) =
        ("Eerst".into(), None, None, Vec::new(), Vec::new(), Vec::new());
    a
}

#[test]
fn a_change_that_leaves_the_plan_inconsistent_is_refused_and_changes_nothing() {
    let cases: Vec<(P, E)> = vec![
        (
            P::Renumber { objective: id("od-communicatiestrategie"), number: 1 },
            E::CodeInUse { code: code("SD1 OD1"), by: id("od-spreiden") },
        ),
        (
            P::Renumber { objective: id("sd-structuren"), number: 4 },
            E::CodeInUse { code: code("SD4"), by: id("sd-tendensen") },
        ),
        (
            P::Merge { objective: id("od-regiobib"), into: id("od-drempels") },
            E::IntoEnded(id("od-drempels")),
        ),
        (
            P::Merge { objective: id("od-regiobib"), into: id("od-regiobib") },
            E::IntoItself(id("od-regiobib")),
        ),
        (
            P::Merge { objective: id("od-drempels"), into: id("od-regiobib") },
            E::Ended(id("od-drempels")),
        ),
        (
            P::Merge { objective: id("od-nergens"), into: id("od-regiobib") },
            E::UnknownObjective("od-nergens".into()),
        ),
        (
            P::Merge { objective: id("sd-aanbod"), into: id("od-regiobib") },
            E::NotOperational(id("sd-aanbod")),
        ),
        (P::Split { objective: id("od-regiobib"), into: vec![] }, E::SplitIntoNothing),
        (
            P::Split {
                objective: id("od-regiobib"),
                into: vec![part("od-x", "SD2 OD9", "X", &["sd1od2-a1"])],
            },
            E::NotItsAction { action: "sd1od2-a1".into(), objective: id("od-regiobib") },
        ),
        (
            P::Split {
                objective: id("od-regiobib"),
                into: vec![part("od-cc-gc", "SD2 OD9", "X", &[])],
            },
            E::IdInUse("od-cc-gc".into()),
        ),
        (
            P::Move { objective: id("od-regiobib"), to: code("SD2 OD9") },
            E::SameStrategic(code("SD2 OD9")),
        ),
        (P::Move { objective: id("od-regiobib"), to: code("SD9 OD1") }, E::UnknownStrategic(9)),
        (P::Move { objective: id("od-regiobib"), to: code("SD1") }, E::NotAnOdCode(code("SD1"))),
        (
            P::Move { objective: id("od-regiobib"), to: code("SD1 OD1") },
            E::CodeInUse { code: code("SD1 OD1"), by: id("od-spreiden") },
        ),
        (
            P::Demote {
                objective: id("od-regiobib"),
                under: id("od-cc-gc"),
                action: "sd1od2-a1".into(),
            },
            E::IdInUse("sd1od2-a1".into()),
        ),
        (
            P::AddObjective(part("od-y", "SD2 OD1", "Y", &[])),
            E::CodeInUse { code: code("SD2 OD1"), by: id("od-regiobib") },
        ),
        (P::AddObjective(part("od-y", "SD2 OD9", "  ", &[])), E::EmptyText),
        (P::Renumber { objective: id("od-regiobib"), number: 0 }, E::NumberZero),
        (
            P::Retitle { target: Target::Action("geen".into()), text: "x".into() },
            E::UnknownAction("geen".into()),
        ),
        (P::Replan { action: "sd1od2-a1".into(), planning: None }, E::Unchanged),
    ];
    for (change, expected) in cases {
        let mut plan = example();
        assert_eq!(apply(&mut plan, &change, &by()), Err(expected.clone()), "{change:?}");
        assert_eq!(plan, example(), "{expected:?} changed the plan");
    }
}

#[test]
fn a_list_of_changes_is_applied_all_or_none() {
    let mut plan = example();
    let changes = [
        P::Remove { objective: id("od-backoffice") },
        P::Remove { objective: id("od-backoffice") },
    ];
    assert_eq!(apply_all(&mut plan, &changes, &by()), Err((1, E::Ended(id("od-backoffice")))));
    assert_eq!(plan, example());
}

#[test]
fn an_editorial_retitle_needs_no_decision_and_is_marked_so() {
    let mut plan = example();
    let date = "2024-02-01".parse().unwrap();
    let target = Target::Action("sd1od2-a1".into());
    super::apply_editorial(&mut plan, &target, "Prospectie (tikfout hersteld)", date).unwrap();
    let (_, action) = plan.actions().find(|(_, a)| a.id.as_str() == "sd1od2-a1").unwrap();
    assert_eq!(action.text, "Prospectie (tikfout hersteld)");
    let event = action.history.last().unwrap();
    assert!(event.editorial && event.decision.is_none() && event.date == date, "{event:?}");
    assert!(matches!(event.change, Change::Retitled { .. }));
    let text = ron::ser::to_string(&plan).unwrap();
    assert!(text.contains("editorial:true"), "written so the history shows it");
    // The same text again changes nothing: refused, plan untouched.
    let before = plan.clone();
    let again = super::apply_editorial(&mut plan, &target, "Prospectie (tikfout hersteld)", date);
    assert_eq!(again, Err(E::Unchanged));
    assert_eq!(plan, before);
}

#[test]
fn allowed_editorially_only_a_text_changes_and_a_decision_allows_the_rest() {
    let mut plan = example();
    let today = "2024-02-01".parse().unwrap();
    let replan =
        P::Replan { action: "sd1od2-a1".into(), planning: Some(Planning::Years(vec![2024])) };
    let before = plan.clone();
    let editorial = super::apply_allowed(&mut plan, &replan, &Allowed::Editorial, today);
    assert_eq!(editorial, Err(E::NeedsDecision));
    assert_eq!(plan, before, "refused: the plan untouched");
    let retitle = P::Retitle { target: Target::Action("sd1od2-a1".into()), text: "Typo".into() };
    super::apply_allowed(&mut plan, &retitle, &Allowed::Editorial, today).unwrap();
    super::apply_allowed(&mut plan, &replan, &Allowed::Decision(by()), today).unwrap();
    let (_, action) = plan.actions().find(|(_, a)| a.id.as_str() == "sd1od2-a1").unwrap();
    let events: Vec<(bool, bool)> =
        action.history.iter().rev().take(2).map(|e| (e.editorial, e.decision.is_some())).collect();
    assert_eq!(
        events,
        [(false, true), (true, false)],
        "the replan by decision, the typo editorial"
    );
    assert_eq!(action.planning, Some(Planning::Years(vec![2024])));
}
