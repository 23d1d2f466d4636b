//! What the secretary can do in the minutes editor, and the keys that do it: one table per
//! focus that both handles the keys and writes the help and the key bar.

use crate::tui::keys::{Binding, bind_when};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The agenda: items and what to add to them.
    Agenda,
    /// The minutes of the selected item: every key types.
    Minutes,
    /// The decisions, action items and follow-ups of the selected item.
    Elements,
    /// Who was there.
    Attendance,
}

/// A secretary's intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorAction {
    /// Previous line.
    Up,
    /// Next line.
    Down,
    /// Write the minutes of the selected item.
    WriteMinutes,
    /// Stop typing, back to the agenda.
    Leave,
    /// Between the agenda and the item's decisions and actions.
    SwitchPane,
    /// A new agenda item below the selected one.
    AddItem,
    /// Rename the selected item.
    RenameItem,
    /// Remove the selected item (only when it holds no decisions, actions or follow-ups).
    RemoveItem,
    /// Move the selected item up.
    MoveUp,
    /// Move the selected item down.
    MoveDown,
    /// A decision under the selected item.
    AddDecision,
    /// An action item under the selected item.
    AddAction,
    /// A follow-up of an earlier open action item.
    AddFollowUp,
    /// Attendance.
    Attendance,
    /// Approve the previous minutes of this body.
    ApprovePrevious,
    /// Mark the minutes sent (every decision must serve an objective).
    MarkSent,
    /// When the meeting began and ended (the end offered as now).
    Times,
    /// Where the meeting is held.
    Location,
    /// Decision or action: link an objective.
    LinkObjective,
    /// Decision: the next outcome; follow-up: the next status.
    CycleOutcome,
    /// Decision: the vote count.
    Votes,
    /// Decision: amends an earlier decision.
    Amends,
    /// Decision: supersedes an earlier decision.
    Supersedes,
    /// Action item: its owner.
    Owner,
    /// Action item: its due date.
    Due,
    /// Edit the selected element's text (or a follow-up's note).
    EditText,
    /// Remove the selected element.
    RemoveElement,
    /// Attendance: present, excused, absent in turn.
    CyclePresence,
    /// Attendance: present.
    Present,
    /// Attendance: excused.
    Excused,
    /// Attendance: absent.
    Absent,
    /// Attendance: a guest by name.
    AddGuest,
    /// Attendance: remove the selected guest.
    RemoveGuest,
    /// Minutes: the time, as a stamp.
    TimeStamp,
    /// Minutes: undo.
    Undo,
    /// Minutes: redo.
    Redo,
    /// The keys of this focus.
    Help,
    /// Write the meeting to another file (when the folder refuses it).
    SaveElsewhere,
    /// Close the editor (everything is saved).
    Close,
    /// Mark the meeting cancelled (or held after all).
    Cancel,
    /// Remove the meeting (an empty draft created by mistake).
    RemoveMeeting,
    /// Move the meeting to another date (its file and id follow).
    ChangeDate,
    /// Find in the minutes of every item.
    Find,
    /// Find: the next hit.
    FindNext,
    /// Find: the previous hit.
    FindPrevious,
    /// Show the minutes as they will be sent.
    Preview,
    /// Mark the selected item closed (besloten), or public again.
    ToggleClosed,
    /// Who comes in, leaves or steps out at the selected item (a conflict of interest too).
    ItemPresence,
    /// Decision: the majority it needs (the body's, simple, two thirds, absolute).
    Majority,
    /// Decision: the changes it makes to the plan.
    PlanChange,
    /// Edit the public description of a closed item's decision.
    PublicSummary,
}

/// One binding of the editor: the shared key-table type, `when` saying whether Ctrl is held.
pub type EditorBinding = Binding<EditorAction, bool>;

const fn key(keys: &'static [KeyCode], label: &'static str, action: EditorAction) -> EditorBinding {
    bind_when(keys, label, action, false)
}

const fn ctrl(
    keys: &'static [KeyCode],
    label: &'static str,
    action: EditorAction,
) -> EditorBinding {
    bind_when(keys, label, action, true)
}

use EditorAction as A;
use KeyCode as K;

const MOVE: [EditorBinding; 2] =
    [key(&[K::Up, K::Char('k')], "↑ k", A::Up), key(&[K::Down, K::Char('j')], "↓ j", A::Down)];

/// The agenda's keys.
pub const AGENDA: &[EditorBinding] = &[
    MOVE[0],
    MOVE[1],
    key(&[K::Enter, K::Char('i')], "Enter i", A::WriteMinutes),
    key(&[K::Char('/')], "/", A::Find),
    key(&[K::F(3)], "F3", A::FindNext),
    key(&[K::F(3)], "⇧F3", A::FindPrevious),
    key(&[K::Tab], "Tab", A::SwitchPane),
    key(&[K::Char('b')], "b", A::AddDecision),
    key(&[K::Char('a')], "a", A::AddAction),
    key(&[K::Char('o')], "o", A::AddFollowUp),
    key(&[K::Char('p')], "p", A::Attendance),
    key(&[K::Char('n')], "n", A::AddItem),
    key(&[K::Char('r')], "r", A::RenameItem),
    key(&[K::Delete], "Del", A::RemoveItem),
    key(&[K::Char('K')], "K", A::MoveUp),
    key(&[K::Char('J')], "J", A::MoveDown),
    key(&[K::Char('g')], "g", A::ApprovePrevious),
    key(&[K::Char('s')], "s", A::MarkSent),
    key(&[K::Char('t')], "t", A::Times),
    key(&[K::Char('l')], "l", A::Location),
    key(&[K::Char('e')], "e", A::SaveElsewhere),
    key(&[K::Char('X')], "X", A::Cancel),
    key(&[K::Char('V')], "V", A::RemoveMeeting),
    key(&[K::Char('D')], "D", A::ChangeDate),
    key(&[K::Char('P')], "P", A::Preview),
    key(&[K::Char('B')], "B", A::ToggleClosed),
    key(&[K::Char('z')], "z", A::ItemPresence),
    ctrl(&[K::Char('z')], "Ctrl-Z", A::Undo),
    ctrl(&[K::Char('y')], "Ctrl-Y", A::Redo),
    key(&[K::Char('?')], "?", A::Help),
    key(&[K::Esc, K::Char('q')], "Esc q", A::Close),
];

/// The keys while typing minutes; every other key types.
pub const MINUTES: &[EditorBinding] = &[
    key(&[K::Esc], "Esc", A::Leave),
    ctrl(&[K::Char('t')], "Ctrl-T", A::TimeStamp),
    ctrl(&[K::Char('z'), K::Char('u')], "Ctrl-Z", A::Undo),
    ctrl(&[K::Char('y'), K::Char('r')], "Ctrl-Y", A::Redo),
    ctrl(&[K::Char('f')], "Ctrl-F", A::Find),
    key(&[K::F(3)], "F3", A::FindNext),
    key(&[K::F(3)], "⇧F3", A::FindPrevious),
];

/// The keys on the item's decisions, action items and follow-ups.
pub const ELEMENTS: &[EditorBinding] = &[
    MOVE[0],
    MOVE[1],
    key(&[K::Tab, K::Esc], "Tab Esc", A::SwitchPane),
    key(&[K::Enter], "Enter", A::EditText),
    key(&[K::Char('/')], "/", A::Find),
    key(&[K::F(3)], "F3", A::FindNext),
    key(&[K::F(3)], "⇧F3", A::FindPrevious),
    key(&[K::Char('d')], "d", A::LinkObjective),
    key(&[K::Char('u')], "u", A::CycleOutcome),
    key(&[K::Char('v')], "v", A::Votes),
    key(&[K::Char('m')], "m", A::Majority),
    key(&[K::Char('p')], "p", A::PlanChange),
    key(&[K::Char('w')], "w", A::Amends),
    key(&[K::Char('x')], "x", A::Supersedes),
    key(&[K::Char('e')], "e", A::Owner),
    key(&[K::Char('t')], "t", A::Due),
    key(&[K::Delete], "Del", A::RemoveElement),
    key(&[K::Char('b')], "b", A::AddDecision),
    key(&[K::Char('a')], "a", A::AddAction),
    key(&[K::Char('o')], "o", A::AddFollowUp),
    ctrl(&[K::Char('z')], "Ctrl-Z", A::Undo),
    ctrl(&[K::Char('y')], "Ctrl-Y", A::Redo),
    key(&[K::Char('?')], "?", A::Help),
    key(&[K::Char('B')], "B", A::PublicSummary),
];

/// The attendance's keys.
pub const ATTENDANCE: &[EditorBinding] = &[
    MOVE[0],
    MOVE[1],
    key(&[K::Char(' '), K::Enter], "Space Enter", A::CyclePresence),
    key(&[K::Char('a')], "a", A::Present),
    key(&[K::Char('v')], "v", A::Excused),
    key(&[K::Char('x')], "x", A::Absent),
    key(&[K::Char('n')], "n", A::AddGuest),
    key(&[K::Delete], "Del", A::RemoveGuest),
    ctrl(&[K::Char('z')], "Ctrl-Z", A::Undo),
    ctrl(&[K::Char('y')], "Ctrl-Y", A::Redo),
    key(&[K::Char('?')], "?", A::Help),
    key(&[K::Esc, K::Char('q')], "Esc q", A::Leave),
];

/// The table of a focus.
pub fn bindings(focus: Focus) -> &'static [EditorBinding] {
    match focus {
        Focus::Agenda => AGENDA,
        Focus::Minutes => MINUTES,
        Focus::Elements => ELEMENTS,
        Focus::Attendance => ATTENDANCE,
    }
}

/// The action of a key press in `focus`, if any.
pub fn action_for(key: KeyEvent, focus: Focus) -> Option<EditorAction> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let action = bindings(focus)
        .iter()
        .find(|b| b.when == ctrl && b.keys.contains(&key.code))
        .map(|b| b.action);
    // Shift-F3 shares its key with F3 in the tables (they have no Shift): back, not on.
    match action {
        Some(EditorAction::FindNext) if key.modifiers.contains(KeyModifiers::SHIFT) => {
            Some(EditorAction::FindPrevious)
        }
        action => action,
    }
}
