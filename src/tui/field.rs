//! The one-line field every question types into (a new meeting's day, time and place, the
//! editor's short answers), and the outcome of a key in a field or a picker: one set of key
//! rules for all of them (Enter answers, Esc drops, Ctrl-U clears).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

/// What a key in a field or a picker came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    /// Still typing or picking.
    Pending,
    /// Answered with this.
    Chosen(T),
    /// Dropped with Esc.
    Cancelled,
}

/// Whether `key` is Ctrl-U, which clears a field or a picker's query (also one offered
/// pre-filled).
pub fn is_clear(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('u')
}

/// The answer `key` gives to a j/n question (Dutch ja, English yes; n or Esc: no); `None` for
/// any other key, which answers nothing (the question stays, with a hint).
pub fn yes_no(key: &KeyEvent) -> Option<bool> {
    match key.code {
        KeyCode::Char('j' | 'J' | 'y' | 'Y') => Some(true),
        KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(false),
        _ => None,
    }
}

/// A one-line field: what is typed, with the cursor.
#[derive(Debug, Clone)]
pub struct LineField {
    area: TextArea<'static>,
}

impl LineField {
    /// A field offering `text`, the cursor after it.
    pub fn new(text: &str) -> Self {
        let mut area = TextArea::new(vec![text.to_owned()]);
        area.move_cursor(CursorMove::End);
        Self { area }
    }

    /// What is typed, trimmed.
    pub fn text(&self) -> String {
        self.area.lines().join(" ").trim().to_owned()
    }

    /// The textarea, to draw.
    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// A key: Enter answers with what is typed, Esc drops it, Ctrl-U clears, others type.
    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome<String> {
        match key.code {
            KeyCode::Esc => Outcome::Cancelled,
            KeyCode::Enter => Outcome::Chosen(self.text()),
            _ if is_clear(&key) => {
                *self = Self::new("");
                Outcome::Pending
            }
            // Ctrl-M is Enter in some terminals: never typed into one line.
            KeyCode::Char('m') if key.modifiers.contains(KeyModifiers::CONTROL) => Outcome::Pending,
            _ => {
                self.area.input(key);
                Outcome::Pending
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn a_field_types_clears_answers_and_drops() {
        let mut f = LineField::new("19:30");
        assert_eq!(f.handle_key(key(KeyCode::Char('x'))), Outcome::Pending);
        assert_eq!(f.handle_key(key(KeyCode::Enter)), Outcome::Chosen("19:30x".into()));
        let clear = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(f.handle_key(clear), Outcome::Pending);
        assert_eq!(f.handle_key(key(KeyCode::Char('9'))), Outcome::Pending);
        assert_eq!(f.handle_key(key(KeyCode::Enter)), Outcome::Chosen("9".into()));
        assert_eq!(f.handle_key(key(KeyCode::Esc)), Outcome::Cancelled);
    }
}
