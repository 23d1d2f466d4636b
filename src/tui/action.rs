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
    /// Show or hide the help.
    Help,
}

/// One binding: the keys, how the help shows them, and the action.
pub struct Binding {
    /// The keys.
    pub keys: &'static [KeyCode],
    /// The keys as the help shows them.
    pub label: &'static str,
    /// What they do.
    pub action: Action,
}

const fn bind(keys: &'static [KeyCode], label: &'static str, action: Action) -> Binding {
    Binding { keys, label, action }
}

/// Every binding, in the order the help lists them; [`action_for`] reads the same table.
pub const BINDINGS: &[Binding] = &[
    bind(&[KeyCode::Up, KeyCode::Char('k')], "↑ k", Action::Up),
    bind(&[KeyCode::Down, KeyCode::Char('j')], "↓ j", Action::Down),
    bind(&[KeyCode::PageUp], "PgUp", Action::PageUp),
    bind(&[KeyCode::PageDown], "PgDn", Action::PageDown),
    bind(&[KeyCode::Enter, KeyCode::Right, KeyCode::Char('l')], "Enter → l", Action::Open),
    bind(&[KeyCode::Esc, KeyCode::Left, KeyCode::Char('h')], "Esc ← h", Action::Back),
    bind(&[KeyCode::Tab], "Tab", Action::NextScreen),
    bind(&[KeyCode::BackTab], "⇧Tab", Action::PrevScreen),
    bind(&[KeyCode::Char('1')], "1", Action::Objectives),
    bind(&[KeyCode::Char('2')], "2", Action::Decisions),
    bind(&[KeyCode::Char('3')], "3", Action::Meetings),
    bind(&[KeyCode::Char('4')], "4", Action::Actions),
    bind(&[KeyCode::Char('/')], "/", Action::Search),
    bind(&[KeyCode::Char('K')], "K", Action::ScrollUp),
    bind(&[KeyCode::Char('J'), KeyCode::Char(' ')], "J Space", Action::ScrollDown),
    bind(&[KeyCode::Char('o')], "o", Action::ToObjective),
    bind(&[KeyCode::Char('m')], "m", Action::ToMeeting),
    bind(&[KeyCode::Char('?')], "?", Action::Help),
    bind(&[KeyCode::Char('q')], "q", Action::Quit),
];

/// The action of a key press, if any. Ctrl-C always quits.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    BINDINGS.iter().find(|b| b.keys.contains(&key.code)).map(|b| b.action)
}
