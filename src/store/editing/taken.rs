//! After someone took the lock over: the meeting is no longer written from here, and what
//! this app holds that the folder lacks — typed before the notice or after it — goes into one
//! conflict copy beside the meeting, written again at every save, so nothing typed is lost.

use super::{EditingError, Held, Said, Workbench};
use crate::domain::meeting::Meeting;
use crate::store::{Base, FileHash};
use std::path::PathBuf;

impl Workbench {
    /// Writes the editor's meeting into this app's copy (see [`Workbench::write_copy`]),
    /// saying so in the status line when a new copy was made or none could be.
    pub(super) fn type_into_copy(&mut self, editor: &mut impl Held) {
        match self.write_copy(editor) {
            Ok(Some(rel)) => {
                editor.set_copied();
                editor.say(Said::SavedElsewhere(rel));
            }
            Ok(None) => {}
            Err(why) => editor.say(Said::NotSavedElsewhere(why.into())),
        }
    }

    /// Writes the editor's meeting into this app's copy: over the one written before while
    /// it is still what was written there, else as a new copy, whose place it returns.
    pub(super) fn write_copy(
        &mut self,
        editor: &impl Held,
    ) -> Result<Option<PathBuf>, EditingError> {
        self.pending = false;
        self.last_submit = std::time::Instant::now();
        if let Some((rel, hash)) = self.copy.clone()
            && self.rewrite_copy(editor, &rel, hash)
        {
            return Ok(None);
        }
        let rel = self.keep_as_conflict_copy(editor)?;
        let bytes = std::fs::read(self.root.join(&rel));
        self.copy = bytes.ok().map(|b| (rel.clone(), FileHash::of(&b)));
        Ok(Some(rel))
    }

    /// Writes the copy at `rel` again over `hash` (keeping the version it says it was edited
    /// from); `false` when it changed or went (merged or put away by someone).
    fn rewrite_copy(&mut self, editor: &impl Held, rel: &std::path::Path, hash: FileHash) -> bool {
        let Ok(before) = crate::store::load::read_document::<Meeting>(&self.root, rel) else {
            return false;
        };
        if before.hash != hash {
            return false;
        }
        let mut ours = editor.meeting().clone();
        ours.edited_from = before.value.edited_from;
        match crate::store::save(&self.root, rel, &ours, Base::after_save(hash)) {
            Ok(written) => {
                self.copy = Some((rel.to_owned(), written));
                true
            }
            Err(_) => false,
        }
    }
}
