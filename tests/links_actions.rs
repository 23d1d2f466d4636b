//! An objective's and a meeting's action items: listed in their detail with their status,
//! offered by the links picker (`f`) after the decisions, Enter opens the action item on the
//! actions screen and Backspace comes back.

mod screen;

use screen::press;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use stuurgroep::domain::ids::ActionItemRef;
use stuurgroep::i18n::Lang;
use stuurgroep::index::actions::ActionEntry;
use stuurgroep::tui::app::{App, Screen};
use stuurgroep::tui::ctx::Ctx;

fn ctx() -> Ctx {
    screen::example(Lang::Nl)
}

/// The detail panel as text at 120×50.
fn detail(app: &App, ctx: &Ctx) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 50)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    let mut drawn = stuurgroep::tui::browse::Drawn::default();
    terminal.draw(|f| drawn = stuurgroep::tui::draw::draw(f, app, ctx, &theme)).unwrap();
    screen::crop(terminal.backend().buffer(), drawn.panels.detail.expect("a detail is open"))
}

/// Opens, through the links picker, the option naming action item `wanted`.
fn pick(app: &mut App, ctx: &Ctx, wanted: &ActionItemRef) {
    press(app, ctx, &[KeyCode::Char('f')]);
    let picker = app.picker.as_ref().expect("a picker of links");
    let at = picker.options.iter().position(|o| o.label.starts_with(&wanted.to_string()));
    let at = at.unwrap_or_else(|| panic!("{wanted} among the links"));
    press(app, ctx, &vec![KeyCode::Down; at]);
    press(app, ctx, &[KeyCode::Enter]);
}

fn selected_action(app: &App, ctx: &Ctx) -> ActionItemRef {
    app.actions.at(ctx, app.list(Screen::Actions).selected).unwrap().reference.clone()
}

/// The newest action item serving a still active objective.
fn serving_active(ctx: &Ctx) -> &ActionEntry {
    let active = |a: &&ActionEntry| {
        let o = a.objective.as_ref().and_then(|id| ctx.index.objectives.get(id.as_str()));
        o.is_some_and(|o| o.is_active() && o.parent.is_some())
    };
    ctx.index.actions.iter().rev().find(active).expect("the example has one")
}

#[test]
fn an_objective_lists_its_action_items_and_opens_one() {
    let ctx = ctx();
    let a = serving_active(&ctx).clone();
    let mut app = App::default();
    let id = a.objective.clone().unwrap();
    let line = app.objectives.reveal(&ctx, &id).expect("the objective is in the tree");
    app.show(Screen::Objectives);
    app.select(Screen::Objectives, line);
    press(&mut app, &ctx, &[KeyCode::Enter]);
    let panel = detail(&app, &ctx);
    assert!(panel.contains("Actiepunten"), "{panel}");
    assert!(panel.contains(&format!("{}  {}", a.date, a.reference)), "{panel}");
    insta::assert_snapshot!("objective_action_items_nl_120x50", panel);
    pick(&mut app, &ctx, &a.reference);
    assert_eq!(app.screen, Screen::Actions, "the action item opens on the actions screen");
    assert_eq!(selected_action(&app, &ctx), a.reference);
    assert!(app.list(Screen::Actions).detail, "with its detail open");
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!(app.screen, Screen::Objectives, "Back returns to the objective");
    assert_eq!(app.list(Screen::Objectives).selected, line);
    assert!(app.list(Screen::Objectives).detail);
}

#[test]
fn a_meeting_lists_its_action_items_with_their_status_and_opens_one() {
    let ctx = ctx();
    // An action item of the newest meeting that agreed any: after its decisions in the picker.
    let newest = ctx.index.actions.iter().max_by_key(|a| a.date).expect("the example has some");
    let at = |b: &&ActionEntry| b.reference.meeting() == newest.reference.meeting();
    let a = ctx.index.actions.iter().filter(at).max_by_key(|b| b.reference.to_string());
    let a = a.unwrap().clone();
    let mut app = App::default();
    app.show(Screen::Meetings);
    app.select_meeting(a.reference.meeting(), &ctx);
    let line = app.list(Screen::Meetings).selected;
    press(&mut app, &ctx, &[KeyCode::Enter]);
    // Read on (J) to the agenda item that agreed it.
    let words: String = a.text.chars().take(20).collect();
    let mut panel = detail(&app, &ctx);
    for _ in 0..30 {
        if panel.contains(&words) {
            break;
        }
        press(&mut app, &ctx, &[KeyCode::Char('J')]);
        panel = detail(&app, &ctx);
    }
    let today = chrono::Local::now().date_naive();
    let status =
        stuurgroep::index::strings::action_status(Lang::Nl, a.status(), a.is_overdue(today));
    assert!(panel.contains(&words), "{words}:\n{panel}");
    assert!(panel.contains(&format!(" – {status}")), "its status, {status}:\n{panel}");
    pick(&mut app, &ctx, &a.reference);
    assert_eq!(app.screen, Screen::Actions);
    assert_eq!(selected_action(&app, &ctx), a.reference);
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!((app.screen, app.list(Screen::Meetings).selected), (Screen::Meetings, line));
}
