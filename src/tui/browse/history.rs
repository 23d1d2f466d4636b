//! Where the reader is, by what they look at rather than by line number, so that a reload of
//! the folder (someone else's change arriving) keeps their place.

use crate::domain::ids::{ActionItemRef, DecisionRef, MeetingId, ObjectiveId};
use crate::i18n::tui::{Context, Text, context, text};
use crate::index::decisions::DecisionFilter;
use crate::index::search::Target;
use crate::tui::action::Action;
use crate::tui::app::{App, ListState, Screen, Search, tree};
use crate::tui::ctx::Ctx;
use crate::tui::picker::{PickOption, Picker};

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
            lists: self.lists.clone(),
            filter: self.decisions.filter.clone(),
        }
    }

    /// Back: to the place last left by a jump (a search, a followed link); with none, the
    /// open detail closes.
    pub(crate) fn back(&mut self, ctx: &Ctx) {
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

    /// From the thing shown to what it links to (`Links`), or from a decision to its
    /// objective or its meeting; a picker asks which when there are several.
    pub(crate) fn follow(&mut self, action: Action, ctx: &Ctx) {
        if action != Action::Links && self.screen != Screen::Decisions {
            return;
        }
        let links = links(self, ctx).into_iter().filter(|(t, _)| match action {
            Action::ToObjective => matches!(t, Target::Objective(_)),
            Action::ToMeeting => matches!(t, Target::Minutes(..)),
            _ => true,
        });
        self.go_to_one(links.collect(), ctx);
    }

    /// The title of the open picker: where to go, or the objective to filter on.
    pub fn picker_title(&self) -> Text {
        if self.going.is_empty() { Text::PickObjective } else { Text::PickLink }
    }

    /// Goes to one of `links`: at once when there is one, else a picker asks which.
    pub(crate) fn go_to_one(&mut self, links: Vec<(Target, String)>, ctx: &Ctx) {
        if let [(target, _)] = links.as_slice() {
            self.go(target, ctx);
        } else if !links.is_empty() {
            let options = links.iter().enumerate();
            let options = options
                .map(|(i, (_, label))| PickOption::new(i.to_string(), label.clone(), "", false));
            self.picker = Some(Picker::new(options.collect()));
            self.going = links.into_iter().map(|(t, _)| t).collect();
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

/// The places the thing shown links to, each with how the links picker names it: for a
/// decision what it amends and supersedes and what amends and supersedes it, its objectives
/// and its meeting; for an objective or a meeting, its decisions.
pub fn links(app: &App, ctx: &Ctx) -> Vec<(Target, String)> {
    let lang = ctx.lang;
    let decision = |r: &DecisionRef, how: Option<Context>| {
        let d = ctx.index.decisions.iter().find(|d| &d.reference == r);
        let text = d.map(|d| crate::tui::theme::line(&d.text)).unwrap_or_default();
        let how = how.map(|c| format!("{} ", context(lang, c))).unwrap_or_default();
        (Target::Decision(r.clone()), format!("{how}{r}  {text}"))
    };
    let line = app.list(app.screen).selected;
    match app.screen {
        Screen::Decisions => {
            let Some(d) = app.decisions.at(ctx, line) else { return Vec::new() };
            let mut out: Vec<_> =
                d.amends.iter().map(|r| decision(r, Some(Context::Amends))).collect();
            out.extend(d.supersedes.iter().map(|r| decision(r, Some(Context::Supersedes))));
            out.extend(d.amended_by.iter().map(|r| decision(r, Some(Context::AmendedBy))));
            out.extend(d.superseded_by.iter().map(|r| decision(r, Some(Context::SupersededBy))));
            for id in &d.objectives {
                let o = ctx.index.objectives.get(id.as_str());
                let label = o.map_or_else(
                    || id.to_string(),
                    |o| format!("{}  {}", o.code, line_of(&o.title)),
                );
                out.push((Target::Objective(id.clone()), label));
            }
            let meeting = format!("{}  {}", text(lang, Text::Meeting), d.meeting());
            out.push((Target::Minutes(d.meeting().clone(), d.item.0), meeting));
            out
        }
        Screen::Objectives => {
            let Some(o) = tree(ctx, app).get(line).map(|o| o.id.clone()) else { return Vec::new() };
            let objectives = &ctx.index.objectives;
            let served = ctx.index.decisions.iter().rev();
            served
                .filter(|d| objectives.counted_under(&d.objectives).contains(&&o))
                .map(|d| decision(&d.reference, None))
                .collect()
        }
        Screen::Meetings => {
            let Some(&i) = ctx.meetings.get(line) else { return Vec::new() };
            let id = &ctx.folder.meetings[i].value.id;
            let held = ctx.index.decisions.iter().filter(|d| d.meeting() == id);
            held.map(|d| decision(&d.reference, None)).collect()
        }
        Screen::Actions => {
            app.actions.at(ctx, line).map_or_else(Vec::new, |a| action_links(ctx, a))
        }
    }
}

/// An action item's meeting (at the agenda item that agreed it) and its objective.
fn action_links(ctx: &Ctx, a: &crate::index::actions::ActionEntry) -> Vec<(Target, String)> {
    let id = a.reference.meeting();
    let meeting = ctx.folder.meetings.iter().find(|m| &m.value.id == id);
    let mut items = meeting.into_iter().flat_map(|m| m.value.action_items());
    let item = items.find(|(_, x)| x.number == a.reference.number()).map_or(0, |(i, _)| i.number);
    let label = format!("{}  {id}", text(ctx.lang, Text::Meeting));
    let mut out = vec![(Target::Minutes(id.clone(), item), label)];
    if let Some(o) = a.objective.as_ref().and_then(|o| ctx.index.objectives.get(o.as_str())) {
        let label = format!("{}  {}", o.code, line_of(&o.title));
        out.push((Target::Objective(o.id.clone()), label));
    }
    out
}

fn line_of(text: &str) -> String {
    crate::tui::theme::line(text)
}
