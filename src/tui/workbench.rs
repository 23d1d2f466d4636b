//! The disk side of writing minutes, for the event loop: opening a meeting with its lock,
//! creating one, handing changes to the autosaver (debounced), refreshing the lock, and
//! closing with everything flushed.

use super::ctx::Ctx;
use super::editor::Editor;
use crate::domain::edit::{self, NewMeeting, OpenAction};
use crate::domain::ids::{MeetingId, MemberId};
use crate::domain::meeting::Meeting;
use crate::store::autosave::{Autosaver, SaveState};
use crate::store::document::meeting_path;
use crate::store::lock::{self, Holder, LockError, LockGuard, LockInfo};
use crate::store::versions::VersionCache;
use crate::store::{Base, LoadedFile};
use chrono::Utc;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long typing may go on before the meeting is handed to the autosaver: well within the
/// second the secretary may lose.
const DEBOUNCE: Duration = Duration::from_millis(300);

mod redate;

/// How often the lock is read again while nothing is typed: a take-over is noticed within
/// this (and before the next save).
const LOCK_CHECK: Duration = Duration::from_secs(2);

/// What opening a meeting gave.
pub enum Opened {
    /// The editor (read-only when someone else holds the lock, or the minutes are frozen).
    Editor(Box<Editor>),
    /// Someone holds the lock (fresh or stale): ask before taking it over.
    Stale(MeetingId, Box<LockInfo>),
    /// It could not be opened, with why.
    Failed(String),
}

/// The autosaver, the lock held, and who holds it.
pub struct Workbench {
    root: PathBuf,
    autosaver: Autosaver,
    lock: Option<LockGuard>,
    holder: Option<Holder>,
    pending: bool,
    /// The hash of the open meeting's file as it was opened.
    opened: Option<crate::store::FileHash>,
    /// The open meeting as it was opened (without `edited_from`): text equal to it was not
    /// typed here.
    opened_value: Option<Meeting>,
    /// Whether this session may write the meeting (it took the lock or created it). A
    /// read-only session never writes anything.
    writable: bool,
    /// Whether the lock was taken over by someone else during this session.
    lost: bool,
    /// The hashes of what the autosaver wrote of it since.
    written: Vec<crate::store::FileHash>,
    /// Where the version opened is kept (the autosaver keeps those written), for a merge.
    versions: Option<VersionCache>,
    last_submit: Instant,
    last_refresh: Instant,
    /// When the lock was last read again to see whether it is still ours.
    last_check: Instant,
    /// The earlier minutes approved in this meeting (file, id, whether a failure was said),
    /// while their save is not known to be done.
    approving: Option<(PathBuf, String, bool)>,
}

impl Workbench {
    /// A workbench on the folder at `root`.
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_owned(),
            // Every save is kept in the user's cache only: in the shared folder it would send
            // a file to every member every few seconds of typing.
            autosaver: Autosaver::spawn_keeping(root.to_owned(), VersionCache::user()),
            lock: None,
            holder: None,
            pending: false,
            opened: None,
            opened_value: None,
            writable: false,
            lost: false,
            written: Vec::new(),
            versions: Some(VersionCache::for_folder(root)),
            last_submit: Instant::now(),
            last_refresh: Instant::now(),
            last_check: Instant::now(),
            approving: None,
        }
    }

    fn holder(&mut self, ctx: &Ctx, me: &MemberId) -> Holder {
        if let Some(h) = self.holder.as_ref().filter(|h| &h.member == me) {
            return h.clone();
        }
        let holder = Holder::new(me.clone(), ctx.member_name(me));
        self.holder = Some(holder.clone());
        holder
    }

    /// Opens meeting `id` for writing: with its lock, or read-only with the reason.
    pub fn open(
        &mut self,
        ctx: &Ctx,
        me: &MemberId,
        id: &MeetingId,
        take_over: Option<&LockInfo>,
    ) -> Opened {
        let lang = ctx.lang;
        self.begin();
        let Some(loaded) = ctx.folder.meetings.iter().find(|m| &m.value.id == id) else {
            return Opened::Failed(id.to_string());
        };
        let read_only = |why: String| {
            Opened::Editor(Box::new(Editor::new(
                loaded.value.clone(),
                loaded.path.clone(),
                Some(why),
            )))
        };
        if loaded.value.is_frozen() {
            return read_only(crate::i18n::editor::frozen(lang).to_owned());
        }
        let base = match loaded.base() {
            Ok(base) => base,
            Err(e) => return read_only(e.to_string()),
        };
        let holder = self.holder(ctx, me);
        let now = Utc::now();
        let taken = match take_over {
            Some(seen) => lock::take_over(&self.root, &loaded.path, &holder, seen, now),
            None => lock::acquire(&self.root, &loaded.path, &holder, now),
        };
        match taken {
            Ok(guard) => {
                self.hold(guard, &loaded.path, base);
                self.opened = Some(loaded.hash);
                self.opened_value = Some(crate::store::held::plain(&loaded.value));
                self.keep_version(&loaded.path, loaded.hash);
                let mut meeting = loaded.value.clone();
                // Every save of this session says which version it was edited from.
                meeting.edited_from = Some(loaded.hash.to_string());
                Opened::Editor(Box::new(Editor::new(meeting, loaded.path.clone(), None)))
            }
            Err(LockError::Stale(info) | LockError::HeldBy(info)) => {
                Opened::Stale(id.clone(), info)
            }
            Err(e) => read_only(e.to_string()),
        }
    }

    /// Opens meeting `id` read-only, as the user chose when asked to take its lock over:
    /// nothing is written, the header says who writes it.
    pub fn view(&mut self, ctx: &Ctx, id: &MeetingId) -> Opened {
        self.begin();
        let Some(loaded) = ctx.folder.meetings.iter().find(|m| &m.value.id == id) else {
            return Opened::Failed(id.to_string());
        };
        let why = match lock::read(&self.root, &loaded.path) {
            Some(Ok(info)) => crate::i18n::editor::held_by(ctx.lang, &info),
            Some(Err(e)) => e.to_string(),
            None => crate::i18n::editor::read_only_chosen(ctx.lang).to_owned(),
        };
        let editor = Editor::new(loaded.value.clone(), loaded.path.clone(), Some(why));
        Opened::Editor(Box::new(editor))
    }

    /// Forgets the previous session: its hashes, its lock state, typing not yet handed over.
    fn begin(&mut self) {
        self.opened = None;
        self.opened_value = None;
        self.writable = false;
        self.lost = false;
        self.written.clear();
        self.pending = false;
    }

    fn hold(&mut self, guard: LockGuard, rel: &Path, base: Base) {
        self.writable = true;
        self.autosaver.track(rel.to_owned(), base);
        self.lock = Some(guard);
        self.last_refresh = Instant::now();
    }

    /// Creates a meeting from the body's template and opens it; an existing one is opened.
    pub fn create(&mut self, ctx: &Ctx, me: &MemberId, new: &NewMeeting) -> Opened {
        let id = Meeting::id_for(new.date, &new.body);
        if ctx.folder.meetings.iter().any(|m| m.value.id == id) {
            return self.open(ctx, me, &id, None);
        }
        self.begin();
        let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
            return Opened::Failed("data/members.ron".into());
        };
        let meeting = edit::new_meeting(
            new,
            members,
            &open_actions(ctx, new),
            &crate::i18n::editor::template(ctx.lang),
        );
        let rel = match meeting_path(&meeting.id) {
            Ok(rel) => rel,
            Err(e) => return Opened::Failed(format!("{e:?}")),
        };
        if self.root.join(&rel).exists() {
            // On disk but not loaded (it arrived since, or it is broken): never written over.
            return Opened::Failed(crate::store::relpath::slashed(&rel).to_string());
        }
        // The year's folder may be new; the lock goes beside the file, so it comes first.
        if let Some(dir) = rel.parent()
            && let Err(e) = std::fs::create_dir_all(self.root.join(dir))
        {
            return Opened::Failed(format!("{}: {e}", crate::store::relpath::slashed(dir)));
        }
        let holder = self.holder(ctx, me);
        match lock::acquire(&self.root, &rel, &holder, Utc::now()) {
            Ok(guard) => {
                self.hold(guard, &rel, Base::new_file());
                self.autosaver.submit(rel.clone(), meeting.clone());
                Opened::Editor(Box::new(Editor::new(meeting, rel, None)))
            }
            Err(e) => Opened::Failed(e.to_string()),
        }
    }

    /// Every tick: a changed meeting goes to the autosaver (at most every [`DEBOUNCE`]), an
    /// approved earlier meeting is saved, and the lock is refreshed; a lock lost to someone
    /// else turns the editor read-only.
    pub fn tick(&mut self, editor: &mut Editor, ctx: &Ctx) {
        if editor.take_changed() {
            self.pending = true;
            if let Some(guard) = &mut self.lock
                && let Err(e) = guard.typed(Utc::now())
            {
                self.lock_failed(e, editor, ctx);
            }
        }
        let due = self.pending && self.last_submit.elapsed() >= DEBOUNCE;
        if due || self.last_check.elapsed() >= LOCK_CHECK {
            self.check_lock(editor, ctx);
        }
        if due && !self.lost {
            self.submit(editor);
        }
        if let SaveState::Saved { hash, .. } = self.autosaver.status(&editor.rel) {
            self.note_written(hash);
        }
        if let Some(previous) = editor.approved.take() {
            let id = previous.id.to_string();
            if let Err(why) = self.save_other(previous, ctx) {
                editor.note = Some(crate::tui::editor::Note::ApprovalNotSaved(id, why));
            }
        }
        self.watch_approval(editor);
        if self.last_refresh.elapsed() >= lock::REFRESH_EVERY {
            self.last_refresh = Instant::now();
            if let Some(guard) = &mut self.lock
                && let Err(e) = guard.refresh(Utc::now())
            {
                self.lock_failed(e, editor, ctx);
            }
        }
    }

    /// Reads the lock again (before a save, and every [`LOCK_CHECK`]): once someone took it
    /// over, this app stops writing the meeting at once.
    fn check_lock(&mut self, editor: &mut Editor, ctx: &Ctx) {
        self.last_check = Instant::now();
        if let Some(guard) = &mut self.lock
            && let Err(e) = guard.check()
        {
            self.lock_failed(e, editor, ctx);
        }
    }

    /// The lock is lost or broken: the editor turns read-only. Taken over by someone else,
    /// nothing more is saved, and the text typed here that is in no file of the folder goes
    /// beside the meeting as a conflict copy at once; the header says so.
    fn lock_failed(&mut self, e: LockError, editor: &mut Editor, ctx: &Ctx) {
        let LockError::LostTo(info) = e else {
            editor.read_only = Some(e.to_string());
            return;
        };
        if !self.lost {
            self.lost = true;
            self.pending = false;
            self.autosaver.forget(&editor.rel);
            if !editor.copied && self.holds_unsaved(editor) {
                match self.keep_as_conflict_copy(editor) {
                    Ok(rel) => {
                        editor.copied = true;
                        editor.note = Some(crate::tui::editor::Note::SavedElsewhere(rel));
                    }
                    Err(why) => {
                        editor.note = Some(crate::tui::editor::Note::NotSavedElsewhere(why))
                    }
                }
            }
        }
        editor.read_only = Some(crate::i18n::editor::taken_over(ctx.lang, &info, editor.copied));
    }

    fn submit(&mut self, editor: &Editor) {
        if editor.read_only.is_none() {
            self.autosaver.submit(editor.rel.clone(), editor.meeting.clone());
        }
        self.pending = false;
        self.last_submit = Instant::now();
    }

    /// Hands an earlier meeting changed by approving it to the autosaver, over the file as it
    /// was loaded; `Err` says why it cannot be saved at all.
    fn save_other(&mut self, meeting: Meeting, ctx: &Ctx) -> Result<(), String> {
        let loaded: Option<&LoadedFile<Meeting>> =
            ctx.folder.meetings.iter().find(|m| m.value.id == meeting.id);
        let loaded = loaded.ok_or_else(|| meeting.id.to_string())?;
        let base = loaded.base().map_err(|e| e.to_string())?;
        self.autosaver.track(loaded.path.clone(), base);
        self.approving = Some((loaded.path.clone(), meeting.id.to_string(), false));
        self.autosaver.submit(loaded.path.clone(), meeting);
        Ok(())
    }

    /// Says so in the editor when the approved earlier minutes could not be saved: the
    /// approval is then only in this meeting, and `check` will flag it.
    /// A failing disk is retried by the autosaver, so it is watched on (and said once); a
    /// change on disk is not retried.
    fn watch_approval(&mut self, editor: &mut Editor) {
        let Some((rel, id, said)) = &mut self.approving else { return };
        let (why, settled) = match self.autosaver.status(rel) {
            SaveState::Failed { error, .. } => (error, false),
            SaveState::Conflict { error } => (error, true),
            SaveState::Saved { .. } => (String::new(), true),
            SaveState::Pending | SaveState::Saving | SaveState::Unchanged => return,
        };
        if !why.is_empty() && !*said {
            editor.note = Some(crate::tui::editor::Note::ApprovalNotSaved(id.clone(), why));
            *said = true;
        }
        if settled {
            self.approving = None;
        }
    }

    /// Whether the open meeting's file on disk is neither what was opened nor anything
    /// saved here: someone else wrote it. `None` while a save is under way (ask again later).
    pub fn changed_behind(&mut self, editor: &Editor) -> Option<bool> {
        if !self.writable {
            // Nothing is written from here, so there is nothing to keep from being overwritten.
            return Some(false);
        }
        match self.autosaver.status(&editor.rel) {
            SaveState::Pending | SaveState::Saving => return None,
            SaveState::Saved { hash, .. } => self.note_written(hash),
            _ => {}
        }
        let bytes = match std::fs::read(self.root.join(&editor.rel)) {
            Ok(bytes) => bytes,
            // Removed while open (it was on disk: opened, or saved here): said like a change;
            // closing puts the editor's version back.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Some(self.opened.is_some() || !self.written.is_empty());
            }
            Err(_) => return Some(false),
        };
        let on_disk = crate::store::FileHash::of(&bytes);
        Some(self.opened != Some(on_disk) && !self.written.contains(&on_disk))
    }

    /// The autosaver keeps what it wrote in the version cache; here only the hash is noted.
    fn note_written(&mut self, hash: crate::store::FileHash) {
        if !self.written.contains(&hash) {
            self.written.push(hash);
        }
    }

    /// Keeps the file at `rel` in the version cache, if it still is the version `hash`.
    fn keep_version(&self, rel: &Path, hash: crate::store::FileHash) {
        let Some(cache) = &self.versions else { return };
        if let Ok(bytes) = std::fs::read(self.root.join(rel))
            && crate::store::FileHash::of(&bytes) == hash
        {
            // A cache that cannot be written only costs a later merge its ancestor.
            let _ = cache.keep(&bytes);
        }
    }

    /// Where the saving of the open meeting stands.
    pub fn save_state(&self, rel: &Path) -> SaveState {
        self.autosaver.status(rel)
    }

    /// Closes the editor: what is pending is saved (waiting for the disk, at most a few
    /// seconds), text that saving cannot put in the folder any more (the file changed or
    /// went away, the lock was taken over) goes back into it by [`Workbench::rescue`], then
    /// the lock goes. Refused (`Err`, nothing released) while the newest content is neither
    /// in the folder nor in a copy elsewhere: closing would lose it.
    pub fn close(&mut self, editor: &Editor) -> Result<Option<PathBuf>, String> {
        if self.pending {
            self.submit(editor);
        }
        self.autosaver.flush(Duration::from_secs(5));
        let mut rescued = None;
        if !editor.copied && self.holds_unsaved(editor) {
            let stuck = matches!(self.autosaver.status(&editor.rel), SaveState::Conflict { .. });
            if !(stuck || self.lost || editor.changed_on_disk) {
                return Err(String::new());
            }
            rescued = Some(self.rescue(editor)?);
        }
        if let Some(guard) = self.lock.take() {
            let _ = guard.release();
        }
        self.autosaver.forget(&editor.rel);
        self.begin();
        Ok(rescued)
    }

    /// Removes the open meeting (the user asked, and it is an empty draft): what is pending
    /// is saved, then its file goes to the folder's removed meetings while the lock is still
    /// held (no one opens it half-moved), then the lock goes. Its place there.
    pub fn remove(&mut self, editor: &Editor) -> Result<PathBuf, String> {
        if self.pending {
            self.submit(editor);
        }
        self.autosaver.flush(Duration::from_secs(5));
        self.autosaver.forget(&editor.rel);
        let moved = crate::store::removed::put_aside(&self.root, &editor.rel);
        if let Some(guard) = self.lock.take() {
            let _ = guard.release();
        }
        self.begin();
        moved.map_err(|e| e.to_string())
    }

    /// Whether this app holds text of the open meeting that is in no file of the folder:
    /// neither what was opened, nor the file as it is now, nor a conflict copy beside it.
    /// `edited_from` alone is no text: a read-only view or an untouched meeting holds none.
    pub fn holds_unsaved(&self, editor: &Editor) -> bool {
        if !self.writable {
            return false;
        }
        let ours = crate::store::held::plain(&editor.meeting);
        if self.opened_value.as_ref() == Some(&ours) {
            return false;
        }
        !crate::store::held::in_folder(&self.root, &editor.rel, &ours)
    }

    /// Puts the editor's text back in the folder when saving cannot: as the meeting when its
    /// file is gone, else beside it as a conflict copy.
    fn rescue(&mut self, editor: &Editor) -> Result<PathBuf, String> {
        if !self.root.join(&editor.rel).exists() {
            let mut ours = editor.meeting.clone();
            ours.edited_from = self.written.last().map(|h| h.to_string()).or(ours.edited_from);
            crate::store::save(&self.root, &editor.rel, &ours, Base::new_file())
                .map_err(|e| e.to_string())?;
            return Ok(editor.rel.clone());
        }
        self.keep_as_conflict_copy(editor)
    }

    /// Writes the open meeting, as it stands, beside its original as a conflict copy (named as
    /// Syncthing names them), for the conflicts view to merge three-way: its `edited_from`
    /// names the last version saved here, which the version cache holds.
    pub fn keep_as_conflict_copy(&mut self, editor: &Editor) -> Result<PathBuf, String> {
        let stem =
            editor.rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let stamp = Utc::now().format("%Y%m%d-%H%M%S");
        let rel = editor.rel.with_file_name(format!(
            "{stem}.sync-conflict-{stamp}-{}.ron",
            crate::store::names::OWN_DEVICE
        ));
        let mut ours = editor.meeting.clone();
        // What is typed here went on from this app's last save, whose chain of saves (in
        // this user's cache) leads back to the version opened.
        if let Some(last) = self.written.last() {
            ours.edited_from = Some(last.to_string());
        }
        // The copy names the nearest version it shares with the file beside it, found here
        // along this session's saves, and that version goes into the shared folder: so every
        // machine merges it three-way, also one that never saw this session's saves.
        if let Some(versions) = &self.versions {
            let on_disk = crate::store::load::read_document::<Meeting>(&self.root, &editor.rel);
            let common = on_disk.ok().and_then(|d| versions.ancestor_hash(&d.value, &ours));
            if let Some(common) = common.or_else(|| self.opened.map(|h| h.to_string())) {
                versions.publish(&common);
                ours.edited_from = Some(common);
            }
        }
        crate::store::save(&self.root, &rel, &ours, Base::new_file()).map_err(|e| e.to_string())?;
        Ok(rel)
    }

    /// Writes the open meeting as it stands now somewhere else (when the folder refuses it).
    pub fn save_elsewhere(&mut self, editor: &Editor, target: &Path) -> std::io::Result<()> {
        self.submit(editor);
        self.autosaver.save_elsewhere(&editor.rel, target)
    }
}

/// The body's open action items agreed before the new meeting, for its follow-up item.
fn open_actions(ctx: &Ctx, new: &NewMeeting) -> Vec<OpenAction> {
    ctx.index
        .open_actions(&new.body, new.date)
        .map(|a| OpenAction {
            reference: a.reference.clone(),
            owner: ctx.owner_name(&a.owner),
            text: a.text.clone(),
            due: a.due,
        })
        .collect()
}
