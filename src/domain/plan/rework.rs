//! How each kind of [`PlanChange`] rewrites the plan. Every function checks before it
//! changes anything it cannot undo; [`super::change::apply`] works on a copy anyway.

use super::change::{Authority, NewObjective, PlanChange, PlanChangeError as E, Target, event};
use super::{Change, OperationalObjective, Plan, PlanAction, StrategicObjective};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{ObjectiveId, PlanActionId};

/// Where an operational objective sits: its SD's and its own index.
type At = (usize, usize);

pub(super) fn apply(plan: &mut Plan, change: &PlanChange, by: &Authority) -> Result<(), E> {
    match change {
        PlanChange::Renumber { objective, number } => renumber(plan, objective, *number, by),
        PlanChange::Move { objective, to } => move_to(plan, objective, *to, by),
        PlanChange::Merge { objective, into } => merge(plan, objective, into, by),
        PlanChange::Split { objective, into } => split(plan, objective, into, by),
        PlanChange::Demote { objective, under, action } => {
            demote(plan, objective, under, action, by)
        }
        PlanChange::Remove { objective } => {
            let (s, o) = active_od(plan, objective)?;
            plan.strategic_objectives[s].operational_objectives[o]
                .history
                .push(event(by, Change::Removed));
            Ok(())
        }
        PlanChange::AddObjective(new) => {
            if !new.actions.is_empty() {
                return Err(E::NotItsAction {
                    action: new.actions[0].clone(),
                    objective: new.id.clone(),
                });
            }
            add_objective(plan, new, by)
        }
        PlanChange::AddAction { under, action } => add_action(plan, under, action, by),
        PlanChange::Retitle { target, text } => retitle(plan, target, text, |c| event(by, c)),
        PlanChange::Replan { action, planning } => {
            let a = action_mut(plan, action)?;
            if a.planning == *planning {
                return Err(E::Unchanged);
            }
            let previous = std::mem::replace(&mut a.planning, planning.clone());
            a.history.push(event(by, Change::Replanned { previous }));
            Ok(())
        }
        PlanChange::RemoveAction { action } => {
            let a = action_mut(plan, action)?;
            if a.is_removed() {
                return Err(E::Unchanged);
            }
            a.history.push(event(by, Change::Removed));
            Ok(())
        }
        PlanChange::Respread { target, spreiding } => {
            let (current, history) = match target {
                Target::Action(id) => {
                    let a = action_mut(plan, id)?;
                    (&mut a.spreiding, &mut a.history)
                }
                Target::Objective(id) => {
                    let (s, o) = active_od(plan, id)?;
                    let od = &mut plan.strategic_objectives[s].operational_objectives[o];
                    (&mut od.spreiding, &mut od.history)
                }
            };
            if current == spreiding {
                return Err(E::Unchanged);
            }
            let previous = std::mem::replace(current, spreiding.clone());
            history.push(event(by, Change::Respread { previous }));
            Ok(())
        }
    }
}

fn renumber(plan: &mut Plan, id: &ObjectiveId, number: u8, by: &Authority) -> Result<(), E> {
    if number == 0 {
        return Err(E::NumberZero);
    }
    if let Some(s) = plan.strategic_objectives.iter().position(|sd| sd.id == *id) {
        let sd = &mut plan.strategic_objectives[s];
        if sd.number == number {
            return Err(E::Unchanged);
        }
        let (from, to) = (sd.number, number);
        sd.history.push(event(
            by,
            Change::Renumbered { from: ObjectiveCode::sd(from), to: ObjectiveCode::sd(to) },
        ));
        // Its objectives in force change code with it; ended ones keep their last code.
        for od in sd.operational_objectives.iter_mut().filter(|od| od.ended().is_none()) {
            let (from, to) = (ObjectiveCode::od(from, od.number), ObjectiveCode::od(to, od.number));
            od.history.push(event(by, Change::Renumbered { from, to }));
        }
        sd.number = number;
        return Ok(());
    }
    let (s, o) = active_od(plan, id)?;
    let sd = &mut plan.strategic_objectives[s];
    let mut od = sd.operational_objectives.remove(o);
    if od.number == number {
        return Err(E::Unchanged);
    }
    let (from, to) =
        (ObjectiveCode::od(sd.number, od.number), ObjectiveCode::od(sd.number, number));
    od.history.push(event(by, Change::Renumbered { from, to }));
    od.number = number;
    place(sd, od);
    Ok(())
}

fn move_to(plan: &mut Plan, id: &ObjectiveId, to: ObjectiveCode, by: &Authority) -> Result<(), E> {
    let (s, o) = active_od(plan, id)?;
    let number = od_number(to)?;
    let target = sd_index(plan, to.sd)?;
    let from = od_code(plan, (s, o));
    if target == s {
        return Err(E::SameStrategic(to));
    }
    let mut od = plan.strategic_objectives[s].operational_objectives.remove(o);
    od.history.push(event(by, Change::Moved { from, to }));
    od.number = number;
    place(&mut plan.strategic_objectives[target], od);
    Ok(())
}

fn merge(plan: &mut Plan, id: &ObjectiveId, into: &ObjectiveId, by: &Authority) -> Result<(), E> {
    let at = active_od(plan, id)?;
    let target = carrier(plan, id, into)?;
    let actions = take_actions(plan, at, None)?;
    let (from, to) = (od_code(plan, at), od_code(plan, target));
    receive(plan, target, actions, from, to, by);
    od_mut(plan, at).history.push(event(by, Change::Merged { into: into.clone() }));
    Ok(())
}

fn split(
    plan: &mut Plan,
    id: &ObjectiveId,
    into: &[NewObjective],
    by: &Authority,
) -> Result<(), E> {
    let from = od_code(plan, active_od(plan, id)?);
    if into.is_empty() {
        return Err(E::SplitIntoNothing);
    }
    for part in into {
        add_objective(plan, &NewObjective { actions: Vec::new(), ..part.clone() }, by)?;
        // Placing the part may have moved the split objective within its list.
        let at = find_od(plan, id)?;
        let actions = take_actions(plan, at, Some(&part.actions))?;
        let target = find_od(plan, &part.id)?;
        receive(plan, target, actions, from, part.code, by);
    }
    let ids = into.iter().map(|p| p.id.clone()).collect();
    let at = find_od(plan, id)?;
    od_mut(plan, at).history.push(event(by, Change::Split { into: ids }));
    Ok(())
}

fn demote(
    plan: &mut Plan,
    id: &ObjectiveId,
    under: &ObjectiveId,
    action: &PlanActionId,
    by: &Authority,
) -> Result<(), E> {
    let at = active_od(plan, id)?;
    let target = carrier(plan, id, under)?;
    if plan.actions().any(|(_, a)| a.id == *action) {
        return Err(E::IdInUse(action.to_string()));
    }
    let (from, to) = (od_code(plan, at), od_code(plan, target));
    let mut became = PlanAction::new(action.clone(), od_mut(plan, at).title.clone());
    became.history.push(event(by, Change::Added { code: to }));
    od_mut(plan, target).actions.push(became);
    let actions = take_actions(plan, at, None)?;
    receive(plan, target, actions, from, to, by);
    let demoted = Change::Demoted { under: under.clone(), action: action.clone() };
    od_mut(plan, at).history.push(event(by, demoted));
    Ok(())
}

fn add_objective(plan: &mut Plan, new: &NewObjective, by: &Authority) -> Result<(), E> {
    let number = od_number(new.code)?;
    let s = sd_index(plan, new.code.sd)?;
    if plan.objective_ids().any(|i| *i == new.id) {
        return Err(E::IdInUse(new.id.to_string()));
    }
    let title = non_empty(&new.title)?;
    let od = OperationalObjective {
        id: new.id.clone(),
        number,
        title,
        spreiding: new.spreiding.clone(),
        history: vec![event(by, Change::Added { code: new.code })],
        actions: Vec::new(),
        notes: Vec::new(),
    };
    place(&mut plan.strategic_objectives[s], od);
    Ok(())
}

fn add_action(
    plan: &mut Plan,
    under: &ObjectiveId,
    action: &PlanAction,
    by: &Authority,
) -> Result<(), E> {
    let at = active_od(plan, under)?;
    if plan.actions().any(|(_, a)| a.id == action.id) {
        return Err(E::IdInUse(action.id.to_string()));
    }
    let mut action = PlanAction { text: non_empty(&action.text)?, ..action.clone() };
    action.history.push(event(by, Change::Added { code: od_code(plan, at) }));
    od_mut(plan, at).actions.push(action);
    Ok(())
}

/// Rewrites `target`'s text; `event` makes the history event (by decision, or editorial).
pub(super) fn retitle(
    plan: &mut Plan,
    target: &Target,
    text: &str,
    event: impl FnOnce(Change) -> super::HistoryEvent,
) -> Result<(), E> {
    let text = non_empty(text)?;
    let (current, history) = match target {
        Target::Action(id) => {
            let a = action_mut(plan, id)?;
            (&mut a.text, &mut a.history)
        }
        Target::Objective(id) => match plan.strategic_objectives.iter().position(|s| s.id == *id) {
            Some(s) => {
                let sd = &mut plan.strategic_objectives[s];
                (&mut sd.title, &mut sd.history)
            }
            None => {
                let at = active_od(plan, id)?;
                let od = od_mut(plan, at);
                (&mut od.title, &mut od.history)
            }
        },
    };
    if *current == text {
        return Err(E::Unchanged);
    }
    let previous = std::mem::replace(current, text);
    history.push(event(Change::Retitled { previous }));
    Ok(())
}

/// The objective `into` that takes over `id`'s work: an operational one in force, not itself.
fn carrier(plan: &Plan, id: &ObjectiveId, into: &ObjectiveId) -> Result<At, E> {
    if id == into {
        return Err(E::IntoItself(id.clone()));
    }
    let at = find_od(plan, into)?;
    if plan.strategic_objectives[at.0].operational_objectives[at.1].ended().is_some() {
        return Err(E::IntoEnded(into.clone()));
    }
    Ok(at)
}

/// Takes the objective's actions out of it: all, or the ones named (each of its own, once).
fn take_actions(
    plan: &mut Plan,
    at: At,
    only: Option<&[PlanActionId]>,
) -> Result<Vec<PlanAction>, E> {
    let od = od_mut(plan, at);
    let Some(only) = only else { return Ok(std::mem::take(&mut od.actions)) };
    let mut out = Vec::new();
    for id in only {
        let Some(i) = od.actions.iter().position(|a| a.id == *id) else {
            return Err(E::NotItsAction { action: id.clone(), objective: od.id.clone() });
        };
        out.push(od.actions.remove(i));
    }
    Ok(out)
}

/// Appends `actions` to the objective at `at`, each with the move in its history.
fn receive(
    plan: &mut Plan,
    at: At,
    actions: Vec<PlanAction>,
    from: ObjectiveCode,
    to: ObjectiveCode,
    by: &Authority,
) {
    let od = od_mut(plan, at);
    for mut action in actions {
        action.history.push(event(by, Change::Moved { from, to }));
        od.actions.push(action);
    }
}

/// Puts `od` among its strategic objective's: the ones in force by number, ended ones last.
fn place(sd: &mut StrategicObjective, od: OperationalObjective) {
    let list = &mut sd.operational_objectives;
    let i =
        list.iter().position(|o| o.ended().is_some() || o.number > od.number).unwrap_or(list.len());
    list.insert(i, od);
}

fn non_empty(text: &str) -> Result<String, E> {
    let text = text.trim();
    if text.is_empty() { Err(E::EmptyText) } else { Ok(text.to_owned()) }
}

fn od_number(code: ObjectiveCode) -> Result<u8, E> {
    match code.od {
        None => Err(E::NotAnOdCode(code)),
        Some(0) => Err(E::NumberZero),
        Some(n) => Ok(n),
    }
}

fn sd_index(plan: &Plan, number: u8) -> Result<usize, E> {
    plan.strategic_objectives
        .iter()
        .position(|sd| sd.number == number)
        .ok_or(E::UnknownStrategic(number))
}

fn find_od(plan: &Plan, id: &ObjectiveId) -> Result<At, E> {
    for (s, sd) in plan.strategic_objectives.iter().enumerate() {
        if sd.id == *id {
            return Err(E::NotOperational(id.clone()));
        }
        if let Some(o) = sd.operational_objectives.iter().position(|od| od.id == *id) {
            return Ok((s, o));
        }
    }
    Err(E::UnknownObjective(id.to_string()))
}

fn active_od(plan: &Plan, id: &ObjectiveId) -> Result<At, E> {
    let at = find_od(plan, id)?;
    if plan.strategic_objectives[at.0].operational_objectives[at.1].ended().is_some() {
        return Err(E::Ended(id.clone()));
    }
    Ok(at)
}

fn od_mut(plan: &mut Plan, (s, o): At) -> &mut OperationalObjective {
    &mut plan.strategic_objectives[s].operational_objectives[o]
}

fn od_code(plan: &Plan, (s, o): At) -> ObjectiveCode {
    let sd = &plan.strategic_objectives[s];
    sd.operational_objectives[o].code(sd)
}

fn action_mut<'a>(plan: &'a mut Plan, id: &PlanActionId) -> Result<&'a mut PlanAction, E> {
    plan.strategic_objectives
        .iter_mut()
        .flat_map(|sd| sd.operational_objectives.iter_mut())
        .flat_map(|od| od.actions.iter_mut())
        .find(|a| a.id == *id)
        .ok_or_else(|| E::UnknownAction(id.to_string()))
}
