//! The preview of the minutes in a real pseudo-terminal: `P` shows the meeting as the
//! Markdown export writes it (what was typed a moment ago included), scrolls, changes nothing,
//! and Esc brings the editor back as it was.

mod pty;

use pty::{NEW, new_meeting, wait_until};

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn p_shows_the_minutes_as_they_will_be_sent_and_esc_closes_it() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("iWelkom aan iedereen, ook aan de nieuwe leden.\x1b");
    app.step("aOfferte opvragen\r");
    app.wait_for("Eigenaar");
    app.step("tom claes\r");
    app.wait_for("Tegen wanneer?");
    app.step("\r");
    wait_until(root, "the action item", |m| m.action_items().count() == 1);
    let before = std::fs::read(root.join(NEW)).unwrap();
    app.step("P");
    app.wait_for("Het verslag zoals het verstuurd wordt");
    app.wait_for("# Verslag Stuurgroep");
    app.wait_for("## 1. Opening en aanwezigheden");
    // Down a few rows: the minutes typed a moment ago.
    app.step("jjjj");
    app.wait_for("Welkom aan iedereen, ook aan de nieuwe leden.");
    // Further down, the action item with its owner, as the document lists it.
    for _ in 0..40 {
        if app.screen().contains("Offerte opvragen") {
            break;
        }
        app.step("j");
    }
    assert!(app.screen().contains("Offerte opvragen"), "{}", app.screen());
    // At its end, the status of the minutes.
    app.step("\x1b[F");
    app.wait_for("Status van het verslag");
    // Keys that would edit do nothing here; Esc closes, and the file is as it was.
    app.step("xb");
    app.step("\x1b");
    app.wait_for("Enter i notulen van dit punt schrijven");
    assert_eq!(std::fs::read(root.join(NEW)).unwrap(), before, "the preview changes nothing");
    app.close_editor_and_quit();
}
