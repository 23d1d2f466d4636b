//! The terminal app: state and update (`app`), one Action enum that is also the key table
//! (`action`), pure rendering (`draw`, `screens`), styles (`theme`).

pub mod action;
pub mod app;
pub mod ctx;
pub mod draw;
pub mod screens;
pub mod theme;

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::io;

/// Runs the app until the user quits. `ratatui::init` installs a panic hook that restores
/// the terminal, and `ratatui::restore` runs on every other way out.
pub fn run(ctx: ctx::Ctx) -> io::Result<()> {
    let theme = theme::Theme::from_env();
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, &ctx, &theme);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    ctx: &ctx::Ctx,
    theme: &theme::Theme,
) -> io::Result<()> {
    let mut app = app::App::default();
    while !app.quit {
        terminal.draw(|frame| draw::draw(frame, &app, ctx, theme))?;
        if let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
        {
            handle_key(&mut app, key, ctx);
        }
    }
    Ok(())
}

/// A key press: typed into the search bar while it is open, else looked up in the key table.
pub fn handle_key(app: &mut app::App, key: event::KeyEvent, ctx: &ctx::Ctx) {
    use event::{KeyCode, KeyModifiers};
    if app.search.is_none() || key.modifiers.contains(KeyModifiers::CONTROL) {
        if let Some(a) = action::action_for(key) {
            app.update(a, ctx);
        }
        return;
    }
    match key.code {
        KeyCode::Esc => app.search_close(false, ctx),
        KeyCode::Enter => app.search_close(true, ctx),
        KeyCode::Up => app.search_step(-1),
        KeyCode::Down => app.search_step(1),
        KeyCode::Backspace => app.search_edit(None, ctx),
        KeyCode::Char(c) => app.search_edit(Some(c), ctx),
        _ => {}
    }
}
