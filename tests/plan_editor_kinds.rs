//! Every kind of plan change recorded on a decision from the editor's keys (no terminal):
//! the change kept with the decision, the plan after it naming the decision in its history;
//! Esc at each step recording nothing; a change taken back; refusals worded in both
//! languages, what was typed kept.

mod common;

use common::editor::{ctx, editor, press};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use stuurgroep::domain::code::ObjectiveCode;
use stuurgroep::domain::ids::ObjectiveId;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::domain::plan::{PlanChange, Target, apply_meeting, names_decision};
use stuurgroep::i18n::Lang;
use stuurgroep::tui::ctx::Ctx;
use stuurgroep::tui::editor::Editor;
use stuurgroep::tui::editor::popup::Popup;
use stuurgroep::tui::editor::replan::Input;
use stuurgroep::tui::editor::replan_build::Preview;

/// A new meeting with one decision on its first item, selected among the elements.
fn with_decision(ctx: &Ctx) -> Editor {
    let mut e = editor(ctx);
    press(&mut e, ctx, "bDe stuurgroep herwerkt het plan.⏎sd2 od1⏎⇥");
    assert!(e.popup.is_none());
    e
}

fn id(s: &str) -> ObjectiveId {
    s.into()
}

fn renumber(objective: &str, number: u8) -> PlanChange {
    PlanChange::Renumber { objective: id(objective), number }
}

fn changes(m: &Meeting) -> Vec<PlanChange> {
    m.decisions().flat_map(|(_, d)| d.plan_changes.clone()).collect()
}

fn note(e: &Editor, lang: Lang) -> String {
    e.note.as_ref().map(|n| stuurgroep::tui::strings::notes::note(lang, n)).unwrap_or_default()
}

#[test]
fn every_kind_is_recorded_and_applies_with_the_decision_in_the_history() {
    let ctx = ctx();
    let plan = &ctx.folder.plan.as_ref().unwrap().value;
    let cases: [(&str, Option<PlanChange>); 11] = [
        ("hernum⏎sd1 od3⏎9⏎", Some(renumber("od-communicatiestrategie", 9))),
        (
            "verplaats⏎sd2 od4⏎SD3 OD8⏎",
            Some(PlanChange::Move { objective: id("od-scholen"), to: ObjectiveCode::od(3, 8) }),
        ),
        (
            "samen⏎sd2 od2⏎sd2 od1⏎",
            Some(PlanChange::Merge { objective: id("od-cc-gc"), into: id("od-regiobib") }),
        ),
        ("splits⏎sd2 od3⏎SD2 OD7;od-deel-a;Deel A | SD2 OD6;od-deel-b;Deel B⏎", None),
        (
            "actie van⏎sd5 od7⏎sd5 od6⏎backoffice-actie⏎",
            Some(PlanChange::Demote {
                objective: id("od-backoffice"),
                under: id("od-heldere-werking"),
                action: "backoffice-actie".into(),
            }),
        ),
        (
            "schrappen⏎sd5 od3⏎",
            Some(PlanChange::Remove { objective: id("od-netwerken-cultuurwerkers") }),
        ),
        ("od toe⏎SD4 OD9⏎od-nieuw⏎Nieuw⏎", None),
        ("actie toe⏎sd2 od1⏎sd2od1-nieuw⏎Een nieuwe actie⏎", None),
        ("nieuwe titel⏎sd2 od1⏎ (herzien)⏎", None),
        ("planning⏎uitleenbeleid⏎2023 2024⏎", None),
        ("spreiding⏎sd2 od1⏎Halle, dilbeek⏎", None),
    ];
    for (keys, expected) in cases {
        let mut e = with_decision(&ctx);
        press(&mut e, &ctx, "p");
        press(&mut e, &ctx, keys);
        let Some(Popup::Plan(p)) = &e.popup else {
            panic!("{keys}: no preview: {}", note(&e, Lang::Nl))
        };
        let Input::Confirm(preview) = &p.input else { panic!("{keys}: {}", note(&e, Lang::Nl)) };
        assert!(
            !preview.before.is_empty() && preview.before.len() == preview.after.len(),
            "{keys}"
        );
        assert_ne!(preview.before, preview.after, "{keys}: the change shows");
        press(&mut e, &ctx, "j");
        assert!(e.popup.is_none());
        assert!(
            note(&e, Lang::Nl).starts_with("Planwijziging vastgelegd"),
            "{}",
            note(&e, Lang::Nl)
        );
        let recorded = changes(&e.meeting);
        assert_eq!(recorded.len(), 1, "{keys}");
        if let Some(expected) = expected {
            assert_eq!(recorded[0], expected, "{keys}");
        }
        let mut after = plan.clone();
        let applied = apply_meeting(&mut after, &e.meeting).unwrap();
        assert_eq!(applied.len(), 1, "{keys}");
        assert!(names_decision(&after, &applied[0]), "{keys}");
    }
}

/// Records the change `keys` type on a new decision: its preview, and the change kept.
fn record(ctx: &Ctx, keys: &str) -> (Preview, PlanChange) {
    let mut e = with_decision(ctx);
    press(&mut e, ctx, "p");
    press(&mut e, ctx, keys);
    let Some(Popup::Plan(p)) = &e.popup else { panic!("{keys}: no preview") };
    let Input::Confirm(preview) = &p.input else { panic!("{keys}: {}", note(&e, Lang::Nl)) };
    let preview = (**preview).clone();
    press(&mut e, ctx, "j");
    (preview, changes(&e.meeting).pop().unwrap())
}

#[test]
fn the_typed_kinds_carry_what_was_typed() {
    let ctx = ctx();
    let recorded = |keys: &str| record(&ctx, keys).1;
    let PlanChange::Retitle { target: Target::Objective(id), text } =
        recorded("nieuwe titel⏎sd2 od1⏎ (herzien)⏎")
    else {
        panic!("a retitle")
    };
    assert_eq!(id.as_str(), "od-regiobib");
    assert!(
        text.starts_with("Het aanbod en de rol van de Regiobib") && text.ends_with(" (herzien)")
    );
    let PlanChange::Replan { action, planning } = recorded("planning⏎uitleenbeleid⏎2023 2024⏎")
    else {
        panic!("a replan")
    };
    assert_eq!(action.as_str(), "sd2od1-a2");
    assert_eq!(planning, Some(stuurgroep::domain::plan::Planning::Years(vec![2023, 2024])));
    let PlanChange::Split { into, .. } =
        recorded("splits⏎sd2 od3⏎SD2 OD7;od-deel-a;Deel A | SD2 OD6;od-deel-b;Deel B⏎")
    else {
        panic!("a split")
    };
    let ids: Vec<&str> = into.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["od-deel-a", "od-deel-b"]);
}

#[test]
fn a_new_text_or_spreiding_can_be_for_an_action_too() {
    let ctx = ctx();
    let recorded = |keys: &str| {
        let (preview, change) = record(&ctx, keys);
        // The preview shows the change, also at the end of a long text.
        assert_ne!(preview.before, preview.after, "{keys}: the change shows");
        change
    };
    // The action's text is offered to correct, as an objective's title is.
    let PlanChange::Retitle { target: Target::Action(id), text } =
        recorded("nieuwe titel⏎uitleenbeleid⏎ (herzien)⏎")
    else {
        panic!("a retitle of an action")
    };
    assert_eq!(id.as_str(), "sd2od1-a2");
    assert_eq!(
        text,
        "Opstart van een regionaal collectie- en een gezamenlijk uitleenbeleid (herzien)"
    );
    let PlanChange::Respread { target: Target::Action(id), spreiding } =
        recorded("spreiding⏎uitleenbeleid⏎Halle, dilbeek⏎")
    else {
        panic!("a respread of an action")
    };
    assert_eq!(id.as_str(), "sd2od1-a2");
    assert!(spreiding.is_some());
}

#[test]
fn the_preview_words_planning_and_spreiding_as_the_objectives_screen_does() {
    let ctx = ctx();
    // Municipalities by their names, a span with spaces around its dash.
    let (preview, _) = record(&ctx, "spreiding⏎uitleenbeleid⏎Halle, dilbeek⏎");
    assert!(preview.after.iter().any(|l| l.contains("; Halle, Dilbeek]")), "{:?}", preview.after);
    let (preview, _) = record(&ctx, "planning⏎uitleenbeleid⏎2021-2023⏎");
    assert!(preview.after.iter().any(|l| l.contains("[2021 – 2023]")), "{:?}", preview.after);
}

#[test]
fn esc_at_any_step_records_nothing() {
    let ctx = ctx();
    for keys in ["", "samen⏎", "samen⏎sd2 od2⏎", "samen⏎sd2 od2⏎sd2 od1⏎", "hernum⏎sd1 od3⏎9"]
    {
        let mut e = with_decision(&ctx);
        press(&mut e, &ctx, "p");
        press(&mut e, &ctx, keys);
        assert!(e.popup.is_some(), "{keys}");
        press(&mut e, &ctx, "⎋");
        assert!(e.popup.is_none(), "{keys}");
        assert!(changes(&e.meeting).is_empty(), "{keys}");
        assert!(!e.take_changed() || changes(&e.meeting).is_empty());
    }
}

#[test]
fn a_refused_change_says_why_and_keeps_what_was_typed() {
    let ctx = ctx();
    let mut e = with_decision(&ctx);
    press(&mut e, &ctx, "phernum⏎sd1 od3⏎1⏎");
    assert_eq!(note(&e, Lang::Nl), "Geweigerd: de code SD1 OD1 is al in gebruik door od-spreiden.");
    assert_eq!(note(&e, Lang::En), "Refused: the code SD1 OD1 is in use by od-spreiden.");
    let Some(Popup::Plan(p)) = &e.popup else { panic!("still asking") };
    let Input::Line(field) = &p.input else { panic!("the number asked again") };
    assert_eq!(field.lines(), ["1"]);
    // Cleared and answered: recorded.
    e.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), &ctx);
    press(&mut e, &ctx, "9⏎j");
    assert_eq!(changes(&e.meeting).len(), 1);
    // Not a number, not a code: said, and asked again.
    press(&mut e, &ctx, "phernum⏎sd1 od2⏎negen⏎");
    assert_eq!(note(&e, Lang::Nl), "Geweigerd: \"negen\" is geen nummer.");
    press(&mut e, &ctx, "⎋pverplaats⏎sd2 od4⏎elders⏎");
    assert_eq!(note(&e, Lang::En), "Refused: \"elders\" is not a code like \"SD2 OD1\".");
    press(&mut e, &ctx, "⎋");
    assert_eq!(changes(&e.meeting).len(), 1);
}

#[test]
fn a_second_change_builds_on_the_first_and_one_can_be_taken_back() {
    let ctx = ctx();
    let mut e = with_decision(&ctx);
    // SD1 OD3 renumbered to 9 first: renumbering it to 8 next starts from SD1 OD9.
    press(&mut e, &ctx, "phernum⏎sd1 od3⏎9⏎j");
    press(&mut e, &ctx, "psamen⏎sd2 od2⏎sd2 od1⏎j");
    assert_eq!(changes(&e.meeting).len(), 2);
    assert!(note(&e, Lang::Nl).contains("het besluit heeft er 2"), "{}", note(&e, Lang::Nl));
    // Taking back the first: offered after the kinds, dimmed.
    press(&mut e, &ctx, "pterugnemen 1⏎");
    let left = changes(&e.meeting);
    assert_eq!(left.len(), 1);
    assert!(matches!(left[0], PlanChange::Merge { .. }));
    assert_eq!(note(&e, Lang::Nl), "Planwijziging 1 teruggenomen.");
}

#[test]
fn a_decision_the_plan_names_already_takes_no_new_change() {
    let ctx = ctx();
    // The example's plan history names 2022-03-15-stuurgroep/2: shown, not asked.
    let folder = &ctx.folder;
    let file = folder.meetings.iter().find(|m| m.value.id.as_str() == "2022-03-15-stuurgroep");
    let file = file.unwrap();
    let mut e = Editor::new(file.value.clone(), file.path.clone(), None);
    let at = e.meeting.agenda.iter().position(|i| i.decisions.iter().any(|d| d.number == 2));
    e.item = at.unwrap();
    press(&mut e, &ctx, "⇥");
    while !matches!(
        e.elements().get(e.element),
        Some(stuurgroep::tui::editor::Element::Decision(2))
    ) {
        press(&mut e, &ctx, "j");
    }
    press(&mut e, &ctx, "p");
    assert!(e.popup.is_none());
    assert_eq!(
        note(&e, Lang::Nl),
        "De planwijzigingen van 2022-03-15-stuurgroep/2 staan al in data/plan.ron."
    );
}

/// The app's screen at 120×40 as the user sees it.
fn screen(session: &stuurgroep::tui::session::Session, ctx: &Ctx) -> String {
    let backend = ratatui::backend::TestBackend::new(120, 40);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    let theme = stuurgroep::tui::theme::Theme::new(false);
    terminal
        .draw(|f| {
            stuurgroep::tui::draw::draw_session(f, session, ctx, None, &theme);
        })
        .unwrap();
    let cells = terminal.backend().buffer().content();
    let rows = cells.chunks(120).map(|row| row.iter().map(|c| c.symbol()).collect::<String>());
    rows.collect::<Vec<_>>().join("\n")
}

#[test]
fn a_decision_not_adopted_says_its_plan_changes_will_not_be_applied() {
    let ctx = ctx();
    let mut e = with_decision(&ctx);
    press(&mut e, &ctx, "p");
    press(&mut e, &ctx, "hernummer⏎sd2 od1⏎9⏎j");
    let mut session = stuurgroep::tui::session::Session::new(Default::default(), None);
    session.open_editor(e);
    let adopted = screen(&session, &ctx);
    assert!(adopted.contains("⟳ plan: 1 wijziging ·"), "{adopted}");
    let e = session.editor_mut().unwrap();
    let decision = e.meeting.agenda.iter_mut().flat_map(|i| &mut i.decisions).next().unwrap();
    decision.outcome = stuurgroep::domain::meeting::Outcome::Rejected;
    let rejected = screen(&session, &ctx);
    assert!(rejected.contains("⟳ plan: 1 wijziging (niet toegepast)"), "{rejected}");
}
