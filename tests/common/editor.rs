//! The minutes editor without a terminal: a new meeting on the bundled example, and keys
//! typed into it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::Editor;

/// The bundled example, in Dutch.
pub fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

/// The editor on a new stuurgroep meeting of 20 January 2027, 19:30 in Liedekerke.
pub fn editor(ctx: &Ctx) -> Editor {
    editor_in(ctx, "Liedekerke")
}

/// The editor on a new stuurgroep meeting of 20 January 2027, 19:30 at `location`, as the
/// app makes it.
pub fn editor_in(ctx: &Ctx, location: &str) -> Editor {
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: chrono::NaiveTime::from_hms_opt(19, 30, 0),
        location: Some(location.into()),
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let template = stuurgroep::domain::strings::template(ctx.lang);
    let meeting = edit::new_meeting(&new, members, &[], &template);
    Editor::new(meeting, PathBuf::from("meetings/2027/2027-01-20-stuurgroep.ron"), None)
}

/// A new board meeting (raad van bestuur) of 20 January 2027, everyone seated present, and
/// where it is stored.
pub fn board_meeting(ctx: &Ctx) -> (stuurgroep::domain::meeting::Meeting, PathBuf) {
    let new = NewMeeting {
        body: "raad-van-bestuur".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: None,
        location: None,
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let template = stuurgroep::domain::strings::template(ctx.lang);
    let meeting = edit::new_meeting(&new, members, &[], &template);
    (meeting, PathBuf::from("meetings/2027/2027-01-20-raad-van-bestuur.ron"))
}

/// Keys: ⏎ Enter, ⎋ Esc, ⇥ Tab, ⌦ Delete, ↶ Ctrl-Z, ↷ Ctrl-Y; anything else as typed.
pub fn press(editor: &mut Editor, ctx: &Ctx, keys: &str) {
    for c in keys.chars() {
        let key = match c {
            '⏎' => KeyEvent::from(KeyCode::Enter),
            '⎋' => KeyEvent::from(KeyCode::Esc),
            '⇥' => KeyEvent::from(KeyCode::Tab),
            '⌦' => KeyEvent::from(KeyCode::Delete),
            '↶' => KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
            '↷' => KeyEvent::new(KeyCode::Char('y'), KeyModifiers::CONTROL),
            c => KeyEvent::from(KeyCode::Char(c)),
        };
        editor.handle_key(key, ctx);
    }
}
