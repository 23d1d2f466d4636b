//! The app's state and how actions change it. Nothing here draws or reads files. Each
//! screen's own state and keys are in its module under `browse`; this holds what they share:
//! which one is shown, the help, the search bar, the picker, Back's history.

use super::action::Action;
use super::browse::actions::Actions;
use super::browse::decisions::Decisions;
use super::browse::history::Visit;
use super::browse::meetings::Meetings;
use super::browse::objectives::Objectives;
use super::ctx::Ctx;
use super::effect::{Effect, Intent};
use super::picker::Picker;
use crate::domain::ids::ObjectiveId;
use crate::index::objectives::ObjectiveEntry;
use crate::index::search::Target;

pub use super::browse::search::Search;
pub use super::browse::{BrowseScreen, ListState, Screen};

/// The app's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// The objectives tree.
    pub objectives: Objectives,
    /// The decisions list and its filter.
    pub decisions: Decisions,
    /// The meetings list.
    pub meetings: Meetings,
    /// The actions list and its grouping.
    pub actions: Actions,
    /// Whether the help is shown.
    pub help: bool,
    /// How far the help is scrolled down (it may not fit a small terminal).
    pub help_scroll: u16,
    /// The search bar, while it is open.
    pub search: Option<Search>,
    /// The picker, while it is open: an objective to filter the decisions on, or which link
    /// to follow.
    pub picker: Option<Picker<Pick>>,
    /// Where Back returns to, newest last.
    pub history: Vec<Visit>,
    /// The last search, for `/` to open again as it was.
    pub last_search: Option<Search>,
    /// The lines a list shows, as last drawn (0 before the first frame): a page for PgDn.
    pub page_rows: std::cell::Cell<usize>,
}

/// What the browser's picker yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// An objective to filter the decisions on.
    Filter(ObjectiveId),
    /// A link to follow.
    Go(Target),
}

/// The lines of the objectives tree: children of folded SDs left out, ended objectives only
/// when asked for.
pub fn tree<'a>(ctx: &'a Ctx, app: &App) -> Vec<&'a ObjectiveEntry> {
    app.objectives.tree(ctx)
}

/// Lines a page moves.
const PAGE: usize = 10;

impl App {
    /// A screen, to read.
    pub fn screen_of(&self, screen: Screen) -> &dyn BrowseScreen {
        match screen {
            Screen::Objectives => &self.objectives,
            Screen::Decisions => &self.decisions,
            Screen::Meetings => &self.meetings,
            Screen::Actions => &self.actions,
        }
    }

    /// A screen, to change.
    pub fn screen_mut(&mut self, screen: Screen) -> &mut dyn BrowseScreen {
        match screen {
            Screen::Objectives => &mut self.objectives,
            Screen::Decisions => &mut self.decisions,
            Screen::Meetings => &mut self.meetings,
            Screen::Actions => &mut self.actions,
        }
    }

    /// The screen shown.
    pub fn current(&self) -> &dyn BrowseScreen {
        self.screen_of(self.screen)
    }

    /// The screen shown, to change.
    pub fn current_mut(&mut self) -> &mut dyn BrowseScreen {
        self.screen_mut(self.screen)
    }

    /// The list of a screen.
    pub fn list(&self, screen: Screen) -> &ListState {
        self.screen_of(screen).list()
    }

    /// Every screen's list, in [`Screen::ALL`] order.
    pub fn lists(&self) -> [ListState; 4] {
        Screen::ALL.map(|s| self.list(s).clone())
    }

    /// Puts every screen's list back as [`App::lists`] gave them.
    pub fn set_lists(&mut self, lists: [ListState; 4]) {
        for (screen, list) in Screen::ALL.into_iter().zip(lists) {
            *self.screen_mut(screen).list_mut() = list;
        }
    }

    /// Lines PgDn moves: the list's visible height as drawn, so the next page shows.
    fn page(&self) -> usize {
        match self.page_rows.get() {
            0 => PAGE,
            rows => rows,
        }
    }

    /// A key while the help is shown: scroll it, close it, or quit.
    fn help_key(&mut self, action: Action) -> Vec<Effect> {
        use super::help::{Step, scrolled};
        let lines = super::action::bindings(self.screen).count();
        let step = match action {
            Action::Down | Action::ScrollDown => Some(Step::Line(1)),
            Action::Up | Action::ScrollUp => Some(Step::Line(-1)),
            Action::PageDown => Some(Step::Page(1)),
            Action::PageUp => Some(Step::Page(-1)),
            Action::First => Some(Step::Top),
            Action::Last => Some(Step::Bottom),
            _ => None,
        };
        if let Some(step) = step {
            self.help_scroll = scrolled(self.help_scroll, step, lines);
            return Vec::new();
        }
        match action {
            Action::Back | Action::Help => (self.help, self.help_scroll) = (false, 0),
            Action::Quit => return vec![Effect::Quit],
            _ => {}
        }
        Vec::new()
    }

    /// Applies an action: what every screen shares here, the rest by the screen shown; what
    /// it asks of the rest of the app comes back.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Effect> {
        if self.help {
            return self.help_key(action);
        }
        if !matches!(action, Action::ScrollUp | Action::ScrollDown | Action::Help | Action::Copy) {
            // The words of the search that led here stand out only until the reader moves on.
            (self.meetings.marked, self.decisions.marked) = (None, None);
        }
        let step = |s: Screen, by: usize| Screen::ALL[(s.index() + by) % Screen::ALL.len()];
        let mut effects = Vec::new();
        match action {
            Action::Quit => effects.push(Effect::Quit),
            Action::Help => self.help = true,
            Action::Search => self.search = Some(self.last_search.take().unwrap_or_default()),
            Action::Back => self.back(ctx),
            Action::NextScreen => self.screen = step(self.screen, 1),
            Action::PrevScreen => self.screen = step(self.screen, 3),
            Action::Objectives => self.screen = Screen::Objectives,
            Action::Decisions => self.screen = Screen::Decisions,
            Action::Meetings => self.screen = Screen::Meetings,
            Action::Actions => self.screen = Screen::Actions,
            Action::ToObjective | Action::ToMeeting | Action::Links => self.follow(action, ctx),
            Action::FilterObjective => {
                self.picker = Some(super::browse::decisions::objective_picker(ctx))
            }
            Action::EditMeeting => effects
                .extend(self.meetings.selected(ctx).map(|id| Effect::Start(Intent::Edit(id)))),
            Action::NewMeeting => effects.push(Effect::Start(Intent::New)),
            Action::Conflicts => effects.push(Effect::Start(Intent::Conflicts)),
            Action::WhoAmI => effects.push(Effect::Start(Intent::Identify)),
            Action::Mine => effects.push(Effect::Start(Intent::Mine)),
            Action::Report => effects.extend(
                self.actions
                    .selected(ctx)
                    .map(|a| Effect::Start(Intent::Report(a.reference.clone()))),
            ),
            Action::PlanTitle | Action::PlanActions => {
                let intent = |id| match action {
                    Action::PlanTitle => Intent::PlanTitle(id),
                    _ => Intent::PlanActions(id),
                };
                effects.extend(self.objectives.selected(ctx).map(|id| Effect::Start(intent(id))))
            }
            Action::FilterText => {
                if let Some(text) = self.current_mut().text_mut() {
                    text.typing = true;
                }
            }
            Action::Copy => effects
                .extend(self.current().copied(ctx).map(|(what, text)| Effect::Copy { what, text })),
            _ => self.screen_key(action, ctx),
        }
        effects
    }

    /// A key for the screen shown: its own first, then moving through its list.
    fn screen_key(&mut self, action: Action, ctx: &Ctx) {
        let page = self.page();
        let screen = self.current_mut();
        if !screen.key(action, ctx) {
            let len = screen.len(ctx);
            screen.list_mut().navigate(action, len, page);
        }
    }

    /// Whether keys are typed into the current list's text filter.
    pub fn typing(&self) -> bool {
        self.current().text().is_some_and(|t| t.typing)
    }

    /// A key typed into the current list's text filter: a char narrows the list, Backspace
    /// widens it, Enter keeps the filter and gives the keys back to the list, Esc clears it.
    pub fn type_filter(&mut self, code: ratatui::crossterm::event::KeyCode, ctx: &Ctx) {
        use ratatui::crossterm::event::KeyCode;
        let screen = self.current_mut();
        let Some(text) = screen.text_mut() else { return };
        match code {
            KeyCode::Enter => text.typing = false,
            KeyCode::Esc => *text = Default::default(),
            KeyCode::Backspace => *text = text.edited(None),
            KeyCode::Char(c) => *text = text.edited(Some(c)),
            _ => return,
        }
        screen.refresh(ctx);
        // Other lines are under the selection now.
        let list = screen.list_mut();
        (list.selected, list.scroll) = (0, 0);
    }

    /// Closes the picker: filters the decisions on the objective `chosen`, or follows the
    /// link; `None` (dropped, or nothing to pick) changes nothing else.
    pub fn picker_close(&mut self, chosen: Option<Pick>, ctx: &Ctx) {
        self.picker = None;
        match chosen {
            Some(Pick::Filter(objective)) => self.decisions.picked(objective, ctx),
            Some(Pick::Go(target)) => self.go(&target, ctx),
            None => {}
        }
    }

    /// Selects line `line` of a screen's list, keeping its detail open or shut.
    pub fn select(&mut self, screen: Screen, line: usize) {
        self.screen_mut(screen).list_mut().selected = line;
    }

    /// Shows a screen.
    pub fn show(&mut self, screen: Screen) {
        self.screen = screen;
    }

    /// A click on line `line` of the current list: selects it, or opens it when it was
    /// already selected.
    pub fn click_line(&mut self, line: usize, ctx: &Ctx) {
        if line >= self.current().len(ctx) {
            return;
        }
        if line == self.current().list().selected {
            // Open only shows the detail: it asks nothing of the rest of the app.
            let _ = self.update(Action::Open, ctx);
        } else {
            let list = self.current_mut().list_mut();
            list.selected = line;
            list.scroll = 0;
        }
    }
}
