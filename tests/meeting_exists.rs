//! Typing the date of a meeting that exists, when creating one, says so and asks: open that
//! one (j), or pick another date (n/Esc); nothing is opened unasked.

mod screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::draw::draw_session;
use stuurgroep::tui::effect::Effect;
use stuurgroep::tui::session::{Intent, Notice, Prompt, Session};
use stuurgroep::tui::theme::Theme;

fn ctx() -> Ctx {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    Ctx::new(folder, Lang::Nl)
}

/// Presses `keys`; what they asked of the rest of the app, in order.
fn press(session: &mut Session, ctx: &Ctx, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in keys.chars() {
        let key = match c {
            '⏎' => KeyEvent::from(KeyCode::Enter),
            '⎋' => KeyEvent::from(KeyCode::Esc),
            '⌧' => KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
            c => KeyEvent::from(KeyCode::Char(c)),
        };
        effects.extend(session.handle_key(key, ctx));
    }
    effects
}

fn text(session: &Session, ctx: &Ctx) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 24)).unwrap();
    terminal
        .draw(|f| {
            draw_session(f, session, ctx, None, &Theme::new(true));
        })
        .unwrap();
    screen::buffer_text(terminal.backend().buffer())
}

/// A session at the date question of a new meeting, and the date of an existing meeting of
/// the body asked for.
fn at_the_date(ctx: &Ctx) -> (Session, String) {
    let mut s = Session::new(App::default(), Some("lotte-verhaegen".into()));
    let _ = s.start(Intent::New, ctx);
    press(&mut s, ctx, "⏎");
    let Some(Prompt::Date(body, _)) = &s.prompt else { panic!("the date is asked") };
    let existing = ctx.folder.meetings.iter().map(|m| &m.value).find(|m| &m.body == body);
    let date = existing.expect("a meeting of the body").date.format("%Y-%m-%d").to_string();
    (s, date)
}

#[test]
fn an_existing_date_asks_and_j_opens_that_meeting() {
    let ctx = ctx();
    let (mut s, date) = at_the_date(&ctx);
    let asked = press(&mut s, &ctx, &format!("⌧{date}⏎"));
    assert!(asked.is_empty(), "nothing opened unasked: {asked:?}");
    assert!(matches!(s.prompt, Some(Prompt::Exists(..))));
    let shown = text(&s, &ctx);
    assert!(shown.contains(&format!("Er is al een vergadering op {date}")), "{shown}");
    // Another key answers nothing.
    let asked = press(&mut s, &ctx, "?");
    assert_eq!(s.notice, Some(Notice::YesOrNo));
    assert!(asked.is_empty());
    let asked = press(&mut s, &ctx, "j");
    let [Effect::Open(id)] = &asked[..] else { panic!("{asked:?}") };
    assert!(id.as_str().starts_with(&date), "{id}");
    assert!(s.prompt.is_none());
}

#[test]
fn an_existing_date_and_n_asks_another_date() {
    let ctx = ctx();
    for no in ["n", "⎋"] {
        let (mut s, date) = at_the_date(&ctx);
        let asked = press(&mut s, &ctx, &format!("⌧{date}⏎{no}"));
        assert!(asked.is_empty(), "{no}: nothing opened");
        assert!(matches!(s.prompt, Some(Prompt::Date(..))), "{no}: the date is asked again");
        press(&mut s, &ctx, "⌧2031-03-04⏎");
        assert!(matches!(s.prompt, Some(Prompt::Start(..))), "a free date goes on");
    }
}
