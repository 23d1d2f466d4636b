//! The filters a member expects, each said in the list's title and cleared with `x`: in
//! force on the decisions, the body on the meetings (80×24, TestBackend).

mod screen;

use std::path::Path;
use stuurgroep::i18n::Lang;
use stuurgroep::tui::app::Screen;
use stuurgroep::tui::ctx::Ctx;

fn browser() -> screen::Browser {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    screen::Browser::new(screen::named(Ctx::new(folder, Lang::Nl)))
}

/// The list's title row as drawn.
fn title(browser: &screen::Browser) -> String {
    let (buffer, drawn) = browser.draw((80, 24));
    let list = drawn.panels.list.expect("a list");
    screen::crop(&buffer, ratatui::layout::Rect { height: 1, ..list })
}

#[test]
fn v_keeps_the_decisions_in_force_and_x_clears_it() {
    let mut b = browser();
    b.keys("2v");
    let all = b.ctx.index.decisions.len();
    let in_force = b.ctx.index.decisions.iter().filter(|d| d.in_force()).count();
    assert!(in_force > 0 && in_force < all, "the example has decisions no longer in force");
    assert!(
        title(&b).contains(&format!("Besluiten ({in_force}/{all}) · van kracht")),
        "{}",
        title(&b)
    );
    let view = &b.app.decisions;
    assert!((0..view.len(&b.ctx)).all(|i| view.at(&b.ctx, i).unwrap().in_force()));
    b.keys("v");
    assert!(title(&b).contains(&format!("Besluiten ({all}) ")), "{}", title(&b));
    b.keys("vbx");
    assert!(title(&b).contains(&format!("Besluiten ({all}) ")), "{}", title(&b));
}

#[test]
fn b_keeps_one_bodys_meetings_and_opens_the_right_minutes() {
    let mut b = browser();
    b.keys("3b");
    let body = b.app.meetings.body.clone().expect("a body");
    let name = b.ctx.folder.members.as_ref().unwrap().value.body(&body).unwrap().name.clone();
    let held: Vec<_> = (b.ctx.meetings.iter().map(|&i| &b.ctx.folder.meetings[i].value))
        .filter(|m| m.body == body)
        .map(|m| m.id.clone())
        .collect();
    let all = b.ctx.meetings.len();
    assert!(!held.is_empty() && held.len() < all, "the example has meetings of several bodies");
    let shown = format!("Vergaderingen ({}/{all}) · {name}", held.len());
    assert!(title(&b).contains(&shown), "{}", title(&b));
    // The second line is the body's second meeting: Enter opens its minutes.
    b.keys("j⏎");
    let (buffer, drawn) = b.draw((80, 24));
    let detail = screen::crop(&buffer, drawn.panels.detail.expect("the minutes"));
    assert!(detail.lines().next().unwrap().contains(held[1].as_str()), "{detail}");
    b.keys("⎋x");
    assert!(title(&b).contains(&format!("Vergaderingen ({all}) ")), "{}", title(&b));
}

#[test]
fn a_jump_to_a_meeting_the_filter_hides_clears_it_and_back_puts_it_back() {
    let mut b = browser();
    // The newest decision's meeting, with the meetings filtered on another body.
    let newest = b.app.decisions.at(&b.ctx, 0).unwrap().clone();
    b.keys("3b");
    while b.app.meetings.body.as_ref().is_some_and(|body| body == &newest.body) {
        b.keys("b");
    }
    let body = b.app.meetings.body.clone();
    assert!(body.is_some());
    b.keys("2m");
    assert_eq!(b.app.screen, Screen::Meetings);
    assert_eq!(b.app.meetings.selected(&b.ctx).as_ref(), Some(newest.meeting()));
    assert_eq!(b.app.meetings.body, None, "the filter went");
    b.keys("⎋");
    assert_eq!((b.app.screen, b.app.meetings.body.clone()), (Screen::Decisions, body));
}
