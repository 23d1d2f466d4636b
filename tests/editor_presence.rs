//! Who leaves the room for an item, in the editor's questions: Esc at any step records
//! nothing (a reason typed is kept for the next time), the change shows in the picker, and
//! taking it away puts the member back as the meeting has them.

mod common;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::domain::meeting::Movement;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::popup::{Choice, Popup};
use stuurgroep::tui::editor::{Editor, Note};

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

/// A new board meeting on 2027-01-20, everyone seated present.
fn editor(ctx: &Ctx) -> Editor {
    let (meeting, rel) = common::editor::board_meeting(ctx);
    Editor::new(meeting, rel, None)
}

fn press(editor: &mut Editor, ctx: &Ctx, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '⎋' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        editor.handle_key(KeyEvent::new(code, KeyModifiers::NONE), ctx);
    }
}

#[test]
fn esc_at_any_step_of_a_conflict_of_interest_records_nothing_and_keeps_the_reason_typed() {
    let ctx = ctx();
    let mut e = editor(&ctx);
    let before = e.meeting.clone();
    // Esc in the member picker, then in the picker of what happens.
    press(&mut e, &ctx, "jjjz⎋");
    assert!(e.popup.is_none() && e.meeting == before);
    press(&mut e, &ctx, "zErik⏎⎋");
    assert!(e.popup.is_none() && e.meeting == before);
    // Esc on the reason: nothing recorded, the reason typed kept.
    press(&mut e, &ctx, "zErik⏎belang⏎eigen vzw⎋");
    assert_eq!(e.note, Some(Note::DraftKept));
    assert_eq!(e.meeting, before);
    press(&mut e, &ctx, "zErik⏎belang⏎");
    let Some(Popup::Input { field, .. }) = &e.popup else { panic!("no reason asked") };
    assert_eq!(field.lines().join(" "), "eigen vzw");
    press(&mut e, &ctx, "⏎");
    let reason = Some("eigen vzw".to_owned());
    assert_eq!(e.meeting.agenda[3].presence[0].change, Movement::Conflict { reason });
    // The picker says what he does at this item; "as the meeting" takes it away.
    press(&mut e, &ctx, "z");
    let Some(Popup::Pick { choice: Choice::RoomMember, picker }) = &e.popup else {
        panic!("no member asked")
    };
    assert!(
        picker
            .options
            .iter()
            .any(|o| o.label.contains("Erik Van Laethem  (belangenconflict: eigen vzw)"))
    );
    press(&mut e, &ctx, "Erik⏎zoals⏎");
    assert_eq!(e.meeting, before);
}
