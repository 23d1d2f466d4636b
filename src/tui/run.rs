//! The event loop: keys, paste and mouse in; the session updated; the disk work (opening,
//! locks, autosave, reloading) done here and only here; a frame drawn when something changed.

use super::ctx::Ctx;
use super::searcher::SearchWorker;
use super::session::{Notice, Request, Session};
use super::workbench::{Opened, Workbench};
use super::{app, draw, theme};
use crate::domain::ids::MemberId;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::layout::Rect;
use std::io;
use std::sync::Arc;
use std::time::Duration;

/// How long the loop waits for input before it looks at the background work again.
const TICK: Duration = Duration::from_millis(50);

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
}

impl Data {
    fn new(ctx: Arc<Ctx>) -> Self {
        let worker = SearchWorker::spawn(Arc::clone(&ctx));
        let bench = Workbench::new(&ctx.folder.root);
        Self { ctx, worker, bench }
    }

    /// Loads the folder again, after the editor wrote to it.
    fn reload(&mut self) {
        if let Ok(folder) = crate::store::load_folder(&self.ctx.folder.root) {
            self.ctx = Arc::new(Ctx::open(folder, self.ctx.lang));
            self.worker = SearchWorker::spawn(Arc::clone(&self.ctx));
        }
    }
}

/// Runs the loop until the user quits.
pub fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    start: Start,
    theme: &theme::Theme,
) -> io::Result<()> {
    let app = app::App { background_search: true, ..app::App::default() };
    let mut session = Session::new(app, start.me);
    // The first frame is drawn before the check and the search haystacks, which the search
    // thread builds meanwhile.
    let mut data = Data::new(start.ctx);
    loop {
        terminal.draw(|frame| render(frame, &session, &data, theme))?;
        if event::poll(TICK)? {
            let size = terminal.size()?;
            input(&mut session, &data, event::read()?, Rect::new(0, 0, size.width, size.height));
        }
        background(&mut session, &mut data);
        if session.app.quit && session.editor.is_none() {
            return Ok(());
        }
    }
}

fn render(frame: &mut ratatui::Frame, session: &Session, data: &Data, theme: &theme::Theme) {
    let save = session.editor.as_ref().map(|e| data.bench.save_state(&e.rel));
    draw::draw_session(frame, session, &data.ctx, save.as_ref(), theme);
}

fn input(session: &mut Session, data: &Data, event: Event, area: Rect) {
    let ctx = &data.ctx;
    let me = session.me.clone();
    match (event, &mut session.editor) {
        (Event::Key(key), Some(editor)) if key.kind == KeyEventKind::Press => {
            if super::editor::is_interrupt(&key) {
                editor.update(super::editor::keys::EditorAction::Close, ctx, me.as_ref());
                session.app.quit = true;
            } else {
                editor.handle_key(key, ctx, me.as_ref());
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
            super::handle_mouse(&mut session.app, mouse, area, ctx)
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
fn background(session: &mut Session, data: &mut Data) {
    if let Some((query, hits)) = data.worker.poll() {
        session.app.search_results(&query, hits);
    }
    if let Some(editor) = &mut session.editor {
        data.bench.tick(editor, &data.ctx);
        if let Some(target) = editor.save_to.take() {
            data.bench.tick(editor, &data.ctx);
            editor.note = Some(match data.bench.save_elsewhere(editor, &target) {
                Ok(()) => super::editor::Note::SavedElsewhere(target),
                Err(e) => super::editor::Note::NotSavedElsewhere(e.to_string()),
            });
        }
        if editor.closed {
            data.bench.close(editor);
            session.editor = None;
            data.reload();
        }
    }
    for request in std::mem::take(&mut session.requests) {
        serve(session, data, request);
    }
}

fn serve(session: &mut Session, data: &mut Data, request: Request) {
    let ctx = Arc::clone(&data.ctx);
    let Some(me) = session.me.clone() else { return };
    let opened = match request {
        Request::RememberMe(member) => {
            remember(member);
            return;
        }
        Request::Open(id) => data.bench.open(&ctx, &me, &id, None),
        Request::TakeOver(id, info) => data.bench.open(&ctx, &me, &id, Some(&info)),
        Request::Create(new) => data.bench.create(&ctx, &me, &new),
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
    let Some(path) = crate::config::path() else { return };
    // A broken config file is left alone: the user is asked again next time.
    if let Ok(mut config) = crate::config::load_from(&path) {
        config.member = Some(member);
        let _ = crate::config::save_to(&path, &config);
    }
}
