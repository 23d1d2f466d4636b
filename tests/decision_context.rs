//! A decision's detail shows why it was decided: the agenda item's minutes that led to it,
//! the vote in words, its objectives with the code then and today, whether it is in force,
//! and the decisions it amends or supersedes and those that amend or supersede it; a
//! follow-up shows the action item's own text. One snapshot per detail panel (120×40 and
//! 80×24, TestBackend), reached as a member does: by searching and pressing Enter.

mod screen;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;

/// The detail panel after searching `query` and pressing Enter.
fn detail(lang: Lang, size: (u16, u16), query: &str) -> String {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut browser = screen::Browser::new(Ctx::new(folder, lang));
    browser.keys(&format!("/{query}⏎"));
    let (buffer, drawn) = browser.draw(size);
    screen::crop(&buffer, drawn.panels.detail.expect("a detail panel"))
}

#[test]
fn a_board_decision_shows_its_vote_in_words_its_objectives_and_the_minutes_that_led_to_it() {
    for (lang, tag) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        let panel = detail(lang, (120, 40), "begroting 2022 goed");
        insta::assert_snapshot!(format!("board_budget_{tag}_120x40"), panel);
    }
    let panel = detail(Lang::Nl, (120, 40), "begroting 2022 goed");
    assert!(panel.contains("2021-12-14-raad-van-bestuur/1  aangenomen · van kracht"), "{panel}");
    assert!(panel.contains("Stemming: "), "{panel}");
    assert!(panel.contains(" voor, ") && panel.contains(" tegen, "), "{panel}");
    assert!(panel.contains("Notulen bij punt 4. Begroting 2022"), "{panel}");
    assert!(
        panel.contains("Bert Cools (raadgevende stem) vindt dat de personeelskosten"),
        "{panel}"
    );
}

#[test]
fn links_show_both_ways_with_what_the_other_decision_says() {
    let amending = detail(Lang::Nl, (120, 40), "gooik sluit aan");
    insta::assert_snapshot!("amending_nl_120x40", amending);
    assert!(amending.contains("wijzigt 2020-12-08-stuurgroep/1"), "{amending}");
    assert!(amending.contains("2020-12-08  aangenomen  De stuurgroep herziet"), "{amending}");
    // The objective it served was merged since: today's code and the code then.
    assert!(amending.contains("SD1 OD1, toen SD1 OD2 (samengevoegd)"), "{amending}");
    let amended = detail(Lang::Nl, (120, 40), "herziet haar voorstel");
    insta::assert_snapshot!("amended_nl_120x40", amended);
    assert!(amended.contains("gewijzigd door 2021-11-16-stuurgroep/2"), "{amended}");
    assert!(amended.contains("2021-11-16  aangenomen  Gooik sluit aan"), "{amended}");
    let small = detail(Lang::En, (80, 24), "gooik sluit aan");
    insta::assert_snapshot!("amending_en_80x24", small);
    assert!(small.contains("in force"), "{small}");
}

#[test]
fn a_follow_up_in_the_minutes_shows_the_action_items_own_text() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut browser = screen::Browser::new(Ctx::new(folder, Lang::Nl));
    // The newest meeting (2022-10-11) opened on the meetings screen.
    browser.keys("3⏎");
    let (buffer, drawn) = browser.draw((120, 80));
    let text = screen::crop(&buffer, drawn.panels.detail.expect("the minutes"));
    let ctx = &browser.ctx;
    let action =
        ctx.index.actions.iter().find(|a| a.reference.to_string() == "2022-03-15-stuurgroep/A2");
    let words: String = action.unwrap().text.chars().take(20).collect();
    assert!(text.contains(&format!("↺ {words}")), "{words}:\n{text}");
    assert!(text.contains("(2022-03-15-stuurgroep/A2) –"), "{text}");
}
