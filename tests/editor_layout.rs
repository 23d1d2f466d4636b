//! The editor's header never cuts a time or a date (the place goes first), and a decision's
//! line says what it amends or supersedes (80×24, TestBackend + insta).

mod screen;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use std::path::{Path, PathBuf};
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::store::save::SaveError;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::{app::App, session::Session, theme::Theme};

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

fn editor(ctx: &Ctx, place: &str) -> Editor {
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: chrono::NaiveTime::from_hms_opt(19, 30, 0),
        location: Some(place.into()),
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let template = stuurgroep::domain::strings::template(ctx.lang);
    let mut meeting = edit::new_meeting(&new, members, &[], &template);
    meeting.end = chrono::NaiveTime::from_hms_opt(21, 50, 0);
    Editor::new(meeting, PathBuf::from("meetings/2027/2027-01-20-stuurgroep.ron"), None)
}

fn draw(ctx: &Ctx, e: Editor, width: u16) -> String {
    draw_saving(ctx, e, width, SaveState::Pending)
}

fn draw_saving(ctx: &Ctx, e: Editor, width: u16, save: SaveState) -> String {
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let mut terminal = Terminal::new(TestBackend::new(width, 24)).unwrap();
    let theme = Theme::new(true);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw_session(f, &session, ctx, Some(&save), &theme);
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

#[test]
fn the_header_drops_the_place_before_it_cuts_a_time() {
    let ctx = ctx();
    let long = "Halle, cultuurcentrum 't Vondel, grote zaal op de eerste verdieping";
    let shown = draw(&ctx, editor(&ctx, long), 80);
    let header = shown.lines().next().unwrap_or_default().to_owned();
    assert!(header.contains("2027-01-20 19:30-21:50"), "{header}");
    insta::assert_snapshot!("editor_header_long_place_80", header);
    // A long save error leaves little room: the body's name is cut, not the times.
    let failed = SaveState::Failed {
        error: SaveError::Io(
            "meetings/2027".into(),
            std::io::Error::other("Permission denied (os error 13)"),
        )
        .into(),
        attempts: 1,
        next_retry: None,
    };
    let cramped = draw_saving(&ctx, editor(&ctx, long), 80, failed);
    let header = cramped.lines().next().unwrap_or_default().to_owned();
    assert!(header.contains("… · 2027-01-20 19:30-21:50"), "{header}");
    insta::assert_snapshot!("editor_header_save_failed_80", header);
    // Where there is room, the place is there.
    let wide = draw(&ctx, editor(&ctx, "Halle"), 120);
    assert!(wide.lines().next().unwrap_or_default().contains("19:30-21:50 · Halle"), "{wide}");
}

#[test]
fn a_decision_line_says_what_it_amends() {
    let ctx = ctx();
    let mut e = editor(&ctx, "Halle");
    for c in "bHet reglement wordt aangepast.⏎sd2 od1⏎⇥w".chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '⇥' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    }
    // The first earlier decision offered (the newest) is taken.
    e.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &ctx);
    let (_, d) = e.meeting.decisions().next().unwrap();
    let amends = d.amends.clone().expect("amends set").to_string();
    let shown = draw(&ctx, e, 160);
    assert!(shown.contains(&format!("wijzigt {amends}")), "{shown}");
}

#[test]
fn the_objective_picker_says_when_an_earlier_code_matched() {
    let ctx = ctx();
    let mut e = editor(&ctx, "Halle");
    // SD1 OD2 was SD1 OD3 until 2022 (the example's plan rework).
    for c in "bHet besluit.⏎sd1 od3".chars() {
        let code = if c == '⏎' { KeyCode::Enter } else { KeyCode::Char(c) };
        e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    }
    let shown = draw(&ctx, e, 80);
    assert!(shown.contains("(toen SD1 OD3)"), "{shown}");
    insta::assert_snapshot!("editor_picker_why_80", shown);
}

/// The rows of the minutes pane at 80 columns (between its borders).
fn minutes_rows(shown: &str) -> Vec<String> {
    shown.lines().skip(2).take(10).filter_map(|l| l.split('│').nth(3).map(str::to_owned)).collect()
}

#[test]
fn wrapped_lines_of_the_minutes_never_start_with_a_space() {
    let ctx = ctx();
    // The first row is 52 characters, as wide as the pane: the space after it is where the
    // line wraps (the textarea used to put it at the start of the next row).
    let text = "De stuurgroep bespreekt het voorstel van Halle over: de UiTPAS en de \
                regionale werking van de bibliotheken in de negen gemeenten.";
    let e = with_minutes(&ctx, 0, text);
    let shown = draw(&ctx, e, 80);
    let rows = minutes_rows(&shown);
    assert!(rows[0].starts_with("De stuurgroep"), "{shown}");
    assert!(rows[1].starts_with("de UiTPAS"), "{shown}");
    assert!(rows.iter().all(|r| r.trim().is_empty() || !r.starts_with(' ')), "{shown}");
    insta::assert_snapshot!("editor_wrapped_minutes_80", shown);
}

#[test]
fn a_long_item_opens_at_its_top_and_again_where_it_was_left() {
    let ctx = ctx();
    let lines: Vec<String> = (1..=60).map(|n| format!("Regel {n}")).collect();
    let mut e = with_minutes(&ctx, 1, &lines.join("\n"));
    let key =
        |e: &mut Editor, code: KeyCode| e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    key(&mut e, KeyCode::Char('j'));
    let top = draw_keeping(&ctx, &mut e);
    assert_eq!(minutes_rows(&top)[0].trim_end(), "Regel 1", "{top}");
    // Writing goes on after the text: the view follows the cursor to the end.
    key(&mut e, KeyCode::Enter);
    let end = draw_keeping(&ctx, &mut e);
    assert!(end.contains("Regel 60") && !end.contains("Regel 1 "), "{end}");
    // Another item and back: where it was left.
    key(&mut e, KeyCode::Esc);
    key(&mut e, KeyCode::Char('j'));
    key(&mut e, KeyCode::Char('k'));
    let again = draw_keeping(&ctx, &mut e);
    assert!(again.contains("Regel 60"), "{again}");
}

/// Draws the editor and hands it back, so that what the drawing recorded (the view) stays.
fn draw_keeping(ctx: &Ctx, e: &mut Editor) -> String {
    let taken = std::mem::replace(e, editor(ctx, "x"));
    let mut session = Session::new(App::default(), None);
    session.open_editor(taken);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let theme = Theme::new(true);
    let save = SaveState::Pending;
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw_session(f, &session, ctx, Some(&save), &theme);
        })
        .unwrap();
    if let Some(back) = session.take_editor() {
        *e = back;
    }
    screen::buffer_text(terminal.backend().buffer())
}

/// An editor whose item `item` holds `text` as its minutes.
fn with_minutes(ctx: &Ctx, item: usize, text: &str) -> Editor {
    let mut meeting = editor(ctx, "Liedekerke").meeting;
    meeting.agenda[item].minutes = text.into();
    Editor::new(meeting, PathBuf::from("meetings/2027/2027-01-20-stuurgroep.ron"), None)
}
