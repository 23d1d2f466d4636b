//! `stuurgroep update ACTION --status … --note …`: a member reports on their own action item,
//! written to their update file as the app writes it (see `store::updates_write`).

use super::ExitCode;
use crate::cli::strings::update as words;
use crate::domain::ids::{ActionItemRef, MemberId};
use crate::domain::meeting::FollowUpStatus;
use crate::domain::updates::{OwnerUpdate, may_report};
use crate::i18n::Lang;
use crate::index::actions::ActionEntry;
use crate::text::{fold, printable};
use std::path::Path;

/// Options of `update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The action item, as `stuurgroep actions` lists it: <meeting>/A<number>.
    #[arg(value_name = "ACTION")]
    pub action: String,
    /// Where it stands now.
    #[arg(long, value_enum)]
    pub status: Status,
    /// What you say about it.
    #[arg(long)]
    pub note: String,
    /// The day it came to this (2026-11-23, 15/11); today when not given.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// The status a member reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Status {
    /// Done (afgerond).
    #[value(alias = "afgerond")]
    Done,
    /// Still going on (lopend).
    #[value(alias = "lopend")]
    Ongoing,
    /// Dropped (geschrapt).
    #[value(alias = "geschrapt")]
    Dropped,
}

impl From<Status> for FollowUpStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Done => FollowUpStatus::Done,
            Status::Ongoing => FollowUpStatus::Ongoing,
            Status::Dropped => FollowUpStatus::Dropped,
        }
    }
}

/// Runs `update` on `dir` as `me` (`--as`, else the settings' member): the exit status.
pub fn run(dir: &Path, args: &Args, me: Option<&str>, lang: Lang) -> ExitCode {
    let on = args.on.as_deref();
    let report = Report { action: &args.action, status: args.status.into(), note: &args.note, on };
    report.write(dir, me, "stuurgroep update", lang)
}

/// One follow-up to write, as given on the command line.
pub(super) struct Report<'a> {
    /// The action item as typed.
    pub action: &'a str,
    /// Its new status.
    pub status: FollowUpStatus,
    /// The note.
    pub note: &'a str,
    /// The day as typed (`--on`); `None`: today.
    pub on: Option<&'a str>,
}

impl Report<'_> {
    /// Checks who the user is and that the action is theirs, then writes it: exit 0, or 2
    /// with the reason on stderr.
    pub(super) fn write(
        &self,
        dir: &Path,
        me: Option<&str>,
        command: &str,
        lang: Lang,
    ) -> ExitCode {
        let refuse = |message: &str| {
            eprintln!("{command}: {}", printable(message));
            2
        };
        let today = chrono::Local::now().date_naive();
        let date = match self.on.map(|on| day(on, today)) {
            None => today,
            Some(Ok(date)) => date,
            Some(Err(())) => return refuse(&words::bad_day(lang, self.on.unwrap_or_default())),
        };
        let me = match me.map(str::to_owned).or_else(|| super::remembered_member(lang)) {
            Some(me) => MemberId::from(me.as_str()),
            None => return refuse(words::who_are_you(lang)),
        };
        let (folder, per_meeting) = match super::stdio::open_keeping(dir, command, lang, |f| {
            super::actions::kept_of(&f.value)
        }) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let members = folder.members.as_ref().map(|m| &m.value);
        match members {
            None => return refuse(&crate::cli::strings::members_unknown(lang, me.as_str())),
            Some(m) if m.member(&me).is_none() => {
                let kind = crate::cli::strings::BadArgument::Member;
                return refuse(&crate::cli::strings::bad_argument(lang, kind, me.as_str()));
            }
            Some(_) => {}
        }
        let actions = super::actions::with_status(per_meeting, &folder.updates);
        let Some(entry) = find(&actions, self.action) else {
            return refuse(&words::unknown_action(
                lang,
                self.action,
                &close(&actions, self.action, &me),
            ));
        };
        let name_of = |id: &MemberId| {
            members.and_then(|m| m.member(id)).map_or_else(|| id.to_string(), |m| m.name.clone())
        };
        if let Err(why) = may_report(&entry.owner, &me) {
            return refuse(&crate::domain::strings::not_yours(lang, &why, name_of));
        }
        let update = OwnerUpdate {
            action: entry.reference.clone(),
            date,
            status: self.status,
            note: self.note.trim().to_owned(),
        };
        match crate::store::updates_write::record(dir, &me, update) {
            Ok(rel) => {
                let file = crate::store::relpath::slashed(&rel).to_string();
                let line = words::written(lang, &entry.reference.to_string(), self.status, &file);
                println!("{}", printable(&line));
                0
            }
            Err(e) => refuse(&crate::store::strings::update_error(lang, &e)),
        }
    }
}

/// The day `--on` names: a date as the app reads one, not after `today` (what is reported
/// has happened).
fn day(on: &str, today: chrono::NaiveDate) -> Result<chrono::NaiveDate, ()> {
    let date = crate::domain::due::parse_due(on, today).ok_or(())?;
    if date > today { Err(()) } else { Ok(date) }
}

/// The action item `value` names exactly (spaces around it ignored).
fn find<'a>(actions: &'a [ActionEntry], value: &str) -> Option<&'a ActionEntry> {
    let wanted: ActionItemRef = value.trim().parse().ok()?;
    actions.iter().find(|a| a.reference == wanted)
}

/// Up to five references most like `value`: those that contain it first, then the nearest by
/// edit distance, `me`'s own before others' when equally near.
fn close(actions: &[ActionEntry], value: &str, me: &MemberId) -> Vec<String> {
    let wanted = fold(value.trim());
    let limit = (wanted.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, bool, String)> = actions
        .iter()
        .filter_map(|a| {
            let reference = a.reference.to_string();
            let folded = fold(&reference);
            let distance = if !wanted.is_empty() && folded.contains(&wanted) {
                0
            } else {
                edit_distance(&folded, &wanted)
            };
            let others = a.owner.member() != Some(me);
            (distance <= limit).then_some((distance, others, reference))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(5).map(|(_, _, r)| r).collect()
}

/// Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb)).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(super::edit_distance("a4", "a4"), 0);
        assert_eq!(super::edit_distance("2022-06-14-stuurgroep/a4", "2022-06-14-stuurgroep/a9"), 1);
        assert_eq!(super::edit_distance("é", ""), 1);
    }
}
