//! Moving the open meeting to another date on disk: the file under its new name (written
//! first, under a lock of its own), the other meetings that refer to it rewritten, then the
//! old file and its lock removed.

use super::{EditingError, Held, On, Workbench};
use crate::domain::meeting::Meeting;
use crate::domain::redate::{redate, refers_to, refuse_redate, retarget};
use crate::store::document::meeting_path;
use crate::store::{Base, LoadedFile, lock};
use chrono::{NaiveDate, Utc};
use std::path::PathBuf;
use std::time::Duration;

impl Workbench {
    /// Moves the open meeting to `date`: its id, its file (`meetings/<year>/<date>-<body>.ron`)
    /// and its lock follow, and so do the references to it in other meetings. The new file
    /// is written before the old one goes; the editor then writes the new one. Its new id,
    /// or why not (nothing changed then).
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
        let old_id = editor.meeting().id.clone();
        // Everything that refuses comes before anything is written.
        if let Some(file) = referenced_outside_meetings(ctx, &old_id) {
            return Err(EditingError::ReferencedIn(file));
        }
        let referrers = self.referrers(ctx, &old_id)?;
        // What was typed is in the old file first: it moves whole.
        self.submit(editor);
        self.autosaver.flush(Duration::from_secs(5));
        let old_rel = editor.rel().to_owned();
        let mut moved = editor.meeting().clone();
        let new_id = redate(&mut moved, date)?;
        let new_rel = meeting_path(&new_id)?;
        if self.root.join(&new_rel).exists() {
            return Err(EditingError::Exists(new_rel));
        }
        if let Some(dir) = new_rel.parent() {
            std::fs::create_dir_all(self.root.join(dir))
                .map_err(|e| EditingError::Disk(dir.to_owned(), e))?;
        }
        // No one holds the lock of a meeting that was never opened to write.
        let holder = self.holder.clone().ok_or(EditingError::ReadOnly)?;
        let guard = lock::acquire(&self.root, &new_rel, &holder, Utc::now())?;
        let hash = match crate::store::save(&self.root, &new_rel, &moved, Base::new_file()) {
            Ok(hash) => hash,
            Err(e) => {
                let _ = guard.release();
                return Err(e.into());
            }
        };
        // The references follow; one that cannot be written (changed on disk since it was
        // read, a disk that refuses) undoes the whole move: the meeting stays where it was.
        let mut rewritten: Vec<(PathBuf, Meeting, crate::store::FileHash)> = Vec::new();
        for (path, original, base) in referrers {
            let mut other = original.clone();
            retarget(&mut other, &old_id, &new_id);
            match crate::store::save(&self.root, &path, &other, base) {
                Ok(written) => rewritten.push((path, original, written)),
                Err(e) => {
                    self.undo_move(&new_rel, hash, rewritten);
                    let _ = guard.release();
                    return Err(e.into());
                }
            }
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

    /// Takes a move back that could not finish: the references already rewritten get their
    /// old text again, and the new file goes (only if it is still what was written there).
    fn undo_move(
        &self,
        new_rel: &std::path::Path,
        written: crate::store::FileHash,
        rewritten: Vec<(PathBuf, Meeting, crate::store::FileHash)>,
    ) {
        for (path, original, hash) in rewritten {
            let _ = crate::store::save(&self.root, &path, &original, Base::after_save(hash));
        }
        let ours = std::fs::read(self.root.join(new_rel))
            .is_ok_and(|bytes| crate::store::FileHash::of(&bytes) == written);
        if ours {
            let _ = std::fs::remove_file(self.root.join(new_rel));
        }
    }

    /// The other meetings that refer to `id`, each with its file and the base to save over;
    /// refused while one of them is open in someone else's app (its lock is fresh).
    fn referrers(
        &self,
        ctx: &On<'_>,
        id: &crate::domain::ids::MeetingId,
    ) -> Result<Vec<(PathBuf, Meeting, Base)>, EditingError> {
        let mut found = Vec::new();
        let referring = ctx.folder.meetings.iter().filter(|m| &m.value.id != id);
        for loaded in referring.filter(|m| refers_to(&m.value, id)) {
            let loaded: &LoadedFile<Meeting> = loaded;
            if let Some(Ok(info)) = lock::read(&self.root, &loaded.path)
                && !info.is_stale(Utc::now())
            {
                return Err(EditingError::HeldElsewhere(loaded.value.id.clone(), Box::new(info)));
            }
            let base = loaded.base()?;
            found.push((loaded.path.clone(), loaded.value.clone(), base));
        }
        Ok(found)
    }
}

/// The plan or owner-updates file that refers to a decision or action item of meeting `id`:
/// those are not rewritten here, so the move is refused rather than leave them dangling.
fn referenced_outside_meetings(ctx: &On<'_>, id: &crate::domain::ids::MeetingId) -> Option<String> {
    // References are written as `"<meeting>/<n>"` strings; the written text is searched.
    let needle = format!("\"{id}/");
    let refers = |text: Result<String, ron::Error>| text.is_ok_and(|t| t.contains(&needle));
    let plan = ctx.folder.plan.as_ref().filter(|p| refers(crate::store::to_ron(&p.value)));
    let plan = plan.map(|p| crate::store::relpath::slashed(&p.path).to_string());
    plan.or_else(|| {
        let updates = ctx.folder.updates.iter();
        let found = updates.into_iter().find(|u| refers(crate::store::to_ron(&u.value)));
        found.map(|u| crate::store::relpath::slashed(&u.path).to_string())
    })
}
