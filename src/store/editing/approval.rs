//! Approving earlier minutes from the open meeting: that meeting's file is saved by the
//! same autosaver, and a failure to save it is said once in the editor.

use super::{EditingError, Held, On, Said, Workbench};
use crate::domain::meeting::Meeting;
use crate::store::LoadedFile;
use crate::store::autosave::SaveState;

impl Workbench {
    /// Hands an earlier meeting changed by approving it to the autosaver, over the file as it
    /// was loaded; `Err` says why it cannot be saved at all.
    pub fn save_other(&mut self, meeting: Meeting, ctx: &On<'_>) -> Result<(), EditingError> {
        if self.lost {
            // Taken over: this meeting's approvals are no longer written from here.
            return Err(EditingError::ReadOnly);
        }
        let loaded: Option<&LoadedFile<Meeting>> =
            ctx.folder.meetings.iter().find(|m| m.value.id == meeting.id);
        let loaded = loaded.ok_or_else(|| EditingError::NotLoaded(meeting.id.clone()))?;
        let base = loaded.base()?;
        self.autosaver.track(loaded.path.clone(), base);
        self.approving = Some((loaded.path.clone(), meeting.id.to_string(), false));
        self.autosaver.submit(loaded.path.clone(), meeting);
        Ok(())
    }

    /// Says so in the editor when the approved earlier minutes could not be saved: the
    /// approval is then only in this meeting, and `check` will flag it.
    /// A failing disk is retried by the autosaver, so it is watched on (and said once); a
    /// change on disk is not retried.
    pub(super) fn watch_approval(&mut self, editor: &mut impl Held) {
        let Some((rel, id, said)) = &mut self.approving else { return };
        let (why, settled) = match self.autosaver.status(rel) {
            SaveState::Failed { error, .. } => (Some(error), false),
            SaveState::Conflict { error } => (Some(error), true),
            SaveState::Saved { .. } => (None, true),
            SaveState::Pending | SaveState::Saving | SaveState::Unchanged => return,
        };
        if let Some(why) = why.filter(|_| !*said) {
            editor.say(Said::ApprovalNotSaved(id.clone(), EditingError::Autosave(why).into()));
            *said = true;
        }
        if settled {
            self.approving = None;
        }
    }
}
