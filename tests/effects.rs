//! The seams of the app, without a terminal: keys go through the router to effects, and
//! `effects::apply` writes what they ask — each route that writes, with a second instance of
//! the app present; Ctrl-C quits from every layer.

mod common;
mod pty;

use common::app::{Instance, OTHER, file_of, lock_of};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::sync::Arc;
use stuurgroep::tui::effect::Effect;
use stuurgroep::tui::session::Layer;

const MEETING: &str = "2022-02-08-werkgroep-boekenstoet";

fn ctrl_c() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

#[test]
fn close_editor_writes_the_meeting_and_releases_its_lock_only() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut a = Instance::new(root);
    let mut b = common::app::second_instance(root);
    a.write(MEETING, "Gesloten met alles bewaard.");
    assert!(lock_of(root, MEETING).exists());
    let effects = {
        let ctx = Arc::clone(&a.data.ctx);
        stuurgroep::tui::route_key(&mut a.session, KeyEvent::from(KeyCode::Esc), &ctx);
        stuurgroep::tui::route_key(&mut a.session, KeyEvent::from(KeyCode::Esc), &ctx)
    };
    assert_eq!(effects, [Effect::CloseEditor]);
    assert!(!a.apply(effects));
    assert!(matches!(a.session.layer, Layer::Browse), "back on the list");
    assert!(read(root, &file_of(MEETING)).contains("Gesloten met alles bewaard."));
    assert!(!lock_of(root, MEETING).exists(), "its lock went");
    assert!(lock_of(root, OTHER).exists(), "the other instance's lock stays");
    b.apply(vec![Effect::CloseEditor]);
    assert!(!lock_of(root, OTHER).exists());
}

#[test]
fn ctrl_c_quits_from_every_layer_and_the_editor_is_written_first() {
    let dir = pty::example_copy();
    let root = dir.path();
    let mut app = Instance::new(root);
    assert!(app.key(ctrl_c()), "browsing");
    app.key(KeyEvent::from(KeyCode::Char('/')));
    assert!(app.session.app.search.is_some());
    assert!(app.key(ctrl_c()), "in the search bar");
    app.key(KeyEvent::from(KeyCode::Esc));
    app.session.prompt = Some(stuurgroep::tui::session::Prompt::StIgnore);
    assert!(app.key(ctrl_c()), "at a question");
    app.session.prompt = None;
    app.key(KeyEvent::from(KeyCode::Char('c')));
    assert!(matches!(app.session.layer, Layer::Conflicts(_)));
    assert!(app.key(ctrl_c()), "in the conflicts view");
    app.apply(vec![Effect::CloseConflicts]);
    // A second instance reads the same meeting meanwhile: nothing of it is written.
    let mut reader = Instance::new(root);
    app.write(MEETING, "Tot hier, Ctrl-C.");
    reader.apply(vec![Effect::View(MEETING.into())]);
    assert!(reader.session.editor().is_some_and(|e| e.read_only.is_some()));
    assert!(app.key(ctrl_c()), "in the editor");
    assert!(read(root, &file_of(MEETING)).contains("Tot hier, Ctrl-C."));
    assert!(!lock_of(root, MEETING).exists());
    assert!(reader.key(ctrl_c()), "the reader quits too");
    assert!(read(root, &file_of(MEETING)).contains("Tot hier, Ctrl-C."), "and writes nothing");
}

#[test]
fn save_elsewhere_writes_a_copy_and_the_meeting_stays_open() {
    let dir = pty::example_copy();
    let root = dir.path();
    let _other = Instance::new(root);
    let mut app = Instance::new(root);
    app.write(MEETING, "Ook op een stick.");
    let target = dir.path().join("stick.ron");
    app.apply(vec![Effect::SaveElsewhere(target.clone())]);
    assert!(std::fs::read_to_string(&target).unwrap().contains("Ook op een stick."));
    assert!(app.session.editor().is_some_and(|e| e.copied), "the editor knows");
    assert!(lock_of(root, MEETING).exists(), "still open, still locked");
    app.apply(vec![Effect::CloseEditor]);
}

#[test]
fn a_new_meeting_is_created_moved_to_another_date_then_removed() {
    let dir = pty::example_copy();
    let root = dir.path();
    let _other = common::app::second_instance(root);
    let mut app = Instance::new(root);
    app.create("2031-03-04");
    let created = "2031-03-04-werkgroep-boekenstoet";
    assert!(lock_of(root, created).exists());
    let moved = "2031-03-11-werkgroep-boekenstoet";
    app.apply(vec![Effect::Redate(chrono::NaiveDate::from_ymd_opt(2031, 3, 11).unwrap())]);
    assert!(root.join(file_of(moved)).exists(), "the file moved");
    assert!(!root.join(file_of(created)).exists() && !lock_of(root, created).exists());
    assert!(lock_of(root, moved).exists(), "its lock followed");
    app.apply(vec![Effect::RemoveMeeting]);
    assert!(!root.join(file_of(moved)).exists() && !lock_of(root, moved).exists());
    let removed = std::fs::read_dir(root.join(".stuurgroep/removed")).unwrap().count();
    assert_eq!(removed, 1, "put aside, never deleted");
    assert!(matches!(app.session.layer, Layer::Browse));
    assert!(lock_of(root, OTHER).exists(), "the other instance's lock stays");
}

#[test]
fn a_merge_is_written_undone_and_a_copy_put_away_from_the_conflicts_view() {
    use stuurgroep::domain::meeting::Meeting;
    let dir = pty::example_copy();
    let root = dir.path();
    let original = "meetings/2022/2022-10-11-stuurgroep.ron";
    let copy = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";
    let before = read(root, original);
    let mut theirs: Meeting =
        stuurgroep::store::format::parse(Path::new(original), before.as_bytes()).unwrap();
    theirs.edited_from = None;
    theirs.agenda[0].minutes.push_str("\nAlleen in de kopie.");
    std::fs::write(root.join(copy), stuurgroep::store::to_ron(&theirs).unwrap()).unwrap();
    let _second = common::app::second_instance(root);
    let mut app = Instance::new(root);
    // No common ancestor: the copy's version is asked for twice, then merged and saved.
    app.press("c⏎ccs");
    assert!(read(root, original).contains("Alleen in de kopie."), "the merge is written");
    assert!(!root.join(copy).exists(), "the copy went to .stuurgroep/resolved");
    app.press("u");
    assert_eq!(read(root, original), before, "undone: the original as it was");
    assert!(root.join(copy).exists(), "and the copy back in its place");
    // Identical to its original: w puts it away at once.
    std::fs::write(root.join(copy), &before).unwrap();
    app.apply(vec![Effect::CloseConflicts]);
    app.press("cw");
    assert!(!root.join(copy).exists(), "put away");
    assert_eq!(read(root, original), before, "the original untouched");
    assert!(lock_of(root, OTHER).exists(), "the second instance's lock stays");
}
