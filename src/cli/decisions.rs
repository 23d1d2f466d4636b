//! `stuurgroep decisions`: the decisions of a period, a body, an objective, an outcome.

use super::ExitCode;
use super::filters::{End, date_arg, objective_arg};
use crate::i18n::{self, BadArgument, Lang, Listing};
use crate::index::Index;
use crate::index::decisions::{DecisionEntry, DecisionFilter};
use crate::text::{printable, wrap};
use std::path::Path;

/// Options of `decisions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this body (its id, e.g. stuurgroep).
    #[arg(long)]
    pub body: Option<String>,
    /// From this date on: 2021-03-16, 2021-03 or 2021.
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date: 2021-03-16, 2021-03 or 2021.
    #[arg(long)]
    pub to: Option<String>,
    /// Only decisions serving this objective: today's code ("SD2 OD1"), an earlier code, or
    /// its id; decisions taken under any of its codes are found.
    #[arg(long)]
    pub od: Option<String>,
    /// Only this outcome.
    #[arg(long, value_enum)]
    pub outcome: Option<OutcomeArg>,
    /// Only decisions still in force (adopted, not superseded).
    #[arg(long)]
    pub in_force: bool,
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// `--outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutcomeArg {
    /// Aangenomen.
    Adopted,
    /// Verworpen.
    Rejected,
    /// Uitgesteld.
    Postponed,
}

impl From<OutcomeArg> for crate::domain::meeting::Outcome {
    fn from(o: OutcomeArg) -> Self {
        match o {
            OutcomeArg::Adopted => Self::Adopted,
            OutcomeArg::Rejected => Self::Rejected,
            OutcomeArg::Postponed => Self::Postponed,
        }
    }
}

/// The filter the arguments describe, or the one-line message for a bad one.
fn filter(
    args: &Args,
    index: &Index,
    folder: &crate::store::Folder,
    lang: Lang,
) -> Result<DecisionFilter, String> {
    if let (Some(body), Some(members)) = (&args.body, &folder.members)
        && members.value.body(&body.as_str().into()).is_none()
    {
        return Err(i18n::bad_argument(lang, BadArgument::Body, body));
    }
    Ok(DecisionFilter {
        body: args.body.as_deref().map(Into::into),
        from: date_arg(args.from.as_deref(), End::Start, lang)?,
        to: date_arg(args.to.as_deref(), End::Finish, lang)?,
        objectives: args.od.as_deref().map(|od| objective_arg(index, od, lang)).transpose()?,
        outcome: args.outcome.map(Into::into),
        in_force: args.in_force,
    })
}

/// Runs `decisions` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep decisions", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let incomplete = super::stdio::unreadable(&folder, "stuurgroep decisions", lang);
    let index = Index::build(&folder);
    let filter = match filter(args, &index, &folder, lang) {
        Ok(filter) => filter,
        Err(message) => {
            eprintln!("stuurgroep decisions: {message}");
            return 2;
        }
    };
    let found: Vec<&DecisionEntry> = index.decisions.iter().filter(|d| filter.keeps(d)).collect();
    let text = if args.json {
        format!("{}\n", json(&index, &found))
    } else {
        printable(&human(&index, &found, lang))
    };
    super::stdio::answer("stuurgroep decisions", &text, incomplete)
}

/// Today's code of each objective, with the code it had on the day when that differs.
fn codes(index: &Index, d: &DecisionEntry, lang: Lang) -> Vec<String> {
    d.objectives
        .iter()
        .map(|id| match index.objectives.get(id.as_str()) {
            None => id.to_string(),
            Some(o) => i18n::code_label(lang, o, d.date),
        })
        .collect()
}

/// One block per decision: a header line, the text wrapped at 80 columns, what became of it.
pub fn human(index: &Index, found: &[&DecisionEntry], lang: Lang) -> String {
    if found.is_empty() {
        return format!("{}\n", i18n::listing(lang, Listing::NoDecisions));
    }
    let mut out = String::new();
    for d in found {
        let head = format!("{}  {}  {}", d.date, d.reference, i18n::outcome(lang, d.outcome));
        let codes = codes(index, d, lang).join(", ");
        // Keep every line within 80 columns: long code lists go on a line of their own.
        let sep =
            if head.chars().count() + 2 + codes.chars().count() > 80 { "\n    " } else { "  " };
        out.push_str(&format!("{head}{sep}{codes}\n"));
        out.push_str(&wrap(&d.text, 80, 4));
        if let Some(by) = &d.superseded_by {
            out.push_str(&format!("    → {} {by}\n", i18n::listing(lang, Listing::SupersededBy)));
        }
        if !d.amended_by.is_empty() {
            let by: Vec<String> = d.amended_by.iter().map(ToString::to_string).collect();
            out.push_str(&format!(
                "    → {} {}\n",
                i18n::listing(lang, Listing::AmendedBy),
                by.join(", ")
            ));
        }
    }
    out.push_str(&format!("{} {}\n", found.len(), i18n::listing(lang, Listing::Decisions)));
    out
}

/// The decisions as a JSON array.
pub fn json(index: &Index, found: &[&DecisionEntry]) -> String {
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|d| {
            let objectives: Vec<serde_json::Value> = d
                .objectives
                .iter()
                .map(|id| {
                    let o = index.objectives.get(id.as_str());
                    serde_json::json!({
                        "id": id.as_str(),
                        "code": o.map(|o| o.code.to_string()),
                        "code_then": o.and_then(|o| o.code_on(d.date)).map(|c| c.to_string()),
                        "title": o.map(|o| o.title.as_str()),
                    })
                })
                .collect();
            serde_json::json!({
                "id": d.reference.to_string(),
                "meeting": d.meeting().as_str(),
                "body": d.body.as_str(),
                "date": d.date.to_string(),
                "agenda_item": { "number": d.item.0, "title": d.item.1 },
                "text": d.text,
                "outcome": format!("{:?}", d.outcome).to_lowercase(),
                "votes": d.votes.map(|v| serde_json::json!({"yes": v.yes, "no": v.no, "abstain": v.abstain})),
                "objectives": objectives,
                "amends": d.amends.as_ref().map(ToString::to_string),
                "supersedes": d.supersedes.as_ref().map(ToString::to_string),
                "superseded_by": d.superseded_by.as_ref().map(ToString::to_string),
                "amended_by": d.amended_by.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "in_force": d.in_force(),
            })
        })
        .collect();
    crate::text::json(&items)
}
