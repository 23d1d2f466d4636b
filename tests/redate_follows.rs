//! A meeting's date changed from the editor's `D` key: every reference to it follows — in other
//! meetings, in the plan's code history, in an owner's update file — written with the move,
//! and `check` finds nothing afterwards; one reference that cannot be written puts every file
//! back as it was. A second app instance holds another meeting all along.

mod common;
mod pty;

use common::app::{Instance, OTHER, file_of, lock_of, second_instance};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::domain::ids::DecisionRef;
use stuurgroep::domain::plan::{Change, HistoryEvent, Plan};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::effect::Effect;

const MEETING: &str = "2022-02-08-werkgroep-boekenstoet";
const MOVED: &str = "2022-02-15-werkgroep-boekenstoet";
const UPDATES: &str = "data/updates/jolien-maes.ron";
/// The meeting whose minutes this one approved: its status names it.
const APPROVED: &str = "meetings/2021/2021-05-04-werkgroep-boekenstoet.ron";

/// `D`, the prompt cleared with Ctrl-U, `date` typed, Enter.
fn change_date(app: &mut Instance, date: &str) {
    app.key(KeyEvent::from(KeyCode::Char('D')));
    app.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    for c in date.chars() {
        app.key(KeyEvent::from(KeyCode::Char(c)));
    }
    app.key(KeyEvent::from(KeyCode::Enter));
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

/// The plan's first operational objective gets a retitling decided by decision 1 of the
/// meeting, as the coordinator would write it.
fn plan_names_the_meeting(root: &Path) {
    let rel = Path::new("data/plan.ron");
    let mut plan: Plan =
        stuurgroep::store::format::parse(rel, &std::fs::read(root.join(rel)).unwrap()).unwrap();
    let od = &mut plan.strategic_objectives[0].operational_objectives[0];
    od.history.push(HistoryEvent {
        date: chrono::NaiveDate::from_ymd_opt(2022, 2, 8).unwrap(),
        change: Change::Retitled { previous: "Vroegere titel".into() },
        decision: Some(DecisionRef::new(&MEETING.into(), 1)),
        note: None,
        editorial: false,
    });
    std::fs::write(root.join(rel), stuurgroep::store::to_ron(&plan).unwrap()).unwrap();
}

/// A second instance holding a meeting of its own, and this one with the meeting open.
fn two_instances(root: &Path) -> (Instance, Instance) {
    let other = second_instance(root);
    let mut app = Instance::new(root);
    app.open(MEETING);
    (other, app)
}

#[test]
fn the_plan_an_owners_updates_and_other_meetings_follow_a_date_change() {
    let dir = pty::example_copy();
    let root = dir.path();
    plan_names_the_meeting(root);
    let (other, mut app) = two_instances(root);
    let other_lock = lock_of(root, OTHER);
    assert!(other_lock.exists());
    change_date(&mut app, "2022-02-15");
    let editor = app.session.editor().unwrap();
    assert_eq!(editor.meeting.id.as_str(), MOVED, "{:?}", editor.note);
    assert!(root.join(file_of(MOVED)).exists() && !root.join(file_of(MEETING)).exists());
    for rel in ["data/plan.ron", UPDATES, APPROVED] {
        let text = read(root, rel);
        assert!(text.contains(MOVED) && !text.contains(MEETING), "{rel} follows:\n{text}");
    }
    assert!(read(root, "data/plan.ron").contains(&format!("\"{MOVED}/1\"")));
    assert!(read(root, UPDATES).contains(&format!("\"{MOVED}/A2\"")));
    app.apply(vec![Effect::CloseEditor]);
    let report = stuurgroep::check::check(&stuurgroep::store::load_folder(root).unwrap());
    let said: Vec<String> = report
        .findings
        .iter()
        .map(|f| stuurgroep::check::strings::finding(Lang::En, &f.kind))
        .collect();
    assert!(said.is_empty(), "check is clean: {said:?}");
    assert!(other_lock.exists(), "the other instance's lock stays");
    drop(other);
}

#[test]
fn an_update_file_changed_meanwhile_puts_every_file_back_and_the_date_stays() {
    let dir = pty::example_copy();
    let root = dir.path();
    plan_names_the_meeting(root);
    let (_other, mut app) = two_instances(root);
    let before: Vec<(String, Vec<u8>)> = ["data/plan.ron", APPROVED]
        .iter()
        .map(|rel| (rel.to_string(), std::fs::read(root.join(rel)).unwrap()))
        .collect();
    // The owner adds a line to their updates on another machine; it arrives now.
    let theirs = read(root, UPDATES) + "\n";
    std::fs::write(root.join(UPDATES), &theirs).unwrap();
    change_date(&mut app, "2022-02-15");
    let editor = app.session.editor().unwrap();
    assert_eq!(editor.meeting.id.as_str(), MEETING, "the date stays");
    let note = editor.note.as_ref().map(|n| stuurgroep::tui::strings::notes::note(Lang::Nl, n));
    let note = note.unwrap_or_default();
    assert!(note.contains("jolien-maes.ron"), "the file is named: {note}");
    assert!(note.contains("op schijf gewijzigd"), "and why: {note}");
    for (rel, bytes) in before {
        assert!(std::fs::read(root.join(&rel)).unwrap() == bytes, "{rel} is as it was");
    }
    assert_eq!(read(root, UPDATES), theirs, "the owner's change stands");
    let kept = read(root, &file_of(MEETING));
    assert!(kept.contains(&format!("id: \"{MEETING}\"")), "the meeting is where it was");
    assert!(!root.join(file_of(MOVED)).exists());
    assert!(!lock_of(root, MOVED).exists());
    app.apply(vec![Effect::CloseEditor]);
}
