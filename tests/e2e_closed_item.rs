//! The secretary closes an agenda item (besloten) with `B`, in a real pseudo-terminal: the
//! item is marked in the agenda and the header, the public summary of its decision is asked
//! for, Esc halfway leaves the item closed without one (the typed words kept as a draft), and
//! sending the minutes asks for it again, offering the draft; the file on disk follows.

mod common;
mod pty;

use pty::{example_copy, new_meeting, wait_until};

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn closing_an_item_asks_for_its_public_summary_and_sending_asks_again() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("j");
    app.step("b");
    app.wait_for("Besluit");
    app.step("Het contract van de coördinator wordt niet verlengd.\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    wait_until(root, "the decision", |m| m.agenda[1].decisions.len() == 1);

    app.step("B");
    app.wait_for("korte publieke omschrijving");
    app.step("Besluit over pers");
    app.keys("\x1b");
    let m = wait_until(root, "the item closed", |m| m.agenda[1].closed);
    assert_eq!(m.agenda[1].decisions[0].public_summary, None, "Esc sets no summary");
    app.wait_for("[besloten]");

    // Sending asks for the missing summary first, with what was typed.
    app.step("s");
    app.wait_for("korte publieke omschrijving");
    app.wait_for("Besluit over pers");
    app.step("oneel.\r");
    let m = wait_until(root, "the summary", |m| m.agenda[1].decisions[0].public_summary.is_some());
    assert_eq!(m.agenda[1].decisions[0].public_summary.as_deref(), Some("Besluit over personeel."));
    assert!(m.agenda[1].closed);

    // Back on the agenda (sending went to the decision), `B` again: public; the summary stays.
    app.keys("\x1b");
    app.step("B");
    wait_until(root, "the item public again", |m| !m.agenda[1].closed);
    app.close_editor_and_quit();
}
