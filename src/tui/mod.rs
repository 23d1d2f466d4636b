//! The terminal app: state and update (`app`), one Action enum that is also the key table
//! (`action`), pure rendering (`draw`, `screens`), styles (`theme`).

pub mod action;
pub mod app;
pub mod ctx;
pub mod draw;
pub mod editor;
pub mod picker;
pub mod screens;
pub mod searcher;
pub mod theme;
pub mod views;

use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::io;
use std::sync::Arc;
use std::time::Duration;

/// Runs the app until the user quits. `ratatui::init` installs a panic hook that restores
/// the terminal, and `ratatui::restore` runs on every other way out.
pub fn run(ctx: Arc<ctx::Ctx>) -> io::Result<()> {
    let theme = theme::Theme::from_env();
    let mut terminal = ratatui::try_init()?;
    // ratatui's panic hook restores raw mode and the screen but not mouse capture: chain one.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::crossterm::execute!(
            io::stdout(),
            ratatui::crossterm::event::DisableMouseCapture
        );
        previous(info);
    }));
    let result =
        ratatui::crossterm::execute!(io::stdout(), ratatui::crossterm::event::EnableMouseCapture)
            .and_then(|()| event_loop(&mut terminal, &ctx, &theme));
    let _ =
        ratatui::crossterm::execute!(io::stdout(), ratatui::crossterm::event::DisableMouseCapture);
    ratatui::restore();
    result
}

/// How long the loop waits for a key before it looks at the background work again.
const TICK: Duration = Duration::from_millis(50);

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    ctx: &Arc<ctx::Ctx>,
    theme: &theme::Theme,
) -> io::Result<()> {
    let mut app = app::App { background_search: true, ..app::App::default() };
    // The first frame is drawn before the check and the search haystacks, which the worker
    // builds meanwhile.
    let worker = searcher::SearchWorker::spawn(Arc::clone(ctx));
    let mut dirty = true;
    let mut checked = false;
    while !app.quit {
        if dirty {
            terminal.draw(|frame| draw::draw(frame, &app, ctx, theme))?;
            dirty = false;
        }
        if event::poll(TICK)? {
            dirty = true;
            match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => {
                    if key.code == event::KeyCode::Enter {
                        catch_up(&mut app, &worker);
                    }
                    handle_key(&mut app, key, ctx);
                    if let Some(s) = app.search.as_ref().filter(|s| s.is_behind()) {
                        worker.submit(s.query.clone());
                    }
                }
                Event::Mouse(mouse) => {
                    let size = terminal.size()?;
                    let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
                    handle_mouse(&mut app, mouse, area, ctx);
                }
                _ => {}
            }
        }
        if let Some((query, hits)) = worker.poll() {
            app.search_results(&query, hits);
            dirty = true;
        }
        if !checked && ctx.report().is_some() {
            checked = true;
            dirty = true;
        }
    }
    Ok(())
}

/// Before Enter in the search bar: the hits of what was typed, so the jump goes there.
fn catch_up(app: &mut app::App, worker: &searcher::SearchWorker) {
    let Some(search) = app.search.as_ref().filter(|s| s.is_behind()) else { return };
    let query = search.query.clone();
    if let Some(hits) = worker.wait_for(&query, Duration::from_secs(2)) {
        app.search_results(&query, hits);
    }
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
