//! Closed (besloten) items in the editor: `B` on the agenda closes the selected item (or
//! makes it public again); closing asks for the public summary of each of its decisions that
//! has none, one after the other, and so does sending the minutes. Esc leaves a decision
//! without one (flagged by `check`), keeping what was typed as a draft.

use super::popup::{Ask, Popup};
use super::{Editor, Note};
use crate::domain::edit;
use crate::domain::meeting::Decision;

/// Whether `d` still needs a public summary (its item being closed).
fn missing(d: &Decision) -> bool {
    d.public_summary.as_deref().is_none_or(|s| s.trim().is_empty())
}

impl Editor {
    /// `B`: the selected item closed or public again; closed, on to its first decision
    /// without a public summary.
    pub(super) fn toggle_closed(&mut self) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        self.store_minutes();
        let item = self.item;
        if self.edit(|m| edit::toggle_closed(m, item)) == Some(true) {
            self.popup = self.next_summary(item);
        }
    }

    /// The question for the first decision of item `at`, if it is closed, without a public
    /// summary.
    fn next_summary(&self, at: usize) -> Option<Popup> {
        let item = self.meeting.agenda.get(at).filter(|i| i.closed)?;
        let d = item.decisions.iter().find(|d| missing(d))?;
        Some(Popup::drafted(self, Ask::PublicSummary(d.number), ""))
    }

    /// `B` on a decision: its public description to edit (what it has offered), if its
    /// item is closed; else why not.
    pub(super) fn edit_summary(&mut self) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        let Some(super::Element::Decision(n)) = self.selected_element() else { return };
        let closed = self.meeting.agenda.iter().filter(|i| i.closed);
        let Some(d) = closed.flat_map(|i| &i.decisions).find(|d| d.number == n) else {
            self.note = Some(Note::NotClosed);
            return;
        };
        let offered = d.public_summary.clone().unwrap_or_default();
        self.popup = Some(Popup::drafted(self, Ask::PublicSummary(n), &offered));
    }

    /// After a decision of a closed item got its objective: its public description, if it
    /// has none yet (a new decision under a closed item asks for it, as closing does).
    pub(super) fn ask_summary_of(&self, n: u32) -> Option<Popup> {
        let closed = self.meeting.agenda.iter().filter(|i| i.closed);
        let d = closed.flat_map(|i| &i.decisions).find(|d| d.number == n)?;
        missing(d).then(|| Popup::drafted(self, Ask::PublicSummary(n), ""))
    }

    /// Before sending: a closed item's decision without a public summary is selected and its
    /// summary asked for; whether one was.
    pub(super) fn ask_missing_summary(&mut self) -> bool {
        let closed = self.meeting.agenda.iter().filter(|i| i.closed);
        let first = closed.flat_map(|i| &i.decisions).find(|d| missing(d)).map(|d| d.number);
        let Some(number) = first else { return false };
        self.go_to_decision(number);
        self.popup = Some(Popup::drafted(self, Ask::PublicSummary(number), ""));
        true
    }
}

/// The public summary of decision `n` typed (empty: none); then the next decision of the
/// same closed item that still lacks one.
pub(super) fn summary(editor: &mut Editor, n: u32, text: String) -> Option<Popup> {
    let text = text.trim().to_owned();
    let typed = !text.is_empty();
    let summary = typed.then_some(text);
    editor.edit(|m| edit::decision_mut(m, n).map(|d| d.public_summary = summary))?;
    let at = editor.meeting.item_of_decision(n);
    if typed { editor.next_summary(at?) } else { None }
}
