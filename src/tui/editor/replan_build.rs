//! A plan change built from the answers given in the editor, and the objectives it touches
//! as they are and as they will be: the decision's earlier changes applied to a clone of the
//! plan (after the meeting's earlier adopted decisions), then this one.

use super::replan::{Kind, Value};
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{DecisionRef, ObjectiveId};
use crate::domain::meeting::Meeting;
use crate::domain::plan::{
    Authority, NewObjective, Plan, PlanAction, PlanChange, PlanChangeError, Spreiding, Target,
    apply, apply_all, plan_before,
};
use crate::tui::ctx::Ctx;
use crate::tui::strings::editor_plan as words;

/// Why a change was refused: what the plan refuses, or an answer that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The plan refuses it.
    Plan(PlanChangeError),
    /// An answer is missing.
    Missing,
    /// Not a number.
    BadNumber(String),
    /// Not a code.
    BadCode(String),
    /// A part of a split that cannot be read.
    BadPart(String),
    /// No municipality of the plan by this id or name.
    NoMunicipality(String),
}

/// A change with the plan before and after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The change.
    pub change: PlanChange,
    /// The objectives and actions it touches, as they are.
    pub before: Vec<String>,
    /// The same, as they will be.
    pub after: Vec<String>,
}

/// The change of `kind` from `values` (its arguments in order), or why it cannot be read.
pub fn build(kind: Kind, values: &[Value], plan: &Plan) -> Result<PlanChange, Why> {
    let objective = |i: usize| match values.get(i) {
        Some(Value::Objective(id)) => Ok(id.clone()),
        _ => Err(Why::Missing),
    };
    let text = |i: usize| match values.get(i) {
        Some(Value::Text(t)) => Ok(t.clone()),
        _ => Err(Why::Missing),
    };
    // A new title or spreiding: for an objective or an action, whichever was picked.
    let target = || match values.first() {
        Some(Value::Objective(id)) => Ok(Target::Objective(id.clone())),
        Some(Value::Action(id)) => Ok(Target::Action(id.clone())),
        _ => Err(Why::Missing),
    };
    let code = |i: usize| {
        let t = text(i)?;
        ObjectiveCode::parse_loose(&t).ok_or_else(|| Why::BadCode(t.clone()))
    };
    Ok(match kind {
        Kind::Renumber => {
            let t = text(1)?;
            let number = t.trim().parse().map_err(|_| Why::BadNumber(t.clone()))?;
            PlanChange::Renumber { objective: objective(0)?, number }
        }
        Kind::Move => PlanChange::Move { objective: objective(0)?, to: code(1)? },
        Kind::Merge => PlanChange::Merge { objective: objective(0)?, into: objective(1)? },
        Kind::Split => PlanChange::Split { objective: objective(0)?, into: parts(&text(1)?)? },
        Kind::Demote => PlanChange::Demote {
            objective: objective(0)?,
            under: objective(1)?,
            action: text(2)?.as_str().into(),
        },
        Kind::Remove => PlanChange::Remove { objective: objective(0)? },
        Kind::AddObjective => PlanChange::AddObjective(NewObjective {
            id: text(1)?.as_str().into(),
            code: code(0)?,
            title: text(2)?,
            spreiding: None,
            actions: Vec::new(),
        }),
        Kind::AddAction => PlanChange::AddAction {
            under: objective(0)?,
            action: PlanAction::new(text(1)?.as_str().into(), text(2)?),
        },
        Kind::Retitle => PlanChange::Retitle { target: target()?, text: text(1)? },
        Kind::Replan => {
            let action = match values.first() {
                Some(Value::Action(a)) => a.clone(),
                _ => return Err(Why::Missing),
            };
            PlanChange::Replan { action, planning: crate::domain::plan::read::planning(&text(1)?) }
        }
        Kind::Respread => {
            PlanChange::Respread { target: target()?, spreiding: spreiding(&text(1)?, plan)? }
        }
    })
}

/// "CODE;ID;TITLE[;ACTION,ACTION] | CODE;ID;TITLE": the new objectives of a split.
fn parts(text: &str) -> Result<Vec<NewObjective>, Why> {
    let part = |value: &str| {
        let fields: Vec<&str> = value.split(';').map(str::trim).collect();
        let (c, id, title, actions) = match fields.as_slice() {
            [c, id, title] => (*c, *id, *title, ""),
            [c, id, title, actions] => (*c, *id, *title, *actions),
            _ => return Err(Why::BadPart(value.to_owned())),
        };
        let code = ObjectiveCode::parse_loose(c).ok_or_else(|| Why::BadPart(value.to_owned()))?;
        let actions = actions.split(',').map(str::trim).filter(|a| !a.is_empty());
        Ok(NewObjective {
            id: id.into(),
            code,
            title: title.to_owned(),
            spreiding: None,
            actions: actions.map(Into::into).collect(),
        })
    };
    text.split('|').map(str::trim).filter(|p| !p.is_empty()).map(part).collect()
}

fn spreiding(text: &str, plan: &Plan) -> Result<Option<Spreiding>, Why> {
    crate::domain::plan::read::spreiding(plan, text).map_err(Why::NoMunicipality)
}

/// `change` as decision `n` of `meeting` would make it, shown before and after; refused as
/// the plan would refuse it.
pub fn preview(
    plan: &Plan,
    meeting: &Meeting,
    n: u32,
    change: PlanChange,
    ctx: &Ctx,
) -> Result<Preview, PlanChangeError> {
    let by = Authority { date: meeting.date, decision: DecisionRef::new(&meeting.id, n) };
    let before = so_far(plan, meeting, n);
    let mut after = before.clone();
    apply(&mut after, &change, &by)?;
    let touched = touched(&change);
    let shown = |plan: &Plan| touched.iter().map(|t| describe(plan, t, &change, ctx)).collect();
    Ok(Preview { before: shown(&before), after: shown(&after), change })
}

/// The plan as decision `n` of `meeting` leaves it so far: the meeting's earlier adopted
/// decisions applied, then the decision's own changes. What its next change is picked from
/// (by the codes the previews showed) and shown against.
pub fn so_far(plan: &Plan, meeting: &Meeting, n: u32) -> Plan {
    let by = Authority { date: meeting.date, decision: DecisionRef::new(&meeting.id, n) };
    let before = plan_before(plan, meeting, n);
    let own = meeting.decisions().find(|(_, d)| d.number == n).map(|(_, d)| &d.plan_changes);
    if let Some(own) = own {
        // If the plan moved on since and refuses them, the plan as it is.
        let mut with_own = before.clone();
        if apply_all(&mut with_own, own, &by).is_ok() {
            return with_own;
        }
    }
    before
}

/// What a change touches: the objective, the one that carries on, new ones, an action.
fn touched(change: &PlanChange) -> Vec<Target> {
    let od = |id: &ObjectiveId| Target::Objective(id.clone());
    match change {
        PlanChange::Renumber { objective, .. }
        | PlanChange::Move { objective, .. }
        | PlanChange::Remove { objective } => vec![od(objective)],
        PlanChange::Merge { objective, into } => vec![od(objective), od(into)],
        PlanChange::Demote { objective, under, .. } => vec![od(objective), od(under)],
        PlanChange::Split { objective, into } => {
            std::iter::once(od(objective)).chain(into.iter().map(|p| od(&p.id))).collect()
        }
        PlanChange::AddObjective(new) => vec![od(&new.id)],
        PlanChange::AddAction { under, action } => {
            vec![od(under), Target::Action(action.id.clone())]
        }
        PlanChange::Retitle { target, .. } | PlanChange::Respread { target, .. } => {
            vec![target.clone()]
        }
        PlanChange::Replan { action, .. } | PlanChange::RemoveAction { action } => {
            vec![Target::Action(action.clone())]
        }
    }
}

/// One line: the code and title (ended: how), or an action with its objective's code;
/// planning and spreiding in the objectives screen's words.
fn describe(plan: &Plan, target: &Target, change: &PlanChange, ctx: &Ctx) -> String {
    let lang = ctx.lang;
    let respread = matches!(change, PlanChange::Respread { .. });
    let whole = matches!(change, PlanChange::Retitle { .. });
    let spreiding = |s: &Option<Spreiding>| match s {
        Some(s) => crate::tui::browse::plan_lines::spreiding(ctx, s),
        None => words::spreiding_open(lang).to_owned(),
    };
    let line = match target {
        Target::Objective(id) => match plan.operational_by_id(id.as_str()) {
            Some((sd, od)) => {
                let ended =
                    od.ended().map(|e| crate::domain::strings::plan_change(lang, &e.change));
                let od_line = words::OdLine {
                    code: od.code(sd).to_string(),
                    title: &od.title,
                    actions: od.actions.len(),
                    ended,
                    whole,
                    spreiding: respread.then(|| spreiding(&od.spreiding)),
                };
                words::objective_line(lang, &od_line)
            }
            None => match plan.strategic(id.as_str()) {
                Some(sd) => format!("{}  {}", sd.code(), sd.title),
                None => words::absent(lang, id.as_str()),
            },
        },
        Target::Action(id) => match plan.actions().find(|(_, a)| a.id == *id) {
            Some((od, a)) => {
                let code = plan.operational_by_id(od.id.as_str()).map(|(sd, o)| o.code(sd));
                let code = code.map(|c| c.to_string()).unwrap_or_default();
                let planning = a.planning.as_ref().map_or_else(
                    || words::unplanned(lang).to_owned(),
                    crate::tui::browse::plan_lines::planning,
                );
                let planning = if respread {
                    format!("{planning}; {}", spreiding(&a.spreiding))
                } else {
                    planning
                };
                words::action_line(&code, a, whole, &planning)
            }
            None => words::absent(lang, id.as_str()),
        },
    };
    crate::tui::theme::line(&line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/plan.ron");
        ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn a_spreiding_is_all_municipalities_by_id_or_name_or_open() {
        let plan = plan();
        assert_eq!(spreiding("Alle", &plan), Ok(Some(Spreiding::All)));
        assert_eq!(spreiding("all municipalities", &plan), Ok(Some(Spreiding::All)));
        let ids =
            |s: &[&str]| Some(Spreiding::Municipalities(s.iter().map(|m| (*m).into()).collect()));
        assert_eq!(
            spreiding("Halle, sint-pieters-leeuw", &plan),
            Ok(ids(&["halle", "sint-pieters-leeuw"]))
        );
        assert_eq!(spreiding("", &plan), Ok(None));
        assert_eq!(spreiding("Halle, Brussel", &plan), Err(Why::NoMunicipality("Brussel".into())));
    }

    #[test]
    fn split_parts_are_read_or_refused_with_the_part() {
        let parts = parts("SD2 OD7;od-a;Deel A;sd2od3-a1, sd2od3-a2 | sd2od6;od-b;Deel B").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].code, ObjectiveCode::od(2, 7));
        assert_eq!(parts[0].actions.len(), 2);
        assert_eq!(parts[1].id.as_str(), "od-b");
        assert_eq!(super::parts("SD2 OD7;od-a"), Err(Why::BadPart("SD2 OD7;od-a".into())));
        assert_eq!(super::parts("elders;od-a;A"), Err(Why::BadPart("elders;od-a;A".into())));
    }

    #[test]
    fn an_answer_of_the_wrong_kind_is_refused_not_guessed() {
        let plan = plan();
        let od = || Value::Objective("od-regiobib".into());
        let text = |t: &str| Value::Text(t.into());
        assert_eq!(
            build(Kind::Renumber, &[od(), text("tien")], &plan),
            Err(Why::BadNumber("tien".into()))
        );
        assert_eq!(build(Kind::Move, &[od(), text("SD9")], &plan).map(|_| ()), Ok(()));
        assert_eq!(
            build(Kind::Move, &[od(), text("hier")], &plan),
            Err(Why::BadCode("hier".into()))
        );
        assert_eq!(build(Kind::Merge, &[od()], &plan), Err(Why::Missing));
        assert_eq!(build(Kind::Replan, &[od(), text("2024")], &plan), Err(Why::Missing));
    }
}
