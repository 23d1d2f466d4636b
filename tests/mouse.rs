//! The mouse acts on what the frame drew: the layout `draw` returned says where the tabs,
//! the list and its lines are (80×24 and 120×40, TestBackend).

mod screen;

use ratatui::crossterm::event::KeyModifiers;
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

fn ctx(lang: Lang) -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::new(folder, lang))
}

fn click(column: u16, row: u16) -> ratatui::crossterm::event::MouseEvent {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let kind = MouseEventKind::Down(MouseButton::Left);
    MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }
}

#[test]
fn a_click_on_each_tab_shows_its_screen() {
    use stuurgroep::tui::app::Screen;
    let mut browser = screen::Browser::new(ctx(Lang::Nl));
    let titles = stuurgroep::tui::draw::tab_titles(&browser.ctx);
    // From the last tab back, so that every click changes the screen.
    for (title, tab) in titles.iter().zip(Screen::ALL).rev() {
        let (buffer, drawn) = browser.draw((80, 24));
        let bar: String = (0..80).map(|x| buffer[(x, 0)].symbol()).collect();
        let at = bar.find(title.as_str()).unwrap_or_else(|| panic!("{title} in {bar}"));
        // Where the title is drawn (the bar is single-width text), on its last letter.
        let column = (bar[..at].chars().count() + title.chars().count() - 1) as u16;
        stuurgroep::tui::handle_mouse(&mut browser.app, click(column, 0), &drawn, &browser.ctx);
        assert_eq!(browser.app.screen, tab, "a click on {title:?} at column {column}");
    }
    // On the divider between two tabs: nothing.
    let (buffer, drawn) = browser.draw((80, 24));
    let bar: String = (0..80).map(|x| buffer[(x, 0)].symbol()).collect();
    let divider = bar.chars().position(|c| c == '│').unwrap() as u16;
    stuurgroep::tui::handle_mouse(&mut browser.app, click(divider, 0), &drawn, &browser.ctx);
    assert_eq!(browser.app.screen, Screen::Objectives);
}

#[test]
fn a_click_on_a_list_row_selects_what_that_row_showed_and_a_second_opens_it() {
    // Each screen, the second page of the decisions, and the tree scrolled to its end.
    for keys in ["1", "2", "2⇟", "3", "4", "4o", "4gg", "1e⇲"] {
        let mut browser = screen::Browser::new(ctx(Lang::Nl));
        browser.keys(keys);
        let (before, drawn) = browser.draw((80, 24));
        let list = drawn.panels.list.expect("a list");
        let row = list.y + 3;
        let inside = |buffer: &ratatui::buffer::Buffer, y| {
            let line = ratatui::layout::Rect::new(list.x + 3, y, list.width - 4, 1);
            screen::crop(buffer, line)
        };
        let shown = inside(&before, row);
        stuurgroep::tui::handle_mouse(&mut browser.app, click(10, row), &drawn, &browser.ctx);
        let (after, _) = browser.draw((80, 24));
        let marked = (list.y + 1..list.bottom() - 1).find(|&y| {
            screen::crop(&after, ratatui::layout::Rect::new(list.x + 1, y, 2, 1)) == "›\n"
        });
        let marked = marked.unwrap_or_else(|| panic!("{keys}: no line marked"));
        assert_eq!(inside(&after, marked), shown, "{keys}: the row clicked is selected");
        let screen_ = browser.app.screen;
        if screen_ != stuurgroep::tui::app::Screen::Objectives {
            let (_, drawn) = browser.draw((80, 24));
            let row = marked;
            stuurgroep::tui::handle_mouse(&mut browser.app, click(10, row), &drawn, &browser.ctx);
            assert!(browser.app.list(screen_).detail, "{keys}: a second click opens");
        }
    }
}

#[test]
fn a_click_on_a_group_header_selects_nothing() {
    let mut browser = screen::Browser::new(ctx(Lang::Nl));
    browser.keys("4gj");
    let (buffer, drawn) = browser.draw((80, 24));
    let list = drawn.panels.list.expect("a list");
    // The first row is the first owner's name, a header.
    let header = screen::crop(&buffer, ratatui::layout::Rect::new(list.x + 1, list.y + 1, 30, 1));
    let a = browser.app.actions.at(&browser.ctx, 0).unwrap();
    assert_eq!(header.trim(), browser.ctx.owner_name(&a.owner), "{header}");
    stuurgroep::tui::handle_mouse(&mut browser.app, click(10, list.y + 1), &drawn, &browser.ctx);
    let state = browser.app.list(stuurgroep::tui::app::Screen::Actions);
    assert_eq!((state.selected, state.detail), (1, false));
}

#[test]
fn the_wheel_moves_the_selection_or_scrolls_a_detail_that_took_the_body() {
    use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
    use stuurgroep::tui::app::Screen;
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    };
    let mut browser = screen::Browser::new(ctx(Lang::Nl));
    browser.keys("2");
    let (_, drawn) = browser.draw((80, 24));
    stuurgroep::tui::handle_mouse(&mut browser.app, wheel, &drawn, &browser.ctx);
    assert_eq!(browser.app.list(Screen::Decisions).selected, 1);
    browser.keys("⏎");
    let (_, drawn) = browser.draw((80, 24));
    assert!(drawn.panels.list.is_none());
    stuurgroep::tui::handle_mouse(&mut browser.app, wheel, &drawn, &browser.ctx);
    let list = browser.app.list(Screen::Decisions);
    assert_eq!((list.selected, list.scroll), (1, 10), "the detail scrolled");
    // Beside the list (120 columns) the wheel moves the selection again.
    let (_, drawn) = browser.draw((120, 40));
    stuurgroep::tui::handle_mouse(&mut browser.app, wheel, &drawn, &browser.ctx);
    assert_eq!(browser.app.list(Screen::Decisions).selected, 2);
    // Under the help the mouse does nothing.
    browser.keys("?");
    let (_, drawn) = browser.draw((80, 24));
    stuurgroep::tui::handle_mouse(&mut browser.app, wheel, &drawn, &browser.ctx);
    stuurgroep::tui::handle_mouse(&mut browser.app, click(22, 0), &drawn, &browser.ctx);
    assert_eq!(browser.app.list(Screen::Decisions).selected, 2);
    assert_eq!(browser.app.screen, Screen::Decisions);
}
