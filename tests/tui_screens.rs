//! Every screen of the app on the bundled example, at 80×24 and 120×40, in Dutch and English
//! (ratatui TestBackend + insta), and what keys do.

mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::action::action_for;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw;
use stuurgroep::tui::theme::Theme;

fn ctx(lang: Lang) -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::new(folder, lang))
}

/// The screen as text, after pressing `keys`, with the folder path masked.
fn screen(lang: Lang, size: (u16, u16), keys: &str) -> String {
    let ctx = ctx(lang);
    let mut app = App::default();
    for c in keys.chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '⎋' => KeyCode::Esc,
            '⇥' => KeyCode::Tab,
            '↓' => KeyCode::Down,
            c => KeyCode::Char(c),
        };
        stuurgroep::tui::handle_key(&mut app, KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    }
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal.draw(|f| draw(f, &app, &ctx, &Theme::new(true))).unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

macro_rules! snapshots {
    ($($name:ident: $keys:expr;)*) => {$(
        #[test]
        fn $name() {
            for (lang, tag) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
                for (size, label) in [((80, 24), "80x24"), ((120, 40), "120x40")] {
                    insta::assert_snapshot!(format!("{}_{tag}_{label}", stringify!($name)), screen(lang, size, $keys));
                }
            }
        }
    )*};
}

snapshots! {
    objectives_tree: "";
    objective_detail: "jj⏎";
    folded_strategic_objective: "⏎";
    decisions_list: "2";
    decision_detail: "2jj⏎";
    help: "?";
    meetings_list: "3";
    meeting_minutes: "3jj⏎";
    actions_list: "4";
    action_detail: "4⏎";
    search_results: "/initieren";
    decisions_filtered: "2bpu";
    objective_picker: "2dsd2 od";
    actions_by_municipality: "4gg";
    ended_objectives: "e";
}

/// The app after `keys`, for assertions on state.
fn after(keys: &str) -> (App, Ctx) {
    let ctx = ctx(Lang::Nl);
    let mut app = App::default();
    for c in keys.chars() {
        let code = match c {
            '⏎' => KeyCode::Enter,
            '↓' => KeyCode::Down,
            c => KeyCode::Char(c),
        };
        stuurgroep::tui::handle_key(&mut app, KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    }
    (app, ctx)
}

#[test]
fn search_folds_accents_and_enter_jumps_to_the_hit() {
    let (app, _) = after("/initieren");
    let hits = &app.search.as_ref().unwrap().hits;
    assert!(hits[0].text.contains("initiëren"), "{:?}", hits[0]);
    let (app, ctx) = after("/uitpas kansentarief⏎");
    assert!(app.search.is_none());
    assert_eq!(app.screen, stuurgroep::tui::app::Screen::Decisions);
    let list = app.list(stuurgroep::tui::app::Screen::Decisions);
    assert!(list.detail);
    let d = app.decisions.at(&ctx, list.selected).unwrap();
    assert!(d.text.to_lowercase().contains("kansentarief"), "{}", d.text);
}

#[test]
fn a_code_typed_in_search_finds_the_objective_under_its_old_code() {
    // Today's SD2 OD5 was SD1 OD1: Enter on the hit opens its detail in the tree.
    let (app, ctx) = after("2/sd2 od5⏎");
    assert_eq!(app.screen, stuurgroep::tui::app::Screen::Objectives);
    let list = app.list(stuurgroep::tui::app::Screen::Objectives);
    let lines = stuurgroep::tui::app::tree(&ctx, &app);
    assert!(list.detail);
    assert_eq!(lines[list.selected].code.to_string(), "SD2 OD5");
    let (app, _) = after("/sd1 od5");
    let first = &app.search.as_ref().unwrap().hits[0];
    assert_eq!(
        first.target,
        stuurgroep::index::search::Target::Objective("od-partners-kanalen".into())
    );
}

#[test]
fn too_small_a_terminal_shows_a_notice() {
    let text = screen(Lang::Nl, (60, 20), "");
    assert!(text.contains("Het venster is te klein: minstens 80×24."), "{text}");
}

#[test]
fn the_help_lists_every_key_of_the_current_screen_from_the_table_that_handles_them() {
    use stuurgroep::tui::app::Screen;
    for (n, screen_) in Screen::ALL.iter().enumerate() {
        let text = screen(Lang::En, (120, 40), &format!("{}?", n + 1));
        help_says_every_key(&text, *screen_);
        // At 80×24 too, where it may not fit at once: what is below comes with ↓ (j).
        let top = screen(Lang::En, (80, 24), &format!("{}?", n + 1));
        let below = screen(Lang::En, (80, 24), &format!("{}?{}", n + 1, "j".repeat(30)));
        help_says_every_key(&format!("{top}{below}"), *screen_);
    }
}

fn help_says_every_key(text: &str, screen_: stuurgroep::tui::app::Screen) {
    {
        for b in stuurgroep::tui::action::BINDINGS {
            let says = stuurgroep::tui::strings::browse::action(Lang::En, b.action);
            assert_eq!(text.contains(says), b.applies(screen_), "{says:?} on {screen_:?}:\n{text}");
        }
    }
}

#[test]
fn decision_filters_narrow_the_list_and_say_so() {
    use stuurgroep::domain::meeting::Outcome;
    use stuurgroep::tui::app::Screen;
    let (app, ctx) = after("2bb");
    let view = &app.decisions;
    let body = view.filter.body.clone().unwrap();
    assert!(view.len(&ctx) > 0 && view.len(&ctx) < ctx.index.decisions.len());
    assert!((0..view.len(&ctx)).all(|i| view.at(&ctx, i).unwrap().body == body));
    // "u" twice: rejected ones; "x" clears everything.
    let (app, ctx) = after("2uu");
    let view = &app.decisions;
    assert!((0..view.len(&ctx)).all(|i| view.at(&ctx, i).unwrap().outcome == Outcome::Rejected));
    assert_eq!(view.len(&ctx), 7);
    let (app, ctx) = after("2uubpx");
    assert_eq!(app.decisions.len(&ctx), ctx.index.decisions.len());
    assert_eq!(app.list(Screen::Decisions).selected, 0);
}

#[test]
fn the_objective_filter_takes_an_old_code_and_keeps_decisions_under_every_code() {
    // SD2 OD5 was SD1 OD1: picking it by today's code keeps the 2020 decisions too.
    let (app, ctx) = after("2dsd2 od5⏎");
    let view = &app.decisions;
    assert!(app.picker.is_none());
    let kept: Vec<_> = (0..view.len(&ctx)).map(|i| view.at(&ctx, i).unwrap()).collect();
    let id = ctx.index.objectives.resolve("SD2 OD5")[0].id.clone();
    // Its own decisions and those of the objective demoted to one of its actions, as the
    // tree counts them.
    let objectives = &ctx.index.objectives;
    let serving = ctx
        .index
        .decisions
        .iter()
        .filter(|d| objectives.counted_under(&d.objectives).contains(&&id))
        .count();
    assert_eq!(kept.len(), serving);
    assert_eq!(Some(serving), ctx.counts.get(id.as_str()).map(|c| c.0));
    assert!(kept.iter().any(|d| d.date.format("%Y").to_string() == "2020"), "{kept:?}");
    let text = screen(Lang::Nl, (80, 24), "2dsd2 od5⏎");
    assert!(text.contains("· SD2 OD5"), "{text}");
    // Esc closes the picker without filtering.
    let (app, _) = after_keys(&[KeyCode::Char('2'), KeyCode::Char('d'), KeyCode::Esc]);
    assert!(app.picker.is_none() && app.decisions.filter.is_empty());
}

#[test]
fn actions_group_by_owner_and_by_municipality() {
    let (app, ctx) = after("4g");
    let names: Vec<String> = app
        .actions
        .order(&ctx)
        .iter()
        .map(|&i| app.actions.group(&ctx, &ctx.index.actions[i]))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    let text = screen(Lang::Nl, (80, 24), "4gg");
    assert!(text.contains("per gemeente"), "{text}");
}

#[test]
fn a_search_hit_on_an_ended_objective_opens_it_in_the_tree() {
    use stuurgroep::tui::app::Screen;
    let (app, ctx) = after("/drempels⏎");
    assert_eq!(app.screen, Screen::Objectives);
    let lines = stuurgroep::tui::app::tree(&ctx, &app);
    let o = lines[app.list(Screen::Objectives).selected];
    assert_eq!(o.id.as_str(), "od-drempels");
    assert!(app.list(Screen::Objectives).detail && app.show_ended);
}

fn after_keys(keys: &[KeyCode]) -> (App, Ctx) {
    let ctx = ctx(Lang::Nl);
    let mut app = App::default();
    for code in keys {
        stuurgroep::tui::handle_key(&mut app, KeyEvent::new(*code, KeyModifiers::NONE), &ctx);
    }
    (app, ctx)
}

#[test]
fn the_detail_shows_decisions_taken_under_an_old_code() {
    // SD2 OD5 was SD1 OD1 until 2021: its detail lists the 2020 decision with the old code.
    let ctx = ctx(Lang::Nl);
    let lines = stuurgroep::tui::app::tree(&ctx, &App::default());
    let i = lines.iter().position(|o| o.code.to_string() == "SD2 OD5").unwrap();
    let keys: String = "j".repeat(i) + "⏎";
    let text = screen(Lang::Nl, (120, 40), &keys);
    assert!(text.replace(['\n', '│'], " ").contains("(toen SD1 OD1)"), "{text}");
}

#[test]
fn q_quits_and_esc_closes_the_help() {
    let ctx = ctx(Lang::Nl);
    let mut app = App::default();
    let press = |app: &mut App, c: KeyCode| {
        let screen = app.screen;
        app.update(action_for(KeyEvent::new(c, KeyModifiers::NONE), screen).unwrap(), &ctx)
    };
    assert!(press(&mut app, KeyCode::Char('?')).is_empty());
    assert!(app.help);
    let asked = press(&mut app, KeyCode::Esc);
    assert!(!app.help && asked.is_empty());
    assert_eq!(press(&mut app, KeyCode::Char('q')), [stuurgroep::tui::effect::Effect::Quit]);
}

#[test]
fn from_a_decision_to_its_objective_and_its_meeting() {
    use stuurgroep::tui::app::Screen;
    // It serves two objectives: `o` asks which, Enter takes the first.
    let (app, ctx) = after("2jjo⏎");
    let decision = App::default().decisions.at(&ctx, 2).unwrap();
    assert_eq!(app.screen, Screen::Objectives);
    let lines = stuurgroep::tui::app::tree(&ctx, &app);
    assert_eq!(lines[app.list(Screen::Objectives).selected].id, decision.objectives[0]);
    let (app, ctx) = after("2jjm");
    assert_eq!(app.screen, Screen::Meetings);
    let i = ctx.meetings[app.list(Screen::Meetings).selected];
    assert_eq!(&ctx.folder.meetings[i].value.id, decision.meeting());
}

#[test]
fn the_mouse_selects_opens_scrolls_and_switches_tabs() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    use stuurgroep::tui::app::Screen;
    let ctx = ctx(Lang::Nl);
    let mut app = App::default();
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let at = |kind, column, row| MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE };
    let click = |column, row| at(MouseEventKind::Down(MouseButton::Left), column, row);
    // Line 3 of the tree (row 2 is the first list line under the tab bar and border).
    stuurgroep::tui::handle_mouse(&mut app, click(10, 4), area, &ctx);
    assert_eq!(app.list(Screen::Objectives).selected, 2);
    stuurgroep::tui::handle_mouse(&mut app, click(10, 4), area, &ctx);
    assert!(app.list(Screen::Objectives).detail, "a second click opens");
    let mut app = App::default();
    stuurgroep::tui::handle_mouse(&mut app, at(MouseEventKind::ScrollDown, 10, 10), area, &ctx);
    assert_eq!(app.list(Screen::Objectives).selected, 1);
    // The second tab, " 1 Doelstellingen │ 2 Besluiten": "2 Besluiten" starts at column 20.
    stuurgroep::tui::handle_mouse(&mut app, click(22, 0), area, &ctx);
    assert_eq!(app.screen, Screen::Decisions);
}

#[test]
fn a_broken_file_is_named_on_the_status_line_and_the_rest_opens() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["data", "meetings"] {
        copy(&root.join(sub), &dir.path().join(sub));
    }
    let broken = dir.path().join("meetings/2021/2021-11-16-stuurgroep.ron");
    let text = std::fs::read_to_string(&broken).unwrap().replacen(
        "outcome: Adopted,",
        "outcome: Adopted",
        1,
    );
    std::fs::write(&broken, text).unwrap();
    let ctx =
        screen::named(Ctx::new(stuurgroep::store::load_folder(dir.path()).unwrap(), Lang::Nl));
    assert_eq!(ctx.folder.meetings.len(), 18);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| draw(f, &App::default(), &ctx, &Theme::new(true))).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let status: String = (0..80).map(|x| buffer[(x, 23)].symbol().to_owned()).collect();
    assert!(
        status.contains("1 fout, 0 waarschuwingen: meetings/2021/2021-11-16-stuurgroep.ron"),
        "{status}"
    );
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
