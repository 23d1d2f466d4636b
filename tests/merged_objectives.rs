//! An objective's decisions follow it through merges: a decision taken under an objective
//! later merged into another counts under today's holder in the app's tree, in
//! `decisions --od` (by today's code, an old code or the id) and in the progress report
//! alike, and is labelled with today's code and its code then, never with a code another
//! objective holds today.

mod common;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::index::Index;
use stuurgroep::index::strings::code_label;
use stuurgroep::tui::ctx::Ctx;

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

fn stuurgroep(args: &[&str]) -> String {
    let out = common::cli::run_on(common::export::example_root(), args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", common::cli::stderr(&out));
    common::cli::stdout(&out)
}

/// How many decisions `decisions --od <od>` lists.
fn listed(od: &str) -> usize {
    let json: serde_json::Value =
        serde_json::from_str(&stuurgroep(&["decisions", "--od", od, "--json"])).unwrap();
    json.as_array().unwrap().len()
}

#[test]
fn tree_command_line_and_report_count_every_objective_alike() {
    let ctx = ctx();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let rows = stuurgroep::export::report::rows(&ctx.index, None, None, today);
    let mut checked = 0;
    for o in ctx.index.objectives.all().iter().filter(|o| o.parent.is_some()) {
        let tree = ctx.counts_of(o.id.as_str()).0;
        assert_eq!(listed(o.id.as_str()), tree, "{} by id", o.id);
        if !o.is_active() {
            continue;
        }
        assert_eq!(listed(&o.code.to_string()), tree, "{} by today's code {}", o.id, o.code);
        let row = rows.iter().find(|r| r.code == o.code.to_string()).unwrap();
        assert_eq!(row.decisions.iter().sum::<usize>(), tree, "{} in the report", o.code);
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    // od-drempels was merged into SD1 OD1: its ten decisions count there, 41 in all.
    let spreiden = ctx.counts_of("od-spreiden").0;
    assert_eq!(spreiden, 41);
    assert_eq!(listed("od-drempels"), 10);
    assert_eq!(listed("SD1 OD1"), 41);
}

#[test]
fn a_merged_objectives_decisions_show_todays_code_and_the_code_then() {
    let out = stuurgroep(&["decisions", "--od", "od-drempels"]);
    assert!(out.contains("SD1 OD1, toen SD1 OD2 (samengevoegd)"), "{out}");
    let en = stuurgroep(&["--lang", "en", "decisions", "--od", "od-drempels"]);
    assert!(en.contains("SD1 OD1, then SD1 OD2 (merged)"), "{en}");
    // SD1 OD2 today is another objective: only its own decision is listed under it.
    assert_eq!(listed("SD1 OD2"), 1);
}

#[test]
fn no_decision_is_labelled_with_a_code_another_objective_holds_today() {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let index = Index::build(&folder);
    let objectives = &index.objectives;
    for d in &index.decisions {
        for id in &d.objectives {
            let Some(o) = objectives.get(id.as_str()) else { continue };
            let label = code_label(Lang::Nl, o, d.date);
            if label.starts_with("toen ") {
                continue;
            }
            // A label that starts with a code names the objective that carries it today.
            let holder = objectives.get(objectives.holder_id(id).as_str()).unwrap();
            let shown = holder.is_active() && label.starts_with(&holder.code.to_string());
            let active_owner = objectives.all().iter().find(|x| x.is_active() && x.code == o.code);
            assert!(
                shown || active_owner.is_none_or(|x| x.id == holder.id),
                "{}: {} labelled {label}",
                d.reference,
                o.id
            );
        }
    }
}

#[test]
fn the_objective_detail_lists_the_merged_objectives_decisions() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let ctx = ctx();
    let mut app = stuurgroep::tui::app::App::default();
    // The tree starts at SD1; its first OD is SD1 OD1; Enter opens its detail.
    for code in [KeyCode::Char('j'), KeyCode::Enter] {
        stuurgroep::tui::handle_key(&mut app, KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    }
    // Tall enough for the whole list of decisions.
    let mut terminal = Terminal::new(TestBackend::new(120, 200)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, &app, &ctx, &theme);
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    let text: String = (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n")
        .collect();
    assert!(text.contains("SD1 OD1  Regionale acties"), "{text}");
    // Wrapped in the panel: "samengevoegd)" may start the next line.
    assert!(text.contains("2021-11-16-stuurgroep/3  uitgesteld (toen SD1 OD2,"), "{text}");
    assert!(text.contains("samengevoegd)"), "{text}");
}
