//! The app's state and how actions change it. Nothing here draws or reads files.

use super::action::Action;
use super::browse::filters::{ActionsView, DecisionsView};
use super::ctx::Ctx;
use super::picker::{PickOption, Picker};
use super::searcher::Searcher;
use crate::index::objectives::ObjectiveEntry;
use crate::index::search::{Hit, Target};
use std::collections::HashSet;

/// The screens, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// SD → OD tree and an objective's detail.
    Objectives,
    /// Every decision and a decision's detail.
    Decisions,
    /// Every meeting, and its minutes as a document.
    Meetings,
    /// Action items with their status.
    Actions,
}

impl Screen {
    /// Every screen, in tab order.
    pub const ALL: [Screen; 4] =
        [Screen::Objectives, Screen::Decisions, Screen::Meetings, Screen::Actions];

    pub(crate) fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// A list with a selected line and an open detail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    /// The selected line.
    pub selected: usize,
    /// Whether the selected line's detail is open (on narrow screens it takes the body).
    pub detail: bool,
    /// How far the detail is scrolled down.
    pub scroll: u16,
}

impl ListState {
    fn step(&mut self, by: isize, len: usize) {
        let last = len.saturating_sub(1) as isize;
        self.selected = (self.selected as isize + by).clamp(0, last) as usize;
        self.scroll = 0;
    }
}

/// The search bar: what was typed and what it found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query.
    pub query: String,
    /// The hits, best first.
    pub hits: Vec<Hit>,
    /// The query the hits are of: behind `query` while a background search runs.
    pub hits_of: String,
    /// The selected hit.
    pub selected: usize,
    /// Runs the queries when the search is not in the background.
    searcher: Searcher,
}

impl Search {
    /// Whether the hits shown are not yet those of the query typed.
    pub fn is_behind(&self) -> bool {
        self.hits_of != self.query
    }
}

/// The app's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// Each screen's list, in [`Screen::ALL`] order.
    pub lists: [ListState; 4],
    /// Strategic objectives folded shut.
    pub folded: HashSet<String>,
    /// Whether the help is shown.
    pub help: bool,
    /// How far the help is scrolled down (it may not fit a small terminal).
    pub help_scroll: u16,
    /// The search bar, while it is open.
    pub search: Option<Search>,
    /// The objective picker of the decisions filter, while it is open.
    pub picker: Option<Picker>,
    /// The decisions list and its filter.
    pub decisions: DecisionsView,
    /// The actions list and its grouping.
    pub actions: ActionsView,
    /// Whether the objectives tree shows ended objectives too.
    pub show_ended: bool,
    /// Whether searches run on a thread of their own (the running app) rather than at once
    /// (tests): the query is then left behind for the event loop to send.
    pub background_search: bool,
    /// What the user asked to write, for the session to take up.
    pub intent: Option<super::session::Intent>,
    /// Whether the user asked to quit.
    pub quit: bool,
    /// Where Back returns to, newest last.
    pub history: Vec<super::browse::history::Visit>,
    /// The last search, for `/` to open again as it was.
    pub last_search: Option<Search>,
    /// While the picker asks where to go: its options' places (empty: it picks a filter).
    pub going: Vec<Target>,
    /// The lines a list shows, as last drawn (0 before the first frame): a page for PgDn.
    pub page_rows: std::cell::Cell<usize>,
}

impl Default for App {
    fn default() -> Self {
        Self {
            screen: Screen::Objectives,
            lists: Default::default(),
            folded: HashSet::new(),
            help: false,
            help_scroll: 0,
            search: None,
            picker: None,
            decisions: DecisionsView::default(),
            actions: ActionsView::default(),
            show_ended: false,
            background_search: false,
            intent: None,
            quit: false,
            history: Vec::new(),
            last_search: None,
            going: Vec::new(),
            page_rows: Default::default(),
        }
    }
}

/// The lines of the objectives tree: children of folded SDs left out, ended objectives only
/// when asked for.
pub fn tree<'a>(ctx: &'a Ctx, app: &App) -> Vec<&'a ObjectiveEntry> {
    ctx.index
        .objectives
        .all()
        .iter()
        .filter(|o| app.show_ended || o.is_active())
        .filter(|o| o.parent.as_ref().is_none_or(|p| !app.folded.contains(p.as_str())))
        .collect()
}

/// Lines a page moves.
const PAGE: isize = 10;

impl App {
    /// The list of a screen.
    pub fn list(&self, screen: Screen) -> &ListState {
        &self.lists[screen.index()]
    }

    /// Lines PgDn moves: the list's visible height as drawn, so the next page shows.
    fn page(&self) -> isize {
        match self.page_rows.get() {
            0 => PAGE,
            rows => rows as isize,
        }
    }

    fn len(&self, ctx: &Ctx) -> usize {
        match self.screen {
            Screen::Objectives => tree(ctx, self).len(),
            Screen::Decisions => self.decisions.len(ctx),
            Screen::Meetings => ctx.meetings.len(),
            Screen::Actions => self.actions.order(ctx).len(),
        }
    }

    /// A key while the help is shown: scroll it, close it, or quit.
    fn help_key(&mut self, action: Action) {
        let last = super::action::BINDINGS.iter().filter(|b| b.applies(self.screen)).count();
        let by = |n: i32| (i32::from(self.help_scroll) + n).clamp(0, last as i32) as u16;
        match action {
            Action::Down | Action::ScrollDown => self.help_scroll = by(1),
            Action::Up | Action::ScrollUp => self.help_scroll = by(-1),
            Action::PageDown => self.help_scroll = by(PAGE as i32),
            Action::First => self.help_scroll = 0,
            Action::Last => self.help_scroll = by(last as i32),
            Action::PageUp => self.help_scroll = by(-(PAGE as i32)),
            Action::Back | Action::Help => (self.help, self.help_scroll) = (false, 0),
            Action::Quit => self.quit = true,
            _ => {}
        }
    }

    /// Applies an action.
    pub fn update(&mut self, action: Action, ctx: &Ctx) {
        if self.help {
            self.help_key(action);
            return;
        }
        if action == Action::Back {
            self.back(ctx);
            return;
        }
        let len = self.len(ctx);
        let page = self.page();
        let list = &mut self.lists[self.screen.index()];
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = true,
            Action::Search => self.search = Some(self.last_search.take().unwrap_or_default()),
            Action::Up => list.step(-1, len),
            Action::Down => list.step(1, len),
            Action::PageUp => list.step(-page, len),
            Action::PageDown => list.step(page, len),
            Action::First => list.step(-(len as isize), len),
            Action::Last => list.step(len as isize, len),
            Action::ScrollUp => list.scroll = list.scroll.saturating_sub(PAGE as u16),
            Action::ScrollDown => list.scroll = list.scroll.saturating_add(PAGE as u16),
            Action::Back => {}
            Action::Open => self.open(ctx),
            Action::NextScreen => self.screen = Screen::ALL[(self.screen.index() + 1) % 4],
            Action::PrevScreen => self.screen = Screen::ALL[(self.screen.index() + 3) % 4],
            Action::Objectives => self.screen = Screen::Objectives,
            Action::Decisions => self.screen = Screen::Decisions,
            Action::Meetings => self.screen = Screen::Meetings,
            Action::Actions => self.screen = Screen::Actions,
            Action::ToObjective | Action::ToMeeting | Action::Links => self.follow(action, ctx),
            Action::FilterBody => self.decisions.cycle_body(ctx),
            Action::FilterPeriod => self.decisions.cycle_period(ctx),
            Action::FilterOutcome => self.decisions.cycle_outcome(ctx),
            Action::FilterObjective => self.picker = Some(objective_picker(ctx)),
            Action::ClearFilters => self.decisions.set(Default::default(), ctx),
            Action::Group => self.actions.cycle(ctx),
            Action::OpenOnly => self.actions.toggle_open(ctx),
            Action::ShowEnded => self.show_ended = !self.show_ended,
            Action::EditMeeting => {
                self.intent =
                    super::session::selected_meeting(self, ctx).map(super::session::Intent::Edit)
            }
            Action::NewMeeting => self.intent = Some(super::session::Intent::New),
            Action::Conflicts => self.intent = Some(super::session::Intent::Conflicts),
            Action::WhoAmI => self.intent = Some(super::session::Intent::Identify),
        }
        // A filter or grouping changes the lines under the selection.
        if matches!(
            action,
            Action::FilterBody
                | Action::FilterPeriod
                | Action::FilterOutcome
                | Action::ClearFilters
                | Action::Group
                | Action::OpenOnly
                | Action::ShowEnded
        ) {
            self.lists[self.screen.index()] = ListState::default();
        }
    }

    /// Closes the objective picker, filtering the decisions on the chosen one when `go`.
    pub fn picker_close(&mut self, go: bool, ctx: &Ctx) {
        let Some(picker) = self.picker.take() else { return };
        let going = std::mem::take(&mut self.going);
        if !going.is_empty() {
            let chosen = picker.chosen().filter(|_| go).and_then(|c| c.id.parse::<usize>().ok());
            if let Some(target) = chosen.and_then(|i| going.get(i)) {
                self.go(target, ctx);
            }
            return;
        }
        if let Some(chosen) = picker.chosen().filter(|_| go) {
            self.decisions.only_objective(chosen.id.as_str().into(), ctx);
            self.lists[Screen::Decisions.index()] = ListState::default();
        }
    }

    /// Enter: a strategic objective folds or unfolds; anything else opens its detail.
    fn open(&mut self, ctx: &Ctx) {
        if self.screen == Screen::Objectives {
            let lines = tree(ctx, self);
            let selected = self.list(Screen::Objectives).selected;
            if let Some(o) = lines.get(selected).filter(|o| o.parent.is_none()) {
                let id = o.id.to_string();
                if !self.folded.remove(&id) {
                    self.folded.insert(id);
                }
                return;
            }
        }
        self.lists[self.screen.index()].detail = true;
    }

    /// Selects line `line` of a screen's list, keeping its detail open or shut.
    pub fn select(&mut self, screen: Screen, line: usize) {
        self.lists[screen.index()].selected = line;
    }

    /// Shows a screen.
    pub fn show(&mut self, screen: Screen) {
        self.screen = screen;
    }

    /// A click on line `row` of the visible page of the current list: selects it, or opens it
    /// when it was already selected.
    pub fn click_line(&mut self, row: usize, list_area: ratatui::layout::Rect, ctx: &Ctx) {
        let len = self.len(ctx);
        let selected = self.list(self.screen).selected;
        let first = if self.screen == Screen::Objectives {
            // The tree is all drawn and ratatui scrolls it just enough to show the selection.
            let rows = list_area.height.saturating_sub(2) as usize;
            (selected + 1).saturating_sub(rows)
        } else {
            super::screens::page(selected, len, list_area).start
        };
        let line = first + row;
        if line >= len {
            return;
        }
        if line == selected {
            self.update(Action::Open, ctx);
        } else {
            let list = &mut self.lists[self.screen.index()];
            list.selected = line;
            list.scroll = 0;
        }
    }

    /// Types into the search bar (or deletes with `None`) and searches again, unless the
    /// search runs in the background.
    pub fn search_edit(&mut self, c: Option<char>, ctx: &Ctx) {
        let Some(search) = &mut self.search else { return };
        match c {
            Some(c) => search.query.push(c),
            None => {
                search.query.pop();
            }
        }
        if !self.background_search {
            let hits = search.searcher.hits(ctx, &search.query);
            let query = search.query.clone();
            self.search_results(&query, hits);
        }
    }

    /// The hits of `query` arrived; shown if the bar still holds a query.
    pub fn search_results(&mut self, query: &str, hits: Vec<Hit>) {
        if let Some(search) = &mut self.search {
            // The same query's hits again (a late answer) keep the selection.
            if search.hits_of != query {
                search.selected = 0;
            }
            search.selected = search.selected.min(hits.len().saturating_sub(1));
            search.hits = hits;
            search.hits_of = query.to_owned();
        }
    }

    /// Moves the selection among the hits.
    pub fn search_step(&mut self, by: isize) {
        if let Some(s) = &mut self.search {
            let last = s.hits.len().saturating_sub(1) as isize;
            s.selected = (s.selected as isize + by).clamp(0, last) as usize;
        }
    }

    /// Closes the search bar, jumping to the selected hit when `go`.
    pub fn search_close(&mut self, go: bool, ctx: &Ctx) {
        let Some(search) = self.search.take() else { return };
        if let Some(hit) = search.hits.get(search.selected).filter(|_| go)
            && self.jump(&hit.target, ctx)
        {
            self.remember(super::browse::history::Visit::Search(search.clone()));
        }
        self.last_search = Some(search);
    }

    /// Shows the detail of what a search hit or link leads to; whether it is there to show.
    pub(crate) fn jump(&mut self, target: &Target, ctx: &Ctx) -> bool {
        let (screen, line) = match target {
            Target::Objective(id) => {
                let objective = ctx.index.objectives.get(id.as_str());
                if let Some(parent) = objective.and_then(|o| o.parent.clone()) {
                    self.folded.remove(parent.as_str());
                }
                self.show_ended |= objective.is_some_and(|o| !o.is_active());
                (Screen::Objectives, tree(ctx, self).iter().position(|o| &o.id == id))
            }
            Target::Decision(d) => {
                let pos = ctx.index.decisions.iter().position(|e| &e.reference == d);
                let Some(pos) = pos else { return false };
                if self.decisions.line_of(ctx, pos).is_none() {
                    // The filter hides it: a jump shows it, so the filter goes.
                    self.decisions.set(Default::default(), ctx);
                }
                (Screen::Decisions, self.decisions.line_of(ctx, pos))
            }
            Target::Minutes(m, _) => (
                Screen::Meetings,
                ctx.meetings.iter().position(|i| &ctx.folder.meetings[*i].value.id == m),
            ),
            Target::Action(a) => (
                Screen::Actions,
                self.actions.order(ctx).iter().position(|i| &ctx.index.actions[*i].reference == a),
            ),
        };
        if let Some(line) = line {
            self.screen = screen;
            let list = &mut self.lists[screen.index()];
            *list = ListState { selected: line, detail: true, scroll: 0 };
        }
        line.is_some()
    }
}

/// The objectives to filter on: active ones in plan order, then ended ones.
fn objective_picker(ctx: &Ctx) -> Picker {
    let ended = crate::i18n::tui::text(ctx.lang, crate::i18n::tui::Text::Ended);
    let all = ctx.index.objectives.all().iter().filter(|o| o.parent.is_some());
    let (active, gone): (Vec<_>, Vec<_>) = all.partition(|o| o.is_active());
    Picker::new(active.into_iter().chain(gone).map(|o| PickOption::objective(o, ended)).collect())
}
