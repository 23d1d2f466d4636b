//! Issue 12, Deliver 7, the editor's lines: the bottom key line fits, and a decision's line
//! says what it supersedes. At every width from 80 to 200 columns and in every focus the key
//! line shows whole keys only ("key description ·"), never one cut off, and always ends with
//! the hint to the rest ("? toetsen"); a wider screen shows at least as many keys. (It was cut
//! at 100 columns.)

mod common;
mod screen;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::{app::App, session::Session, theme::Theme};

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

/// An editor on a new meeting, with `keys` pressed (to move the focus).
fn editor(ctx: &Ctx, keys: &[KeyCode]) -> Editor {
    let mut e = common::editor::editor(ctx);
    for code in keys {
        e.handle_key(KeyEvent::new(*code, KeyModifiers::NONE), ctx);
    }
    e
}

/// The screen at `width` columns.
fn shown(ctx: &Ctx, e: Editor, width: u16) -> String {
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let mut terminal = Terminal::new(TestBackend::new(width, 24)).unwrap();
    let (theme, save) = (Theme::new(true), SaveState::Pending);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw_session(f, &session, ctx, Some(&save), &theme);
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

/// The bottom line of the screen at `width` columns.
fn key_line(ctx: &Ctx, e: Editor, width: u16) -> String {
    let shown = shown(ctx, e, width);
    shown.lines().last().unwrap_or_default().trim_end().to_owned()
}

#[test]
fn the_key_line_shows_whole_keys_and_the_hint_at_every_width() {
    let ctx = ctx();
    let focuses: [(&str, &[KeyCode]); 4] = [
        ("agenda", &[]),
        ("minutes", &[KeyCode::Enter]),
        ("elements", &[KeyCode::Tab]),
        ("attendance", &[KeyCode::Char('p')]),
    ];
    for (focus, keys) in focuses {
        let mut shown_before = 0;
        for width in 80..=200u16 {
            let line = key_line(&ctx, editor(&ctx, keys), width);
            let at = format!("{focus} at {width} columns: {line:?}");
            assert!(line.chars().count() <= width as usize, "{at}");
            let keys = line.strip_suffix("? toetsen").unwrap_or_else(|| panic!("no hint: {at}"));
            // Whole keys only: each ends with its separator.
            assert!(keys.trim_end().is_empty() || keys.trim_end().ends_with('·'), "{at}");
            let shown = keys.matches('·').count();
            assert!(shown >= shown_before, "fewer keys than at a narrower width: {at}");
            shown_before = shown;
        }
        assert!(shown_before >= 3, "{focus}: at 200 columns at least three keys");
    }
}

#[test]
fn a_decision_line_says_what_it_supersedes() {
    let ctx = ctx();
    let mut keys: Vec<KeyCode> =
        "bHet reglement wordt vervangen.".chars().map(KeyCode::Char).collect();
    keys.push(KeyCode::Enter);
    keys.extend("sd2 od1".chars().map(KeyCode::Char));
    keys.extend([KeyCode::Enter, KeyCode::Tab, KeyCode::Char('x'), KeyCode::Enter]);
    // The first earlier decision offered (the newest) is taken.
    let e = editor(&ctx, &keys);
    let (_, d) = e.meeting.decisions().next().expect("the decision");
    let superseded = d.supersedes.clone().expect("supersedes set").to_string();
    let shown = shown(&ctx, e, 160);
    assert!(shown.contains(&format!("vervangt {superseded}")), "{shown}");
}
