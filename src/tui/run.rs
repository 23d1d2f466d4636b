//! The event loop: keys, paste and mouse in; the session updated; the disk work (opening,
//! locks, autosave, reloading) done here and only here; a frame drawn when something changed.

use super::conflicts::{ConflictNote, ConflictsView};
use super::ctx::Ctx;
use super::searcher::SearchWorker;
use super::session::{Notice, Request, Session};
use super::workbench::{Opened, Workbench};
use super::{app, draw, theme};
use crate::domain::ids::MemberId;
use crate::store::watch::FolderWatcher;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the loop waits for input before it looks at the background work again.
const TICK: Duration = Duration::from_millis(50);

/// How long to look for more input before drawing (crossterm's /dev/tty source does not look
/// at all for a zero wait).
const DRAIN: Duration = Duration::from_millis(1);

/// How often the screen is drawn while no key comes.
const IDLE_REDRAW: Duration = Duration::from_millis(250);

/// What the app starts with.
pub struct Start {
    /// The loaded folder.
    pub ctx: Arc<Ctx>,
    /// Who the user is, when known (`--as`, the config file).
    pub me: Option<MemberId>,
}

/// The loop's own state next to the session: the data, its search thread and the workbench.
struct Data {
    ctx: Arc<Ctx>,
    worker: SearchWorker,
    bench: Workbench,
    /// The watch on the folder; without one (a file system that cannot be watched) the app
    /// still works, reloading only after its own edits.
    watcher: Option<FolderWatcher>,
    /// A reload that is due, and how often it found a freshly broken file.
    reload: Option<(Instant, u32)>,
    /// A reload under way on its thread, and how often it found a freshly broken file.
    loading: Option<(std::sync::mpsc::Receiver<Option<Ctx>>, u32)>,
    /// Whether the open meeting's file changed and it is not yet known by whom.
    suspect: bool,
}

/// How often a reload that finds a freshly broken file waits for the rest of it to arrive.
const RETRIES: u32 = 3;

impl Data {
    fn new(ctx: Arc<Ctx>) -> Self {
        let worker = SearchWorker::spawn(Arc::clone(&ctx));
        let bench = Workbench::new(&ctx.folder.root);
        let watcher = FolderWatcher::start(&ctx.folder.root).ok();
        Self { ctx, worker, bench, watcher, reload: None, loading: None, suspect: false }
    }

    /// Loads the folder again now, after the editor wrote to it.
    fn reload_now(&mut self, app: &mut app::App) {
        if let Ok(folder) = crate::store::load_folder(&self.ctx.folder.root) {
            let ctx = Ctx::open(folder, self.ctx.lang);
            self.swap(ctx, app);
        }
    }

    fn swap(&mut self, ctx: Ctx, app: &mut app::App) {
        let place = app.place(&self.ctx);
        self.ctx = Arc::new(ctx);
        self.worker = SearchWorker::spawn(Arc::clone(&self.ctx));
        app.restore(&place, &self.ctx);
        if let Some(search) = &app.search {
            self.worker.submit(search.query.clone());
        }
    }

    /// Files changed by someone else: reload (soon). A change to the meeting open here is
    /// the editor's to notice; its own saves are not someone else's.
    fn watch(&mut self, editing: Option<&mut super::editor::Editor>) {
        let Some(watcher) = &self.watcher else { return };
        let mut changed = watcher.changed();
        if let Some(editor) = editing {
            self.suspect |= changed.contains(&editor.rel);
            if self.suspect
                && let Some(behind) = self.bench.changed_behind(editor)
            {
                editor.changed_on_disk |= behind;
                self.suspect = false;
            }
            changed.retain(|p| p != &editor.rel);
        }
        // This app's own writes that are loaded already (closing the editor, a merge): no
        // second load of the whole folder.
        changed.retain(|p| !self.ctx.folder.holds_as_on_disk(p));
        if !changed.is_empty() && self.reload.is_none() {
            self.reload = Some((Instant::now(), 0));
        }
    }

    /// A due reload, on a thread of its own so that a large folder never stalls the screen.
    /// A file that is broken now but was not before may be half synced: it is given a few
    /// seconds to arrive whole before the screens show it broken.
    /// True when changes made elsewhere were loaded.
    fn reload_when_due(&mut self, app: &mut app::App) -> bool {
        if let Some((loaded, tries)) = &self.loading {
            let tries = *tries;
            match loaded.try_recv() {
                Err(std::sync::mpsc::TryRecvError::Empty) => return false,
                Ok(Some(ctx)) => {
                    self.loading = None;
                    let before: Vec<&std::path::Path> =
                        self.ctx.folder.errors.iter().map(|e| e.path.as_path()).collect();
                    let fresh =
                        ctx.folder.errors.iter().any(|e| !before.contains(&e.path.as_path()));
                    if fresh && tries < RETRIES {
                        self.reload = Some((Instant::now() + Duration::from_secs(1), tries + 1));
                    } else {
                        self.swap(ctx, app);
                        return true;
                    }
                }
                _ => self.loading = None,
            }
            return false;
        }
        let Some((due, tries)) = self.reload else { return false };
        if Instant::now() < due {
            return false;
        }
        self.reload = None;
        let (root, lang) = (self.ctx.folder.root.clone(), self.ctx.lang);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let ctx = crate::store::load_folder(&root).ok().map(|f| Ctx::open(f, lang));
            let _ = tx.send(ctx);
        });
        self.loading = Some((rx, tries));
        false
    }
}

/// Runs the loop until the user quits.
pub fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    start: Start,
    theme: &theme::Theme,
) -> io::Result<()> {
    let mut session = Session::new(app::App::default(), start.me);
    // The first frame is drawn before the check and the search haystacks, which the search
    // thread builds meanwhile.
    let mut data = Data::new(start.ctx);
    // Temp files of saves a crash of this app interrupted: no one else ever removes them.
    crate::store::leftovers::remove_stale_temps(
        &data.ctx.folder.root,
        std::time::SystemTime::now(),
    );
    session.sync.unwatched = data.watcher.is_none();
    let root = &data.ctx.folder.root;
    if crate::store::stignore::wants_patterns(root) && !keeps_stignore(root) {
        session.prompt = Some(super::session::Prompt::StIgnore);
    }
    let mut drawn: Option<Instant> = None;
    // What the last frame showed where, for the mouse.
    let mut layout = super::browse::Drawn::default();
    let mut touched = true;
    loop {
        // After input at once; otherwise now and then, for what the threads brought (search
        // hits, the check, a reload, the save state).
        if touched || drawn.is_none_or(|t| t.elapsed() >= IDLE_REDRAW) {
            terminal.draw(|frame| layout = render(frame, &session, &data, theme))?;
            drawn = Some(Instant::now());
        }
        touched = event::poll(TICK)?;
        if touched {
            input(&mut session, &data, event::read()?, &layout);
            // Every key already there is handled before the next frame: a burst typed
            // faster than frames are drawn is taken in whole, not a key per frame.
            while event::poll(DRAIN)? {
                input(&mut session, &data, event::read()?, &layout);
            }
        }
        touched |= background(&mut session, &mut data);
        if session.app.quit && session.editor.is_none() {
            return Ok(());
        }
    }
}

fn render(
    frame: &mut ratatui::Frame,
    session: &Session,
    data: &Data,
    theme: &theme::Theme,
) -> super::browse::Drawn {
    let save = session.editor.as_ref().map(|e| data.bench.save_state(&e.rel));
    draw::draw_session(frame, session, &data.ctx, save.as_ref(), theme)
}

fn input(session: &mut Session, data: &Data, event: Event, layout: &super::browse::Drawn) {
    let ctx = &data.ctx;
    if let Some(view) = &mut session.conflicts {
        if let Event::Key(key) = event
            && key.kind == KeyEventKind::Press
        {
            view.handle_key(key);
        }
        return;
    }
    match (event, &mut session.editor) {
        (Event::Key(key), Some(editor)) if key.kind == KeyEventKind::Press => {
            if super::editor::is_interrupt(&key) {
                editor.update(super::editor::keys::EditorAction::Close, ctx);
                session.app.quit = true;
            } else {
                editor.handle_key(key, ctx);
            }
        }
        (Event::Paste(text), Some(editor)) => editor.paste(&text),
        (Event::Key(key), None) if key.kind == KeyEventKind::Press => {
            if key.code == KeyCode::Enter {
                catch_up(&mut session.app, &data.worker);
            }
            session.handle_key(key, ctx);
            if let Some(s) = session.app.search.as_ref().filter(|s| s.is_behind()) {
                data.worker.submit(s.query.clone());
            }
        }
        (Event::Mouse(mouse), None) if session.prompt.is_none() => {
            super::handle_mouse(&mut session.app, mouse, layout, ctx)
        }
        _ => {}
    }
}

/// Before Enter in the search bar: the hits of what was typed, so the jump goes there.
fn catch_up(app: &mut app::App, worker: &SearchWorker) {
    let Some(search) = app.search.as_ref().filter(|s| s.is_behind()) else { return };
    let query = search.query.clone();
    if let Some(hits) = worker.wait_for(&query, Duration::from_secs(2)) {
        app.search_results(&query, hits);
    }
}

/// Between inputs: search results, autosave and the lock, closing the editor, requests.
/// Returns whether search hits arrived: they are drawn at once, as a keystroke's would be.
fn background(session: &mut Session, data: &mut Data) -> bool {
    let hits = data.worker.poll();
    let arrived = hits.is_some();
    if let Some((query, hits)) = hits {
        session.app.search_results(&query, hits);
    }
    conflicts(session, data);
    data.watch(session.editor.as_mut());
    if data.reload_when_due(&mut session.app) {
        session.sync.updated = Some(chrono::Local::now().time());
        // The conflicts screen is live: copies that arrived or went are shown so.
        if let Some(view) = &mut session.conflicts {
            view.refresh(read_conflicts(&data.ctx));
        }
    }
    if let Some(editor) = &mut session.editor {
        data.bench.tick(editor, &data.ctx);
        if let Some(target) = editor.save_to.take() {
            data.bench.tick(editor, &data.ctx);
            editor.note = Some(match data.bench.save_elsewhere(editor, &target) {
                Ok(()) => {
                    editor.copied = true;
                    super::editor::Note::SavedElsewhere(target)
                }
                Err(e) => super::editor::Note::NotSavedElsewhere(e.to_string()),
            });
        }
        if let Some(date) = editor.redate_to.take() {
            let moved = data.bench.redate(editor, &data.ctx, date);
            editor.note = Some(super::editor::Note::Redated(moved));
            data.reload_now(&mut session.app);
        }
        if editor.remove {
            remove_meeting(session, data);
        } else if editor.closed {
            close_editor(session, data);
        }
    }
    for request in std::mem::take(&mut session.requests) {
        serve(session, data, request);
    }
    arrived
}

/// Closes the editor the user closed: everything it holds is in the folder first (saved, or
/// kept as the meeting or as a conflict copy when saving cannot put it there); otherwise it
/// stays open and says so.
fn close_editor(session: &mut Session, data: &mut Data) {
    let Some(editor) = &mut session.editor else { return };
    match data.bench.close(editor) {
        Ok(rescued) => {
            let written = editor.meeting.id.clone();
            let put_back = rescued.as_ref().is_some_and(|rel| rel == &editor.rel);
            session.editor = None;
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
            editor.closed = false;
            session.app.quit = false;
            editor.note = Some(if why.is_empty() {
                super::editor::Note::NotKept
            } else {
                super::editor::Note::NotSavedElsewhere(why)
            });
        }
    }
}

/// Removes the meeting the user asked to remove: put aside in the folder, the editor closed.
fn remove_meeting(session: &mut Session, data: &mut Data) {
    let Some(editor) = &mut session.editor else { return };
    let removed = data.bench.remove(editor);
    session.editor = None;
    session.notice = Some(match removed {
        Ok(to) => Notice::Removed(Ok(crate::store::relpath::slashed(&to).to_string())),
        Err(why) => Notice::Removed(Err(why)),
    });
    data.reload_now(&mut session.app);
}

fn serve(session: &mut Session, data: &mut Data, request: Request) {
    let ctx = Arc::clone(&data.ctx);
    // What needs no one to be known first.
    match request {
        Request::Conflicts => {
            session.conflicts = Some(ConflictsView::new(read_conflicts(&ctx)));
            return;
        }
        Request::KeepStIgnore => {
            update_config(|c| c.keep_stignore.push(canonical(&ctx.folder.root)));
            return;
        }
        Request::AddStIgnore => {
            let added = crate::store::stignore::add_patterns(&ctx.folder.root);
            session.notice = Some(Notice::StIgnore(added.map_err(|e| e.to_string())));
            return;
        }
        Request::RememberMe(member) => {
            remember(member);
            return;
        }
        _ => {}
    }
    let Some(me) = session.me.clone() else { return };
    let opened = match request {
        Request::Open(id) => data.bench.open(&ctx, &me, &id, None),
        Request::TakeOver(id, info) => data.bench.open(&ctx, &me, &id, Some(&info)),
        Request::View(id) => data.bench.view(&ctx, &id),
        Request::Create(new) => data.bench.create(&ctx, &me, &new),
        _ => return,
    };
    match opened {
        Opened::Editor(editor) => session.editor = Some(*editor),
        Opened::Stale(id, info) => {
            session.prompt = Some(super::session::Prompt::TakeOver(id, info))
        }
        Opened::Failed(why) => session.notice = Some(Notice::CannotOpen(why)),
    }
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
fn keeps_stignore(root: &std::path::Path) -> bool {
    let config = crate::config::load().unwrap_or_default();
    config.keep_stignore.contains(&canonical(root))
}

/// Every conflict copy of the folder, read and compared.
fn read_conflicts(ctx: &Ctx) -> Vec<super::conflicts::Entry> {
    super::conflicts::read_all(&ctx.folder.root, &ctx.folder.conflicts)
}

/// The conflicts view's work: closing it, and what it asked to write (a merge, a copy put
/// away, an undo), after which the folder is loaded again.
fn conflicts(session: &mut Session, data: &mut Data) {
    let Some(view) = &mut session.conflicts else { return };
    if view.closed {
        session.conflicts = None;
        return;
    }
    if let Some(note) = view.work(&data.ctx.folder.root, data.ctx.lang) {
        refresh_conflicts(session, data, note);
    }
}

/// After writing: the folder loaded again and the view on what is left, saying `note`.
fn refresh_conflicts(session: &mut Session, data: &mut Data, note: ConflictNote) {
    data.reload_now(&mut session.app);
    let mut fresh = ConflictsView::new(read_conflicts(&data.ctx));
    fresh.note = Some(note);
    session.conflicts = Some(fresh);
}
