//! The minutes editor: the secretary takes a meeting from the keyboard. The meeting (a domain
//! value) is the truth; every edit goes through `domain::edit` and marks it changed, and the
//! event loop hands the changed meeting to the autosaver. Nothing here touches the disk.

mod answers;
pub mod change;
mod changes;
mod closed;
pub mod find;
pub mod keys;
mod minutes;
mod moves;
pub mod named;
pub mod pane;
mod pickers;
pub mod popup;
pub mod preview;
pub mod replan;
pub mod replan_build;
mod standing;
pub mod undo;
pub mod view;

use super::ctx::Ctx;
use super::effect::Effect;
use crate::domain::edit::{self, EditError};
use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::Meeting;
use crate::domain::strings::template;
use crate::store::editing::{Failure, ReadOnly};
use keys::{EditorAction, Focus};
use popup::Popup;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::path::PathBuf;
use undo::TextUndo;

/// One of the selected item's decisions, action items or follow-ups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A decision, by number.
    Decision(u32),
    /// An action item, by number.
    Action(u32),
    /// A follow-up, by the action item it follows up.
    FollowUp(ActionItemRef),
    /// An open action item of the body, listed under the follow-up item until it is followed
    /// up here.
    Open(ActionItemRef),
}

/// A message to the secretary after a key: what was refused and why, or what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// An edit was refused.
    Refused(EditError),
    /// The meeting is read-only here.
    ReadOnly,
    /// The previous minutes were approved.
    Approved(String),
    /// No earlier minutes of this body to approve.
    NothingToApprove,
    /// The minutes were marked sent.
    Sent,
    /// The minutes are a draft again.
    Unsent,
    /// The meeting moved to another date (its new id), or could not, with why.
    Redated(Result<String, Failure>),
    /// The meeting is marked cancelled (true) or held after all (false).
    Cancelled(bool),
    /// A due date that could not be read.
    BadDate(String),
    /// A meeting's times that could not be read.
    BadTime(String),
    /// A vote count that could not be read.
    BadVotes(String),
    /// A copy was written here.
    SavedElsewhere(PathBuf),
    /// The copy could not be written, with why.
    NotSavedElsewhere(Failure),
    /// A new action item needs an owner; it was not added.
    NoOwner,
    /// A key that does nothing where the keys go now.
    UnknownKey(char),
    /// Not closed: the newest text is neither in the folder nor in a copy elsewhere.
    NotKept,
    /// The approved earlier minutes could not be saved (yet), with why.
    ApprovalNotSaved(String, Failure),
    /// Nothing (more) to undo or redo.
    NothingToUndo,
    /// What was typed in a question left with Esc is kept: asking it again offers it.
    DraftKept,
    /// Find: the minutes do not hold this.
    NotFound(String),
    /// A yes/no question takes j, y, n or Esc only.
    YesOrNo,
    /// No member answers to this name (an owner is never guessed).
    NotAMember(String),
    /// About the plan changes of a decision.
    Plan(replan::PlanNote),
    /// A vote by name left with Esc: the names set were not recorded.
    NamesNotKept,
    /// Only a closed item's decision has a public description.
    NotClosed,
}

/// The editor's state.
pub struct Editor {
    /// The meeting as edited.
    pub meeting: Meeting,
    /// Its file, relative to the folder.
    pub rel: PathBuf,
    /// Where the keys go.
    pub focus: Focus,
    /// The selected agenda item.
    pub item: usize,
    /// The selected element of the item.
    pub element: usize,
    /// The selected attendance line.
    pub attendee: usize,
    /// The minutes of the selected item, as typed.
    pub minutes: pane::Pane,
    /// The undo groups of the minutes being typed.
    text_undo: TextUndo,
    /// Where the minutes' view starts.
    pub view: view::View,
    /// Find in the minutes: the query, whether its line is open, the last hit.
    pub find: find::Find,
    /// The minutes as they will be sent, shown over the editor.
    pub preview: Option<preview::Preview>,
    /// The structural edits of this session, to undo.
    structure: undo::Structural,
    /// What was typed in questions left with Esc, offered when they are asked again.
    drafts: Vec<(popup::Ask, String)>,
    /// The body's open action items when the selected item is the follow-up item of the
    /// body's standard agenda (refreshed after each key that is not typing).
    open: Vec<ActionItemRef>,
    /// A question on top: a text to type, something to pick, a yes or no.
    pub popup: Option<Popup>,
    /// Why the meeting is read-only here (approved, locked by someone, newer schema).
    pub read_only: Option<ReadOnly>,
    /// The message of the last key.
    pub note: Option<Note>,
    /// Whether the help is shown.
    pub help: bool,
    /// How far the help is scrolled down.
    pub help_scroll: u16,
    /// Whether the meeting changed since the loop last took it.
    changed: bool,
    /// Keys typed in the minutes that the meeting does not hold yet, and when it last took
    /// them: see [`Editor::take_changed`].
    minutes_typed: bool,
    synced: std::time::Instant,
    /// The textareas of items typed in before, by place, so that going back to one keeps its
    /// cursor and undo history.
    parked: std::collections::HashMap<usize, (pane::Pane, TextUndo, view::View)>,
    /// Whether a copy of the newest content was written elsewhere.
    pub copied: bool,
    /// Who took the lock over (the header says so): typing goes on, into this app's
    /// conflict copy.
    pub taken_over: Option<Box<crate::store::lock::LockInfo>>,
    /// Whether someone else changed the meeting's file while it is open here: it is not
    /// written over (the saver refuses), and the header says so.
    pub changed_on_disk: bool,
    /// What the keys since the router last looked asked of the rest of the app (save an
    /// approved meeting, save elsewhere, move, remove, close): taken by [`Editor::take_effects`].
    effects: Vec<Effect>,
    /// The body's standing for the selected item, kept for the header between edits.
    standing: standing::KeptStanding,
}

impl Editor {
    /// An editor on `meeting`, stored at `rel`; read-only with the reason when given.
    pub fn new(meeting: Meeting, rel: PathBuf, read_only: Option<ReadOnly>) -> Self {
        let mut editor = Self {
            minutes: pane::Pane::default(),
            text_undo: TextUndo::default(),
            view: view::View::default(),
            find: find::Find::default(),
            preview: None,
            structure: undo::Structural::default(),
            drafts: Vec::new(),
            open: Vec::new(),
            meeting,
            rel,
            focus: Focus::Agenda,
            item: 0,
            element: 0,
            attendee: 0,
            popup: None,
            read_only,
            note: None,
            help: false,
            help_scroll: 0,
            changed: false,
            minutes_typed: false,
            synced: std::time::Instant::now(),
            parked: std::collections::HashMap::new(),
            changed_on_disk: false,
            copied: false,
            taken_over: None,
            effects: Vec::new(),
            standing: standing::KeptStanding::default(),
        };
        editor.load_minutes();
        editor
    }

    /// What the keys handled since the last call asked of the rest of the app, in order.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Whether the meeting changed since the last call (and forgets it). The minutes typed go
    /// into the meeting here rather than on every key; for a large item (see [`BIG_ITEM`]) at
    /// most every [`SYNC_TYPED`]: putting a 10 MB item's lines together costs milliseconds.
    pub fn take_changed(&mut self) -> bool {
        let big = self.meeting.agenda.get(self.item).is_some_and(|i| i.minutes.len() > BIG_ITEM);
        if self.minutes_typed && (!big || self.synced.elapsed() >= SYNC_TYPED) {
            self.store_minutes();
        }
        std::mem::take(&mut self.changed)
    }

    /// The elements of the selected item: decisions, then action items, then follow-ups.
    pub fn elements(&self) -> Vec<Element> {
        let Some(item) = self.meeting.agenda.get(self.item) else { return Vec::new() };
        let decisions = item.decisions.iter().map(|d| Element::Decision(d.number));
        let actions = item.actions.iter().map(|a| Element::Action(a.number));
        let follow_ups = item.follow_ups.iter().map(|f| Element::FollowUp(f.action.clone()));
        let followed: Vec<&ActionItemRef> =
            self.meeting.follow_ups().map(|(_, f)| &f.action).collect();
        let open = self.open.iter().filter(|r| !followed.contains(r)).cloned().map(Element::Open);
        decisions.chain(actions).chain(follow_ups).chain(open).collect()
    }

    /// Lists the body's open action items under the selected item when it is the follow-up
    /// item of the body's standard agenda (by its title, in either language).
    fn refresh_open(&mut self, ctx: &Ctx) {
        self.open.clear();
        let m = &self.meeting;
        let Some(title) = m.agenda.get(self.item).map(|i| i.title.as_str()) else { return };
        let own = ctx.folder.members.as_ref().and_then(|ms| ms.value.agenda_of(&m.body));
        let standard = [crate::i18n::Lang::Nl, crate::i18n::Lang::En].map(template).concat();
        let is_follow_up = |t: &crate::domain::organisation::TemplateItem| matches!(t, crate::domain::organisation::TemplateItem::FollowUp(f) if f == title);
        if own.unwrap_or(&standard).iter().any(is_follow_up) {
            // Open ones, and those whose owner reported on them since: to confirm here.
            let earlier = ctx.index.actions.iter().filter(|a| a.body == m.body && a.date < m.date);
            let listed = earlier.filter(|a| {
                a.status() == crate::index::actions::ActionStatus::Open
                    || ctx.owner_report(a).is_some()
            });
            self.open = listed.map(|a| a.reference.clone()).collect();
        }
    }

    /// A key press.
    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) {
        self.note = None;
        if self.help {
            // The help scrolls as the browser's does where it does not fit; any other key
            // closes it.
            let lines = keys::bindings(self.focus).len();
            match crate::tui::help::Step::of_key(key.code) {
                Some(step) => {
                    self.help_scroll = crate::tui::help::scrolled(self.help_scroll, step, lines)
                }
                None => (self.help, self.help_scroll) = (false, 0),
            }
            return;
        }
        if self.popup.is_some() {
            popup::handle_key(self, key, ctx);
        } else if self.preview.is_some() {
            self.preview_key(key, 10);
        } else if self.find.open {
            self.find_key(key);
        } else {
            match keys::action_for(key, self.focus) {
                Some(action) => self.update(action, ctx),
                None if self.focus == Focus::Minutes => self.type_minutes(key),
                None => {
                    if let KeyCode::Char(c) = key.code {
                        self.note = Some(Note::UnknownKey(c));
                    }
                }
            }
        }
        // Not while typing minutes: a keystroke there never looks through the index.
        if self.focus != Focus::Minutes {
            self.refresh_open(ctx);
        }
    }

    /// Applies an action.
    pub fn update(&mut self, action: EditorAction, ctx: &Ctx) {
        use EditorAction as A;
        match action {
            A::Up | A::Down | A::WriteMinutes | A::Leave | A::SwitchPane | A::Attendance => {
                self.navigate(action)
            }
            A::AddItem
            | A::RenameItem
            | A::AddDecision
            | A::AddAction
            | A::AddFollowUp
            | A::Votes
            | A::Due
            | A::EditText
            | A::AddGuest
            | A::Times
            | A::Location
            | A::ChangeDate
            | A::LinkObjective
            | A::Owner
            | A::Amends
            | A::Supersedes
            | A::ItemPresence
            | A::Majority => self.ask(action, ctx),
            A::PlanChange => self.ask_plan_change(ctx),
            A::SaveElsewhere => {
                self.store_minutes();
                self.popup = Some(Popup::save_elsewhere(self));
            }
            A::RemoveItem => self.remove_item(),
            A::MoveUp | A::MoveDown => self.move_item(action == A::MoveUp),
            A::ApprovePrevious => self.ask_approval(ctx),
            A::MarkSent => self.ask_sent(ctx),
            A::Cancel => self.ask_cancel(),
            A::RemoveMeeting => self.ask_remove(),
            A::CycleOutcome => self.cycle_outcome(ctx),
            A::RemoveElement => self.remove_element(),
            A::CyclePresence | A::Present | A::Excused | A::Absent => self.presence(action),
            A::RemoveGuest => self.remove_guest(),
            A::TimeStamp => {
                let stamp = edit::stamp(chrono::Local::now().time());
                self.insert_minutes(&stamp);
            }
            A::Undo | A::Redo if self.focus != Focus::Minutes => {
                self.undo_structure(action == A::Redo)
            }
            A::Undo | A::Redo => self.undo_typing(action == A::Redo),
            A::Find => self.open_find(),
            A::Preview => self.open_preview(ctx),
            A::ToggleClosed => self.toggle_closed(),
            A::PublicSummary => self.edit_summary(),
            A::FindNext | A::FindPrevious if self.find.query.is_empty() => self.open_find(),
            A::FindNext | A::FindPrevious => self.find_step(action == A::FindNext),
            A::Help => self.help = true,
            A::Close => {
                self.store_minutes();
                self.effects.push(Effect::CloseEditor);
            }
        }
    }

    /// `p` on a decision: its plan changes, or why not (the plan holds them already).
    fn ask_plan_change(&mut self, ctx: &Ctx) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        let Some(Element::Decision(n)) = self.selected_element() else { return };
        self.store_minutes();
        match replan::PlanPopup::open(self, n, ctx) {
            Ok(p) => self.popup = Some(Popup::Plan(Box::new(p))),
            Err(why) => self.note = Some(Note::Plan(why)),
        }
    }

    fn ask(&mut self, action: EditorAction, ctx: &Ctx) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        self.store_minutes();
        let element = self.selected_element();
        self.popup = Popup::for_action(action, self, element.as_ref(), ctx);
    }

    /// Whether keys type text (in the minutes or a question), so that letters are not
    /// commands.
    pub fn is_typing(&self) -> bool {
        self.focus == Focus::Minutes
            || self.find.open
            || self.popup.as_ref().is_some_and(Popup::is_typing)
    }
}

/// An item this large (bytes) takes the minutes typed at most every [`SYNC_TYPED`].
pub const BIG_ITEM: usize = 256 * 1024;

/// How often a large item's minutes typed go into the meeting while typing goes on (the saver
/// takes them from there at most every 300 ms): well within the second a save may lag.
pub const SYNC_TYPED: std::time::Duration = std::time::Duration::from_millis(200);
