//! The public description of a closed item's decision in the editor: a decision added under an
//! item that is already closed asks for it (after its objective, or its objective skipped);
//! Esc keeps what was typed as a draft; `B` on the decision edits it, offering what it has;
//! `B` on a decision of an open item says why not, and a read-only meeting writes nothing.

mod common;

use common::editor::press;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::editor::popup::{Ask, Popup};
use stuurgroep::tui::editor::{Editor, Note};

fn summary(e: &Editor) -> Option<&str> {
    e.meeting.agenda[3].decisions.first().and_then(|d| d.public_summary.as_deref())
}

/// What the open question offers, if it asks for a public description.
fn asked(e: &Editor) -> Option<String> {
    match &e.popup {
        Some(Popup::Input { ask: Ask::PublicSummary(_), field, .. }) => {
            Some(field.lines().join(" "))
        }
        _ => None,
    }
}

#[test]
fn a_decision_under_a_closed_item_asks_its_public_description_and_b_edits_it() {
    let ctx = common::editor::ctx();
    let mut e = common::editor::editor(&ctx);
    // Item 4 closed, then a decision under it: its objective, then its public description.
    press(&mut e, &ctx, "jjjB");
    assert!(e.meeting.agenda[3].closed && e.popup.is_none());
    press(&mut e, &ctx, "bHet contract wordt niet verlengd.⏎sd2 od1⏎");
    assert_eq!(asked(&e).as_deref(), Some(""));
    // Esc halfway: nothing recorded, what was typed kept.
    press(&mut e, &ctx, "Besluit over⎋");
    assert_eq!(e.note, Some(Note::DraftKept));
    assert_eq!(summary(&e), None);
    // B on the decision (among the item's elements) offers the draft; Enter records it.
    press(&mut e, &ctx, "⇥B");
    assert_eq!(asked(&e).as_deref(), Some("Besluit over"));
    press(&mut e, &ctx, " een personeelsdossier.⏎");
    assert_eq!(summary(&e), Some("Besluit over een personeelsdossier."));
    // B again offers what it has; typing over it and Esc changes nothing.
    press(&mut e, &ctx, "B");
    assert_eq!(asked(&e).as_deref(), Some("Besluit over een personeelsdossier."));
    press(&mut e, &ctx, " Extra⎋");
    assert_eq!(summary(&e), Some("Besluit over een personeelsdossier."));
    // A second decision, its objective skipped with Esc: still asked.
    press(&mut e, &ctx, "bDe vacature wordt opnieuw uitgeschreven.⏎⎋");
    assert_eq!(asked(&e).as_deref(), Some(""));
}

#[test]
fn b_on_an_open_items_decision_says_why_not_and_read_only_writes_nothing() {
    let ctx = common::editor::ctx();
    let mut e = common::editor::editor(&ctx);
    press(&mut e, &ctx, "bHet actieplan wordt goedgekeurd.⏎sd2 od1⏎");
    assert!(e.popup.is_none(), "an open item's decision asks no public description");
    press(&mut e, &ctx, "⇥B");
    assert!(e.popup.is_none());
    assert_eq!(e.note, Some(Note::NotClosed));
    let said = stuurgroep::tui::strings::notes::note(Lang::Nl, &Note::NotClosed);
    assert!(said.contains("besloten punt"), "{said}");
    let said = stuurgroep::tui::strings::notes::note(Lang::En, &Note::NotClosed);
    assert!(said.contains("closed item"), "{said}");
    let before = e.meeting.clone();
    e.read_only = Some(stuurgroep::store::editing::ReadOnly::Chosen);
    press(&mut e, &ctx, "B");
    assert_eq!(e.note, Some(Note::ReadOnly));
    assert_eq!(e.meeting, before);
}
