//! Undo in the editor, back to the opening of the meeting.
//!
//! Text: the minutes' textarea keeps every edit as a diff (a char, a string, a line break,
//! never a copy of the text) in its own history, which the editor leaves uncapped. What it
//! cannot do is group them: one Ctrl-Z per character. `TextUndo` groups the textarea's edits
//! by word (a word typed with the space after it, a run of Backspace or Delete per word) and
//! undoes a group by undoing its edits one by one.
//!
//! Structure: decisions, actions, follow-ups, items, attendance and times change the meeting
//! through `domain::edit`; before each such edit the meeting is kept without its minutes (the
//! minutes are the textareas' business, and they may be megabytes). Undoing restores that
//! meeting and puts the minutes as they are now back into the items they belong to, following
//! the items that were added, removed or moved.

use crate::domain::edit::EditError;
use crate::domain::meeting::Meeting;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

/// What one key did to the minutes, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    /// A character typed (a line break too).
    Type(char),
    /// A character deleted (Backspace or Delete).
    Delete(char),
    /// Anything else (a word deleted, a paste, a time stamp, typing over a selection): a step
    /// of its own.
    Other,
}

impl Stroke {
    /// What `key` will do to `area`, looked at before the textarea takes it.
    pub fn of(key: &KeyEvent, area: &TextArea) -> Stroke {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        if area.selection_range().is_some() || alt {
            return Stroke::Other;
        }
        let ratatui_textarea::DataCursor(row, col) = area.cursor();
        let line = area.lines().get(row).map(String::as_str).unwrap_or("");
        // A line break is deleted at either end of a line.
        let before = || col.checked_sub(1).and_then(|c| line.chars().nth(c)).unwrap_or('\n');
        let after = || line.chars().nth(col).unwrap_or('\n');
        match key.code {
            KeyCode::Char('m') if ctrl => Stroke::Type('\n'),
            KeyCode::Char('h') if ctrl => Stroke::Delete(before()),
            KeyCode::Char('d') if ctrl => Stroke::Delete(after()),
            KeyCode::Char(c) if !ctrl => Stroke::Type(c),
            KeyCode::Enter => Stroke::Type('\n'),
            KeyCode::Backspace => Stroke::Delete(before()),
            KeyCode::Delete => Stroke::Delete(after()),
            _ => Stroke::Other,
        }
    }

    /// How many edits the textarea records for this key (typing over a selection deletes it
    /// first: two).
    pub fn edits(key: &KeyEvent, area: &TextArea) -> usize {
        let inserts = matches!(key.code, KeyCode::Char(_) | KeyCode::Enter | KeyCode::Tab);
        let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if area.selection_range().is_some() && inserts && plain { 2 } else { 1 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    Typing,
    Deleting,
    Alone,
}

#[derive(Debug, Clone)]
struct Group {
    run: Run,
    /// How many of the textarea's edits it holds.
    edits: usize,
    /// Whether its last character was a space or a line break: a word after it starts a new
    /// group.
    spaced: bool,
}

/// The undo groups of one item's minutes, over its textarea's history.
#[derive(Debug, Clone, Default)]
pub struct TextUndo {
    done: Vec<Group>,
    /// The sizes of the groups undone, for redo.
    undone: Vec<usize>,
}

impl TextUndo {
    /// Records that `stroke` made `edits` edits in the textarea.
    pub fn record(&mut self, stroke: Stroke, edits: usize) {
        // A new edit ends what can be redone, in the textarea as here.
        self.undone.clear();
        let (run, c) = match stroke {
            Stroke::Type(c) => (Run::Typing, Some(c)),
            Stroke::Delete(c) => (Run::Deleting, Some(c)),
            Stroke::Other => (Run::Alone, None),
        };
        let spaced = c.is_some_and(char::is_whitespace);
        if let Some(last) = self.done.last_mut()
            && last.run == run
            && run != Run::Alone
            && (!last.spaced || spaced)
        {
            last.edits += edits;
            last.spaced = spaced;
            return;
        }
        self.done.push(Group { run, edits, spaced });
    }

    /// Undoes the last group in `area`; whether anything changed.
    pub fn undo(&mut self, area: &mut TextArea) -> bool {
        let Some(group) = self.done.pop() else { return false };
        let undone = (0..group.edits).take_while(|_| area.undo()).count();
        self.undone.push(undone);
        undone > 0
    }

    /// Redoes the last group undone; whether anything changed.
    pub fn redo(&mut self, area: &mut TextArea) -> bool {
        let Some(edits) = self.undone.pop() else { return false };
        let redone = (0..edits).take_while(|_| area.redo()).count();
        self.done.push(Group { run: Run::Alone, edits: redone, spaced: false });
        redone > 0
    }
}

/// Where the agenda items went in a structural edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The items stayed where they were.
    Same,
    /// An item was inserted at this place.
    Inserted(usize),
    /// The item at this place was removed.
    Removed(usize),
    /// These two items changed places.
    Swapped(usize, usize),
}

impl Shape {
    /// For each of `len` items before the edit, its place after it (None: removed).
    pub fn places(self, len: usize) -> Vec<Option<usize>> {
        (0..len)
            .map(|i| match self {
                Shape::Same => Some(i),
                Shape::Inserted(at) => Some(if i >= at { i + 1 } else { i }),
                Shape::Removed(at) if i == at => None,
                Shape::Removed(at) => Some(if i > at { i - 1 } else { i }),
                Shape::Swapped(a, b) if i == a => Some(b),
                Shape::Swapped(a, b) if i == b => Some(a),
                Shape::Swapped(..) => Some(i),
            })
            .collect()
    }
}

/// The meeting as it was before a structural edit, without its minutes.
#[derive(Debug, Clone)]
pub struct Snapshot {
    meeting: Meeting,
    /// For each of its items, its place in the meeting the edit made (None: removed).
    places: Vec<Option<usize>>,
}

impl Snapshot {
    /// `meeting` without its minutes, about to be changed with `shape`.
    pub fn of(meeting: &mut Meeting, shape: Shape) -> Snapshot {
        // The agenda is set aside while the rest is cloned: its minutes are not copied.
        let agenda = std::mem::take(&mut meeting.agenda);
        let mut copy = meeting.clone();
        meeting.agenda = agenda;
        copy.agenda = meeting
            .agenda
            .iter()
            .map(|i| crate::domain::meeting::AgendaItem {
                minutes: String::new(),
                number: i.number,
                title: i.title.clone(),
                decisions: i.decisions.clone(),
                actions: i.actions.clone(),
                follow_ups: i.follow_ups.clone(),
            })
            .collect();
        let places = shape.places(copy.agenda.len());
        Snapshot { meeting: copy, places }
    }

    /// Puts `meeting` back as in this snapshot, with the minutes it has now in the items they
    /// belong to; the approvals it records stay (the earlier minutes are frozen by them). The
    /// snapshot that redoes it, and for each item now where it goes (None: it goes away).
    /// Refused when an item that goes away has minutes.
    pub fn restore(
        &self,
        meeting: &mut Meeting,
    ) -> Result<(Snapshot, Vec<Option<usize>>), EditError> {
        let now = meeting.agenda.len();
        let mut back: Vec<Option<usize>> = vec![None; now];
        for (before, after) in self.places.iter().enumerate() {
            if let Some(slot) = after.and_then(|a| back.get_mut(a)) {
                *slot = Some(before);
            }
        }
        let lost =
            back.iter().zip(&meeting.agenda).any(|(b, i)| b.is_none() && !i.minutes.is_empty());
        if lost {
            return Err(EditError::ItemNotEmpty);
        }
        let mut redo = Snapshot::of(meeting, Shape::Same);
        redo.places = back.clone();
        let mut restored = self.meeting.clone();
        restored.approves = std::mem::take(&mut meeting.approves);
        for (item, after) in restored.agenda.iter_mut().zip(&self.places) {
            if let Some(now) = after.and_then(|a| meeting.agenda.get_mut(a)) {
                item.minutes = std::mem::take(&mut now.minutes);
            }
        }
        *meeting = restored;
        Ok((redo, back))
    }
}

/// The structural edits of an editing session, to undo and redo.
#[derive(Debug, Default)]
pub struct Structural {
    done: Vec<Snapshot>,
    undone: Vec<Snapshot>,
}

impl Structural {
    /// Records an edit made after `before`.
    pub fn record(&mut self, before: Snapshot) {
        self.done.push(before);
        self.undone.clear();
    }

    /// Forgets the last edit recorded (one that cannot be undone here, as an approval).
    pub fn forget_last(&mut self) {
        self.done.pop();
    }

    /// Undoes (or redoes) the last edit in `meeting`: for each item before, where it is now;
    /// None when there is nothing to undo.
    pub fn step(
        &mut self,
        meeting: &mut Meeting,
        redo: bool,
    ) -> Option<Result<Vec<Option<usize>>, EditError>> {
        let (from, to) = if redo {
            (&mut self.undone, &mut self.done)
        } else {
            (&mut self.done, &mut self.undone)
        };
        let snapshot = from.pop()?;
        Some(match snapshot.restore(meeting) {
            Ok((inverse, places)) => {
                to.push(inverse);
                Ok(places)
            }
            Err(e) => {
                from.push(snapshot);
                Err(e)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(area: &mut TextArea<'static>, undo: &mut TextUndo, keys: &str) {
        for c in keys.chars() {
            let key = match c {
                '\u{8}' => KeyEvent::from(KeyCode::Backspace),
                c => KeyEvent::from(KeyCode::Char(c)),
            };
            let stroke = Stroke::of(&key, area);
            let edits = Stroke::edits(&key, area);
            if area.input(key) {
                undo.record(stroke, edits);
            }
        }
    }

    fn text(area: &TextArea) -> String {
        area.lines().join("\n")
    }

    #[test]
    fn typing_is_undone_a_word_at_a_time() {
        let mut area = TextArea::default();
        area.set_max_histories(usize::MAX);
        let mut undo = TextUndo::default();
        typed(&mut area, &mut undo, "De raad keurt goed");
        assert!(undo.undo(&mut area));
        assert_eq!(text(&area), "De raad keurt ");
        assert!(undo.undo(&mut area));
        assert_eq!(text(&area), "De raad ");
        assert!(undo.redo(&mut area));
        assert_eq!(text(&area), "De raad keurt ");
    }

    #[test]
    fn a_run_of_backspaces_comes_back_a_word_at_a_time_and_whole() {
        let mut area = TextArea::default();
        area.set_max_histories(usize::MAX);
        let mut undo = TextUndo::default();
        typed(&mut area, &mut undo, "een twee drie");
        let before = undo.clone();
        typed(&mut area, &mut undo, &"\u{8}".repeat(9));
        assert_eq!(text(&area), "een ");
        assert!(undo.undo(&mut area));
        assert_eq!(text(&area), "een twee");
        assert!(undo.undo(&mut area));
        assert_eq!(text(&area), "een twee drie");
        assert_eq!(undo.done.len(), before.done.len());
    }
}
