//! Dates and times as a secretary types them. Due dates: "15/1", "15/1/2027", "2027-01-15",
//! "+2w", "+10d", "+3m", "vrijdag", "morgen" (a day and month without a year mean the next
//! such day). Times: "19:30", "19u30", "1930"; a meeting's span: "19:30-21:50".

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Weekday};

/// "19:30", "19u30", "19u", "1930", "19.30".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text.trim().to_lowercase().replace(['u', '.', 'h'], ":");
    let t = t.trim_end_matches(':');
    let (h, m) = match t.split_once(':') {
        Some((h, m)) => (h.parse().ok()?, if m.is_empty() { 0 } else { m.parse().ok()? }),
        None if t.len() == 4 => (t[..2].parse().ok()?, t[2..].parse().ok()?),
        None => (t.parse().ok()?, 0),
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A meeting's start and end, "19:30-21:50" (or "–"); either side may be left empty. `None`
/// when a side that is filled in is no time.
pub fn parse_span(text: &str) -> Option<(Option<NaiveTime>, Option<NaiveTime>)> {
    let side = |t: &str| match t.trim() {
        "" => Some(None),
        t => parse_time(t).map(Some),
    };
    match text.split_once(['-', '–']) {
        Some((start, end)) => Some((side(start)?, side(end)?)),
        None => Some((side(text)?, None)),
    }
}

/// A span as [`parse_span`] reads it: "19:30-21:50", "19:30-", "".
pub fn format_span(start: Option<NaiveTime>, end: Option<NaiveTime>) -> String {
    let hm = |t: Option<NaiveTime>| t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
    match end {
        Some(_) => format!("{}-{}", hm(start), hm(end)),
        None => hm(start),
    }
}

/// Reads `text` as a date, relative to `today`; `None` when it is no date.
pub fn parse_due(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = text.trim().to_lowercase();
    if let Some(rest) = t.strip_prefix('+') {
        return relative(rest, today);
    }
    match t.as_str() {
        "vandaag" | "today" => return Some(today),
        "morgen" | "tomorrow" => return today.succ_opt(),
        _ => {}
    }
    if let Some(day) = weekday(&t) {
        let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
        return today.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead.into() }));
    }
    let iso =
        t.split('-').next().is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    if iso {
        return NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok();
    }
    day_month_year(&t, today)
}

/// "2w", "10d", "3m", "1j" / "1y" after the plus.
fn relative(rest: &str, today: NaiveDate) -> Option<NaiveDate> {
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    match rest[digits.len()..].trim() {
        "d" | "" => today.checked_add_days(Days::new(n.into())),
        "w" => today.checked_add_days(Days::new(u64::from(n) * 7)),
        "m" => today.checked_add_months(Months::new(n)),
        "j" | "y" => today.checked_add_months(Months::new(n * 12)),
        _ => None,
    }
}

fn weekday(t: &str) -> Option<Weekday> {
    const NAMES: [(&[&str], Weekday); 7] = [
        (&["maandag", "ma", "monday", "mon"], Weekday::Mon),
        (&["dinsdag", "di", "tuesday", "tue"], Weekday::Tue),
        (&["woensdag", "wo", "wednesday", "wed"], Weekday::Wed),
        (&["donderdag", "do", "thursday", "thu"], Weekday::Thu),
        (&["vrijdag", "vr", "friday", "fri"], Weekday::Fri),
        (&["zaterdag", "za", "saturday", "sat"], Weekday::Sat),
        (&["zondag", "zo", "sunday", "sun"], Weekday::Sun),
    ];
    NAMES.iter().find(|(names, _)| names.contains(&t)).map(|(_, d)| *d)
}

/// "15/1", "15-1", "15.1", with an optional year of two or four digits.
fn day_month_year(t: &str, today: NaiveDate) -> Option<NaiveDate> {
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (day, month) = (num(parts.first()?)?, num(parts.get(1)?)?);
    match parts.get(2) {
        Some(y) if parts.len() == 3 => {
            let year = num(y)? as i32;
            let year = if y.len() == 2 { 2000 + year } else { year };
            NaiveDate::from_ymd_opt(year, month, day)
        }
        None => {
            // The next such day: typed in November, 15/1 is next January. A 29/2 goes to the
            // next leap year within the four years ahead.
            (0..=4).find_map(|ahead| {
                NaiveDate::from_ymd_opt(today.year() + ahead, month, day).filter(|d| *d >= today)
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn times_as_people_write_them() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        for (typed, want) in [
            ("19:30", t(19, 30)),
            ("19u30", t(19, 30)),
            ("19u", t(19, 0)),
            ("1930", t(19, 30)),
            ("9.15", t(9, 15)),
            ("20", t(20, 0)),
        ] {
            assert_eq!(parse_time(typed), want, "{typed}");
        }
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("avond"), None);
    }

    #[test]
    fn a_meeting_span_reads_back_what_it_shows() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_span("19:30-21:50"), Some((t(19, 30), t(21, 50))));
        assert_eq!(parse_span("19u30 – 22u"), Some((t(19, 30), t(22, 0))));
        assert_eq!(parse_span("19:30"), Some((t(19, 30), None)));
        assert_eq!(parse_span("19:30-"), Some((t(19, 30), None)));
        assert_eq!(parse_span("-21:50"), Some((None, t(21, 50))));
        assert_eq!(parse_span(""), Some((None, None)));
        assert_eq!(parse_span("19:30-laat"), None);
        for (start, end) in [(t(19, 30), t(21, 50)), (t(9, 5), None), (None, None)] {
            assert_eq!(parse_span(&format_span(start, end)), Some((start, end)));
        }
    }

    #[test]
    fn what_a_secretary_types() {
        let today = d("2026-11-23"); // a Monday
        for (typed, want) in [
            ("15/1", "2027-01-15"),
            ("15/12", "2026-12-15"),
            ("23/11", "2026-11-23"),
            ("15/1/2028", "2028-01-15"),
            ("15-1-28", "2028-01-15"),
            ("2027-01-15", "2027-01-15"),
            ("+2w", "2026-12-07"),
            ("+10d", "2026-12-03"),
            ("+3m", "2027-02-23"),
            ("+1j", "2027-11-23"),
            ("vrijdag", "2026-11-27"),
            ("ma", "2026-11-30"),
            ("Morgen", "2026-11-24"),
            (" today ", "2026-11-23"),
            ("29/2", "2028-02-29"),
        ] {
            assert_eq!(parse_due(typed, today), Some(d(want)), "{typed}");
        }
        assert_eq!(parse_due("+1m", d("2027-01-31")), Some(d("2027-02-28")));
        for bad in ["", "31/2", "morgenvroeg", "+2x", "15", "2027-13-01", "1/2/3/4"] {
            assert_eq!(parse_due(bad, today), None, "{bad}");
        }
    }
}
