//! `stuurgroep actions`: action items by owner, municipality and status.

use super::ExitCode;
use crate::domain::organisation::{Member, Members};
use crate::i18n::{self, BadArgument, Lang, Listing};
use crate::index::Index;
use crate::index::actions::{ActionEntry, ActionStatus};
use crate::text::{fold, printable, wrap};
use chrono::NaiveDate;
use std::path::Path;

/// Options of `actions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this owner: a member id or (part of) a name.
    #[arg(long)]
    pub owner: Option<String>,
    /// Only owners from this municipality: its id or name.
    #[arg(long)]
    pub municipality: Option<String>,
    /// Only this status; "open" includes the overdue ones.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// `--status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    /// Not done yet.
    Open,
    /// Not done and past its due date.
    Overdue,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}

struct Filter {
    owners: Option<Vec<String>>,
    status: Option<StatusArg>,
    today: NaiveDate,
}

impl Filter {
    fn keeps(&self, a: &ActionEntry) -> bool {
        let status_ok = match self.status {
            None => true,
            Some(StatusArg::Open) => a.status() == ActionStatus::Open,
            Some(StatusArg::Overdue) => a.is_overdue(self.today),
            Some(StatusArg::Done) => a.status() == ActionStatus::Done,
            Some(StatusArg::Dropped) => a.status() == ActionStatus::Dropped,
        };
        status_ok && self.owners.as_ref().is_none_or(|o| o.iter().any(|id| id == a.owner.as_str()))
    }
}

/// The members an `--owner` argument means: an id, else every member whose name contains it
/// (accents and case ignored).
fn owners_named<'a>(members: &'a Members, value: &str) -> Vec<&'a Member> {
    if let Some(m) = members.member(&value.into()) {
        return vec![m];
    }
    let wanted = fold(value);
    members.members.iter().filter(|m| fold(&m.name).contains(&wanted)).collect()
}

fn owner_filter(
    args: &Args,
    folder: &crate::store::Folder,
    lang: Lang,
) -> Result<Option<Vec<String>>, String> {
    let Some(members) = folder.members.as_ref().map(|m| &m.value) else { return Ok(None) };
    let mut owners: Option<Vec<&Member>> = None;
    if let Some(value) = &args.owner {
        let found = owners_named(members, value);
        if found.is_empty() {
            return Err(i18n::bad_argument(lang, BadArgument::Member, value));
        }
        owners = Some(found);
    }
    if let Some(value) = &args.municipality {
        let plan = folder.plan.as_ref().map(|p| &p.value.municipalities);
        let wanted = fold(value);
        let municipality = plan
            .and_then(|list| {
                list.iter().find(|m| m.id.as_str() == value || fold(&m.name) == wanted)
            })
            .ok_or_else(|| i18n::bad_argument(lang, BadArgument::Municipality, value))?;
        let from_there = |m: &&Member| m.municipality.as_ref() == Some(&municipality.id);
        owners = Some(match owners {
            Some(list) => list.into_iter().filter(from_there).collect(),
            None => members.members.iter().filter(from_there).collect(),
        });
    }
    Ok(owners.map(|list| list.iter().map(|m| m.id.to_string()).collect()))
}

/// Runs `actions` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep actions", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let incomplete = super::stdio::unreadable(&folder, "stuurgroep actions", lang);
    let owners = match owner_filter(args, &folder, lang) {
        Ok(owners) => owners,
        Err(message) => {
            eprintln!("stuurgroep actions: {message}");
            return 2;
        }
    };
    let index = Index::build(&folder);
    let filter = Filter { owners, status: args.status, today: chrono::Local::now().date_naive() };
    let found: Vec<&ActionEntry> = index.actions.iter().filter(|a| filter.keeps(a)).collect();
    let members = folder.members.as_ref().map(|m| &m.value);
    let text = if args.json {
        format!("{}\n", json(&found, members, filter.today))
    } else {
        printable(&human(&found, members, filter.today, lang))
    };
    super::stdio::answer("stuurgroep actions", &text, incomplete)
}

fn owner_name(members: Option<&Members>, a: &ActionEntry) -> String {
    members.and_then(|m| m.member(&a.owner)).map_or_else(|| a.owner.to_string(), |m| m.name.clone())
}

/// One block per action item: reference, owner, due date, status; the text; the last follow-up.
pub fn human(
    found: &[&ActionEntry],
    members: Option<&Members>,
    today: NaiveDate,
    lang: Lang,
) -> String {
    if found.is_empty() {
        return format!("{}\n", i18n::listing(lang, Listing::NoActions));
    }
    let mut out = String::new();
    for a in found {
        let due = a
            .due
            .map(|d| format!("  {} {d}", i18n::listing(lang, Listing::Due)))
            .unwrap_or_default();
        let status = i18n::action_status(lang, a.status(), a.is_overdue(today));
        out.push_str(&format!("{}  {}{due}  {status}\n", a.reference, owner_name(members, a)));
        out.push_str(&wrap(&a.text, 80, 4));
        if let Some(last) = a.updates.last() {
            out.push_str(&wrap(&format!("{}: {}", last.date, last.note), 80, 6));
        }
    }
    out.push_str(&format!("{} {}\n", found.len(), i18n::listing(lang, Listing::Actions)));
    out
}

/// The action items as a JSON array.
pub fn json(found: &[&ActionEntry], members: Option<&Members>, today: NaiveDate) -> String {
    let items: Vec<serde_json::Value> = found
        .iter()
        .map(|a| {
            let status = match (a.status(), a.is_overdue(today)) {
                (_, true) => "overdue",
                (ActionStatus::Open, false) => "open",
                (ActionStatus::Done, _) => "done",
                (ActionStatus::Dropped, _) => "dropped",
            };
            serde_json::json!({
                "id": a.reference.to_string(),
                "meeting": a.reference.meeting().as_str(),
                "body": a.body.as_str(),
                "date": a.date.to_string(),
                "text": a.text,
                "owner": { "id": a.owner.as_str(), "name": owner_name(members, a) },
                "due": a.due.map(|d| d.to_string()),
                "objective": a.objective.as_ref().map(|o| o.as_str()),
                "status": status,
                "updates": a.updates.iter().map(|u| serde_json::json!({
                    "date": u.date.to_string(),
                    "status": format!("{:?}", u.status).to_lowercase(),
                    "note": u.note,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    crate::text::json(&items)
}
