//! Due dates as a secretary types them: "15/1", "15/1/2027", "2027-01-15", "+2w", "+10d",
//! "+3m", "vrijdag", "morgen". A day and month without a year mean the next such day.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

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
