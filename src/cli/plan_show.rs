//! `stuurgroep plan show`: the plan's objectives with their codes, or one objective with its
//! history and actions; as text or JSON.

use super::ExitCode;
use crate::cli::strings::plan as words;
use crate::domain::plan::{HistoryEvent, OperationalObjective, Plan, StrategicObjective, Target};
use crate::i18n::Lang;
use std::fmt::Write as _;

const COMMAND: &str = "stuurgroep plan show";

/// Shows the plan (`code` is `None`) or one objective: the exit status.
pub fn run(plan: &Plan, code: Option<&str>, json: bool, lang: Lang) -> ExitCode {
    let Some(query) = code else {
        let text = if json { to_json(plan) } else { overview(plan, lang) };
        return super::stdio::answer(COMMAND, &text, 0);
    };
    let id = match super::plan::resolve(plan, query, lang) {
        Ok(id) => id,
        Err(message) => {
            eprintln!("{COMMAND}: {}", crate::text::printable(&message));
            return 2;
        }
    };
    let text = match (plan.strategic(id.as_str()), plan.operational_by_id(id.as_str())) {
        (Some(sd), _) if json => to_json(sd),
        (Some(sd), _) => strategic(sd, lang),
        (None, Some((sd, od))) if json => {
            to_json(&Shown { code: od.code(sd).to_string(), objective: od })
        }
        (None, Some((sd, od))) => operational(sd, od, lang),
        (None, None) => String::new(),
    };
    super::stdio::answer(COMMAND, &text, 0)
}

/// An operational objective as `--json` writes it: its code today, then the objective as the
/// plan file holds it.
#[derive(serde::Serialize)]
struct Shown<'a> {
    code: String,
    #[serde(flatten)]
    objective: &'a OperationalObjective,
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Plan types always serialize: no maps with non-string keys.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Every SD and its ODs, today's code first; an ended one says how it ended.
fn overview(plan: &Plan, lang: Lang) -> String {
    let mut out = String::new();
    for sd in &plan.strategic_objectives {
        let _ = writeln!(out, "{}  {}", sd.code(), sd.title);
        for od in &sd.operational_objectives {
            let _ = write!(out, "  {}  {}  {}", od.code(sd), od.id, od.title);
            if let Some(end) = od.ended() {
                let _ = write!(out, "  {}", words::ended(lang, &words::change(lang, &end.change)));
            }
            out.push('\n');
        }
    }
    out
}

fn strategic(sd: &StrategicObjective, lang: Lang) -> String {
    let mut out = format!("{}  {}  {}\n", sd.code(), sd.id, sd.title);
    history(&mut out, &sd.history, lang);
    out
}

fn operational(sd: &StrategicObjective, od: &OperationalObjective, lang: Lang) -> String {
    let mut out = format!("{}  {}  {}\n", od.code(sd), od.id, od.title);
    history(&mut out, &od.history, lang);
    if !od.actions.is_empty() {
        let _ = writeln!(out, "{}:", words::heading(lang, false));
        for a in &od.actions {
            let removed = if a.is_removed() {
                format!("  ({})", words::removed(lang))
            } else {
                String::new()
            };
            let _ = writeln!(out, "  {}  {}{removed}", a.id, a.text);
        }
    }
    out
}

fn history(out: &mut String, history: &[HistoryEvent], lang: Lang) {
    if history.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}:", words::heading(lang, true));
    for e in history {
        let by = crate::domain::strings::plan_event_by(lang, e);
        let _ = writeln!(out, "  {}  {}{by}", e.date, words::change(lang, &e.change));
    }
}

/// What the last change did to `target`, in a line: "SD1 OD2: hernummerd SD1 OD3 → SD1 OD2".
pub(super) fn describe(plan: &Plan, target: &Target, lang: Lang) -> String {
    let (label, history) = match target {
        Target::Action(id) => match plan.actions().find(|(_, a)| a.id == *id) {
            Some((_, a)) => (a.id.to_string(), &a.history),
            None => return id.to_string(),
        },
        Target::Objective(id) => match plan.strategic(id.as_str()) {
            Some(sd) => (sd.code().to_string(), &sd.history),
            None => match plan.operational_by_id(id.as_str()) {
                Some((sd, od)) => (format!("{} ({})", od.code(sd), od.id), &od.history),
                None => return id.to_string(),
            },
        },
    };
    match history.last() {
        Some(e) => format!("{label}: {}", words::change(lang, &e.change)),
        None => label,
    }
}
