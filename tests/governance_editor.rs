//! The secretary records a board meeting's governance in a real terminal: a member leaving
//! the room for an item over a conflict of interest, the header's quorum for the selected
//! item (shortened at 80 columns), votes refused when they exceed the voting members in the room, a two-thirds
//! majority the outcome follows, and sending that asks why a decision without quorum stands.
//! Every step checked in the file on disk.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use stuurgroep::domain::governance::Majority;
use stuurgroep::domain::meeting::{MinutesStatus, Movement, Outcome};

const BOARD: &str = "meetings/2027/2027-01-20-raad-van-bestuur.ron";

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn a_conflict_of_interest_a_two_thirds_vote_and_a_decision_without_quorum_recorded_live() {
    let dir = pty::example_copy();
    let root = dir.path();
    // A new board meeting: everyone seated is marked present, its 15 voting members too.
    let mut app = pty::new_meeting_of(root, "Raad", &[]);
    app.wait_for("quorum 15/15 ✓");
    // Item 4: Erik Van Laethem declares a conflict of interest and leaves the room for it.
    app.step("jjj");
    app.step("z");
    app.wait_for("Wie? (bij dit agendapunt)");
    app.step("Erik");
    app.step("\r");
    app.wait_for("Wat gebeurt er bij dit punt?");
    app.step("belang");
    app.step("\r");
    app.wait_for("Belangenconflict: reden");
    app.step("voorzitter van vzw Leesvuur\r");
    app.wait_for("quorum 14/15 ✓");
    pty::wait_until_at(root, BOARD, "the conflict of interest", |m| {
        m.agenda[3].presence.iter().any(|p| {
            p.member.as_str() == "erik-van-laethem"
                && p.change
                    == Movement::Conflict { reason: Some("voorzitter van vzw Leesvuur".into()) }
        })
    });
    // The item before still has him: the header follows the selected item.
    app.step("k");
    app.wait_for("quorum 15/15 ✓");
    app.step("j");
    // A decision, voted: 15 votes with 14 in the room are refused, what was typed stays.
    app.step("b");
    app.step("De begroting 2027 wordt goedgekeurd.\r");
    app.step("sd2 od1\r");
    app.step("\t");
    app.step("v");
    app.step("15 0 0\r");
    app.wait_for("14 stemgerechtigde leden aanwezig voor dit punt");
    app.wait_for("15 0 0");
    app.step("\x15");
    app.step("9 5 0\r");
    pty::wait_until_at(root, BOARD, "the votes", |m| {
        m.decisions().any(|(_, d)| d.votes.is_some_and(|v| v.yes == 9))
    });
    // Two thirds for the budget: 9 for, 5 against falls short, and the outcome follows.
    app.step("m");
    app.wait_for("Vereiste meerderheid");
    app.step("twee\r");
    let m = pty::wait_until_at(root, BOARD, "the two-thirds majority", |m| {
        m.decisions().any(|(_, d)| d.majority == Some(Majority::TwoThirds))
    });
    assert_eq!(m.decisions().next().unwrap().1.outcome, Outcome::Rejected);
    // Seven voting members leave: the first seven voting members on the attendance (after
    // the secretary and fifteen coordinators with an advisory vote) are marked absent.
    app.step("\x1b");
    app.step("p");
    app.step(&"j".repeat(16));
    app.step(&"x".repeat(7));
    app.step("\x1b");
    app.wait_for("quorum 7/15 ✗");
    app.wait_for("zonder quorum");
    // Sending is refused until the decision says why it stands; the question is asked.
    app.step("s");
    app.wait_for("Zonder quorum: waarom geldt het besluit toch?");
    app.step("Hoogdringend: de subsidieaanvraag sluit op 31 januari.\r");
    pty::wait_until_at(root, BOARD, "the quorum note", |m| {
        m.decisions()
            .any(|(_, d)| d.quorum_note.as_deref().is_some_and(|n| n.contains("31 januari")))
    });
    // The refusal showed the decision, among the item's elements: back to the agenda.
    app.step("\x1b");
    app.step("s");
    app.wait_for("Verslag als verstuurd markeren?");
    app.step("j");
    pty::wait_until_at(root, BOARD, "sent", |m| matches!(m.status, MinutesStatus::Sent { .. }));
    app.close_editor_and_quit();
}
