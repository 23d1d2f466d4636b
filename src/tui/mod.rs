//! The terminal app: state and update (`app`), one Action enum that is also the key table
//! (`action`), pure rendering (`draw`, `screens`), styles (`theme`).

pub mod action;
pub mod app;
pub mod browse;
pub mod conflicts;
pub mod ctx;
pub mod draw;
pub mod editor;
pub mod picker;
pub mod run;
pub mod screens;
pub mod searcher;
pub mod session;
pub mod theme;
pub mod workbench;

use ratatui::crossterm::event;
use std::io;

/// Runs the app until the user quits. `ratatui::try_init` installs a panic hook that
/// restores the terminal; ours, chained before it, also turns mouse capture and bracketed
/// paste off and removes this instance's lock files. Every other way out does the same.
pub fn run(start: run::Start) -> io::Result<()> {
    let theme = theme::Theme::from_env();
    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        crate::store::lock::release_all();
        let _ = leave_terminal_modes();
        previous(info);
    }));
    let result = ratatui::crossterm::execute!(
        io::stdout(),
        ratatui::crossterm::event::EnableMouseCapture,
        ratatui::crossterm::event::EnableBracketedPaste
    )
    .and_then(|()| run::event_loop(&mut terminal, start, &theme));
    crate::store::lock::release_all();
    let _ = leave_terminal_modes();
    ratatui::restore();
    result
}

fn leave_terminal_modes() -> io::Result<()> {
    ratatui::crossterm::execute!(
        io::stdout(),
        ratatui::crossterm::event::DisableMouseCapture,
        ratatui::crossterm::event::DisableBracketedPaste
    )
}

/// A key press: typed into the search bar or the picker while one is open, else looked up
/// in the key table.
pub fn handle_key(app: &mut app::App, key: event::KeyEvent, ctx: &ctx::Ctx) {
    use event::{KeyCode, KeyModifiers};
    let typing = app.search.is_some() || app.picker.is_some();
    if !typing || key.modifiers.contains(KeyModifiers::CONTROL) {
        if let Some(a) = action::action_for(key, app.screen) {
            app.update(a, ctx);
        }
        return;
    }
    if let Some(picker) = &mut app.picker {
        match key.code {
            KeyCode::Esc => app.picker_close(false, ctx),
            KeyCode::Enter => app.picker_close(true, ctx),
            KeyCode::Up => picker.step(-1),
            KeyCode::Down => picker.step(1),
            KeyCode::Backspace => picker.edit(None),
            KeyCode::Char(c) => picker.edit(Some(c)),
            _ => {}
        }
        return;
    }
    match key.code {
        KeyCode::Esc => app.search_close(false, ctx),
        KeyCode::Enter => app.search_close(true, ctx),
        KeyCode::Up => app.search_step(-1),
        KeyCode::Down => app.search_step(1),
        KeyCode::Backspace => app.search_edit(None),
        KeyCode::Char(c) => app.search_edit(Some(c)),
        _ => {}
    }
}

/// A mouse event, on the frame as `drawn`: the wheel moves the selection (or scrolls a
/// detail that took the whole body), a click on a tab opens that screen, a click on a list
/// line selects it and a second click opens it.
pub fn handle_mouse(
    app: &mut app::App,
    mouse: event::MouseEvent,
    drawn: &browse::Drawn,
    ctx: &ctx::Ctx,
) {
    use action::Action;
    use event::{MouseButton, MouseEventKind};
    if drawn.covered {
        return;
    }
    let detail_only = drawn.panels.list.is_none() && drawn.panels.detail.is_some();
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => {
            app.update(if detail_only { Action::ScrollDown } else { Action::Down }, ctx)
        }
        MouseEventKind::ScrollUp => {
            app.update(if detail_only { Action::ScrollUp } else { Action::Up }, ctx)
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if let Some(screen) = drawn.tab_at(column, row) {
                app.show(screen);
            } else if let Some(line) = drawn.panels.line_at(column, row) {
                app.click_line(line, ctx);
            }
        }
        _ => {}
    }
}
