//! The answers to the questions asked while browsing: who the user is, a new meeting's
//! body, day, time and place, and the j/n questions.

use super::{Intent, Notice, Prompt, Session};
use crate::domain::due::parse_due;
use crate::domain::edit::NewMeeting;
use crate::domain::ids::{BodyId, MemberId};
use crate::domain::meeting::Meeting;
use crate::tui::ctx::Ctx;
use crate::tui::effect::Effect;
use crate::tui::field::{LineField, Outcome, yes_no};
use crate::tui::picker::{PickOption, Picker};
use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

impl Session {
    /// A key in a question: the question as it stands after it (`None`: answered or
    /// dropped); what the answer asks for goes to `out`.
    pub(super) fn answer(
        &mut self,
        prompt: Prompt,
        key: KeyEvent,
        ctx: &Ctx,
        out: &mut Vec<Effect>,
    ) -> Option<Prompt> {
        match prompt {
            Prompt::WhoAmI(intent, mut picker) => match picker.handle_key(key, false) {
                Outcome::Pending => Some(Prompt::WhoAmI(intent, picker)),
                Outcome::Cancelled => None,
                Outcome::Chosen(me) => self.identified(me, intent, ctx, out),
            },
            Prompt::Body(mut picker) => match picker.handle_key(key, false) {
                Outcome::Pending => Some(Prompt::Body(picker)),
                Outcome::Cancelled => None,
                Outcome::Chosen(body) => Some(date_prompt(body, chrono::Local::now().date_naive())),
            },
            Prompt::Date(body, mut field) => match field.handle_key(key) {
                Outcome::Pending => Some(Prompt::Date(body, field)),
                Outcome::Cancelled => None,
                Outcome::Chosen(text) => Some(self.dated(body, field, text, ctx)),
            },
            Prompt::Start(body, date, mut field) => match field.handle_key(key) {
                Outcome::Pending => Some(Prompt::Start(body, date, field)),
                Outcome::Cancelled => None,
                Outcome::Chosen(text) => Some(self.started(body, date, field, text, ctx)),
            },
            Prompt::Location(body, date, start, mut field) => match field.handle_key(key) {
                Outcome::Pending => Some(Prompt::Location(body, date, start, field)),
                Outcome::Cancelled => None,
                Outcome::Chosen(text) => {
                    let location = Some(text).filter(|t| !t.is_empty());
                    out.push(Effect::Create(NewMeeting { body, date, start, location }));
                    None
                }
            },
            Prompt::Report(mut popup) => {
                match popup.handle_key(key, chrono::Local::now().date_naive()) {
                    Outcome::Pending => Some(Prompt::Report(popup)),
                    Outcome::Cancelled => None,
                    Outcome::Chosen(update) => {
                        out.push(Effect::Report(Box::new(update)));
                        None
                    }
                }
            }
            Prompt::Plan(mut popup) => match popup.handle_key(key, ctx) {
                Ok(Outcome::Pending) => Some(Prompt::Plan(popup)),
                Ok(Outcome::Cancelled) => None,
                Ok(Outcome::Chosen(write)) => {
                    out.push(Effect::ChangePlan(Box::new(write)));
                    None
                }
                Err(why) => {
                    self.notice = Some(Notice::PlanWritten(Err(why)));
                    Some(Prompt::Plan(popup))
                }
            },
            question => self.answer_yes_no(question, key, out),
        }
    }

    /// The user picked who they are: remembered, and what they set out to do goes on.
    fn identified(
        &mut self,
        me: MemberId,
        intent: Intent,
        ctx: &Ctx,
        out: &mut Vec<Effect>,
    ) -> Option<Prompt> {
        self.me = Some(me.clone());
        out.push(Effect::RememberMe(me.clone()));
        if intent == Intent::Identify {
            self.notice = Some(Notice::Identified(ctx.member_name(&me)));
            return None;
        }
        out.extend(self.start(intent, ctx));
        self.prompt.take()
    }

    /// The day typed: the time asked next, or the day again with why; a meeting of the body
    /// on that day that exists is never opened unasked.
    fn dated(&mut self, body: BodyId, field: LineField, text: String, ctx: &Ctx) -> Prompt {
        let Some(date) = parse_due(&text, chrono::Local::now().date_naive()) else {
            self.notice = Some(Notice::BadDate(text));
            return Prompt::Date(body, field);
        };
        let id = Meeting::id_for(date, &body);
        if ctx.folder.meetings.iter().any(|m| m.value.id == id) {
            return Prompt::Exists(body, id, date, field);
        }
        let previous = last_meeting(ctx, &body);
        let start = previous.and_then(|m| m.start).map(|t| t.format("%H:%M").to_string());
        Prompt::Start(body, date, LineField::new(&start.unwrap_or_default()))
    }

    /// The time typed: the place asked next. An empty line is no time; a wrong one is asked
    /// again, with why.
    fn started(
        &mut self,
        body: BodyId,
        date: NaiveDate,
        field: LineField,
        text: String,
        ctx: &Ctx,
    ) -> Prompt {
        let start = crate::domain::due::parse_time(&text);
        if start.is_none() && !text.is_empty() {
            self.notice = Some(Notice::BadTime(text));
            return Prompt::Start(body, date, field);
        }
        let place = last_meeting(ctx, &body).and_then(|m| m.location.clone()).unwrap_or_default();
        Prompt::Location(body, date, start, LineField::new(&place))
    }

    /// A key in a j/n question: anything but yes or no keeps it open, with a hint.
    fn answer_yes_no(
        &mut self,
        question: Prompt,
        key: KeyEvent,
        out: &mut Vec<Effect>,
    ) -> Option<Prompt> {
        let Some(yes) = yes_no(&key) else {
            self.notice = Some(Notice::YesOrNo);
            return Some(question);
        };
        match (question, yes) {
            (Prompt::Exists(_, id, _, _), true) => out.push(Effect::Open(id)),
            (Prompt::Exists(body, _, _, field), false) => return Some(Prompt::Date(body, field)),
            (Prompt::StIgnore, true) => out.push(Effect::AddStIgnore),
            (Prompt::StIgnore, false) => out.push(Effect::KeepStIgnore),
            (Prompt::TakeOver(id, info), true) => out.push(Effect::TakeOver(id, info)),
            // n: open it read-only; Esc: leave it.
            (Prompt::TakeOver(id, _), false) if matches!(key.code, KeyCode::Char('n' | 'N')) => {
                out.push(Effect::View(id))
            }
            _ => {}
        }
        None
    }
}

/// The last meeting of `body`: a new one starts at its time, in its place.
fn last_meeting<'a>(ctx: &'a Ctx, body: &BodyId) -> Option<&'a Meeting> {
    ctx.folder.meetings.iter().map(|m| &m.value).filter(|m| &m.body == body).max_by_key(|m| m.date)
}

pub(super) fn date_prompt(body: BodyId, today: NaiveDate) -> Prompt {
    Prompt::Date(body, LineField::new(&today.format("%Y-%m-%d").to_string()))
}

/// Everyone in the folder, secretaries first (they are the ones who write).
pub(super) fn member_picker(ctx: &Ctx) -> Picker<MemberId> {
    let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
        return Picker::new(Vec::new());
    };
    let secretary = |m: &&crate::domain::organisation::Member| {
        m.roles.iter().any(|s| s.role == crate::domain::organisation::Role::Secretary)
    };
    let (first, rest): (Vec<_>, Vec<_>) = members.members.iter().partition(secretary);
    let option = |m: &crate::domain::organisation::Member| {
        PickOption::new(m.id.clone(), crate::tui::theme::line(&m.name), m.id.as_str(), false)
    };
    Picker::new(first.into_iter().chain(rest).map(option).collect())
}
