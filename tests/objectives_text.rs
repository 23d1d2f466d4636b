//! The objectives tree narrowed by words typed with `t`: an objective is kept when its code
//! (today's or an old one), its title or one of its actions' texts holds every word, and
//! the strategic objective above it stays so the tree reads; the words stand in the tree's
//! title, `x` clears them, the help lists both keys (TestBackend).

mod screen;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

fn browser(lang: Lang) -> screen::Browser {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::Browser::new(screen::named(Ctx::new(folder, lang)))
}

/// The tree panel as drawn at `size`.
fn tree(b: &screen::Browser, size: (u16, u16)) -> String {
    let (buffer, drawn) = b.draw(size);
    screen::crop(&buffer, drawn.panels.list.expect("the tree"))
}

/// The codes on the tree's lines.
fn codes(b: &screen::Browser) -> Vec<String> {
    b.app.objectives.tree(&b.ctx).iter().map(|o| o.code.to_string()).collect()
}

#[test]
fn t_keeps_the_objectives_whose_actions_hold_the_words_with_their_strategic_objective() {
    let mut b = browser(Lang::Nl);
    let all = codes(&b);
    // "j" is typed, not a move down, while the filter takes the keys.
    b.keys("1tarcheduc VZW");
    assert!(b.app.typing());
    let kept = codes(&b);
    let od = b
        .ctx
        .index
        .objectives
        .all()
        .iter()
        .find(|o| o.actions.iter().any(|a| a.text.contains("Archeduc")) && o.is_active());
    let od = od.expect("the example's plan names Archeduc in an action");
    let sd = b.ctx.index.objectives.get(od.parent.as_ref().unwrap().as_str()).unwrap();
    assert!(kept.contains(&od.code.to_string()) && kept.contains(&sd.code.to_string()));
    assert!(kept.len() < all.len(), "{kept:?}");
    // Each line kept holds the words, or is the strategic objective of one that does.
    for o in b.app.objectives.tree(&b.ctx) {
        let words = stuurgroep::index::words::words(
            &o.actions.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" "),
            None,
        );
        assert!(o.parent.is_none() || (words.contains("archeduc") && words.contains("vzw")));
    }
    let shown = tree(&b, (80, 24));
    assert!(shown.contains("Doelstellingen · \"archeduc VZW\"▏"), "{shown}");
    insta::assert_snapshot!("objectives_text_nl_80x24", shown);
    // Enter gives the keys back to the tree, the words stay; `x` clears them.
    b.keys("⏎");
    assert!(!b.app.typing());
    assert!(tree(&b, (80, 24)).contains("Doelstellingen · \"archeduc VZW\" "));
    b.keys("x");
    assert_eq!(codes(&b), all);
    assert!(tree(&b, (80, 24)).contains(" Doelstellingen "));
}

#[test]
fn an_old_code_and_a_title_word_find_the_objective_that_holds_them_today() {
    let mut b = browser(Lang::En);
    let ctx = std::sync::Arc::clone(&b.ctx);
    // An objective that was renumbered: its old code still finds it.
    let moved =
        ctx.index.objectives.all().iter().find(|o| {
            o.is_active() && o.parent.is_some() && o.codes.len() > 1 && o.codes[0] != o.code
        });
    let moved = moved.expect("the example renumbered an objective");
    b.keys(&format!("1t{}⏎", moved.codes[0]));
    let kept = b.app.objectives.tree(&b.ctx);
    assert!(kept.iter().any(|o| o.id == moved.id), "{} by its old code", moved.code);
    assert!(kept.len() < b.ctx.index.objectives.all().iter().filter(|o| o.is_active()).count());
    insta::assert_snapshot!("objectives_old_code_en_120x40", tree(&b, (120, 40)));
    // Words nothing holds: an empty tree, said in its title; Esc while typing clears.
    b.keys("x");
    b.keys("tzzzqqq");
    assert!(b.app.objectives.tree(&b.ctx).is_empty());
    assert!(tree(&b, (80, 24)).contains("Objectives · \"zzzqqq\"▏"));
    b.keys("⎋");
    assert!(!b.app.typing());
    assert!(!b.app.objectives.tree(&b.ctx).is_empty());
}

#[test]
fn the_help_of_the_objectives_lists_t_and_x() {
    let mut b = browser(Lang::Nl);
    b.keys("1?");
    let (buffer, _) = b.draw((80, 40));
    let help = screen::buffer_text(&buffer);
    for key in ["│ t           filter: tekst typen", "│ x           filters wissen"] {
        assert!(help.contains(key), "{key:?} in:\n{help}");
    }
}
