//! Search results stay: a member goes to a hit, comes back to the same hits at the same place,
//! and goes on to the next one without typing the query again.

mod pty;

use pty::Term as App;

/// The selected hit's heading: the line the search bar marks with "›".
fn selected_hit(app: &App) -> String {
    let screen = app.screen();
    let line = screen.lines().find(|l| l.contains("› ")).expect("a hit is selected");
    let heading = line.split("› ").nth(1).unwrap_or_default();
    heading.trim_end_matches(['│', ' ']).to_owned()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn back_from_a_hit_shows_the_same_hits_at_the_same_hit() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut app = App::start(&["--dir", dir]);
    app.wait_for("SD1 OD1");
    app.keys("/uitpas");
    app.wait_for("/ uitpas");
    app.wait_for("› ");
    let first = selected_hit(&app);
    app.step("\x1b[B");
    app.step("\x1b[B");
    let third = selected_hit(&app);
    assert_ne!(first, third, "Down twice moved to another hit");
    app.step("\r");
    app.wait_for("Vergadering: ");
    assert!(!app.screen().contains("/ uitpas"), "the bar closed on the hit:\n{}", app.screen());
    // Backspace, like a browser: the bar again, same query, the third hit still selected.
    app.step("\x7f");
    app.wait_for("/ uitpas");
    assert_eq!(selected_hit(&app), third, "the same hit is selected:\n{}", app.screen());
    app.step("\x1b[B");
    let fourth = selected_hit(&app);
    assert_ne!(fourth, third);
    app.step("\r");
    app.wait_for("Vergadering: ");
    // And `/` opens the same search again, at the fourth hit.
    app.step("/");
    app.wait_for("/ uitpas");
    assert_eq!(selected_hit(&app), fourth, "`/` opens the last search:\n{}", app.screen());
    app.keys("\x1b");
    app.quit();
}
