//! The editor's header on the example's December 2021 board meeting at 80 and 120 columns,
//! editable and read-only: the date and the times stay whole; the quorum shortens first
//! ("quorum 12/15 ✓", then "12/15 ✓"), then the place and the name are cut (the name keeps
//! its start), then a long state; a warning (read-only and who writes) goes before the
//! quorum, and before the name, which then keeps its first letter.

mod common;
mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::store::editing::ReadOnly;
use stuurgroep::store::lock::LockInfo;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::session::Session;
use stuurgroep::tui::theme::Theme;

const BOARD: &str = "2021-12-14-raad-van-bestuur";

fn ctx(lang: Lang) -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, lang)
}

/// The header (first line) of the board meeting's editor, `width` columns wide, at item 4
/// (Nathalie Coppens has come in: 12 of 15 voting members).
fn header(lang: Lang, width: u16, read_only: Option<ReadOnly>) -> String {
    let ctx = ctx(lang);
    let file = ctx.folder.meetings.iter().find(|m| m.value.id.as_str() == BOARD).unwrap();
    let rel = PathBuf::from(format!("meetings/2021/{BOARD}.ron"));
    let mut e = Editor::new(file.value.clone(), rel, read_only);
    e.item = 3;
    let mut session = Session::new(App::default(), None);
    session.open_editor(e);
    let mut terminal = Terminal::new(TestBackend::new(width, 24)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, &session, &ctx, Some(&SaveState::Pending), &Theme::new(true));
        })
        .unwrap();
    let text = screen::buffer_text(terminal.backend().buffer());
    text.lines().next().unwrap_or_default().to_owned()
}

#[test]
fn the_header_at_80_and_120_columns_editable_and_read_only() {
    for (lang, tag) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
        for width in [80, 120] {
            for (read_only, how) in [(None, "editable"), (Some(ReadOnly::Chosen), "read_only")] {
                let line = header(lang, width, read_only);
                assert!(line.chars().count() <= width as usize, "{line}");
                assert!(line.contains("2021-12-14 20:00-22:10"), "{line}");
                assert!(line.starts_with(" Raad va"), "{line}");
                // Editable, the quorum is always there; read-only, it gives way to why.
                let quorum = ["12/15 ✓", "12 van 15", "12 of 15"].iter().any(|q| line.contains(q));
                assert!(quorum || how == "read_only", "{line}");
                insta::assert_snapshot!(format!("header_{width}_{how}_{tag}"), line);
            }
        }
    }
}

#[test]
fn a_meeting_held_by_someone_else_says_who_before_the_quorum_at_80_columns() {
    let since = chrono::Utc::now();
    let info = LockInfo {
        version: 1,
        member: "an-peeters".into(),
        name: "An Peeters".into(),
        machine: "secretariaat-laptop".into(),
        pid: 4242,
        since,
        refreshed: since,
        instance: "test".into(),
        typed: None,
    };
    let line = header(Lang::Nl, 80, Some(ReadOnly::HeldBy(Box::new(info))));
    let who = "alleen lezen — wordt bewerkt door An Peeters";
    for kept in [" R…", "2021-12-14 20:00-22:10", who] {
        assert!(line.contains(kept), "{kept:?} not in {line:?}");
    }
    // The quorum gave way to who writes.
    assert!(!line.contains("12/15"), "{line:?}");
    assert!(line.trim_end().ends_with('…'), "the long reason is cut: {line:?}");
}

/// The first line of the session's screen, 120 columns wide.
fn first_line(session: &Session, ctx: &Ctx) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 24)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, session, ctx, Some(&SaveState::Pending), &Theme::new(true));
        })
        .unwrap();
    let text = screen::buffer_text(terminal.backend().buffer());
    text.lines().next().unwrap_or_default().to_owned()
}

/// The header's quorum is kept between frames; an edit that changes who is in the room for
/// the item (a conflict of interest), taking it back, and another item all show anew.
#[test]
fn the_quorum_follows_an_edit_of_who_is_in_the_room() {
    use common::editor::press;
    let ctx = ctx(Lang::Nl);
    let (meeting, rel) = common::editor::board_meeting(&ctx);
    let mut session = Session::new(App::default(), None);
    session.open_editor(Editor::new(meeting, rel, None));
    let keys = |session: &mut Session, keys: &str| press(session.editor_mut().unwrap(), &ctx, keys);
    keys(&mut session, "jjj");
    let quorum = |session: &Session| {
        let line = first_line(session, &ctx);
        ["15 van 15", "14 van 15"]
            .into_iter()
            .find(|q| line.contains(q))
            .unwrap_or_else(|| panic!("{line}"))
    };
    assert_eq!(quorum(&session), "15 van 15");
    assert_eq!(quorum(&session), "15 van 15", "the same frame again");
    // Item 4: Erik Van Laethem declares a conflict of interest and leaves the room for it.
    keys(&mut session, "zErik⏎belang⏎voorzitter van vzw Leesvuur⏎");
    assert_eq!(quorum(&session), "14 van 15", "after the edit");
    // The item before still has him; back on item 4, he is out again.
    keys(&mut session, "k");
    assert_eq!(quorum(&session), "15 van 15", "another item");
    keys(&mut session, "j");
    assert_eq!(quorum(&session), "14 van 15");
    // Undone: he is back in the room.
    keys(&mut session, "↶");
    assert_eq!(quorum(&session), "15 van 15", "after the undo");
}
