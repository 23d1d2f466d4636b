//! The mouse wheel right after a minutes hit scrolls from the agenda item the hit opened
//! at, not from the meeting's top nor into another meeting: over the detail beside the
//! list (120×40) and over a detail that took the body (80×24) (TestBackend).

mod screen;

use ratatui::crossterm::event::{KeyModifiers, MouseEvent, MouseEventKind};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::index::search::Target;
use stuurgroep::tui::app::Screen;
use stuurgroep::tui::ctx::Ctx;

/// The browser with the last agenda item with minutes of the longest meeting opened from a
/// search hit; that item's heading as drawn.
fn opened_at_a_deep_item() -> (screen::Browser, String) {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut b = screen::Browser::new(screen::named(Ctx::new(folder, Lang::Nl)));
    let ctx = std::sync::Arc::clone(&b.ctx);
    let at = (0..ctx.folder.meetings.len())
        .max_by_key(|&i| ctx.folder.meetings[i].value.agenda.len())
        .expect("the example has meetings");
    let meeting = &ctx.folder.meetings[at].value;
    let item = meeting.agenda.iter().rev().find(|i| !i.minutes.trim().is_empty()).unwrap();
    let word = item.minutes.split(|c: char| !c.is_alphabetic()).max_by_key(|w| w.chars().count());
    b.keys(&format!("/{}", word.unwrap().to_lowercase()));
    let wanted = Target::Minutes(meeting.id.clone(), item.number);
    let hits = &b.app.search.as_ref().unwrap().hits;
    let hit = hits.iter().position(|h| h.target == wanted).expect("the item's minutes found");
    b.keys(&"↓".repeat(hit));
    b.keys("⏎");
    let heading: String = format!("{}. {}", item.number, item.title).chars().take(30).collect();
    (b, heading)
}

/// The detail drawn at `size`, a row a line, and the meeting selected.
fn detail(b: &screen::Browser, size: (u16, u16)) -> (Vec<String>, usize) {
    let (buffer, drawn) = b.draw(size);
    let area = drawn.panels.detail.expect("the minutes are open");
    let rows = screen::crop(&buffer, area).lines().map(String::from).collect();
    (rows, b.app.list(Screen::Meetings).selected)
}

/// One notch of the wheel at the middle of the detail as drawn at `size`.
fn wheel(b: &mut screen::Browser, size: (u16, u16), kind: MouseEventKind) {
    let (_, drawn) = b.draw(size);
    let d = drawn.panels.detail.expect("the minutes are open");
    let event = MouseEvent {
        kind,
        column: d.x + d.width / 2,
        row: d.y + d.height / 2,
        modifiers: KeyModifiers::NONE,
    };
    stuurgroep::tui::handle_mouse(&mut b.app, event, &drawn, &b.ctx);
}

fn row_of(rows: &[String], heading: &str) -> Option<usize> {
    rows.iter().position(|r| r.contains(heading))
}

#[test]
fn the_wheel_over_the_minutes_scrolls_from_the_item_a_hit_opened_at() {
    for size in [(120, 40), (80, 24)] {
        let (mut b, heading) = opened_at_a_deep_item();
        let (opened, meeting) = detail(&b, size);
        let at = row_of(&opened, &heading).unwrap_or_else(|| panic!("{size:?}: {opened:#?}"));
        // Up a notch: the heading moves down by the notch, the same meeting still shown.
        wheel(&mut b, size, MouseEventKind::ScrollUp);
        let (up, selected) = detail(&b, size);
        assert_eq!(selected, meeting, "{size:?}: the wheel stays in the meeting");
        let moved = row_of(&up, &heading);
        assert!(moved.is_some_and(|r| r > at), "{size:?}: scrolled up from the item:\n{up:#?}");
        // Down a notch and down again: back where the hit opened, then past the heading,
        // never back at the meeting's top.
        wheel(&mut b, size, MouseEventKind::ScrollDown);
        assert_eq!(detail(&b, size).0, opened, "{size:?}: back at the item");
        wheel(&mut b, size, MouseEventKind::ScrollDown);
        let (down, selected) = detail(&b, size);
        assert_eq!(selected, meeting);
        assert_ne!(down, opened, "{size:?}: scrolled on");
        assert!(row_of(&down, &heading).is_none_or(|r| r < at), "{size:?}: {down:#?}");
        assert_eq!(down[0], opened[0], "{size:?}: the pane's title stays");
    }
}
