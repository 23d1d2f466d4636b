//! The one place effects are carried out: every layer's update returns [`Effect`]s, and
//! [`apply`] does what they ask, in order — opening and creating meetings (with their locks),
//! writing merges, saving elsewhere, closing the editor, the user's config file. The folder is
//! loaded again after this app wrote to it.

use super::conflicts::{ConflictNote, ConflictsView};
use super::ctx::Ctx;
use super::effect::Effect;
use super::held::{editor, on};
use super::searcher::SearchWorker;
use super::session::{Layer, Notice, Prompt, Session};
use crate::domain::ids::MemberId;
use crate::store::editing::{EditingError, Failure, Opened, Workbench};
use crate::store::load::load_folder_cached;
use crate::store::watch::FolderWatcher;
use std::collections::VecDeque;
use std::sync::Arc;

/// The disk side beside the session: the loaded folder, its search thread, the autosave-and-
/// lock service, the watch on the folder and the reload policy.
pub struct Data {
    /// The loaded folder.
    pub ctx: Arc<Ctx>,
    /// The search thread on it.
    pub worker: SearchWorker,
    /// Autosave and the lock of the open meeting.
    pub bench: Workbench,
    /// The watch on the folder; without one (a file system that cannot be watched) the app
    /// still works, reloading only after its own edits.
    pub watcher: Option<FolderWatcher>,
    /// When to load the folder again after others changed it.
    pub reload: crate::store::reload::Reload<Ctx>,
    /// Whether the open meeting's file changed and it is not yet known by whom.
    pub suspect: bool,
    /// Texts for the clipboard, for the loop to send through the terminal.
    pub clipboard: Vec<String>,
    /// The whole folder, loading on its thread while the screens show its newest meetings.
    pub rest: Option<std::sync::mpsc::Receiver<Option<Ctx>>>,
}

impl Data {
    /// The disk side of the folder `ctx` was loaded from; `wake` is called whenever the
    /// search thread, the watch or a reload has something for the loop.
    pub fn new(ctx: Arc<Ctx>, wake: crate::store::reload::Wake) -> Self {
        let worker = SearchWorker::spawn(Arc::clone(&ctx), wake.clone());
        let bench = Workbench::new(&ctx.folder.root);
        let watcher = FolderWatcher::start_waking(&ctx.folder.root, wake.clone()).ok();
        let (root, lang) = (ctx.folder.root.clone(), ctx.lang);
        // Through the cache, as at start: of a change from elsewhere only the changed files
        // are parsed again (the 2,000 files of twenty years cost 0.3 s of CPU to parse).
        let load = move || load_folder_cached(&root).ok().map(|f| Ctx::open(f, lang));
        let broken = |ctx: &Ctx| ctx.folder.errors.iter().map(|e| e.path.clone()).collect();
        let reload = crate::store::reload::Reload::new(load, broken, wake);
        Self {
            ctx,
            worker,
            bench,
            watcher,
            reload,
            suspect: false,
            clipboard: Vec::new(),
            rest: None,
        }
    }

    /// Starts loading the whole folder when only part of it is loaded: after the first frame,
    /// which then has the cores to itself.
    pub fn load_rest(&mut self) {
        if self.rest.is_none()
            && let Some(loading) = self.ctx.loading_rest()
        {
            let (root, lang) = (&self.ctx.folder.root, self.ctx.lang);
            self.rest = Some(load_rest(root, lang, loading, &self.reload.waker()));
        }
    }

    /// Loads the folder again now, after this app wrote to it (then a load of the rest that
    /// began before the write is not wanted any more).
    pub fn reload_now(&mut self, app: &mut super::app::App) {
        if let Ok(folder) = load_folder_cached(&self.ctx.folder.root) {
            let ctx = Ctx::open(folder, self.ctx.lang);
            self.rest = None;
            self.swap(ctx, app);
        }
    }

    /// The whole folder, once its load is done: `None` while it loads (or when none does).
    /// A load that failed (the folder gone meanwhile) is left to the reload policy, which
    /// tries again.
    pub fn rest_loaded(&mut self) -> Option<Ctx> {
        use std::sync::mpsc::TryRecvError;
        let received = self.rest.as_ref()?.try_recv();
        match received {
            Err(TryRecvError::Empty) => None,
            Ok(Some(ctx)) => {
                self.rest = None;
                Some(ctx)
            }
            Ok(None) | Err(TryRecvError::Disconnected) => {
                self.rest = None;
                self.reload.request();
                None
            }
        }
    }

    /// Shows `ctx` from now on, the browser where it was.
    pub fn swap(&mut self, ctx: Ctx, app: &mut super::app::App) {
        let place = app.place(&self.ctx);
        let old = std::mem::replace(&mut self.ctx, Arc::new(ctx));
        // The old worker lets go of the old folder as its thread ends; whichever of the two
        // lets go last gives the freed memory back (see `searcher`).
        self.worker = SearchWorker::spawn(Arc::clone(&self.ctx), self.reload.waker());
        if let Some(old) = Arc::into_inner(old) {
            drop(old);
            crate::index::give_back_memory();
        }
        app.restore(&place, &self.ctx);
        if let Some(search) = &app.search {
            self.worker.submit(search.query.clone());
        }
    }
}

/// Loads the whole folder at `root` on a thread of its own, counting in `loading` what it
/// read, and wakes `wake` when it is done.
fn load_rest(
    root: &std::path::Path,
    lang: crate::i18n::Lang,
    loading: &super::ctx::Loading,
    wake: &crate::store::reload::Wake,
) -> std::sync::mpsc::Receiver<Option<Ctx>> {
    let (tx, rx) = std::sync::mpsc::channel();
    let (root, done, wake) = (root.to_owned(), Arc::clone(&loading.done), wake.clone());
    std::thread::spawn(move || {
        let folder = crate::store::load::load_folder_counting(&root, &done);
        // A loop that ended takes no more: nothing to tell.
        let _ = tx.send(folder.ok().map(|f| Ctx::open(f, lang)));
        wake.wake();
    });
    rx
}

/// Carries out `effects` in order (with what they lead to). True when the app is to quit:
/// only once no meeting is open any more (a close that was refused keeps it running).
pub fn apply(session: &mut Session, data: &mut Data, effects: Vec<Effect>) -> bool {
    let mut queue: VecDeque<Effect> = effects.into();
    let mut quit = false;
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Quit => quit = !matches!(session.layer, Layer::Edit(_)),
            Effect::Copy { what, text } => {
                data.clipboard.push(text);
                session.notice = Some(Notice::Copied(what));
            }
            Effect::Report(update) => report(session, data, *update),
            Effect::ApplyPlan => super::plan_apply::apply_plan(session, data),
            Effect::ChangePlan(write) => change_plan(session, data, *write),
            Effect::Start(intent) => {
                let more = session.start(intent, &data.ctx);
                queue.extend(more);
            }
            Effect::Open(_)
            | Effect::TakeOver(..)
            | Effect::View(_)
            | Effect::Create(_)
            | Effect::ShowConflicts
            | Effect::CloseConflicts => open(session, data, effect),
            Effect::RememberMe(_) | Effect::AddStIgnore | Effect::KeepStIgnore => {
                configure(session, data, effect)
            }
            Effect::PutAway { .. } | Effect::WriteMerge | Effect::UndoMerge => {
                merge(session, data, effect)
            }
            Effect::SaveElsewhere(_)
            | Effect::SaveApproved(_)
            | Effect::CloseEditor
            | Effect::RemoveMeeting
            | Effect::Redate(_) => edit(session, data, effect),
        }
    }
    quit
}

/// Opening a meeting (with its lock, read-only, created) or the conflicts view, or closing
/// the latter.
fn open(session: &mut Session, data: &mut Data, effect: Effect) {
    let ctx = Arc::clone(&data.ctx);
    let me = session.me.clone();
    let opened = match (effect, me) {
        (Effect::ShowConflicts, _) => {
            let view = ConflictsView::new(read_conflicts(&ctx));
            session.layer = Layer::Conflicts(Box::new(view));
            return;
        }
        (Effect::CloseConflicts, _) => {
            session.layer = Layer::Browse;
            return;
        }
        (Effect::View(id), _) => data.bench.view(&on(&ctx), &id),
        (Effect::Open(id), Some(me)) => data.bench.open(&on(&ctx), &me, &id, None),
        (Effect::TakeOver(id, info), Some(me)) => data.bench.open(&on(&ctx), &me, &id, Some(&info)),
        (Effect::Create(new), Some(me)) => data.bench.create(&on(&ctx), &me, &new),
        _ => return,
    };
    match opened {
        Opened::Editor(opened) => session.layer = Layer::Edit(Box::new(editor(*opened))),
        Opened::Stale(id, info) => session.prompt = Some(Prompt::TakeOver(id, info)),
        Opened::Failed(why) => session.notice = Some(Notice::CannotOpen(why.into())),
    }
}

/// The user's config file and the folder's `.stignore`.
fn configure(session: &mut Session, data: &Data, effect: Effect) {
    let root = &data.ctx.folder.root;
    match effect {
        Effect::RememberMe(member) => remember(member),
        Effect::KeepStIgnore => update_config(|c| c.keep_stignore.push(canonical(root))),
        Effect::AddStIgnore => {
            let added = crate::store::stignore::add_patterns(root);
            session.notice = Some(Notice::StIgnore(added.map_err(|e| e.to_string())));
        }
        _ => {}
    }
}

/// The conflicts view's writes: a copy put away (or the question first), a merge, an undo;
/// after each the folder is loaded again and the view shows what is left, saying what was
/// done.
fn merge(session: &mut Session, data: &mut Data, effect: Effect) {
    let Layer::Conflicts(view) = &mut session.layer else { return };
    let (root, lang) = (&data.ctx.folder.root, data.ctx.lang);
    let note = match effect {
        Effect::PutAway { copy, confirmed } => view.put_away_or_ask(copy, confirmed, root, lang),
        Effect::WriteMerge => view.write_merge(root, lang),
        Effect::UndoMerge => Some(super::conflicts::undo_merge(root, lang)),
        _ => None,
    };
    if let Some(note) = note {
        refresh_conflicts(session, data, note);
    }
}

/// After writing: the folder loaded again and the view on what is left, saying `note`.
fn refresh_conflicts(session: &mut Session, data: &mut Data, note: ConflictNote) {
    data.reload_now(&mut session.app);
    let mut fresh = ConflictsView::new(read_conflicts(&data.ctx));
    fresh.note = Some(note);
    session.layer = Layer::Conflicts(Box::new(fresh));
}

/// The editor's writes besides autosave: a copy elsewhere, approved earlier minutes, a new
/// date, removing the meeting, closing.
fn edit(session: &mut Session, data: &mut Data, effect: Effect) {
    let ctx = Arc::clone(&data.ctx);
    let Some(editor) = session.editor_mut() else { return };
    // What was typed in the same burst of keys goes to the autosaver first: a close,
    // a move or a copy right after typing holds the newest text.
    data.bench.tick(editor);
    match effect {
        Effect::SaveElsewhere(target) => {
            editor.note = Some(match data.bench.save_elsewhere(editor, &target) {
                Ok(()) => {
                    editor.copied = true;
                    super::editor::Note::SavedElsewhere(target)
                }
                Err(e) => super::editor::Note::NotSavedElsewhere(EditingError::from(e).into()),
            });
        }
        Effect::SaveApproved(previous) => {
            let id = previous.id.to_string();
            if let Err(why) = data.bench.save_other(*previous, &on(&ctx)) {
                editor.note = Some(super::editor::Note::ApprovalNotSaved(id, why.into()));
            }
        }
        Effect::Redate(date) => {
            let moved = data.bench.redate(editor, &on(&ctx), date);
            editor.note = Some(super::editor::Note::Redated(moved.map_err(Failure::new)));
            data.reload_now(&mut session.app);
        }
        Effect::RemoveMeeting => remove_meeting(session, data),
        Effect::CloseEditor => close_editor(session, data),
        _ => {}
    }
}

/// Closes the editor the user closed: everything it holds is in the folder first (saved, or
/// kept as the meeting or as a conflict copy when saving cannot put it there); otherwise it
/// stays open and says so.
fn close_editor(session: &mut Session, data: &mut Data) {
    let Some(editor) = session.editor_mut() else { return };
    match data.bench.close(editor) {
        Ok(rescued) => {
            let written = editor.meeting.id.clone();
            let put_back = rescued.as_ref().is_some_and(|rel| rel == &editor.rel);
            session.layer = Layer::Browse;
            data.suspect = false;
            if let Some(rel) = rescued {
                let rel = crate::store::relpath::slashed(&rel).to_string();
                session.notice =
                    Some(if put_back { Notice::PutBack(rel) } else { Notice::KeptAsCopy(rel) });
            }
            data.reload_now(&mut session.app);
            // Back on the list at the meeting just written (a new one is not where the
            // selection was).
            session.app.select_meeting(&written, &data.ctx);
        }
        Err(why) => {
            editor.note = Some(match why {
                EditingError::WouldLose => super::editor::Note::NotKept,
                why => super::editor::Note::NotSavedElsewhere(why.into()),
            });
        }
    }
}

/// Removes the meeting the user asked to remove: put aside in the folder, the editor closed.
fn remove_meeting(session: &mut Session, data: &mut Data) {
    let Some(editor) = session.editor_mut() else { return };
    let removed = data.bench.remove(editor);
    session.layer = Layer::Browse;
    session.notice = Some(match removed {
        Ok(to) => Notice::Removed(Ok(crate::store::relpath::slashed(&to).to_string())),
        Err(why) => Notice::Removed(Err(why.into())),
    });
    data.reload_now(&mut session.app);
}

/// Writes who the user is into their config file, keeping the rest of it.
fn remember(member: MemberId) {
    update_config(|c| c.member = Some(member));
}

/// Changes the user's config file, keeping the rest of it; a broken one is left alone.
fn update_config(change: impl FnOnce(&mut crate::config::Config)) {
    let Some(path) = crate::config::path() else { return };
    if let Ok(mut config) = crate::config::load_from(&path) {
        change(&mut config);
        let _ = crate::config::save_to(&path, &config);
    }
}

fn canonical(root: &std::path::Path) -> std::path::PathBuf {
    root.canonicalize().unwrap_or_else(|_| root.to_owned())
}

/// Whether the user chose to leave this folder's `.stignore` alone.
pub fn keeps_stignore(root: &std::path::Path) -> bool {
    let config = crate::config::load().unwrap_or_default();
    config.keep_stignore.contains(&canonical(root))
}

/// Every conflict copy of the folder, read and compared.
pub fn read_conflicts(ctx: &Ctx) -> Vec<super::conflicts::Entry> {
    super::conflicts::read_all(&ctx.folder.root, &ctx.folder.conflicts)
}

/// Appends the user's follow-up to their own update file, then shows it at once.
fn report(session: &mut Session, data: &mut Data, update: crate::domain::updates::OwnerUpdate) {
    let Some(me) = session.me.clone() else { return };
    let action = update.action.to_string();
    let written = crate::store::updates_write::record(&data.ctx.folder.root, &me, update);
    session.notice = Some(Notice::Reported(match written {
        Ok(rel) => {
            data.reload_now(&mut session.app);
            Ok((action, crate::store::relpath::slashed(&rel).to_string()))
        }
        Err(e) => Err(crate::store::strings::update_error(data.ctx.lang, &e)),
    }));
}

/// Writes the plan edit under the plan's lock, then shows it at once; a refused change
/// offers the field again with what was typed, a plan held elsewhere is named.
fn change_plan(
    session: &mut Session,
    data: &mut Data,
    write: super::session::plan_edit::PlanWrite,
) {
    use super::session::plan_edit::{self, Refusal};
    use crate::store::plan_write::PlanWriteError as W;
    let Some(me) = session.me.clone() else { return };
    let (lang, today) = (data.ctx.lang, chrono::Local::now().date_naive());
    let holder = crate::store::lock::Holder::new(me.clone(), data.ctx.member_name(&me));
    let root = data.ctx.folder.root.clone();
    let result = crate::store::plan_write::update_plan(&root, &holder, |plan| {
        plan_edit::apply(plan, &write, today)
    });
    let why = match result {
        Ok(_) => {
            let what =
                format!("{} ({})", write.what, crate::domain::strings::allowed(lang, &write.allow));
            session.notice = Some(Notice::PlanWritten(Ok(what)));
            data.reload_now(&mut session.app);
            return;
        }
        Err(e) => {
            if matches!(e, W::Refused(_)) {
                session.prompt = Some(Prompt::Plan(Box::new(plan_edit::PlanEdit::again(&write))));
            }
            // "Plan niet aangepast: wordt bewerkt door …": who holds it, nothing written.
            crate::store::strings::plan_write_error(lang, &e, |refusal| match refusal {
                Refusal::Value(e) => super::strings::plan_edit::value_error(lang, e),
                Refusal::Change(e) => crate::domain::strings::plan_refused(lang, e),
            })
        }
    };
    session.notice = Some(Notice::PlanWritten(Err(why)));
}
