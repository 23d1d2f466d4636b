//! Narrowing and ordering the lists, each said in the list's title: words typed with `t`
//! (every word must occur, folded), a year with `p` on meetings and action items too, the
//! order with `s`; `x` clears the filters (80×24 and 120×40, TestBackend).

mod screen;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

fn browser(lang: Lang) -> screen::Browser {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::Browser::new(screen::named(Ctx::new(folder, lang)))
}

/// The list's title row as drawn at `size`.
fn title(browser: &screen::Browser, size: (u16, u16)) -> String {
    let (buffer, drawn) = browser.draw(size);
    let list = drawn.panels.list.expect("a list");
    screen::crop(&buffer, ratatui::layout::Rect { height: 1, ..list })
}

/// The list panel as drawn at `size`.
fn list(browser: &screen::Browser, size: (u16, u16)) -> String {
    let (buffer, drawn) = browser.draw(size);
    screen::crop(&buffer, drawn.panels.list.expect("a list"))
}

fn folded(text: &str) -> String {
    stuurgroep::index::words::words(text, None)
}

#[test]
fn t_keeps_the_decisions_holding_every_word_typed_in_any_order_and_x_clears_it() {
    let mut b = browser(Lang::Nl);
    // "j" is typed, not a move down, while the filter takes the keys.
    b.keys("2tuit-pas JAAR");
    assert!(b.app.typing());
    let all = b.ctx.index.decisions.len();
    let view = &b.app.decisions;
    let kept = view.len(&b.ctx);
    let want = |t: &str| folded(t).contains("uitpas") && folded(t).contains("jaar");
    let expected = b.ctx.index.decisions.iter().filter(|d| want(&d.text)).count();
    assert!(kept > 0 && kept == expected && kept < all, "{kept} of {all}, {expected} expected");
    assert!((0..kept).all(|i| want(&view.at(&b.ctx, i).unwrap().text)));
    let t = title(&b, (80, 24));
    assert!(t.contains(&format!("Besluiten ({kept}/{all}) · \"uit-pas JAAR\"▏")), "{t}");
    // Enter: the keys are the list's again, the filter stays.
    b.keys("⏎j");
    assert!(!b.app.typing());
    assert_eq!(b.app.decisions.list.selected, 1);
    assert!(title(&b, (80, 24)).contains("\"uit-pas JAAR\" "), "{}", title(&b, (80, 24)));
    b.keys("x");
    assert!(title(&b, (80, 24)).contains(&format!("Besluiten ({all}) ")));
    // Esc while typing clears what was typed.
    b.keys("tuitpas⎋");
    assert!(!b.app.typing());
    assert_eq!(b.app.decisions.len(&b.ctx), all);
}

#[test]
fn s_orders_the_decisions_oldest_first_then_by_objective_then_newest_first_again() {
    let mut b = browser(Lang::En);
    b.keys("2s");
    let oldest = &b.ctx.index.decisions[0];
    assert_eq!(b.app.decisions.at(&b.ctx, 0).unwrap().reference, oldest.reference);
    assert!(
        title(&b, (80, 24)).contains("Decisions (87) · oldest first"),
        "{}",
        title(&b, (80, 24))
    );
    b.keys("s");
    assert!(title(&b, (80, 24)).contains("by objective"));
    // The list's code column never goes back down: SD1 OD1 … SD5 OD1, then those without one.
    let view = &b.app.decisions;
    let codes: Vec<_> = (0..view.len(&b.ctx))
        .map(|i| {
            let d = view.at(&b.ctx, i).unwrap();
            let o = d.objectives.first().and_then(|id| b.ctx.index.objectives.get(id.as_str()));
            o.and_then(|o| b.ctx.index.objectives.codes_of_decision(o, d.date).0)
        })
        .collect();
    let present: Vec<_> = codes.iter().flatten().collect();
    assert!(present.windows(2).all(|w| w[0] <= w[1]), "{present:?}");
    insta::assert_snapshot!("decisions_by_objective_en_120x40", list(&b, (120, 40)));
    b.keys("s");
    assert!(title(&b, (80, 24)).contains("Decisions (87) "), "{}", title(&b, (80, 24)));
}

#[test]
fn p_keeps_one_years_meetings_and_action_items_t_and_s_on_the_meetings() {
    let mut b = browser(Lang::Nl);
    b.keys("3p");
    let year = b.app.meetings.year.expect("a year");
    let newest = b.ctx.meetings.iter().map(|&i| b.ctx.folder.meetings[i].value.date).max().unwrap();
    assert_eq!(year, chrono::Datelike::year(&newest), "the newest year first");
    let held = b
        .ctx
        .meetings
        .iter()
        .filter(|&&i| chrono::Datelike::year(&b.ctx.folder.meetings[i].value.date) == year);
    let (n, all) = (held.count(), b.ctx.meetings.len());
    assert!(title(&b, (80, 24)).contains(&format!("Vergaderingen ({n}/{all}) · {year}")));
    // Oldest first within the year, then words of the agenda or place.
    b.keys("s");
    let first = b.app.meetings.selected(&b.ctx).unwrap();
    let dates: Vec<_> =
        b.app.meetings.order(&b.ctx).iter().map(|&i| b.ctx.folder.meetings[i].value.date).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]) && dates.len() == n);
    assert!(first.as_str().starts_with(&year.to_string()));
    insta::assert_snapshot!("meetings_year_oldest_first_nl_80x24", list(&b, (80, 24)));
    b.keys("x");
    assert!(title(&b, (80, 24)).contains(&format!("Vergaderingen ({all}) · oudste eerst")));
    // The action items: a year, then words of their text or owner.
    b.keys("4p");
    let year = b.app.actions.year.expect("a year");
    let order = b.app.actions.order(&b.ctx).to_vec();
    assert!(!order.is_empty());
    assert!(order.iter().all(|&i| chrono::Datelike::year(&b.ctx.index.actions[i].date) == year));
    assert!(title(&b, (80, 24)).contains(&format!(" · {year}")), "{}", title(&b, (80, 24)));
    b.keys("x");
    let word =
        folded(&b.ctx.index.actions[0].text).split(' ').max_by_key(|w| w.len()).unwrap().to_owned();
    b.keys(&format!("t{word}⏎"));
    let order = b.app.actions.order(&b.ctx).to_vec();
    assert!(!order.is_empty() && order.len() < b.ctx.index.actions.len());
    assert!(order.iter().all(|&i| folded(&b.ctx.index.actions[i].text).contains(&word)
        || folded(&b.ctx.owner_name(&b.ctx.index.actions[i].owner)).contains(&word)));
}

#[test]
fn at_120_columns_the_list_shows_as_much_of_each_line_as_fits_and_enter_puts_the_detail_beside() {
    let mut b = browser(Lang::Nl);
    b.keys("2");
    let (buffer, drawn) = b.draw((120, 40));
    assert!(drawn.panels.detail.is_none(), "no detail before Enter");
    let list = screen::crop(&buffer, drawn.panels.list.unwrap());
    let newest = b.app.decisions.at(&b.ctx, 0).unwrap();
    // 116 columns beside the selection mark: the head (35) and 81 characters of the decision.
    let start: String = newest.text.chars().take(81).collect();
    assert!(list.lines().nth(1).unwrap().ends_with(&format!("{start}│")), "{list}");
    b.keys("⏎");
    let (_, drawn) = b.draw((120, 40));
    let (list, detail) = (drawn.panels.list.unwrap(), drawn.panels.detail.unwrap());
    assert!(list.x + list.width <= detail.x && detail.width > list.width, "side by side");
    // The action items, which showed about 7 characters of each: now the whole width.
    b.keys("⎋4");
    let (buffer, drawn) = b.draw((120, 40));
    insta::assert_snapshot!("actions_nl_120x40", screen::crop(&buffer, drawn.panels.list.unwrap()));
}

#[test]
fn a_strategic_objectives_detail_counts_its_operational_objectives_decisions() {
    let mut b = browser(Lang::Nl);
    // The tree's first line is SD1 (Enter folds it): its detail opened as a click would.
    b.app.objectives.list.detail = true;
    let (buffer, drawn) = b.draw((120, 40));
    let detail = screen::crop(&buffer, drawn.panels.detail.unwrap());
    assert!(!detail.contains("Nog geen besluiten"), "{detail}");
    let sd = b.app.objectives.tree(&b.ctx)[0].id.clone();
    let ods: Vec<_> = (b.ctx.index.objectives.all().iter())
        .filter(|o| o.is_active() && o.parent.as_ref() == Some(&sd))
        .collect();
    let total: usize = ods.iter().map(|o| b.ctx.counts_of(o.id.as_str()).0).sum();
    assert!(total > 0);
    for od in &ods {
        let n = b.ctx.counts_of(od.id.as_str()).0;
        assert!(detail.contains(&format!("{:<8} {n:>3} besl.", od.code.to_string())), "{detail}");
    }
    assert!(detail.contains(&format!("samen    {total:>3} besl.")), "{detail}");
    insta::assert_snapshot!("sd_detail_nl_120x40", detail);
}

#[test]
fn words_typed_that_hide_a_link_followed_go_and_back_brings_them_back() {
    let mut b = browser(Lang::Nl);
    // No meeting's body, place or agenda holds "zzz": the meetings list is empty.
    b.keys("3tzzz⏎");
    assert_eq!(b.app.meetings.order(&b.ctx).len(), 0);
    // The newest decision's meeting: the jump shows it, so the words go.
    b.keys("2m");
    assert!(b.app.meetings.text.typed.is_empty());
    assert!(b.app.meetings.selected(&b.ctx).is_some());
    b.keys("⎋");
    assert_eq!(b.app.meetings.text.typed, "zzz");
    assert_eq!(b.app.meetings.order(&b.ctx).len(), 0);
    assert!(title(&b, (80, 24)).contains("Besluiten (87) "), "back on the decisions");
}
