//! The app's state and how actions change it. Nothing here draws or reads files.

use super::action::Action;
use super::ctx::Ctx;
use crate::index::objectives::ObjectiveEntry;
use std::collections::HashSet;

/// The screens, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// SD → OD tree and an objective's detail.
    Objectives,
    /// Every decision and a decision's detail.
    Decisions,
}

impl Screen {
    /// Every screen, in tab order.
    pub const ALL: [Screen; 2] = [Screen::Objectives, Screen::Decisions];
}

/// A list with a selected line and an open detail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    /// The selected line.
    pub selected: usize,
    /// Whether the selected line's detail is open (on narrow screens it takes the body).
    pub detail: bool,
}

impl ListState {
    fn step(&mut self, by: isize, len: usize) {
        let last = len.saturating_sub(1) as isize;
        self.selected = (self.selected as isize + by).clamp(0, last) as usize;
    }
}

/// The app's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// The objectives screen.
    pub objectives: ListState,
    /// Strategic objectives folded shut.
    pub folded: HashSet<String>,
    /// The decisions screen.
    pub decisions: ListState,
    /// Whether the help is shown.
    pub help: bool,
    /// Whether the user asked to quit.
    pub quit: bool,
}

impl Default for App {
    fn default() -> Self {
        Self {
            screen: Screen::Objectives,
            objectives: ListState::default(),
            folded: HashSet::new(),
            decisions: ListState::default(),
            help: false,
            quit: false,
        }
    }
}

/// The lines of the objectives tree: active objectives, children of folded SDs left out.
pub fn tree<'a>(ctx: &'a Ctx, folded: &HashSet<String>) -> Vec<&'a ObjectiveEntry> {
    ctx.index
        .objectives
        .all()
        .iter()
        .filter(|o| o.is_active())
        .filter(|o| o.parent.as_ref().is_none_or(|p| !folded.contains(p.as_str())))
        .collect()
}

/// Lines a page moves.
const PAGE: isize = 10;

impl App {
    /// Applies an action.
    pub fn update(&mut self, action: Action, ctx: &Ctx) {
        if self.help {
            self.help = !matches!(action, Action::Back | Action::Help);
            self.quit = action == Action::Quit;
            return;
        }
        let len = match self.screen {
            Screen::Objectives => tree(ctx, &self.folded).len(),
            Screen::Decisions => ctx.index.decisions.len(),
        };
        let list = match self.screen {
            Screen::Objectives => &mut self.objectives,
            Screen::Decisions => &mut self.decisions,
        };
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = true,
            Action::Up => list.step(-1, len),
            Action::Down => list.step(1, len),
            Action::PageUp => list.step(-PAGE, len),
            Action::PageDown => list.step(PAGE, len),
            Action::Back => list.detail = false,
            Action::Open => self.open(ctx),
            Action::NextScreen | Action::PrevScreen => {
                let i = Screen::ALL.iter().position(|s| *s == self.screen).unwrap_or(0);
                let n = Screen::ALL.len();
                let next = if action == Action::NextScreen { i + 1 } else { i + n - 1 };
                self.screen = Screen::ALL[next % n];
            }
            Action::Objectives => self.screen = Screen::Objectives,
            Action::Decisions => self.screen = Screen::Decisions,
        }
    }

    /// Enter: a strategic objective folds or unfolds; anything else opens its detail.
    fn open(&mut self, ctx: &Ctx) {
        if self.screen == Screen::Objectives {
            let lines = tree(ctx, &self.folded);
            if let Some(o) = lines.get(self.objectives.selected).filter(|o| o.parent.is_none()) {
                let id = o.id.to_string();
                if !self.folded.remove(&id) {
                    self.folded.insert(id);
                }
                return;
            }
            self.objectives.detail = true;
        } else {
            self.decisions.detail = true;
        }
    }
}
