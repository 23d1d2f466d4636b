//! `s` orders the action items by due date (soonest, then latest first) and by owner, said
//! in the list's title; `x` clears it back to the status order (80×24, TestBackend).

mod screen;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

fn browser(lang: Lang) -> screen::Browser {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::Browser::new(screen::named(Ctx::new(folder, lang)))
}

/// The list panel as drawn at 80×24: its title first.
fn list(browser: &screen::Browser) -> String {
    let (buffer, drawn) = browser.draw((80, 24));
    screen::crop(&buffer, drawn.panels.list.expect("a list"))
}

/// The due dates of the action items in the list's order.
fn dues(b: &screen::Browser) -> Vec<Option<chrono::NaiveDate>> {
    b.app.actions.order(&b.ctx).iter().map(|&i| b.ctx.index.actions[i].due).collect()
}

#[test]
fn s_sorts_the_action_items_by_due_date_and_owner_and_x_clears_it() {
    let mut b = browser(Lang::Nl);
    b.keys("4");
    let all = b.ctx.index.actions.len();
    let status_order = b.app.actions.order(&b.ctx).to_vec();
    let first = list(&b);
    assert!(first.contains(&format!("Actiepunten ({all}) ")), "{first}");

    b.keys("s");
    let shown = list(&b);
    assert!(
        shown.contains(&format!("Actiepunten ({all}) · vervaldatum: vroegste eerst")),
        "{shown}"
    );
    let soonest = dues(&b);
    let dated: Vec<_> = soonest.iter().flatten().collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "soonest first: {dated:?}");
    assert!(soonest.iter().skip_while(|d| d.is_some()).all(Option::is_none), "undated last");
    // The soonest due date tops the list as drawn, and no status header stands above it.
    let row = shown.lines().nth(1).unwrap_or_default();
    assert!(row.contains(&dated[0].to_string()), "{shown}");

    b.keys("s");
    assert!(list(&b).contains("· vervaldatum: laatste eerst"), "{}", list(&b));
    let latest = dues(&b);
    let dated: Vec<_> = latest.iter().flatten().collect();
    assert!(dated.windows(2).all(|w| w[0] >= w[1]), "latest first: {dated:?}");

    b.keys("s");
    assert!(list(&b).contains("· eigenaar A–Z"), "{}", list(&b));
    let owners: Vec<String> = b
        .app
        .actions
        .order(&b.ctx)
        .iter()
        .map(|&i| {
            stuurgroep::index::words::words(&b.ctx.owner_name(&b.ctx.index.actions[i].owner), None)
        })
        .collect();
    assert!(owners.windows(2).all(|w| w[0] <= w[1]), "by owner: {owners:?}");
    assert_ne!(owners.first(), owners.last(), "more than one owner in the example");

    b.keys("x");
    assert_eq!(b.app.actions.order(&b.ctx), status_order.as_slice(), "the status order again");
    assert!(list(&b).contains(&format!("Actiepunten ({all}) ")), "{}", list(&b));
    assert!(!list(&b).contains("eigenaar A–Z"));
}

#[test]
fn the_sort_is_named_in_english_too() {
    let mut b = browser(Lang::En);
    b.keys("4s");
    assert!(list(&b).contains("· due date: soonest first"), "{}", list(&b));
}
