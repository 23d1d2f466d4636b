//! Rules on `data/plan.ron`: unique ids and codes, and links that lead somewhere.

use super::finding::{FindingKind, IdKind, Severity};
use super::{Findings, Known, duplicates};
use crate::domain::plan::{Change, HistoryEvent, Plan, Spreiding};
use crate::store::load::LoadedFile;
use chrono::Datelike;
use std::collections::{HashMap, HashSet};

pub(super) fn check_plan(file: &LoadedFile<Plan>, known: &Known, findings: &mut Findings) {
    let plan = &file.value;
    let path = file.path.as_path();
    let objective_ids = plan.objective_ids().map(|id| id.as_str());
    for id in duplicates(objective_ids) {
        findings.duplicate(path, "id", id, duplicate(IdKind::Objective, id));
    }
    for id in duplicates(plan.actions().map(|(_, a)| a.id.as_str())) {
        findings.duplicate(path, "id", id, duplicate(IdKind::PlanAction, id));
    }
    for id in duplicates(plan.municipalities.iter().map(|m| m.id.as_str())) {
        findings.duplicate(path, "id", id, duplicate(IdKind::Municipality, id));
    }
    check_codes(plan, path, findings);
    check_links(plan, known, path, findings);
    check_decisions_named(plan, path, findings);
}

/// Every change after the plan's first version names the decision that made it, except an
/// editorial one (redactioneel: a typo fixed, which needs none). Events are
/// walked in the file's order, so that the n-th one of a day is the n-th `date:` of that day.
fn check_decisions_named(plan: &Plan, path: &std::path::Path, findings: &mut Findings) {
    let mut seen: HashMap<chrono::NaiveDate, usize> = HashMap::new();
    let mut walk = |id: &str, history: &[HistoryEvent], findings: &mut Findings| {
        for event in history {
            let n = seen.entry(event.date).or_insert(0);
            let first_version = matches!(event.change, Change::Added { .. })
                && event.date.year() <= i32::from(plan.period.from);
            if event.decision.is_none() && !first_version && !event.editorial {
                let at = findings.locator.nth(path, &format!("date: \"{}\"", event.date), *n);
                let kind = FindingKind::PlanChangeWithoutDecision {
                    id: id.to_owned(),
                    date: event.date.to_string(),
                };
                findings.push(path, at, Severity::Warning, kind);
            }
            *n += 1;
        }
    };
    for sd in &plan.strategic_objectives {
        walk(sd.id.as_str(), &sd.history, findings);
        for od in &sd.operational_objectives {
            walk(od.id.as_str(), &od.history, findings);
            for action in &od.actions {
                walk(action.id.as_str(), &action.history, findings);
            }
        }
    }
}

/// Vice versa: every adopted decision of sent (or approved) minutes that changes the plan has
/// its changes in the plan's history, else a warning at the decision's `plan_changes`.
pub(super) fn check_changes_applied(folder: &crate::store::Folder, findings: &mut Findings) {
    use crate::domain::meeting::MinutesStatus;
    let Some(plan) = folder.plan.as_ref().map(|p| &p.value) else { return };
    for file in &folder.meetings {
        let m = &file.value;
        if m.status == MinutesStatus::Draft {
            continue;
        }
        let pending: Vec<_> = crate::domain::plan::pending(plan, m);
        let with_changes = m.decisions().filter(|(_, d)| !d.plan_changes.is_empty());
        for (nth, (_, d)) in with_changes.enumerate() {
            let decision = crate::domain::ids::DecisionRef::new(&m.id, d.number);
            if pending.iter().any(|(by, _)| by.decision == decision) {
                let at = findings.locator.nth(&file.path, "plan_changes", nth);
                let kind = FindingKind::PlanChangeNotApplied { decision: decision.to_string() };
                findings.push(&file.path, at, Severity::Warning, kind);
            }
        }
    }
}

fn duplicate(what: IdKind, id: &str) -> FindingKind {
    FindingKind::DuplicateId { what, id: id.to_owned() }
}

/// Two objectives that are still in force may not share a code.
fn check_codes(plan: &Plan, path: &std::path::Path, findings: &mut Findings) {
    let mut seen = HashSet::new();
    for sd in &plan.strategic_objectives {
        if !seen.insert(sd.code()) {
            findings.at(
                path,
                &format!("number: {}", sd.number),
                Severity::Error,
                code_clash(sd.code()),
            );
        }
        for od in sd.operational_objectives.iter().filter(|od| od.ended().is_none()) {
            let code = od.code(sd);
            if !seen.insert(code) {
                findings.error_at_value(path, od.id.as_str(), code_clash(code));
            }
        }
    }
}

fn code_clash(code: crate::domain::code::ObjectiveCode) -> FindingKind {
    FindingKind::DuplicateCode { code: code.to_string() }
}

fn check_links(plan: &Plan, known: &Known, path: &std::path::Path, findings: &mut Findings) {
    let municipalities: HashSet<&str> = plan.municipalities.iter().map(|m| m.id.as_str()).collect();
    let actions: HashSet<&str> = plan.actions().map(|(_, a)| a.id.as_str()).collect();
    let check_spreiding = |spreiding: &Option<Spreiding>, findings: &mut Findings| {
        if let Some(Spreiding::Municipalities(list)) = spreiding {
            for m in list.iter().filter(|m| !municipalities.contains(m.as_str())) {
                findings.error_at_value(
                    path,
                    m.as_str(),
                    FindingKind::UnknownMunicipality { id: m.to_string() },
                );
            }
        }
    };
    for sd in &plan.strategic_objectives {
        check_history(&sd.history, known, &actions, path, findings);
        for od in &sd.operational_objectives {
            check_spreiding(&od.spreiding, findings);
            check_history(&od.history, known, &actions, path, findings);
            for action in &od.actions {
                check_spreiding(&action.spreiding, findings);
                check_history(&action.history, known, &actions, path, findings);
                for link in &action.see_also {
                    check_objective(link.objective.as_str(), known, path, findings);
                }
            }
        }
    }
}

fn check_objective(id: &str, known: &Known, path: &std::path::Path, findings: &mut Findings) {
    if !known.operational.contains_key(id) && !known.strategic.contains(id) {
        findings.error_at_value(path, id, FindingKind::UnknownObjective { id: id.to_owned() });
    }
}

fn check_history(
    history: &[HistoryEvent],
    known: &Known,
    actions: &HashSet<&str>,
    path: &std::path::Path,
    findings: &mut Findings,
) {
    for event in history {
        if let Some(decision) = &event.decision
            && !known.decisions.contains(decision)
            && !known.unreadable(decision.meeting())
        {
            let reference = decision.to_string();
            findings.error_at_value(
                path,
                &reference,
                FindingKind::UnknownDecision { reference: reference.clone() },
            );
        }
        match &event.change {
            Change::Merged { into } => check_objective(into.as_str(), known, path, findings),
            Change::Split { into } => {
                into.iter().for_each(|id| check_objective(id.as_str(), known, path, findings))
            }
            Change::Demoted { under, action } => {
                check_objective(under.as_str(), known, path, findings);
                if !actions.contains(action.as_str()) {
                    findings.error_at_value(
                        path,
                        action.as_str(),
                        FindingKind::UnknownPlanAction { id: action.to_string() },
                    );
                }
            }
            _ => {}
        }
    }
}
