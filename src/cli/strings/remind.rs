//! The words of `stuurgroep remind`: the reminders' headings, each action item's origin, the
//! e-mail's subject and note, and what `remind` refuses.

use crate::i18n::Lang;
use chrono::NaiveDate;

/// The title over all reminders: the day they are for and how far ahead they look.
pub fn title(lang: Lang, today: NaiveDate, until: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Herinneringen op {today}: achterstallig of te doen tegen {until}"),
        Lang::En => format!("Reminders on {today}: overdue or due by {until}"),
    }
}

/// The heading over the action items past their due date.
pub fn overdue(lang: Lang) -> &'static str {
    lang.pick("Achterstallig", "Overdue")
}

/// The heading over the action items due within the days looked ahead.
pub fn due_soon(lang: Lang) -> &'static str {
    lang.pick("Binnenkort te doen", "Due soon")
}

/// An action item's due date.
pub fn due(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("tegen {date}"),
        Lang::En => format!("due {date}"),
    }
}

/// Where an action item was agreed: the meeting (its body and day) and the agenda item.
pub fn agreed_in(lang: Lang, meeting: &str, number: u32, item: &str) -> String {
    match lang {
        Lang::Nl => format!("afgesproken in {meeting}, punt {number}: {item}"),
        Lang::En => format!("agreed in {meeting}, item {number}: {item}"),
    }
}

/// A decision taken under the same agenda item as the action item.
pub fn decision(lang: Lang, reference: &str, text: &str) -> String {
    match lang {
        Lang::Nl => format!("besluit {reference}: {text}"),
        Lang::En => format!("decision {reference}: {text}"),
    }
}

/// The latest follow-up of an action item that is still open.
pub fn last_follow_up(lang: Lang, date: NaiveDate, note: &str) -> String {
    match lang {
        Lang::Nl => format!("laatste opvolging {date}: {note}"),
        Lang::En => format!("latest follow-up {date}: {note}"),
    }
}

/// When no one has anything overdue or due soon.
pub fn nothing(lang: Lang) -> &'static str {
    lang.pick(
        "Niemand heeft iets achterstallig of binnenkort te doen.",
        "No one has anything overdue or due soon.",
    )
}

/// The subject of the e-mail to `name`.
pub fn subject(lang: Lang, name: &str, today: NaiveDate) -> String {
    match lang {
        Lang::Nl => format!("Herinnering actiepunten voor {name} ({today})"),
        Lang::En => format!("Reminder of action items for {name} ({today})"),
    }
}

/// The greeting that opens the e-mail.
pub fn greeting(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Beste {name},\n\nDeze actiepunten staan op jouw naam:"),
        Lang::En => format!("Dear {name},\n\nThese action items are yours:"),
    }
}

/// The line that closes the e-mail.
pub fn closing(lang: Lang) -> &'static str {
    lang.pick(
        "Is een actiepunt klaar of vervallen? Zet het in je opvolgingen, dan valt het uit de herinneringen.",
        "Is an action item done or dropped? Record it in your follow-ups and it leaves the reminders.",
    )
}

/// The note at the top of an e-mail without a recipient: the members file has no address.
pub fn no_address(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => {
            format!("[Geen e-mailadres van {name} in data/members.ron: vul de ontvanger zelf in.]")
        }
        Lang::En => format!(
            "[No e-mail address for {name} in data/members.ron: fill in the recipient yourself.]"
        ),
    }
}

/// A line of the list of e-mail files written; `to` is the recipient, if known.
pub fn written_file(lang: Lang, path: &str, to: Option<&str>) -> String {
    match (lang, to) {
        (_, Some(to)) => format!("{path}  -> {to}"),
        (Lang::Nl, None) => format!("{path}  (geen ontvanger: geen e-mailadres bekend)"),
        (Lang::En, None) => format!("{path}  (no recipient: no e-mail address known)"),
    }
}

/// `--on` that is not a day.
pub fn bad_day(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => format!("ongeldige dag {value:?}: schrijf bv. 2022-11-01"),
        Lang::En => format!("invalid day {value:?}: write e.g. 2022-11-01"),
    }
}

/// `--owner` that names no member: the members there are, to choose from.
pub fn unknown_owner(lang: Lang, value: &str, known: &[String]) -> String {
    let list = known.join("\n  ");
    match lang {
        Lang::Nl => format!("onbekend lid {value:?}; de leden zijn:\n  {list}"),
        Lang::En => format!("unknown member {value:?}; the members are:\n  {list}"),
    }
}

/// `--format eml` without a folder to write into, or `-o` with another format.
pub fn eml_needs_folder(lang: Lang) -> &'static str {
    lang.pick(
        "--format eml schrijft een bestand per eigenaar: geef de map met -o MAP (en -o alleen met eml)",
        "--format eml writes one file per owner: give the folder with -o DIR (and -o only with eml)",
    )
}

/// Writing an e-mail file failed.
pub fn cannot_write(lang: Lang, path: &str, why: &str) -> String {
    match lang {
        Lang::Nl => format!("kan {path} niet schrijven: {why}"),
        Lang::En => format!("cannot write {path}: {why}"),
    }
}

/// The warning on stderr for an owner without an e-mail address: their message has no `To:`.
pub fn no_address_warning(lang: Lang, name: &str, path: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "let op: geen e-mailadres van {name} in data/members.ron; {path} heeft geen ontvanger"
        ),
        Lang::En => format!(
            "warning: no e-mail address for {name} in data/members.ron; {path} has no recipient"
        ),
    }
}

/// `--from` names a member without an e-mail address.
pub fn sender_without_address(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("--from: {name} heeft geen e-mailadres in data/members.ron"),
        Lang::En => format!("--from: {name} has no e-mail address in data/members.ron"),
    }
}

/// `--from` that is neither a member nor an address.
pub fn bad_sender(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "--from {value:?} is geen lid en geen e-mailadres: geef een lid-id, \"Naam <adres>\" of een adres"
        ),
        Lang::En => format!(
            "--from {value:?} is neither a member nor an address: give a member id, \"Name <address>\" or an address"
        ),
    }
}
