//! How the editor changes the meeting: every change goes through `domain::edit`, is refused
//! with the reason when the meeting is read-only or the edit is wrong, marks the meeting
//! changed for the autosaver, and can be undone (structure, attendance, elements, sent).

use super::keys::EditorAction;
use super::popup::Popup;
use super::undo::{Shape, Snapshot};
use super::{Editor, Element, Focus, Note};
use crate::domain::edit::{self, EditError};
use crate::domain::meeting::{Meeting, Presence};
use crate::tui::ctx::Ctx;

impl Editor {
    /// Applies an edit that leaves the items in place: refused when read-only, a refusal
    /// shown, a success marked changed and undoable.
    pub(super) fn edit<T>(
        &mut self,
        f: impl FnOnce(&mut Meeting) -> Result<T, EditError>,
    ) -> Option<T> {
        self.edit_shaped(Shape::Same, f)
    }

    /// Applies an edit that adds, removes or moves an item as `shape` says.
    pub(super) fn edit_shaped<T>(
        &mut self,
        shape: Shape,
        f: impl FnOnce(&mut Meeting) -> Result<T, EditError>,
    ) -> Option<T> {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return None;
        }
        let before = Snapshot::of(&mut self.meeting, shape);
        match f(&mut self.meeting) {
            Ok(value) => {
                self.changed = true;
                self.standing.forget();
                self.structure.record(before);
                // Items added, removed or moved: the parked textareas go along.
                self.move_parked(&shape.places(self.meeting.agenda.len() + 1));
                Some(value)
            }
            Err(e) => {
                self.note = Some(Note::Refused(e));
                None
            }
        }
    }

    /// Moves the parked textareas of the items to where `places` says the items went.
    pub(super) fn move_parked(&mut self, places: &[Option<usize>]) {
        let parked = std::mem::take(&mut self.parked);
        self.parked = parked
            .into_iter()
            .filter_map(|(i, t)| places.get(i).copied().flatten().map(|to| (to, t)))
            .collect();
    }

    /// Undoes (or redoes) the last structural edit; the minutes typed since stay.
    pub(super) fn undo_structure(&mut self, redo: bool) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        self.store_minutes();
        match self.structure.step(&mut self.meeting, redo) {
            None => self.note = Some(Note::NothingToUndo),
            Some(Err(e)) => self.note = Some(Note::Refused(e)),
            Some(Ok(places)) => {
                self.changed = true;
                self.standing.forget();
                // The item on screen goes along with its textarea, undo groups and all.
                let shown = std::mem::take(&mut self.minutes);
                let groups = std::mem::take(&mut self.text_undo);
                let view = std::mem::take(&mut self.view);
                self.parked.insert(self.item, (shown, groups, view));
                self.move_parked(&places);
                let to = places.get(self.item).copied().flatten().unwrap_or(self.item);
                self.item = to.min(self.meeting.agenda.len().saturating_sub(1));
                self.element = self.element.min(self.elements().len().saturating_sub(1));
                self.load_minutes();
            }
        }
    }

    pub(super) fn cycle_outcome(&mut self, ctx: &Ctx) {
        match self.selected_element() {
            Some(Element::Decision(n)) => {
                let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
                self.edit(|m| edit::cycle_outcome(m, n, members));
            }
            Some(Element::Open(r)) => self.popup = Some(Popup::follow_up_status(r, ctx)),
            Some(Element::FollowUp(a)) => {
                let item = self.item;
                self.edit(|m| {
                    let f = m.agenda[item].follow_ups.iter().find(|f| f.action == a);
                    let Some(f) = f.cloned() else { return Err(EditError::NoSuchItem) };
                    let status = edit::next_follow_up_status(f.status);
                    edit::set_follow_up(m, item, a, status, f.note)
                });
            }
            _ => {}
        }
    }

    pub(super) fn remove_element(&mut self) {
        let Some(element) = self.selected_element() else { return };
        self.edit(|m| match &element {
            Element::Decision(n) => edit::remove_decision(m, *n),
            Element::Action(n) => edit::remove_action(m, *n),
            Element::FollowUp(r) => edit::remove_follow_up(m, r),
            // Not followed up yet: nothing to remove.
            Element::Open(_) => Ok(()),
        });
        self.element = self.element.min(self.elements().len().saturating_sub(1));
    }

    pub(super) fn presence(&mut self, action: EditorAction) {
        let Some(line) = self.meeting.attendance.get(self.attendee).cloned() else { return };
        let presence = match action {
            EditorAction::Present => Presence::Present,
            EditorAction::Excused => Presence::Excused,
            EditorAction::Absent => Presence::Absent,
            _ => edit::next_presence(line.presence),
        };
        if self.edit(|m| edit::set_presence(m, &line.member, presence)).is_some()
            && action != EditorAction::CyclePresence
        {
            // Setting one outright moves on: a whole attendance list in a few keys.
            self.step(1);
        }
    }

    /// Removes the guest on the selected attendance line (the guests follow the members).
    pub(super) fn remove_guest(&mut self) {
        let Some(guest) = self.attendee.checked_sub(self.meeting.attendance.len()) else {
            return;
        };
        if self.edit(|m| edit::remove_guest(m, guest)).is_some() {
            let lines = self.meeting.attendance.len() + self.meeting.guests.len();
            self.attendee = self.attendee.min(lines.saturating_sub(1));
        }
    }

    pub(super) fn ask_approval(&mut self, ctx: &Ctx) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        let meetings = ctx.folder.meetings.iter().map(|m| &m.value);
        match edit::previous_meeting(meetings, &self.meeting.body, self.meeting.date) {
            Some(previous) => self.popup = Some(Popup::confirm_approval(previous)),
            None => self.note = Some(Note::NothingToApprove),
        }
    }

    /// `s`: asks to mark the minutes sent, or to take that back; refused at once, at the
    /// first decision without an objective, while one has none, and at the first taken without
    /// quorum, asking why it stands, while one says nothing about it.
    pub(super) fn ask_sent(&mut self, ctx: &Ctx) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        if self.ask_missing_summary() {
            return;
        }
        let sent =
            matches!(self.meeting.status, crate::domain::meeting::MinutesStatus::Sent { .. });
        let unlinked = edit::unlinked_decisions(&self.meeting);
        let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
        let no_quorum = members.map(|ms| edit::without_quorum(&self.meeting, ms));
        match (unlinked.first(), no_quorum.unwrap_or_default()) {
            (Some(&first), _) if !sent => {
                self.go_to_decision(first);
                self.note = Some(Note::Refused(EditError::Unlinked(unlinked)));
            }
            // Taken without quorum: it stands only with a word on why, asked for here.
            (None, no_quorum) if !sent && !no_quorum.is_empty() => {
                let first = no_quorum[0];
                self.go_to_decision(first);
                self.note = Some(Note::Refused(EditError::WithoutQuorum(no_quorum)));
                self.popup = Some(Popup::drafted(self, super::popup::Ask::QuorumNote(first), ""));
            }
            _ => self.popup = Some(Popup::ConfirmSent(sent)),
        }
    }

    /// `X`: asks to cancel the meeting, or to take that back; refused at once (with why)
    /// when the meeting took decisions or its minutes are approved.
    pub(super) fn ask_cancel(&mut self) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        let cancel = !self.meeting.cancelled;
        match crate::domain::life::may_cancel(&self.meeting, cancel) {
            Ok(()) => self.popup = Some(Popup::ConfirmCancel(cancel)),
            Err(e) => self.note = Some(Note::Refused(e)),
        }
    }

    /// `V`: asks to remove the meeting; refused at once (with why) unless it is a draft
    /// without decisions, action items or approvals.
    pub(super) fn ask_remove(&mut self) {
        if self.read_only.is_some() {
            self.note = Some(Note::ReadOnly);
            return;
        }
        match crate::domain::life::removable(&self.meeting) {
            Ok(()) => self.popup = Some(Popup::ConfirmRemove),
            Err(e) => self.note = Some(Note::Refused(e)),
        }
    }

    /// Marks the meeting cancelled, or held after all.
    pub(super) fn set_cancelled(&mut self, cancelled: bool) {
        if self.edit(|m| crate::domain::life::set_cancelled(m, cancelled)).is_some() {
            self.note = Some(Note::Cancelled(cancelled));
        }
    }

    /// Marks the minutes sent today, or a draft again.
    pub(super) fn set_sent(&mut self, sent: bool) {
        let today = chrono::Local::now().date_naive();
        let done =
            if sent { self.edit(|m| edit::mark_sent(m, today)) } else { self.edit(edit::unsend) };
        if done.is_some() {
            self.note = Some(if sent { Note::Sent } else { Note::Unsent });
            if sent && !self.meeting.decisions().all(|(_, d)| d.plan_changes.is_empty()) {
                self.effects.push(crate::tui::effect::Effect::ApplyPlan);
            }
        }
    }

    /// Shows decision `number`: its item selected, the keys on it in the item's list.
    pub(super) fn go_to_decision(&mut self, number: u32) {
        let Some(at) = self.meeting.item_of_decision(number) else { return };
        self.select_item(at);
        self.set_focus(Focus::Elements);
        self.select_element(&Element::Decision(number));
    }

    /// Adds an action item to the selected item; its number.
    pub(super) fn add_action(
        &mut self,
        text: String,
        owner: crate::domain::meeting::Owner,
        due: Option<chrono::NaiveDate>,
    ) -> Option<u32> {
        let item = self.item;
        let n = self.edit(|m| edit::add_action(m, item, text, owner, due))?;
        self.select_element(&Element::Action(n));
        Some(n)
    }

    /// Approves the minutes of `previous`: they freeze, and this meeting records their hash.
    pub(super) fn approve(&mut self, previous: &crate::domain::ids::MeetingId, ctx: &Ctx) {
        let found = ctx.folder.meetings.iter().find(|m| &m.value.id == previous);
        let Some(mut earlier) = found.map(|m| m.value.clone()) else { return };
        // The hash is of the minutes as they stand, with the status left out.
        let Ok(hash) = crate::store::hash::minutes_hash(&earlier) else { return };
        if self.edit(|m| edit::approve_previous(m, &mut earlier, hash)).is_some() {
            // The earlier minutes are frozen and saved apart: not undone here.
            self.structure.forget_last();
            self.note = Some(Note::Approved(previous.to_string()));
            self.effects.push(crate::tui::effect::Effect::SaveApproved(Box::new(earlier)));
        }
    }
}
