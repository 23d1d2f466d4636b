//! The minutes of the example's December 2021 board meeting say who came in late, who left
//! the room over a conflict of interest and why, which majority the budget needed and who
//! voted how on it: in Markdown (snapshot), HTML, ODT and DOCX alike.

mod common;

use stuurgroep::export::{docx, minutes, model, odt};
use stuurgroep::i18n::Lang;

const BOARD: &str = "2021-12-14-raad-van-bestuur";

fn doc(lang: Lang) -> model::MinutesDoc {
    let (folder, index) = common::export::loaded(common::export::example_root());
    let m = common::export::meeting(&folder, BOARD);
    let members = folder.members.as_ref().map(|m| &m.value);
    model::minutes_doc(m, members, &index, "Cultuurregio Pajottenland-Zennevallei", lang)
}

#[test]
fn board_minutes_with_a_late_arrival_a_conflict_of_interest_and_a_two_thirds_vote() {
    insta::assert_snapshot!(minutes::markdown(&doc(Lang::Nl), Lang::Nl));
}

#[test]
fn every_format_says_who_left_the_room_and_why() {
    let nl = doc(Lang::Nl);
    let conflict = "Erik Van Laethem (Pepingen) meldt een belangenconflict en verlaat de zaal: \
                    hij is voorzitter van vzw Leesvuur";
    let late = "Nathalie Coppens (Herne) komt binnen.";
    let two_thirds = "vereist: een tweederdemeerderheid";
    let by_name = "Bij naam – voor: Marc Van der Stappen (Affligem), Veerle Lambrechts (Beersel)";
    let against = "tegen: Patrick Moens (Drogenbos), Mieke Segers (Roosdaal); onthouding: \
                   Sarah Baeten (Ternat)";
    let html = minutes::html(&nl, Lang::Nl);
    let odt = common::export::part(&odt::minutes_odt(&nl, Lang::Nl).unwrap(), "content.xml");
    let docx =
        common::export::part(&docx::minutes_docx(&nl, Lang::Nl).unwrap(), "word/document.xml");
    for (format, text) in [("html", &html), ("odt", &odt), ("docx", &docx)] {
        for said in [conflict, late, two_thirds, by_name, against] {
            assert!(text.contains(said), "{format} lacks {said:?}:\n{text}");
        }
    }
    // Under its own item: the conflict is said under item 7, not item 4.
    let at = |s: &str| html.find(s).unwrap();
    assert!(at("7. Boekenstoet") < at(conflict) && at(late) < at("5. Personeel"), "{html}");
    let en = minutes::html(&doc(Lang::En), Lang::En);
    assert!(
        en.contains("Erik Van Laethem (Pepingen) declares a conflict of interest and leaves the room: hij is voorzitter")
            && en.contains("Nathalie Coppens (Herne) comes in.")
            && en.contains("required: a two-thirds majority")
            && en.contains("By name – for: Marc Van der Stappen (Affligem)")
            && en.contains("against: Patrick Moens (Drogenbos), Mieke Segers (Roosdaal); abstaining: Sarah Baeten (Ternat)"),
        "{en}"
    );
}
