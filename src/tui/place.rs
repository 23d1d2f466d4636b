//! Where the reader is, by what they look at rather than by line number, so that a reload of
//! the folder (someone else's change arriving) keeps their place.

use super::app::{App, ListState, Screen, Search, tree};
use super::ctx::Ctx;
use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId, ObjectiveId};
use crate::index::decisions::DecisionFilter;

/// How many places Back can return to; older ones are forgotten.
const HISTORY: usize = 50;

/// A place Back returns to, like a browser's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visit {
    /// The search bar with its query and hits, the hit gone to still selected.
    Search(Search),
    /// The screens as they were before a link was followed: selections, details, scroll.
    View {
        /// The screen shown.
        screen: Screen,
        /// Every screen's list.
        lists: [ListState; 4],
        /// The decisions filter (a jump may have cleared it).
        filter: DecisionFilter,
    },
}

/// What is selected on each screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    objective: Option<ObjectiveId>,
    decision: Option<DecisionRef>,
    meeting: Option<MeetingId>,
    action: Option<ActionItemRef>,
}

impl App {
    /// Remembers a place for Back to return to.
    pub(super) fn remember(&mut self, visit: Visit) {
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push(visit);
    }

    /// The screens as they are, to remember before following a link away.
    pub(super) fn here(&self) -> Visit {
        Visit::View {
            screen: self.screen,
            lists: self.lists.clone(),
            filter: self.decisions.filter.clone(),
        }
    }

    /// Back: to the place last left by a jump (a search, a followed link); with none, the
    /// open detail closes.
    pub(super) fn back(&mut self, ctx: &Ctx) {
        match self.history.pop() {
            Some(Visit::Search(search)) => self.search = Some(search),
            Some(Visit::View { screen, lists, filter }) => {
                if filter != self.decisions.filter {
                    self.decisions.set(filter, ctx);
                }
                self.screen = screen;
                self.lists = lists;
            }
            None => self.lists[self.screen.index()].detail = false,
        }
    }

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
