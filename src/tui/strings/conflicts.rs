//! Words of the conflicts view in the app (the merge's own words are in
//! `domain/merge/strings.rs`).

use crate::domain::merge::members::MembersElement;
use crate::domain::merge::plan::PlanElement;
use crate::domain::merge::updates::UpdateElement;
use crate::domain::merge::{FileContent, FileElement};
use crate::domain::organisation::{Members, Role};
use crate::domain::plan::{Plan, Spreiding};
use crate::domain::updates::MemberUpdates;
use crate::i18n::Lang;

/// Words of the conflicts view in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Its title.
    Title,
    /// "Merged; the copy is now in".
    Merged,
    /// "The copy was put in".
    PutAway,
    /// "Not saved".
    NotSaved,
    /// Some elements still need a choice.
    Undecided,
    /// A copy of approved minutes, in the list.
    Tampering,
    /// A copy of a file that is not a meeting, in the list.
    NotAMeeting,
    /// A copy or original that cannot be read, in the list.
    Unreadable,
    /// The ancestor was found.
    AncestorFound,
    /// "Merge undone; restored".
    Undone,
    /// "Identical to the original; put away in".
    PutAwayIdentical,
    /// The copy being merged went from the folder.
    Gone,
    /// The title of the question before putting away a copy that holds more.
    PutAwayTitle,
    /// The keys of that question.
    PutAwayKeys,
    /// Marks a line only the original has.
    OnlyOriginal,
    /// Marks a line only the copy has.
    OnlyCopy,
    /// Taking the copy's version without an ancestor: what disappears, and press again.
    ConfirmCopy,
    /// No ancestor.
    NoAncestor,
    /// Pane title.
    Original,
    /// Pane title.
    Copy,
    /// The choice made.
    ToOriginal,
    /// The choice made.
    ToCopy,
    /// The choice made.
    ToBoth,
}

/// A word of the conflicts view.
pub fn view(lang: Lang, v: View) -> &'static str {
    let (nl, en) = match v {
        View::Title => ("Conflictkopieën", "Conflict copies"),
        View::Merged => ("Samengevoegd; de kopie staat nu in", "Merged; the copy is now in"),
        View::Undone => ("Samenvoegen ongedaan gemaakt; hersteld:", "Merge undone; restored:"),
        View::Gone => (
            "Elders samengevoegd of weggezet, niet meer in de map:",
            "Merged or put away elsewhere, no longer in the folder:",
        ),
        View::PutAwayIdentical => {
            ("Identiek aan het origineel; weggezet in", "Identical to the original; put away in")
        }
        View::PutAwayTitle => (
            " De kopie bevat wat het origineel mist: toch wegzetten? ",
            " The copy holds what the original lacks: put it away anyway? ",
        ),
        View::PutAwayKeys => (
            " j wegzetten (bewaard in .stuurgroep/resolved/, niet in de gegevens) · andere toets: niet",
            " y put away (kept in .stuurgroep/resolved/, not in the data) · any other key: don't",
        ),
        View::OnlyOriginal => ("  origineel: ", "  original: "),
        View::OnlyCopy => ("  kopie:     ", "  copy:     "),
        View::ConfirmCopy => (
            "Zonder voorouder verdwijnt de versie van het origineel; nog eens c om de kopie te nemen:",
            "Without an ancestor the original's version disappears; c again to take the copy's:",
        ),
        View::PutAway => ("Kopie weggezet in", "Copy put away in"),
        View::NotSaved => ("Niet bewaard", "Not saved"),
        View::Undecided => ("Eerst elk rood element kiezen.", "Choose every red element first."),
        View::Tampering => ("goedgekeurd verslag: geknoei?", "approved minutes: tampering?"),
        View::NotAMeeting => (
            "geen vergadering: met de hand samenvoegen, dan w",
            "not a meeting: merge by hand, then w",
        ),
        View::Unreadable => ("onleesbaar", "unreadable"),
        View::AncestorFound => ("voorouder gevonden", "ancestor found"),
        View::NoAncestor => {
            ("geen voorouder: alles is een keuze", "no ancestor: everything is a choice")
        }
        View::Original => (" Origineel ", " Original "),
        View::Copy => (" Kopie ", " Copy "),
        View::ToOriginal => (" → origineel", " → original"),
        View::ToCopy => (" → kopie", " → copy"),
        View::ToBoth => (" → beide", " → both"),
    };
    lang.pick(nl, en)
}

/// "3 verschillen, 1 te kiezen".
pub fn differences(lang: Lang, all: usize, choose: usize) -> String {
    let all = crate::i18n::plural(
        all,
        lang.pick("verschil", "difference"),
        lang.pick("verschillen", "differences"),
    );
    match lang {
        Lang::Nl => format!("{all}, {choose} te kiezen"),
        Lang::En => format!("{all}, {choose} to choose"),
    }
}

/// Words of the conflicts view for copies of the plan, the members and the update files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileWord {
    /// `b` on an element that cannot be held twice.
    NoBoth,
}

/// A word of the conflicts view for these files.
pub fn file_word(lang: Lang, w: FileWord) -> &'static str {
    let (nl, en) = match w {
        FileWord::NoBoth => (
            "Dit element kan maar één versie hebben: kies o (origineel) of c (kopie).",
            "This element can hold one version only: choose o (original) or c (copy).",
        ),
    };
    lang.pick(nl, en)
}

/// An element of the plan, the members or an update file as a reader compares it by eye, in
/// words (never the file's RON); "—" when this version lacks it.
pub fn file_element_text(lang: Lang, file: &FileContent, e: &FileElement) -> String {
    let text = match (file, e) {
        (FileContent::Plan(p), FileElement::Plan(e)) => plan_text(lang, p, e),
        (FileContent::Members(m), FileElement::Members(e)) => members_text(lang, m, e),
        (FileContent::Updates(u), FileElement::Updates(e)) => updates_text(lang, u, e),
        _ => None,
    };
    text.unwrap_or_else(|| "—".to_owned())
}

fn lines(parts: impl IntoIterator<Item = Option<String>>) -> String {
    parts.into_iter().flatten().filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

fn spread(lang: Lang, s: &Option<Spreiding>) -> Option<String> {
    let list = match s.as_ref()? {
        Spreiding::All => lang.pick("alle gemeenten", "all municipalities").to_owned(),
        Spreiding::Municipalities(m) => m.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", "),
    };
    Some(format!("{}: {list}", lang.pick("spreiding", "spread")))
}

fn plan_text(lang: Lang, p: &Plan, e: &PlanElement) -> Option<String> {
    let ods = || p.strategic_objectives.iter().flat_map(|s| s.operational_objectives.iter());
    let notes = |n: &[String]| n.iter().map(|n| Some(format!("· {n}"))).collect::<Vec<_>>();
    Some(match e {
        PlanElement::Details => format!(
            "{} ({})\n{}–{}\n{} {}",
            p.organisation.name,
            p.organisation.short_name,
            p.period.from,
            p.period.to,
            lang.pick("schemaversie", "schema version"),
            p.version
        ),
        PlanElement::Municipality(id) => {
            p.municipalities.iter().find(|m| &m.id == id)?.name.clone()
        }
        PlanElement::Strategic(id) => {
            let sd = p.strategic_objectives.iter().find(|s| &s.id == id)?;
            let mut out = vec![Some(format!("SD{}  {}", sd.number, sd.title)), sd.label.clone()];
            out.push(sd.transversal.then(|| lang.pick("transversaal", "transversal").to_owned()));
            out.extend(notes(&sd.notes));
            lines(out)
        }
        PlanElement::Operational(id) => {
            let od = ods().find(|o| &o.id == id)?;
            let mut out =
                vec![Some(format!("OD{}  {}", od.number, od.title)), spread(lang, &od.spreiding)];
            out.extend(notes(&od.notes));
            lines(out)
        }
        PlanElement::History(id) => {
            let sd = p.strategic_objectives.iter().find(|s| &s.id == id).map(|s| &s.history);
            let history = sd.or_else(|| ods().find(|o| &o.id == id).map(|o| &o.history))?;
            lines(history.iter().map(|h| {
                let by = h.decision.as_ref().map(|d| format!(" ({d})")).unwrap_or_default();
                let note = h.note.as_ref().map(|n| format!(": {n}")).unwrap_or_default();
                Some(format!("{}  {}{by}{note}", h.date, super::browse::change(lang, &h.change)))
            }))
        }
        PlanElement::Action(id) => {
            let a = ods().flat_map(|o| o.actions.iter()).find(|a| &a.id == id)?;
            let labelled = |nl: &str, en: &str, v: &Option<String>| {
                v.as_ref().map(|v| format!("{}: {v}", lang.pick(nl, en)))
            };
            let mut out = vec![
                Some(a.text.clone()),
                labelled("regierol", "directing role", &a.regierol),
                labelled("actorrol", "partners' role", &a.actorrol),
                labelled("resultaatsindicator", "result indicator", &a.result_indicator),
                spread(lang, &a.spreiding),
            ];
            out.extend(notes(&a.notes));
            lines(out)
        }
    })
}

fn members_text(lang: Lang, m: &Members, e: &MembersElement) -> Option<String> {
    Some(match e {
        MembersElement::Version => {
            format!("{} {}", lang.pick("schemaversie", "schema version"), m.version)
        }
        MembersElement::Body(id) => {
            let b = m.bodies.iter().find(|b| &b.id == id)?;
            let majority = crate::domain::strings::majority(lang, b.majority);
            lines([Some(b.name.clone()), b.description.clone(), Some(majority.to_owned())])
        }
        MembersElement::Member(id) => {
            let p = m.members.iter().find(|p| &p.id == id)?;
            let municipality = p.municipality.as_ref().map(|g| g.to_string());
            lines([Some(p.name.clone()), municipality, p.organisation.clone()])
        }
        MembersElement::Seat(member, body, from, twin) => {
            let p = m.members.iter().find(|p| &p.id == member)?;
            let mut seats = p.roles.iter().filter(|s| &s.body == body && &s.from == from);
            let s = seats.nth(*twin)?;
            let role = match s.role {
                Role::Chair => lang.pick("voorzitter", "chair"),
                Role::Secretary => lang.pick("secretaris", "secretary"),
                Role::Member => lang.pick("lid", "member"),
                Role::Advisory => lang.pick("lid met raadgevende stem", "advisory member"),
            };
            let span = |word: (&str, &str), d: Option<chrono::NaiveDate>| {
                d.map(|d| format!("{} {d}", lang.pick(word.0, word.1)))
            };
            lines([
                Some(role.to_owned()),
                span(("vanaf", "from"), s.from),
                span(("tot", "until"), s.until),
            ])
        }
    })
}

fn updates_text(lang: Lang, u: &MemberUpdates, e: &UpdateElement) -> Option<String> {
    Some(match e {
        UpdateElement::Header => {
            format!("{}\n{} {}", u.member, lang.pick("schemaversie", "schema version"), u.version)
        }
        UpdateElement::Entry(action, date, twin) => {
            let mut same = u.updates.iter().filter(|x| &x.action == action && &x.date == date);
            let entry = same.nth(*twin)?;
            let status = crate::domain::strings::follow_up_status(lang, entry.status);
            format!("{} · {status}\n{}", entry.date, entry.note)
        }
    })
}
