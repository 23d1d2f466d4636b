//! Words of the progress report.

use crate::i18n::Lang;

/// The report's title.
pub fn title(lang: Lang) -> &'static str {
    lang.pick("Voortgang per doelstelling", "Progress per objective")
}

/// "was" before earlier codes.
pub fn was(lang: Lang) -> &'static str {
    lang.pick("was", "was")
}

/// The flag of an objective that saw nothing in the period.
pub fn quiet(lang: Lang) -> &'static str {
    lang.pick("geen besluit of actie in deze periode", "no decision or action in this period")
}

/// The period line: "Periode: 2021-01-01 – 2021-12-31".
pub fn period(
    lang: Lang,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> String {
    let show = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
    format!("{}: {} – {}", lang.pick("Periode", "Period"), show(from), show(to))
}

/// The table's columns.
pub fn columns(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Nl => [
            "Code",
            "Doelstelling",
            "Aangenomen",
            "Verworpen",
            "Uitgesteld",
            "Acties open",
            "Acties afgerond",
            "Te laat",
            "Laatste besluit",
        ],
        Lang::En => [
            "Code",
            "Objective",
            "Adopted",
            "Rejected",
            "Postponed",
            "Actions open",
            "Actions done",
            "Overdue",
            "Last decision",
        ],
    }
}

/// The CSV header.
pub fn csv_columns(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Nl => [
            "code",
            "oude codes",
            "doelstelling",
            "niveau",
            "aangenomen",
            "verworpen",
            "uitgesteld",
            "acties open",
            "acties afgerond",
            "te laat",
            "laatste besluit",
            "zonder activiteit",
        ],
        Lang::En => [
            "code",
            "old codes",
            "objective",
            "level",
            "adopted",
            "rejected",
            "postponed",
            "actions open",
            "actions done",
            "overdue",
            "last decision",
            "quiet",
        ],
    }
}
