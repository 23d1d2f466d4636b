//! Reading what a person types for an action's planning or a spreiding: the editor's plan
//! changes, the plan screen and the command line's plan verbs all read it the same way.

use super::{Period, Plan, Planning, Spreiding};

/// "2021, 2022" or "2021 2022" as years, "2020 - 2025" as a period, other words as they are,
/// empty as none.
pub fn planning(text: &str) -> Option<Planning> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let year = |s: &str| s.trim().parse::<u16>().ok().filter(|y| (1900..=2999).contains(y));
    if let Some((from, to)) = text.split_once(['-', '–'])
        && let (Some(from), Some(to)) = (year(from), year(to))
        && from < to
    {
        return Some(Planning::Period(Period { from, to }));
    }
    let years: Option<Vec<u16>> =
        text.split([',', ' ']).filter(|w| !w.trim().is_empty()).map(year).collect();
    Some(years.map_or_else(|| Planning::Text(text.to_owned()), Planning::Years))
}

/// "alle gemeenten" (or "alle", "all"), municipalities by name or id with commas between, or
/// empty for none; `Err` names the first municipality the plan does not know.
pub fn spreiding(plan: &Plan, text: &str) -> Result<Option<Spreiding>, String> {
    let folded = crate::text::fold(text.trim());
    if folded.is_empty() {
        return Ok(None);
    }
    if ["alle", "alle gemeenten", "all", "all municipalities"].contains(&folded.as_str()) {
        return Ok(Some(Spreiding::All));
    }
    let one = |name: &str| {
        let wanted = crate::text::fold(name.trim());
        let found = plan.municipalities.iter().find(|m| {
            crate::text::fold(&m.name) == wanted || crate::text::fold(m.id.as_str()) == wanted
        });
        found.map(|m| m.id.clone()).ok_or_else(|| name.trim().to_owned())
    };
    let names = text.split(',').filter(|n| !n.trim().is_empty());
    Ok(Some(Spreiding::Municipalities(names.map(one).collect::<Result<_, _>>()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn planning_reads_years_a_period_words_or_nothing() {
        let p = |t: &str| planning(t);
        assert_eq!(p("2021, 2022"), Some(Planning::Years(vec![2021, 2022])));
        assert_eq!(p("2021 2022"), Some(Planning::Years(vec![2021, 2022])));
        assert_eq!(p("2021,2023"), Some(Planning::Years(vec![2021, 2023])));
        assert_eq!(p("2020 – 2025"), Some(Planning::Period(Period { from: 2020, to: 2025 })));
        assert_eq!(p("2020 - 2021"), Some(Planning::Period(Period { from: 2020, to: 2021 })));
        assert_eq!(p("doorlopend"), Some(Planning::Text("doorlopend".into())));
        assert_eq!(p("2023-2021"), Some(Planning::Text("2023-2021".into())));
        assert_eq!(p("  "), None);
    }
}
