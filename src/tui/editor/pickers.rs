//! What the editor's pickers offer: objectives, members as owners, earlier decisions, the
//! body's open action items, and where a followed-up action stands.

use super::Editor;
use crate::domain::ids::{ActionItemRef, MemberId};
use crate::domain::meeting::{FollowUpStatus, Owner};
use crate::domain::strings::follow_up_status;
use crate::tui::ctx::Ctx;
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::browse::Text;
use crate::tui::strings::editor::{Word, word};

/// Active objectives first, then ended ones (a decision may still be linked to one).
pub(super) fn objectives(ctx: &Ctx) -> Picker {
    let ended = crate::tui::strings::browse::text(ctx.lang, Text::Ended);
    let then = word(ctx.lang, Word::Then);
    let all = ctx.index.objectives.all().iter().filter(|o| o.parent.is_some());
    let (active, gone): (Vec<_>, Vec<_>) = all.partition(|o| o.is_active());
    Picker::new(
        active
            .into_iter()
            .chain(gone)
            .map(|o| PickOption::objective_saying_why(o, ended, then))
            .collect(),
    )
}

/// How a guest's and an outside person's picks begin: a member id never has a colon.
const GUEST: &str = "guest:";
const OUTSIDE: &str = "outside:";

/// The pick of someone from outside, by the name typed.
pub(super) fn outside_id(name: &str) -> String {
    format!("{OUTSIDE}{name}")
}

/// The owner an owner pick means.
pub(super) fn owner_of(id: &str) -> Owner {
    if let Some(name) = id.strip_prefix(GUEST) {
        Owner::Guest(name.to_owned())
    } else if let Some(name) = id.strip_prefix(OUTSIDE) {
        Owner::Outside(name.to_owned())
    } else {
        Owner::Member(id.into())
    }
}

/// The members of the meeting's body first, then the meeting's guests, then every other
/// member.
pub(super) fn members(ctx: &Ctx, editor: &Editor) -> Picker {
    let m = &editor.meeting;
    let guest =
        crate::tui::strings::editor::word(ctx.lang, crate::tui::strings::editor::Word::Guest);
    let guests = m.guests.iter().map(|g| {
        let label = format!("{}  ({guest})", crate::tui::theme::line(&g.name));
        PickOption::new(format!("{GUEST}{}", g.name), label, "", false)
    });
    let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
        return Picker::new(guests.collect());
    };
    let seated: Vec<&MemberId> = members.seated(&m.body, m.date).map(|(p, _)| &p.id).collect();
    let (inside, outside): (Vec<_>, Vec<_>) =
        members.members.iter().partition(|p| seated.contains(&&p.id));
    let option = |p: &crate::domain::organisation::Member| {
        let what = p.organisation.clone().unwrap_or_default();
        let town = p.municipality.as_ref().map(ToString::to_string).unwrap_or_default();
        PickOption::new(
            p.id.as_str(),
            crate::tui::theme::line(&p.name),
            &format!("{what} {town}"),
            false,
        )
    };
    let inside = inside.into_iter().map(option);
    Picker::new(inside.chain(guests).chain(outside.into_iter().map(option)).collect())
}

/// Earlier decisions, newest first.
pub(super) fn decisions(ctx: &Ctx) -> Picker {
    let options = ctx.index.decisions.iter().rev().map(|d| {
        let text: String = crate::tui::theme::line(&d.text).chars().take(90).collect();
        PickOption::new(d.reference.to_string(), format!("{}  {text}", d.reference), "", false)
    });
    Picker::new(options.collect())
}

/// The body's open action items, agreed before this meeting and not yet followed up in it.
pub(super) fn open_actions(editor: &Editor, ctx: &Ctx) -> Picker {
    let m = &editor.meeting;
    let followed: Vec<&ActionItemRef> = m.follow_ups().map(|(_, f)| &f.action).collect();
    let options = ctx
        .index
        .open_actions(&m.body, m.date)
        .filter(|a| !followed.contains(&&a.reference))
        .map(|a| {
            let owner = ctx.owner_name(&a.owner);
            let text = crate::tui::theme::line(&format!("{}  {owner}: {}", a.reference, a.text));
            PickOption::new(a.reference.to_string(), text, "", false)
        });
    Picker::new(options.collect())
}

pub(super) fn statuses(ctx: &Ctx) -> Picker {
    let options = [FollowUpStatus::Done, FollowUpStatus::Ongoing, FollowUpStatus::Dropped]
        .map(|s| PickOption::new(status_id(s), follow_up_status(ctx.lang, s).into(), "", false));
    Picker::new(options.to_vec())
}

pub(super) fn status_id(s: FollowUpStatus) -> &'static str {
    match s {
        FollowUpStatus::Done => "done",
        FollowUpStatus::Ongoing => "ongoing",
        FollowUpStatus::Dropped => "dropped",
    }
}
