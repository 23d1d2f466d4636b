//! Meetings as an iCalendar file (RFC 5545).

use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use chrono::{DateTime, Utc};

/// Text escaped for an iCalendar value: `\ ; ,` and newlines; a carriage return dropped;
/// other control characters and bidi overrides shown as `\u{..}`, so a calendar never
/// reorders or hides what it shows.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if crate::text::is_hostile(c) => out.push_str(&crate::text::visible(c)),
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, ended with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// Europe/Brussels as RFC 5545 wants it spelled out, so a calendar without a time-zone
/// database (or one that does not trust the name) still puts 19:30 at 19:30 Belgian time:
/// CEST from the last Sunday of March, CET from the last Sunday of October.
const BRUSSELS: [&str; 17] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// A meeting in the calendar, with when its file last changed.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// The meeting.
    pub meeting: &'a Meeting,
    /// When its file was last written, if known: LAST-MODIFIED, and the SEQUENCE derived
    /// from it.
    pub modified: Option<DateTime<Utc>>,
    /// The left side of its UID (see [`Event::of`]).
    pub uid: String,
}

impl<'a> Event<'a> {
    /// The event of `meeting`, one of the folder's `meetings`. Its UID is the id the meeting
    /// was first planned under, so that a meeting whose date changed (and with it its id) is
    /// the same event, moved, in the calendars that imported it. A meeting planned later on
    /// the day another one left takes that day's id with `+1`, never the moved one's UID.
    pub fn of<'b>(
        meeting: &'a Meeting,
        modified: Option<DateTime<Utc>>,
        meetings: impl IntoIterator<Item = &'b Meeting>,
    ) -> Self {
        let uid = match &meeting.planned_as {
            Some(first) => first.to_string(),
            None if meetings.into_iter().any(|o| o.planned_as.as_ref() == Some(&meeting.id)) => {
                format!("{}+1", meeting.id)
            }
            None => meeting.id.to_string(),
        };
        Self { meeting, modified, uid }
    }
}

/// Minutes from this moment to a file's last change make the SEQUENCE: it grows with every
/// change of the meeting (its time and place among them) and is stored nowhere, so a
/// calendar that imported an earlier export takes the new one as an update.
const SEQUENCE_EPOCH: i64 = 1_577_836_800; // 2020-01-01T00:00:00Z

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// "Cultuurregio Pajottenland-Zennevallei" → "cultuurregio-pajottenland-zennevallei": the
/// right-hand side of the UIDs, so two associations' meetings of the same day and body never
/// share one.
fn domain(organisation: &str) -> String {
    let slug: Vec<String> = organisation
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::text::fold)
        .collect();
    if slug.is_empty() { "stuurgroep".to_owned() } else { slug.join("-") }
}

fn event(out: &mut String, e: &Event, members: Option<&Members>, uid_domain: &str, now: &str) {
    let m = e.meeting;
    let body = members
        .and_then(|ms| ms.body(&m.body))
        .map_or_else(|| m.body.to_string(), |b| b.name.clone());
    let day = m.date.format("%Y%m%d");
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}@{uid_domain}", e.uid));
    line(out, &format!("DTSTAMP:{now}"));
    let sequence = e.modified.map_or(0, |t| ((t.timestamp() - SEQUENCE_EPOCH) / 60).max(0));
    line(out, &format!("SEQUENCE:{sequence}"));
    if let Some(t) = e.modified {
        line(out, &format!("LAST-MODIFIED:{}", stamp(t)));
    }
    match (m.start, m.end) {
        (Some(start), end) => {
            let at = |t: chrono::NaiveTime| format!("{day}T{}", t.format("%H%M%S"));
            line(out, &format!("DTSTART;TZID=Europe/Brussels:{}", at(start)));
            if let Some(end) = end {
                line(out, &format!("DTEND;TZID=Europe/Brussels:{}", at(end)));
            }
        }
        (None, _) => line(out, &format!("DTSTART;VALUE=DATE:{day}")),
    }
    line(out, &format!("SUMMARY:{}", text(&body)));
    if let Some(place) = &m.location {
        line(out, &format!("LOCATION:{}", text(place)));
    }
    line(out, if m.cancelled { "STATUS:CANCELLED" } else { "STATUS:CONFIRMED" });
    let agenda: Vec<String> =
        m.agenda.iter().map(|i| format!("{}. {}", i.number, i.title)).collect();
    line(out, &format!("DESCRIPTION:{}", text(&agenda.join("\n"))));
    line(out, "END:VEVENT");
}

/// The meetings as a calendar, in the order given. Times are Belgian (TZID=Europe/Brussels,
/// with its VTIMEZONE); a meeting without times is an all-day event. DTSTAMP is `now`, the
/// moment of export; UIDs carry the association's name.
pub fn ics(
    events: &[Event],
    members: Option<&Members>,
    organisation: &str,
    now: DateTime<Utc>,
) -> String {
    with_todos(events, &[], members, organisation, now)
}

/// An action item with a due date, as a to-do in the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Todo {
    /// `<meeting>/A<number>`: the UID's left side.
    pub reference: String,
    /// What is to be done.
    pub text: String,
    /// Who does it, as the minutes name them.
    pub owner: String,
    /// By when.
    pub due: chrono::NaiveDate,
    /// `NEEDS-ACTION`, `COMPLETED` or `CANCELLED`.
    pub status: &'static str,
}

fn todo(out: &mut String, t: &Todo, uid_domain: &str, now: &str) {
    line(out, "BEGIN:VTODO");
    line(out, &format!("UID:{}@{uid_domain}", t.reference.replace('/', "-")));
    line(out, &format!("DTSTAMP:{now}"));
    line(out, &format!("DUE;VALUE=DATE:{}", t.due.format("%Y%m%d")));
    line(out, &format!("SUMMARY:{}", text(&t.text)));
    line(out, &format!("DESCRIPTION:{}", text(&format!("{} ({})", t.owner, t.reference))));
    line(out, &format!("STATUS:{}", t.status));
    line(out, "END:VTODO");
}

/// The calendar with the action items' to-dos after the meetings.
pub fn with_todos(
    events: &[Event],
    todos: &[Todo],
    members: Option<&Members>,
    organisation: &str,
    now: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//stuurgroep//NL");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(organisation)));
    line(&mut out, "X-WR-TIMEZONE:Europe/Brussels");
    BRUSSELS.iter().for_each(|l| line(&mut out, l));
    let (uid_domain, now) = (domain(organisation), stamp(now));
    for e in events {
        event(&mut out, e, members, &uid_domain, &now);
    }
    for t in todos {
        todo(&mut out, t, &uid_domain, &now);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_folded() {
        assert_eq!(text("a;b,c\\d\r\ne\u{1b}"), "a\\;b\\,c\\\\d\\ne\\u{1b}");
        // A bidi override or a C1 control never reaches the calendar raw.
        assert_eq!(text("x\u{202e}y\u{9b}"), "x\\u{202e}y\\u{9b}");
        let mut out = String::new();
        line(&mut out, &"é".repeat(60));
        assert!(out.split("\r\n").all(|l| l.len() <= 75), "{out:?}");
        assert_eq!(out.replace("\r\n ", ""), format!("{}\r\n", "é".repeat(60)));
    }
}
