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
        KeyCode::Backspace => app.search_edit(None, ctx),
        KeyCode::Char(c) => app.search_edit(Some(c), ctx),
        _ => {}
    }
}

/// A mouse event: the wheel moves the selection (or scrolls an open detail), a click on a tab
/// opens that screen, a click on a list line selects it and a second click opens it.
pub fn handle_mouse(
    app: &mut app::App,
    mouse: event::MouseEvent,
    area: ratatui::layout::Rect,
    ctx: &ctx::Ctx,
) {
    use action::Action;
    use event::{MouseButton, MouseEventKind};
    if app.help || app.search.is_some() || app.picker.is_some() {
        return;
    }
    let detail_open = app.list(app.screen).detail && area.width < 120;
    match mouse.kind {
        MouseEventKind::ScrollDown => {
            app.update(if detail_open { Action::ScrollDown } else { Action::Down }, ctx)
        }
        MouseEventKind::ScrollUp => {
            app.update(if detail_open { Action::ScrollUp } else { Action::Up }, ctx)
        }
        MouseEventKind::Down(MouseButton::Left) if mouse.row == 0 => {
            // Tabs read " 1 Doelstellingen │ 2 Besluiten …": find the tab under the column.
            let titles = draw::tab_titles(ctx);
            let mut x = 1u16;
            for (screen, title) in app::Screen::ALL.iter().zip(titles) {
                let width = title.chars().count() as u16;
                if mouse.column >= x && mouse.column < x + width {
                    app.show(*screen);
                }
                x += width + 3;
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            let body = ratatui::layout::Rect::new(
                area.x,
                area.y + 1,
                area.width,
                area.height.saturating_sub(2),
            );
            if let (Some(list), _) = screens::split(body, detail_open) {
                let inside =
                    mouse.row > list.y && mouse.row < list.y + list.height.saturating_sub(1);
                if inside && mouse.column >= list.x && mouse.column < list.x + list.width {
                    app.click_line((mouse.row - list.y - 1) as usize, list, ctx);
                }
            }
        }
        _ => {}
    }
}
