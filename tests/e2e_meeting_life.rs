//! A meeting's life in a real pseudo-terminal, from keys to the file on disk: a meeting
//! called off is kept and marked cancelled, in the editor's header and the meetings list; an
//! empty draft created by mistake is removed (put aside in the folder, not deleted), after a
//! question; one that took decisions is not. A meeting moved to another date takes its file,
//! its id and the references to it along, and `check` stays clean.

mod common;
mod pty;

use common::cli::check;
use pty::{NEW, example_copy, new_meeting, read_new as read, wait_until};
use std::path::Path;
use std::time::Duration;

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_cancelled_meeting_is_kept_and_shown_cancelled() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    wait_until(root, "the new meeting", |m| !m.cancelled);
    app.step("X");
    app.wait_for("Deze vergadering annuleren?");
    // Another key answers nothing; j cancels.
    app.step("?");
    app.wait_for("Deze vergadering annuleren?");
    app.step("j");
    app.wait_for("GEANNULEERD");
    let m = wait_until(root, "cancelled", |m| m.cancelled);
    assert!(!m.agenda.is_empty(), "kept, with its agenda");
    let text = std::fs::read_to_string(root.join(NEW)).unwrap();
    assert!(text.contains("cancelled: true"), "{text}");
    app.keys("\x1b");
    app.wait_for("Vergaderingen");
    app.wait_for("geannuleerd");
    app.quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn cancelling_is_taken_back_with_x_again_and_ctrl_z() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("Xj");
    wait_until(root, "cancelled", |m| m.cancelled);
    app.step("X");
    app.wait_for("toch gehouden?");
    app.step("j");
    wait_until(root, "held after all", |m| !m.cancelled);
    // Undo brings the cancellation back (a structural edit).
    app.step("\x1a");
    wait_until(root, "cancelled again by undo", |m| m.cancelled);
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn an_empty_draft_is_removed_into_the_folders_removed_meetings() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("iEen vergissing\x1b");
    wait_until(root, "the minutes typed", |m| m.agenda[0].minutes == "Een vergissing");
    app.step("V");
    app.wait_for("Deze vergadering verwijderen?");
    // n keeps it.
    app.step("n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(root.join(NEW).exists(), "n keeps the meeting");
    app.step("V");
    app.wait_for("Deze vergadering verwijderen?");
    app.step("j");
    app.wait_for("Vergadering verwijderd");
    assert!(!root.join(NEW).exists(), "the meeting left its place");
    let aside = root.join(".stuurgroep/removed/2027-01-20-stuurgroep.ron");
    let text = std::fs::read_to_string(&aside).expect("put aside, not deleted");
    assert!(text.contains("Een vergissing"), "{text}");
    let lock = stuurgroep::store::lock::lock_path(Path::new(NEW));
    assert!(!root.join(lock).exists(), "its lock is gone");
    assert!(
        !app.screen().contains("2027-01-20  stuurgroep"),
        "no longer listed:\n{}",
        app.screen()
    );
    app.quit();
    let (code, out) = check(root);
    assert_eq!(code, 0, "{out}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_meeting_that_took_decisions_is_not_removed_nor_cancelled() {
    let dir = example_copy();
    let root = dir.path();
    let mut app = new_meeting(root);
    app.step("b");
    app.wait_for("Besluit");
    app.step("Het budget wordt goedgekeurd\r");
    app.wait_for("Doelstelling (code, oude code of woorden)");
    app.step("sd2 od1\r");
    wait_until(root, "the decision", |m| m.decisions().count() == 1);
    app.step("V");
    app.wait_for("nam besluiten");
    app.step("X");
    app.wait_for("nam besluiten");
    assert!(root.join(NEW).exists());
    assert!(!read(root).unwrap().cancelled);
    app.close_editor_and_quit();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_meeting_moved_to_another_date_takes_its_file_id_and_references_along() {
    let dir = example_copy();
    let root = dir.path();
    let old = root.join("meetings/2022/2022-10-11-stuurgroep.ron");
    let new = root.join("meetings/2022/2022-10-18-stuurgroep.ron");
    let june = root.join("meetings/2022/2022-06-14-stuurgroep.ron");
    assert!(std::fs::read_to_string(&june).unwrap().contains("by: \"2022-10-11-stuurgroep\""));
    let mut app = pty::as_secretary(root);
    app.step("3");
    app.wait_for("2022-10-11");
    app.step("e");
    app.wait_for("Agenda");
    // An unreadable date and a day the body meets already are refused, with why.
    app.step("D");
    app.wait_for("Nieuwe datum");
    app.step("\x15morgenavond\r");
    app.wait_for("morgenavond");
    app.step("\x152022-06-14\r");
    app.wait_for("al een vergadering van dit orgaan");
    assert!(old.exists());
    app.step("\x152022-10-18\r");
    app.wait_for("Verplaatst: nu 2022-10-18-stuurgroep");
    assert!(!old.exists(), "the old file is gone");
    let text = std::fs::read_to_string(&new).expect("the new file");
    assert!(text.contains("id: \"2022-10-18-stuurgroep\""), "{text}");
    assert!(text.contains("date: \"2022-10-18\""), "{text}");
    let june_text = std::fs::read_to_string(&june).unwrap();
    assert!(june_text.contains("by: \"2022-10-18-stuurgroep\""), "the approval follows");
    let lock = |rel: &str| root.join(stuurgroep::store::lock::lock_path(Path::new(rel)));
    assert!(lock("meetings/2022/2022-10-18-stuurgroep.ron").exists(), "the lock moved along");
    assert!(!lock("meetings/2022/2022-10-11-stuurgroep.ron").exists());
    // Typing goes on into the new file.
    app.step("iNa de verplaatsing\x1b");
    pty::wait_on_disk(&new, "Na de verplaatsing");
    assert!(!old.exists());
    app.close_editor_and_quit();
    let (code, out) = check(root);
    assert_eq!(code, 0, "{out}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn a_move_waits_while_a_referring_meeting_is_open_elsewhere() {
    let dir = example_copy();
    let root = dir.path();
    let june_rel = Path::new("meetings/2022/2022-06-14-stuurgroep.ron");
    // Someone else has the June meeting open (it names this one as its approver).
    let other = stuurgroep::store::lock::Holder::new("an-peeters".into(), "An Peeters");
    let _held = stuurgroep::store::lock::acquire(root, june_rel, &other, chrono::Utc::now())
        .expect("the other app's lock");
    let mut app = pty::as_secretary(root);
    app.step("3");
    app.wait_for("2022-10-11");
    app.step("e");
    app.wait_for("Agenda");
    app.step("D");
    app.wait_for("Nieuwe datum");
    app.step("\x152022-10-18\r");
    app.wait_for("Niet verplaatst");
    app.wait_for("An Peeters");
    assert!(root.join("meetings/2022/2022-10-11-stuurgroep.ron").exists(), "nothing moved");
    assert!(!root.join("meetings/2022/2022-10-18-stuurgroep.ron").exists());
    let june = std::fs::read_to_string(root.join(june_rel)).unwrap();
    assert!(june.contains("by: \"2022-10-11-stuurgroep\""), "June untouched");
    app.close_editor_and_quit();
}
