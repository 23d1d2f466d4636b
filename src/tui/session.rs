//! The whole app's state: browsing, the editor when a meeting is open for writing, and the
//! short questions in between (who am I, a new meeting's body, day, time and place). What
//! needs the disk (opening a meeting with its lock, creating one) is left as a request for
//! the event loop.

use super::app::App;
use super::ctx::Ctx;
use super::editor::Editor;
use super::picker::{PickOption, Picker};
use crate::domain::due::parse_due;
use crate::domain::edit::NewMeeting;
use crate::domain::ids::{BodyId, MeetingId, MemberId};
use crate::domain::meeting::Meeting;
use crate::store::lock::LockInfo;
use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

/// What the user set out to do when the app had to ask who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Write the minutes of this meeting.
    Edit(MeetingId),
    /// Start a new meeting.
    New,
    /// Look at the conflict copies (anyone may).
    Conflicts,
    /// Say who you are (again).
    Identify,
}

/// A short question while browsing.
pub enum Prompt {
    /// Who are you? (asked once; remembered in the config file)
    WhoAmI(Intent, Picker),
    /// Of which body is the new meeting?
    Body(Picker),
    /// On which day?
    Date(BodyId, TextArea<'static>),
    /// A meeting of this body on that day exists already: open it? (j: open, n/Esc: another
    /// day, the date field as typed)
    Exists(BodyId, MeetingId, NaiveDate, TextArea<'static>),
    /// At what time?
    Start(BodyId, NaiveDate, TextArea<'static>),
    /// Where?
    Location(BodyId, NaiveDate, Option<chrono::NaiveTime>, TextArea<'static>),
    /// Someone holds the lock on this meeting: take it over? (j/n; n reads)
    TakeOver(MeetingId, Box<LockInfo>),
    /// A Syncthing folder: add the app's temp-file patterns to `.stignore`? (j/n)
    StIgnore,
}

/// What the event loop is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Open this meeting in the editor (taking its lock).
    Open(MeetingId),
    /// Create this meeting and open it.
    Create(NewMeeting),
    /// Remember who the user is.
    RememberMe(MemberId),
    /// Open this meeting, taking over the lock the user saw.
    TakeOver(MeetingId, Box<LockInfo>),
    /// Open this meeting read-only (someone else holds its lock).
    View(MeetingId),
    /// Add the app's patterns to the folder's `.stignore`.
    AddStIgnore,
    /// Leave the folder's `.stignore` alone, and do not ask again.
    KeepStIgnore,
    /// Read and compare the conflict copies, and show them.
    Conflicts,
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
    CannotOpen(String),
    /// The editor's version was kept as a conflict copy beside someone else's, here.
    KeptAsCopy(String),
    /// The meeting's file was removed while it was open; the editor's version is back there.
    PutBack(String),
    /// `.stignore` was extended, or could not be, with why.
    StIgnore(Result<(), String>),
    /// The meeting was removed (put aside here), or could not be, with why.
    Removed(Result<String, String>),
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
    /// Browsing.
    pub app: App,
    /// The meeting being written, if any.
    pub editor: Option<Editor>,
    /// The conflict copies being looked at, if open.
    pub conflicts: Option<super::conflicts::ConflictsView>,
    /// A question while browsing.
    pub prompt: Option<Prompt>,
    /// Who the user is.
    pub me: Option<MemberId>,
    /// The message of the last key while browsing.
    pub notice: Option<Notice>,
    /// Work for the event loop.
    pub requests: Vec<Request>,
    /// The shared folder's state, for the status line.
    pub sync: SyncState,
}

impl Session {
    /// A session for `me` (if known).
    pub fn new(app: App, me: Option<MemberId>) -> Self {
        Self {
            app,
            editor: None,
            conflicts: None,
            prompt: None,
            me,
            notice: None,
            requests: Vec::new(),
            sync: SyncState::default(),
        }
    }

    /// A key while browsing (the editor handles its own): a prompt's, else the browser's.
    pub fn handle_key(&mut self, key: KeyEvent, ctx: &Ctx) {
        self.notice = None;
        if let Some(prompt) = self.prompt.take() {
            self.prompt = self.answer(prompt, key, ctx);
            return;
        }
        let typing = self.app.search.is_some() || self.app.picker.is_some();
        if let KeyCode::Char(c) = key.code
            && !typing
            && super::action::action_for(key, self.app.screen).is_none()
        {
            self.notice = Some(Notice::UnknownKey(c));
        }
        super::handle_key(&mut self.app, key, ctx);
        if let Some(intent) = self.app.intent.take() {
            self.start(intent, ctx);
        }
    }

    /// Begins writing: asks who the user is first, when the app does not know yet.
    pub fn start(&mut self, intent: Intent, ctx: &Ctx) {
        if intent == Intent::Conflicts {
            self.requests.push(Request::Conflicts);
            return;
        }
        let me = match self.me.clone() {
            Some(me) if intent != Intent::Identify => me,
            _ => {
                self.prompt = Some(Prompt::WhoAmI(intent, member_picker(ctx)));
                return;
            }
        };
        let not_secretary = Notice::NotSecretary(ctx.member_name(&me));
        let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else { return };
        match intent {
            Intent::Edit(id) => {
                let found = ctx.folder.meetings.iter().find(|m| m.value.id == id);
                let Some(meeting) = found.map(|m| &m.value) else { return };
                if members.is_secretary(&me, &meeting.body, meeting.date) {
                    self.requests.push(Request::Open(id));
                } else {
                    self.notice = Some(not_secretary);
                }
            }
            Intent::Conflicts | Intent::Identify => {}
            Intent::New => {
                let today = chrono::Local::now().date_naive();
                let bodies: Vec<PickOption> = members
                    .bodies
                    .iter()
                    .filter(|b| members.is_secretary(&me, &b.id, today))
                    .map(|b| {
                        PickOption::new(b.id.as_str(), crate::tui::theme::line(&b.name), "", false)
                    })
                    .collect();
                match bodies.len() {
                    0 => self.notice = Some(not_secretary),
                    1 => self.prompt = Some(date_prompt(bodies[0].id.as_str().into(), today)),
                    _ => self.prompt = Some(Prompt::Body(Picker::new(bodies))),
                }
            }
        }
    }

    fn answer(&mut self, prompt: Prompt, key: KeyEvent, ctx: &Ctx) -> Option<Prompt> {
        match prompt {
            Prompt::WhoAmI(intent, picker) => {
                let (picker, chosen) = pick(picker, key)?;
                let Some(id) = chosen else { return Some(Prompt::WhoAmI(intent, picker)) };
                let me = MemberId::from(id.as_str());
                self.me = Some(me.clone());
                self.requests.push(Request::RememberMe(me.clone()));
                if intent == Intent::Identify {
                    self.notice = Some(Notice::Identified(ctx.member_name(&me)));
                    return None;
                }
                self.start(intent, ctx);
                self.prompt.take()
            }
            Prompt::Body(picker) => {
                let (picker, chosen) = pick(picker, key)?;
                match chosen {
                    Some(id) => {
                        Some(date_prompt(id.as_str().into(), chrono::Local::now().date_naive()))
                    }
                    None => Some(Prompt::Body(picker)),
                }
            }
            Prompt::Date(body, field) => {
                let (field, text) = type_line(field, key)?;
                let Some(text) = text else { return Some(Prompt::Date(body, field)) };
                match parse_due(&text, chrono::Local::now().date_naive()) {
                    Some(date) => {
                        let id = Meeting::id_for(date, &body);
                        if ctx.folder.meetings.iter().any(|m| m.value.id == id) {
                            // That meeting exists: say so, and let the user choose between
                            // writing in it and another day (never open it unasked).
                            return Some(Prompt::Exists(body, id, date, field));
                        }
                        let previous = last_meeting(ctx, &body);
                        let start =
                            previous.and_then(|m| m.start).map(|t| t.format("%H:%M").to_string());
                        Some(Prompt::Start(body, date, line_field(&start.unwrap_or_default())))
                    }
                    None => {
                        self.notice = Some(Notice::BadDate(text));
                        Some(Prompt::Date(body, field))
                    }
                }
            }
            Prompt::Start(body, date, field) => {
                let (field, text) = type_line(field, key)?;
                let Some(text) = text else { return Some(Prompt::Start(body, date, field)) };
                let start = crate::domain::due::parse_time(&text);
                if start.is_none() && !text.is_empty() {
                    // Asked again, with why: an empty line is no time, a wrong one is refused.
                    self.notice = Some(Notice::BadTime(text));
                    return Some(Prompt::Start(body, date, field));
                }
                let place =
                    last_meeting(ctx, &body).and_then(|m| m.location.clone()).unwrap_or_default();
                Some(Prompt::Location(body, date, start, line_field(&place)))
            }
            Prompt::Exists(body, id, date, field) => match yes_no(&key) {
                Some(true) => {
                    self.requests.push(Request::Open(id));
                    None
                }
                Some(false) => Some(Prompt::Date(body, field)),
                None => {
                    self.notice = Some(Notice::YesOrNo);
                    Some(Prompt::Exists(body, id, date, field))
                }
            },
            Prompt::StIgnore => match yes_no(&key) {
                Some(yes) => {
                    self.requests.push(if yes {
                        Request::AddStIgnore
                    } else {
                        Request::KeepStIgnore
                    });
                    None
                }
                None => {
                    self.notice = Some(Notice::YesOrNo);
                    Some(Prompt::StIgnore)
                }
            },
            Prompt::TakeOver(id, info) => match yes_no(&key) {
                Some(true) => {
                    self.requests.push(Request::TakeOver(id, info));
                    None
                }
                // n: open it read-only; Esc: leave it.
                Some(false) => {
                    if matches!(key.code, KeyCode::Char('n' | 'N')) {
                        self.requests.push(Request::View(id));
                    }
                    None
                }
                None => {
                    self.notice = Some(Notice::YesOrNo);
                    Some(Prompt::TakeOver(id, info))
                }
            },
            Prompt::Location(body, date, start, field) => {
                let (field, text) = type_line(field, key)?;
                let Some(text) = text else {
                    return Some(Prompt::Location(body, date, start, field));
                };
                let location = Some(text).filter(|t| !t.is_empty());
                self.requests.push(Request::Create(NewMeeting { body, date, start, location }));
                None
            }
        }
    }
}

/// The answer `key` gives to a j/n question (Dutch ja, English yes; n or Esc: no); `None` for
/// any other key, which answers nothing (the question stays, with a hint).
pub fn yes_no(key: &KeyEvent) -> Option<bool> {
    match key.code {
        KeyCode::Char('j' | 'J' | 'y' | 'Y') => Some(true),
        KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(false),
        _ => None,
    }
}

/// Whether `key` is Ctrl-U, which clears a one-line field (also one offered pre-filled).
pub fn is_clear(key: &KeyEvent) -> bool {
    key.modifiers.contains(ratatui::crossterm::event::KeyModifiers::CONTROL)
        && key.code == KeyCode::Char('u')
}

/// The last meeting of `body`: a new one starts at its time, in its place.
fn last_meeting<'a>(ctx: &'a Ctx, body: &BodyId) -> Option<&'a Meeting> {
    ctx.folder.meetings.iter().map(|m| &m.value).filter(|m| &m.body == body).max_by_key(|m| m.date)
}

fn date_prompt(body: BodyId, today: NaiveDate) -> Prompt {
    Prompt::Date(body, line_field(&today.format("%Y-%m-%d").to_string()))
}

fn line_field(text: &str) -> TextArea<'static> {
    let mut field = TextArea::new(vec![text.to_owned()]);
    field.move_cursor(ratatui_textarea::CursorMove::End);
    field
}

/// A key in a one-line question: `None` when Esc dropped it, else the field and, on Enter,
/// what was typed.
fn type_line(
    mut field: TextArea<'static>,
    key: KeyEvent,
) -> Option<(TextArea<'static>, Option<String>)> {
    match key.code {
        KeyCode::Esc => None,
        KeyCode::Enter => {
            let text = field.lines().join(" ").trim().to_owned();
            Some((field, Some(text)))
        }
        _ if is_clear(&key) => Some((line_field(""), None)),
        _ => {
            field.input(key);
            Some((field, None))
        }
    }
}

/// A key in a picker: `None` when Esc dropped it, else the picker and, on Enter, the id.
fn pick(mut picker: Picker, key: KeyEvent) -> Option<(Picker, Option<String>)> {
    match key.code {
        KeyCode::Esc => return None,
        KeyCode::Enter => {
            let id = picker.chosen().map(|o| o.id.clone());
            return Some((picker, id));
        }
        _ if is_clear(&key) => picker.clear(),
        KeyCode::Up => picker.step(-1),
        KeyCode::Down => picker.step(1),
        KeyCode::Backspace => picker.edit(None),
        KeyCode::Char(c) => picker.edit(Some(c)),
        _ => {}
    }
    Some((picker, None))
}

/// Everyone in the folder, secretaries first (they are the ones who write).
fn member_picker(ctx: &Ctx) -> Picker {
    let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
        return Picker::new(Vec::new());
    };
    let secretary = |m: &&crate::domain::organisation::Member| {
        m.roles.iter().any(|s| s.role == crate::domain::organisation::Role::Secretary)
    };
    let (first, rest): (Vec<_>, Vec<_>) = members.members.iter().partition(secretary);
    let option = |m: &crate::domain::organisation::Member| {
        PickOption::new(m.id.as_str(), crate::tui::theme::line(&m.name), m.id.as_str(), false)
    };
    Picker::new(first.into_iter().chain(rest).map(option).collect())
}
