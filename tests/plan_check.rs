//! `check` on the plan's history: a change after the plan's first version that names no
//! decision is reported at its own event, with line and column, in both languages.

mod common;

use common::cli::{check, run_on, stdout};
use common::export::example_root;
use std::path::Path;
use stuurgroep::domain::plan::{Change, Plan};
use stuurgroep::store::format::parse;

#[test]
fn a_plan_change_without_its_decision_is_found_at_its_event() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("data")).unwrap();
    for (from, to) in [("data/members.ron", "data/members.ron"), ("data/plan.ron", "data/plan.ron")]
    {
        std::fs::copy(example_root().join(from), root.join(to)).unwrap();
    }
    let rel = Path::new("data/plan.ron");
    let (status, clean) = check(root);
    assert!(!clean.contains("noemt geen besluit"), "{status}: {clean}");
    let mut plan: Plan = parse(rel, &std::fs::read(root.join(rel)).unwrap()).unwrap();
    let od = plan.strategic_objectives[0].operational_objectives.iter_mut();
    let od = od.into_iter().find(|o| o.id.as_str() == "od-drempels").unwrap();
    let merged = od.history.iter_mut().find(|e| matches!(e.change, Change::Merged { .. }));
    merged.unwrap().decision = None;
    let text = stuurgroep::store::to_ron(&plan).unwrap();
    std::fs::write(root.join(rel), &text).unwrap();
    // The `date:` line just above `change: Merged(`.
    let lines: Vec<&str> = text.lines().collect();
    let merged_at = lines.iter().position(|l| l.contains("change: Merged(")).unwrap();
    let line = merged_at; // 1-based number of the line above it
    let col = lines[line - 1].find("date:").unwrap() + 1;
    let out = stdout(&run_on(root, &["check"]));
    let nl = format!(
        "data/plan.ron:{line}:{col}: waarschuwing: de wijziging van od-drempels op 2022-03-15 noemt geen besluit"
    );
    assert!(out.contains(&nl), "{out}");
    let out = stdout(&run_on(root, &["check", "--lang", "en"]));
    assert!(out.contains("the change to od-drempels on 2022-03-15 names no decision"), "{out}");
}
