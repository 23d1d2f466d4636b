//! The questions of a new meeting refuse what cannot be read, at the moment it is typed;
//! Ctrl-U clears a line offered pre-filled; a yes/no question takes j, y, n or Esc only.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::App;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::effect::Effect;
use stuurgroep::tui::session::{Intent, Notice, Prompt, Session};

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

#[test]
fn an_unreadable_start_time_keeps_the_question_open_with_why() {
    let ctx = ctx();
    let mut s = Session::new(App::default(), Some("lotte-verhaegen".into()));
    let _ = s.start(Intent::New, &ctx);
    // The body (the first), then the day, offered as today: Ctrl-U clears it.
    press(&mut s, &ctx, "⏎⌧2027-01-20⏎");
    assert!(matches!(s.prompt, Some(Prompt::Start(..))), "the start is asked");
    for wrong in ["25:70", "half acht"] {
        press(&mut s, &ctx, &format!("⌧{wrong}⏎"));
        assert_eq!(s.notice, Some(Notice::BadTime(wrong.into())));
        assert!(matches!(s.prompt, Some(Prompt::Start(..))), "{wrong}: asked again");
    }
    let asked = press(&mut s, &ctx, "⌧19:45⏎⌧Halle⏎");
    let [Effect::Create(new)] = &asked[..] else { panic!("{asked:?}") };
    assert_eq!(new.start, chrono::NaiveTime::from_hms_opt(19, 45, 0));
    assert_eq!(new.location.as_deref(), Some("Halle"));
}

#[test]
fn no_start_time_at_all_is_allowed() {
    let ctx = ctx();
    let mut s = Session::new(App::default(), Some("lotte-verhaegen".into()));
    let _ = s.start(Intent::New, &ctx);
    let asked = press(&mut s, &ctx, "⏎⌧2027-01-20⏎⌧⏎⏎");
    let [Effect::Create(new)] = &asked[..] else { panic!("{asked:?}") };
    assert_eq!(new.start, None);
}

#[test]
fn a_yes_no_question_takes_only_yes_no_or_esc() {
    let ctx = ctx();
    let mut s = Session::new(App::default(), None);
    s.prompt = Some(Prompt::StIgnore);
    let asked = press(&mut s, &ctx, "?");
    assert_eq!(s.notice, Some(Notice::YesOrNo));
    assert!(matches!(s.prompt, Some(Prompt::StIgnore)), "the question stays");
    assert!(asked.is_empty());
    let asked = press(&mut s, &ctx, "x");
    assert!(s.prompt.is_some() && asked.is_empty());
    assert_eq!(press(&mut s, &ctx, "⎋"), [Effect::KeepStIgnore]);
    s.prompt = Some(Prompt::StIgnore);
    assert_eq!(press(&mut s, &ctx, "j"), [Effect::AddStIgnore]);
}
