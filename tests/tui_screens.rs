//! Every screen of the app on the bundled example, in Dutch and English (ratatui's
//! TestBackend and insta), and what keys do. Snapshots show one panel each (the list, the detail, the tab
//! bar, the status line, at 80×24, cut from the frame by the layout `draw` returned), so a
//! change to one part rewrites only its own; a few whole frames show what lies on top (help,
//! search, picker) and how the panels sit together.

mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::sync::Arc;
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
    let mut browser = screen::Browser::new(ctx(lang));
    browser.keys(keys);
    screen::buffer_text(&browser.draw(size).0)
}

/// A part of the frame, drawn on its own in a snapshot: a change elsewhere (the status
/// line, the tabs) leaves it as it is.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// The screen's list.
    List,
    /// The selected line's detail.
    Detail,
    /// The tab bar.
    Tabs,
    /// The status line.
    Status,
}

/// Part `part` of an 80×24 frame after pressing `keys`, from the layout the frame drew.
fn part(lang: Lang, keys: &str, part: Part) -> String {
    let mut browser = screen::Browser::new(ctx(lang));
    browser.keys(keys);
    let (buffer, drawn) = browser.draw((80, 24));
    let area = match part {
        Part::List => drawn.panels.list,
        Part::Detail => drawn.panels.detail,
        Part::Tabs => drawn.tabs.iter().map(|t| t.0).reduce(|a, b| a.union(b)),
        Part::Status => Some(drawn.status),
    };
    let text = screen::crop(&buffer, area.unwrap_or_else(|| panic!("no {part:?} after {keys}")));
    text.replacen(" main · ", " <map> · ", 1)
}

macro_rules! panels {
    ($($name:ident: $keys:expr => $part:ident;)*) => {$(
        #[test]
        fn $name() {
            for (lang, tag) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
                let name = format!("{}_{tag}", stringify!($name));
                insta::assert_snapshot!(name, part(lang, $keys, Part::$part));
            }
        }
    )*};
}

panels! {
    objectives_tree: "" => List;
    objective_detail: "jj⏎" => Detail;
    folded_strategic_objective: "⏎" => List;
    ended_objectives: "e" => List;
    decisions_list: "2" => List;
    decisions_filtered: "2bpu" => List;
    decision_detail: "2jj⏎" => Detail;
    meetings_list: "3" => List;
    meeting_minutes: "3jj⏎" => Detail;
    actions_list: "4" => List;
    actions_by_municipality: "4gg" => List;
    action_detail: "4⏎" => Detail;
    tab_bar: "2" => Tabs;
    status_line: "" => Status;
}

/// Whole frames, for what lies over the screens and how the panels sit together.
macro_rules! frames {
    ($($name:ident as $snap:literal: $keys:expr, $lang:ident, $size:expr;)*) => {$(
        #[test]
        fn $name() {
            let (lang, size) = (Lang::$lang, $size);
            let name = format!("{}_{}_{}x{}", $snap, lang_tag(lang), size.0, size.1);
            insta::assert_snapshot!(name, screen(lang, size, $keys));
        }
    )*};
}

fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    }
}

frames! {
    whole_objectives_tree as "objectives_tree": "", Nl, (80, 24);
    whole_decision_detail as "decision_detail": "2jj⏎", En, (120, 40);
    help as "help": "?", Nl, (80, 24);
    search_results as "search_results": "/initieren", Nl, (80, 24);
    objective_picker as "objective_picker": "2dsd2 od", En, (120, 40);
}

/// The app after `keys`, for assertions on state.
fn after(keys: &str) -> (App, Arc<Ctx>) {
    let mut browser = screen::Browser::new(ctx(Lang::Nl));
    browser.keys(keys);
    (browser.app, browser.ctx)
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
    use stuurgroep::tui::action::bindings;
    // Every screen's rows: those of this screen shown, the others' own rows not.
    for b in stuurgroep::tui::app::Screen::ALL.into_iter().flat_map(bindings) {
        let says = stuurgroep::tui::strings::browse::action(Lang::En, b.action);
        // The help's own row, its keys then what they do: the tab bar and the status line
        // say "decisions" and "meetings" too, whatever the help shows.
        let row = format!(" {:<12}{says}", b.label);
        let applies = bindings(screen_).any(|own| own.label == b.label && own.action == b.action);
        assert_eq!(text.contains(&row), applies, "{row:?} on {screen_:?}:\n{text}");
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
    assert_eq!(serving, ctx.counts_of(id.as_str()).0);
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
    assert!(app.list(Screen::Objectives).detail && app.objectives.show_ended);
}

fn after_keys(keys: &[KeyCode]) -> (App, Arc<Ctx>) {
    let mut browser = screen::Browser::new(ctx(Lang::Nl));
    keys.iter().for_each(|code| browser.press(*code));
    (browser.app, browser.ctx)
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
    terminal
        .draw(|f| {
            draw(f, &App::default(), &ctx, &Theme::new(true));
        })
        .unwrap();
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
