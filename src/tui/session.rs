//! The whole app's state: which layer is on top (browsing with its questions, the editor,
//! the conflicts view), who the user is, and the short questions asked while browsing (who
//! am I, a new meeting's body, day, time and place). Keys come back as effects (`effect`)
//! for `effects::apply` to carry out; nothing here touches the disk.

use super::app::App;
use super::conflicts::ConflictsView;
use super::ctx::Ctx;
use super::editor::Editor;
use super::effect::Effect;
pub use super::effect::Intent;
use super::field::LineField;
use super::picker::{PickOption, Picker};
use crate::domain::ids::{BodyId, MeetingId, MemberId};
use crate::store::lock::LockInfo;
use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

pub use super::field::{is_clear, yes_no};

mod answer;
pub mod plan_edit;
pub mod report;
use answer::{date_prompt, member_picker};

/// A short question while browsing.
pub enum Prompt {
    /// Who are you? (asked once; remembered in the config file)
    WhoAmI(Intent, Picker<MemberId>),
    /// Of which body is the new meeting?
    Body(Picker<BodyId>),
    /// On which day?
    Date(BodyId, LineField),
    /// A meeting of this body on that day exists already: open it? (j: open, n/Esc: another
    /// day, the date field as typed)
    Exists(BodyId, MeetingId, NaiveDate, LineField),
    /// At what time?
    Start(BodyId, NaiveDate, LineField),
    /// Where?
    Location(BodyId, NaiveDate, Option<chrono::NaiveTime>, LineField),
    /// Someone holds the lock on this meeting: take it over? (j/n; n reads)
    TakeOver(MeetingId, Box<LockInfo>),
    /// A Syncthing folder: add the app's temp-file patterns to `.stignore`? (j/n)
    StIgnore,
    /// A member reports on their own action item: status and note.
    Report(Box<report::ReportPopup>),
    /// The plan's writer changes the plan: which action, what, the value, the decision.
    Plan(Box<plan_edit::PlanEdit>),
}

/// Which layer is on top and gets the keys: the one value the key router, the draw dispatch
/// and the loop look at.
pub enum Layer {
    /// Browsing, with its overlays (a question, the search bar, a picker, the help).
    Browse,
    /// A meeting open in the editor.
    Edit(Box<Editor>),
    /// The conflict copies being looked at.
    Conflicts(Box<ConflictsView>),
}

/// What lies over the browser, at most one at a time as far as the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the browser's keys.
    None,
    /// A question of the session's.
    Prompt,
    /// The picker (an objective filter, a link to follow).
    Picker,
    /// The search bar.
    Search,
    /// The help.
    Help,
    /// Words typed into a list's text filter.
    Filter,
}

/// A message on the status line while browsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Only the body's secretary writes its minutes; the user's name as known.
    NotSecretary(String),
    /// The user said who they are.
    Identified(String),
    /// Not a date.
    BadDate(String),
    /// Not a time.
    BadTime(String),
    /// A yes/no question takes j, y, n or Esc only.
    YesOrNo,
    /// A key that does nothing on this screen.
    UnknownKey(char),
    /// The meeting is open elsewhere or could not be opened; the reason is shown.
    CannotOpen(crate::store::editing::Failure),
    /// The editor's version was kept as a conflict copy beside someone else's, here.
    KeptAsCopy(String),
    /// The meeting's file was removed while it was open; the editor's version is back there.
    PutBack(String),
    /// `.stignore` was extended, or could not be, with why.
    StIgnore(Result<(), String>),
    /// The meeting was removed (put aside here), or could not be, with why.
    Removed(Result<String, crate::store::editing::Failure>),
    /// This (an id, a code) was sent to the clipboard.
    Copied(String),
    /// The user may not report on this action item: why, in words.
    NotYours(String),
    /// The user's report on this action item was written to this file, or why not.
    Reported(Result<(String, String), String>),
    /// Only the plan's writer edits it: their name (`None`: the plan names nobody).
    NotPlanWriter(Option<String>),
    /// The plan was changed (what), or not (why, in words).
    PlanWritten(Result<String, String>),
    /// Actions sit under an operational objective only.
    OnlyOperational,
}

/// What the app knows of the shared folder, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncState {
    /// The folder cannot be watched: changes made elsewhere show only after the app's own.
    pub unwatched: bool,
    /// When changes made elsewhere were last loaded.
    pub updated: Option<chrono::NaiveTime>,
}

/// The app's state.
pub struct Session {
    /// Browsing (kept while another layer is on top, to come back to).
    pub app: App,
    /// Which layer is on top.
    pub layer: Layer,
    /// A question while browsing.
    pub prompt: Option<Prompt>,
    /// Who the user is.
    pub me: Option<MemberId>,
    /// The message of the last key while browsing.
    pub notice: Option<Notice>,
    /// The shared folder's state, for the status line.
    pub sync: SyncState,
}

impl Session {
    /// A session for `me` (if known).
    pub fn new(app: App, me: Option<MemberId>) -> Self {
        Self {
            app,
            layer: Layer::Browse,
            prompt: None,
            me,
            notice: None,
            sync: SyncState::default(),
        }
    }

    /// The open editor, if the editor is on top.
    pub fn editor(&self) -> Option<&Editor> {
        match &self.layer {
            Layer::Edit(editor) => Some(editor),
            _ => None,
        }
    }

    /// The open editor, to change, if the editor is on top.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.layer {
            Layer::Edit(editor) => Some(editor),
            _ => None,
        }
    }

    /// Puts `editor` on top.
    pub fn open_editor(&mut self, editor: Editor) {
        self.layer = Layer::Edit(Box::new(editor));
    }

    /// Takes the open editor away, back to browsing.
    pub fn take_editor(&mut self) -> Option<Editor> {
        match std::mem::replace(&mut self.layer, Layer::Browse) {
            Layer::Edit(editor) => Some(*editor),
            other => {
                self.layer = other;
                None
            }
        }
    }

    /// What lies over the browser, by precedence: a question, a picker, the search, the help.
    pub fn overlay(&self) -> Overlay {
        if self.prompt.is_some() {
            Overlay::Prompt
        } else if self.app.picker.is_some() {
            Overlay::Picker
        } else if self.app.search.is_some() {
            Overlay::Search
        } else if self.app.help {
            Overlay::Help
        } else if self.app.typing() {
            Overlay::Filter
        } else {
            Overlay::None
        }
    }

    /// A key while browsing (the editor and the conflicts view handle their own): a
    /// prompt's, else the browser's. What it asks of the disk comes back.
    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) -> Vec<Effect> {
        self.notice = None;
        let effects = match self.prompt.take() {
            Some(prompt) => {
                let mut out = Vec::new();
                self.prompt = self.answer(prompt, key, ctx, &mut out);
                out
            }
            None => {
                let overlay = self.overlay();
                if let KeyCode::Char(c) = key.code
                    && !matches!(overlay, Overlay::Search | Overlay::Picker | Overlay::Filter)
                    && super::action::action_for(key, self.app.screen).is_none()
                {
                    self.notice = Some(Notice::UnknownKey(c));
                }
                super::handle_key(&mut self.app, key, ctx)
            }
        };
        self.begin_all(effects, ctx)
    }

    /// The effects of a key with what needs the session's own question first (who am I)
    /// begun here.
    fn begin_all(&mut self, effects: Vec<Effect>, ctx: &Ctx) -> Vec<Effect> {
        let mut out = Vec::new();
        for effect in effects {
            match effect {
                Effect::Start(intent) => out.extend(self.start(intent, ctx)),
                other => out.push(other),
            }
        }
        out
    }

    /// Begins writing: asks who the user is first, when the app does not know yet.
    pub fn start(&mut self, intent: Intent, ctx: &Ctx) -> Vec<Effect> {
        if intent == Intent::Conflicts {
            return vec![Effect::ShowConflicts];
        }
        let me = match self.me.clone() {
            Some(me) if intent != Intent::Identify => me,
            _ => {
                self.prompt = Some(Prompt::WhoAmI(intent, member_picker(ctx)));
                return Vec::new();
            }
        };
        let not_secretary = Notice::NotSecretary(ctx.member_name(&me));
        let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
            return Vec::new();
        };
        match intent {
            Intent::Edit(id) => {
                let found = ctx.folder.meetings.iter().find(|m| m.value.id == id);
                let Some(meeting) = found.map(|m| &m.value) else { return Vec::new() };
                if members.is_secretary(&me, &meeting.body, meeting.date) {
                    return vec![Effect::Open(id)];
                }
                self.notice = Some(not_secretary);
            }
            Intent::Conflicts | Intent::Identify => {}
            Intent::Report(action) => self.report(action, &me, ctx),
            Intent::PlanTitle(_) | Intent::PlanActions(_) => self.edit_plan(intent, &me, ctx),
            Intent::Mine => {
                self.app.screen = super::app::Screen::Actions;
                self.app.actions.mine(me, ctx);
            }
            Intent::New => {
                let today = chrono::Local::now().date_naive();
                let bodies: Vec<PickOption<BodyId>> = members
                    .bodies
                    .iter()
                    .filter(|b| members.is_secretary(&me, &b.id, today))
                    .map(|b| {
                        PickOption::new(b.id.clone(), crate::tui::theme::line(&b.name), "", false)
                    })
                    .collect();
                match bodies.len() {
                    0 => self.notice = Some(not_secretary),
                    1 => self.prompt = Some(date_prompt(bodies[0].id.clone(), today)),
                    _ => self.prompt = Some(Prompt::Body(Picker::new(bodies))),
                }
            }
        }
        Vec::new()
    }

    /// Asks for the report on `action` when it is `me`'s own; else says whose it is.
    fn report(&mut self, action: crate::domain::ids::ActionItemRef, me: &MemberId, ctx: &Ctx) {
        let Some(entry) = ctx.index.actions.iter().find(|a| a.reference == action) else { return };
        match crate::domain::updates::may_report(&entry.owner, me) {
            Ok(()) => {
                // The owner's own last report on it, to build on (they write only their file).
                let files = ctx.folder.updates.iter().flat_map(|f| &f.value.updates);
                let earlier = files.filter(|u| u.action == action).max_by_key(|u| u.date);
                let popup = report::ReportPopup::after(action.clone(), earlier);
                self.prompt = Some(Prompt::Report(Box::new(popup)))
            }
            Err(why) => {
                let words =
                    crate::domain::strings::not_yours(ctx.lang, &why, |id| ctx.member_name(id));
                self.notice = Some(Notice::NotYours(words));
            }
        }
    }

    /// Opens the plan edit `intent` asks for when `me` is the plan's writer; else says who is.
    fn edit_plan(&mut self, intent: Intent, me: &MemberId, ctx: &Ctx) {
        let writer = ctx.folder.plan.as_ref().and_then(|p| p.value.writer.as_ref());
        if writer != Some(me) {
            self.notice = Some(Notice::NotPlanWriter(writer.map(|w| ctx.member_name(w))));
            return;
        }
        let popup = match &intent {
            Intent::PlanTitle(id) => plan_edit::PlanEdit::title(ctx, id),
            Intent::PlanActions(id) => {
                let od = ctx.index.objectives.get(id.as_str()).filter(|o| o.parent.is_some());
                if od.is_none() {
                    self.notice = Some(Notice::OnlyOperational);
                    return;
                }
                plan_edit::PlanEdit::actions(ctx, id)
            }
            _ => None,
        };
        self.prompt = popup.map(|p| Prompt::Plan(Box::new(p)));
    }
}
