//! Where the reader is, by what they look at rather than by line number, so that a reload of
//! the folder (someone else's change arriving) keeps their place.

use super::app::{App, Screen, tree};
use super::ctx::Ctx;
use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId, ObjectiveId};

/// What is selected on each screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    objective: Option<ObjectiveId>,
    decision: Option<DecisionRef>,
    meeting: Option<MeetingId>,
    action: Option<ActionItemRef>,
}

impl App {
    /// What is selected on each screen, in `ctx`.
    pub fn place(&self, ctx: &Ctx) -> Place {
        let line = |s: Screen| self.list(s).selected;
        Place {
            objective: tree(ctx, self).get(line(Screen::Objectives)).map(|o| o.id.clone()),
            decision: self.decisions.at(ctx, line(Screen::Decisions)).map(|d| d.reference.clone()),
            meeting: ctx
                .meetings
                .get(line(Screen::Meetings))
                .map(|&i| ctx.folder.meetings[i].value.id.clone()),
            action: self.actions.at(ctx, line(Screen::Actions)).map(|a| a.reference.clone()),
        }
    }

    /// Selects meeting `id` on the meetings screen, if `ctx` has it.
    pub fn select_meeting(&mut self, id: &MeetingId, ctx: &Ctx) {
        if let Some(line) =
            ctx.meetings.iter().position(|&i| &ctx.folder.meetings[i].value.id == id)
        {
            self.select(Screen::Meetings, line);
        }
    }

    /// Selects `place` again in new data `ctx`; what is gone leaves the line where it was.
    pub fn restore(&mut self, place: &Place, ctx: &Ctx) {
        self.decisions.set(self.decisions.filter.clone(), ctx);
        self.actions.refresh(ctx);
        let objective = place
            .objective
            .as_ref()
            .and_then(|id| tree(ctx, self).iter().position(|o| &o.id == id));
        let decision = place.decision.as_ref().and_then(|r| {
            let at = ctx.index.decisions.iter().position(|d| &d.reference == r)?;
            self.decisions.line_of(ctx, at)
        });
        let meeting = place.meeting.as_ref().and_then(|id| {
            ctx.meetings.iter().position(|&i| &ctx.folder.meetings[i].value.id == id)
        });
        let action = place.action.as_ref().and_then(|r| {
            self.actions.order(ctx).iter().position(|&i| &ctx.index.actions[i].reference == r)
        });
        for (screen, line) in [
            (Screen::Objectives, objective),
            (Screen::Decisions, decision),
            (Screen::Meetings, meeting),
            (Screen::Actions, action),
        ] {
            if let Some(line) = line {
                self.select(screen, line);
            }
        }
    }
}
