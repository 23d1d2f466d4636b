//! The terminal app: which layer is on top (`session`), the key router (`route_key`), the
//! effects the layers return (`effect`) and the one place they are carried out (`effects`),
//! browsing state and update (`app`), the key tables (`action`, `keys`), pure rendering
//! (`draw`, `screens`), styles (`theme`). See docs/architecture.md.

pub mod action;
pub mod app;
pub mod browse;
pub mod clipboard;
pub mod conflicts;
pub mod conflicts_files;
pub mod ctx;
pub mod draw;
pub mod editor;
pub mod effect;
pub mod effects;
pub mod field;
pub mod held;
pub mod help;
pub mod keys;
pub mod picker;
pub mod plan_apply;
pub mod run;
pub mod screens;
pub mod searcher;
pub mod session;
pub mod strings;
pub mod theme;

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

/// Whether `key` is Ctrl-C, which leaves the app from every layer.
pub fn is_interrupt(key: &event::KeyEvent) -> bool {
    key.modifiers.contains(event::KeyModifiers::CONTROL) && key.code == event::KeyCode::Char('c')
}

/// The key router: a key press goes to the layer on top, and what it asks of the rest of
/// the app comes back. Ctrl-C is taken here, for every layer: the editor closes first (all
/// it holds written), then the app quits.
pub fn route_key(
    session: &mut session::Session,
    key: event::KeyEvent,
    ctx: &ctx::Ctx,
) -> Vec<effect::Effect> {
    use session::Layer;
    if is_interrupt(&key) {
        let mut effects = match &mut session.layer {
            Layer::Edit(editor) => {
                editor.update(editor::keys::EditorAction::Close, ctx);
                editor.take_effects()
            }
            _ => Vec::new(),
        };
        effects.push(effect::Effect::Quit);
        return effects;
    }
    match &mut session.layer {
        Layer::Conflicts(view) => view.handle_key(key),
        Layer::Edit(editor) => {
            editor.handle_key(key, ctx);
            editor.take_effects()
        }
        Layer::Browse => session.handle_key(key, ctx),
    }
}

/// A key press while browsing: typed into the search bar or the picker while one is open,
/// else looked up in the key table. What it asks of the rest of the app comes back.
pub fn handle_key(app: &mut app::App, key: event::KeyEvent, ctx: &ctx::Ctx) -> Vec<effect::Effect> {
    use event::KeyCode;
    if let Some(picker) = &mut app.picker {
        match picker.handle_key(key, false) {
            field::Outcome::Chosen(pick) => app.picker_close(Some(pick), ctx),
            field::Outcome::Cancelled => app.picker_close(None, ctx),
            // Enter on no option at all: nothing to go to.
            field::Outcome::Pending if key.code == KeyCode::Enter => app.picker_close(None, ctx),
            field::Outcome::Pending => {}
        }
        return Vec::new();
    }
    if app.typing() && !key.modifiers.contains(event::KeyModifiers::CONTROL) {
        app.type_filter(key.code, ctx);
        return Vec::new();
    }
    if app.search.is_none() || key.modifiers.contains(event::KeyModifiers::CONTROL) {
        let action = action::action_for(key, app.screen);
        return action.map(|a| app.update(a, ctx)).unwrap_or_default();
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
    Vec::new()
}

/// A mouse event, on the frame as `drawn`: the wheel moves the selection over the list and
/// scrolls the detail over the detail, a click on a tab opens that screen, a click on a list
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
    let (column, row) = (mouse.column, mouse.row);
    // The wheel acts on the pane under the pointer: over a detail beside the list it scrolls
    // the detail (from where a search hit opened it), not the list under another meeting.
    let over_detail = drawn.panels.detail.is_some_and(|d| {
        drawn.panels.list.is_none()
            || (column >= d.x && column < d.x + d.width && row >= d.y && row < d.y + d.height)
    });
    match mouse.kind {
        MouseEventKind::ScrollDown => {
            let _ = app.update(if over_detail { Action::ScrollDown } else { Action::Down }, ctx);
        }
        MouseEventKind::ScrollUp => {
            let _ = app.update(if over_detail { Action::ScrollUp } else { Action::Up }, ctx);
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
