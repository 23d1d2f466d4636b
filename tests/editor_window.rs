//! An item far larger than the textarea's window (see `tui::editor::pane`): what the
//! secretary does in it works past the window's edges as in a short one. Undo reaches back to
//! the opening, a deletion across the whole text comes back whole, find goes to a hit far
//! from the cursor (in another item too) and typing lands there, and ↑ walks the wrapped rows
//! (none starting with a space) with the cursor shown where the next key types.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use ratatui::{Terminal, backend::TestBackend};
use std::path::{Path, PathBuf};
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::{Editor, Note, view};
use stuurgroep::tui::{app::App, session::Session, theme::Theme};

/// 3,000 lines of about 120 characters (360 KB): many windows long, each line two or three
/// rows at 80 columns.
fn long_text() -> String {
    let words = "de stuurgroep bespreekt het voorstel van Halle over de UiTPAS en de bibliotheek";
    (1..=3000).map(|n| format!("Regel {n}: {words} {words}")).collect::<Vec<_>>().join("\n")
}

/// The app's editor on a new meeting whose item `item` holds `text`, in an 80×24 terminal.
struct Typing {
    ctx: Ctx,
    session: Session,
    terminal: Terminal<TestBackend>,
}

impl Typing {
    fn new(item: usize, text: &str) -> Typing {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let ctx = Ctx::new(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
        let new = NewMeeting {
            body: "stuurgroep".into(),
            date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
            start: None,
            location: None,
        };
        let members = &ctx.folder.members.as_ref().unwrap().value;
        let template = stuurgroep::domain::strings::template(Lang::Nl);
        let mut meeting = edit::new_meeting(&new, members, &[], &template);
        meeting.agenda[item].minutes = text.to_owned();
        let editor = Editor::new(meeting, PathBuf::from("m.ron"), None);
        let mut session = Session::new(App::default(), None);
        session.open_editor(editor);
        let terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let mut typing = Typing { ctx, session, terminal };
        typing.draw();
        typing
    }

    fn editor(&mut self) -> &mut Editor {
        self.session.editor_mut().expect("the editor is open")
    }

    fn key_with(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let ctx = &self.ctx;
        if let Some(e) = self.session.editor_mut() {
            e.handle_key(KeyEvent::new(code, modifiers), ctx);
        }
    }

    fn key(&mut self, code: KeyCode) {
        self.key_with(code, KeyModifiers::NONE);
    }

    fn ctrl(&mut self, c: char) {
        self.key_with(KeyCode::Char(c), KeyModifiers::CONTROL);
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// The minutes of item `item` as the meeting holds them once the typing is taken in.
    fn minutes(&mut self, item: usize) -> String {
        self.editor().sync_minutes();
        self.editor().meeting.agenda[item].minutes.clone()
    }

    /// Draws the screen; the rows of the minutes pane and where the cursor shows in them.
    fn draw(&mut self) -> (Vec<String>, Option<(usize, usize)>) {
        let (session, ctx, theme) = (&self.session, &self.ctx, Theme::new(true));
        let save = SaveState::Pending;
        let frame = self
            .terminal
            .draw(|f| {
                stuurgroep::tui::draw::draw_session(f, session, ctx, Some(&save), &theme);
            })
            .unwrap();
        let buf = frame.buffer;
        // The minutes pane: right of the agenda, between the borders (see editor_layout).
        let (mut rows, mut cursor) = (Vec::new(), None);
        for y in 2..buf.area.height.saturating_sub(3) {
            let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            let Some(text) = line.split('│').nth(3) else { continue };
            let left = line.find(text).map_or(0, |b| line[..b].chars().count()) as u16;
            for (i, x) in (left..left + text.chars().count() as u16).enumerate() {
                if buf[(x, y)].modifier.contains(Modifier::REVERSED) {
                    cursor = Some((rows.len(), i));
                }
            }
            rows.push(text.to_owned());
        }
        (rows, cursor)
    }
}

/// `got` is `want`; said short when not (the texts are 360 KB).
fn same(got: &str, want: &str, what: &str) {
    let at = got.bytes().zip(want.bytes()).take_while(|(a, b)| a == b).count();
    let around = |s: &str| s.get(at.saturating_sub(20)..(at + 40).min(s.len())).map(str::to_owned);
    assert!(
        got == want,
        "{what}: {} bytes, not {}; from byte {at}: {:?}, not {:?}",
        got.len(),
        want.len(),
        around(got),
        around(want)
    );
}

#[test]
fn undo_reaches_back_to_the_opening_and_a_deletion_of_everything_comes_back_whole() {
    let original = long_text();
    let mut t = Typing::new(1, &original);
    t.key(KeyCode::Char('j'));
    t.key(KeyCode::Enter);
    // At the end, then at the very top (Alt-<): two windows far apart.
    t.type_text(" Slot.");
    t.key_with(KeyCode::Char('<'), KeyModifiers::ALT);
    t.key(KeyCode::Home);
    t.type_text("Begin. ");
    let typed = format!("Begin. {original} Slot.");
    same(&t.minutes(1), &typed, "typed at either end");
    // Everything selected, from the top to the last line (Shift-Alt->) and its end
    // (Shift-End), and deleted with one key.
    t.key(KeyCode::Home);
    t.key_with(KeyCode::Char('>'), KeyModifiers::ALT | KeyModifiers::SHIFT);
    t.key_with(KeyCode::End, KeyModifiers::SHIFT);
    t.key(KeyCode::Backspace);
    assert_eq!(t.minutes(1), "");
    t.ctrl('z');
    same(&t.minutes(1), &typed, "the deletion comes back whole");
    t.ctrl('z');
    t.ctrl('z');
    same(&t.minutes(1), &original, "back to the text as it was opened");
    t.ctrl('z');
    assert_eq!(t.editor().note, Some(Note::NothingToUndo));
    // And forward again, to the deletion.
    for _ in 0..3 {
        t.ctrl('y');
    }
    assert_eq!(t.minutes(1), "");
}

#[test]
fn find_goes_to_a_hit_far_outside_the_window_and_typing_lands_there() {
    let original = long_text();
    let mut t = Typing::new(2, &original);
    // From the first item's (empty) minutes: the hit is in item 3, 1,700 lines from its end
    // where the window opened.
    t.key(KeyCode::Enter);
    t.ctrl('f');
    t.type_text("regel 1300:");
    t.key(KeyCode::Enter);
    t.key(KeyCode::Esc);
    assert_eq!(t.editor().item, 2);
    t.type_text("Hier. ");
    let minutes = t.minutes(2);
    let line = minutes.lines().nth(1299).unwrap_or_default();
    assert!(line.starts_with("Hier. Regel 1300:"), "{line}");
    assert_eq!(minutes.len(), original.len() + "Hier. ".len());
    let (rows, cursor) = t.draw();
    let (row, col) = cursor.expect("the cursor is shown");
    assert!(rows[row].starts_with("Hier. Regel 1300:"), "{rows:#?}");
    assert_eq!(col, "Hier. ".len(), "{rows:#?}");
}

#[test]
fn up_walks_the_wrapped_rows_past_the_window_with_the_cursor_where_keys_type() {
    let original = long_text();
    let lines: Vec<String> = original.split('\n').map(str::to_owned).collect();
    let mut t = Typing::new(0, &original);
    t.key(KeyCode::Enter);
    t.draw();
    let width = t.editor().view.width.get();
    assert!(width > 0 && width < 80, "the pane was drawn: {width}");
    // Up 600 rows from the end (about 250 lines: past the window's top more than once),
    // drawn as the app does between keys; where it should land, worked out on the plain
    // lines.
    let mut expected = (lines.len() - 1, lines[lines.len() - 1].chars().count());
    for n in 0..600 {
        t.key(KeyCode::Up);
        expected = view::row_step(&lines[..], expected, -1, width).expect("a row up");
        if n % 50 == 0 {
            t.draw();
        }
    }
    let (rows, cursor) = t.draw();
    let spaced = rows.iter().any(|r| !r.trim().is_empty() && r.starts_with(' '));
    assert!(!spaced, "no row starts with a space: {rows:#?}");
    let (row, col) = cursor.expect("the cursor is shown");
    t.type_text("§");
    let minutes = t.minutes(0);
    let line = minutes.lines().nth(expected.0).unwrap_or_default();
    let at: String = line.chars().skip(expected.1).take(1).collect();
    assert_eq!(at, "§", "typed where the cursor went: {line}");
    // And the cursor was shown there: the row on screen holds the text before it.
    let before: String = line.chars().take(expected.1).collect();
    let shown = rows[row].chars().take(col).collect::<String>();
    assert!(before.ends_with(&shown), "{shown:?} shown before the cursor; line: {line}");
    assert_eq!(minutes.len(), original.len() + "§".len());
}
