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
}

use super::app::Screen;

/// One binding of the browser: the keys, how the help shows them, the action, and the
/// screens it works on (empty: every screen). The shared key-table type of `tui::keys`.
pub type Binding = super::keys::Binding<Action, &'static [Screen]>;

impl Binding {
    /// Whether it works on `screen`.
    pub fn applies(&self, screen: Screen) -> bool {
        self.when.is_empty() || self.when.contains(&screen)
    }
}

const fn bind(keys: &'static [KeyCode], label: &'static str, action: Action) -> Binding {
    super::keys::bind_when(keys, label, action, &[])
}

const fn on(
    screens: &'static [Screen],
    keys: &'static [KeyCode],
    label: &'static str,
    action: Action,
) -> Binding {
    super::keys::bind_when(keys, label, action, screens)
}

const DECISIONS: &[Screen] = &[Screen::Decisions];
const BY_BODY: &[Screen] = &[Screen::Decisions, Screen::Meetings];
const FILTERED: &[Screen] = &[Screen::Decisions, Screen::Meetings, Screen::Actions];
const LINKED: &[Screen] = &Screen::ALL;

/// Every binding, in the order the help lists them; [`action_for`] reads the same table.
pub const BINDINGS: &[Binding] = &[
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
    on(DECISIONS, &[KeyCode::Char('o')], "o", Action::ToObjective),
    on(DECISIONS, &[KeyCode::Char('m')], "m", Action::ToMeeting),
    on(LINKED, &[KeyCode::Char('f')], "f", Action::Links),
    on(BY_BODY, &[KeyCode::Char('b')], "b", Action::FilterBody),
    on(DECISIONS, &[KeyCode::Char('p')], "p", Action::FilterPeriod),
    on(DECISIONS, &[KeyCode::Char('u')], "u", Action::FilterOutcome),
    on(DECISIONS, &[KeyCode::Char('d')], "d", Action::FilterObjective),
    on(DECISIONS, &[KeyCode::Char('v')], "v", Action::FilterInForce),
    on(FILTERED, &[KeyCode::Char('x')], "x", Action::ClearFilters),
    on(&[Screen::Actions], &[KeyCode::Char('g')], "g", Action::Group),
    on(&[Screen::Actions], &[KeyCode::Char('o')], "o", Action::OpenOnly),
    on(&[Screen::Objectives], &[KeyCode::Char('e')], "e", Action::ShowEnded),
    on(&[Screen::Meetings], &[KeyCode::Char('e')], "e", Action::EditMeeting),
    on(&[Screen::Meetings], &[KeyCode::Char('n')], "n", Action::NewMeeting),
    on(&[Screen::Meetings], &[KeyCode::Char('w')], "w", Action::WhoAmI),
    bind(&[KeyCode::Char('c')], "c", Action::Conflicts),
    bind(&[KeyCode::Char('?')], "?", Action::Help),
    bind(&[KeyCode::Char('q')], "q", Action::Quit),
];

/// The action of a key press on `screen`, if any (Ctrl-C is the key router's, for every
/// layer).
pub fn action_for(key: KeyEvent, screen: Screen) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    BINDINGS.iter().find(|b| b.applies(screen) && b.keys.contains(&key.code)).map(|b| b.action)
}
