//! The editor as the autosave-and-lock service (`store::editing`) sees it, and the loaded
//! folder as it reads it: the seam between the screens and the storage of the open meeting.

use super::ctx::Ctx;
use super::editor::{Editor, Note};
use crate::domain::edit::{NewMeeting, OpenAction};
use crate::domain::meeting::Meeting;
use crate::store::editing::{Held, On, OpenMeeting, ReadOnly, Said};
use crate::store::lock::LockInfo;
use std::path::{Path, PathBuf};

impl Held for Editor {
    fn meeting(&self) -> &Meeting {
        &self.meeting
    }
    fn rel(&self) -> &Path {
        &self.rel
    }
    fn take_changed(&mut self) -> bool {
        Editor::take_changed(self)
    }
    fn is_read_only(&self) -> bool {
        // Taken over, the meeting is no longer written from here (the keys still are, into
        // the copy).
        self.read_only.is_some() || self.taken_over.is_some()
    }
    fn set_read_only(&mut self, why: ReadOnly) {
        self.read_only = Some(why);
    }
    fn set_taken_over(&mut self, by: Box<LockInfo>) {
        self.taken_over = Some(by);
    }
    fn copied(&self) -> bool {
        self.copied
    }
    fn set_copied(&mut self) {
        self.copied = true;
    }
    fn changed_on_disk(&self) -> bool {
        self.changed_on_disk
    }
    fn say(&mut self, said: Said) {
        self.note = Some(match said {
            Said::SavedElsewhere(to) => Note::SavedElsewhere(to),
            Said::NotSavedElsewhere(why) => Note::NotSavedElsewhere(why),
            Said::ApprovalNotSaved(id, why) => Note::ApprovalNotSaved(id, why),
        });
    }
    fn moved(&mut self, meeting: Meeting, rel: PathBuf) {
        (self.meeting, self.rel) = (meeting, rel);
        self.forget_standing();
    }
}

/// The editor on a meeting the service opened.
pub fn editor(opened: OpenMeeting) -> Editor {
    Editor::new(opened.meeting, opened.rel, opened.read_only)
}

/// The loaded folder as the service reads it.
pub fn on(ctx: &Ctx) -> On<'_> {
    On {
        folder: &ctx.folder,
        lang: ctx.lang,
        name: Box::new(|member| ctx.member_name(member)),
        open_actions: Box::new(|new| open_actions(ctx, new)),
    }
}

/// The body's open action items agreed before the new meeting, for its follow-up item.
fn open_actions(ctx: &Ctx, new: &NewMeeting) -> Vec<OpenAction> {
    ctx.index
        .open_actions(&new.body, new.date)
        .map(|a| OpenAction {
            reference: a.reference.clone(),
            owner: ctx.owner_name(&a.owner),
            text: a.text.to_string(),
            due: a.due,
        })
        .collect()
}
