//! The editor: a keystroke in the minutes of an item of 5,000 words, through to the rendered
//! frame at 120×40 (DESIGN.md §9: within 2 ms); and with 10 MB of minutes in one item (issue
//! 12: typing there reached disk seconds late), a keystroke as the loop handles it, a frame,
//! and what the autosave of that meeting costs (serialising it to RON and hashing it, and the
//! whole save by the saver thread into a folder).

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use std::time::Duration;
use stuurgroep::domain::edit::{self, NewMeeting};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::{Autosaver, SaveState};
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

/// About 10 MB of minutes: the 5,000-word text over and over.
fn huge_minutes() -> String {
    let block = long_minutes();
    let times = 10_000_000 / block.len() + 1;
    vec![block; times].join("\n")
}

/// The bundled example, and a new meeting of its steering group whose first item holds
/// `minutes`.
fn setup(minutes: String) -> (Ctx, Meeting) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ctx = Ctx::new(stuurgroep::store::load_folder(root).unwrap(), Lang::Nl);
    let new = NewMeeting {
        body: "stuurgroep".into(),
        date: chrono::NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        start: None,
        location: None,
    };
    let members = &ctx.folder.members.as_ref().unwrap().value;
    let mut meeting =
        edit::new_meeting(&new, members, &[], &stuurgroep::domain::strings::template(Lang::Nl));
    meeting.agenda[0].minutes = minutes;
    (ctx, meeting)
}

/// The app with an editor on `meeting`, typing in its first item `downs` lines down, and a
/// 120×40 terminal to draw it on.
struct Typing<B: Backend = TestBackend> {
    session: Session,
    terminal: Terminal<B>,
    theme: Theme,
    keys: u32,
}

impl Typing {
    fn new(meeting: Meeting, ctx: &Ctx, downs: usize) -> Self {
        Typing::on(TestBackend::new(120, 40), meeting, ctx, downs)
    }
}

/// What the real app's terminal writes to, but to nowhere: crossterm's escape sequences for
/// each frame's changed cells, buffered (as stdout is) and flushed per frame, into the null
/// device (a write system call, as to a terminal).
type NullTerminal = CrosstermBackend<std::io::BufWriter<std::fs::File>>;

/// A 120×40 crossterm backend writing to the null device (none where there is none).
fn null_terminal() -> Option<NullTerminal> {
    let null = if cfg!(windows) { "NUL" } else { "/dev/null" };
    let file = std::fs::OpenOptions::new().write(true).open(null).ok()?;
    Some(CrosstermBackend::new(std::io::BufWriter::new(file)))
}

impl<B: Backend> Typing<B> {
    fn on(backend: B, meeting: Meeting, ctx: &Ctx, downs: usize) -> Self {
        let mut editor = Editor::new(meeting, PathBuf::from("m.ron"), None);
        editor.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), ctx);
        let mut session = Session::new(App::default(), None);
        session.open_editor(editor);
        // A fixed 120×40 viewport: the null device has no size to ask.
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 120, 40));
        let terminal = Terminal::with_options(backend, ratatui::TerminalOptions { viewport })
            .unwrap_or_else(|_| panic!("a terminal"));
        let mut typing = Typing { session, terminal, theme: Theme::new(false), keys: 0 };
        // Drawn once, as the app does before the first key: the pane's width is known.
        typing.frame(ctx);
        for _ in 0..downs {
            typing.key(ctx, KeyCode::Down);
        }
        typing
    }

    fn key(&mut self, ctx: &Ctx, code: KeyCode) {
        if let Some(e) = self.session.editor_mut() {
            e.handle_key(KeyEvent::new(code, KeyModifiers::NONE), ctx);
            // As the loop does after the keys of a frame: the saver is handed what changed.
            let _ = e.take_changed();
        }
    }

    /// A letter, then taking it back, so the text stays the same size.
    fn type_one(&mut self, ctx: &Ctx) {
        let code =
            if self.keys.is_multiple_of(2) { KeyCode::Char('x') } else { KeyCode::Backspace };
        self.keys += 1;
        self.key(ctx, code);
    }

    /// What the loop and the saver do after the last key: the minutes into the meeting, the
    /// meeting handed over and written.
    fn saved(&mut self, saver: &Autosaver, rel: &Path) {
        if let Some(e) = self.session.editor_mut() {
            e.sync_minutes();
            let _ = e.take_changed();
            saver.submit(rel.to_owned(), e.meeting.clone());
            assert!(saver.flush(Duration::from_secs(30)));
        }
    }

    fn frame(&mut self, ctx: &Ctx) {
        let (session, theme) = (&self.session, &self.theme);
        let save = SaveState::Pending;
        self.terminal
            .draw(|f| {
                stuurgroep::tui::draw::draw_session(f, session, ctx, Some(&save), theme);
            })
            .unwrap_or_else(|_| panic!("drawn"));
    }
}

fn bench(c: &mut Criterion) {
    let (ctx, meeting) = setup(long_minutes());
    // Into the minutes, to the middle of the text.
    let mut typing = Typing::new(meeting, &ctx, 25);
    let mut group = c.benchmark_group("editor");
    group.bench_function("keystroke to frame, 5000-word item, 120x40", |b| {
        b.iter(|| {
            typing.type_one(&ctx);
            typing.frame(&ctx);
        })
    });
    // The same keystroke through the real app's backend: the frame's diff written as
    // crossterm's escape sequences and flushed, the terminal write the goal includes.
    if let Some(backend) = null_terminal() {
        let (ctx, meeting) = setup(long_minutes());
        let mut typing = Typing::on(backend, meeting, &ctx, 25);
        group.bench_function(
            "keystroke to frame written by crossterm, 5000-word item, 120x40",
            |b| {
                b.iter(|| {
                    typing.type_one(&ctx);
                    typing.frame(&ctx);
                })
            },
        );
    }
    group.finish();
}

fn bench_huge(c: &mut Criterion) {
    let (ctx, meeting) = setup(huge_minutes());
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
    let folder = tempfile::tempdir().unwrap();
    let saver: Autosaver = Autosaver::spawn(folder.path().to_owned());
    let rel = PathBuf::from("meetings/2027/2027-01-20-stuurgroep.ron");
    saver.track(rel.clone(), stuurgroep::store::Base::new_file());
    group.bench_function("saved by the saver thread, atomic and checked, 10 MB item", |b| {
        b.iter(|| {
            saver.submit(rel.clone(), meeting.clone());
            assert!(saver.flush(Duration::from_secs(30)));
        })
    });
    let mut typing = Typing::new(meeting, &ctx, 0);
    group.bench_function("keystroke, 10 MB item", |b| b.iter(|| typing.type_one(&ctx)));
    group.bench_function("keystroke to frame, 10 MB item, 120x40", |b| {
        b.iter(|| {
            typing.type_one(&ctx);
            typing.frame(&ctx);
        })
    });
    // A burst as a quick typist sends it: 20 keys handled before the frame that shows them.
    group.bench_function("20-key burst to frame, 10 MB item, 120x40", |b| {
        b.iter(|| {
            for _ in 0..20 {
                typing.type_one(&ctx);
            }
            typing.frame(&ctx);
        })
    });
    // From the last key to the file on disk: the minutes into the meeting, the meeting to
    // the saver, saved (the loop's own waits, at most SYNC_TYPED and its 300 ms debounce,
    // come on top).
    for burst in [1, 20] {
        let name = format!("{burst} key(s) to disk, 10 MB item");
        group.bench_function(name, |b| {
            b.iter(|| {
                for _ in 0..burst {
                    typing.type_one(&ctx);
                }
                typing.saved(&saver, &rel);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_huge);
criterion_main!(benches);
