//! A vote by name in the editor (Tab in the votes line): the list holds the voting members in
//! the room for the item (not who declared a conflict of interest, nor the advisory members),
//! each voted with a key; Enter records the names and the counts follow; a vote the outcome
//! does not allow is refused with why, the list kept; Esc goes back a step and records
//! nothing. Counts typed without names stay a secret vote.

mod common;
mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use stuurgroep::domain::edit::{self, EditError};
use stuurgroep::domain::meeting::{Movement, Vote, Votes};
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::editor::popup::{Ask, Popup};
use stuurgroep::tui::editor::{Editor, Note};
use stuurgroep::tui::session::Session;
use stuurgroep::tui::theme::Theme;

use common::editor::press;

fn ctx(lang: Lang) -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, lang)
}

/// A new board meeting on 2027-01-20, everyone seated present; Erik Van Laethem declares a
/// conflict of interest at item 4, which gets a decision (selected, its objective skipped).
fn editor(ctx: &Ctx) -> Editor {
    let (mut meeting, rel) = common::editor::board_meeting(ctx);
    let conflict = Some(Movement::Conflict { reason: None });
    edit::set_item_presence(&mut meeting, 3, &"erik-van-laethem".into(), conflict).unwrap();
    let mut e = Editor::new(meeting, rel, None);
    press(&mut e, ctx, "jjjbDe subsidie aan vzw Leesvuur.⏎⎋⇥");
    e
}

fn decision(e: &Editor) -> &stuurgroep::domain::meeting::Decision {
    e.meeting.decisions().next().expect("a decision").1
}

fn list(e: &Editor) -> &stuurgroep::tui::editor::named::NamedVotes {
    match &e.popup {
        Some(Popup::Named(list)) => list,
        _ => panic!("no vote by name open"),
    }
}

/// The screen with the editor of `e` open, at 80×30.
fn shown(e: Editor, ctx: &Ctx) -> String {
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let mut terminal = Terminal::new(TestBackend::new(80, 30)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, &session, ctx, Some(&SaveState::Pending), &Theme::new(true));
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

#[test]
fn the_list_holds_the_voting_members_in_the_room_and_records_who_voted_how() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "v⇥");
    let names: Vec<String> = list(&e).rows.iter().map(|r| r.member.to_string()).collect();
    // Fifteen voting members, one of them out of the room over his conflict of interest.
    assert_eq!(names.len(), 14, "{names:?}");
    assert!(!names.iter().any(|n| n == "erik-van-laethem"));
    assert!(!names.iter().any(|n| n == "lotte-verhaegen"), "the secretary does not vote");
    // Three for, one against, one abstaining, then the rest for (capital V).
    press(&mut e, &ctx, "vvvtoV");
    assert_eq!(list(&e).counts(), Votes { yes: 12, no: 1, abstain: 1 });
    press(&mut e, &ctx, "⏎");
    assert!(e.popup.is_none());
    let d = decision(&e);
    assert_eq!(d.votes, Some(Votes { yes: 12, no: 1, abstain: 1 }));
    assert_eq!(d.named_votes.len(), 14);
    assert_eq!(d.named_votes[3].member.as_str(), names[3]);
    assert_eq!(d.named_votes[3].vote, Vote::No);
    // Opened again, the list shows what was recorded; space clears one, and the counts follow.
    press(&mut e, &ctx, "v⇥");
    assert_eq!(list(&e).rows[4].vote, Some(Vote::Abstain));
    press(&mut e, &ctx, "jjjj ⏎");
    assert_eq!(decision(&e).votes, Some(Votes { yes: 12, no: 1, abstain: 0 }));
    assert_eq!(decision(&e).named_votes.len(), 13);
    // Counts typed over the names: a secret vote, the names go.
    press(&mut e, &ctx, "v9 2 1⏎");
    assert_eq!(decision(&e).votes, Some(Votes { yes: 9, no: 2, abstain: 1 }));
    assert!(decision(&e).named_votes.is_empty());
}

#[test]
fn a_vote_the_outcome_does_not_allow_is_refused_and_esc_halfway_records_nothing() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    let before = e.meeting.clone();
    // Everyone against an adopted decision: refused with why, the list still open.
    press(&mut e, &ctx, "v⇥T⏎");
    assert!(matches!(e.note, Some(Note::Refused(EditError::VotesAgainstOutcome(..)))));
    assert_eq!(list(&e).counts(), Votes { yes: 0, no: 14, abstain: 0 });
    assert_eq!(e.meeting, before);
    // Esc: back to the counts, nothing recorded, and the secretary is told.
    press(&mut e, &ctx, "⎋");
    assert!(matches!(&e.popup, Some(Popup::Input { ask: Ask::Votes(_), .. })));
    assert_eq!(e.note, Some(Note::NamesNotKept));
    press(&mut e, &ctx, "⎋");
    assert!(e.popup.is_none());
    assert_eq!(e.meeting, before);
    // A key that votes nothing says so; nothing set, Enter records nothing.
    press(&mut e, &ctx, "v⇥x");
    assert_eq!(e.note, Some(Note::UnknownKey('x')));
    press(&mut e, &ctx, "⏎");
    assert!(e.popup.is_none());
    assert_eq!(e.meeting, before);
}

#[test]
fn the_list_says_each_vote_and_the_counts_in_both_languages() {
    for (lang, words) in [
        (
            Lang::Nl,
            [
                "Stemming bij naam – besluit 1",
                "voor",
                "tegen",
                "2 voor, 1 tegen, 0 onthoudingen · 11 nog niet",
            ],
        ),
        (
            Lang::En,
            [
                "Vote by name – decision 1",
                "for",
                "against",
                "2 for, 1 against, 0 abstentions · 11 not yet",
            ],
        ),
    ] {
        let ctx = ctx(lang);
        let mut e = editor(&ctx);
        press(&mut e, &ctx, "v⇥vvt");
        let text = shown(e, &ctx);
        for w in words {
            assert!(text.contains(w), "{lang:?}: no {w:?} in\n{text}");
        }
    }
}
