//! Meetings as an iCalendar file (RFC 5545).

use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;

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

/// The meetings as a calendar, in date order. Times are local (floating), as people agree
/// on them; a meeting without times is an all-day event.
pub fn ics(meetings: &[&Meeting], members: Option<&Members>, organisation: &str) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//stuurgroep//NL");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(organisation)));
    for m in meetings {
        let body = members
            .and_then(|ms| ms.body(&m.body))
            .map_or_else(|| m.body.to_string(), |b| b.name.clone());
        let day = m.date.format("%Y%m%d");
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}@stuurgroep", m.id));
        line(&mut out, &format!("DTSTAMP:{day}T000000Z"));
        match (m.start, m.end) {
            (Some(start), end) => {
                line(&mut out, &format!("DTSTART:{day}T{}", start.format("%H%M%S")));
                if let Some(end) = end {
                    line(&mut out, &format!("DTEND:{day}T{}", end.format("%H%M%S")));
                }
            }
            (None, _) => line(&mut out, &format!("DTSTART;VALUE=DATE:{day}")),
        }
        line(&mut out, &format!("SUMMARY:{}", text(&body)));
        if let Some(place) = &m.location {
            line(&mut out, &format!("LOCATION:{}", text(place)));
        }
        let agenda: Vec<String> =
            m.agenda.iter().map(|i| format!("{}. {}", i.number, i.title)).collect();
        line(&mut out, &format!("DESCRIPTION:{}", text(&agenda.join("\n"))));
        line(&mut out, "END:VEVENT");
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
