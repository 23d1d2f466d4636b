//! The state filter on action items: `o` on the actions screen keeps the open ones, then the
//! overdue ones, then the done ones, says so in the list's title, keeps the grouping, and a
//! fourth `o` (or `x`) shows them all.

mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::index::actions::ActionStatus;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::named(Ctx::new(folder, Lang::Nl))
}

/// Presses `keys`, then the screen at 100×30.
fn press(app: &mut App, ctx: &Ctx, keys: &str) -> String {
    for c in keys.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        stuurgroep::tui::handle_key(app, key, ctx);
    }
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(true);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw(f, app, ctx, &theme);
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

#[test]
fn o_keeps_the_open_action_items_and_says_so() {
    let ctx = ctx();
    let all = ctx.index.actions.len();
    let open = ctx.index.actions.iter().filter(|a| a.status() == ActionStatus::Open).count();
    assert!(open > 0 && open < all, "the example has open and closed action items");
    let mut app = App::default();
    let screen = press(&mut app, &ctx, "4");
    assert!(screen.contains(&format!("Actiepunten ({all})")), "{screen}");
    let screen = press(&mut app, &ctx, "o");
    assert!(screen.contains(&format!("Actiepunten ({open}) · alleen open")), "{screen}");
    let shown = app.actions.order(&ctx);
    assert_eq!(shown.len(), open);
    assert!(shown.iter().all(|&i| ctx.index.actions[i].status() == ActionStatus::Open));
    // Grouped by owner, still only the open ones.
    let screen = press(&mut app, &ctx, "g");
    assert!(screen.contains(&format!("({open}) · per eigenaar · alleen open")), "{screen}");
    let today = chrono::Local::now().date_naive();
    let overdue = ctx.index.actions.iter().filter(|a| a.is_overdue(today)).count();
    let screen = press(&mut app, &ctx, "o");
    assert!(screen.contains(&format!("({overdue}) · per eigenaar · te laat")), "{screen}");
    assert!(app.actions.order(&ctx).iter().all(|&i| ctx.index.actions[i].is_overdue(today)));
    let done = ctx.index.actions.iter().filter(|a| a.status() == ActionStatus::Done).count();
    let screen = press(&mut app, &ctx, "o");
    assert!(screen.contains(&format!("({done}) · per eigenaar · afgerond")), "{screen}");
    let screen = press(&mut app, &ctx, "o");
    assert!(screen.contains(&format!("Actiepunten ({all}) · per eigenaar ")), "{screen}");
    assert!(!screen.contains("alleen open"), "{screen}");
    // `x` clears the filter at once, the grouping stays.
    let screen = press(&mut app, &ctx, "ox");
    assert!(screen.contains(&format!("Actiepunten ({all}) · per eigenaar ")), "{screen}");
}
