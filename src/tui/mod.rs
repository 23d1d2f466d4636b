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
            && let Some(a) = action::action_for(key)
        {
            app.update(a, ctx);
        }
    }
    Ok(())
}
