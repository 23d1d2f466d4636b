//! The browser: a module per screen, each owning its list, filters, keys and drawing. What
//! the screens share: the tabs' order, a list's selection, the split into list and detail,
//! and the layout a frame drew, which the mouse reads.

pub mod action_sort;
pub mod actions;
pub mod decision_context;
pub mod decisions;
pub mod history;
pub mod meetings;
pub mod narrow;
pub mod objectives;
pub mod plan_lines;
pub mod search;

use super::action::Action;
use super::ctx::Ctx;
use super::theme::Theme;
use crate::index::search::Target;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

pub(crate) use super::screens::list;

/// The screens, in tab order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Screen {
    /// SD → OD tree and an objective's detail.
    #[default]
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

    /// Its place in [`Screen::ALL`].
    pub fn index(self) -> usize {
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

    /// Moves the selection or scrolls the detail for the keys every list shares; whether
    /// `action` was one of them. `page` is how many lines a page moves.
    pub fn navigate(&mut self, action: Action, len: usize, page: usize) -> bool {
        let page = page as isize;
        match action {
            Action::Up => self.step(-1, len),
            Action::Down => self.step(1, len),
            Action::PageUp => self.step(-page, len),
            Action::PageDown => self.step(page, len),
            Action::First => self.step(-(len as isize), len),
            Action::Last => self.step(len as isize, len),
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(SCROLL),
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(SCROLL),
            Action::Open => self.detail = true,
            _ => return false,
        }
        true
    }
}

/// Lines the detail scrolls at a time.
const SCROLL: u16 = 10;

/// What a screen drew in the body: its list (and the line on each row) and its detail,
/// either of which may be hidden.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Panels {
    /// The list's rectangle, border included.
    pub list: Option<Rect>,
    /// The list line on each row inside the border, from the top down (`None`: a header).
    pub rows: Vec<Option<usize>>,
    /// The detail's rectangle, border included.
    pub detail: Option<Rect>,
}

impl Panels {
    /// The panels of a list drawn in `list` showing lines `shown` (a row each), beside
    /// `detail`.
    pub fn lines(list: Option<Rect>, shown: std::ops::Range<usize>, detail: Option<Rect>) -> Self {
        Self { list, rows: shown.map(Some).collect(), detail }
    }

    /// The list line under screen row `row` and column `column`, if a line is there.
    pub fn line_at(&self, column: u16, row: u16) -> Option<usize> {
        let list = self.list?;
        let inside_x = column >= list.x && column < list.x + list.width;
        let inside_y = row > list.y && row + 1 < list.y + list.height;
        let line = *self.rows.get(usize::from(row.checked_sub(list.y + 1)?))?;
        line.filter(|_| inside_x && inside_y)
    }
}

/// The layout a frame drew, for the mouse to act on what the user saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Each tab's title, where it stands, with its screen.
    pub tabs: Vec<(Rect, Screen)>,
    /// The screen's list and detail.
    pub panels: Panels,
    /// The status line.
    pub status: Rect,
    /// Whether something (help, search, a picker, a question) covers the screen: the mouse
    /// then does nothing.
    pub covered: bool,
}

impl Drawn {
    /// The tab under a click, if any.
    pub fn tab_at(&self, column: u16, row: u16) -> Option<Screen> {
        let hit = |r: &Rect| row == r.y && column >= r.x && column < r.x + r.width;
        self.tabs.iter().find(|(r, _)| hit(r)).map(|(_, s)| *s)
    }
}

/// A screen's list: its selection and detail (a field named `list`) and its length; written
/// by [`listed!`] rather than by hand per screen.
pub trait Listed {
    /// Its list's selection and detail.
    fn list(&self) -> &ListState;
    /// Its list's selection and detail, to change.
    fn list_mut(&mut self) -> &mut ListState;
    /// How many lines its list has.
    fn len(&self, ctx: &Ctx) -> usize;
}

/// [`Listed`] for a screen with a `list: ListState` field, its length the expression given:
/// `listed!(Meetings, |view, ctx| view.order(ctx).len());`.
macro_rules! listed {
    ($screen:ty, |$view:ident, $ctx:ident| $len:expr) => {
        impl $crate::tui::browse::Listed for $screen {
            fn list(&self) -> &$crate::tui::browse::ListState {
                &self.list
            }
            fn list_mut(&mut self) -> &mut $crate::tui::browse::ListState {
                &mut self.list
            }
            fn len(&self, $ctx: &$crate::tui::ctx::Ctx) -> usize {
                let $view = self;
                $len
            }
        }
    };
}
pub(crate) use listed;

/// One screen of the browser: its list, its own keys, its drawing and its links.
pub trait BrowseScreen: Listed {
    /// A key of its own (a filter, a grouping, folding); whether it was one.
    fn key(&mut self, action: Action, ctx: &Ctx) -> bool;
    /// Draws it in `area`; what it drew where.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme) -> Panels;
    /// The places its selected line links to, each with how the links picker names it.
    fn links(&self, ctx: &Ctx) -> Vec<(Target, String)>;
    /// What `y` copies of its selected line: how the status line names it (its id or
    /// code), and the text for the clipboard.
    fn copied(&self, ctx: &Ctx) -> Option<(String, String)>;
    /// Its text filter (`t`), if it has one.
    fn text(&self) -> Option<&narrow::TextFilter> {
        None
    }
    /// Its text filter, to type into.
    fn text_mut(&mut self) -> Option<&mut narrow::TextFilter> {
        None
    }
    /// Recomputes its list after its text filter changed.
    fn refresh(&mut self, _ctx: &Ctx) {}
}

/// The list and the detail areas. The list takes the whole width while no detail is open, so
/// a wide terminal shows as much of each line as fits (at 120 columns some 80 characters of a
/// decision, not 15); an open detail stands beside it when there is room (120 columns), else
/// takes the whole body.
pub fn split(area: Rect, detail_open: bool) -> (Option<Rect>, Option<Rect>) {
    if detail_open && area.width >= 120 {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        (Some(list), Some(detail))
    } else if detail_open {
        (None, Some(area))
    } else {
        (Some(area), None)
    }
}

/// A detail pane: a bordered, wrapped, scrollable text.
pub fn detail(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<ratatui::text::Line>,
    scroll: u16,
) {
    use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
    let block = Block::default().borders(Borders::ALL).title(format!(" {title} "));
    let paragraph =
        Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0));
    frame.render_widget(paragraph, area);
}

/// The lines of a list that fit in `area` (inside its border), a page at a time, so that a
/// frame builds only what it shows: 40,000 decisions cost as little as forty.
pub fn page(selected: usize, len: usize, area: Rect) -> std::ops::Range<usize> {
    let rows = (area.height.saturating_sub(2) as usize).max(1);
    let start = (selected / rows) * rows;
    start.min(len)..(start + rows).min(len)
}
