//! `stuurgroep actions`: action items by owner, municipality and status.

use super::ExitCode;
use super::choices::Status;
use super::stdio::Shown;
use crate::cli::strings::Choice;
use crate::cli::strings::{BadArgument, bad_argument};
use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::{FollowUpStatus, Meeting};
use crate::domain::organisation::{Member, Members};
use crate::domain::updates::MemberUpdates;
use crate::i18n::Lang;
use crate::index::actions::{ActionEntry, ActionStatus, index_actions};
use crate::index::link::FollowUpRow;
use crate::index::strings::{Listing, action_status, listing};
use crate::store::LoadedFile;
use crate::text::{fold, printable, wrap};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Options of `actions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this owner: a member id or (part of) a name.
    #[arg(long)]
    pub owner: Option<String>,
    /// Only owners from this municipality: its id or (the start of the words of) its name,
    /// accents and case ignored ("sint pieters leeuw").
    #[arg(long)]
    pub municipality: Option<String>,
    /// Only this status, in English or Dutch; "open" includes the overdue ones.
    #[arg(long, value_parser = super::choices::STATUS_WORDS)]
    pub status: Option<String>,
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

struct Filter {
    owners: Option<Vec<String>>,
    status: Option<Status>,
    today: NaiveDate,
}

impl Filter {
    fn keeps(&self, a: &ActionEntry) -> bool {
        let status_ok = match self.status {
            None => true,
            Some(Status::Open) => a.status() == ActionStatus::Open,
            Some(Status::Overdue) => a.is_overdue(self.today),
            Some(Status::Done) => a.status() == ActionStatus::Done,
            Some(Status::Dropped) => a.status() == ActionStatus::Dropped,
        };
        status_ok
            && self.owners.as_ref().is_none_or(|o| {
                o.iter().any(|id| Some(id.as_str()) == a.owner.member().map(|m| m.as_str()))
            })
    }
}

/// The members an `--owner` argument means: an id, else every member whose name contains it
/// (accents and case ignored).
pub(super) fn owners_named<'a>(members: &'a Members, value: &str) -> Vec<&'a Member> {
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
            return Err(bad_argument(lang, BadArgument::Member, value));
        }
        owners = Some(found);
    }
    if let Some(value) = &args.municipality {
        let list = folder.plan.as_ref().map_or(&[][..], |p| &p.value.municipalities[..]);
        let known: Vec<(&str, &str)> =
            list.iter().map(|m| (m.id.as_str(), m.name.as_str())).collect();
        let wanted = super::choices::named(&known, value, Choice::Municipality, lang)?;
        let from_there =
            |m: &&Member| m.municipality.as_ref().is_some_and(|id| wanted.contains(&id.as_str()));
        owners = Some(match owners {
            Some(list) => list.into_iter().filter(from_there).collect(),
            None => members.members.iter().filter(from_there).collect(),
        });
    }
    Ok(owners.map(|list| list.iter().map(|m| m.id.to_string()).collect()))
}

/// Runs `actions` on `dir`: each meeting is parsed and dropped once its action items and
/// follow-ups are taken out, and the answer is written as it is made.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    answer(dir, args, lang, &mut super::stdio::buffered_stdout())
}

/// What `run` does, with the answer written to `out` (then flushed): the exit status.
pub fn answer(dir: &Path, args: &Args, lang: Lang, out: &mut impl Write) -> ExitCode {
    const COMMAND: &str = "stuurgroep actions";
    let (folder, per_meeting) =
        match super::stdio::open_keeping(dir, COMMAND, lang, |file| kept_of(&file.value)) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let incomplete = super::stdio::unreadable(&folder, COMMAND, lang);
    let owners = owner_filter(args, &folder, lang);
    let actions = with_status(per_meeting, &folder.updates);
    let status = args.status.as_deref().map(|s| super::choices::status(s, lang)).transpose();
    let (owners, status) = match owners.and_then(|o| Ok((o, status?))) {
        Ok(both) => both,
        Err(message) => {
            eprintln!("{COMMAND}: {message}");
            return 2;
        }
    };
    let filter = Filter { owners, status, today: chrono::Local::now().date_naive() };
    let found = actions.iter().filter(|a| filter.keeps(a));
    let members = folder.members.as_ref().map(|m| &m.value);
    let result = if args.json {
        let records = found.map(|a| record(a, members, filter.today));
        crate::text::write_json_seq(&mut *out, records).and_then(|()| out.write_all(b"\n"))
    } else {
        write_human(out, found, members, filter.today, lang)
    };
    super::stdio::written(COMMAND, result.and_then(|()| out.flush()), incomplete)
}

/// What `actions` keeps of a meeting: its action items (without follow-ups yet) and the
/// follow-ups it records.
pub struct Kept {
    actions: Vec<ActionEntry>,
    follow_ups: Vec<FollowUpRow>,
}

/// What `actions` keeps of `meeting`.
pub fn kept_of(meeting: &Meeting) -> Kept {
    let mut actions = index_actions(std::iter::once(meeting), std::iter::empty());
    // A follow-up in the agreeing meeting itself comes back in order with all the others.
    actions.iter_mut().for_each(|a| a.updates.clear());
    let follow_ups = meeting
        .follow_ups()
        .map(|(_, f)| (meeting.date, f.action.clone(), f.status, f.note.clone()))
        .collect();
    Kept { actions, follow_ups }
}

/// Every action item, oldest first, with the follow-ups from the meetings (kept in the
/// folder's order) and from the owners' update files: what `index_actions` gives for the
/// whole folder.
pub fn with_status(kept: Vec<Kept>, updates: &[LoadedFile<MemberUpdates>]) -> Vec<ActionEntry> {
    // Sized once: growing them by doubling would hold up to twice as much for a moment.
    let mut entries = Vec::with_capacity(kept.iter().map(|k| k.actions.len()).sum());
    let mut from_meetings = Vec::with_capacity(kept.iter().map(|k| k.follow_ups.len()).sum());
    for k in kept {
        entries.extend(k.actions);
        from_meetings.extend(k.follow_ups);
    }
    let from_owners = updates.iter().flat_map(|u| {
        u.value.updates.iter().map(|x| (x.date, x.action.clone(), x.status, x.note.clone()))
    });
    crate::index::link::follow_actions(&mut entries, from_meetings.into_iter().chain(from_owners));
    entries
}

/// A member owner's name (their id when not in the members file); a guest or an outside
/// person by name and what they are; or that there is none yet.
fn owner_name(members: Option<&Members>, a: &ActionEntry, lang: Lang) -> String {
    let name = |id: &crate::domain::ids::MemberId| {
        members.and_then(|m| m.member(id)).map_or_else(|| id.to_string(), |m| m.name.clone())
    };
    crate::domain::strings::owner(lang, &a.owner, name)
}

/// One block per action item: reference, owner, due date, status; the text; the last
/// follow-up; then how many there are.
fn write_human<'a>(
    out: &mut impl Write,
    found: impl Iterator<Item = &'a ActionEntry>,
    members: Option<&Members>,
    today: NaiveDate,
    lang: Lang,
) -> std::io::Result<()> {
    let mut count = 0;
    for a in found {
        count += 1;
        let due =
            a.due.map(|d| format!("  {} {d}", listing(lang, Listing::Due))).unwrap_or_default();
        let status = action_status(lang, a.status(), a.is_overdue(today));
        let mut block =
            format!("{}  {}{due}  {status}\n", a.reference, owner_name(members, a, lang));
        block.push_str(&wrap(&a.text, 80, 4));
        if let Some(last) = a.updates.last() {
            block.push_str(&wrap(&format!("{}: {}", last.date, last.note), 80, 6));
        }
        out.write_all(printable(&block).as_bytes())?;
    }
    let last = if count == 0 {
        format!("{}\n", listing(lang, Listing::NoActions))
    } else {
        format!(
            "{}\n",
            crate::cli::strings::count(lang, count, crate::cli::strings::Noun::ActionItem)
        )
    };
    out.write_all(printable(&last).as_bytes())
}

/// An action item as `--json` writes it (the fields in alphabetical order, as scripts have
/// had them since the first release).
#[derive(Serialize)]
struct Record<'a> {
    body: &'a str,
    date: Shown<NaiveDate>,
    due: Option<Shown<NaiveDate>>,
    id: Shown<&'a ActionItemRef>,
    meeting: &'a str,
    objective: Option<&'a str>,
    owner: Owner<'a>,
    status: &'static str,
    text: &'a str,
    updates: Vec<UpdateRecord<'a>>,
}

#[derive(Serialize)]
struct Owner<'a> {
    /// A member's id; none for anyone else.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    /// "guest", "outside" or "none" for an owner who is not a member.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    name: String,
}

/// What a non-member owner is, for scripts.
fn owner_kind(owner: &crate::domain::meeting::Owner) -> Option<&'static str> {
    use crate::domain::meeting::Owner as O;
    match owner {
        O::Member(_) => None,
        O::Guest(_) => Some("guest"),
        O::Outside(_) => Some("outside"),
        O::Nobody => Some("none"),
    }
}

#[derive(Serialize)]
struct UpdateRecord<'a> {
    date: Shown<NaiveDate>,
    note: &'a str,
    status: &'static str,
}

/// The record of `a`.
fn record<'a>(a: &'a ActionEntry, members: Option<&'a Members>, today: NaiveDate) -> Record<'a> {
    let status = match (a.status(), a.is_overdue(today)) {
        (_, true) => "overdue",
        (ActionStatus::Open, false) => "open",
        (ActionStatus::Done, _) => "done",
        (ActionStatus::Dropped, _) => "dropped",
    };
    let updates = a
        .updates
        .iter()
        .map(|u| UpdateRecord {
            date: Shown(u.date),
            note: &u.note,
            status: match u.status {
                FollowUpStatus::Done => "done",
                FollowUpStatus::Ongoing => "ongoing",
                FollowUpStatus::Dropped => "dropped",
            },
        })
        .collect();
    Record {
        body: a.body.as_str(),
        date: Shown(a.date),
        due: a.due.map(Shown),
        id: Shown(&a.reference),
        meeting: a.reference.meeting().as_str(),
        objective: a.objective.as_ref().map(|o| o.as_str()),
        owner: Owner {
            id: a.owner.member().map(|m| m.as_str()),
            kind: owner_kind(&a.owner),
            // For scripts the name alone: `kind` says what a non-member is.
            name: match a.owner.member() {
                Some(_) => owner_name(members, a, Lang::En),
                None => a.owner.to_string(),
            },
        },
        status,
        text: &a.text,
        updates,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_kept_meeting_by_meeting_are_the_index_of_the_whole_folder() {
        let example = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let generated = tmp.path().join("history");
        crate::generate::generate_from(&generated, 2, 11, &example).expect("a history");
        for dir in [example, generated] {
            let whole = crate::store::load_folder(&dir).expect("the folder loads");
            let expected = crate::index::Index::build(&whole).actions;
            let (folder, per_meeting) =
                crate::store::load::load_folder_keeping(&dir, |file| kept_of(&file.value))
                    .expect("the folder loads");
            let streamed = with_status(per_meeting, &folder.updates);
            assert!(expected.iter().filter(|a| a.updates.len() > 1).count() > 3, "{dir:?}");
            assert_eq!(format!("{streamed:#?}"), format!("{expected:#?}"), "{dir:?}");
        }
    }
}
