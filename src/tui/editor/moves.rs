//! Moving around the editor: the focus between the panes and the selection in each.

use super::keys::{EditorAction, Focus};
use super::{Editor, Element, Note};

impl Editor {
    /// Moves the selection or the focus (the actions of `update` that do no more).
    pub(super) fn navigate(&mut self, action: EditorAction) {
        use EditorAction as A;
        match action {
            A::Up | A::Down => self.step(if action == A::Up { -1 } else { 1 }),
            A::WriteMinutes if self.read_only.is_some() => self.note = Some(Note::ReadOnly),
            A::WriteMinutes => self.set_focus(Focus::Minutes),
            A::Leave => {
                self.store_minutes();
                self.set_focus(Focus::Agenda);
            }
            A::SwitchPane => {
                let to = if self.focus == Focus::Agenda { Focus::Elements } else { Focus::Agenda };
                self.set_focus(to);
                self.element = 0;
            }
            A::Attendance => {
                self.set_focus(Focus::Attendance);
                self.attendee = 0;
            }
            // Every other action is `update`'s own.
            _ => {}
        }
    }

    /// Moves the selection `by` lines in the pane that has the focus.
    pub(super) fn step(&mut self, by: isize) {
        let move_in = |at: usize, len: usize| {
            (at as isize + by).clamp(0, len.saturating_sub(1) as isize) as usize
        };
        match self.focus {
            Focus::Agenda | Focus::Minutes => {
                let to = move_in(self.item, self.meeting.agenda.len());
                self.select_item(to);
            }
            Focus::Elements => self.element = move_in(self.element, self.elements().len()),
            Focus::Attendance => {
                let lines = self.meeting.attendance.len() + self.meeting.guests.len();
                self.attendee = move_in(self.attendee, lines)
            }
        }
    }

    /// Selects an agenda item, keeping what was typed in the one before.
    pub fn select_item(&mut self, item: usize) {
        self.store_minutes();
        if item != self.item {
            let textarea = std::mem::take(&mut self.minutes);
            let groups = std::mem::take(&mut self.text_undo);
            let view = std::mem::take(&mut self.view);
            self.parked.insert(self.item, (textarea, groups, view));
        }
        self.item = item;
        self.element = 0;
        self.load_minutes();
    }

    /// The element selected in the item's list.
    pub(super) fn selected_element(&self) -> Option<Element> {
        self.elements().get(self.element).cloned()
    }

    /// Selects `element` in the item's list (the first when it is not there).
    pub(super) fn select_element(&mut self, element: &Element) {
        self.element = self.elements().iter().position(|e| e == element).unwrap_or(0);
    }
}
