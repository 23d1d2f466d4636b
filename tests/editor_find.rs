//! Find in the minutes, in a real pseudo-terminal from keys to the file on disk: `/`, a word,
//! Enter goes to its next hit across the items, ↑ to the previous one, Esc leaves the cursor
//! at the hit (what is typed next lands there); Esc before Enter moves nothing.

mod pty;

use pty::{new_meeting, wait_until};

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn find_goes_across_items_and_esc_leaves_the_cursor_at_the_hit() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    // Minutes in the first and the third item, the word twice in the third.
    app.step("iDe begroting 2027 wordt besproken.\x1b");
    app.step("jj");
    app.step("iEerst de agenda. Dan de Begroting en nog eens de begroting.\x1b");
    wait_until(root, "the minutes typed", |m| m.agenda[2].minutes.contains("nog eens"));
    // Back to the first item; a query left with Esc before Enter moves nothing.
    app.step("kk");
    app.step("/begr\x1b");
    app.wait_for("/ zoeken in de notulen");
    // Enter: the first hit after the cursor (at the end of item 1): in item 3.
    app.step("/");
    app.wait_for("Zoeken: begr");
    app.step("\x15begroting\r");
    app.wait_for("2/3");
    app.wait_for("3. Opvolging actiepunten");
    app.step("\r");
    app.wait_for("3/3");
    // Round to the first item, then back with ↑ to the last hit.
    app.step("\r");
    app.wait_for("1/3");
    app.wait_for("1. Opening en aanwezigheden");
    app.step("\x1b[A");
    app.wait_for("3/3");
    // Esc: the cursor stays at the hit; typing goes there.
    app.step("\x1b");
    app.wait_for("Esc terug naar de agenda");
    app.step("volgende ");
    wait_until(root, "typed at the hit", |m| {
        m.agenda[2].minutes
            == "Eerst de agenda. Dan de Begroting en nog eens de volgende begroting."
    });
    app.step("\x1b");
    app.close_editor_and_quit();
}
