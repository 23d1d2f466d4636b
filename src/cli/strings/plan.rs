//! The words of `stuurgroep plan`: what a change did, why one was refused, the plan shown.

use crate::domain::plan::{Change, PlanChangeError as E};
use crate::i18n::Lang;

/// What a history event says, in a line: "hernummerd SD1 OD3 → SD1 OD2".
pub fn change(lang: Lang, c: &Change) -> String {
    let w = |nl: &str, en: &str| lang.pick(nl, en).to_owned();
    match c {
        Change::Added { code } => format!("{} {code}", w("toegevoegd als", "added as")),
        Change::Renumbered { from, to } => {
            format!("{} {from} → {to}", w("hernummerd", "renumbered"))
        }
        Change::Moved { from, to } => format!("{} {from} → {to}", w("verplaatst", "moved")),
        Change::Retitled { previous } => {
            format!("{} {previous:?}", w("nieuwe tekst; was", "new text; was"))
        }
        Change::Merged { into } => format!("{} {into}", w("samengevoegd met", "merged into")),
        Change::Split { into } => {
            let ids: Vec<&str> = into.iter().map(|i| i.as_str()).collect();
            format!("{} {}", w("gesplitst in", "split into"), ids.join(", "))
        }
        Change::Demoted { under, action } => {
            format!("{} {action} {} {under}", w("werd actie", "became action"), w("onder", "under"))
        }
        Change::Removed => w("geschrapt", "removed"),
        Change::Replanned { .. } => w("nieuwe planning", "new planning"),
        Change::Respread { .. } => w("nieuwe spreiding", "new spreiding"),
    }
}

/// Why a change was refused.
pub fn refused(lang: Lang, e: &E) -> String {
    let nl = lang == Lang::Nl;
    match e {
        E::UnknownObjective(id) => {
            pick(nl, format!("geen doelstelling {id:?}"), format!("no objective {id:?}"))
        }
        E::UnknownAction(id) => pick(
            nl,
            format!("geen actie {id:?} in het plan"),
            format!("no action {id:?} in the plan"),
        ),
        E::UnknownStrategic(n) => {
            pick(nl, format!("er is geen SD{n}"), format!("there is no SD{n}"))
        }
        E::NotOperational(id) => pick(
            nl,
            format!("{id} is een strategische doelstelling; dit kan enkel met een operationele"),
            format!("{id} is a strategic objective; this works on operational ones only"),
        ),
        E::Ended(id) => {
            pick(nl, format!("{id} bestaat niet meer (beëindigd)"), format!("{id} has ended"))
        }
        E::IntoEnded(id) => pick(
            nl,
            format!("{id} bestaat niet meer: kies een doelstelling die nog loopt"),
            format!("{id} has ended: choose an objective in force"),
        ),
        E::IntoItself(id) => {
            pick(nl, format!("{id} kan niet in zichzelf op"), format!("{id} cannot go into itself"))
        }
        E::CodeInUse { code, by } => pick(
            nl,
            format!("de code {code} zou twee keer gebruikt worden (ook door {by})"),
            format!("the code {code} would be used twice (also by {by})"),
        ),
        E::IdInUse(id) => {
            pick(nl, format!("het id {id:?} is al in gebruik"), format!("the id {id:?} is taken"))
        }
        E::SplitIntoNothing => pick(
            nl,
            "splitsen in niets: geef minstens één --into".into(),
            "split into nothing: give at least one --into".into(),
        ),
        E::NotItsAction { action, objective } => pick(
            nl,
            format!("{action} is geen actie van {objective} (of staat er twee keer)"),
            format!("{action} is not an action of {objective} (or is given twice)"),
        ),
        E::SameStrategic(code) => pick(
            nl,
            format!("{code} ligt onder dezelfde SD: gebruik plan renumber"),
            format!("{code} is under the same SD: use plan renumber"),
        ),
        E::NotAnOdCode(code) => pick(
            nl,
            format!("{code} is geen OD-code (zoals \"SD2 OD1\")"),
            format!("{code} is not an OD code (like \"SD2 OD1\")"),
        ),
        E::NumberZero => pick(nl, "nummers beginnen bij 1".into(), "numbers start at 1".into()),
        E::EmptyText => pick(nl, "de tekst is leeg".into(), "the text is empty".into()),
        E::Unchanged => pick(
            nl,
            "dat verandert niets aan het plan".into(),
            "that changes nothing in the plan".into(),
        ),
    }
}

fn pick(nl: bool, in_nl: String, in_en: String) -> String {
    if nl { in_nl } else { in_en }
}

/// `--by` names no decision of the folder.
pub fn no_decision(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "--by {reference:?}: geen besluit in deze map (schrijf zoals 2021-03-16-stuurgroep/2)"
        ),
        Lang::En => format!(
            "--by {reference:?}: no decision in this folder (write like 2021-03-16-stuurgroep/2)"
        ),
    }
}

/// `--by` names a decision that was not adopted.
pub fn not_adopted(lang: Lang, reference: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "het besluit {reference} werd niet aangenomen: het kan het plan niet veranderen"
        ),
        Lang::En => format!("the decision {reference} was not adopted: it cannot change the plan"),
    }
}

/// A code or id that finds no objective, or several.
pub fn no_objective(lang: Lang, query: &str, found: &[String]) -> String {
    match (lang, found.is_empty()) {
        (Lang::Nl, true) => format!("{query:?}: geen doelstelling met die code of dat id"),
        (Lang::En, true) => format!("{query:?}: no objective has that code or id"),
        (Lang::Nl, false) => format!(
            "{query:?} had vroeger meerdere doelstellingen; kies een id: {}",
            found.join(", ")
        ),
        (Lang::En, false) => format!(
            "{query:?} was the code of several objectives; choose an id: {}",
            found.join(", ")
        ),
    }
}

/// A code that cannot be read.
pub fn bad_code(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => format!("{value:?} is geen code zoals \"SD2 OD1\""),
        Lang::En => format!("{value:?} is not a code like \"SD2 OD1\""),
    }
}

/// A `--into` part of `split` that is not `CODE;ID;TITLE[;ACTION,ACTION]`.
pub fn bad_part(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("--into {value:?}: schrijf \"CODE;ID;TITEL\" of \"CODE;ID;TITEL;ACTIE,ACTIE\"")
        }
        Lang::En => {
            format!("--into {value:?}: write \"CODE;ID;TITLE\" or \"CODE;ID;TITLE;ACTION,ACTION\"")
        }
    }
}

/// Who writes the plan is not known.
pub fn who(lang: Lang) -> &'static str {
    lang.pick(
        "zeg wie je bent met --as LID (of zet member in het configuratiebestand)",
        "say who you are with --as MEMBER (or set member in the config file)",
    )
}

/// Another instance holds the plan's lock (`held`: who, where, since): nothing written.
pub fn locked(lang: Lang, held: &str) -> String {
    match lang {
        Lang::Nl => format!("data/plan.ron {held}; niets geschreven"),
        Lang::En => format!("data/plan.ron is {held}; nothing written"),
    }
}

/// The plan was written: what changed.
pub fn written(lang: Lang, what: &str, decision: &str) -> String {
    match lang {
        Lang::Nl => format!("data/plan.ron geschreven: {what} ({decision})"),
        Lang::En => format!("data/plan.ron written: {what} ({decision})"),
    }
}

/// Headings of `plan show`.
pub fn heading(lang: Lang, history: bool) -> &'static str {
    match history {
        true => lang.pick("geschiedenis", "history"),
        false => lang.pick("acties", "actions"),
    }
}

/// The mark of an objective that ended, with how.
pub fn ended(lang: Lang, how: &str) -> String {
    format!("({}: {how})", lang.pick("beëindigd", "ended"))
}

/// A change to the plan on a folder with unreadable files (named above it): refused.
pub fn half_read(lang: Lang) -> &'static str {
    lang.pick(
        "niet alle bestanden van de map zijn gelezen: herstel ze eerst; niets geschreven",
        "not every file of the folder could be read: mend them first; nothing written",
    )
}

/// `plan apply` names no meeting of the folder.
pub fn no_meeting(lang: Lang, meeting: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "{meeting:?}: geen vergadering in deze map (schrijf zoals 2022-10-11-stuurgroep)"
        ),
        Lang::En => {
            format!("{meeting:?}: no meeting in this folder (write like 2022-10-11-stuurgroep)")
        }
    }
}

/// `plan apply` found nothing the plan does not hold yet.
pub fn nothing_to_apply(lang: Lang, meeting: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("data/plan.ron bevat de planwijzigingen van {meeting} al; niets geschreven")
        }
        Lang::En => {
            format!("data/plan.ron holds the plan changes of {meeting} already; nothing written")
        }
    }
}

/// `plan apply` wrote the changes of these decisions.
pub fn applied(lang: Lang, decisions: &[String]) -> String {
    match lang {
        Lang::Nl => {
            format!("data/plan.ron geschreven: de planwijzigingen van {}", decisions.join(", "))
        }
        Lang::En => format!("data/plan.ron written: the plan changes of {}", decisions.join(", ")),
    }
}

/// The `n`-th plan change of `decision` was refused, and why: nothing written.
pub fn decision_refused(lang: Lang, decision: &str, n: usize, why: &str) -> String {
    match lang {
        Lang::Nl => format!("besluit {decision}, planwijziging {n}: {why}; niets geschreven"),
        Lang::En => format!("decision {decision}, plan change {n}: {why}; nothing written"),
    }
}
