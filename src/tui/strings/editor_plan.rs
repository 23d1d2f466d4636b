//! Words of the editor's plan changes: the kinds, what each step asks, the plan before and
//! after, why a change is refused, and what happened to the plan when the minutes were sent.

use crate::domain::plan::{PlanAction, PlanChange, PlanChangeError as E};
use crate::i18n::Lang;
use crate::tui::editor::replan::{Arg, Kind, PlanNote};

/// A kind of change, as offered.
pub fn kind(lang: Lang, kind: Kind) -> &'static str {
    let (nl, en) = match kind {
        Kind::Renumber => ("hernummeren", "renumber"),
        Kind::Move => ("verplaatsen naar een andere SD", "move to another SD"),
        Kind::Merge => ("samenvoegen met een andere OD", "merge into another OD"),
        Kind::Split => ("splitsen in nieuwe OD's", "split into new ODs"),
        Kind::Demote => ("actie van een andere OD maken", "demote to an action of another OD"),
        Kind::Remove => ("schrappen", "remove"),
        Kind::AddObjective => ("nieuwe OD toevoegen", "add a new OD"),
        Kind::AddAction => ("nieuwe actie toevoegen", "add a new action"),
        Kind::Retitle => ("nieuwe titel", "new title"),
        Kind::Replan => ("planning van een actie", "an action's planning"),
        Kind::Respread => ("spreiding van een OD of actie", "spreiding of an OD or action"),
    };
    lang.pick(nl, en)
}

/// What a step asks.
fn prompt(lang: Lang, kind: Kind, arg: Arg) -> &'static str {
    let (nl, en) = match (kind, arg) {
        (Kind::AddAction, Arg::Other) => ("onder welke OD?", "under which OD?"),
        (Kind::Demote, Arg::Other) => ("actie van welke OD?", "an action of which OD?"),
        (_, Arg::Other) => ("welke OD loopt verder?", "which OD carries on?"),
        (_, Arg::Objective) => ("welke OD?", "which OD?"),
        (_, Arg::Action) => ("welke actie?", "which action?"),
        (_, Arg::Target) => ("welke OD of actie?", "which OD or action?"),
        (_, Arg::Number) => ("nieuw nummer", "new number"),
        (Kind::AddObjective, Arg::Code) => ("code (SD4 OD5)", "code (SD4 OD5)"),
        (_, Arg::Code) => ("nieuwe code (SD2 OD5)", "new code (SD2 OD5)"),
        (Kind::Demote, Arg::Id) => ("id van de actie die ze wordt", "id of the action it becomes"),
        (_, Arg::Id) => ("id (nieuw, zoals od-erfgoed)", "id (new, like od-heritage)"),
        (Kind::AddAction, Arg::Title) => ("tekst van de actie", "text of the action"),
        (_, Arg::Title) => ("titel", "title"),
        (_, Arg::Parts) => (
            "nieuwe OD's: CODE;ID;TITEL[;ACTIE,ACTIE] | CODE;ID;TITEL",
            "new ODs: CODE;ID;TITLE[;ACTION,ACTION] | CODE;ID;TITLE",
        ),
        (_, Arg::Planning) => (
            "planning (2021 2022, 2021-2023, leeg: geen)",
            "planning (2021 2022, 2021-2023, empty: none)",
        ),
        (_, Arg::Spreiding) => (
            "spreiding (alle, of gemeenten met komma's; leeg: open)",
            "spreiding (all, or municipalities with commas; empty: open)",
        ),
    };
    lang.pick(nl, en)
}

/// The title of the question at a step: the decision, the kind, what is asked.
pub fn title(lang: Lang, decision: u32, kind: Option<Kind>, arg: Option<Arg>) -> String {
    // What is asked first: a narrow terminal cuts the end of the title.
    let by = format!("{} {decision}", lang.pick("besluit", "decision"));
    match (kind, arg) {
        (None, _) => match lang {
            Lang::Nl => format!("Besluit {decision}: welke planwijziging?"),
            Lang::En => format!("Decision {decision}: which plan change?"),
        },
        (Some(k), None) => format!("{} · {by}", self::kind(lang, k)),
        (Some(k), Some(a)) => format!("{} · {} · {by}", prompt(lang, k, a), self::kind(lang, k)),
    }
}

/// The headings of the plan before and after, and the question.
pub fn before_after(lang: Lang) -> [&'static str; 3] {
    [
        lang.pick("Nu:", "Now:"),
        lang.pick("Na dit besluit:", "After this decision:"),
        lang.pick("Vastleggen bij het besluit? (j/n)", "Record it with the decision? (y/n)"),
    ]
}

/// An objective as the before/after shows it.
pub struct OdLine<'a> {
    /// Its code.
    pub code: String,
    /// Its title.
    pub title: &'a str,
    /// How many actions it has.
    pub actions: usize,
    /// How it ended, if it did.
    pub ended: Option<String>,
    /// The whole title (a retitle), else cut to fit on one line.
    pub whole: bool,
    /// Its spreiding in words, when that is what changes.
    pub spreiding: Option<String>,
}

/// An objective as the before/after shows it: what changes (code, ended, its actions, its
/// spreiding) before its title.
pub fn objective_line(lang: Lang, od: &OdLine) -> String {
    let state = match (lang, &od.ended, od.actions) {
        (_, Some(how), _) => format!("{}: {how}", lang.pick("beëindigd", "ended")),
        (Lang::Nl, None, 1) => "1 actie".to_owned(),
        (Lang::Nl, None, n) => format!("{n} acties"),
        (Lang::En, None, 1) => "1 action".to_owned(),
        (Lang::En, None, n) => format!("{n} actions"),
    };
    let state = match &od.spreiding {
        Some(spreiding) => format!("{state}; {spreiding}"),
        None => state,
    };
    let title = if od.whole { od.title.to_owned() } else { cut(od.title, 40) };
    format!("{} ({state})  {title}", od.code)
}

/// A spreiding not set yet.
pub fn spreiding_open(lang: Lang) -> &'static str {
    lang.pick("spreiding open", "spreiding open")
}

/// An action without a planning.
pub fn unplanned(lang: Lang) -> &'static str {
    lang.pick("niet gepland", "not planned")
}

/// `text` cut to `n` characters, with an ellipsis when cut.
fn cut(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// An action as the before/after shows it, with its planning (and spreiding) in words.
pub fn action_line(code: &str, a: &PlanAction, whole: bool, planning: &str) -> String {
    // A new text shows whole: a change at its end must show.
    let text = if whole { a.text.clone() } else { cut(&a.text, 40) };
    format!("{code} · {} [{planning}]  {text}", a.id)
}

/// Not (or no longer) in the plan.
pub fn absent(lang: Lang, id: &str) -> String {
    format!("{id}: {}", lang.pick("— niet in het plan", "— not in the plan"))
}

/// A recorded change in a line, to take it back.
pub fn summary(lang: Lang, change: &PlanChange) -> String {
    let (k, what) = match change {
        PlanChange::Renumber { objective, number } => {
            (Kind::Renumber, format!("{objective} → {number}"))
        }
        PlanChange::Move { objective, to } => (Kind::Move, format!("{objective} → {to}")),
        PlanChange::Merge { objective, into } => (Kind::Merge, format!("{objective} → {into}")),
        PlanChange::Split { objective, into } => {
            (Kind::Split, format!("{objective} → {}", into.len()))
        }
        PlanChange::Demote { objective, under, .. } => {
            (Kind::Demote, format!("{objective} → {under}"))
        }
        PlanChange::Remove { objective } => (Kind::Remove, objective.to_string()),
        PlanChange::AddObjective(new) => (Kind::AddObjective, format!("{} {}", new.code, new.id)),
        PlanChange::AddAction { under, action } => {
            (Kind::AddAction, format!("{under}: {}", action.id))
        }
        PlanChange::Retitle { text, .. } => (Kind::Retitle, text.chars().take(40).collect()),
        PlanChange::Replan { action, .. } => (Kind::Replan, action.to_string()),
        PlanChange::Respread { .. } => (Kind::Respread, String::new()),
        // Recorded by `plan remove-action` only; the editor offers no such kind.
        PlanChange::RemoveAction { action } => {
            return format!("{}: {action}", lang.pick("actie geschrapt", "action removed"));
        }
    };
    format!("{}: {what}", kind(lang, k))
}

/// The option that takes back the decision's change at `at` (from 0).
pub fn drop_option(lang: Lang, at: usize, summary: &str) -> String {
    format!("{} {}: {summary}", lang.pick("✗ terugnemen", "✗ take back"), at + 1)
}

/// Why a change was refused.
pub fn why(lang: Lang, why: &crate::tui::editor::replan_build::Why) -> String {
    use crate::tui::editor::replan_build::Why as W;
    match why {
        W::Plan(e) => refused(lang, e),
        W::Missing => missing(lang),
        W::BadNumber(t) => bad_number(lang, t),
        W::BadCode(t) => bad_code(lang, t),
        W::BadPart(t) => bad_part(lang, t),
        W::NoMunicipality(t) => crate::domain::strings::unknown_municipality(lang, t),
    }
}

/// An answer that is missing (a step skipped).
pub fn missing(lang: Lang) -> String {
    lang.pick("een antwoord ontbreekt", "an answer is missing").to_owned()
}

/// Not a code.
pub fn bad_code(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nl => format!("{text:?} is geen code zoals \"SD2 OD1\""),
        Lang::En => format!("{text:?} is not a code like \"SD2 OD1\""),
    }
}

/// Not a number.
pub fn bad_number(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nl => format!("{text:?} is geen nummer"),
        Lang::En => format!("{text:?} is not a number"),
    }
}

/// A part of a split that cannot be read.
pub fn bad_part(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nl => format!("{text:?}: schrijf CODE;ID;TITEL (of CODE;ID;TITEL;ACTIE,ACTIE)"),
        Lang::En => format!("{text:?}: write CODE;ID;TITLE (or CODE;ID;TITLE;ACTION,ACTION)"),
    }
}

/// Why the plan refuses a change.
pub fn refused(lang: Lang, e: &E) -> String {
    let w = |nl: String, en: String| if lang == Lang::Nl { nl } else { en };
    match e {
        E::UnknownObjective(id) => {
            w(format!("geen doelstelling {id:?}"), format!("no objective {id:?}"))
        }
        E::UnknownAction(id) => {
            w(format!("geen actie {id:?} in het plan"), format!("no action {id:?} in the plan"))
        }
        E::UnknownStrategic(n) => w(format!("er is geen SD{n}"), format!("there is no SD{n}")),
        E::NotOperational(id) => w(
            format!("{id} is een strategische doelstelling"),
            format!("{id} is a strategic objective"),
        ),
        E::Ended(id) => w(format!("{id} bestaat niet meer"), format!("{id} has ended")),
        E::IntoEnded(id) => w(
            format!("{id} bestaat niet meer: kies een OD die nog loopt"),
            format!("{id} has ended: choose an OD in force"),
        ),
        E::IntoItself(id) => {
            w(format!("{id} kan niet in zichzelf op"), format!("{id} cannot go into itself"))
        }
        // Named, not advised: the same words say why sending did not write the plan, where
        // choosing another code is no longer the way out.
        E::CodeInUse { code, by } => w(
            format!("de code {code} is al in gebruik door {by}"),
            format!("the code {code} is in use by {by}"),
        ),
        E::IdInUse(id) => {
            w(format!("het id {id:?} is al in gebruik"), format!("the id {id:?} is taken"))
        }
        E::SplitIntoNothing => w(
            "splitsen in niets: geef minstens één nieuwe OD".into(),
            "split into nothing: give at least one new OD".into(),
        ),
        E::NotItsAction { action, objective } => w(
            format!("{action} is geen actie van {objective} (of staat er twee keer)"),
            format!("{action} is not an action of {objective} (or is given twice)"),
        ),
        E::SameStrategic(code) => w(
            format!("{code} ligt onder dezelfde SD: kies hernummeren"),
            format!("{code} is under the same SD: choose renumber"),
        ),
        E::NotAnOdCode(code) => w(
            format!("{code} is geen OD-code (zoals SD2 OD1)"),
            format!("{code} is not an OD code (like SD2 OD1)"),
        ),
        E::NumberZero => w("nummers beginnen bij 1".into(), "numbers start at 1".into()),
        E::EmptyText => w("de tekst is leeg".into(), "the text is empty".into()),
        E::Unchanged => {
            w("dat verandert niets aan het plan".into(), "that changes nothing in the plan".into())
        }
        E::NeedsDecision => w(
            "enkel een tekst kan redactioneel wijzigen; dit vraagt een besluit".into(),
            "only a text can change editorially; this needs a decision".into(),
        ),
    }
}

/// What the editor says about plan changes.
pub fn note(lang: Lang, note: &PlanNote) -> String {
    let nl = lang == Lang::Nl;
    let w = |a: String, b: String| if nl { a } else { b };
    match note {
        PlanNote::Recorded(k, n) => w(
            format!(
                "Planwijziging vastgelegd ({}); het besluit heeft er {n}. Ze gaat naar het plan bij het versturen.",
                kind(lang, *k)
            ),
            format!(
                "Plan change recorded ({}); the decision has {n}. It goes to the plan when the minutes are sent.",
                kind(lang, *k)
            ),
        ),
        PlanNote::Dropped(at) => w(
            format!("Planwijziging {} teruggenomen.", at + 1),
            format!("Plan change {} taken back.", at + 1),
        ),
        PlanNote::Refused(why) => {
            let why = self::why(lang, why);
            w(format!("Geweigerd: {why}."), format!("Refused: {why}."))
        }
        PlanNote::Written(d) => w(
            format!("De planwijzigingen van {d} staan al in data/plan.ron."),
            format!("The plan changes of {d} are in data/plan.ron already."),
        ),
        PlanNote::NoPlan => w(
            "Geen leesbaar plan (data/plan.ron).".into(),
            "No readable plan (data/plan.ron).".into(),
        ),
        // The decisions by number (they are the open meeting's): six fit on 80 columns.
        PlanNote::Applied(ds) => {
            let numbers: Vec<String> = ds.iter().map(ToString::to_string).collect();
            let (one, numbers) = (ds.len() == 1, numbers.join(", "));
            w(
                format!(
                    "Verstuurd; data/plan.ron geschreven: {} {numbers}.",
                    if one { "besluit" } else { "besluiten" }
                ),
                format!(
                    "Sent; data/plan.ron written: {} {numbers}.",
                    if one { "decision" } else { "decisions" }
                ),
            )
        }
        // What went wrong first: the status line is one line, cut at the terminal's width.
        PlanNote::NotApplied(meeting, why) => w(
            format!(
                "Verstuurd; plan NIET geschreven: {why} — later: stuurgroep plan apply {meeting}"
            ),
            format!("Sent; plan NOT written: {why} — later: stuurgroep plan apply {meeting}"),
        ),
    }
}

/// Why the plan was not written when the minutes were sent.
pub fn not_written(
    lang: Lang,
    e: &crate::store::plan_write::PlanWriteError<crate::domain::plan::MeetingChangeError>,
) -> String {
    // Why first, then which change (of the meeting in the editor): the line is cut.
    crate::store::strings::plan_write_error(lang, e, |e| {
        let (why, n, at) = (refused(lang, &e.error), e.decision.number(), e.index + 1);
        match lang {
            Lang::Nl => format!("{why} (besluit {n}, wijziging {at})"),
            Lang::En => format!("{why} (decision {n}, change {at})"),
        }
    })
}

/// The mark of a decision with plan changes in the editor's list; of a decision not adopted
/// (whose changes sending leaves out), said so.
pub fn mark(lang: Lang, n: usize, adopted: bool) -> String {
    let mark = match (lang, n) {
        (Lang::Nl, 1) => "⟳ plan: 1 wijziging".into(),
        (Lang::Nl, n) => format!("⟳ plan: {n} wijzigingen"),
        (Lang::En, 1) => "⟳ plan: 1 change".into(),
        (Lang::En, n) => format!("⟳ plan: {n} changes"),
    };
    match (adopted, lang) {
        (true, _) => mark,
        (false, Lang::Nl) => format!("{mark} (niet toegepast)"),
        (false, Lang::En) => format!("{mark} (not applied)"),
    }
}
