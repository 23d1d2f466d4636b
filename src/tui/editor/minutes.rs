//! The minutes pane of the editor: the selected item's pane (parked per item, with its
//! cursor, view and undo history), typing, pasting and undoing in it, and the agenda items'
//! own moves.

use super::pane::Pane;
use super::undo::{Shape, Stroke, TextUndo};
use super::{Editor, Focus, Note, view};
use crate::domain::edit;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::{Modifier, Style};

impl Editor {
    /// Shows the selected item's minutes: its own pane again if it was parked (cursor, view
    /// and undo history as they were), else a new one shown from its top, with the cursor
    /// after the text, where the secretary goes on writing.
    pub(super) fn load_minutes(&mut self) {
        let item = self.meeting.agenda.get(self.item);
        let text = item.map_or("", |i| i.minutes.as_str());
        match self.parked.remove(&self.item).filter(|(p, ..)| p.holds(text)) {
            Some(parked) => (self.minutes, self.text_undo, self.view) = parked,
            None => {
                // Only a window of it in the textarea (see `pane`); the history is the
                // editor's, of edits, uncapped: it reaches back to the opening of the meeting.
                self.minutes = Pane::new(text);
                self.text_undo = TextUndo::default();
                self.view = view::View::default();
            }
        }
        self.set_focus(self.focus);
    }

    /// Moves the keys to `focus`; the minutes show their cursor only while typed in.
    pub(super) fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
        let cursor = if focus == Focus::Minutes {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        self.minutes.set_cursor_style(cursor);
    }

    /// Puts the minutes typed into the meeting now, as the loop does at most every
    /// [`super::SYNC_TYPED`] for a large item (the benches time the save from the last key).
    pub fn sync_minutes(&mut self) {
        self.store_minutes();
    }

    pub(super) fn store_minutes(&mut self) {
        (self.minutes_typed, self.synced) = (false, std::time::Instant::now());
        let text = self.minutes.text();
        if let Some(item) = self.meeting.agenda.get_mut(self.item)
            && item.minutes != text
        {
            item.minutes = text;
            self.changed = true;
            // Its columns may have moved: a hit found before is not shown any more.
            self.find.hit = None;
        }
    }

    /// Bracketed paste: into the minutes or the field being typed.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if let Some(p) = &mut self.popup {
            p.paste(&text);
        } else if self.focus == Focus::Minutes && self.read_only.is_none() {
            // One undo step, like a time stamp.
            self.insert_minutes(&text);
        }
    }

    pub(super) fn type_minutes(&mut self, key: KeyEvent) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        // Up and down go by the rows on screen, which the textarea does not know.
        if matches!(key.code, KeyCode::Up | KeyCode::Down) && key.modifiers.is_empty() {
            let by = if key.code == KeyCode::Up { -1 } else { 1 };
            let width = self.view.width.get();
            if width > 0 {
                let to = view::row_step(&self.minutes, self.minutes.cursor(), by, width);
                if let Some(to) = to {
                    self.minutes.jump(to);
                }
                return;
            }
        }
        // Ctrl and Alt combinations are the textarea's editing keys; plain keys type.
        let stroke = Stroke::of(&key, self.minutes.area());
        if let Some(change) = self.minutes.input(key) {
            self.text_undo.record(stroke, change);
            // Into the meeting by the loop's next `take_changed` (or any other key first).
            self.minutes_typed = true;
            self.find.hit = None;
        }
    }

    /// Inserts `text` at the cursor, one undo step (a paste, a time stamp).
    pub(super) fn insert_minutes(&mut self, text: &str) {
        if let Some(change) = self.minutes.insert_str(text) {
            self.text_undo.record(Stroke::Other, change);
            self.store_minutes();
        }
    }

    /// Undoes (or redoes) the last word or run typed in the minutes; says so when there is
    /// nothing to undo.
    pub(super) fn undo_typing(&mut self, redo: bool) {
        let done = if redo {
            self.text_undo.redo(&mut self.minutes)
        } else {
            self.text_undo.undo(&mut self.minutes)
        };
        if done {
            self.store_minutes();
        } else {
            self.note = Some(Note::NothingToUndo);
        }
    }

    /// Removes the selected agenda item (an empty one; see `edit::remove_item`).
    pub(super) fn remove_item(&mut self) {
        self.store_minutes();
        let item = self.item;
        if self.edit_shaped(Shape::Removed(item), |m| edit::remove_item(m, item)).is_some() {
            // The removed item's textarea goes with it: never stored into the next.
            self.item = item.min(self.meeting.agenda.len().saturating_sub(1));
            self.element = 0;
            self.load_minutes();
        }
    }

    /// Moves the selected agenda item one place up or down.
    pub(super) fn move_item(&mut self, up: bool) {
        let item = self.item;
        let other = if up { item.checked_sub(1) } else { Some(item + 1) };
        let other = other.filter(|o| *o < self.meeting.agenda.len()).unwrap_or(item);
        let shape = Shape::Swapped(item, other);
        if let Some(to) = self.edit_shaped(shape, |m| edit::move_item(m, item, up)) {
            self.item = to;
        }
    }
}
