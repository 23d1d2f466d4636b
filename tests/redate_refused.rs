//! A meeting referring to the one whose date changes that cannot be rewritten (changed on disk
//! meanwhile) undoes a move already begun. (The plan and owners' updates now follow the date:
//! `tests/redate_follows.rs`.)

mod pty;

use stuurgroep::i18n::Lang;
use stuurgroep::store::editing::{Opened, Workbench};
use stuurgroep::store::strings::editing_error;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::held::{editor, on};

#[test]
fn a_reference_that_cannot_follow_undoes_the_move_and_the_meeting_stays_where_it_was() {
    use stuurgroep::domain::edit::NewMeeting;
    use stuurgroep::domain::meeting::{Approval, Meeting};
    use stuurgroep::store::Base;
    let dir = pty::example_copy();
    let root = dir.path();
    let me = "lotte-verhaegen".into();
    // A new meeting of the working group, and a later one on disk that refers to it.
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2031, 3, d).unwrap();
    let ctx = Ctx::open(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let mut bench = Workbench::new(root);
    let new = NewMeeting {
        body: "werkgroep-boekenstoet".into(),
        date: day(4),
        start: None,
        location: None,
    };
    let Opened::Editor(opened) = bench.create(&on(&ctx), &me, &new) else { panic!("not created") };
    let created = editor(*opened);
    bench.close(&created).unwrap();
    let first: Meeting = created.meeting.clone();
    let mut later = first.clone();
    later.id = Meeting::id_for(day(18), &first.body);
    later.date = day(18);
    later.approves = vec![Approval { meeting: first.id.clone(), hash: "blake3:00".into() }];
    let later_rel = std::path::PathBuf::from("meetings/2031/2031-03-18-werkgroep-boekenstoet.ron");
    stuurgroep::store::save(root, &later_rel, &later, Base::new_file()).unwrap();
    // The app opens the first; meanwhile someone else changes the later one on disk.
    let ctx = Ctx::open(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let Opened::Editor(opened) = bench.open(&on(&ctx), &me, &first.id, None) else {
        panic!("not opened")
    };
    let mut editor = editor(*opened);
    let theirs = std::fs::read_to_string(root.join(&later_rel)).unwrap() + "\n";
    std::fs::write(root.join(&later_rel), &theirs).unwrap();
    let why = bench.redate(&mut editor, &on(&ctx), day(11)).expect_err("cannot follow");
    let why = editing_error(Lang::Nl, &why);
    assert!(why.contains("2031-03-18-werkgroep-boekenstoet"), "{why}");
    // Nothing moved: the meeting is where it was, the other's change stands, no new file.
    assert!(!root.join("meetings/2031/2031-03-11-werkgroep-boekenstoet.ron").exists());
    assert!(!root.join("meetings/2031/2031-03-11-werkgroep-boekenstoet.ron.lock").exists());
    let kept: Meeting = stuurgroep::store::format::parse(
        &editor.rel,
        &std::fs::read(root.join(&editor.rel)).unwrap(),
    )
    .unwrap();
    assert_eq!((&kept.id, kept.date, &kept.agenda), (&first.id, first.date, &first.agenda));
    assert_eq!(std::fs::read_to_string(root.join(&later_rel)).unwrap(), theirs);
    assert_eq!(editor.meeting.id, first.id);
    bench.close(&editor).unwrap();
}
