//! Everything a user can do, and the keys that do it: one table that both handles the keys
//! and writes the help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A user's intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Select the previous line.
    Up,
    /// Select the next line.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// The first line.
    First,
    /// The last line.
    Last,
    /// Open the selected line (or fold/unfold a strategic objective).
    Open,
    /// Close the detail, or the help.
    Back,
    /// The next screen.
    NextScreen,
    /// The previous screen.
    PrevScreen,
    /// The objectives screen.
    Objectives,
    /// The decisions screen.
    Decisions,
    /// The meetings screen.
    Meetings,
    /// The actions screen.
    Actions,
    /// Open the search bar.
    Search,
    /// Scroll the detail up.
    ScrollUp,
    /// Scroll the detail down.
    ScrollDown,
    /// From a decision to the objective it serves.
    ToObjective,
    /// From a decision to the minutes of its meeting.
    ToMeeting,
    /// From a decision, objective, meeting or action item to what it links to, picked from
    /// a list.
    Links,
    /// Show or hide the help.
    Help,
    /// Decisions and meetings: the next body (orgaan), then all again.
    FilterBody,
    /// Decisions: the next year, then all again.
    FilterPeriod,
    /// Decisions: the next outcome, then all again.
    FilterOutcome,
    /// Decisions: only those serving an objective, picked by code or title.
    FilterObjective,
    /// Decisions, meetings, action items: no filter.
    ClearFilters,
    /// Actions: group by status, owner or municipality.
    Group,
    /// Actions: only the open ones, the overdue ones, the done ones, then all again.
    OpenOnly,
    /// Objectives: show or hide ended objectives (merged, split, removed).
    ShowEnded,
    /// Meetings: write the selected meeting's minutes (its secretary only).
    EditMeeting,
    /// Meetings: a new meeting, from the body's template.
    NewMeeting,
    /// The conflict copies, to merge.
    Conflicts,
    /// Meetings: say who you are again (a wrong pick is not for ever).
    WhoAmI,
    /// Decisions: only those still in force, or all again.
    FilterInForce,
    /// Decisions, meetings: the next order (newest first, oldest first, by objective).
    Sort,
    /// Decisions, meetings, action items: type words the lines must hold.
    FilterText,
    /// Copy what is selected (a decision: its id, date, outcome and text) to the clipboard.
    Copy,
    /// Actions: report on one's own selected action item (done, ongoing, dropped, a note).
    Report,
    /// Every screen: the user's own overdue action items, on the actions screen.
    Mine,
    /// Objectives: a new title for the selected objective (the plan's writer).
    PlanTitle,
    /// Objectives: add an action, or change one's text, planning or spreading (the plan's
    /// writer).
    PlanActions,
}

use super::app::Screen;

/// One binding of the browser: the keys, how the help shows them, the action. The shared
/// key-table type of `tui::keys`; each screen's own rows are in its module under `browse`.
pub type Binding = super::keys::Binding<Action>;

/// A binding of `keys`, shown as `label`, doing `action`.
pub const fn bind(keys: &'static [KeyCode], label: &'static str, action: Action) -> Binding {
    super::keys::bind(keys, label, action)
}

/// The rows every screen starts with: moving, opening, the screens, search, scrolling.
pub const MOVES: &[Binding] = &[
    bind(&[KeyCode::Up, KeyCode::Char('k')], "↑ k", Action::Up),
    bind(&[KeyCode::Down, KeyCode::Char('j')], "↓ j", Action::Down),
    bind(&[KeyCode::PageUp], "PgUp", Action::PageUp),
    bind(&[KeyCode::PageDown], "PgDn", Action::PageDown),
    bind(&[KeyCode::Home], "Home", Action::First),
    bind(&[KeyCode::End], "End", Action::Last),
    bind(&[KeyCode::Enter, KeyCode::Right, KeyCode::Char('l')], "Enter → l", Action::Open),
    bind(
        &[KeyCode::Esc, KeyCode::Backspace, KeyCode::Left, KeyCode::Char('h')],
        "Esc ⌫ ← h",
        Action::Back,
    ),
    bind(&[KeyCode::Tab], "Tab", Action::NextScreen),
    bind(&[KeyCode::BackTab], "⇧Tab", Action::PrevScreen),
    bind(&[KeyCode::Char('1')], "1", Action::Objectives),
    bind(&[KeyCode::Char('2')], "2", Action::Decisions),
    bind(&[KeyCode::Char('3')], "3", Action::Meetings),
    bind(&[KeyCode::Char('4')], "4", Action::Actions),
    bind(&[KeyCode::Char('/')], "/", Action::Search),
    bind(&[KeyCode::Char('K')], "K", Action::ScrollUp),
    bind(&[KeyCode::Char('J'), KeyCode::Char(' ')], "J Space", Action::ScrollDown),
];

/// The rows every screen ends with.
pub const LAST: &[Binding] = &[
    bind(&[KeyCode::Char('y')], "y", Action::Copy),
    bind(&[KeyCode::Char('M')], "M", Action::Mine),
    bind(&[KeyCode::Char('c')], "c", Action::Conflicts),
    bind(&[KeyCode::Char('?')], "?", Action::Help),
    bind(&[KeyCode::Char('q')], "q", Action::Quit),
];

/// Follow a link (every screen's table has it).
pub const LINKS: Binding = bind(&[KeyCode::Char('f')], "f", Action::Links);
/// The body filter (decisions, meetings).
pub const BY_BODY: Binding = bind(&[KeyCode::Char('b')], "b", Action::FilterBody);
/// The period filter: the next year (decisions, meetings, action items).
pub const PERIOD: Binding = bind(&[KeyCode::Char('p')], "p", Action::FilterPeriod);
/// Words the lines must hold (the filtered lists).
pub const TEXT: Binding = bind(&[KeyCode::Char('t')], "t", Action::FilterText);
/// The order (decisions, meetings).
pub const SORT: Binding = bind(&[KeyCode::Char('s')], "s", Action::Sort);
/// No filter (the filtered lists).
pub const CLEAR: Binding = bind(&[KeyCode::Char('x')], "x", Action::ClearFilters);

/// The rows of `screen`: the shared moves, its own, then the shared last ones; in the
/// order the help lists them. [`action_for`] reads the same rows.
pub fn bindings(screen: Screen) -> impl Iterator<Item = &'static Binding> {
    use super::browse::{actions, decisions, meetings, objectives};
    let own = match screen {
        Screen::Objectives => objectives::KEYS,
        Screen::Decisions => decisions::KEYS,
        Screen::Meetings => meetings::KEYS,
        Screen::Actions => actions::KEYS,
    };
    MOVES.iter().chain(own).chain(LAST)
}

/// The action of a key press on `screen`, if any (Ctrl-C is the key router's, for every
/// layer).
pub fn action_for(key: KeyEvent, screen: Screen) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    bindings(screen).find(|b| b.keys.contains(&key.code)).map(|b| b.action)
}
