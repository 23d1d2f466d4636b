//! The next meeting's follow-up item shows an action item its owner reported on as reported by
//! the owner (done ones too, which are no longer open), until a meeting follows it up.

mod pty;
mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::path::PathBuf;
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::domain::meeting::FollowUpStatus;
use stuurgroep::domain::updates::OwnerUpdate;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::session::Session;
use stuurgroep::tui::theme::Theme;

const LOTTES: &str = "2022-06-14-stuurgroep/A2";

/// The screen of a new stuurgroep meeting of 2027-01-20 on its follow-up item, the folder
/// at `root` loaded.
fn follow_up_item(root: &std::path::Path) -> String {
    let folder = stuurgroep::store::load_folder(root).unwrap();
    let ctx = screen::named(Ctx::new(folder, Lang::Nl));
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: None,
        location: None,
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let template = stuurgroep::domain::strings::template(Lang::Nl);
    let meeting = edit::new_meeting(&new, members, &[], &template);
    let at = meeting.agenda.iter().position(|i| i.title == "Opvolging actiepunten").unwrap();
    let mut editor = Editor::new(meeting, PathBuf::from("meetings/2027/x.ron"), None);
    editor.item = at - 1;
    editor.handle_key(KeyEvent::from(KeyCode::Char('j')), &ctx);
    assert_eq!(editor.item, at);
    let mut session = Session::new(App::default(), Some("lotte-verhaegen".into()));
    session.open_editor(editor);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).unwrap();
    terminal.draw(|f| drop(draw_session(f, &session, &ctx, None, &Theme::new(true)))).unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

#[test]
fn an_owners_report_shows_in_the_next_follow_up_item_as_reported_by_the_owner() {
    let dir = pty::example_copy();
    let root = dir.path();
    let before = follow_up_item(root);
    assert!(before.contains(&format!("○ {LOTTES} te bespreken")), "{before}");
    let update = OwnerUpdate {
        action: LOTTES.parse().unwrap(),
        date: chrono::NaiveDate::from_ymd_opt(2022, 11, 20).unwrap(),
        status: FollowUpStatus::Done,
        note: "Rapport ingediend bij het Departement".into(),
    };
    stuurgroep::store::updates_write::record(root, &"lotte-verhaegen".into(), update).unwrap();
    let after = follow_up_item(root);
    assert!(
        after.contains(&format!(
            "○ {LOTTES} gemeld door de eigenaar: afgerond · Rapport ingediend bij het Departement"
        )),
        "{after}"
    );
}
