//! The questions the editor asks on top of the screen: a line to type (an item's title, a
//! decision, a due date), something to pick (an objective, an owner, an open action), or a
//! yes/no. Answering applies the edit; some answers ask the next question (a new action item:
//! its text, then its owner, then its due date).

use super::answers::{answer, picked, skip, skip_pick};
use super::pickers::{
    Picked, decisions, majorities, members, objectives, open_actions, room, statuses,
};
use super::{Editor, Element, Note};
use crate::domain::due::format_span;
use crate::domain::ids::{ActionItemRef, MeetingId};
use crate::domain::meeting::Owner;
use crate::tui::ctx::Ctx;
use crate::tui::editor::keys::EditorAction;
use crate::tui::field::{Outcome, is_clear, yes_no};
use crate::tui::picker::Picker;
use chrono::Timelike;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

/// What a typed line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// The title of a new item below the selected one.
    NewItem,
    /// The selected item's new title.
    ItemTitle,
    /// The text of a new decision.
    NewDecision,
    /// A decision's new text.
    DecisionText(u32),
    /// The text of a new action item.
    NewAction,
    /// An action item's new text.
    ActionText(u32),
    /// A decision's votes, "12 0 1".
    Votes(u32),
    /// An action item's due date; for a new one, its text and owner come along.
    Due(DueFor),
    /// A guest's name.
    Guest,
    /// The meeting's start and end, "19:30-21:50".
    Times,
    /// Where the meeting is held.
    Location,
    /// The note of a follow-up.
    FollowUpNote(ActionItemRef),
    /// A file to write a copy to.
    SaveElsewhere,
    /// The meeting's new date.
    Date,
    /// The public summary of a closed item's decision.
    PublicSummary(u32),
    /// Why a member declares a conflict of interest at the selected item.
    ConflictReason(crate::domain::ids::MemberId),
    /// Why a decision taken without quorum stands.
    QuorumNote(u32),
}

impl Ask {
    /// Whether the text may have paragraphs (a decision's considerations, then the decision
    /// itself): Alt-Enter or Shift-Enter starts a new line, Enter answers.
    pub fn takes_paragraphs(&self) -> bool {
        matches!(self, Ask::NewDecision | Ask::DecisionText(_))
    }

    /// What was typed in `field` for this question: paragraphs kept where it takes them.
    fn typed(&self, field: &TextArea) -> String {
        field.lines().join(if self.takes_paragraphs() { "\n" } else { " " })
    }
}

/// Whose due date is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueFor {
    /// An existing action item.
    Action(u32),
    /// A new action item, not added until the date is answered (or skipped).
    New(String, crate::domain::meeting::Owner),
}

/// What a pick is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// An objective for a decision (added or taken away).
    DecisionObjective(u32),
    /// The objective of an action item.
    ActionObjective(u32),
    /// The owner of an action item; for a new one, its text.
    Owner(OwnerFor),
    /// The earlier decision a decision amends.
    Amends(u32),
    /// The earlier decision a decision supersedes.
    Supersedes(u32),
    /// An open action item to follow up.
    FollowUpAction,
    /// Where the followed-up action stands.
    FollowUpStatus(ActionItemRef),
    /// Who comes in, leaves or steps out at the selected item.
    RoomMember,
    /// What this member does at the selected item.
    Movement(crate::domain::ids::MemberId),
    /// The majority a decision needs.
    Majority(u32),
}

/// Whose owner is picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerFor {
    /// An existing action item.
    Action(u32),
    /// A new action item with this text.
    New(String),
}

/// A question on top of the editor.
pub enum Popup {
    /// A line to type.
    Input {
        /// What for.
        ask: Ask,
        /// The line (boxed: a textarea is large, and popups move around).
        field: Box<TextArea<'static>>,
        /// What the app offered in it (a draft typed over it is kept on Esc).
        offered: String,
    },
    /// Something to pick.
    Pick {
        /// What for.
        choice: Choice,
        /// The options.
        picker: Picker<Picked>,
    },
    /// Approve the previous minutes? (y/n); whether they were never sent (still a draft).
    ConfirmApproval(MeetingId, bool),
    /// Mark the minutes sent (false) or take that back (true)? (y/n)
    ConfirmSent(bool),
    /// Cancel the meeting (true) or take that back (false)? (y/n)
    ConfirmCancel(bool),
    /// Remove the meeting? (y/n)
    ConfirmRemove,
    /// The plan changes of a decision (see [`super::replan`]).
    Plan(Box<super::replan::PlanPopup>),
    /// Who voted how on a decision (boxed: it lists the members).
    Named(Box<super::named::NamedVotes>),
}

impl Popup {
    /// Whether keys type text in it.
    pub fn is_typing(&self) -> bool {
        if let Popup::Plan(p) = self {
            return p.is_typing();
        }
        !matches!(
            self,
            Popup::ConfirmApproval(..)
                | Popup::ConfirmSent(_)
                | Popup::ConfirmCancel(_)
                | Popup::ConfirmRemove
        )
    }

    /// Pasted text: one line of it into the field or the picker's query (all of it into a
    /// text that takes paragraphs).
    pub fn paste(&mut self, text: &str) {
        let line = text.lines().next().unwrap_or("");
        match self {
            Popup::Input { ask, field, .. } => {
                field.insert_str(if ask.takes_paragraphs() { text } else { line });
            }
            Popup::Pick { picker, .. } => line.chars().for_each(|c| picker.edit(Some(c))),
            Popup::Plan(p) => p.paste(text),
            Popup::ConfirmApproval(..)
            | Popup::ConfirmSent(_)
            | Popup::ConfirmCancel(_)
            | Popup::ConfirmRemove
            | Popup::Named(_) => {}
        }
    }

    /// Asks where to write a copy of `meeting`: the home folder is offered.
    pub fn save_elsewhere(editor: &Editor) -> Self {
        let home =
            directories::UserDirs::new().map(|d| d.home_dir().to_owned()).unwrap_or_default();
        let path = home.join(format!("{}.ron", editor.meeting.id));
        Popup::drafted(editor, Ask::SaveElsewhere, &path.display().to_string())
    }

    /// Asks where the open action `action` stands, to follow it up under the selected item.
    pub fn follow_up_status(action: ActionItemRef, ctx: &Ctx) -> Self {
        Popup::Pick { choice: Choice::FollowUpStatus(action), picker: statuses(ctx) }
    }

    /// Asks to approve `previous`, saying so when it was never sent.
    pub fn confirm_approval(previous: &crate::domain::meeting::Meeting) -> Self {
        let unsent = previous.status == crate::domain::meeting::MinutesStatus::Draft;
        Popup::ConfirmApproval(previous.id.clone(), unsent)
    }

    /// The question an action asks, if any.
    pub fn for_action(
        action: EditorAction,
        editor: &Editor,
        element: Option<&Element>,
        ctx: &Ctx,
    ) -> Option<Popup> {
        use EditorAction as A;
        let m = &editor.meeting;
        let item = m.agenda.get(editor.item);
        let input = |ask: Ask, text: &str| Some(Popup::drafted(editor, ask, text));
        let pick = |choice: Choice, picker: Picker<Picked>| Some(Popup::Pick { choice, picker });
        match (action, element) {
            (A::AddItem, _) => input(Ask::NewItem, ""),
            (A::RenameItem, _) => input(Ask::ItemTitle, &item?.title),
            (A::AddDecision, _) => item.and(input(Ask::NewDecision, "")),
            (A::AddAction, _) => item.and(input(Ask::NewAction, "")),
            (A::AddFollowUp, _) => {
                item.and(pick(Choice::FollowUpAction, open_actions(editor, ctx)))
            }
            (A::AddGuest, _) => input(Ask::Guest, ""),
            (A::Times, _) => input(Ask::Times, &span_offered(m)),
            (A::Location, _) => input(Ask::Location, m.location.as_deref().unwrap_or("")),
            (A::ChangeDate, _) => input(Ask::Date, &m.date.format("%Y-%m-%d").to_string()),
            (A::EditText, Some(Element::Decision(n))) => {
                let d = m.decisions().find(|(_, d)| d.number == *n)?.1;
                input(Ask::DecisionText(*n), &d.text)
            }
            (A::EditText, Some(Element::Action(n))) => {
                let a = m.action_items().find(|(_, a)| a.number == *n)?.1;
                input(Ask::ActionText(*n), &a.text)
            }
            (A::EditText, Some(Element::Open(r))) => Some(Popup::follow_up_status(r.clone(), ctx)),
            (A::EditText, Some(Element::FollowUp(r))) => {
                let f = m.follow_ups().find(|(_, f)| &f.action == r)?.1;
                input(Ask::FollowUpNote(r.clone()), &f.note)
            }
            (A::Votes, Some(Element::Decision(n))) => input(Ask::Votes(*n), ""),
            (A::Due, Some(Element::Action(n))) => input(Ask::Due(DueFor::Action(*n)), ""),
            (A::LinkObjective, Some(Element::Decision(n))) => {
                pick(Choice::DecisionObjective(*n), objectives(ctx))
            }
            (A::LinkObjective, Some(Element::Action(n))) => {
                pick(Choice::ActionObjective(*n), objectives(ctx))
            }
            (A::Owner, Some(Element::Action(n))) => {
                pick(Choice::Owner(OwnerFor::Action(*n)), members(ctx, editor))
            }
            (A::Amends, Some(Element::Decision(n))) => pick(Choice::Amends(*n), decisions(ctx)),
            (A::Supersedes, Some(Element::Decision(n))) => {
                pick(Choice::Supersedes(*n), decisions(ctx))
            }
            (A::ItemPresence, _) => item.and(pick(Choice::RoomMember, room(ctx, editor))),
            (A::Majority, Some(Element::Decision(n))) => {
                pick(Choice::Majority(*n), majorities(ctx))
            }
            _ => None,
        }
    }

    pub(super) fn input(ask: Ask, text: &str) -> Popup {
        let mut field = TextArea::new(text.split('\n').map(str::to_owned).collect());
        if ask.takes_paragraphs() {
            field.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        }
        field.move_cursor(ratatui_textarea::CursorMove::Bottom);
        field.move_cursor(ratatui_textarea::CursorMove::End);
        Popup::Input { ask, field: Box::new(field), offered: text.to_owned() }
    }

    /// A line offering `text`, or the draft left in it by an earlier Esc.
    pub(super) fn drafted(editor: &Editor, ask: Ask, text: &str) -> Popup {
        let draft = editor.drafts.iter().find(|(a, _)| a == &ask).map(|(_, d)| d.clone());
        let mut popup = Popup::input(ask, draft.as_deref().unwrap_or(text));
        if let Popup::Input { offered, .. } = &mut popup {
            text.clone_into(offered);
        }
        popup
    }
}

/// The meeting's times as they stand; a missing start or end offered as now, so that one
/// key and Enter record when the meeting began, and later when it closed.
fn span_offered(m: &crate::domain::meeting::Meeting) -> String {
    let now = chrono::Local::now().time().with_second(0).and_then(|t| t.with_nanosecond(0));
    match (m.start, m.end) {
        (None, end) => format_span(now, end),
        (Some(start), None) => format_span(Some(start), now.filter(|n| *n >= start)),
        (start, end) => format_span(start, end),
    }
}

/// A key while a question is open: Enter answers, Esc skips, everything else types or picks.
pub fn handle_key(editor: &mut Editor, key: KeyEvent, ctx: &Ctx) {
    let Some(popup) = editor.popup.take() else { return };
    editor.popup = match popup {
        Popup::Input { ask, field, offered } => typed(editor, ask, field, offered, key, ctx),
        Popup::Pick { choice, picker } => pick(editor, choice, picker, key, ctx),
        Popup::Plan(p) => super::replan::handle_key(editor, p, key, ctx).map(Popup::Plan),
        Popup::Named(list) => super::named::handle(editor, *list, key, ctx),
        question => confirm(editor, question, key, ctx),
    };
}

/// A key in a j/n question: yes does what it asks, no drops it, any other key leaves it
/// open with a hint.
fn confirm(editor: &mut Editor, question: Popup, key: KeyEvent, ctx: &Ctx) -> Option<Popup> {
    let Some(yes) = yes_no(&key) else {
        editor.note = Some(Note::YesOrNo);
        return Some(question);
    };
    if yes {
        match question {
            Popup::ConfirmApproval(previous, _) => editor.approve(&previous, ctx),
            Popup::ConfirmRemove => {
                editor.store_minutes();
                editor.effects.push(crate::tui::effect::Effect::RemoveMeeting);
            }
            Popup::ConfirmCancel(cancel) => editor.set_cancelled(cancel),
            Popup::ConfirmSent(unsend) => editor.set_sent(!unsend),
            Popup::Input { .. } | Popup::Pick { .. } | Popup::Plan(_) | Popup::Named(_) => {}
        }
    }
    None
}

/// A key in a typed line: Enter answers (Alt- or Shift-Enter starts a paragraph where the
/// answer takes them), Esc skips and keeps what was typed over the offer as a draft, Ctrl-U
/// clears, the rest types.
fn typed(
    editor: &mut Editor,
    ask: Ask,
    mut field: Box<TextArea<'static>>,
    offered: String,
    key: KeyEvent,
    ctx: &Ctx,
) -> Option<Popup> {
    match key.code {
        KeyCode::Enter
            if ask.takes_paragraphs()
                && key.modifiers.intersects(KeyModifiers::ALT | KeyModifiers::SHIFT) =>
        {
            field.insert_newline();
            Some(Popup::Input { ask, field, offered })
        }
        KeyCode::Tab if matches!(ask, Ask::Votes(_)) => {
            // The second step: the vote by name; what was typed here is not needed there.
            let Ask::Votes(n) = ask else { return None };
            let list = super::named::NamedVotes::open(editor, n, ctx)?;
            Some(Popup::Named(Box::new(list)))
        }
        KeyCode::Esc => {
            // What was typed over the offer stays, for the next time this is asked.
            let typed = ask.typed(&field);
            let changed = typed.trim() != offered.trim();
            editor.keep_draft(&ask, if changed { typed } else { String::new() });
            skip(editor, ask)
        }
        KeyCode::Enter => {
            editor.keep_draft(&ask, String::new());
            let text = ask.typed(&field).trim().to_owned();
            answer(editor, ask, text, ctx)
        }
        _ if is_clear(&key) => {
            Some(Popup::Input { ask, field: Box::new(TextArea::default()), offered })
        }
        _ => {
            // One line: Enter answers, so the textarea never sees it.
            if !(key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('m')) {
                field.input(key);
            }
            Some(Popup::Input { ask, field, offered })
        }
    }
}

/// A key in a pick: the picker's own rules; an owner is a member or a guest by name, never a
/// guess at another member: a name nobody answers to is someone from outside, by that name.
fn pick(
    editor: &mut Editor,
    choice: Choice,
    mut picker: Picker<Picked>,
    key: KeyEvent,
    ctx: &Ctx,
) -> Option<Popup> {
    let owner = matches!(choice, Choice::Owner(_));
    match picker.handle_key(key, owner) {
        Outcome::Chosen(pick) => picked(editor, choice, pick, ctx),
        Outcome::Cancelled => skip_pick(editor, choice),
        Outcome::Pending if key.code == KeyCode::Enter && owner => match picker.query.trim() {
            "" => Some(Popup::Pick { choice, picker }),
            name => {
                let outside = Picked::Owner(Owner::Outside(name.to_owned()));
                picked(editor, choice, outside, ctx)
            }
        },
        Outcome::Pending => {
            if key.code == KeyCode::Enter && !picker.query.is_empty() {
                editor.note = Some(Note::NotAMember(picker.query.clone()));
            }
            Some(Popup::Pick { choice, picker })
        }
    }
}
