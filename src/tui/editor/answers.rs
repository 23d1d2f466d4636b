//! What answering (or leaving) one of the editor's questions does to the meeting: the edit
//! it applies, the next question it asks, the draft it keeps.

use super::pickers::{Picked, members, movements, objectives, statuses};
use super::popup::{Ask, Choice, DueFor, OwnerFor, Popup};
use super::{Editor, Element, Note};
use crate::domain::due::{parse_due, parse_span};
use crate::domain::edit;
use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::{Movement, Owner, Votes};
use crate::tui::ctx::Ctx;
use crate::tui::effect::Effect;

/// Esc on a typed line: a new action item skipping its date is still added, without one
/// (a date typed and left stays as the draft of its date).
pub(super) fn skip(editor: &mut Editor, ask: Ask) -> Option<Popup> {
    let Ask::Due(DueFor::New(text, owner)) = ask else { return None };
    let typed = editor.drafts.iter().position(|(a, _)| matches!(a, Ask::Due(DueFor::New(..))));
    let typed = typed.map(|at| editor.drafts.remove(at).1);
    if let Some(n) = editor.add_action(text, owner, None) {
        editor.keep_draft(&Ask::Due(DueFor::Action(n)), typed.unwrap_or_default());
    }
    None
}

/// Esc on a pick: a new action item left at its owner is kept without one, flagged until it
/// has one, and the note says so; a closed item's decision goes on to its public description.
pub(super) fn skip_pick(editor: &mut Editor, choice: Choice) -> Option<Popup> {
    // A closed item's decision without a public description asks for it, objective or not.
    if let Choice::DecisionObjective(n) = choice {
        return editor.ask_summary_of(n);
    }
    if let Choice::Owner(OwnerFor::New(text)) = choice
        && editor.add_action(text, Owner::Nobody, None).is_some()
    {
        editor.note = Some(Note::NoOwner);
    }
    None
}

impl Editor {
    /// Keeps `text` as what was typed for `ask` (empty: none).
    pub(super) fn keep_draft(&mut self, ask: &Ask, text: String) {
        self.drafts.retain(|(a, _)| a != ask);
        if !text.trim().is_empty() {
            self.drafts.push((ask.clone(), text));
            self.note = Some(Note::DraftKept);
        }
    }
}

/// A typed line answered: the edit it applies, or the next question (the same one again,
/// with why, when the answer cannot be read).
pub(super) fn answer(editor: &mut Editor, ask: Ask, text: String, ctx: &Ctx) -> Option<Popup> {
    let item = editor.item;
    match ask {
        Ask::NewItem if !text.is_empty() => {
            let at = (item + 1).min(editor.meeting.agenda.len());
            let shape = super::undo::Shape::Inserted(at);
            if let Some(at) = editor.edit_shaped(shape, |m| edit::add_item(m, at, text)) {
                editor.select_item(at);
            }
        }
        Ask::ItemTitle if !text.is_empty() => {
            editor.edit(|m| edit::rename_item(m, item, text));
        }
        Ask::NewDecision if !text.is_empty() => {
            let number = editor.edit(|m| edit::add_decision(m, item, text))?;
            editor.select_element(&Element::Decision(number));
            // Straight on to its objective: an unlinked decision is flagged until it has one.
            return Some(Popup::Pick {
                choice: Choice::DecisionObjective(number),
                picker: objectives(ctx),
            });
        }
        Ask::DecisionText(n) if !text.is_empty() => {
            editor.edit(|m| edit::decision_mut(m, n).map(|d| d.text = text.into()));
        }
        Ask::NewAction if !text.is_empty() => {
            let picker = members(ctx, editor);
            return Some(Popup::Pick { choice: Choice::Owner(OwnerFor::New(text)), picker });
        }
        Ask::ActionText(n) if !text.is_empty() => {
            editor.edit(|m| edit::action_mut(m, n).map(|a| a.text = text.into()));
        }
        Ask::Votes(n) => return votes(editor, n, text, ctx),
        Ask::Due(due_for) => return due(editor, due_for, text),
        Ask::SaveElsewhere if !text.is_empty() => {
            editor.effects.push(Effect::SaveElsewhere(text.into()))
        }
        Ask::Guest if !text.is_empty() => {
            editor.edit(|m| edit::add_guest(m, text));
        }
        Ask::Times => return times(editor, text),
        Ask::Location => {
            editor.edit(|m| edit::set_location(m, text));
        }
        Ask::Date => return new_date(editor, text, ctx),
        Ask::FollowUpNote(r) => follow_up_note(editor, r, text),
        Ask::PublicSummary(n) => return super::closed::summary(editor, n, text),
        Ask::ConflictReason(who) => {
            let reason = Some(text).filter(|t| !t.is_empty());
            let conflict = Some(Movement::Conflict { reason });
            editor.edit(|m| edit::set_item_presence(m, item, &who, conflict));
        }
        Ask::QuorumNote(n) if !text.is_empty() => {
            editor.edit(|m| edit::decision_mut(m, n).map(|d| d.quorum_note = Some(text)));
        }
        _ => {}
    }
    None
}

/// A decision's votes typed: set, or asked again with what was typed and why (a refusal's
/// note, or that it is no count).
fn votes(editor: &mut Editor, n: u32, text: String, ctx: &Ctx) -> Option<Popup> {
    let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
    if is_unanimous(&text) {
        editor.edit(|m| edit::set_unanimous(m, n));
        return None;
    }
    let set =
        parse_votes(&text).map(|votes| editor.edit(|m| edit::set_votes(m, n, votes, members)));
    match set {
        Some(Some(())) => None,
        Some(None) => Some(Popup::input(Ask::Votes(n), &text)),
        None => {
            editor.note = Some(Note::BadVotes(text.clone()));
            Some(Popup::input(Ask::Votes(n), &text))
        }
    }
}

/// The meeting's times typed: set, or asked again with what was typed and why.
fn times(editor: &mut Editor, text: String) -> Option<Popup> {
    let Some((start, end)) = parse_span(&text) else {
        editor.note = Some(Note::BadTime(text.clone()));
        return Some(Popup::input(Ask::Times, &text));
    };
    editor.edit(|m| edit::set_times(m, start, end));
    None
}

/// The note of the follow-up of action `r`, wherever on the agenda it stands.
fn follow_up_note(editor: &mut Editor, r: ActionItemRef, text: String) {
    editor.edit(|m| {
        let status = m.follow_ups().find(|(_, f)| f.action == r).map(|(_, f)| f.status);
        let at = m.agenda.iter().position(|i| i.follow_ups.iter().any(|f| f.action == r));
        match (status, at) {
            (Some(s), Some(at)) => edit::set_follow_up(m, at, r, s, text),
            _ => Err(edit::EditError::NoSuchItem),
        }
    });
}

/// "unaniem", "eenparig" or "unanimous" (or their start, from three letters): adopted by
/// all, without counts.
fn is_unanimous(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.len() >= 3 && ["unaniem", "eenparig", "unanimous"].iter().any(|w| w.starts_with(&t))
}

/// "12 0 1" or "12/0/1": for, against, abstaining; empty takes the count away.
fn parse_votes(text: &str) -> Option<Option<Votes>> {
    if text.is_empty() {
        return Some(None);
    }
    let n: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match n[..] {
        [yes, no, abstain] => Some(Some(Votes { yes, no, abstain })),
        [yes, no] => Some(Some(Votes { yes, no, abstain: 0 })),
        _ => None,
    }
}

pub(super) fn due(editor: &mut Editor, due_for: DueFor, text: String) -> Option<Popup> {
    let today = chrono::Local::now().date_naive();
    let date = match text.as_str() {
        "" => None,
        typed => match parse_due(typed, today) {
            Some(d) => Some(d),
            None => {
                // Asked again, with what was typed, and why.
                editor.note = Some(Note::BadDate(text.clone()));
                return Some(Popup::input(Ask::Due(due_for), &text));
            }
        },
    };
    match due_for {
        DueFor::Action(n) => {
            editor.edit(|m| edit::action_mut(m, n).map(|a| a.due = date));
        }
        DueFor::New(text, owner) => {
            editor.add_action(text, owner, date);
        }
    }
    None
}

/// A pick answered: the edit it applies, or the next question. A pick of another kind than
/// the question asked for (no picker offers one) changes nothing.
pub(super) fn picked(
    editor: &mut Editor,
    choice: Choice,
    pick: Picked,
    ctx: &Ctx,
) -> Option<Popup> {
    match (choice, pick) {
        (Choice::DecisionObjective(n), Picked::Objective(objective)) => {
            editor.edit(|m| edit::toggle_objective(m, n, objective))?;
            return editor.ask_summary_of(n);
        }
        (Choice::ActionObjective(n), Picked::Objective(objective)) => {
            editor.edit(|m| edit::action_mut(m, n).map(|a| a.objective = Some(objective)));
        }
        (Choice::Owner(OwnerFor::Action(n)), Picked::Owner(owner)) => {
            editor.edit(|m| edit::action_mut(m, n).map(|a| a.owner = owner));
        }
        (Choice::Owner(OwnerFor::New(text)), Picked::Owner(owner)) => {
            return Some(Popup::input(Ask::Due(DueFor::New(text, owner)), ""));
        }
        (Choice::Amends(n), Picked::Decision(reference)) => {
            editor.edit(|m| edit::decision_mut(m, n).map(|d| d.amends = Some(reference)));
        }
        (Choice::Supersedes(n), Picked::Decision(reference)) => {
            editor.edit(|m| edit::decision_mut(m, n).map(|d| d.supersedes = Some(reference)));
        }
        (Choice::FollowUpAction, Picked::Action(reference)) => {
            let choice = Choice::FollowUpStatus(reference);
            return Some(Popup::Pick { choice, picker: statuses(ctx) });
        }
        (Choice::RoomMember, Picked::Member(who)) => {
            return Some(Popup::Pick { choice: Choice::Movement(who), picker: movements(ctx) });
        }
        (Choice::Movement(who), Picked::Movement(Some(Movement::Conflict { .. }))) => {
            return Some(Popup::drafted(editor, Ask::ConflictReason(who), ""));
        }
        (Choice::Movement(who), Picked::Movement(change)) => {
            let item = editor.item;
            editor.edit(|m| edit::set_item_presence(m, item, &who, change));
        }
        (Choice::Majority(n), Picked::Majority(majority)) => {
            let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
            editor.edit(|m| edit::set_majority(m, n, majority, members));
        }
        (Choice::FollowUpStatus(reference), Picked::Status(status)) => {
            let item = editor.item;
            let r = reference.clone();
            editor.edit(|m| edit::set_follow_up(m, item, r, status, String::new()))?;
            editor.select_element(&Element::FollowUp(reference.clone()));
            return Some(Popup::drafted(editor, Ask::FollowUpNote(reference), ""));
        }
        _ => {}
    }
    None
}

/// The meeting's new date: unreadable, on a day its body meets already, or with approved
/// minutes referring to it, asked again with why; else handed to the loop, which moves the
/// file.
fn new_date(editor: &mut Editor, text: String, ctx: &Ctx) -> Option<Popup> {
    let Some(date) = parse_due(&text, editor.meeting.date) else {
        editor.note = Some(Note::BadDate(text.clone()));
        return Some(Popup::input(Ask::Date, &text));
    };
    if date == editor.meeting.date {
        return None;
    }
    let others = ctx.folder.meetings.iter().map(|m| &m.value);
    if let Err(e) = crate::domain::redate::refuse_redate(&editor.meeting, date, others) {
        editor.note = Some(Note::Refused(e));
        return Some(Popup::input(Ask::Date, &text));
    }
    editor.effects.push(Effect::Redate(date));
    None
}
