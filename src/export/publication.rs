//! What the published list of decisions (the JSON-LD and the RDFa of the HTML list) says
//! beyond the folder's own fields, worked out once here so both say the same: a decision's
//! short title, description, operative part and motivation; a person's given and family
//! name; a Belgian local time with its UTC offset.

use super::model::{DecisionDoc, ItemDoc};
use super::strings::oslo;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// The longest short title, in characters; a longer first sentence is cut at a word.
const TITLE_MAX: usize = 120;

/// A decision as the profile publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// `eli:title`: the first sentence of the operative part, shortened; a decision that was
    /// not adopted says so first ("Verworpen: …").
    pub title: String,
    /// `eli:description`: the outcome and the agenda item.
    pub description: String,
    /// `prov:value` (inhoud): the operative part, the last paragraph of a decision of
    /// several paragraphs, else its whole text.
    pub value: String,
    /// `besluit:motivering`: the considerations (the paragraphs before the operative part),
    /// else the item's minutes, else a line naming the item.
    pub motivation: String,
    /// The outcome in the profile's language: "aangenomen", "verworpen", "uitgesteld".
    pub outcome: &'static str,
}

/// The published form of decision `d` taken under `item`.
pub fn decision(item: &ItemDoc, d: &DecisionDoc) -> Published {
    let paragraphs = paragraphs(&d.text);
    let (considerations, value) = match paragraphs.split_last() {
        Some((last, before)) if !before.is_empty() => {
            (Some(before.join("\n\n")), (*last).to_owned())
        }
        _ => (None, d.text.trim().to_owned()),
    };
    let minutes = item.minutes.trim();
    let motivation = considerations.unwrap_or_else(|| {
        if minutes.is_empty() {
            oslo::motivation_from_title(&item.title)
        } else {
            minutes.to_owned()
        }
    });
    let outcome = outcome_nl(d.outcome);
    let short = short_title(&value);
    let title =
        if d.outcome == "adopted" { short } else { oslo::not_adopted_title(outcome, &short) };
    Published {
        title,
        description: oslo::description(outcome, item.number, &item.title),
        value,
        motivation,
        outcome,
    }
}

/// The outcome's Dutch word, the language of the profile.
pub fn outcome_nl(outcome: &str) -> &'static str {
    use crate::domain::meeting::Outcome;
    let o = match outcome {
        "rejected" => Outcome::Rejected,
        "postponed" => Outcome::Postponed,
        _ => Outcome::Adopted,
    };
    crate::domain::strings::outcome(crate::i18n::Lang::Nl, o)
}

/// The paragraphs of a text: parts between blank lines, trimmed, empty ones left out.
fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, l| {
            let here = *at;
            *at += l.len();
            Some((here, l))
        })
        .collect();
    for (at, l) in &lines {
        if l.trim().is_empty() {
            out.push(text[start..*at].trim());
            start = at + l.len();
        }
    }
    out.push(text[start..].trim());
    out.retain(|p| !p.is_empty());
    out
}

/// The first sentence of `text` (up to ". " or "; "), without its full stop, cut at a word
/// with "…" when longer than [`TITLE_MAX`] characters.
pub fn short_title(text: &str) -> String {
    let text = text.trim();
    let end = [". ", "; ", ".\n"].iter().filter_map(|p| text.find(p)).min().unwrap_or(text.len());
    let sentence = text[..end].trim_end_matches('.').trim();
    if sentence.chars().count() <= TITLE_MAX {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(TITLE_MAX - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > TITLE_MAX / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}\u{2026}", cut.trim_end_matches([',', ':', ';', ' ']))
}

/// "An Peeters" → (Some("An"), "Peeters"); "Jan Van den Bossche" → (Some("Jan"), "Van den
/// Bossche"): the first word is the given name, the rest the family name (Flemish family
/// names keep their particles). One word is a family name alone.
pub fn names(name: &str) -> (Option<&str>, &str) {
    let name = name.trim();
    match name.split_once(char::is_whitespace) {
        Some((given, family)) if !family.trim().is_empty() => (Some(given), family.trim()),
        _ => (None, name),
    }
}

/// A local time in Belgium as an `xsd:dateTime` with its offset: "+02:00" in summer time
/// (from 02:00 on the last Sunday of March to 03:00 on the last Sunday of October), else
/// "+01:00". An hour that happens twice in October is taken as the first one, summer time.
pub fn brussels(t: NaiveDateTime) -> String {
    let year = t.date().year();
    let (spring, autumn) = (last_sunday(year, 3), last_sunday(year, 10));
    let at = |day: NaiveDate, hour: u32| {
        day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default())
    };
    let summer = t >= at(spring, 2) && t < at(autumn, 3);
    let offset = if summer { "+02:00" } else { "+01:00" };
    format!("{}{offset}", t.format("%Y-%m-%dT%H:%M:%S"))
}

/// The end of a session: on the next day when it is earlier than the start (past midnight).
pub fn end_time(date: NaiveDate, start: Option<NaiveTime>, end: NaiveTime) -> NaiveDateTime {
    let day = match start {
        Some(s) if end < s => date.succ_opt().unwrap_or(date),
        _ => date,
    };
    day.and_time(end)
}

/// When a session began and ended, as published. The profile's shapes require both (and a
/// planned start); a time the folder lacks is published as the day's bound (00:00:00 for the
/// start, 23:59:59 for the end): the interval the folder does vouch for, never a guessed hour.
pub fn session_span(
    date: NaiveDate,
    start: Option<NaiveTime>,
    end: Option<NaiveTime>,
) -> (NaiveDateTime, NaiveDateTime) {
    let began = date.and_time(start.unwrap_or(NaiveTime::MIN));
    let ended = match end {
        Some(end) => end_time(date, start, end),
        None => date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)),
    };
    (began, ended)
}

/// The last Sunday of `month` (March or October) in `year`.
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let last = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
    let back = last.weekday().num_days_from_sunday();
    last - chrono::Days::new(u64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_past_midnight_ends_the_next_day() {
        let d = NaiveDate::from_ymd_opt(2021, 3, 16).unwrap();
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert_eq!(end_time(d, Some(t(20)), t(1)).date(), d.succ_opt().unwrap());
        assert_eq!(end_time(d, Some(t(20)), t(22)).date(), d);
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 30, 0).unwrap()
    }

    #[test]
    fn a_session_without_times_spans_its_day() {
        let d = NaiveDate::from_ymd_opt(2021, 3, 16).unwrap();
        let (from, to) = session_span(d, None, None);
        assert_eq!(
            (brussels(from), brussels(to)),
            ("2021-03-16T00:00:00+01:00".to_owned(), "2021-03-16T23:59:59+01:00".to_owned())
        );
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert_eq!(session_span(d, Some(t(20)), None).0, d.and_time(t(20)));
        assert_eq!(session_span(d, Some(t(20)), Some(t(1))).1.date(), d.succ_opt().unwrap());
    }

    #[test]
    fn belgian_times_carry_their_offset() {
        assert_eq!(brussels(at(2021, 3, 16, 19)), "2021-03-16T19:30:00+01:00");
        assert_eq!(brussels(at(2021, 6, 8, 19)), "2021-06-08T19:30:00+02:00");
        // 2021: summer time from Sunday 28 March to Sunday 31 October.
        assert_eq!(brussels(at(2021, 3, 28, 1)), "2021-03-28T01:30:00+01:00");
        assert_eq!(brussels(at(2021, 3, 28, 3)), "2021-03-28T03:30:00+02:00");
        assert_eq!(brussels(at(2021, 10, 31, 1)), "2021-10-31T01:30:00+02:00");
        assert_eq!(brussels(at(2021, 10, 31, 3)), "2021-10-31T03:30:00+01:00");
        assert_eq!(brussels(at(2022, 10, 11, 19)), "2022-10-11T19:30:00+02:00");
        assert_eq!(brussels(at(2022, 12, 13, 19)), "2022-12-13T19:30:00+01:00");
    }

    #[test]
    fn a_title_is_the_first_sentence_shortened_at_a_word() {
        assert_eq!(
            short_title("De begroting wordt goedgekeurd. Verder niets."),
            "De begroting wordt goedgekeurd"
        );
        assert_eq!(short_title("Om 19.30 uur; daarna"), "Om 19.30 uur");
        let long = "woord ".repeat(40);
        let t = short_title(&long);
        assert!(t.ends_with("woord\u{2026}"), "{t}");
        assert!(t.chars().count() <= TITLE_MAX, "{t}");
    }

    #[test]
    fn names_split_into_given_and_family() {
        assert_eq!(names("An Peeters"), (Some("An"), "Peeters"));
        assert_eq!(names("Jan Van den Bossche"), (Some("Jan"), "Van den Bossche"));
        assert_eq!(names("regisseur"), (None, "regisseur"));
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("a\nb\n\n  \nc\n"), vec!["a\nb", "c"]);
        assert_eq!(paragraphs("één"), vec!["één"]);
    }
}
