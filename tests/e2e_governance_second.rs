//! Presence per item (`z`) and a closed item (`B`) with a second instance on the same folder:
//! the first records a conflict of interest and closes an item (on disk at once); a second
//! instance opens the meeting read-only, shows the closed item, and its `z` and `B` write
//! nothing; the first then takes the conflict away, and the closed item stays closed.
#![cfg_attr(windows, allow(unused))]

mod common;
mod pty;

use std::time::Duration;
use stuurgroep::domain::meeting::{Meeting, Movement};

const BOARD: &str = "meetings/2027/2027-01-20-raad-van-bestuur.ron";

fn conflict(m: &Meeting) -> bool {
    m.agenda[3].presence.iter().any(|p| matches!(p.change, Movement::Conflict { .. }))
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn presence_and_a_closed_item_are_written_by_the_first_and_never_by_a_reader() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut first = pty::new_meeting_of(root, "Raad", &[]);
    // Item 4: a conflict of interest; item 5 closed.
    first.step("jjj");
    first.step("z");
    first.wait_for("Wie? (bij dit agendapunt)");
    first.step("Erik\r");
    first.wait_for("Wat gebeurt er bij dit punt?");
    first.step("belang\r");
    first.wait_for("Belangenconflict: reden");
    first.step("eigen vzw\r");
    first.step("j");
    first.step("B");
    let m = pty::wait_until_at(root, BOARD, "the conflict and the closed item", |m| {
        conflict(m) && m.agenda[4].closed
    });
    assert!(!m.agenda[3].closed);
    first.wait_for("[besloten]");
    let written = std::fs::read(root.join(BOARD)).unwrap();
    // A second instance: read-only, it shows the closed item; z and B write nothing.
    let config = root.join("config.ron");
    let mut second = pty::Term::start_with(
        &["--dir", root.to_str().unwrap(), "--as", "lotte-verhaegen"],
        &[("STUURGROEP_CONFIG", &config)],
    );
    second.wait_for("Doelstellingen");
    second.step("3");
    second.wait_for("2027-01-20");
    second.step("e");
    second.wait_for("overnemen? (j/n; n: alleen lezen)");
    second.step("n");
    second.wait_for("alleen lezen");
    second.step("jjjj");
    second.wait_for("[besloten]");
    second.step("B");
    second.wait_for("Alleen lezen.");
    // z on item 4 asks nothing: the file's bytes below say it wrote nothing either.
    second.step("kz");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!second.screen().contains("Wie? (bij dit agendapunt)"), "{}", second.screen());
    second.close_editor_and_quit();
    assert_eq!(std::fs::read(root.join(BOARD)).unwrap(), written, "the reader wrote");
    // The first takes the conflict away: the closed item stays closed.
    first.step("k");
    first.step("z");
    first.wait_for("Wie? (bij dit agendapunt)");
    first.step("Erik\r");
    first.wait_for("Wat gebeurt er bij dit punt?");
    first.step("zoals\r");
    let m = pty::wait_until_at(root, BOARD, "the conflict taken away", |m| !conflict(m));
    assert!(m.agenda[4].closed, "the closed item was lost");
    first.close_editor_and_quit();
}
