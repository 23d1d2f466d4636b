//! Where the reader is and has been: Back's history of places left by a jump, links
//! followed, and what is selected on each screen by what it is rather than by line number,
//! so that a reload of the folder (someone else's change arriving) keeps their place.

use super::narrow::TextFilter;
use super::{ListState, Screen};
use crate::domain::ids::{ActionItemRef, BodyId, DecisionRef, MeetingId, ObjectiveId};
use crate::index::decisions::DecisionFilter;
use crate::index::search::Target;
use crate::tui::action::Action;
use crate::tui::app::{App, Pick};
use crate::tui::ctx::Ctx;
use crate::tui::picker::{PickOption, Picker};
use crate::tui::strings::browse::{Context, Text, context};

/// How many places Back can return to; older ones are forgotten.
const HISTORY: usize = 50;

/// A place Back returns to, like a browser's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visit {
    /// The search bar with its query and hits, the hit gone to still selected.
    Search(super::search::Search),
    /// The screens as they were before a link was followed: selections, details, scroll.
    View {
        /// The screen shown.
        screen: Screen,
        /// Every screen's list.
        lists: [ListState; 4],
        /// The decisions filter (a jump may have cleared it).
        filter: DecisionFilter,
        /// The meetings' body filter (a jump may have cleared it too).
        body: Option<BodyId>,
        /// The words typed into the decisions' and the meetings' lists and the meetings'
        /// year (a jump may have cleared them too).
        narrowed: Box<(TextFilter, TextFilter, Option<i32>)>,
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
    pub(crate) fn remember(&mut self, visit: Visit) {
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push(visit);
    }

    /// The screens as they are, to remember before following a link away.
    pub(crate) fn here(&self) -> Visit {
        Visit::View {
            screen: self.screen,
            lists: self.lists(),
            filter: self.decisions.filter.clone(),
            body: self.meetings.body.clone(),
            narrowed: Box::new((
                self.decisions.text.clone(),
                self.meetings.text.clone(),
                self.meetings.year,
            )),
        }
    }

    /// Back: to the place last left by a jump (a search, a followed link); with none, the
    /// open detail closes.
    pub(crate) fn back(&mut self, ctx: &Ctx) {
        match self.history.pop() {
            Some(Visit::Search(search)) => self.search = Some(search),
            Some(Visit::View { screen, lists, filter, body, narrowed }) => {
                let (decisions_text, meetings_text, year) = *narrowed;
                let meetings = (&body, &meetings_text, year);
                if meetings != (&self.meetings.body, &self.meetings.text, self.meetings.year) {
                    (self.meetings.text, self.meetings.year) = (meetings_text, year);
                    self.meetings.set(body, ctx);
                }
                if (&filter, &decisions_text) != (&self.decisions.filter, &self.decisions.text) {
                    self.decisions.text = decisions_text;
                    self.decisions.set(filter, ctx);
                }
                self.screen = screen;
                self.set_lists(lists);
            }
            None => self.current_mut().list_mut().detail = false,
        }
    }

    /// From the thing shown to what it links to (`Links`), or from a decision to its
    /// objective or its meeting; a picker asks which when there are several.
    pub(crate) fn follow(&mut self, action: Action, ctx: &Ctx) {
        if action != Action::Links && self.screen != Screen::Decisions {
            return;
        }
        let links = self.current().links(ctx).into_iter().filter(|(t, _)| match action {
            Action::ToObjective => matches!(t, Target::Objective(_)),
            Action::ToMeeting => matches!(t, Target::Minutes(..)),
            _ => true,
        });
        self.go_to_one(links.collect(), ctx);
    }

    /// The title of the open picker: where to go, or the objective to filter on.
    pub fn picker_title(&self) -> Text {
        let first = self.picker.as_ref().and_then(|p| p.options.first());
        if matches!(first, Some(o) if matches!(o.id, Pick::Go(_))) {
            Text::PickLink
        } else {
            Text::PickObjective
        }
    }

    /// Goes to one of `links`: at once when there is one, else a picker asks which.
    pub(crate) fn go_to_one(&mut self, links: Vec<(Target, String)>, ctx: &Ctx) {
        if let [(target, _)] = links.as_slice() {
            self.go(target, ctx);
        } else if !links.is_empty() {
            let options = links
                .into_iter()
                .map(|(target, label)| PickOption::new(Pick::Go(target), label, "", false));
            self.picker = Some(Picker::new(options.collect()));
        }
    }

    /// Follows a link to `target`, remembering where it was followed from.
    pub(crate) fn go(&mut self, target: &Target, ctx: &Ctx) {
        let before = self.here();
        if self.jump(target, ctx) {
            self.remember(before);
        }
    }

    /// What is selected on each screen, in `ctx`.
    pub fn place(&self, ctx: &Ctx) -> Place {
        let line = self.actions.list.selected;
        Place {
            objective: self.objectives.selected(ctx),
            decision: self
                .decisions
                .at(ctx, self.decisions.list.selected)
                .map(|d| d.reference.clone()),
            meeting: self.meetings.selected(ctx),
            action: self.actions.at(ctx, line).map(|a| a.reference.clone()),
        }
    }

    /// Selects meeting `id` on the meetings screen, if `ctx` has it.
    pub fn select_meeting(&mut self, id: &MeetingId, ctx: &Ctx) {
        if let Some(line) = self.meetings.line_of(ctx, id) {
            self.select(Screen::Meetings, line);
        }
    }

    /// Selects `place` again in new data `ctx`; what is gone leaves the line where it was.
    pub fn restore(&mut self, place: &Place, ctx: &Ctx) {
        self.decisions.set(self.decisions.filter.clone(), ctx);
        self.meetings.set(self.meetings.body.clone(), ctx);
        self.actions.refresh(ctx);
        let objective = place.objective.as_ref().and_then(|id| self.objectives.line_of(ctx, id));
        let decision = place.decision.as_ref().and_then(|r| {
            let at = ctx.index.decisions.iter().position(|d| &d.reference == r)?;
            self.decisions.line_of(ctx, at)
        });
        let meeting = place.meeting.as_ref().and_then(|id| self.meetings.line_of(ctx, id));
        let action = place.action.as_ref().and_then(|r| self.actions.reveal(ctx, r));
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

    /// Shows the detail of what a search hit or link leads to; whether it is there to show.
    pub(crate) fn jump(&mut self, target: &Target, ctx: &Ctx) -> bool {
        // A meeting reached otherwise than by a minutes hit opens at its top.
        self.meetings.to_item = None;
        let (screen, line) = match target {
            Target::Objective(id) => (Screen::Objectives, self.objectives.reveal(ctx, id)),
            Target::Decision(d) => (Screen::Decisions, self.decisions.reveal(ctx, d)),
            Target::Minutes(m, _) => (Screen::Meetings, self.meetings.reveal(ctx, m)),
            Target::Action(a) => (Screen::Actions, self.actions.reveal(ctx, a)),
        };
        if let Some(line) = line {
            self.screen = screen;
            *self.current_mut().list_mut() = ListState { selected: line, detail: true, scroll: 0 };
        }
        line.is_some()
    }
}

/// A link to decision `r`, named by how it is linked, its id and its text.
pub fn decision_link(ctx: &Ctx, r: &DecisionRef, how: Option<Context>) -> (Target, String) {
    let d = ctx.index.decisions.iter().find(|d| &d.reference == r);
    let text = d.map(|d| crate::tui::theme::line(&d.text)).unwrap_or_default();
    let how = how.map(|c| format!("{} ", context(ctx.lang, c))).unwrap_or_default();
    (Target::Decision(r.clone()), format!("{how}{r}  {text}"))
}

/// A link to objective `id`, named by its code and title.
pub fn objective_link(ctx: &Ctx, id: &ObjectiveId) -> (Target, String) {
    let o = ctx.index.objectives.get(id.as_str());
    let label = o.map_or_else(
        || id.to_string(),
        |o| format!("{}  {}", o.code, crate::tui::theme::line(&o.title)),
    );
    (Target::Objective(id.clone()), label)
}

/// A link to action item `a`, named by its id, its status today and its text.
pub fn action_link(ctx: &Ctx, a: &crate::index::actions::ActionEntry) -> (Target, String) {
    let today = chrono::Local::now().date_naive();
    let status = crate::index::strings::action_status(ctx.lang, a.status(), a.is_overdue(today));
    let text = crate::tui::theme::line(&a.text);
    (Target::Action(a.reference.clone()), format!("{}  {status}  {text}", a.reference))
}
