//! The app end to end in a real pseudo-terminal: start the binary, open an objective, search,
//! open a decision, quit; the terminal comes back as it was.

mod pty;

use pty::Term as App;
use std::time::Duration;

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn browse_an_objective_search_open_a_decision_then_quit_with_the_terminal_restored() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut app = App::start(&["--dir", dir]);
    app.wait_for("Doelstellingen");
    app.wait_for("SD1 OD1");
    // Down to SD2 OD5 (line 10: SD1 + 3 ODs + SD2 + 5 ODs), open it.
    app.keys(&"j".repeat(9));
    app.keys("\r");
    app.wait_for("Geschiedenis van de code");
    app.wait_for("verplaatst SD1 OD1 → SD2 OD5");
    app.keys("\x1b");
    app.keys("/kansentarief");
    app.wait_for("/ kansentarief");
    app.wait_for("kansentarief in alle UiT-pas-gemeenten");
    app.keys("\r");
    app.wait_for("Vergadering: ");
    // Esc goes back to the hits, like a browser; a second Esc closes the bar, a third the
    // detail (nothing left to go back to).
    app.keys("\x1b");
    app.wait_for("/ kansentarief");
    app.keys("\x1b");
    app.keys("\x1b");
    app.keys("2");
    app.wait_for("Besluiten (87)");
    app.keys("\r");
    // The decision found by the search stays selected on the decisions screen.
    app.wait_for("Vergadering: ");
    app.wait_for("kansentarief");
    app.keys("q");
    assert_eq!(app.wait_exit(), 0);
    std::thread::sleep(Duration::from_millis(200));
    let raw = String::from_utf8_lossy(&app.raw.lock().unwrap()).into_owned();
    let entered = raw.find("\x1b[?1049h").expect("the app switched to the alternate screen");
    let left = raw.rfind("\x1b[?1049l").expect("and back to the normal screen");
    assert!(left > entered);
    let mouse_on = raw.find("\x1b[?1000h").expect("mouse capture was on");
    assert!(raw.rfind("\x1b[?1000l").is_some_and(|off| off > mouse_on), "and is off again");
    assert!(app.restored(), "left on the alternate screen, or the cursor hidden");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_binary_export_refuses_to_write_to_a_terminal() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut app = App::start(&[
        "export",
        "minutes",
        "2021-03-16-stuurgroep",
        "--format",
        "odt",
        "--dir",
        dir,
    ]);
    app.wait_for("schrijf het naar een bestand met -o");
    assert_eq!(app.wait_exit(), 2);
    assert!(!app.screen().contains("PK"), "no zip bytes on the terminal");
}
