//! The autosave-and-lock service, the disk side of writing minutes: opening a meeting with
//! its lock, creating one, handing changes to the autosaver (debounced), refreshing the
//! lock, and closing with everything flushed. It knows the open meeting only through
//! [`Held`], so it needs nothing of the app's screens.

use crate::domain::edit::{self, NewMeeting};
use crate::domain::ids::{MeetingId, MemberId};
use crate::domain::meeting::Meeting;
use crate::store::Base;
use crate::store::autosave::{Autosaver, SaveState};
use crate::store::document::meeting_path;
use crate::store::lock::{self, Holder, LockError, LockGuard, LockInfo};
use crate::store::versions::VersionCache;
use chrono::Utc;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long typing may go on before the meeting is handed to the autosaver: well within the
/// second the secretary may lose.
const DEBOUNCE: Duration = Duration::from_millis(300);

mod approval;
mod close;
mod error;
mod held;
mod read_only;
mod redate;
mod taken;

pub use error::{EditingError, Failure};
pub use held::{Held, On, OpenActions, OpenMeeting, Opened, Said};
pub use read_only::ReadOnly;

/// How often the lock is read again while nothing is typed: a take-over is noticed within
/// this (and before the next save).
const LOCK_CHECK: Duration = Duration::from_secs(2);

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
    /// After a take-over: this app's conflict copy of the meeting, and the hash written there
    /// last; what is typed on goes there.
    copy: Option<(PathBuf, crate::store::FileHash)>,
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
            copy: None,
            written: Vec::new(),
            versions: Some(VersionCache::for_folder(root)),
            last_submit: Instant::now(),
            last_refresh: Instant::now(),
            last_check: Instant::now(),
            approving: None,
        }
    }

    fn holder(&mut self, ctx: &On<'_>, me: &MemberId) -> Holder {
        if let Some(h) = self.holder.as_ref().filter(|h| &h.member == me) {
            return h.clone();
        }
        let holder = Holder::new(me.clone(), (ctx.name)(me));
        self.holder = Some(holder.clone());
        holder
    }

    /// Opens meeting `id` for writing: with its lock, or read-only with the reason.
    pub fn open(
        &mut self,
        ctx: &On<'_>,
        me: &MemberId,
        id: &MeetingId,
        take_over: Option<&LockInfo>,
    ) -> Opened {
        self.begin();
        let Some(loaded) = ctx.folder.meetings.iter().find(|m| &m.value.id == id) else {
            return Opened::Failed(EditingError::NotLoaded(id.clone()));
        };
        let read_only = |why: ReadOnly| {
            Opened::Editor(OpenMeeting::boxed(loaded.value.clone(), loaded.path.clone(), Some(why)))
        };
        if loaded.value.is_frozen() {
            return read_only(ReadOnly::Frozen);
        }
        let base = match loaded.base() {
            Ok(base) => base,
            Err(e) => return read_only(ReadOnly::Unsavable(e.into())),
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
                Opened::Editor(OpenMeeting::boxed(meeting, loaded.path.clone(), None))
            }
            Err(LockError::Stale(info) | LockError::HeldBy(info)) => {
                Opened::Stale(id.clone(), info)
            }
            Err(e) => read_only(ReadOnly::Lock(e.into())),
        }
    }

    /// Opens meeting `id` read-only, as the user chose when asked to take its lock over:
    /// nothing is written, the header says who writes it.
    pub fn view(&mut self, ctx: &On<'_>, id: &MeetingId) -> Opened {
        self.begin();
        let Some(loaded) = ctx.folder.meetings.iter().find(|m| &m.value.id == id) else {
            return Opened::Failed(EditingError::NotLoaded(id.clone()));
        };
        let why = match lock::read(&self.root, &loaded.path) {
            Some(Ok(info)) => ReadOnly::HeldBy(Box::new(info)),
            Some(Err(e)) => ReadOnly::Lock(e.into()),
            None => ReadOnly::Chosen,
        };
        Opened::Editor(OpenMeeting::boxed(loaded.value.clone(), loaded.path.clone(), Some(why)))
    }

    /// Forgets the previous session: its hashes, its lock state, typing not yet handed over.
    fn begin(&mut self) {
        self.opened = None;
        self.opened_value = None;
        self.writable = false;
        self.lost = false;
        self.copy = None;
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
    pub fn create(&mut self, ctx: &On<'_>, me: &MemberId, new: &NewMeeting) -> Opened {
        let id = Meeting::id_for(new.date, &new.body);
        if ctx.folder.meetings.iter().any(|m| m.value.id == id) {
            return self.open(ctx, me, &id, None);
        }
        self.begin();
        let Some(members) = ctx.folder.members.as_ref().map(|m| &m.value) else {
            return Opened::Failed(EditingError::NoMembers);
        };
        let meeting = edit::new_meeting(
            new,
            members,
            &(ctx.open_actions)(new),
            &crate::domain::strings::template(ctx.lang),
        );
        let rel = match meeting_path(&meeting.id) {
            Ok(rel) => rel,
            Err(e) => return Opened::Failed(e.into()),
        };
        if self.root.join(&rel).exists() {
            // On disk but not loaded (it arrived since, or it is broken): never written over.
            return Opened::Failed(EditingError::Exists(rel));
        }
        // The year's folder may be new; the lock goes beside the file, so it comes first.
        if let Some(dir) = rel.parent()
            && let Err(e) = std::fs::create_dir_all(self.root.join(dir))
        {
            return Opened::Failed(EditingError::Disk(dir.to_owned(), e));
        }
        let holder = self.holder(ctx, me);
        match lock::acquire(&self.root, &rel, &holder, Utc::now()) {
            Ok(guard) => {
                self.hold(guard, &rel, Base::new_file());
                self.autosaver.submit(rel.clone(), meeting.clone());
                Opened::Editor(OpenMeeting::boxed(meeting, rel, None))
            }
            Err(e) => Opened::Failed(e.into()),
        }
    }

    /// Every tick: a changed meeting goes to the autosaver (at most every [`DEBOUNCE`]), the
    /// save of an approved earlier meeting is watched, and the lock is refreshed; a lock lost to someone
    /// else turns the editor read-only.
    pub fn tick(&mut self, editor: &mut impl Held) {
        if editor.take_changed() {
            self.pending = true;
            if let Some(guard) = &mut self.lock
                && let Err(e) = guard.typed(Utc::now())
            {
                self.lock_failed(e, editor);
            }
        }
        let due = self.pending && self.last_submit.elapsed() >= DEBOUNCE;
        if due || self.last_check.elapsed() >= LOCK_CHECK {
            self.check_lock(editor);
        }
        if due && self.lost {
            // Taken over: what is typed on goes into this app's copy, never the meeting.
            self.type_into_copy(editor);
        }
        if due && !self.lost {
            self.submit(editor);
        }
        if let SaveState::Saved { hash, .. } = self.autosaver.status(editor.rel()) {
            self.note_written(hash);
        }
        self.watch_approval(editor);
        if self.last_refresh.elapsed() >= lock::REFRESH_EVERY {
            self.last_refresh = Instant::now();
            if let Some(guard) = &mut self.lock
                && let Err(e) = guard.refresh(Utc::now())
            {
                self.lock_failed(e, editor);
            }
        }
    }

    /// Reads the lock again (before a save, and every [`LOCK_CHECK`]): once someone took it
    /// over, this app stops writing the meeting at once.
    fn check_lock(&mut self, editor: &mut impl Held) {
        self.last_check = Instant::now();
        if let Some(guard) = &mut self.lock
            && let Err(e) = guard.check()
        {
            self.lock_failed(e, editor);
        }
    }

    /// The lock is lost or broken: the editor turns read-only. Taken over by someone else,
    /// nothing more is saved, and the text typed here that is in no file of the folder goes
    /// beside the meeting as a conflict copy at once; the header says so.
    fn lock_failed(&mut self, e: LockError, editor: &mut impl Held) {
        let LockError::LostTo(by) = e else {
            editor.set_read_only(ReadOnly::Lock(e.into()));
            return;
        };
        if !self.lost {
            self.lost = true;
            self.pending = false;
            self.autosaver.forget(editor.rel());
            if !editor.copied() && self.holds_unsaved(editor) {
                self.type_into_copy(editor);
            }
        }
        // Editing goes on, into the copy: nothing typed after the notice is refused or lost.
        editor.set_taken_over(by);
    }

    fn submit(&mut self, editor: &impl Held) {
        if !editor.is_read_only() && !self.lost {
            self.autosaver.submit(editor.rel().to_owned(), editor.meeting().clone());
        }
        self.pending = false;
        self.last_submit = Instant::now();
    }

    /// Whether the open meeting's file on disk is neither what was opened nor anything
    /// saved here: someone else wrote it. `None` while a save is under way (ask again later).
    pub fn changed_behind(&mut self, editor: &impl Held) -> Option<bool> {
        if !self.writable {
            // Nothing is written from here, so there is nothing to keep from being overwritten.
            return Some(false);
        }
        match self.autosaver.status(editor.rel()) {
            SaveState::Pending | SaveState::Saving => return None,
            SaveState::Saved { hash, .. } => self.note_written(hash),
            _ => {}
        }
        let bytes = match std::fs::read(self.root.join(editor.rel())) {
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

    /// How soon [`Workbench::tick`] has work again for the meeting at `rel`: soon while
    /// typing waits to be handed over or a save is under way (its state is shown), else at
    /// the next look at the lock.
    pub fn next_tick(&self, rel: &Path) -> Duration {
        let saving = matches!(self.autosaver.status(rel), SaveState::Pending | SaveState::Saving);
        if self.pending || saving || self.approving.is_some() {
            return Duration::from_millis(100);
        }
        LOCK_CHECK.saturating_sub(self.last_check.elapsed()).max(Duration::from_millis(100))
    }

    /// Where the saving of the open meeting stands.
    pub fn save_state(&self, rel: &Path) -> SaveState {
        self.autosaver.status(rel)
    }
}
