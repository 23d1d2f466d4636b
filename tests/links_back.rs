//! Links both ways, and back: from a decision to what it amends, to one of its objectives
//! (a picker asks which), from an objective or a meeting into its decisions; Backspace goes
//! back to where the member was, the selection kept.

mod screen;

use screen::press;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use stuurgroep::domain::ids::DecisionRef;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::{App, Screen};
use stuurgroep::tui::ctx::Ctx;

fn ctx() -> Ctx {
    screen::example(Lang::Nl)
}

/// The screen as text at 100×30.
fn drawn(app: &App, ctx: &Ctx) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, app, ctx, &theme);
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

/// The decisions screen with the first decision `keep` keeps selected and its detail open.
fn on_decision(
    ctx: &Ctx,
    keep: impl Fn(&stuurgroep::index::decisions::DecisionEntry) -> bool,
) -> (App, DecisionRef) {
    let mut app = App::default();
    let at = ctx.index.decisions.iter().position(keep).expect("the example has one");
    let line = app.decisions.line_of(ctx, at).unwrap();
    app.show(Screen::Decisions);
    app.select(Screen::Decisions, line);
    press(&mut app, ctx, &[KeyCode::Enter]);
    (app, ctx.index.decisions[at].reference.clone())
}

fn selected_decision(app: &App, ctx: &Ctx) -> DecisionRef {
    let line = app.list(Screen::Decisions).selected;
    app.decisions.at(ctx, line).unwrap().reference.clone()
}

#[test]
fn follow_an_amends_link_and_come_back() {
    let ctx = ctx();
    let (mut app, from) = on_decision(&ctx, |d| d.amends().is_some());
    let amended = ctx
        .index
        .decisions
        .iter()
        .find(|d| d.reference == from)
        .unwrap()
        .amends()
        .cloned()
        .unwrap();
    press(&mut app, &ctx, &[KeyCode::Char('f')]);
    let screen = drawn(&app, &ctx);
    assert!(screen.contains("Ga naar"), "the links picker opens:\n{screen}");
    assert!(screen.contains(&format!("wijzigt {amended}")), "it names the amended one:\n{screen}");
    // The amends link comes first.
    press(&mut app, &ctx, &[KeyCode::Enter]);
    assert_eq!(selected_decision(&app, &ctx), amended);
    assert!(app.list(Screen::Decisions).detail);
    let screen = drawn(&app, &ctx);
    assert!(screen.contains(&format!("gewijzigd door {from}")), "both ways:\n{screen}");
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!(selected_decision(&app, &ctx), from, "back on the amending decision");
    assert!(app.list(Screen::Decisions).detail, "with its detail open");
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert!(!app.list(Screen::Decisions).detail, "nothing left to go back to: the detail closes");
}

#[test]
fn o_with_two_objectives_asks_which() {
    let ctx = ctx();
    let (mut app, from) = on_decision(&ctx, |d| d.objectives.len() >= 2);
    let d = ctx.index.decisions.iter().find(|d| d.reference == from).unwrap();
    press(&mut app, &ctx, &[KeyCode::Char('o')]);
    let picker = app.picker.as_ref().expect("a picker asks which objective");
    assert_eq!(picker.shown.len(), d.objectives.len());
    assert_eq!(app.screen, Screen::Decisions, "nothing followed yet");
    press(&mut app, &ctx, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(app.screen, Screen::Objectives);
    let tree = stuurgroep::tui::app::tree(&ctx, &app);
    assert_eq!(tree[app.list(Screen::Objectives).selected].id, d.objectives[1], "the second one");
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!(app.screen, Screen::Decisions);
    assert_eq!(selected_decision(&app, &ctx), from);
}

#[test]
fn an_objective_and_a_meeting_open_their_decisions() {
    let ctx = ctx();
    let (mut app, from) = on_decision(&ctx, |d| d.objectives.len() == 1);
    press(&mut app, &ctx, &[KeyCode::Char('o')]);
    assert_eq!(app.screen, Screen::Objectives, "one objective: no question");
    press(&mut app, &ctx, &[KeyCode::Char('f')]);
    let picker = app.picker.as_ref().expect("its decisions to pick from");
    let wanted = picker.options.iter().position(|o| o.label.contains(from.to_string().as_str()));
    let wanted = wanted.expect("the decision we came from is among them");
    press(&mut app, &ctx, &vec![KeyCode::Down; wanted]);
    press(&mut app, &ctx, &[KeyCode::Enter]);
    assert_eq!(app.screen, Screen::Decisions);
    assert_eq!(selected_decision(&app, &ctx), from);
    press(&mut app, &ctx, &[KeyCode::Char('m'), KeyCode::Char('f'), KeyCode::Enter]);
    assert_eq!(app.screen, Screen::Decisions, "a meeting's decision opens");
    let opened = selected_decision(&app, &ctx);
    let d = ctx.index.decisions.iter().find(|d| d.reference == opened).unwrap();
    let came = ctx.index.decisions.iter().find(|d| d.reference == from).unwrap();
    assert_eq!(d.meeting(), came.meeting(), "one of that meeting's");
    // Back through every step: meeting, decision, objective, the first decision.
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!(app.screen, Screen::Meetings);
    press(&mut app, &ctx, &[KeyCode::Backspace, KeyCode::Backspace, KeyCode::Backspace]);
    assert_eq!((app.screen, selected_decision(&app, &ctx)), (Screen::Decisions, from));
}

#[test]
fn an_action_item_goes_to_its_meeting_and_comes_back() {
    let ctx = ctx();
    let mut app = App::default();
    let line =
        app.actions.order(&ctx).iter().position(|&i| ctx.index.actions[i].objective.is_some());
    let line = line.expect("the example has an action item serving an objective");
    let a = app.actions.at(&ctx, line).unwrap().clone();
    app.show(Screen::Actions);
    app.select(Screen::Actions, line);
    press(&mut app, &ctx, &[KeyCode::Char('f')]);
    let screen = drawn(&app, &ctx);
    assert!(screen.contains(&format!("Vergadering  {}", a.reference.meeting())), "{screen}");
    press(&mut app, &ctx, &[KeyCode::Enter]);
    assert_eq!(app.screen, Screen::Meetings);
    let i = ctx.meetings[app.list(Screen::Meetings).selected];
    assert_eq!(&ctx.folder.meetings[i].value.id, a.reference.meeting());
    press(&mut app, &ctx, &[KeyCode::Backspace]);
    assert_eq!((app.screen, app.list(Screen::Actions).selected), (Screen::Actions, line));
}
