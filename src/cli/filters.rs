//! Turning filter arguments into values: dates that may be a day, a month or a year, and an
//! objective given by any of its codes or its id.

use crate::cli::strings::{BadArgument, bad_argument};
use crate::domain::ids::ObjectiveId;
use crate::i18n::Lang;
use crate::index::Index;
use chrono::NaiveDate;
use std::collections::HashSet;

/// Which end of a period a date argument is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `--from`: the first day of what was written.
    Start,
    /// `--to`: the last day of what was written.
    Finish,
}

/// Reads "2021-03-16", "2021-03" or "2021" as the first or last day it names.
pub fn parse_date(value: &str, end: End) -> Option<NaiveDate> {
    let parts: Vec<&str> = value.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let year = parts.first().filter(|y| y.len() == 4).and_then(|y| y.parse::<i32>().ok())?;
    match (parts.len(), end) {
        (1, End::Start) => NaiveDate::from_ymd_opt(year, 1, 1),
        (1, End::Finish) => NaiveDate::from_ymd_opt(year, 12, 31),
        (2, End::Start) => NaiveDate::from_ymd_opt(year, num(parts[1])?, 1),
        (2, End::Finish) => {
            let first = NaiveDate::from_ymd_opt(year, num(parts[1])?, 1)?;
            first.checked_add_months(chrono::Months::new(1))?.pred_opt()
        }
        (3, _) => NaiveDate::from_ymd_opt(year, num(parts[1])?, num(parts[2])?),
        _ => None,
    }
}

/// A date argument, or the one-line message for it.
pub fn date_arg(value: Option<&str>, end: End, lang: Lang) -> Result<Option<NaiveDate>, String> {
    value
        .map(|v| parse_date(v, end).ok_or_else(|| bad_argument(lang, BadArgument::Date, v)))
        .transpose()
}

/// The ids an `--od` argument means: today's code, an earlier code, or a stable id.
pub fn objective_arg(
    index: &Index,
    value: &str,
    lang: Lang,
) -> Result<HashSet<ObjectiveId>, String> {
    let ids: HashSet<ObjectiveId> =
        index.objectives.resolve(value).into_iter().map(|e| e.id.clone()).collect();
    // The decisions of the objectives merged into these count under them too.
    let ids = index.objectives.with_carried(ids);
    if ids.is_empty() { Err(bad_argument(lang, BadArgument::Objective, value)) } else { Ok(ids) }
}

/// Whether `date` lies in the period.
pub fn in_period(date: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_none_or(|f| f <= date) && to.is_none_or(|t| date <= t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_name_a_day_a_month_or_a_year() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(parse_date("2021-03-16", End::Start), d("2021-03-16"));
        assert_eq!(parse_date("2021-02", End::Start), d("2021-02-01"));
        assert_eq!(parse_date("2021-02", End::Finish), d("2021-02-28"));
        assert_eq!(parse_date("2021", End::Finish), d("2021-12-31"));
        for bad in ["", "21", "2021-13", "2021-02-30", "gisteren", "2021-1-1-1"] {
            assert_eq!(parse_date(bad, End::Start), None, "{bad}");
        }
    }
}
