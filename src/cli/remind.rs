//! `stuurgroep remind`: per owner, the action items that are overdue and those due within a
//! number of days, each with the meeting and the decisions it came from; printed as text or
//! Markdown, or written as one e-mail file per owner.

use super::ExitCode;
use super::actions::{Kept as ActionsKept, kept_of, with_status};
use crate::cli::strings::remind as words;
use crate::domain::meeting::{Meeting, Owner};
use crate::domain::organisation::Members;
use crate::i18n::Lang;
use crate::index::actions::ActionEntry;
use crate::text::{fold, printable, wrap};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Options of `remind`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this owner: a member id or (part of) a name.
    #[arg(long)]
    pub owner: Option<String>,
    /// How many days ahead an action item counts as due soon.
    #[arg(long, default_value_t = 14)]
    pub days: u32,
    /// The day to remind on (default: today), e.g. 2022-11-01.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// text or md on standard output; eml writes one e-mail file per owner into -o DIR.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The folder to write the e-mail files into (made when missing); only with eml.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// The sender of the e-mail files: a member id (their name and address from the members
    /// file), "Name <address>" or an address; only with eml. Default: you (--as, else the
    /// member the settings remember), when the members file has your address.
    #[arg(long, value_name = "SENDER")]
    pub from: Option<String>,
}

/// What `remind` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Md,
    /// One RFC 5322 message file per owner.
    Eml,
}

/// Where an action item was agreed: its meeting, agenda item and that item's decisions.
pub(super) struct Origin {
    /// The meeting's id.
    pub meeting: String,
    /// The agenda item's number.
    pub item: u32,
    /// The agenda item's title.
    pub title: String,
    /// The decisions under that agenda item: reference and text.
    pub decisions: Vec<(String, String)>,
}

/// What `remind` keeps of a meeting: what `actions` keeps, and where each item was agreed.
struct Kept {
    actions: ActionsKept,
    origins: Vec<(String, Origin)>,
}

fn kept(meeting: &Meeting) -> Kept {
    let origins = meeting.action_items().map(|(item, a)| {
        let decisions = item.decisions.iter();
        let origin = Origin {
            meeting: meeting.id.to_string(),
            item: item.number,
            title: item.title.to_string(),
            decisions: decisions
                .map(|d| (format!("{}/{}", meeting.id, d.number), d.text.to_string()))
                .collect(),
        };
        (crate::domain::ids::ActionItemRef::new(&meeting.id, a.number).to_string(), origin)
    });
    Kept { actions: kept_of(meeting), origins: origins.collect() }
}

/// One owner's reminders, each list by due date.
pub(super) struct Reminder<'a> {
    /// The owner as the user reads them.
    pub name: String,
    /// The name of their e-mail file, without `.eml`: a member's id, else the folded name.
    pub stem: String,
    /// Their e-mail address, when the members file has one.
    pub email: Option<String>,
    /// Past their due date.
    pub overdue: Vec<&'a ActionEntry>,
    /// Due from today until the days looked ahead.
    pub soon: Vec<&'a ActionEntry>,
}

/// What the reminders are about: the day, how far ahead, where each item came from.
pub(super) struct Scope<'a> {
    /// "Today".
    pub today: NaiveDate,
    /// The last day counted as due soon.
    pub until: NaiveDate,
    /// Where each action item was agreed, by reference.
    pub origins: &'a HashMap<String, Origin>,
    /// The language.
    pub lang: Lang,
    /// The sender's mailbox (`From:`), when given.
    pub from: Option<super::remind_mail::Mailbox>,
}

const COMMAND: &str = "stuurgroep remind";

/// Runs `remind` on `dir`: the exit status.
pub fn run(dir: &Path, args: &Args, lang: Lang, me: Option<&str>) -> ExitCode {
    let today = match args.on.as_deref() {
        None => chrono::Local::now().date_naive(),
        Some(v) => match NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d") {
            Ok(day) => day,
            Err(_) => return refuse(&words::bad_day(lang, v)),
        },
    };
    if (args.format == Format::Eml) != args.output.is_some() {
        return refuse(words::eml_needs_folder(lang));
    }
    let (folder, per_meeting) =
        match super::stdio::open_keeping(dir, COMMAND, lang, |f| kept(&f.value)) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let members = folder.members.as_ref().map(|m| &m.value);
    let owners = match owner_filter(args.owner.as_deref(), members, lang) {
        Ok(owners) => owners,
        Err(message) => return refuse(&message),
    };
    let incomplete = super::stdio::unreadable(&folder, COMMAND, lang);
    let mut origins = HashMap::new();
    let mut per_actions = Vec::with_capacity(per_meeting.len());
    for k in per_meeting {
        origins.extend(k.origins);
        per_actions.push(k.actions);
    }
    let actions = with_status(per_actions, &folder.updates);
    let until = today + chrono::Days::new(u64::from(args.days));
    let from = match args.from.as_deref().map(|v| super::remind_mail::sender(v, members, lang)) {
        Some(Err(message)) => return refuse(&message),
        Some(Ok(_)) if args.format != Format::Eml => return refuse(words::eml_needs_folder(lang)),
        Some(Ok(from)) => Some(from),
        None => default_sender(args, me, members, lang),
    };
    let scope = Scope { today, until, origins: &origins, lang, from };
    let reminders = reminders(&actions, owners.as_deref(), members, &scope);
    match &args.output {
        Some(out) => super::remind_mail::write_all(out, &reminders, &scope, incomplete),
        None => {
            let text = match args.format {
                Format::Md => markdown(&reminders, &scope),
                _ => plain(&reminders, &scope),
            };
            super::stdio::answer(COMMAND, &printable(&text), incomplete)
        }
    }
}

/// The user as sender of e-mail files (`me`, else the member the settings remember), when
/// the members file has their address; else none, as before: a default never refuses.
fn default_sender(
    args: &Args,
    me: Option<&str>,
    members: Option<&crate::domain::organisation::Members>,
    lang: Lang,
) -> Option<super::remind_mail::Mailbox> {
    if args.format != Format::Eml {
        return None;
    }
    let me = me.map(str::to_owned).or_else(|| super::remembered_member(lang))?;
    let known = members.is_some_and(|ms| ms.member(&me.as_str().into()).is_some());
    known.then(|| super::remind_mail::sender(&me, members, lang).ok()).flatten()
}

/// Says `message` on stderr: exit 2.
fn refuse(message: &str) -> ExitCode {
    eprintln!("{COMMAND}: {}", printable(message));
    2
}

/// The member ids `--owner` means, or why it means none (with the members to choose from).
fn owner_filter(
    value: Option<&str>,
    members: Option<&Members>,
    lang: Lang,
) -> Result<Option<Vec<String>>, String> {
    let Some(value) = value else { return Ok(None) };
    let Some(members) = members else {
        return Err(crate::cli::strings::members_unknown(lang, value));
    };
    let found = super::actions::owners_named(members, value);
    if found.is_empty() {
        let known: Vec<String> =
            members.members.iter().map(|m| format!("{}  {}", m.id, m.name)).collect();
        return Err(words::unknown_owner(lang, value, &known));
    }
    Ok(Some(found.iter().map(|m| m.id.to_string()).collect()))
}

/// The open action items with an owner and a due date up to `scope.until`, per owner (by
/// name), each list by due date then reference.
fn reminders<'a>(
    actions: &'a [ActionEntry],
    owners: Option<&[String]>,
    members: Option<&Members>,
    scope: &Scope,
) -> Vec<Reminder<'a>> {
    let mut by_owner: BTreeMap<(String, String), Reminder<'a>> = BTreeMap::new();
    for a in actions {
        let Some(due) = a.due.filter(|d| *d <= scope.until) else { continue };
        let wanted = match (&a.owner, owners) {
            (Owner::Nobody, _) => false,
            (_, None) => true,
            (Owner::Member(id), Some(list)) => list.iter().any(|o| o == id.as_str()),
            (_, Some(_)) => false,
        };
        if !wanted || !open_on(a, scope.today) {
            continue;
        }
        let (name, stem) = owner_of(&a.owner, members, scope.lang);
        let email = a.owner.member().and_then(|id| members?.member(id)?.email.clone());
        let entry = by_owner.entry((fold(&name), stem.clone())).or_insert_with(|| Reminder {
            name,
            stem,
            email,
            overdue: Vec::new(),
            soon: Vec::new(),
        });
        if due < scope.today { entry.overdue.push(a) } else { entry.soon.push(a) }
    }
    let mut list: Vec<Reminder> = by_owner.into_values().collect();
    for r in &mut list {
        for items in [&mut r.overdue, &mut r.soon] {
            items.sort_by(|a, b| {
                (a.due, a.reference.to_string()).cmp(&(b.due, b.reference.to_string()))
            });
        }
    }
    list
}

/// An owner's name as the user reads it, and the stem of their e-mail file.
fn owner_of(owner: &Owner, members: Option<&Members>, lang: Lang) -> (String, String) {
    let name = crate::domain::strings::owner(lang, owner, |id| {
        members.and_then(|m| m.member(id)).map_or_else(|| id.to_string(), |m| m.name.clone())
    });
    let stem = match owner {
        Owner::Member(id) => id.to_string(),
        other => {
            let folded = fold(&other.to_string());
            let slug: String =
                folded.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
            slug.trim_matches('-').to_owned()
        }
    };
    (name, stem)
}

/// The lines under one action item, unwrapped: its text, where it was agreed, its
/// decisions, its latest follow-up up to the day reminded on.
pub(super) fn details(a: &ActionEntry, scope: &Scope) -> Vec<String> {
    let lang = scope.lang;
    let mut out = vec![a.text.to_string()];
    if let Some(origin) = scope.origins.get(&a.reference.to_string()) {
        out.push(words::agreed_in(lang, &origin.meeting, origin.item, &origin.title));
        for (reference, text) in &origin.decisions {
            out.push(words::decision(lang, reference, text));
        }
    }
    if let Some(last) = a.updates.iter().rfind(|u| u.date <= scope.today) {
        out.push(words::last_follow_up(lang, last.date, &last.note));
    }
    out
}

/// Where `a` stands on `today`: after its latest follow-up up to that day, so that a
/// reminder for a day in the past says what was open then.
fn open_on(a: &ActionEntry, today: NaiveDate) -> bool {
    use crate::domain::meeting::FollowUpStatus;
    let last = a.updates.iter().rfind(|u| u.date <= today).map(|u| u.status);
    matches!(last, None | Some(FollowUpStatus::Ongoing))
}

/// One owner's two lists as text, each item under its reference and due date.
pub(super) fn plain_lists(r: &Reminder, scope: &Scope) -> String {
    let mut out = String::new();
    for (heading, items) in
        [(words::overdue(scope.lang), &r.overdue), (words::due_soon(scope.lang), &r.soon)]
    {
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("  {heading}\n"));
        for a in items.iter() {
            let due = a.due.map(|d| words::due(scope.lang, d)).unwrap_or_default();
            out.push_str(&format!("    {}  {due}\n", a.reference));
            for line in details(a, scope) {
                out.push_str(&wrap(&line, 80, 6));
            }
        }
    }
    out
}

/// Every owner's reminders as text.
fn plain(reminders: &[Reminder], scope: &Scope) -> String {
    let mut out = format!("{}\n", words::title(scope.lang, scope.today, scope.until));
    if reminders.is_empty() {
        return out + "\n" + words::nothing(scope.lang) + "\n";
    }
    for r in reminders {
        out.push_str(&format!("\n{}\n", r.name));
        out.push_str(&plain_lists(r, scope));
    }
    out
}

/// Every owner's reminders as Markdown: a heading per owner and per list, an item per
/// action with its details as lines under it.
fn markdown(reminders: &[Reminder], scope: &Scope) -> String {
    let lang = scope.lang;
    let mut out = format!("# {}\n", words::title(lang, scope.today, scope.until));
    if reminders.is_empty() {
        return out + "\n" + words::nothing(lang) + "\n";
    }
    for r in reminders {
        out.push_str(&format!("\n## {}\n", r.name));
        for (heading, items) in
            [(words::overdue(lang), &r.overdue), (words::due_soon(lang), &r.soon)]
        {
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n### {heading}\n\n"));
            for a in items.iter() {
                let due = a.due.map(|d| words::due(lang, d)).unwrap_or_default();
                out.push_str(&format!("- **{}**, {due}", a.reference));
                // Each detail its own line of the item: a hard break is two spaces.
                for line in details(a, scope) {
                    out.push_str(&format!("  \n  {}", line.replace('\n', " ")));
                }
                out.push('\n');
            }
        }
    }
    out
}
