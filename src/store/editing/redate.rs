//! Moving the open meeting to another date on disk: the file under its new name (written
//! first, under a lock of its own), the documents that refer to it rewritten (other meetings,
//! the plan, owners' updates), then the old file and its lock removed.

use super::{EditingError, Held, On, Workbench};
use crate::domain::meeting::Meeting;
use crate::domain::redate::{redate, refuse_redate};
use crate::domain::refs::Retarget;
use crate::store::document::meeting_path;
use crate::store::follow::{self, Follower};
use crate::store::lock::LockGuard;
use crate::store::{Base, FileHash, lock};
use chrono::{NaiveDate, Utc};
use std::path::Path;
use std::time::Duration;

impl Workbench {
    /// Moves the open meeting to `date`: its id, its file (`meetings/<year>/<date>-<body>.ron`)
    /// and its lock follow, and so do the references to it in other meetings, the plan and
    /// owners' updates. The new file is written before the old one goes; the editor then
    /// writes the new one. Its new id, or why not (nothing changed then).
    pub fn redate(
        &mut self,
        editor: &mut impl Held,
        ctx: &On<'_>,
        date: NaiveDate,
    ) -> Result<String, EditingError> {
        let others = ctx.folder.meetings.iter().map(|m| &m.value);
        refuse_redate(editor.meeting(), date, others)?;
        if editor.is_read_only() || !self.writable {
            return Err(EditingError::ReadOnly);
        }
        // Everything that refuses comes before anything is written.
        let followers = self.followers(editor, ctx, date)?;
        // What was typed is in the old file first: it moves whole.
        self.submit(editor);
        self.autosaver.flush(Duration::from_secs(5));
        let old_rel = editor.rel().to_owned();
        let mut moved = editor.meeting().clone();
        let new_id = redate(&mut moved, date)?;
        let new_rel = meeting_path(&new_id)?;
        let (guard, hash) = self.write_new(&new_rel, &moved)?;
        // The references follow (other meetings, the plan, owners' updates); one that cannot
        // be written (changed on disk since it was read, a disk that refuses) undoes the whole
        // move: the meeting stays where it was.
        if let Err(e) = follow::write_all(&self.root, &followers) {
            self.remove_new(&new_rel, hash);
            let _ = guard.release();
            return Err(e.into());
        }
        // The new file holds everything: the old one and its lock go.
        self.autosaver.forget(&old_rel);
        std::fs::remove_file(self.root.join(&old_rel))
            .map_err(|e| EditingError::Disk(old_rel.clone(), e))?;
        if let Some(old) = self.lock.take() {
            let _ = old.release();
        }
        self.begin();
        self.hold(guard, &new_rel, Base::after_save(hash));
        self.opened = Some(hash);
        self.keep_version(&new_rel, hash);
        self.opened_value = Some(crate::store::held::plain(&moved));
        moved.edited_from = Some(hash.to_string());
        editor.moved(moved, new_rel);
        Ok(new_id.to_string())
    }

    /// Writes the moved meeting as the new file `new_rel`, under a lock of its own (held on
    /// success, released on failure); never over a file that is there already.
    fn write_new(
        &self,
        new_rel: &Path,
        moved: &Meeting,
    ) -> Result<(LockGuard, FileHash), EditingError> {
        if self.root.join(new_rel).exists() {
            return Err(EditingError::Exists(new_rel.to_owned()));
        }
        if let Some(dir) = new_rel.parent() {
            std::fs::create_dir_all(self.root.join(dir))
                .map_err(|e| EditingError::Disk(dir.to_owned(), e))?;
        }
        // No one holds the lock of a meeting that was never opened to write.
        let holder = self.holder.clone().ok_or(EditingError::ReadOnly)?;
        let guard = lock::acquire(&self.root, new_rel, &holder, Utc::now())?;
        match crate::store::save(&self.root, new_rel, moved, Base::new_file()) {
            Ok(hash) => Ok((guard, hash)),
            Err(e) => {
                let _ = guard.release();
                Err(e.into())
            }
        }
    }

    /// Takes a move back that could not finish: the new file goes (only if it is still what
    /// was written there); the references were put back by [`follow::write_all`].
    fn remove_new(&self, new_rel: &Path, written: FileHash) {
        let ours =
            std::fs::read(self.root.join(new_rel)).is_ok_and(|b| FileHash::of(&b) == written);
        if ours {
            let _ = std::fs::remove_file(self.root.join(new_rel));
        }
    }

    /// The documents that refer to the open meeting (other meetings, the plan, owners'
    /// updates), rewritten to its id on `date`; refused while one of them is open in someone
    /// else's app (its lock is fresh) or cannot be written here.
    fn followers(
        &self,
        editor: &impl Held,
        ctx: &On<'_>,
        date: NaiveDate,
    ) -> Result<Vec<Follower>, EditingError> {
        let old = &editor.meeting().id;
        let new = Meeting::id_for(date, &editor.meeting().body);
        let rw = Retarget { from: old, to: &new };
        let found = follow::followers(ctx.folder, editor.rel(), &rw)?;
        if let Some((path, info)) = follow::held_elsewhere(&self.root, &found) {
            let file = crate::store::relpath::slashed(&path).to_string();
            return Err(EditingError::HeldElsewhere(file, Box::new(info)));
        }
        Ok(found)
    }
}
