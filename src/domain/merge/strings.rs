//! The words of the merge: its elements and differences as a reader names them, who changed
//! what, and the messages about a conflict copy that the command line and the app share.

use super::{Difference, Element, FileElement, Side};
use crate::domain::meeting::{Decision, Meeting};
use crate::domain::strings::{
    follow_up_status, minutes_status, outcome, presence, presence_change,
};
use crate::i18n::Lang;

/// An element, as a reader names it: "agendapunt 2: notulen", "besluit 5".
pub fn element(lang: Lang, e: &Element) -> String {
    let nl = lang == Lang::Nl;
    match e {
        Element::Details => lang
            .pick(
                "datum, uur, plaats, voorzitter, secretaris",
                "date, time, place, chair, secretary",
            )
            .into(),
        Element::Status => lang.pick("status van het verslag", "status of the minutes").into(),
        Element::Attendance(m) => format!("{} {m}", lang.pick("aanwezigheid", "attendance")),
        Element::Guests => lang.pick("gasten", "guests").into(),
        Element::Approvals => lang.pick("goedkeuringen", "approvals").into(),
        Element::ItemTitle(n) => {
            if nl {
                format!("agendapunt {n}: titel")
            } else {
                format!("agenda item {n}: title")
            }
        }
        Element::Minutes(n) => {
            if nl {
                format!("agendapunt {n}: notulen")
            } else {
                format!("agenda item {n}: minutes")
            }
        }
        Element::Decision(n) => format!("{} {n}", lang.pick("besluit", "decision")),
        Element::Action(n) => format!("{} A{n}", lang.pick("actiepunt", "action item")),
        Element::FollowUp(r) => format!("{} {r}", lang.pick("opvolging van", "follow-up of")),
        Element::ItemPresence(n) => {
            if nl {
                format!("agendapunt {n}: wie binnenkomt of de zaal verlaat")
            } else {
                format!("agenda item {n}: who comes in or leaves the room")
            }
        }
    }
}

/// Who changed it.
pub fn side(lang: Lang, s: Side) -> &'static str {
    match s {
        Side::Ours => lang.pick("enkel in het origineel gewijzigd", "changed in the original only"),
        Side::Theirs => lang.pick("enkel in de kopie gewijzigd", "changed in the copy only"),
        Side::BothAdded => lang.pick(
            "aan beide kanten toegevoegd: beide blijven",
            "added on both sides: both are kept",
        ),
        Side::Both => {
            lang.pick("aan beide kanten gewijzigd: kies", "changed on both sides: choose")
        }
        Side::Merged => lang.pick(
            "aan beide kanten gewijzigd, op andere plaatsen: regel per regel samengevoegd",
            "changed on both sides, in different places: merged line by line",
        ),
        Side::Kept => lang.pick(
            "maar in één versie, geen voorouder: behouden",
            "in one version only, no ancestor: kept",
        ),
    }
}

/// Messages of the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    /// No conflict copies.
    None,
    /// "copy of".
    CopyOf,
    /// The ancestor was found.
    Ancestor,
    /// No ancestor: every difference is a choice.
    NoAncestor,
    /// An approved meeting has a conflict copy.
    Tampering,
    /// A conflict copy of a file that is not a meeting.
    NotAMeeting,
    /// The copy or its original cannot be read.
    Unreadable,
    /// `merge` without `--auto`.
    OnlyAuto,
    /// The file is not a conflict copy.
    NotACopy,
    /// Everything merged; the copy moved.
    Merged,
    /// Merged in part; the copy stays.
    Partly,
    /// A merge was undone: the original restored.
    Undone,
    /// The copy's content is the original's.
    Identical,
    /// An identical copy was put away.
    IdenticalPutAway,
    /// The copy is back at.
    CopyBack,
    /// No merge of the file is recorded.
    NoMerge,
    /// The file changed since the merge: not undone.
    ChangedSince,
    /// A copy of the plan, the members or an update file: no ancestor is known.
    NoAncestorFile,
}

/// A message.
pub fn say(lang: Lang, s: Say) -> &'static str {
    let (nl, en) = match s {
        Say::None => ("Geen conflictkopieën.", "No conflict copies."),
        Say::CopyOf => ("kopie van", "copy of"),
        Say::Ancestor => ("gemeenschappelijke voorouder gevonden", "common ancestor found"),
        Say::NoAncestor => (
            "geen gemeenschappelijke voorouder: elk verschil is een keuze",
            "no common ancestor: every difference is a choice",
        ),
        Say::Tampering => (
            "GOEDGEKEURD verslag met een conflictkopie: mogelijk geknoei, niet samengevoegd",
            "APPROVED minutes with a conflict copy: possible tampering, not merged",
        ),
        Say::NotAMeeting => (
            "geen vergadering: met de hand samenvoegen, dan de kopie wegzetten (w in de app)",
            "not a meeting: merge by hand, then put the copy away (w in the app)",
        ),
        Say::Unreadable => ("onleesbaar", "unreadable"),
        Say::OnlyAuto => (
            "samenvoegen met keuzes gebeurt (nog) niet hier; gebruik --auto voor de eenzijdige wijzigingen",
            "merging with choices is not done here (yet); use --auto for the one-sided changes",
        ),
        Say::NotACopy => ("geen conflictkopie", "not a conflict copy"),
        Say::Merged => ("samengevoegd; de kopie staat nu in", "merged; the copy is now in"),
        Say::Partly => (
            "eenzijdige wijzigingen samengevoegd; de kopie blijft voor de keuzes",
            "one-sided changes merged; the copy stays for the choices",
        ),
        Say::Identical => (
            "identiek aan het origineel: niets samen te voegen, mag weg (w in de app)",
            "identical to the original: nothing to merge, can go (w in the app)",
        ),
        Say::IdenticalPutAway => (
            "identiek aan het origineel; de kopie staat nu in",
            "identical to the original; the copy is now in",
        ),
        Say::Undone => ("samenvoegen ongedaan gemaakt; hersteld:", "merge undone; restored:"),
        Say::CopyBack => ("de kopie staat weer op", "the copy is back at"),
        Say::NoMerge => ("geen samenvoeging om ongedaan te maken", "no merge to undo"),
        Say::ChangedSince => (
            "gewijzigd sinds de samenvoeging: niet ongedaan gemaakt (dat zou die wijziging wissen)",
            "changed since the merge: not undone (that would erase the change)",
        ),
        Say::NoAncestorFile => (
            "geen voorouder bekend: wat verschilt is een keuze, wat maar in één versie staat blijft",
            "no ancestor known: what differs is a choice, what only one version has is kept",
        ),
    };
    lang.pick(nl, en)
}

/// A difference as a reader names it: the element, and for a stretch of a text which one
/// ("agendapunt 2: notulen, deel 1 van 2").
pub fn difference(lang: Lang, d: &Difference) -> String {
    let name = element(lang, &d.element);
    match &d.part {
        Some(p) if lang == Lang::Nl => format!("{name}, deel {} van {}", p.index + 1, p.count),
        Some(p) => format!("{name}, part {} of {}", p.index + 1, p.count),
        None => name,
    }
}

/// Who wrote the original's version: "origineel", "origineel (Jan Peeters)".
pub fn original_by(lang: Lang, who: Option<&str>) -> String {
    let word = lang.pick("origineel", "original");
    who.map_or_else(|| word.to_owned(), |who| format!("{word} ({who})"))
}

/// Who wrote the copy's version: "kopie (Syncthing, ABCDEFG)".
pub fn copy_by(lang: Lang, service: &str, who: Option<&str>) -> String {
    let word = lang.pick("kopie", "copy");
    match who {
        Some(who) => format!("{word} ({service}, {who})"),
        None => format!("{word} ({service})"),
    }
}

/// "B5 van kopie (Syncthing, ABCDEFG) is nu B6": a decision (`B`) or action item (`A`) the copy
/// added under a number the original had taken too.
pub fn renumbered(lang: Lang, prefix: char, from: u32, to: u32, who: &str) -> String {
    match lang {
        Lang::Nl => format!("{prefix}{from} van {who} is nu {prefix}{to}"),
        Lang::En => format!("{prefix}{from} of {who} is now {prefix}{to}"),
    }
}

/// "verwijzingen elders volgen mee: data/plan.ron, …": the files whose references to the
/// renumbered additions follow them.
pub fn followed_in(lang: Lang, files: &str) -> String {
    match lang {
        Lang::Nl => format!("verwijzingen elders volgen mee: {files}"),
        Lang::En => format!("references elsewhere follow: {files}"),
    }
}

/// An element of the plan, the members or an update file, as a reader names it.
pub fn file_element(lang: Lang, e: &FileElement) -> String {
    use super::members::MembersElement as M;
    use super::plan::PlanElement as P;
    use super::updates::UpdateElement as U;
    use FileElement as F;
    let say = |nl: &str, en: &str| lang.pick(nl, en).to_owned();
    match e {
        F::Plan(P::Details) => say("plan: organisatie en periode", "plan: organisation and period"),
        F::Plan(P::Municipality(id)) => format!("{} {id}", lang.pick("gemeente", "municipality")),
        F::Plan(P::Strategic(id)) => {
            format!("{} {id}", lang.pick("strategische doelstelling", "strategic objective"))
        }
        F::Plan(P::Operational(id)) => {
            format!("{} {id}", lang.pick("operationele doelstelling", "operational objective"))
        }
        F::Plan(P::History(id)) => {
            format!("{} {id}", lang.pick("codegeschiedenis van", "code history of"))
        }
        F::Plan(P::Action(id)) => format!("{} {id}", lang.pick("actie", "action")),
        F::Members(M::Version) => say("schemaversie", "schema version"),
        F::Members(M::Body(id)) => format!("{} {id}", lang.pick("orgaan", "body")),
        F::Members(M::Member(id)) => format!("{} {id}", lang.pick("lid", "member")),
        F::Members(M::Seat(member, body, from, _)) => {
            let since =
                from.map(|d| format!(" {} {d}", lang.pick("vanaf", "from"))).unwrap_or_default();
            match lang {
                Lang::Nl => format!("zetel van {member} in {body}{since}"),
                Lang::En => format!("seat of {member} in {body}{since}"),
            }
        }
        F::Updates(U::Header) => say("eigenaar en schemaversie", "owner and schema version"),
        F::Updates(U::Entry(action, date, _)) => match lang {
            Lang::Nl => format!("opvolging van {action} op {date}"),
            Lang::En => format!("follow-up of {action} on {date}"),
        },
    }
}

/// An element of a meeting as a reader compares it by eye, in words (never the file's RON):
/// minutes and titles as written, a decision with its outcome, objectives and links, an action
/// item with its owner and date, "—" when this version lacks it.
pub fn element_text(lang: Lang, m: &Meeting, e: &Element) -> String {
    let item = |n: u32| m.agenda.iter().find(|i| i.number == n);
    let text = match e {
        Element::Minutes(n) => item(*n).map(|i| i.minutes.clone()),
        Element::ItemTitle(n) => item(*n).map(|i| {
            let closed = if i.closed { lang.pick(" (besloten)", " (closed session)") } else { "" };
            format!("{}{closed}", i.title)
        }),
        Element::ItemPresence(n) => item(*n).map(|i| {
            let line = |p: &crate::domain::meeting::PresenceChange| {
                format!("{}: {}", p.member, presence_change(lang, &p.change))
            };
            i.presence.iter().map(line).collect::<Vec<_>>().join("\n")
        }),
        Element::Decision(n) => {
            m.decisions().find(|(_, d)| d.number == *n).map(|(_, d)| decision_text(lang, d))
        }
        Element::Action(n) => m.action_items().find(|(_, a)| a.number == *n).map(|(_, a)| {
            let due =
                a.due.map(|d| format!(" · {} {d}", lang.pick("tegen", "due"))).unwrap_or_default();
            let objective = a.objective.as_ref().map(|o| format!("\n{o}")).unwrap_or_default();
            format!("{}\n{}{due}{objective}", a.text, a.owner)
        }),
        Element::FollowUp(r) => m
            .follow_ups()
            .find(|(_, f)| &f.action == r)
            .map(|(_, f)| format!("{}: {}", follow_up_status(lang, f.status), f.note)),
        Element::Attendance(who) => m
            .attendance
            .iter()
            .find(|a| &a.member == who)
            .map(|a| presence(lang, a.presence).into()),
        Element::Guests => Some(
            m.guests
                .iter()
                .map(|g| match &g.organisation {
                    Some(org) => format!("{} ({org})", g.name),
                    None => g.name.clone(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Element::Approvals => {
            Some(m.approves.iter().map(|a| a.meeting.to_string()).collect::<Vec<_>>().join("\n"))
        }
        Element::Status => Some(minutes_status(lang, &m.status).to_owned()),
        Element::Details => Some(format!(
            "{} {} – {}\n{}",
            m.date,
            m.start.map(|t| t.to_string()).unwrap_or_default(),
            m.end.map(|t| t.to_string()).unwrap_or_default(),
            m.location.clone().unwrap_or_default()
        )),
    };
    text.unwrap_or_else(|| "—".to_owned())
}

/// A decision in words: its outcome, its text, then its objectives, votes and links.
fn decision_text(lang: Lang, d: &Decision) -> String {
    let mut out = format!("{}\n{}", outcome(lang, d.outcome), d.text);
    if !d.objectives.is_empty() {
        let list: Vec<String> = d.objectives.iter().map(|o| o.to_string()).collect();
        out.push_str(&format!(
            "\n{}: {}",
            lang.pick("doelstellingen", "objectives"),
            list.join(", ")
        ));
    }
    if let Some(v) = &d.votes {
        let (yes, no, abstain) = (v.yes, v.no, v.abstain);
        out.push_str(&match lang {
            Lang::Nl => format!("\n{yes} voor, {no} tegen, {abstain} onthoudingen"),
            Lang::En => format!("\n{yes} for, {no} against, {abstain} abstentions"),
        });
    }
    for (word, link) in [
        (lang.pick("wijzigt", "amends"), &d.amends),
        (lang.pick("vervangt", "supersedes"), &d.supersedes),
    ] {
        if let Some(r) = link {
            out.push_str(&format!("\n{word} {r}"));
        }
    }
    out
}

/// What a key of the conflicts view does, as its key bar says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyWord {
    /// Moving over the copies.
    Copy,
    /// Moving over one copy's elements.
    Element,
    /// Enter: merge the selected copy.
    Merge,
    /// w: put the copy away.
    PutAway,
    /// u: undo the last merge.
    Undo,
    /// q, Esc: close the view.
    Close,
    /// o: the original's version.
    Original,
    /// c: the copy's version.
    TheCopy,
    /// b: both.
    Both,
    /// s: merge and save.
    Save,
    /// Esc: back to the copies.
    Back,
}

/// The key bar's word for `word` (empty: the keys alone, run into the next).
pub fn key_word(lang: Lang, word: KeyWord) -> &'static str {
    match word {
        KeyWord::Copy => lang.pick("kopie", "copy"),
        KeyWord::Element => lang.pick("element", "element"),
        KeyWord::Merge => lang.pick("samenvoegen", "merge"),
        KeyWord::PutAway => lang.pick("wegzetten", "put away"),
        KeyWord::Undo => lang.pick("terugdraaien", "undo merge"),
        KeyWord::Close => lang.pick("sluiten", "close"),
        KeyWord::Original => lang.pick("origineel", "original"),
        KeyWord::TheCopy => lang.pick("kopie", "copy"),
        KeyWord::Both => lang.pick("beide", "both"),
        KeyWord::Save => lang.pick("bewaren", "save"),
        KeyWord::Back => lang.pick("terug", "back"),
    }
}
