//! The event loop: one channel brings the keys (from an input thread) and word that the
//! background work has something (search hits, the check, a changed folder, a reload); the
//! key router turns keys into effects, `effects::apply` carries them out, and a frame is drawn
//! only when something on screen changed. With nothing to do the loop sleeps.

use super::ctx::Ctx;
use super::effects::{self, Data};
use super::session::{Layer, Prompt, Session};
use super::{app, draw, theme};
use crate::domain::ids::MemberId;
use crate::store::autosave::SaveState;
use crate::store::reload::Wake;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use std::io;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// What the app starts with.
pub struct Start {
    /// The loaded folder.
    pub ctx: Arc<Ctx>,
    /// Who the user is, when known (`--as`, the config file).
    pub me: Option<MemberId>,
}

/// What wakes the loop.
#[derive(Debug)]
pub enum Message {
    /// A key, paste, mouse or resize event from the terminal.
    Input(Event),
    /// Background work has something: look.
    Wake,
}

/// Runs the loop on the terminal until the user quits.
pub fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    start: Start,
    theme: &theme::Theme,
) -> io::Result<()> {
    let (tx, rx) = channel();
    spawn_input(tx.clone());
    run(terminal, start, theme, rx, waker(tx))
}

/// A wake that sends [`Message::Wake`] down `tx`.
pub fn waker(tx: Sender<Message>) -> Wake {
    Wake::new(move || {
        // A loop that ended takes no more messages: nothing to wake.
        let _ = tx.send(Message::Wake);
    })
}

/// Reads the terminal's events on a thread of its own, into the loop's channel.
fn spawn_input(tx: Sender<Message>) {
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if tx.send(Message::Input(event)).is_err() {
                return;
            }
        }
    });
}

/// What of the background state the last frame showed: a frame is drawn again when it
/// differs (the check done, the save state, the minute).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    checked: bool,
    loading: Option<(usize, usize)>,
    save: Option<SaveState>,
    minute: i64,
}

impl Shown {
    fn now(session: &Session, data: &Data) -> Self {
        Self {
            checked: data.ctx.report().is_some(),
            loading: data.ctx.loading(),
            save: session.editor().map(|e| data.bench.save_state(&e.rel)),
            minute: chrono::Utc::now().timestamp() / 60,
        }
    }
}

/// Runs the loop on any terminal that also takes what is written besides frames (the
/// clipboard's escape sequence), with `messages` as its input and `wake` for the background
/// work to say it has something, until the user quits (or the input ends).
pub fn run<B: Backend + io::Write>(
    terminal: &mut Terminal<B>,
    start: Start,
    theme: &theme::Theme,
    messages: Receiver<Message>,
    wake: Wake,
) -> io::Result<()> {
    let mut session = Session::new(app::App::default(), start.me);
    // The first frame is drawn before the check and the search haystacks, which the search
    // thread builds meanwhile.
    let mut data = Data::new(start.ctx, wake);
    // Loading leaves freed pages behind (parse buffers): back to the system before the app
    // settles.
    crate::index::give_back_memory();
    prepare(&mut session, &data);
    let mut shown: Option<Shown> = None;
    let mut touched = true;
    // What the last frame showed where, for the mouse.
    let mut layout = super::browse::Drawn::default();
    loop {
        touched |= background(&mut session, &mut data);
        let now = Shown::now(&session, &data);
        if touched || shown.as_ref() != Some(&now) {
            terminal
                .draw(|frame| layout = render(frame, &session, &data, theme))
                .map_err(|e| io::Error::other(e.to_string()))?;
            if shown.is_none() {
                data.load_rest();
            }
            (shown, touched) = (Some(now), false);
        }
        let first = match messages.recv_timeout(next_wake(&session, &data)) {
            Ok(message) => Some(message),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        // Every key already there is handled before the next frame: a burst typed faster
        // than frames are drawn is taken in whole, not a key per frame.
        // Behind the "too small" notice the browser's keys do nothing but quit: the user
        // cannot see what they would do (the editor still takes what is typed, unseen).
        let small = terminal.size().is_ok_and(|s| s.width < draw::MIN.0 || s.height < draw::MIN.1);
        for message in first.into_iter().chain(messages.try_iter().collect::<Vec<_>>()) {
            let Message::Input(event) = message else { continue };
            touched = true;
            if small && matches!(session.layer, Layer::Browse) && !quits(&event) {
                continue;
            }
            if input(&mut session, &mut data, event, &layout) {
                return Ok(());
            }
        }
        // What was copied goes to the terminal, which puts it on the clipboard.
        for text in std::mem::take(&mut data.clipboard) {
            super::clipboard::copy(terminal.backend_mut(), &text)?;
        }
    }
}

/// Whether `event` is a key that leaves the app from the browser (q, Ctrl-C).
fn quits(event: &Event) -> bool {
    matches!(event, Event::Key(key) if key.code == KeyCode::Char('q') || super::is_interrupt(key))
}

/// Before the first frame: leftovers of a crash removed, the `.stignore` question.
fn prepare(session: &mut Session, data: &Data) {
    let root = &data.ctx.folder.root;
    // Temp files of saves a crash of this app interrupted: no one else ever removes them. Listing
    // every year's folder is the disk's business, not the first frame's: a thread of its own.
    let folder = root.clone();
    std::thread::spawn(move || {
        crate::store::leftovers::remove_stale_temps(&folder, std::time::SystemTime::now())
    });
    session.sync.unwatched = data.watcher.is_none();
    if crate::store::stignore::wants_patterns(root) && !effects::keeps_stignore(root) {
        session.prompt = Some(Prompt::StIgnore);
    }
}

/// How long the loop may sleep when no message comes: until the open meeting's autosave or
/// lock has work, a reload waits for a half-synced file, or the minute turns.
fn next_wake(session: &Session, data: &Data) -> Duration {
    let minute = Duration::from_secs(60 - (chrono::Utc::now().timestamp() % 60) as u64);
    let mut wait = minute;
    if let Some(editor) = session.editor() {
        wait = wait.min(data.bench.next_tick(&editor.rel));
        if data.suspect {
            wait = wait.min(Duration::from_millis(100));
        }
    }
    // The load of the rest is counted on the status line: looked at four times a second
    // while it runs, never after.
    if data.ctx.loading().is_some() {
        wait = wait.min(Duration::from_millis(250));
    }
    if let Some(due) = data.reload.next_due() {
        wait = wait.min(due.saturating_duration_since(Instant::now()));
    }
    wait
}

fn render(
    frame: &mut ratatui::Frame,
    session: &Session,
    data: &Data,
    theme: &theme::Theme,
) -> super::browse::Drawn {
    let save = session.editor().map(|e| data.bench.save_state(&e.rel));
    draw::draw_session(frame, session, &data.ctx, save.as_ref(), theme)
}

/// One event from the terminal: keys through the router, their effects carried out. True
/// when the app is to quit.
fn input(
    session: &mut Session,
    data: &mut Data,
    event: Event,
    layout: &super::browse::Drawn,
) -> bool {
    let ctx = Arc::clone(&data.ctx);
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if matches!(session.layer, Layer::Browse) && key.code == KeyCode::Enter {
                catch_up(&mut session.app, &data.worker);
            }
            let effects = super::route_key(session, key, &ctx);
            if let Some(s) = session.app.search.as_ref().filter(|s| s.is_behind()) {
                data.worker.submit(s.query.clone());
            }
            effects::apply(session, data, effects)
        }
        Event::Paste(text) => {
            if let Some(editor) = session.editor_mut() {
                editor.paste(&text);
            }
            false
        }
        Event::Mouse(mouse)
            if matches!(session.layer, Layer::Browse) && session.prompt.is_none() =>
        {
            super::handle_mouse(&mut session.app, mouse, layout, &ctx);
            false
        }
        _ => false,
    }
}

/// Before Enter in the search bar: the hits of what was typed, so the jump goes there.
fn catch_up(app: &mut app::App, worker: &super::searcher::SearchWorker) {
    let Some(search) = app.search.as_ref().filter(|s| s.is_behind()) else { return };
    let query = search.query.clone();
    if let Some(hits) = worker.wait_for(&query, Duration::from_secs(2)) {
        app.search_results(&query, hits);
    }
}

/// What the background work brought: search hits, a changed folder (reloaded on its
/// thread), the open meeting's autosave and lock. True when something on screen changed.
fn background(session: &mut Session, data: &mut Data) -> bool {
    let mut changed = false;
    if let Some((query, hits)) = data.worker.poll() {
        session.app.search_results(&query, hits);
        changed = true;
    }
    changed |= watch(session, data);
    let rest = data.rest_loaded();
    let loaded = rest.is_some();
    // While the rest loads no reload starts: its answer could be older than the rest's.
    let reloaded = if data.rest.is_none() && !loaded { data.reload.poll(&data.ctx) } else { None };
    if let Some(ctx) = rest.or(reloaded) {
        data.swap(ctx, &mut session.app);
        if !loaded {
            session.sync.updated = Some(chrono::Local::now().time());
        }
        // The conflicts screen is live: copies that arrived or went are shown so.
        if let Layer::Conflicts(view) = &mut session.layer {
            view.refresh(effects::read_conflicts(&data.ctx));
        }
        changed = true;
    }
    if let Some(editor) = session.editor_mut() {
        let seen =
            |e: &super::editor::Editor| (e.note.clone(), e.read_only.clone(), e.taken_over.clone());
        let before = seen(editor);
        data.bench.tick(editor);
        changed |= before != seen(editor);
    }
    changed
}

/// Files changed by someone else: reload (soon). A change to the meeting open here is the
/// editor's to notice; its own saves are not someone else's. True when the open meeting
/// turned out changed on disk.
fn watch(session: &mut Session, data: &mut Data) -> bool {
    let Some(watcher) = &data.watcher else { return false };
    let mut changed = watcher.changed();
    let mut noticed = false;
    if let Some(editor) = session.editor_mut() {
        data.suspect |= changed.contains(&editor.rel);
        if data.suspect
            && let Some(behind) = data.bench.changed_behind(editor)
        {
            noticed = behind && !editor.changed_on_disk;
            editor.changed_on_disk |= behind;
            data.suspect = false;
        }
        changed.retain(|p| p != &editor.rel);
    }
    // This app's own writes that are loaded already (closing the editor, a merge): no
    // second load of the whole folder.
    changed.retain(|p| !data.ctx.folder.holds_as_on_disk(p));
    if !changed.is_empty() {
        data.reload.request();
    }
    noticed
}
