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

/// Words of the report per objective and per year (the report to the government).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Year {
    /// Its heading.
    Title,
    /// How "reached" is known.
    Legend,
    /// "Year" (table heading).
    Year,
    /// "Decisions".
    Decisions,
    /// "Action items" (agreed that year).
    Items,
    /// The plan's actions, heading.
    PlanActions,
    /// "planned".
    Planned,
    /// "every municipality".
    AllMunicipalities,
    /// The plan names no municipality.
    NotSaid,
    /// "reached".
    Reached,
    /// Changes to the plan, heading.
    Changes,
    /// A year with nothing to report.
    Nothing,
    /// "open".
    Open,
    /// "done".
    Done,
    /// "overdue".
    Overdue,
    /// The chart's title, before the code.
    Chart,
}

/// A word of the report per year.
pub fn year(lang: Lang, w: Year) -> &'static str {
    let (nl, en) = match w {
        Year::Title => {
            ("Verslag per doelstelling en per jaar", "Report per objective and per year")
        }
        Year::Legend => (
            "Per operationele doelstelling en per jaar van de beleidsperiode: de besluiten, de actiepunten die dat jaar werden afgesproken (open, afgerond, te laat), de gemeenten die werden bereikt en de wijzigingen in het plan. De gegevens leggen niet vast welke gemeente een actie bereikte: \"bereikt\" zijn de gemeenten van de leden die een actiepunt van de doelstelling dat jaar afrondden. \"Gepland\" is de spreiding die het plan aan de actie (of anders aan de doelstelling) geeft.",
            "Per operational objective and per year of the plan period: the decisions, the action items agreed that year (open, done, overdue), the municipalities reached and the changes to the plan. The data do not record which municipality an action reached: \"reached\" are the municipalities of the members who completed an action item of the objective that year. \"Planned\" is the spreading the plan gives the action (or else its objective).",
        ),
        Year::Year => ("Jaar", "Year"),
        Year::Decisions => ("Besluiten", "Decisions"),
        Year::Items => ("Actiepunten", "Action items"),
        Year::PlanActions => ("Acties van het plan", "The plan's actions"),
        Year::Planned => ("gepland", "planned"),
        Year::AllMunicipalities => ("alle gemeenten", "every municipality"),
        Year::NotSaid => ("niet vermeld", "not stated"),
        Year::Reached => ("Bereikt", "Reached"),
        Year::Changes => ("Wijzigingen in het plan", "Changes to the plan"),
        Year::Nothing => {
            ("Zonder besluit, actiepunt of wijziging", "Without decision, action item or change")
        }
        Year::Open => ("open", "open"),
        Year::Done => ("afgerond", "done"),
        Year::Overdue => ("te laat", "overdue"),
        Year::Chart => ("Besluiten en actiepunten per jaar", "Decisions and action items per year"),
    };
    lang.pick(nl, en)
}

/// What a change to an objective in the plan says, in a line (as the app's history says it).
pub fn change(lang: Lang, c: &crate::domain::plan::Change) -> String {
    crate::domain::strings::plan_change(lang, c)
}

/// The header of the CSV per objective and per year.
pub fn year_csv_columns(lang: Lang) -> [&'static str; 14] {
    match lang {
        Lang::Nl => [
            "sd",
            "code",
            "doelstelling",
            "jaar",
            "besluiten",
            "aangenomen",
            "verworpen",
            "uitgesteld",
            "actiepunten open",
            "actiepunten afgerond",
            "te laat",
            "gepland",
            "bereikt",
            "wijzigingen in het plan",
        ],
        Lang::En => [
            "sd",
            "code",
            "objective",
            "year",
            "decisions",
            "adopted",
            "rejected",
            "postponed",
            "action items open",
            "action items done",
            "overdue",
            "planned",
            "reached",
            "changes to the plan",
        ],
    }
}
