//! A drawn screen as text, for snapshots and assertions.
#![allow(dead_code)]

use ratatui::buffer::Buffer;

/// The folder name every screen test draws with: the checkout's own name (`stuurgroep`, a CI
/// clone's, a worktree's) would change what fits on the status line.
const NAME: &str = "main";

/// `ctx` with the folder's name on the status line fixed (see [`NAME`]).
pub fn named(mut ctx: stuurgroep::tui::ctx::Ctx) -> stuurgroep::tui::ctx::Ctx {
    ctx.folder_name = NAME.to_owned();
    ctx
}

/// Every row of `buffer`, trailing spaces cut, with the folder's name on the status line
/// shown as `<map>`.
pub fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let row: String =
            (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_owned()).collect();
        let row = row.replacen(&format!(" {NAME} · "), " <map> · ", 1);
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::sync::Arc;
use std::time::Duration;
use stuurgroep::tui::app::App;
use stuurgroep::tui::browse::Drawn;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::searcher::SearchWorker;

/// How long a test waits for the search worker's hits before it fails.
const SEARCH_WAIT: Duration = Duration::from_secs(30);

/// The browser driven as the event loop drives it: keys through `handle_key`, and a query
/// typed sent to the real search worker, whose hits are waited for.
pub struct Browser {
    /// The folder, shared with the search worker.
    pub ctx: Arc<Ctx>,
    /// The app's state.
    pub app: App,
    worker: SearchWorker,
}

impl Browser {
    /// The browser on `ctx`, with its search worker started.
    pub fn new(ctx: Ctx) -> Self {
        let ctx = Arc::new(ctx);
        let worker = SearchWorker::spawn(Arc::clone(&ctx), stuurgroep::store::reload::Wake::none());
        Self { ctx, app: App::default(), worker }
    }

    /// A key press; a query it changed is searched and its hits shown before this returns.
    pub fn press(&mut self, code: KeyCode) {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        stuurgroep::tui::handle_key(&mut self.app, key, &self.ctx);
        let Some(search) = self.app.search.as_ref().filter(|s| s.is_behind()) else { return };
        let query = search.query.clone();
        self.worker.submit(query.clone());
        let hits = self.worker.wait_for(&query, SEARCH_WAIT);
        let hits = hits.unwrap_or_else(|| panic!("no hits of {query:?} from the search worker"));
        self.app.search_results(&query, hits);
    }

    /// Presses `keys`: characters, with ⏎ Enter, ⎋ Esc, ⇥ Tab, ↓ Down, ⇟ PgDn, ⇲ End.
    pub fn keys(&mut self, keys: &str) -> &mut Self {
        for c in keys.chars() {
            self.press(match c {
                '⏎' => KeyCode::Enter,
                '⎋' => KeyCode::Esc,
                '⇥' => KeyCode::Tab,
                '↓' => KeyCode::Down,
                '⇟' => KeyCode::PageDown,
                '⇲' => KeyCode::End,
                c => KeyCode::Char(c),
            });
        }
        self
    }

    /// A frame `size` big: what it shows and the layout drawn.
    pub fn draw(&self, size: (u16, u16)) -> (ratatui::buffer::Buffer, Drawn) {
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let theme = stuurgroep::tui::theme::Theme::new(true);
        let mut drawn = Drawn::default();
        terminal
            .draw(|f| drawn = stuurgroep::tui::draw::draw(f, &self.app, &self.ctx, &theme))
            .unwrap();
        (terminal.backend().buffer().clone(), drawn)
    }
}

/// The part of `buffer` in `area`, a row a line, trailing spaces cut.
pub fn crop(buffer: &Buffer, area: Rect) -> String {
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right()).map(|x| buffer[(x, y)].symbol()).collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The bundled example in `lang`, its folder name fixed (see [`named`]).
pub fn example(lang: stuurgroep::i18n::Lang) -> Ctx {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    named(Ctx::new(stuurgroep::store::load_folder(root).unwrap(), lang))
}

/// The keys `codes` through the browser's `handle_key`, one by one.
pub fn press(app: &mut App, ctx: &Ctx, codes: &[KeyCode]) {
    for code in codes {
        stuurgroep::tui::handle_key(app, KeyEvent::new(*code, KeyModifiers::NONE), ctx);
    }
}
