//! How the objectives screen writes the plan's values in a line: a history event (with its
//! decision, or "redactioneel"), a spreading, a planning; the plan edits offer the same.

use crate::domain::plan::{HistoryEvent, Planning, Spreiding};
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};

/// A line of a history: its date, what changed, and the decision that did it (or
/// "redactioneel" for a typo fixed without one).
pub(crate) fn event_line(lang: crate::i18n::Lang, e: &HistoryEvent, indent: &str) -> String {
    let change = crate::tui::strings::browse::change(lang, &e.change);
    let by = crate::domain::strings::plan_event_by(lang, e);
    format!("{indent}{}  {change}{by}", e.date)
}

/// "alle gemeenten", or the municipalities' names.
pub(crate) fn spreiding(ctx: &Ctx, s: &Spreiding) -> String {
    match s {
        Spreiding::All => text(ctx.lang, Text::AllMunicipalities).to_owned(),
        Spreiding::Municipalities(ids) => {
            ids.iter().map(|id| ctx.municipality_name(id)).collect::<Vec<_>>().join(", ")
        }
    }
}

/// "2021, 2022", "2020 – 2025", or the plan's own words.
pub(crate) fn planning(p: &Planning) -> String {
    match p {
        Planning::Years(years) => {
            years.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        }
        Planning::Period(period) => format!("{} – {}", period.from, period.to),
        Planning::Text(t) => t.clone(),
    }
}
