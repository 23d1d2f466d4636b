//! Nothing typed in the editor's questions is thrown away by Esc: each question left with
//! text typed keeps it, and asking it again offers it. What is wrong is refused as it is
//! typed: votes against the attendance or the outcome; approving minutes never sent asks.

mod common;
mod screen;

use common::editor::{ctx, editor, press};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use stuurgroep::domain::meeting::Owner;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::popup::Popup;
use stuurgroep::tui::editor::{Editor, Note};

/// The line of the open question.
fn field(editor: &Editor) -> String {
    match &editor.popup {
        Some(Popup::Input { field, .. }) => field.lines().join(" "),
        _ => panic!("no line asked"),
    }
}

/// `open` asks a question; text typed in it and left with Esc changes nothing, says it is
/// kept, and is offered when `open` asks again.
fn kept(e: &mut Editor, ctx: &Ctx, open: &str) {
    let before = e.meeting.clone();
    press(e, ctx, open);
    press(e, ctx, "Klad getypt⎋");
    assert!(e.popup.is_none(), "{open}: Esc closes the question");
    assert_eq!(e.note, Some(Note::DraftKept), "{open}");
    assert_eq!(e.meeting, before, "{open}: nothing applied");
    press(e, ctx, open);
    assert!(field(e).ends_with("Klad getypt"), "{open}: {:?}", field(e));
    // Left again untouched: still kept.
    press(e, ctx, "⎋");
    press(e, ctx, open);
    assert!(field(e).ends_with("Klad getypt"), "{open}: {:?}", field(e));
    press(e, ctx, "⎋");
}

#[test]
fn every_question_keeps_what_was_typed_when_left_with_esc() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    // On the agenda: a new item, its title, a decision, an action item, the times, the place,
    // a copy elsewhere.
    for open in ["n", "r", "b", "a", "t", "l", "e"] {
        kept(&mut e, &ctx, open);
    }
    // On a decision: its text and its votes; on an action item: its text and its due date.
    // The decision and the action item are the drafts left above, answered now.
    press(&mut e, &ctx, "b");
    assert_eq!(field(&e), "Klad getypt");
    press(&mut e, &ctx, "⏎⎋a⏎tom claes⏎⏎");
    assert_eq!(e.meeting.decisions().count(), 1);
    assert_eq!(e.meeting.action_items().count(), 1);
    press(&mut e, &ctx, "⇥");
    kept(&mut e, &ctx, "⏎");
    kept(&mut e, &ctx, "v");
    press(&mut e, &ctx, "j");
    kept(&mut e, &ctx, "⏎");
    kept(&mut e, &ctx, "t");
    // In the attendance: a guest's name.
    press(&mut e, &ctx, "⇥p");
    kept(&mut e, &ctx, "n");
}

#[test]
fn an_action_item_left_at_its_owner_is_kept_without_one_and_flagged() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "aOfferte drukwerk opvragen⏎");
    assert!(matches!(e.popup, Some(Popup::Pick { .. })));
    press(&mut e, &ctx, "⎋");
    assert!(e.popup.is_none());
    assert_eq!(e.note, Some(Note::NoOwner));
    let (_, a) = e.meeting.action_items().next().expect("kept");
    assert_eq!((a.text.as_str(), &a.owner), ("Offerte drukwerk opvragen", &Owner::Nobody));
    // Its owner given later, by name.
    press(&mut e, &ctx, "⇥etom claes⏎");
    let (_, a) = e.meeting.action_items().next().unwrap();
    assert_eq!(a.owner, Owner::Member("tom-claes".into()));
    // The next action item starts empty.
    press(&mut e, &ctx, "a");
    assert_eq!(field(&e), "");
}

#[test]
fn a_due_date_typed_then_left_is_kept_for_the_new_action_item() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "aDraaiboek⏎tom claes⏎volgende maan⎋");
    let (_, a) = e.meeting.action_items().next().unwrap();
    assert_eq!(a.due, None, "added without a date");
    press(&mut e, &ctx, "⇥t");
    assert_eq!(field(&e), "volgende maan");
}

#[test]
fn a_follow_up_note_left_with_esc_is_offered_again() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "jjo⏎⏎Rapport bijna klaar⎋");
    assert_eq!(e.note, Some(Note::DraftKept));
    press(&mut e, &ctx, "⇥⏎");
    assert_eq!(field(&e), "Rapport bijna klaar");
    press(&mut e, &ctx, "⏎");
    let (_, f) = e.meeting.follow_ups().next().unwrap();
    assert_eq!(f.note, "Rapport bijna klaar");
}

#[test]
fn votes_are_checked_against_the_members_present_and_the_outcome() {
    use stuurgroep::domain::edit::EditError;
    use stuurgroep::domain::meeting::Outcome;
    let ctx = ctx();
    let mut e = editor(&ctx);
    // Everyone is present; the secretary takes the minutes and has no vote.
    let present = e.meeting.attendance.len() - 1;
    press(&mut e, &ctx, "bHet actieplan.⏎sd2 od1⏎⇥");
    // More votes than members present: refused, with the count, and asked again.
    press(&mut e, &ctx, &format!("v{} 0 0⏎", present + 4));
    assert_eq!(e.note, Some(Note::Refused(EditError::TooManyVotes(present as u32 + 4, present))));
    assert_eq!(field(&e), format!("{} 0 0", present + 4));
    // A voting member fewer present: the limit follows the attendance.
    let voter =
        e.meeting.attendance.iter().position(|a| Some(&a.member) != e.meeting.secretary.as_ref());
    press(&mut e, &ctx, &format!("⎋⇥p{}x⎋⇥", "j".repeat(voter.unwrap())));
    press(&mut e, &ctx, &format!("v{present} 0 0⏎"));
    assert!(matches!(e.note, Some(Note::Refused(EditError::TooManyVotes(..)))));
    press(&mut e, &ctx, "⎋");
    // Adopted with more against than for: refused.
    press(&mut e, &ctx, "v2 9 1⏎");
    assert!(matches!(e.note, Some(Note::Refused(EditError::VotesAgainstOutcome(..)))));
    press(&mut e, &ctx, "⎋v9 2 1⏎");
    let (_, d) = e.meeting.decisions().next().unwrap();
    assert_eq!(d.votes.map(|v| (v.yes, v.no)), Some((9, 2)));
    // The outcome then skips rejected: 9 for, 2 against is never rejected.
    press(&mut e, &ctx, "u");
    let (_, d) = e.meeting.decisions().next().unwrap();
    assert_eq!(d.outcome, Outcome::Postponed);
}

#[test]
fn approving_minutes_never_sent_says_so_and_the_editor_shows_what_was_approved() {
    use ratatui::{Terminal, backend::TestBackend};
    use stuurgroep::tui::{app::App, session::Session, theme::Theme};
    let ctx = ctx();
    let draw = |e: Editor| {
        let mut session = Session::new(App::default(), None);
        session.open_editor(e);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let theme = Theme::new(true);
        terminal
            .draw(|f| {
                stuurgroep::tui::draw::draw_session(f, &session, &ctx, None, &theme);
            })
            .unwrap();
        let text = screen::buffer_text(terminal.backend().buffer());
        (text, session.take_editor().unwrap())
    };
    let mut e = editor(&ctx);
    // The previous minutes (2022-10-11) are still a draft: the question says so.
    press(&mut e, &ctx, "g");
    assert!(matches!(e.popup, Some(Popup::ConfirmApproval(_, true))));
    let (shown, mut e) = draw(e);
    assert!(shown.contains("nooit verstuurd, nog een ontwerp"), "{shown}");
    // Another key is no answer: a hint, and the question stays.
    press(&mut e, &ctx, "?");
    assert_eq!(e.note, Some(Note::YesOrNo));
    assert!(e.popup.is_some() && e.meeting.approves.is_empty());
    press(&mut e, &ctx, "j");
    assert_eq!(e.note, Some(Note::Approved("2022-10-11-stuurgroep".into())));
    let (shown, _) = draw(e);
    assert!(shown.contains("keurt goed: 2022-10-11-stuurgroep"), "{shown}");
}

#[test]
fn an_owner_who_is_no_member_is_never_turned_into_another_member() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    // "griet" is no member: someone from outside by that name, not "Isabelle Michiels".
    press(&mut e, &ctx, "aOfferte opvragen⏎griet⏎⏎");
    let (_, a) = e.meeting.action_items().next().expect("added");
    assert_eq!(a.owner, Owner::Outside("griet".into()));
    // Once she is a guest of the meeting, her name picks her as the guest.
    press(&mut e, &ctx, "pnGriet Peeters⏎⎋aAffiches⏎griet⏎⏎");
    let (_, a) = e.meeting.action_items().nth(1).expect("added");
    assert_eq!(a.owner, Owner::Guest("Griet Peeters".into()));
    // Ctrl-U clears the name typed; a member's name is taken.
    press(&mut e, &ctx, "aZaal⏎griet");
    e.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), &ctx);
    let Some(Popup::Pick { picker, .. }) = &e.popup else { panic!("the owner is asked") };
    assert!(picker.query.is_empty() && picker.shown.len() == picker.options.len());
    press(&mut e, &ctx, "tom⏎⏎");
    let (_, a) = e.meeting.action_items().nth(2).unwrap();
    assert_eq!(a.owner, Owner::Member("tom-claes".into()));
}

#[test]
fn sent_is_asked_and_taken_back_and_an_unlinked_decision_is_shown() {
    use stuurgroep::domain::meeting::MinutesStatus;
    let ctx = ctx();
    let mut e = editor(&ctx);
    // Two decisions under the second item, the second without an objective; back to item 1.
    press(&mut e, &ctx, "jbEen.⏎sd2 od1⏎bTwee.⏎⎋k");
    assert_eq!(e.item, 0);
    // s is refused, and goes to the decision without an objective.
    press(&mut e, &ctx, "s");
    assert!(matches!(e.note, Some(Note::Refused(_))));
    assert_eq!((e.item, e.element), (1, 1), "at B2 of item 2");
    press(&mut e, &ctx, "d");
    press(&mut e, &ctx, "sd2 od1⏎⇥");
    // s asks; n leaves it; j marks it sent.
    press(&mut e, &ctx, "sn");
    assert_eq!(e.meeting.status, MinutesStatus::Draft);
    press(&mut e, &ctx, "sj");
    assert!(matches!(e.meeting.status, MinutesStatus::Sent { .. }));
    // s again takes it back, after asking.
    press(&mut e, &ctx, "s");
    assert!(matches!(e.popup, Some(Popup::ConfirmSent(true))));
    press(&mut e, &ctx, "j");
    assert_eq!(e.meeting.status, MinutesStatus::Draft);
    assert_eq!(e.note, Some(Note::Unsent));
}

#[test]
fn the_follow_up_item_lists_the_open_actions_to_fill_in_not_as_text() {
    use stuurgroep::domain::meeting::FollowUpStatus;
    use stuurgroep::tui::editor::Element;
    let ctx = ctx();
    let mut e = editor(&ctx);
    assert!(e.meeting.agenda.iter().all(|i| i.minutes.is_empty()), "no actions as minutes text");
    // Item 3 is the follow-up item: its list holds the body's open action items.
    press(&mut e, &ctx, "jj⇥");
    let open: Vec<Element> =
        e.elements().into_iter().filter(|x| matches!(x, Element::Open(_))).collect();
    assert!(!open.is_empty(), "{:?}", e.elements());
    // Another item lists none.
    press(&mut e, &ctx, "⇥k⇥");
    assert!(!e.elements().iter().any(|x| matches!(x, Element::Open(_))));
    // Enter on the first: where it stands, then a note; it is followed up and leaves the list.
    press(&mut e, &ctx, "⇥j⇥⏎⏎Rapport bezorgd.⏎");
    let (_, f) = e.meeting.follow_ups().next().unwrap();
    assert_eq!((f.status, f.note.as_str()), (FollowUpStatus::Done, "Rapport bezorgd."));
    let Element::Open(first) = &open[0] else { unreachable!() };
    assert_eq!(&f.action, first);
    assert!(!e.elements().contains(&Element::Open(first.clone())));
    assert_eq!(
        e.elements().iter().filter(|x| matches!(x, Element::Open(_))).count(),
        open.len() - 1
    );
}
