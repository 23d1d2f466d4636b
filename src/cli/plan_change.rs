//! The change each verb of `stuurgroep plan` asks for, built from its arguments against the
//! plan as read (again under the lock).

use super::plan::{Add, By, Verb, resolve};
use crate::cli::strings::plan as words;
use crate::domain::code::ObjectiveCode;
use crate::domain::plan::{NewObjective, Plan, PlanAction, PlanChange, Target};
use crate::i18n::Lang;

fn code(value: &str, lang: Lang) -> Result<ObjectiveCode, String> {
    ObjectiveCode::parse_loose(value).ok_or_else(|| words::bad_code(lang, value))
}

/// A `--into` part: "CODE;ID;TITLE[;ACTION,ACTION]".
fn part(value: &str, lang: Lang) -> Result<NewObjective, String> {
    let fields: Vec<&str> = value.split(';').map(str::trim).collect();
    let (c, id, title, actions) = match fields.as_slice() {
        [c, id, title] => (c, id, title, ""),
        [c, id, title, actions] => (c, id, title, *actions),
        _ => return Err(words::bad_part(lang, value)),
    };
    let actions = actions.split(',').map(str::trim).filter(|a| !a.is_empty());
    Ok(NewObjective {
        id: (*id).into(),
        code: code(c, lang).map_err(|_| words::bad_part(lang, value))?,
        title: (*title).to_owned(),
        spreiding: None,
        actions: actions.map(Into::into).collect(),
    })
}

pub(super) fn by_of(verb: &Verb) -> &By {
    match verb {
        Verb::Renumber { by, .. }
        | Verb::Move { by, .. }
        | Verb::Merge { by, .. }
        | Verb::Split { by, .. }
        | Verb::Demote { by, .. }
        | Verb::Remove { by, .. }
        | Verb::Retitle { by, .. }
        | Verb::Replan { by, .. }
        | Verb::Respread { by, .. }
        | Verb::RemoveAction { by, .. }
        | Verb::Add { what: Add::Objective { by, .. } | Add::Action { by, .. } } => by,
        Verb::Show { .. } | Verb::Apply { .. } => unreachable!("handled before: no --by"),
    }
}

/// The change `verb` asks for, its codes resolved in `plan`.
pub(super) fn change_of(verb: &Verb, plan: &Plan, lang: Lang) -> Result<PlanChange, String> {
    let od = |q: &str| resolve(plan, q, lang);
    Ok(match verb {
        Verb::Show { .. } | Verb::Apply { .. } => unreachable!("handled before: no --by"),
        Verb::Renumber { objective, number, .. } => {
            PlanChange::Renumber { objective: od(objective)?, number: *number }
        }
        Verb::Move { objective, to, .. } => {
            PlanChange::Move { objective: od(objective)?, to: code(to, lang)? }
        }
        Verb::Merge { objective, into, .. } => {
            PlanChange::Merge { objective: od(objective)?, into: od(into)? }
        }
        Verb::Split { objective, into, .. } => PlanChange::Split {
            objective: od(objective)?,
            into: into.iter().map(|p| part(p, lang)).collect::<Result<_, _>>()?,
        },
        Verb::Demote { objective, under, action, .. } => PlanChange::Demote {
            objective: od(objective)?,
            under: od(under)?,
            action: action.as_str().into(),
        },
        Verb::Remove { objective, .. } => PlanChange::Remove { objective: od(objective)? },
        Verb::Retitle { target, text, .. } => {
            PlanChange::Retitle { target: target_of(plan, target, lang)?, text: text.clone() }
        }
        Verb::Replan { action, planning, .. } => PlanChange::Replan {
            action: action.trim().into(),
            planning: crate::domain::plan::read::planning(planning),
        },
        Verb::RemoveAction { action, .. } => {
            PlanChange::RemoveAction { action: action.trim().into() }
        }
        Verb::Respread { target, spreiding, .. } => PlanChange::Respread {
            target: target_of(plan, target, lang)?,
            spreiding: crate::domain::plan::read::spreiding(plan, spreiding)
                .map_err(|name| crate::domain::strings::unknown_municipality(lang, &name))?,
        },
        Verb::Add { what: Add::Objective { code: c, id, title, .. } } => {
            PlanChange::AddObjective(NewObjective {
                id: id.as_str().into(),
                code: code(c, lang)?,
                title: title.clone(),
                spreiding: None,
                actions: Vec::new(),
            })
        }
        Verb::Add { what: Add::Action { under, id, text, regierol, actorrol, .. } } => {
            PlanChange::AddAction {
                under: od(under)?,
                action: new_action(id, text, regierol, actorrol),
            }
        }
    })
}

fn new_action(
    id: &str,
    text: &str,
    regierol: &Option<String>,
    actorrol: &Option<String>,
) -> PlanAction {
    PlanAction {
        regierol: regierol.clone(),
        actorrol: actorrol.clone(),
        ..PlanAction::new(id.into(), text.to_owned())
    }
}

/// An action by its id, else an objective by its code or id.
fn target_of(plan: &Plan, query: &str, lang: Lang) -> Result<Target, String> {
    match plan.actions().find(|(_, a)| a.id.as_str() == query.trim()) {
        Some((_, a)) => Ok(Target::Action(a.id.clone())),
        None => Ok(Target::Objective(resolve(plan, query, lang)?)),
    }
}
