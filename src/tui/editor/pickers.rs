//! What the editor's pickers offer: objectives, members as owners, earlier decisions, the
//! body's open action items, and where a followed-up action stands.

use super::Editor;
use crate::domain::governance::Majority;
use crate::domain::ids::{ActionItemRef, DecisionRef, MemberId, ObjectiveId};
use crate::domain::meeting::{FollowUpStatus, Movement, Owner};
use crate::domain::strings::follow_up_status;
use crate::tui::ctx::Ctx;
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::browse::Text;
use crate::tui::strings::editor::{Word, majority_option, movement, word};

/// What an editor pick yields: what the question asked for, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// An objective.
    Objective(ObjectiveId),
    /// An owner: a member, a guest, or (typed, matching nobody) someone from outside.
    Owner(Owner),
    /// An earlier decision.
    Decision(DecisionRef),
    /// An open action item.
    Action(ActionItemRef),
    /// Where a followed-up action stands.
    Status(FollowUpStatus),
    /// A member in the meeting's attendance.
    Member(MemberId),
    /// What a member does at an item (`None`: as the meeting).
    Movement(Option<Movement>),
    /// A majority (`None`: the body's).
    Majority(Option<Majority>),
}

/// Active objectives first, then ended ones (a decision may still be linked to one).
pub(super) fn objectives(ctx: &Ctx) -> Picker<Picked> {
    let ended = crate::tui::strings::browse::text(ctx.lang, Text::Ended);
    let then = word(ctx.lang, Word::Then);
    let all = ctx.index.objectives.all().iter().filter(|o| o.parent.is_some());
    let (active, gone): (Vec<_>, Vec<_>) = all.partition(|o| o.is_active());
    Picker::new(
        active
            .into_iter()
            .chain(gone)
            .map(|o| PickOption::objective_saying_why(o, ended, then).map(Picked::Objective))
            .collect(),
    )
}

/// The members of the meeting's body first, then the meeting's guests, then every other
/// member.
pub(super) fn members(ctx: &Ctx, editor: &Editor) -> Picker<Picked> {
    let m = &editor.meeting;
    let guest =
        crate::tui::strings::editor::word(ctx.lang, crate::tui::strings::editor::Word::Guest);
    let guests = m.guests.iter().map(|g| {
        let label = format!("{}  ({guest})", crate::tui::theme::line(&g.name));
        PickOption::new(Picked::Owner(Owner::Guest(g.name.clone())), label, "", false)
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
            Picked::Owner(Owner::Member(p.id.clone())),
            crate::tui::theme::line(&p.name),
            &format!("{what} {town}"),
            false,
        )
    };
    let inside = inside.into_iter().map(option);
    Picker::new(inside.chain(guests).chain(outside.into_iter().map(option)).collect())
}

/// Earlier decisions, newest first.
pub(super) fn decisions(ctx: &Ctx) -> Picker<Picked> {
    let options = ctx.index.decisions.iter().rev().map(|d| {
        let text: String = crate::tui::theme::line(&d.text).chars().take(90).collect();
        let label = format!("{}  {text}", d.reference);
        PickOption::new(Picked::Decision(d.reference.clone()), label, "", false)
    });
    Picker::new(options.collect())
}

/// The body's open action items, agreed before this meeting and not yet followed up in it.
pub(super) fn open_actions(editor: &Editor, ctx: &Ctx) -> Picker<Picked> {
    let m = &editor.meeting;
    let followed: Vec<&ActionItemRef> = m.follow_ups().map(|(_, f)| &f.action).collect();
    let options = ctx
        .index
        .open_actions(&m.body, m.date)
        .filter(|a| !followed.contains(&&a.reference))
        .map(|a| {
            let owner = ctx.owner_name(&a.owner);
            let text = crate::tui::theme::line(&format!("{}  {owner}: {}", a.reference, a.text));
            PickOption::new(Picked::Action(a.reference.clone()), text, "", false)
        });
    Picker::new(options.collect())
}

/// Where a followed-up action can stand.
pub(super) fn statuses(ctx: &Ctx) -> Picker<Picked> {
    let options =
        [FollowUpStatus::Done, FollowUpStatus::Ongoing, FollowUpStatus::Dropped].map(|s| {
            PickOption::new(Picked::Status(s), follow_up_status(ctx.lang, s).into(), "", false)
        });
    Picker::new(options.to_vec())
}

/// The members on the meeting's attendance, each with what they do at the selected item.
pub(super) fn room(ctx: &Ctx, editor: &Editor) -> Picker<Picked> {
    let m = &editor.meeting;
    let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
    let options = m.attendance.iter().map(|a| {
        let name = members.and_then(|ms| ms.member(&a.member)).map(|p| p.name.clone());
        let name = crate::tui::theme::line(&name.unwrap_or_else(|| a.member.to_string()));
        let now = crate::domain::edit::item_change(m, editor.item, &a.member);
        let label = match now {
            Some(change) => format!("{name}  ({})", movement(ctx.lang, Some(change))),
            None => name,
        };
        PickOption::new(Picked::Member(a.member.clone()), label, a.member.as_str(), false)
    });
    Picker::new(options.collect())
}

/// What a member can do at an item; a conflict of interest asks its reason next.
pub(super) fn movements(ctx: &Ctx) -> Picker<Picked> {
    let options = [
        Some(Movement::Arrives),
        Some(Movement::StepsOut),
        Some(Movement::Conflict { reason: None }),
        Some(Movement::Leaves),
        None,
    ]
    .map(|m| {
        let label = movement(ctx.lang, m.as_ref());
        PickOption::new(Picked::Movement(m), label, "", false)
    });
    Picker::new(options.to_vec())
}

/// The majorities a decision can need, the body's first.
pub(super) fn majorities(ctx: &Ctx) -> Picker<Picked> {
    let options =
        [None, Some(Majority::Simple), Some(Majority::TwoThirds), Some(Majority::Absolute)]
            .map(|m| PickOption::new(Picked::Majority(m), majority_option(ctx.lang, m), "", false));
    Picker::new(options.to_vec())
}
