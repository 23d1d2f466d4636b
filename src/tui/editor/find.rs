//! Find in the minutes: `/` (Ctrl-F while typing) opens a line at the bottom; Enter or ↓ goes
//! to the next hit, ↑ to the previous one, across the items in agenda order and round; Esc
//! closes the line and leaves the cursor at the hit. F3 and Shift-F3 go on with the last
//! query. Case and accents do not matter.

use super::keys::Focus;
use super::{Editor, Note};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The find line and where it last found something.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    /// What is looked for, as typed.
    pub query: String,
    /// Whether the line is open (keys type the query).
    pub open: bool,
    /// The hit gone to last.
    pub hit: Option<Hit>,
    /// How many hits the minutes hold, and which one the last is (from 1), when counted.
    pub count: Option<(usize, usize)>,
}

/// A hit: the item, the line in its minutes, and its first and past-last character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    /// The agenda item, by place.
    pub item: usize,
    /// The line of its minutes.
    pub line: usize,
    /// The first character.
    pub from: usize,
    /// Past the last character.
    pub to: usize,
}

/// A character as compared: lower case, without its accent (one character for one, so the
/// columns of a hit are those of the text).
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        crate::text::fold(&c.to_string()).chars().next().unwrap_or(c)
    }
}

/// Every hit of `query` (folded) in `text`: (line, from, to) in characters, in order.
fn hits_in(text: &str, query: &[char]) -> Vec<(usize, usize, usize)> {
    let mut hits = Vec::new();
    if query.is_empty() {
        return hits;
    }
    for (n, line) in text.split('\n').enumerate() {
        let folded: Vec<char> = line.chars().map(fold_char).collect();
        let mut at = 0;
        while at + query.len() <= folded.len() {
            if folded[at..at + query.len()] == *query {
                hits.push((n, at, at + query.len()));
                at += query.len();
            } else {
                at += 1;
            }
        }
    }
    hits
}

impl Editor {
    /// Opens the find line with the last query.
    pub(super) fn open_find(&mut self) {
        self.store_minutes();
        self.find.open = true;
    }

    /// The hit in the item on screen, to show: (line, from, to).
    pub fn find_hit(&self) -> Option<(usize, usize, usize)> {
        let hit = self.find.hit.filter(|h| h.item == self.item)?;
        Some((hit.line, hit.from, hit.to))
    }

    /// A key while the find line is open.
    pub(super) fn find_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => self.find.open = false,
            // Nothing typed yet: nothing to look for.
            KeyCode::Enter | KeyCode::Down | KeyCode::Up if self.find.query.is_empty() => {}
            KeyCode::Enter | KeyCode::Down => self.find_step(true),
            KeyCode::Up => self.find_step(false),
            KeyCode::Backspace => {
                self.find.query.pop();
            }
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.find.query.clear()
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.find.query.push(c)
            }
            _ => {}
        }
    }

    /// Goes to the next (or previous) hit after the cursor, across items and round.
    pub(super) fn find_step(&mut self, forward: bool) {
        self.store_minutes();
        let query: Vec<char> = self.find.query.chars().map(fold_char).collect();
        let all: Vec<Hit> = self
            .meeting
            .agenda
            .iter()
            .enumerate()
            .flat_map(|(item, i)| {
                let hits = hits_in(&i.minutes, &query);
                hits.into_iter().map(move |(line, from, to)| Hit { item, line, from, to })
            })
            .collect();
        let (line, col) = self.minutes.cursor();
        let here = Hit { item: self.item, line, from: col, to: col };
        let on_hit = self.find.hit.filter(|h| h.item == self.item && h.line == line);
        let next = if forward {
            // From the hit the cursor is on, the one after it.
            let from = on_hit.filter(|h| h.from == col).map_or(here, |h| Hit { to: h.to + 1, ..h });
            all.iter().position(|h| *h >= from).or((!all.is_empty()).then_some(0))
        } else {
            all.iter().rposition(|h| *h < here).or(all.len().checked_sub(1))
        };
        let Some(at) = next else {
            self.find.hit = None;
            self.find.count = None;
            self.note = Some(Note::NotFound(self.find.query.clone()));
            return;
        };
        let hit = all[at];
        self.find.hit = Some(hit);
        self.find.count = Some((at + 1, all.len()));
        self.go_to_hit(hit);
    }

    fn go_to_hit(&mut self, hit: Hit) {
        if hit.item != self.item {
            self.select_item(hit.item);
        }
        // Into the minutes at the hit, where Esc leaves the secretary (not when read-only:
        // the view follows the hit there).
        if self.read_only.is_none() {
            self.set_focus(Focus::Minutes);
        }
        // Anywhere in the text, past the textarea's window too.
        self.minutes.jump((hit.line, hit.from));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_fold_case_and_accents_and_keep_the_columns() {
        let query: Vec<char> = "initie".chars().collect();
        assert_eq!(hits_in("Wij INITIËREN.\nx initieel", &query), [(0, 4, 10), (1, 2, 8)]);
        assert!(hits_in("niets", &[]).is_empty());
    }
}
