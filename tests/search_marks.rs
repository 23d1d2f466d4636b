//! The words searched for stand out in the minutes a search hit leads to (and in a decision's
//! text and minutes), so a member sees at once where the meeting spoke of it (TestBackend).

mod screen;

use ratatui::style::Modifier;
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::index::search::Kind;
use stuurgroep::tui::ctx::Ctx;

fn browser() -> screen::Browser {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::Browser::new(screen::named(Ctx::new(folder, Lang::Nl)))
}

/// The runs of underlined chars in the detail as drawn at 120×40, scrolling down (`J`) until
/// some show; the detail's first line.
fn marked_in_detail(b: &mut screen::Browser) -> (Vec<String>, String) {
    for _ in 0..20 {
        let (buffer, drawn) = b.draw((120, 40));
        let area = drawn.panels.detail.expect("a detail");
        let mut runs = Vec::new();
        for y in area.top()..area.bottom() {
            let mut run = String::new();
            for x in area.left()..area.right() {
                let cell = &buffer[(x, y)];
                if cell.modifier.contains(Modifier::UNDERLINED) {
                    run.push_str(cell.symbol());
                } else if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
            runs.extend(Some(run).filter(|r| !r.is_empty()));
        }
        let first = screen::crop(&buffer, area).lines().nth(1).unwrap_or_default().to_owned();
        if !runs.is_empty() {
            return (runs, first);
        }
        b.keys("J");
    }
    panic!("nothing marked in the detail");
}

/// Opens the search, types `query`, goes to its first hit of `kind`.
fn go_to_first(b: &mut screen::Browser, query: &str, kind: Kind) {
    b.keys(&format!("/{query}"));
    let search = b.app.search.as_ref().unwrap();
    let at = search.hits.iter().position(|h| h.kind == kind).expect("a hit of that kind");
    b.keys(&"↓".repeat(at));
    b.keys("⏎");
}

#[test]
fn the_minutes_reached_from_a_search_hit_mark_the_words_searched_for() {
    let mut b = browser();
    go_to_first(&mut b, "boekenstoet", Kind::Minutes);
    let (runs, _) = marked_in_detail(&mut b);
    let folded = |t: &str| stuurgroep::index::words::words(t, None);
    assert!(runs.iter().all(|r| folded(r).contains("boekenstoet")), "{runs:?}");
    // Back to the hits and out of the search: the same minutes, read on, mark nothing.
    b.keys("⎋⎋");
    let (buffer, drawn) = b.draw((120, 40));
    let area = drawn.panels.detail.expect("the minutes still open");
    let marked = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .any(|at| buffer[at].modifier.contains(Modifier::UNDERLINED));
    assert!(!marked);
}

#[test]
fn a_decision_reached_from_a_search_hit_marks_the_words_in_its_text() {
    let mut b = browser();
    go_to_first(&mut b, "kansentarief ocmw", Kind::Decision);
    let (runs, _) = marked_in_detail(&mut b);
    let words: Vec<String> =
        runs.iter().map(|r| stuurgroep::index::words::words(r, None)).collect();
    assert!(words.iter().any(|w| w.contains("kansentarief")), "{words:?}");
    assert!(words.iter().any(|w| w.contains("ocmw")), "{words:?}");
}
