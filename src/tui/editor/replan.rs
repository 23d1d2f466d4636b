//! `p` on a decision: the changes it makes to the plan. The secretary picks the kind, then
//! its arguments (an objective by code or title, a number, a text), sees the objectives it
//! touches as they are and as they will be, and records it with `j`; Esc at any step writes
//! nothing. A change the plan would refuse is refused here, with why, the typed answer kept.

use super::replan_build::{Preview, Why, build, preview, so_far};
use super::{Editor, Note};
use crate::domain::edit;
use crate::domain::ids::{DecisionRef, ObjectiveId, PlanActionId};
use crate::domain::meeting::Meeting;
use crate::domain::plan::Plan;
use crate::tui::ctx::Ctx;
use crate::tui::field::{Outcome, is_clear, yes_no};
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::editor_plan as words;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

/// A kind of plan change, as the secretary picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Another number within its SD.
    Renumber,
    /// Under another SD.
    Move,
    /// Ends in another OD, which takes its actions.
    Merge,
    /// Ends in new ODs.
    Split,
    /// Becomes an action of another OD.
    Demote,
    /// Ends without anything carrying it on.
    Remove,
    /// A new OD.
    AddObjective,
    /// A new action of an OD.
    AddAction,
    /// A new title.
    Retitle,
    /// An action's new planning.
    Replan,
    /// An OD's new spreiding.
    Respread,
}

impl Kind {
    /// Every kind, in the order offered.
    pub const ALL: [Kind; 11] = [
        Kind::Renumber,
        Kind::Move,
        Kind::Merge,
        Kind::Split,
        Kind::Demote,
        Kind::Remove,
        Kind::AddObjective,
        Kind::AddAction,
        Kind::Retitle,
        Kind::Replan,
        Kind::Respread,
    ];

    /// What the change asks, in order.
    pub fn args(self) -> &'static [Arg] {
        use Arg as A;
        match self {
            Kind::Renumber => &[A::Objective, A::Number],
            Kind::Move => &[A::Objective, A::Code],
            Kind::Merge => &[A::Objective, A::Other],
            Kind::Split => &[A::Objective, A::Parts],
            Kind::Demote => &[A::Objective, A::Other, A::Id],
            Kind::Remove => &[A::Objective],
            Kind::AddObjective => &[A::Code, A::Id, A::Title],
            Kind::AddAction => &[A::Other, A::Id, A::Title],
            Kind::Retitle => &[A::Target, A::Title],
            Kind::Replan => &[A::Action, A::Planning],
            Kind::Respread => &[A::Target, A::Spreiding],
        }
    }
}

/// One thing a change asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// The operational objective it changes.
    Objective,
    /// Another operational objective: the one that carries on, or gets the action.
    Other,
    /// A plan action.
    Action,
    /// An operational objective or a plan action (a new title or spreiding).
    Target,
    /// A number.
    Number,
    /// A code, "SD2 OD5".
    Code,
    /// A new id.
    Id,
    /// A title or an action's text.
    Title,
    /// The parts of a split, "CODE;ID;TITLE | CODE;ID;TITLE".
    Parts,
    /// A planning, "2021 2022", "2021-2023" or words.
    Planning,
    /// A spreiding, "alle" or municipalities.
    Spreiding,
}

/// What a step yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The kind of change.
    Kind(Kind),
    /// Take back the decision's change at this place.
    Drop(usize),
    /// An objective.
    Objective(ObjectiveId),
    /// A plan action.
    Action(PlanActionId),
    /// Typed text.
    Text(String),
}

/// The step on screen.
pub enum Input {
    /// Something to pick.
    Pick(Picker<Value>),
    /// A line to type.
    Line(Box<TextArea<'static>>),
    /// The change with the plan before and after it: record it? (j/n)
    Confirm(Box<Preview>),
}

/// The plan changes of one decision being recorded.
pub struct PlanPopup {
    /// The decision's number.
    pub decision: u32,
    /// The kind, once picked.
    pub kind: Option<Kind>,
    /// The arguments given so far.
    pub values: Vec<Value>,
    /// The step on screen.
    pub input: Input,
}

/// What the editor says about plan changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanNote {
    /// A change of this kind was recorded; the decision now has this many.
    Recorded(Kind, usize),
    /// The decision's change at this place (from 0) was taken back.
    Dropped(usize),
    /// Refused, and why.
    Refused(super::replan_build::Why),
    /// The plan's history names this decision already: its changes are written.
    Written(String),
    /// The folder has no readable plan.
    NoPlan,
    /// The minutes were sent and the plan written: the numbers of the decisions applied (of
    /// the open meeting).
    Applied(Vec<u32>),
    /// The minutes were sent, the plan not (yet) written: the meeting, and why (worded).
    NotApplied(String, String),
}

impl PlanPopup {
    /// The question for decision `number` of the open meeting, or why there is none.
    pub fn open(editor: &Editor, number: u32, ctx: &Ctx) -> Result<Self, PlanNote> {
        let plan = ctx.folder.plan.as_ref().map(|p| &p.value).ok_or(PlanNote::NoPlan)?;
        let decision = DecisionRef::new(&editor.meeting.id, number);
        if crate::domain::plan::names_decision(plan, &decision) {
            return Err(PlanNote::Written(decision.to_string()));
        }
        let own = editor.meeting.decisions().find(|(_, d)| d.number == number);
        let own = own.map(|(_, d)| d.plan_changes.as_slice()).unwrap_or_default();
        let mut options: Vec<PickOption<Value>> = Kind::ALL
            .iter()
            .map(|k| PickOption::new(Value::Kind(*k), words::kind(ctx.lang, *k).into(), "", false))
            .collect();
        options.extend(own.iter().enumerate().map(|(i, change)| {
            let label = words::drop_option(ctx.lang, i, &words::summary(ctx.lang, change));
            PickOption::new(Value::Drop(i), label, "", true)
        }));
        let input = Input::Pick(Picker::new(options));
        Ok(PlanPopup { decision: number, kind: None, values: Vec::new(), input })
    }

    /// Whether keys type text in it (not at the yes/no).
    pub fn is_typing(&self) -> bool {
        !matches!(self.input, Input::Confirm(_))
    }

    /// Pasted text: its first line into the field or the picker's query.
    pub fn paste(&mut self, text: &str) {
        let line = text.lines().next().unwrap_or("");
        match &mut self.input {
            Input::Pick(picker) => line.chars().for_each(|c| picker.edit(Some(c))),
            Input::Line(field) => {
                field.insert_str(line);
            }
            Input::Confirm(_) => {}
        }
    }

    /// The argument asked now, if the kind is known and one is.
    pub fn asking(&self) -> Option<Arg> {
        self.kind.and_then(|k| k.args().get(self.values.len()).copied())
    }
}

/// A key in the question: the step's own rules; Esc drops it all, writing nothing.
pub fn handle_key(
    editor: &mut Editor,
    mut p: Box<PlanPopup>,
    key: KeyEvent,
    ctx: &Ctx,
) -> Option<Box<PlanPopup>> {
    match &mut p.input {
        Input::Pick(picker) => match picker.handle_key(key, false) {
            Outcome::Chosen(value) => return given(editor, p, value, ctx),
            Outcome::Cancelled => return None,
            Outcome::Pending => {}
        },
        Input::Line(field) => match key.code {
            KeyCode::Esc => return None,
            KeyCode::Enter => {
                let text = field.lines().join(" ").trim().to_owned();
                return given(editor, p, Value::Text(text), ctx);
            }
            _ if is_clear(&key) => **field = TextArea::default(),
            _ => {
                if !(key.modifiers.contains(KeyModifiers::CONTROL)
                    && key.code == KeyCode::Char('m'))
                {
                    field.input(key);
                }
            }
        },
        Input::Confirm(preview) => match yes_no(&key) {
            Some(true) => {
                record(editor, p.decision, preview.change.clone(), p.kind);
                return None;
            }
            Some(false) => return None,
            None => editor.note = Some(Note::YesOrNo),
        },
    }
    Some(p)
}

/// A step answered: the next one, or the change built and shown before and after.
fn given(
    editor: &mut Editor,
    mut p: Box<PlanPopup>,
    value: Value,
    ctx: &Ctx,
) -> Option<Box<PlanPopup>> {
    match value {
        Value::Kind(kind) => p.kind = Some(kind),
        Value::Drop(at) => {
            let n = p.decision;
            let dropped = editor.edit(|m| {
                let d = edit::decision_mut(m, n)?;
                (at < d.plan_changes.len()).then(|| d.plan_changes.remove(at));
                Ok(())
            });
            if dropped.is_some() {
                editor.note = Some(Note::Plan(PlanNote::Dropped(at)));
            }
            return None;
        }
        value => p.values.push(value),
    }
    if let Some(arg) = p.asking() {
        p.input = input_for(&p, arg, ctx, &editor.meeting);
        return Some(p);
    }
    let plan = ctx.folder.plan.as_ref().map(|f| &f.value)?;
    let kind = p.kind?;
    let built = build(kind, &p.values, plan).and_then(|change| {
        preview(plan, &editor.meeting, p.decision, change, ctx).map_err(Why::Plan)
    });
    match built {
        Ok(preview) => p.input = Input::Confirm(Box::new(preview)),
        Err(why) => {
            editor.note = Some(Note::Plan(PlanNote::Refused(why)));
            // Back to the last step, with what was typed in it.
            let last = p.values.pop();
            let arg = p.asking()?;
            p.input = match last {
                Some(Value::Text(text)) => line(&text),
                _ => input_for(&p, arg, ctx, &editor.meeting),
            };
        }
    }
    Some(p)
}

/// The step that asks `arg`: objectives and actions offered as the decision's changes so far
/// leave the plan (the codes its previews showed), with every earlier code they answer to.
fn input_for(p: &PlanPopup, arg: Arg, ctx: &Ctx, meeting: &Meeting) -> Input {
    let Some(plan) = ctx.folder.plan.as_ref().map(|f| &f.value) else {
        return line("");
    };
    let plan = so_far(plan, meeting, p.decision);
    match arg {
        Arg::Objective | Arg::Other => Input::Pick(Picker::new(objectives(&plan, ctx))),
        Arg::Action => Input::Pick(Picker::new(actions(&plan))),
        Arg::Target => Input::Pick(Picker::new(
            objectives(&plan, ctx).into_iter().chain(actions(&plan)).collect(),
        )),
        // A new title offers the one it has (to correct rather than retype).
        Arg::Title if p.kind == Some(Kind::Retitle) => line(&current_text(p, &plan)),
        _ => line(""),
    }
}

fn line(text: &str) -> Input {
    let mut field = TextArea::new(vec![text.to_owned()]);
    field.move_cursor(ratatui_textarea::CursorMove::End);
    Input::Line(Box::new(field))
}

/// The title of the objective or the text of the action a retitle picked, as it is now.
fn current_text(p: &PlanPopup, plan: &Plan) -> String {
    match p.values.first() {
        Some(Value::Objective(id)) => {
            plan.operational_by_id(id.as_str()).map(|(_, od)| od.title.clone())
        }
        Some(Value::Action(id)) => {
            plan.actions().find(|(_, a)| a.id == *id).map(|(_, a)| a.text.clone())
        }
        _ => None,
    }
    .unwrap_or_default()
}

/// The operational objectives of `plan` in force.
fn objectives(plan: &Plan, ctx: &Ctx) -> Vec<PickOption<Value>> {
    let ended =
        crate::tui::strings::browse::text(ctx.lang, crate::tui::strings::browse::Text::Ended);
    let then = crate::tui::strings::editor::word(ctx.lang, crate::tui::strings::editor::Word::Then);
    let index = crate::index::objectives::ObjectiveIndex::build(plan);
    let active = index.all().iter().filter(|o| o.parent.is_some() && o.is_active());
    active.map(|o| PickOption::objective_saying_why(o, ended, then).map(Value::Objective)).collect()
}

/// The actions of the objectives of `plan` in force, with their objective's code.
fn actions(plan: &Plan) -> Vec<PickOption<Value>> {
    let options = plan
        .operational()
        .filter(|(_, od)| od.ended().is_none())
        .flat_map(|(sd, od)| od.actions.iter().map(move |a| (od.code(sd), a)))
        .map(|(code, a)| {
            let label = crate::tui::theme::line(&format!("{code} · {}  {}", a.id, a.text));
            PickOption::new(Value::Action(a.id.clone()), label, "", false)
        });
    options.collect()
}

/// Adds `change` to decision `n`'s plan changes (autosaved like every edit).
fn record(
    editor: &mut Editor,
    n: u32,
    change: crate::domain::plan::PlanChange,
    kind: Option<Kind>,
) {
    let count = editor.edit(|m| {
        let d = edit::decision_mut(m, n)?;
        d.plan_changes.push(change);
        Ok(d.plan_changes.len())
    });
    if let (Some(count), Some(kind)) = (count, kind) {
        editor.note = Some(Note::Plan(PlanNote::Recorded(kind, count)));
    }
}
