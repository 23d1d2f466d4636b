//! A minutes hit deep in a long meeting opens the minutes at its agenda item: the item's
//! heading and the words searched for are on screen at once, and the member can still
//! scroll up to the meeting's top (TestBackend).

mod screen;

use ratatui::style::Modifier;
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::index::search::Target;
use stuurgroep::tui::ctx::Ctx;

/// The detail as drawn at 120×40: its text and whether any char in it is underlined.
fn detail(b: &screen::Browser) -> (String, bool) {
    let (buffer, drawn) = b.draw((120, 40));
    let area = drawn.panels.detail.expect("the minutes are open");
    let marked = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .any(|at| buffer[at].modifier.contains(Modifier::UNDERLINED));
    (screen::crop(&buffer, area), marked)
}

#[test]
fn a_minutes_hit_deep_in_a_long_meeting_opens_at_its_agenda_item() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut b = screen::Browser::new(screen::named(Ctx::new(folder, Lang::Nl)));
    // The meeting with the longest agenda, its last item with minutes, the longest word there.
    let ctx = std::sync::Arc::clone(&b.ctx);
    let at =
        (0..ctx.folder.meetings.len()).max_by_key(|&i| ctx.folder.meetings[i].value.agenda.len());
    let at = at.expect("the example has meetings");
    let meeting = &ctx.folder.meetings[at].value;
    let item = meeting.agenda.iter().rev().find(|i| !i.minutes.trim().is_empty()).unwrap();
    let word = item.minutes.split(|c: char| !c.is_alphabetic()).max_by_key(|w| w.chars().count());
    let word = word.unwrap().to_lowercase();
    b.keys(&format!("/{word}"));
    let wanted = Target::Minutes(meeting.id.clone(), item.number);
    let hits = &b.app.search.as_ref().unwrap().hits;
    let hit = hits.iter().position(|h| h.target == wanted);
    let hit = hit.unwrap_or_else(|| panic!("{word:?} finds the minutes of item {}", item.number));
    b.keys(&"↓".repeat(hit));
    b.keys("⏎");

    let (shown, marked) = detail(&b);
    let heading: String = format!("{}. {}", item.number, item.title).chars().take(30).collect();
    assert!(shown.contains(&heading), "the item's heading {heading:?}:\n{shown}");
    assert!(marked, "the word searched for, underlined, without scrolling:\n{shown}");
    let doc = ctx.minutes_doc(at).expect("the meeting as a document");
    let top = format!("– {}", doc.date);
    assert!(!shown.contains(&top), "deep in the meeting, its top is not shown:\n{shown}");
    // Scrolling up from the item reaches the meeting's top.
    b.keys(&"K".repeat(30));
    let (shown, _) = detail(&b);
    assert!(shown.contains(&top), "the meeting's top, scrolled back to:\n{shown}");
}
