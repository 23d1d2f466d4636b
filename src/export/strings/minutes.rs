//! Words of the minutes and the list of decisions, as documents (Markdown, HTML).

use crate::i18n::Lang;

/// A fixed word or heading of the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// "Verslag".
    Minutes,
    /// "Besluitenlijst".
    DecisionList,
    /// "Datum".
    Date,
    /// "Uur".
    Time,
    /// "Plaats".
    Place,
    /// "Voorzitter".
    Chair,
    /// "Secretaris".
    Secretary,
    /// "Aanwezig".
    Present,
    /// "Verontschuldigd".
    Excused,
    /// "Afwezig".
    Absent,
    /// "Gasten".
    Guests,
    /// "Besluit".
    Decision,
    /// "Stemming".
    Vote,
    /// "voor".
    Yes,
    /// "tegen".
    No,
    /// "Doelstelling".
    Objectives,
    /// "Wijzigt".
    Amends,
    /// "Vervangt".
    Supersedes,
    /// "Actiepunten".
    Actions,
    /// "Wie".
    Owner,
    /// "Tegen" (due date).
    Due,
    /// "Opvolging".
    FollowUps,
    /// "Status van het verslag".
    Status,
    /// "Keurt goed".
    Approves,
    /// "Geen besluiten in deze periode."
    NoDecisions,
    /// "Agendapunt".
    Item,
}

/// The word in `lang`.
pub fn word(lang: Lang, w: Word) -> &'static str {
    use Word as W;
    let (nl, en) = match w {
        W::Minutes => ("Verslag", "Minutes"),
        W::DecisionList => ("Besluitenlijst", "List of decisions"),
        W::Date => ("Datum", "Date"),
        W::Time => ("Uur", "Time"),
        W::Place => ("Plaats", "Place"),
        W::Chair => ("Voorzitter", "Chair"),
        W::Secretary => ("Secretaris", "Secretary"),
        W::Present => ("Aanwezig", "Present"),
        W::Excused => ("Verontschuldigd", "Excused"),
        W::Absent => ("Afwezig", "Absent"),
        W::Guests => ("Gasten", "Guests"),
        W::Decision => ("Besluit", "Decision"),
        W::Vote => ("Stemming", "Vote"),
        W::Yes => ("voor", "for"),
        W::No => ("tegen", "against"),
        W::Objectives => ("Doelstelling", "Objective"),
        W::Amends => ("Wijzigt", "Amends"),
        W::Supersedes => ("Vervangt", "Supersedes"),
        W::Actions => ("Actiepunten", "Action items"),
        W::Owner => ("Wie", "Who"),
        W::Due => ("Tegen", "Due"),
        W::FollowUps => ("Opvolging", "Follow-up"),
        W::Status => ("Status van het verslag", "Status of the minutes"),
        W::Approves => ("Keurt goed", "Approves"),
        W::NoDecisions => ("Geen besluiten in deze periode.", "No decisions in this period."),
        W::Item => ("Agendapunt", "Agenda item"),
    };
    lang.pick(nl, en)
}

/// "1 onthouding", "2 onthoudingen": the abstentions of a vote, with the plural right.
pub fn abstentions(lang: Lang, n: u32) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 onthouding".to_owned(),
        (Lang::Nl, n) => format!("{n} onthoudingen"),
        (Lang::En, 1) => "1 abstention".to_owned(),
        (Lang::En, n) => format!("{n} abstentions"),
    }
}

/// The vote as the documents say it: "Stemming: 5 voor, 0 tegen, 1 onthouding".
pub fn vote(lang: Lang, yes: u32, no: u32, abstain: u32) -> String {
    format!(
        "{}: {yes} {}, {no} {}, {}",
        word(lang, Word::Vote),
        word(lang, Word::Yes),
        word(lang, Word::No),
        abstentions(lang, abstain)
    )
}

/// A day written out, as letters and minutes say it: "16 maart 2021", "16 March 2021".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    };
    format!("{} {} {}", date.day(), months[date.month0() as usize], date.year())
}

/// The closing line that records an approval without putting a 64-digit hash in the
/// reading text: the hash is shortened to its first and last eight digits.
pub fn approval_line(lang: Lang, meeting: &str, short_hash: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("Keurt het verslag {meeting} goed, vastgelegd met vingerafdruk {short_hash}.")
        }
        Lang::En => {
            format!("Approves the minutes {meeting}, recorded with fingerprint {short_hash}.")
        }
    }
}

/// The words of the page footer: "pagina" and "van" around the page number and count.
pub fn page_of(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Nl => ("pagina", "van"),
        Lang::En => ("page", "of"),
    }
}

/// The label of a decision's outcome, as the documents show it at a glance.
pub fn outcome_label(lang: Lang) -> &'static str {
    lang.pick("Uitkomst", "Outcome")
}

/// The document language as BCP 47 (`nl-BE`, `en`), for `fo:language`/`w:lang`/metadata.
pub fn language_tag(lang: Lang) -> &'static str {
    lang.pick("nl-BE", "en")
}

/// `-o FILE.ext` names a format this document is not written in.
pub fn extension_not_offered(lang: Lang, file: &str, ext: &str, formats: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "{file}: dit document bestaat niet als .{ext}; kies een van: {formats} (met --format of de extensie)"
        ),
        Lang::En => format!(
            "{file}: this document does not come as .{ext}; pick one of: {formats} (with --format or the extension)"
        ),
    }
}

/// `--format` and the extension of `-o` disagree.
pub fn format_mismatch(lang: Lang, format: &str, file: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "--format {format} maar {file} heeft een andere extensie: laat een van beide weg of maak ze gelijk"
        ),
        Lang::En => format!(
            "--format {format} but {file} has another extension: leave one out or make them agree"
        ),
    }
}

/// Words of the agenda (invitation) sent before a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaWord {
    /// "Uitnodiging".
    Invitation,
    /// "Agenda".
    Agenda,
    /// "Op te volgen actiepunten".
    OpenActions,
    /// "Goed te keuren verslagen".
    ToApprove,
    /// "Geen."
    None,
}

/// The agenda's word in `lang`.
pub fn agenda_word(lang: Lang, w: AgendaWord) -> &'static str {
    use AgendaWord as W;
    let (nl, en) = match w {
        W::Invitation => ("Uitnodiging", "Invitation"),
        W::Agenda => ("Agenda", "Agenda"),
        W::OpenActions => ("Op te volgen actiepunten", "Action items to follow up"),
        W::ToApprove => ("Goed te keuren verslagen", "Minutes to approve"),
        W::None => ("Geen.", "None."),
    };
    lang.pick(nl, en)
}

/// Words of a closed (besloten) item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosedWord {
    /// " (besloten)", after the item's title.
    Marker,
    /// What public minutes say instead of a closed item's minutes.
    PublicMinutes,
    /// What public documents say for a closed item's decision without a public summary.
    NoSummary,
}

/// The closed item's word in `lang`.
pub fn closed_word(lang: Lang, w: ClosedWord) -> &'static str {
    use ClosedWord as W;
    let (nl, en) = match w {
        W::Marker => (" (besloten)", " (closed session)"),
        W::PublicMinutes => (
            "Dit punt werd in besloten zitting behandeld.",
            "This item was discussed in closed session.",
        ),
        W::NoSummary => (
            "Besluit in besloten zitting; er is nog geen publieke omschrijving.",
            "Decision taken in closed session; there is no public description yet.",
        ),
    };
    lang.pick(nl, en)
}
/// One line of who comes in or leaves at an agenda item: "Bert Cools komt binnen.", "Erik Van
/// Laethem meldt een belangenconflict en verlaat de zaal: hij is voorzitter van de vzw."
pub fn presence_line(lang: Lang, name: &str, m: &crate::domain::meeting::Movement) -> String {
    use crate::domain::meeting::Movement as M;
    match (m, lang) {
        (M::Arrives, Lang::Nl) => format!("{name} komt binnen."),
        (M::Arrives, Lang::En) => format!("{name} comes in."),
        (M::Leaves, Lang::Nl) => format!("{name} verlaat de vergadering."),
        (M::Leaves, Lang::En) => format!("{name} leaves the meeting."),
        (M::StepsOut, Lang::Nl) => format!("{name} verlaat de zaal voor dit punt."),
        (M::StepsOut, Lang::En) => format!("{name} leaves the room for this item."),
        (M::Conflict { reason }, Lang::Nl) => {
            let why = reason
                .as_ref()
                .map(|r| format!(": {}", r.trim_end_matches('.')))
                .unwrap_or_default();
            format!("{name} meldt een belangenconflict en verlaat de zaal{why}.")
        }
        (M::Conflict { reason }, Lang::En) => {
            let why = reason
                .as_ref()
                .map(|r| format!(": {}", r.trim_end_matches('.')))
                .unwrap_or_default();
            format!("{name} declares a conflict of interest and leaves the room{why}.")
        }
    }
}

/// How a decision was voted, when not by the body's own rule: "unaniem", "vereist: een
/// tweederdemeerderheid".
pub fn vote_rule(
    lang: Lang,
    unanimous: bool,
    majority: Option<crate::domain::governance::Majority>,
) -> Option<String> {
    if unanimous {
        return Some(lang.pick("unaniem", "unanimously").to_owned());
    }
    let m = crate::domain::strings::majority(lang, majority?);
    Some(format!("{}: {m}", lang.pick("vereist", "required")))
}

/// A vote by name: "Bij naam – voor: A, B; tegen: C; onthouding: D" (a side nobody took is
/// left out).
pub fn named_votes(lang: Lang, yes: &[String], no: &[String], abstain: &[String]) -> String {
    let sides = [
        (lang.pick("voor", "for"), yes),
        (lang.pick("tegen", "against"), no),
        (lang.pick("onthouding", "abstaining"), abstain),
    ];
    let said: Vec<String> = sides
        .iter()
        .filter(|(_, who)| !who.is_empty())
        .map(|(side, who)| format!("{side}: {}", who.join(", ")))
        .collect();
    format!("{} – {}", lang.pick("Bij naam", "By name"), said.join("; "))
}
