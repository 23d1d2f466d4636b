//! Moving through a list: Home and End, and PgDn by the page the list shows (its visible
//! height), not a fixed ten lines.

mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::{App, Screen};
use stuurgroep::tui::ctx::Ctx;

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::new(folder, Lang::Nl))
}

/// Presses `code`, then draws at `height` rows: what the member sees after the key.
fn press(app: &mut App, ctx: &Ctx, code: KeyCode, height: u16) -> String {
    stuurgroep::tui::handle_key(app, KeyEvent::new(code, KeyModifiers::NONE), ctx);
    let mut terminal = Terminal::new(TestBackend::new(80, height)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, app, ctx, &theme);
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

#[test]
fn pgdn_moves_a_whole_page_and_home_end_reach_the_ends() {
    let ctx = ctx();
    let len = ctx.index.decisions.len();
    for height in [24u16, 40] {
        let mut app = App::default();
        press(&mut app, &ctx, KeyCode::Char('2'), height);
        // The list shows the height less tab bar, status line and its two borders.
        let rows = usize::from(height) - 4;
        press(&mut app, &ctx, KeyCode::PageDown, height);
        assert_eq!(app.list(Screen::Decisions).selected, rows, "a page at {height} rows");
        press(&mut app, &ctx, KeyCode::PageUp, height);
        assert_eq!(app.list(Screen::Decisions).selected, 0);
        let screen = press(&mut app, &ctx, KeyCode::End, height);
        assert_eq!(app.list(Screen::Decisions).selected, len - 1);
        let oldest = app.decisions.at(&ctx, len - 1).unwrap().date.to_string();
        assert!(screen.contains(&oldest), "the last decision is shown:\n{screen}");
        press(&mut app, &ctx, KeyCode::Home, height);
        assert_eq!(app.list(Screen::Decisions).selected, 0);
    }
}

#[test]
fn home_and_end_work_on_every_list() {
    let ctx = ctx();
    for (key, screen) in
        ['1', '3', '4'].into_iter().zip([Screen::Objectives, Screen::Meetings, Screen::Actions])
    {
        let mut app = App::default();
        press(&mut app, &ctx, KeyCode::Char(key), 24);
        press(&mut app, &ctx, KeyCode::End, 24);
        let last = app.list(screen).selected;
        assert!(last > 0, "End moved on {screen:?}");
        press(&mut app, &ctx, KeyCode::Down, 24);
        assert_eq!(app.list(screen).selected, last, "End is the last line on {screen:?}");
        press(&mut app, &ctx, KeyCode::Home, 24);
        assert_eq!(app.list(screen).selected, 0, "Home on {screen:?}");
    }
}
