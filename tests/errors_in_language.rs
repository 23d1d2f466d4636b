//! A save that fails, a lock that cannot be read and a merge that cannot be written reach the
//! screen and stderr in the user's language: in Dutch no English sentence of the app, in
//! English the English one.

mod common;
mod screen;

use common::Fixture;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::time::Duration;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::plan::{Municipality, Plan};
use stuurgroep::i18n::Lang;
use stuurgroep::store::autosave::{Autosaver, SaveState};
use stuurgroep::store::document::PLAN_PATH;
use stuurgroep::store::editing::{Opened, Workbench};
use stuurgroep::store::lock::lock_path;
use stuurgroep::store::{LoadedFile, to_ron};
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::editor::{Editor, Note};
use stuurgroep::tui::held::{editor as editor_on, on};
use stuurgroep::tui::session::Session;
use stuurgroep::tui::theme::Theme;

/// The draft meeting of the fixture.
const DRAFT: &str = "meetings/2021/2021-06-15-stuurgroep.ron";

fn ctx(root: &Path, lang: Lang) -> Ctx {
    Ctx::new(stuurgroep::store::load_folder(root).unwrap(), lang)
}

fn draft(ctx: &Ctx) -> &LoadedFile<Meeting> {
    ctx.folder.meetings.iter().find(|m| m.path == Path::new(DRAFT)).unwrap()
}

/// The editor's screen, wide enough that its header is not cut.
fn screen(ctx: &Ctx, editor: Editor, save: &SaveState) -> String {
    let mut session = Session::new(App::default(), None);
    session.open_editor(editor);
    let mut terminal = Terminal::new(TestBackend::new(240, 24)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, &session, ctx, Some(save), &Theme::new(true));
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

fn header(shown: &str) -> String {
    shown.lines().next().unwrap_or_default().trim_end().to_owned()
}

/// The autosaver's state after a save over a file someone else changed since it was read.
fn refused_save(root: &Path, ctx: &Ctx) -> (SaveState, Meeting) {
    let loaded = draft(ctx);
    let saver: Autosaver = Autosaver::spawn(root.to_owned());
    saver.track(loaded.path.clone(), loaded.base().unwrap());
    let theirs = std::fs::read_to_string(root.join(DRAFT)).unwrap() + "\n";
    std::fs::write(root.join(DRAFT), theirs).unwrap();
    let mut ours = loaded.value.clone();
    ours.location = Some("Halle, cultuurcentrum".into());
    saver.submit(loaded.path.clone(), ours.clone());
    // False: the save was refused (the state says why).
    assert!(!saver.flush(Duration::from_secs(10)));
    (saver.status(&loaded.path), ours)
}

#[test]
fn a_refused_save_is_said_in_the_editors_header_in_the_users_language() {
    let fixture = Fixture::new();
    for lang in [Lang::Nl, Lang::En] {
        let ctx = ctx(fixture.root(), lang);
        let (state, ours) = refused_save(fixture.root(), &ctx);
        assert!(matches!(state, SaveState::Conflict { .. }), "{state:?}");
        let editor = Editor::new(ours, PathBuf::from(DRAFT), None);
        let shown = header(&screen(&ctx, editor, &state));
        match lang {
            Lang::Nl => {
                let said = format!("{DRAFT}: op schijf gewijzigd sinds het gelezen werd");
                assert!(shown.contains(&said), "{shown}");
                assert!(!shown.contains("changed on disk"), "English in Dutch: {shown}");
            }
            Lang::En => {
                let said = format!("{DRAFT}: changed on disk since it was read; not overwritten");
                assert!(shown.contains(&said), "{shown}");
            }
        }
        // The file on disk is theirs, for the next language's run too.
        fixture.write(DRAFT, &to_ron(&draft(&ctx).value).unwrap());
    }
}

#[test]
fn a_broken_lock_file_opens_the_meeting_read_only_saying_why_in_the_users_language() {
    let fixture = Fixture::new();
    let lock = lock_path(Path::new(DRAFT));
    fixture.write(lock.to_str().unwrap(), "(niet af");
    for lang in [Lang::Nl, Lang::En] {
        let ctx = ctx(fixture.root(), lang);
        let me = ctx.folder.members.as_ref().unwrap().value.members[0].id.clone();
        let id = draft(&ctx).value.id.clone();
        let mut bench = Workbench::new(fixture.root());
        let Opened::Editor(opened) = bench.open(&on(&ctx), &me, &id, None) else {
            panic!("the meeting did not open read-only")
        };
        let shown = header(&screen(&ctx, editor_on(*opened), &SaveState::Unchanged));
        // The lock file is named in full, for the user to look at, as the platform writes an
        // absolute path (`C:\…\` on Windows): its name ends the path.
        let file = lock.file_name().unwrap().to_string_lossy().into_owned();
        match lang {
            Lang::Nl => {
                assert!(shown.contains("alleen lezen — "), "{shown}");
                assert!(shown.contains(&format!("{file}: onleesbaar slotbestand")), "{shown}");
                assert!(shown.contains("behandeld als bezet"), "{shown}");
                assert!(!shown.contains("treated as held"), "English in Dutch: {shown}");
            }
            Lang::En => {
                assert!(shown.contains(&format!("{file}: unreadable lock file")), "{shown}");
                assert!(shown.contains("treated as held"), "{shown}");
            }
        }
    }
    // Never deleted, never overwritten: it is someone's, or a file to look at.
    assert_eq!(fixture.read(lock.to_str().unwrap()), "(niet af");
}

#[test]
fn a_meeting_that_cannot_move_says_why_on_the_status_line_in_the_users_language() {
    let fixture = Fixture::new();
    for lang in [Lang::Nl, Lang::En] {
        let ctx = ctx(fixture.root(), lang);
        let id = draft(&ctx).value.id.clone();
        let mut bench = Workbench::new(fixture.root());
        // Opened to read only: the service refuses to move it, typed; the screen words it.
        let Opened::Editor(opened) = bench.view(&on(&ctx), &id) else { panic!("not opened") };
        let mut editor = editor_on(*opened);
        let date = chrono::NaiveDate::from_ymd_opt(2021, 6, 22).unwrap();
        let why = bench.redate(&mut editor, &on(&ctx), date).expect_err("read-only");
        editor.note = Some(Note::Redated(Err(why.into())));
        let shown = screen(&ctx, editor, &SaveState::Unchanged);
        match lang {
            Lang::Nl => {
                assert!(shown.contains("Niet verplaatst: alleen lezen"), "{shown}");
                assert!(!shown.contains("read-only"), "English in Dutch: {shown}");
            }
            Lang::En => assert!(shown.contains("Not moved: read-only"), "{shown}"),
        }
        assert!(fixture.path(DRAFT).exists(), "the meeting stays where it was");
    }
}

/// `stuurgroep conflicts merge COPY --auto` in `lang`: exit code, stderr.
fn merge_auto(root: &Path, copy: &str, lang: &str) -> (Option<i32>, String) {
    let out = common::cli::run_on(root, &["conflicts", "merge", copy, "--auto", "--lang", lang]);
    (out.status.code(), common::cli::stderr(&out))
}

#[test]
fn a_merge_that_cannot_be_written_is_said_on_stderr_in_the_users_language() {
    let fixture = Fixture::new();
    // The original comes from a newer version of the app: never written over here. The copy
    // adds a municipality, which a merge would take.
    let original: Plan =
        stuurgroep::store::format::parse(Path::new(PLAN_PATH), fixture.read(PLAN_PATH).as_bytes())
            .unwrap();
    let mut theirs = original.clone();
    theirs.municipalities.push(Municipality { id: "gooik".into(), name: "Gooik".into() });
    let mut newer = original;
    newer.version = 99;
    fixture.write(PLAN_PATH, &to_ron(&newer).unwrap());
    let copy = "data/plan.sync-conflict-20221012-093000-ABCDEFG.ron";
    fixture.write(copy, &to_ron(&theirs).unwrap());
    let before = fixture.read(PLAN_PATH);
    let (code, nl) = merge_auto(fixture.root(), copy, "nl");
    assert_eq!(code, Some(2), "{nl}");
    assert!(
        nl.contains("data/plan.ron: geschreven door een nieuwere versie van stuurgroep"),
        "{nl}"
    );
    assert!(nl.contains("alleen lezen"), "{nl}");
    assert!(!nl.contains("written by a newer version"), "English in Dutch: {nl}");
    let (code, en) = merge_auto(fixture.root(), copy, "en");
    assert_eq!(code, Some(2), "{en}");
    assert!(en.contains("data/plan.ron: written by a newer version of stuurgroep"), "{en}");
    assert!(en.contains("read-only"), "{en}");
    // Nothing was written, and the copy stays for a later merge.
    assert_eq!(fixture.read(PLAN_PATH), before);
    assert!(fixture.path(copy).exists());
}

#[test]
fn a_copy_elsewhere_over_an_existing_file_is_refused_in_the_users_language() {
    let fixture = Fixture::new();
    let ctx = ctx(fixture.root(), Lang::Nl);
    let loaded = draft(&ctx);
    let saver: Autosaver = Autosaver::spawn(fixture.root().to_owned());
    saver.track(loaded.path.clone(), loaded.base().unwrap());
    saver.submit(loaded.path.clone(), loaded.value.clone());
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("verslag.ron");
    std::fs::write(&target, "van iemand anders").unwrap();
    let refused = saver.save_elsewhere(&loaded.path, &target).unwrap_err();
    let nl = stuurgroep::store::strings::save_error(Lang::Nl, &refused);
    assert!(nl.ends_with("verslag.ron: bestaat al; niet overschreven"), "{nl}");
    let en = stuurgroep::store::strings::save_error(Lang::En, &refused);
    assert!(en.ends_with("verslag.ron: exists already; not overwritten"), "{en}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "van iemand anders");
}

#[test]
fn an_export_into_a_folder_that_does_not_exist_is_refused_in_the_users_language() {
    let fixture = Fixture::new();
    let missing = fixture.path("nergens/verslag.odt");
    let target = missing.to_str().unwrap();
    for (lang, framed, english) in [
        ("nl", "nergens/verslag.odt: de schijf weigert (", "could not be built"),
        ("en", "nergens/verslag.odt: ", "kon niet"),
    ] {
        let args = ["export", "minutes", "2021-06-15-stuurgroep", "-o", target, "--lang", lang];
        let out = common::cli::run_on(fixture.root(), &args);
        let said = common::cli::stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.starts_with("stuurgroep export: "), "{said}");
        assert!(said.contains(framed), "{said}");
        assert!(!said.contains(english), "the other language in {lang}: {said}");
    }
    assert!(!missing.exists());
}
