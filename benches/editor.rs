//! The editor: a keystroke in the minutes of an item of 5,000 words, through to the rendered
//! frame at 120×40 (DESIGN.md §9: within 2 ms); and with 10 MB of minutes in one item (issue
//! 12: typing there reached disk seconds late), a keystroke, a frame, and what the autosave
//! of that meeting costs (serialising it to RON and hashing it).

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::domain::strings::template;
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::SaveState;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::session::Session;
use stuurgroep::tui::theme::Theme;

/// 5,000 words of minutes in paragraphs of 100 words.
fn long_minutes() -> String {
    let words = [
        "de",
        "stuurgroep",
        "bespreekt",
        "het",
        "voorstel",
        "van",
        "Halle",
        "over",
        "UiTPAS",
        "initiëren",
    ];
    (0..50)
        .map(|p| (0..100).map(|w| words[(p * 7 + w) % words.len()]).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ctx = Ctx::new(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: None,
        location: None,
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let mut meeting = edit::new_meeting(&new, members, &[], &template(Lang::Nl));
    meeting.agenda[0].minutes = long_minutes();
    let mut editor = Editor::new(meeting, PathBuf::from("m.ron"), None);
    // Into the minutes, to the middle of the text.
    editor.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &ctx);
    for _ in 0..25 {
        editor.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE), &ctx);
    }
    let mut session = Session::new(App::default(), None);
    session.open_editor(editor);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let theme = Theme::new(false);
    let save = SaveState::Pending;
    let mut group = c.benchmark_group("editor");
    group.bench_function("keystroke to frame, 5000-word item, 120x40", |b| {
        let mut n = 0u32;
        b.iter(|| {
            // Type a letter, then take it back, so the text stays the same size.
            let code = if n.is_multiple_of(2) { KeyCode::Char('x') } else { KeyCode::Backspace };
            n += 1;
            if let Some(e) = session.editor_mut() {
                e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &ctx);
            }
            terminal
                .draw(|f| {
                    stuurgroep::tui::draw::draw_session(f, &session, &ctx, Some(&save), &theme);
                })
                .unwrap();
        })
    });
    group.finish();
}

/// About 10 MB of minutes: the 5,000-word text over and over.
fn huge_minutes() -> String {
    let block = long_minutes();
    let times = 10_000_000 / block.len() + 1;
    vec![block; times].join("\n")
}

fn bench_huge(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ctx = Ctx::new(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: None,
        location: None,
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let mut meeting = edit::new_meeting(&new, members, &[], &template(Lang::Nl));
    meeting.agenda[0].minutes = huge_minutes();
    let mut group = c.benchmark_group("editor-10mb");
    group.sample_size(10);
    group.bench_function("to_ron, meeting with a 10 MB item", |b| {
        b.iter(|| stuurgroep::store::to_ron(&meeting).unwrap())
    });
    group.bench_function("to_ron and blake3, as the autosave", |b| {
        b.iter(|| blake3::hash(stuurgroep::store::to_ron(&meeting).unwrap().as_bytes()))
    });
    group.bench_function("clone of the meeting, as handed to the saver", |b| {
        b.iter(|| meeting.clone())
    });
    let mut editor = Editor::new(meeting, PathBuf::from("m.ron"), None);
    editor.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &ctx);
    let mut session = Session::new(App::default(), None);
    session.open_editor(editor);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let theme = Theme::new(false);
    let save = SaveState::Pending;
    let mut n = 0u32;
    let mut key = |session: &mut Session| {
        let code = if n.is_multiple_of(2) { KeyCode::Char('x') } else { KeyCode::Backspace };
        n += 1;
        if let Some(e) = session.editor_mut() {
            e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &ctx);
        }
    };
    group.bench_function("keystroke, 10 MB item", |b| b.iter(|| key(&mut session)));
    group.bench_function("keystroke to frame, 10 MB item, 120x40", |b| {
        b.iter(|| {
            key(&mut session);
            terminal
                .draw(|f| {
                    stuurgroep::tui::draw::draw_session(f, &session, &ctx, Some(&save), &theme);
                })
                .unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, bench, bench_huge);
criterion_main!(benches);
