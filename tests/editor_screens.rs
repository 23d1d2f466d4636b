//! The minutes editor's screens at 80×24 (TestBackend + insta), in Dutch and English, and what
//! its keys do to the meeting.

mod common;
mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use stuurgroep::domain::edit::EditError;
use stuurgroep::domain::meeting::MinutesStatus;
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::store::save::SaveError;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::editor::{Editor, Note};
use stuurgroep::tui::effect::Effect;
use stuurgroep::tui::session::Session;
use stuurgroep::tui::strings::editor::action;
use stuurgroep::tui::theme::Theme;

fn ctx(lang: Lang) -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::new(folder, lang))
}

/// An editor on a new stuurgroep meeting of 2027-01-20, as the app makes it.
fn editor(ctx: &Ctx) -> Editor {
    common::editor::editor_in(ctx, "Liedekerke, gemeentehuis")
}

fn key(c: char) -> KeyEvent {
    let code = match c {
        '⏎' => KeyCode::Enter,
        '⎋' => KeyCode::Esc,
        '⇥' => KeyCode::Tab,
        '⌫' => KeyCode::Backspace,
        c => KeyCode::Char(c),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(editor: &mut Editor, ctx: &Ctx, keys: &str) {
    for c in keys.chars() {
        editor.handle_key(key(c), ctx);
    }
}

fn text(session: &Session, ctx: &Ctx, save: Option<&SaveState>) -> String {
    text_at(session, ctx, save, (80, 24))
}

fn text_at(session: &Session, ctx: &Ctx, save: Option<&SaveState>, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, session, ctx, save, &Theme::new(true));
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

/// The editor screen after `keys`.
fn screen(lang: Lang, keys: &str) -> String {
    let ctx = ctx(lang);
    let mut e = editor(&ctx);
    press(&mut e, &ctx, keys);
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    text(&session, &ctx, Some(&SaveState::Pending))
}

macro_rules! snapshots {
    ($($name:ident: $keys:expr;)*) => {$(
        #[test]
        fn $name() {
            for (lang, tag) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
                insta::assert_snapshot!(format!("{}_{tag}", stringify!($name)), screen(lang, $keys));
            }
        }
    )*};
}

snapshots! {
    editor_agenda: "";
    editor_typing_minutes: "⏎Welkom aan iedereen.";
    editor_attendance: "pxv";
    editor_attendance_guest: "pnEva Peeters⏎";
    editor_decision_text: "bDe stuurgroep keurt het actieplan goed.";
    editor_objective_picker: "bHet actieplan.⏎sd2";
    editor_unlinked_decision: "bHet actieplan.⏎⎋⇥";
    editor_action_owner: "aDraaiboek opmaken⏎tom";
    editor_action_due: "aDraaiboek opmaken⏎tom⏎15/1";
    editor_help: "?";
    editor_refused_send: "bHet actieplan.⏎⎋s";
    editor_approve_question: "g";
}

#[test]
fn prompts_while_browsing() {
    let ctx = ctx(Lang::Nl);
    let mut session = Session::new(App::default(), None);
    for c in "3n".chars() {
        session.handle_key(key(c), &ctx);
    }
    insta::assert_snapshot!("prompt_who_am_i", text(&session, &ctx, None));
    for c in "lotte⏎⏎".chars() {
        session.handle_key(key(c), &ctx);
    }
    let shown = text(&session, &ctx, None);
    assert!(shown.contains("Datum"), "{shown}");
    // Someone who is no secretary is told so, and nothing opens.
    let mut reader = Session::new(App::default(), Some("tom-claes".into()));
    let mut asked = Vec::new();
    for c in "3e".chars() {
        asked.extend(reader.handle_key(key(c), &ctx));
    }
    assert!(asked.is_empty());
    insta::assert_snapshot!("notice_not_secretary", text(&reader, &ctx, None));
    // A wrong pick is not for ever: w asks again, remembers, and the secretary may write.
    for c in "wlotte⏎".chars() {
        asked.extend(reader.handle_key(key(c), &ctx));
    }
    assert!(text(&reader, &ctx, None).contains("Je bent Lotte Verhaegen."));
    assert!(matches!(&asked[..], [Effect::RememberMe(id)] if id.as_str() == "lotte-verhaegen"));
    let asked = reader.handle_key(key('e'), &ctx);
    assert!(matches!(&asked[..], [Effect::Open(_)]), "{asked:?}");
}

#[test]
fn the_header_says_saved_failed_or_changed_on_disk() {
    let ctx = ctx(Lang::Nl);
    let mut session = Session::new(App::default(), None);
    session.open_editor(editor(&ctx));
    let refused = std::io::Error::other("Read-only file system (os error 30)");
    let failed = SaveState::Failed {
        error: SaveError::Io("meetings/2027".into(), refused).into(),
        attempts: 2,
        next_retry: None,
    };
    let shown = text(&session, &ctx, Some(&failed));
    // The OS's message, in a Dutch sentence.
    assert!(
        shown
            .lines()
            .next()
            .unwrap()
            .contains("NIET BEWAARD: meetings/2027: niet geschreven: Read-only"),
        "{shown}"
    );
    // What to do about it is said where the keys are.
    assert!(
        shown.lines().last().unwrap().contains("Alles staat nog in het geheugen. Esc, dan e"),
        "{shown}"
    );
    let conflict = SaveState::Conflict { error: SaveError::ChangedOnDisk("x.ron".into()).into() };
    assert!(text(&session, &ctx, Some(&conflict)).contains("GEWIJZIGD OP SCHIJF"));
    if let Some(editor) = session.editor_mut() {
        editor.changed_on_disk = true;
    }
    let shown = text(&session, &ctx, Some(&SaveState::Pending));
    assert!(shown.contains("Hun versie blijft; bij het sluiten komt de jouwe ernaast"), "{shown}");
    let read_only = Editor::new(
        editor(&ctx).meeting,
        PathBuf::from("x.ron"),
        Some(stuurgroep::store::editing::ReadOnly::Frozen),
    );
    session.open_editor(read_only);
    insta::assert_snapshot!("editor_read_only", text(&session, &ctx, None));
}

#[test]
fn keys_change_the_meeting() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    // A decision is linked through the picker; Enter on an unlinked one edits its text.
    press(&mut e, &ctx, "bHet actieplan.⏎sd2 od1⏎");
    let (_, d) = e.meeting.decisions().next().unwrap();
    assert_eq!(d.objectives, ["od-regiobib".into()]);
    // Outcome and votes; votes that contradict the outcome are refused, the question stays.
    press(&mut e, &ctx, "⇥uv12 0 1⏎");
    assert!(matches!(e.note, Some(Note::Refused(EditError::VotesAgainstOutcome(..)))));
    assert!(e.popup.is_some());
    // (15 votes: everyone present but the secretary, who has no vote.)
    press(&mut e, &ctx, "⎋v3 11 1⏎");
    let (_, d) = e.meeting.decisions().next().unwrap();
    assert_eq!(
        format!("{:?} {:?}", d.outcome, d.votes.map(|v| (v.yes, v.no, v.abstain))),
        "Rejected Some((3, 11, 1))"
    );
    // A bad due date is asked again, with why.
    press(&mut e, &ctx, "⎋aOfferte⏎tom⏎morgenvroeg⏎");
    assert!(matches!(e.note, Some(Note::BadDate(_))));
    assert!(e.popup.is_some());
    press(&mut e, &ctx, "⎋");
    let (_, a) = e.meeting.action_items().next().unwrap();
    assert_eq!(
        (&a.owner, a.due),
        (&stuurgroep::domain::meeting::Owner::Member("tom-claes".into()), None)
    );
    // Agenda: a new item after the selected one, moved, renamed, removed.
    press(&mut e, &ctx, "jjnExtra punt⏎");
    assert_eq!(e.meeting.agenda[3].title, "Extra punt");
    press(&mut e, &ctx, "K");
    assert_eq!(e.meeting.agenda[2].title, "Extra punt");
    assert!(e.meeting.agenda.iter().enumerate().all(|(i, it)| it.number == i as u32 + 1));
    e.handle_key(KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE), &ctx);
    assert!(e.meeting.agenda.iter().all(|i| i.title != "Extra punt"));
    // Undo in the minutes takes back a word, and a time stamp.
    press(&mut e, &ctx, "⏎abc def");
    e.handle_key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL), &ctx);
    e.handle_key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL), &ctx);
    let minutes = &e.meeting.agenda[e.item].minutes;
    assert!(minutes.starts_with("abc [") && minutes.ends_with("] "), "{minutes:?}");
    // Sent only once every decision is linked: it is.
    press(&mut e, &ctx, "⎋sj");
    assert!(matches!(e.meeting.status, MinutesStatus::Sent { .. }));
}

#[test]
fn times_place_and_guests_are_set_and_taken_back() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
    // The start is offered with the end as now; typed over, both are recorded.
    press(&mut e, &ctx, "t");
    assert!(e.popup.is_some());
    press(&mut e, &ctx, &"⌫".repeat(20));
    press(&mut e, &ctx, "19u30-21:50⏎");
    assert_eq!((e.meeting.start, e.meeting.end), (t(19, 30), t(21, 50)));
    // A time that is none is asked again, with why; the end before the start is refused.
    press(&mut e, &ctx, "t");
    press(&mut e, &ctx, &"⌫".repeat(20));
    press(&mut e, &ctx, "laat⏎");
    assert!(matches!(e.note, Some(stuurgroep::tui::editor::Note::BadTime(_))));
    press(&mut e, &ctx, &"⌫".repeat(20));
    press(&mut e, &ctx, "21:00-20:00⏎");
    assert_eq!((e.meeting.start, e.meeting.end), (t(19, 30), t(21, 50)));
    assert!(matches!(e.note, Some(stuurgroep::tui::editor::Note::Refused(_))));
    // The place is offered as it stands.
    press(&mut e, &ctx, "l");
    press(&mut e, &ctx, &"⌫".repeat(12));
    press(&mut e, &ctx, "Halle⏎");
    assert_eq!(e.meeting.location.as_deref(), Some("Liedekerke, Halle"));
    // Two guests; the first is selected after the members and removed.
    press(&mut e, &ctx, "pnEva Peeters⏎nJan Smets⏎");
    let members = e.meeting.attendance.len();
    press(&mut e, &ctx, &"j".repeat(members));
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let shown = text(&session, &ctx, None);
    assert!(shown.contains("›gast             Eva Peeters"), "{shown}");
    let mut e = session.take_editor().unwrap();
    e.handle_key(KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE), &ctx);
    let guests: Vec<&str> = e.meeting.guests.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(guests, ["Jan Smets"]);
    // Del on a member's line removes no one.
    press(&mut e, &ctx, "k");
    e.handle_key(KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE), &ctx);
    assert_eq!((e.meeting.attendance.len(), e.meeting.guests.len()), (members, 1));
}

#[test]
fn removing_an_item_never_loses_or_moves_minutes() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    let del = KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE);
    // Minutes in item 4 (varia) and 5 (slot).
    press(&mut e, &ctx, "jjj⏎Varia-tekst.⎋j⏎Slot-tekst.⎋k");
    assert_eq!(e.item, 3);
    // An item with minutes is not removed: its words would go.
    e.handle_key(del, &ctx);
    assert_eq!(e.meeting.agenda.len(), 5);
    assert_eq!(e.meeting.agenda[3].minutes, "Varia-tekst.");
    // An empty one is; the next item keeps its own minutes.
    press(&mut e, &ctx, "nLeeg punt⏎");
    assert_eq!(e.meeting.agenda[4].title, "Leeg punt");
    e.handle_key(del, &ctx);
    let minutes: Vec<&str> = e.meeting.agenda.iter().map(|i| i.minutes.as_str()).collect();
    assert_eq!(&minutes[3..], ["Varia-tekst.", "Slot-tekst."]);
    // Typing on goes into the item now selected, after its text.
    press(&mut e, &ctx, "⏎ En meer.⎋");
    let item = &e.meeting.agenda[e.item];
    assert_eq!((item.title.as_str(), item.minutes.as_str()), ("Slot", "Slot-tekst. En meer."));
}

#[test]
fn each_item_keeps_its_cursor_and_undo_history() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    let undo = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    press(&mut e, &ctx, "⏎Een twee.⎋j⏎Twee.⎋k⏎");
    // Back in item 1, undo takes back the last word typed there before going to item 2...
    e.handle_key(undo, &ctx);
    assert_eq!(e.meeting.agenda[0].minutes, "Een ");
    // ...and the cursor is where it was, after the text.
    press(&mut e, &ctx, "drie.⎋");
    assert_eq!(e.meeting.agenda[0].minutes, "Een drie.");
    assert_eq!(e.meeting.agenda[1].minutes, "Twee.");
}

#[test]
fn the_status_line_names_the_user_and_when_the_folder_was_updated() {
    let ctx = ctx(Lang::Nl);
    // A member none of whose action items is overdue (see the next test for one who has).
    let mut session = Session::new(App::default(), Some("jolien-maes".into()));
    session.sync.updated = chrono::NaiveTime::from_hms_opt(10, 3, 0);
    let status = |session: &Session, size| {
        text_at(session, &ctx, None, size).lines().last().unwrap_or_default().to_owned()
    };
    let wide = status(&session, (120, 40));
    assert!(
        wide.contains(
            "0 waarschuwingen · Jolien Maes · bijgewerkt 10:03 · 19 vergaderingen · 87 besluiten · ? hulp"
        ),
        "{wide}"
    );
    // At 80 columns the counts make room; the user and the help stay.
    let narrow = status(&session, (80, 24));
    assert!(narrow.contains("Jolien Maes · bijgewerkt 10:03 · ? hulp"), "{narrow}");
    session.sync.unwatched = true;
    assert!(status(&session, (120, 40)).contains("⚠ map niet gevolgd"));
}

#[test]
fn the_status_line_says_how_many_of_your_action_items_are_overdue_before_the_rest() {
    let ctx = ctx(Lang::Nl);
    let me = "lotte-verhaegen".into();
    let today = chrono::Local::now().date_naive();
    let mine = ctx.index.actions.iter();
    let n = mine.filter(|a| a.owner.member() == Some(&me) && a.is_overdue(today)).count();
    assert!(n > 1, "the example's secretary has overdue action items");
    let session = Session::new(App::default(), Some(me));
    let status =
        |size| text_at(&session, &ctx, None, size).lines().last().unwrap_or_default().to_owned();
    let wide = status((120, 40));
    let long = format!(
        "0 waarschuwingen · ⚠ {n} van jouw actiepunten zijn over tijd (M) · Lotte Verhaegen"
    );
    assert!(wide.contains(&long), "{wide}");
    let narrow = status((80, 24));
    assert!(narrow.contains(&format!("· ⚠ {n} van jou te laat (M) · ? hulp")), "{narrow}");
}

#[test]
fn the_editor_in_a_terminal_too_small_says_so_and_keeps_its_text() {
    let ctx = ctx(Lang::Nl);
    let mut session = Session::new(App::default(), None);
    session.open_editor(editor(&ctx));
    for size in [(79, 24), (80, 23), (20, 5), (1, 1)] {
        let shown = text_at(&session, &ctx, Some(&SaveState::Pending), size);
        assert!(shown.contains("klein") || size.0 < 10, "{size:?}:\n{shown}");
    }
    if let Some(e) = session.editor_mut() {
        press(e, &ctx, "⏎Ongezien getypt.");
    }
    let shown = text_at(&session, &ctx, Some(&SaveState::Pending), (80, 24));
    assert!(shown.contains("Ongezien getypt."), "{shown}");
}

#[test]
fn the_editor_help_lists_every_key_scrolls_with_arrows_and_closes_with_any_other() {
    let ctx = ctx(Lang::En);
    // The first page, and the rest scrolled down.
    let shown = screen(Lang::En, "?") + &screen(Lang::En, "?jjjjjjjjjjjjjjjjjjjj");
    for b in stuurgroep::tui::editor::keys::AGENDA {
        let does = action(Lang::En, b.action);
        assert!(shown.contains(does), "{does:?}:\n{shown}");
    }
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "?jjk");
    assert!(e.help, "arrows and j k scroll the help");
    press(&mut e, &ctx, "b");
    assert!(!e.help && e.popup.is_none(), "another key closes the help and does nothing else");
}

#[test]
fn read_only_and_frozen_meetings_refuse_every_edit() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    e.read_only = Some(stuurgroep::store::editing::ReadOnly::Chosen);
    let before = e.meeting.clone();
    press(&mut e, &ctx, "⏎abcbDecision⏎pxna");
    assert_eq!(e.meeting, before);
    let mut frozen = editor(&ctx);
    frozen.meeting.status = MinutesStatus::Approved { by: "2027-02-01-stuurgroep".into() };
    let before = frozen.meeting.clone();
    press(&mut frozen, &ctx, "bDecision⏎");
    assert_eq!(frozen.meeting.agenda, before.agenda);
}

#[test]
fn escape_sequences_in_minutes_never_reach_the_terminal() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    e.meeting.agenda[0].minutes = "Goed\u{1b}[2J\u{1b}]0;pwned\u{7}zo\u{9b}31m".into();
    let e = Editor::new(e.meeting, e.rel, None);
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, &session, &ctx, None, &Theme::new(true));
        })
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    for cell in buffer.content() {
        assert!(!cell.symbol().chars().any(char::is_control), "{:?}", cell.symbol());
    }
    let shown = text(&session, &ctx, None);
    assert!(shown.contains("Goed"), "{shown}");
}

#[test]
fn a_key_that_does_nothing_says_so() {
    let ctx = ctx(Lang::Nl);
    let mut browsing = Session::new(App::default(), None);
    browsing.handle_key(key('Z'), &ctx);
    assert!(text(&browsing, &ctx, None).contains("Z: geen toets hier; ? toont ze allemaal."));
    let mut e = editor(&ctx);
    press(&mut e, &ctx, "Z");
    assert_eq!(e.note, Some(stuurgroep::tui::editor::Note::UnknownKey('Z')));
    // Typing in the minutes is never a wrong key.
    press(&mut e, &ctx, "⏎Z");
    assert_eq!(e.note, None);
}

#[test]
fn the_editors_help_scrolls_as_the_browsers_does() {
    let ctx = ctx(Lang::Nl);
    let mut e = editor(&ctx);
    let press = |e: &mut Editor, code| e.handle_key(KeyEvent::from(code), &ctx);
    press(&mut e, KeyCode::Char('?'));
    assert!(e.help);
    press(&mut e, KeyCode::PageDown);
    assert_eq!(e.help_scroll, 10, "a page, as in the browser");
    press(&mut e, KeyCode::End);
    assert!(e.help_scroll > 10);
    press(&mut e, KeyCode::Home);
    assert_eq!(e.help_scroll, 0);
    press(&mut e, KeyCode::Esc);
    assert!(!e.help);
}
