//! Undo in the editor, back to the opening of the meeting.
//!
//! Text: every edit of the minutes is a [`Change`] (the text taken out and put in, and where,
//! in the whole text; never a copy of the text), kept by the editor without a cap. `TextUndo`
//! groups them by word (a word typed with the space after it, a run of Backspace or Delete
//! per word; a run's keys are one `Change`) and undoes a group by undoing its changes, last
//! first, whether or not they are in the textarea's window (see `pane`).
//!
//! Structure: decisions, actions, follow-ups, items, attendance and times change the meeting
//! through `domain::edit`; before each such edit the meeting is kept without its minutes (the
//! minutes are the textareas' business, and they may be megabytes). Undoing restores that
//! meeting and puts the minutes as they are now back into the items they belong to, following
//! the items that were added, removed or moved.

use super::change::Change;
use super::pane::Pane;
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
    /// Its edits, in order (a run of keys in one).
    changes: Vec<Change>,
    /// Whether its last character was a space or a line break: a word after it starts a new
    /// group.
    spaced: bool,
}

/// The undo groups of one item's minutes.
#[derive(Debug, Clone, Default)]
pub struct TextUndo {
    done: Vec<Group>,
    /// The groups undone, for redo.
    undone: Vec<Group>,
}

impl TextUndo {
    /// Records that `stroke` made `change`.
    pub fn record(&mut self, stroke: Stroke, change: Change) {
        // A new edit ends what can be redone.
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
            let absorbed = last.changes.last_mut().is_some_and(|l| l.absorb(&change));
            if !absorbed {
                last.changes.push(change);
            }
            last.spaced = spaced;
            return;
        }
        self.done.push(Group { run, changes: vec![change], spaced });
    }

    /// Undoes the last group in `pane`; whether anything changed.
    pub fn undo(&mut self, pane: &mut Pane) -> bool {
        let Some(group) = self.done.pop() else { return false };
        let undone = group.changes.iter().rev().take_while(|c| pane.apply(c, false)).count();
        self.undone.push(group);
        undone > 0
    }

    /// Redoes the last group undone; whether anything changed.
    pub fn redo(&mut self, pane: &mut Pane) -> bool {
        let Some(mut group) = self.undone.pop() else { return false };
        let redone = group.changes.iter().take_while(|c| pane.apply(c, true)).count();
        group.run = Run::Alone;
        self.done.push(group);
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
                closed: i.closed,
                presence: i.presence.clone(),
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

    fn typed(pane: &mut Pane, undo: &mut TextUndo, keys: &str) {
        for c in keys.chars() {
            let key = match c {
                '\u{8}' => KeyEvent::from(KeyCode::Backspace),
                c => KeyEvent::from(KeyCode::Char(c)),
            };
            let stroke = Stroke::of(&key, pane.area());
            if let Some(change) = pane.input(key) {
                undo.record(stroke, change);
            }
        }
    }

    #[test]
    fn typing_is_undone_a_word_at_a_time() {
        let mut pane = Pane::new("");
        let mut undo = TextUndo::default();
        typed(&mut pane, &mut undo, "De raad keurt goed");
        assert!(undo.undo(&mut pane));
        assert_eq!(pane.text(), "De raad keurt ");
        assert!(undo.undo(&mut pane));
        assert_eq!(pane.text(), "De raad ");
        assert!(undo.redo(&mut pane));
        assert_eq!(pane.text(), "De raad keurt ");
    }

    #[test]
    fn a_run_of_backspaces_comes_back_a_word_at_a_time_and_whole() {
        let mut pane = Pane::new("");
        let mut undo = TextUndo::default();
        typed(&mut pane, &mut undo, "een twee drie");
        let before = undo.clone();
        typed(&mut pane, &mut undo, &"\u{8}".repeat(9));
        assert_eq!(pane.text(), "een ");
        assert!(undo.undo(&mut pane));
        assert_eq!(pane.text(), "een twee");
        assert!(undo.undo(&mut pane));
        assert_eq!(pane.text(), "een twee drie");
        assert_eq!(pane.cursor(), (0, 13), "the cursor back where the deleting began");
        assert_eq!(undo.done.len(), before.done.len());
    }

    #[test]
    fn a_word_typed_is_kept_as_one_change() {
        let mut pane = Pane::new("");
        let mut undo = TextUndo::default();
        typed(&mut pane, &mut undo, "stuurgroep ");
        assert_eq!(undo.done.len(), 1);
        assert_eq!(undo.done[0].changes.len(), 1, "{:?}", undo.done[0].changes);
        assert_eq!(undo.done[0].changes[0].inserted, "stuurgroep ");
    }
}
