//! Leaving the open meeting: closing with everything flushed (what saving cannot put in the
//! folder any more goes back into it), removing it, and copies of it elsewhere.

use super::{EditingError, Held, Workbench};
use crate::domain::meeting::Meeting;
use crate::store::Base;
use crate::store::autosave::SaveState;
use chrono::Utc;
use std::path::{Path, PathBuf};
use std::time::Duration;

impl Workbench {
    /// Closes the editor: what is pending is saved (waiting for the disk, at most a few
    /// seconds), text that saving cannot put in the folder any more (the file changed or
    /// went away, the lock was taken over) goes back into it by [`Workbench::rescue`], then
    /// the lock goes. Refused (`Err`, nothing released) while the newest content is neither
    /// in the folder nor in a copy elsewhere: closing would lose it.
    pub fn close(&mut self, editor: &impl Held) -> Result<Option<PathBuf>, EditingError> {
        if self.pending && !self.lost {
            self.submit(editor);
        }
        self.autosaver.flush(Duration::from_secs(5));
        let mut rescued = None;
        if self.lost && self.copy.is_some() {
            // Taken over: the last keys go into this app's copy, which holds everything.
            rescued = self.write_copy(editor)?;
        }
        if !editor.copied() && self.holds_unsaved(editor) {
            let stuck = matches!(self.autosaver.status(editor.rel()), SaveState::Conflict { .. });
            if !(stuck || self.lost || editor.changed_on_disk()) {
                return Err(EditingError::WouldLose);
            }
            rescued = Some(self.rescue(editor)?);
        }
        if let Some(guard) = self.lock.take() {
            let _ = guard.release();
        }
        self.autosaver.forget(editor.rel());
        self.begin();
        Ok(rescued)
    }

    /// Removes the open meeting (the user asked, and it is an empty draft): what is pending
    /// is saved, then its file goes to the folder's removed meetings while the lock is still
    /// held (no one opens it half-moved), then the lock goes. Its place there.
    pub fn remove(&mut self, editor: &impl Held) -> Result<PathBuf, EditingError> {
        if self.lost {
            // Taken over: the meeting is someone else's now.
            return Err(EditingError::ReadOnly);
        }
        if self.pending {
            self.submit(editor);
        }
        self.autosaver.flush(Duration::from_secs(5));
        self.autosaver.forget(editor.rel());
        let moved = crate::store::removed::put_aside(&self.root, editor.rel());
        if let Some(guard) = self.lock.take() {
            let _ = guard.release();
        }
        self.begin();
        moved.map_err(|e| EditingError::Disk(editor.rel().to_owned(), e))
    }

    /// Whether this app holds text of the open meeting that is in no file of the folder:
    /// neither what was opened, nor the file as it is now, nor a conflict copy beside it.
    /// `edited_from` alone is no text: a read-only view or an untouched meeting holds none.
    pub fn holds_unsaved(&self, editor: &impl Held) -> bool {
        if !self.writable {
            return false;
        }
        let ours = crate::store::held::plain(editor.meeting());
        if self.opened_value.as_ref() == Some(&ours) {
            return false;
        }
        !crate::store::held::in_folder(&self.root, editor.rel(), &ours)
    }

    /// Puts the editor's text back in the folder when saving cannot: as the meeting when its
    /// file is gone, else beside it as a conflict copy.
    fn rescue(&mut self, editor: &impl Held) -> Result<PathBuf, EditingError> {
        if !self.root.join(editor.rel()).exists() {
            let mut ours = editor.meeting().clone();
            ours.edited_from = self.written.last().map(|h| h.to_string()).or(ours.edited_from);
            crate::store::save(&self.root, editor.rel(), &ours, Base::new_file())?;
            return Ok(editor.rel().to_owned());
        }
        self.keep_as_conflict_copy(editor)
    }

    /// Writes the open meeting, as it stands, beside its original as a conflict copy (named as
    /// Syncthing names them), for the conflicts view to merge three-way: its `edited_from`
    /// names the last version saved here, which the version cache holds.
    pub fn keep_as_conflict_copy(&mut self, editor: &impl Held) -> Result<PathBuf, EditingError> {
        let stem =
            editor.rel().file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let stamp = Utc::now().format("%Y%m%d-%H%M%S");
        let rel = editor.rel().with_file_name(format!(
            "{stem}.sync-conflict-{stamp}-{}.ron",
            crate::store::names::OWN_DEVICE
        ));
        let mut ours = editor.meeting().clone();
        // What is typed here went on from this app's last save, whose chain of saves (in
        // this user's cache) leads back to the version opened.
        if let Some(last) = self.written.last() {
            ours.edited_from = Some(last.to_string());
        }
        // The copy names the nearest version it shares with the file beside it, found here
        // along this session's saves, and that version goes into the shared folder: so every
        // machine merges it three-way, also one that never saw this session's saves.
        if let Some(versions) = &self.versions {
            let on_disk = crate::store::load::read_document::<Meeting>(&self.root, editor.rel());
            let common = on_disk.ok().and_then(|d| versions.ancestor_hash(&d.value, &ours));
            if let Some(common) = common.or_else(|| self.opened.map(|h| h.to_string())) {
                versions.publish(&common);
                ours.edited_from = Some(common);
            }
        }
        crate::store::save(&self.root, &rel, &ours, Base::new_file())?;
        Ok(rel)
    }

    /// Writes the open meeting as it stands now somewhere else (when the folder refuses it).
    pub fn save_elsewhere(
        &mut self,
        editor: &impl Held,
        target: &Path,
    ) -> Result<(), crate::store::SaveError> {
        self.submit(editor);
        self.autosaver.save_elsewhere(editor.rel(), target)
    }
}
