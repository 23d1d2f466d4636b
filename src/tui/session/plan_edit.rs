//! The popups in which the plan's writer (the coordinator) edits the plan on the objectives
//! screen: which action, what of it, the new value, then the decision that allows it (or
//! "redactioneel" for a text). Esc at any step drops it all; nothing is written before the
//! decision is picked. The change itself is built again from the plan as read under its lock.

use crate::domain::ids::{ObjectiveId, PlanActionId};
use crate::domain::plan::{
    Allowed, Authority, Plan, PlanAction, PlanChange, PlanChangeError, Spreiding, Target,
};
use crate::tui::ctx::Ctx;
use crate::tui::field::{LineField, Outcome};
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::plan_edit as words;
use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;

/// What is being changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// An objective's title.
    Title(ObjectiveId),
    /// An action's text.
    Text(PlanActionId),
    /// A new action under this operational objective.
    NewAction(ObjectiveId),
    /// An action's planning.
    Planning(PlanActionId),
    /// An action's spreading.
    Spreading(PlanActionId),
}

/// A value typed that cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// A municipality the plan does not know.
    UnknownMunicipality(String),
}

/// Why a change was not made: the value, or the plan's own rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The value typed.
    Value(ValueError),
    /// The change, refused by the plan.
    Change(PlanChangeError),
}

/// Where the popup stands.
#[derive(Debug, Clone)]
pub enum Step {
    /// Which action of the objective (`None`: a new one).
    Action(ObjectiveId, Picker<Option<PlanActionId>>),
    /// What to change of the action.
    What(Picker<Edit>),
    /// The new value, typed.
    Value(Edit, Box<LineField>),
    /// The decision that allows it.
    Decision(Edit, String, Picker<Allowed>),
}

/// A plan edit under way; `what` names what it is of ("SD1 OD2", an action's id).
#[derive(Debug, Clone)]
pub struct PlanEdit {
    /// What the edit is of, as the popups' titles name it.
    pub what: String,
    /// Where it stands.
    pub step: Step,
}

/// A change to write: built again from the plan under its lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanWrite {
    /// What is changed.
    pub edit: Edit,
    /// The value as typed (kept to offer again when the change is refused).
    pub typed: String,
    /// What allows it.
    pub allow: Allowed,
    /// What it is of, as the popups name it.
    pub what: String,
}

impl PlanEdit {
    /// A new title for objective `id`, offered as it is.
    pub fn title(ctx: &Ctx, id: &ObjectiveId) -> Option<Self> {
        let o = ctx.index.objectives.get(id.as_str())?;
        let step = Step::Value(Edit::Title(id.clone()), Box::new(LineField::new(&o.title)));
        Some(PlanEdit { what: o.code.to_string(), step })
    }

    /// One of operational objective `id`'s actions to change, or a new one.
    pub fn actions(ctx: &Ctx, id: &ObjectiveId) -> Option<Self> {
        let o = ctx.index.objectives.get(id.as_str())?;
        let mut options =
            vec![PickOption::new(None, words::new_action(ctx.lang).into(), "", false)];
        options.extend(o.actions.iter().filter(|a| !a.is_removed()).map(|a| {
            let label = crate::tui::theme::line(&a.text);
            PickOption::new(Some(a.id.clone()), label, a.id.as_str(), false)
        }));
        Some(PlanEdit {
            what: o.code.to_string(),
            step: Step::Action(id.clone(), Picker::new(options)),
        })
    }

    /// The value field again after a refused write, with what was typed.
    pub fn again(write: &PlanWrite) -> Self {
        let step = Step::Value(write.edit.clone(), Box::new(LineField::new(&write.typed)));
        PlanEdit { what: write.what.clone(), step }
    }

    /// A key: the popup as it stands after it (`Pending`), dropped, or the change to write.
    /// A value that cannot be written keeps the field, with why (`Err`).
    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Result<Outcome<PlanWrite>, String> {
        let step = std::mem::replace(&mut self.step, Step::What(Picker::new(Vec::new())));
        let (next, outcome) = self.next(step, key, ctx);
        self.step = next;
        outcome
    }

    fn next(
        &mut self,
        step: Step,
        key: KeyEvent,
        ctx: &Ctx,
    ) -> (Step, Result<Outcome<PlanWrite>, String>) {
        let pending = Ok(Outcome::Pending);
        match step {
            Step::Action(od, mut picker) => match picker.handle_key(key, false) {
                Outcome::Chosen(Some(action)) => {
                    self.what = action.to_string();
                    (Step::What(what_picker(ctx, &action)), pending)
                }
                Outcome::Chosen(None) => {
                    (Step::Value(Edit::NewAction(od), Box::new(LineField::new(""))), pending)
                }
                other => (Step::Action(od, picker), cancelled(other)),
            },
            Step::What(mut picker) => match picker.handle_key(key, false) {
                Outcome::Chosen(edit) => {
                    let field = Box::new(LineField::new(&current(ctx, &edit)));
                    (Step::Value(edit, field), pending)
                }
                other => (Step::What(picker), cancelled(other)),
            },
            Step::Value(edit, mut field) => match field.handle_key(key) {
                Outcome::Chosen(typed) => match plan_of(ctx).map(|p| build(p, &edit, &typed)) {
                    Some(Err(Refusal::Value(e))) => {
                        (Step::Value(edit, field), Err(words::value_error(ctx.lang, &e)))
                    }
                    _ => {
                        let picker = decision_picker(ctx, is_text(&edit));
                        (Step::Decision(edit, typed, picker), pending)
                    }
                },
                other => (Step::Value(edit, field), cancelled(other)),
            },
            Step::Decision(edit, typed, mut picker) => match picker.handle_key(key, false) {
                Outcome::Chosen(allow) => {
                    let what = self.what.clone();
                    let write = PlanWrite { edit: edit.clone(), typed: typed.clone(), allow, what };
                    (Step::Decision(edit, typed, picker), Ok(Outcome::Chosen(write)))
                }
                other => (Step::Decision(edit, typed, picker), cancelled(other)),
            },
        }
    }
}

/// Pending stays pending, Esc drops the whole edit.
fn cancelled<T, U>(outcome: Outcome<T>) -> Result<Outcome<U>, String> {
    Ok(match outcome {
        Outcome::Cancelled => Outcome::Cancelled,
        _ => Outcome::Pending,
    })
}

fn plan_of(ctx: &Ctx) -> Option<&Plan> {
    ctx.folder.plan.as_ref().map(|p| &p.value)
}

fn is_text(edit: &Edit) -> bool {
    matches!(edit, Edit::Title(_) | Edit::Text(_))
}

/// Text, planning or spreading of `action`.
fn what_picker(ctx: &Ctx, action: &PlanActionId) -> Picker<Edit> {
    let edits = [
        Edit::Text(action.clone()),
        Edit::Planning(action.clone()),
        Edit::Spreading(action.clone()),
    ];
    let option =
        |e: Edit| PickOption::new(e.clone(), words::edit_kind(ctx.lang, &e).into(), "", false);
    Picker::new(edits.into_iter().map(option).collect())
}

/// The adopted decisions, newest first; for a text, "redactioneel" last.
fn decision_picker(ctx: &Ctx, text: bool) -> Picker<Allowed> {
    use crate::domain::meeting::Outcome as O;
    let adopted = ctx.index.decisions.iter().rev().filter(|d| d.outcome == O::Adopted);
    let mut options: Vec<PickOption<Allowed>> = adopted
        .map(|d| {
            let label = format!("{}  {}", d.reference, crate::tui::theme::line(&d.text));
            PickOption::new(
                Allowed::Decision(Authority { date: d.date, decision: d.reference.clone() }),
                label,
                "",
                false,
            )
        })
        .collect();
    if text {
        let label = words::editorial_option(ctx.lang);
        options.push(PickOption::new(Allowed::Editorial, label, "", false));
    }
    Picker::new(options)
}

/// The value offered for `edit`: what the plan has now.
fn current(ctx: &Ctx, edit: &Edit) -> String {
    let Some(plan) = plan_of(ctx) else { return String::new() };
    let action = |id: &PlanActionId| plan.actions().find(|(_, a)| a.id == *id).map(|(_, a)| a);
    match edit {
        Edit::Title(_) | Edit::NewAction(_) => String::new(),
        Edit::Text(id) => action(id).map(|a| a.text.clone()).unwrap_or_default(),
        Edit::Planning(id) => action(id)
            .and_then(|a| a.planning.as_ref())
            .map(crate::tui::browse::plan_lines::planning)
            .unwrap_or_default(),
        Edit::Spreading(id) => action(id)
            .and_then(|a| a.spreiding.as_ref())
            .map(|s| crate::tui::browse::plan_lines::spreiding(ctx, s))
            .unwrap_or_default(),
    }
}

/// Applies `write` to `plan` (as read under its lock), editorially on `today`.
pub fn apply(plan: &mut Plan, write: &PlanWrite, today: NaiveDate) -> Result<(), Refusal> {
    let change = build(plan, &write.edit, &write.typed)?;
    crate::domain::plan::apply_allowed(plan, &change, &write.allow, today).map_err(Refusal::Change)
}

/// The change `typed` asks for `edit`, in `plan`.
pub fn build(plan: &Plan, edit: &Edit, typed: &str) -> Result<PlanChange, Refusal> {
    let text = typed.trim().to_owned();
    Ok(match edit {
        Edit::Title(id) => PlanChange::Retitle { target: Target::Objective(id.clone()), text },
        Edit::Text(id) => PlanChange::Retitle { target: Target::Action(id.clone()), text },
        Edit::NewAction(under) => {
            let action = PlanAction::new(new_action_id(plan, under), text);
            PlanChange::AddAction { under: under.clone(), action }
        }
        Edit::Planning(id) => PlanChange::Replan {
            action: id.clone(),
            planning: crate::domain::plan::read::planning(&text),
        },
        Edit::Spreading(id) => PlanChange::Respread {
            target: Target::Action(id.clone()),
            spreiding: spreading(plan, &text).map_err(Refusal::Value)?,
        },
    })
}

/// An unused id for a new action under `under`: "sd2od1-a6" after its code today.
fn new_action_id(plan: &Plan, under: &ObjectiveId) -> PlanActionId {
    let code = plan.operational().find(|(_, od)| od.id == *under).map(|(sd, od)| od.code(sd));
    let stem =
        code.map_or_else(|| under.to_string(), |c| c.to_string().replace(' ', "").to_lowercase());
    let taken = |id: &str| plan.actions().any(|(_, a)| a.id.as_str() == id);
    let n = (1..).find(|n| !taken(&format!("{stem}-a{n}"))).unwrap_or(1);
    format!("{stem}-a{n}").as_str().into()
}

/// What was typed as a spreiding; an unknown municipality named.
pub fn spreading(plan: &Plan, text: &str) -> Result<Option<Spreiding>, ValueError> {
    crate::domain::plan::read::spreiding(plan, text).map_err(ValueError::UnknownMunicipality)
}
