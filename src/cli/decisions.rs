//! `stuurgroep decisions`: the decisions of a period, a body, an objective, an outcome.

use super::ExitCode;
use super::filters::{End, date_arg, objective_arg};
use super::stdio::Shown;
use crate::cli::strings::Choice;
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::BodyId;
use crate::domain::ids::DecisionRef;
use crate::domain::meeting::{Meeting, Outcome};
use crate::i18n::Lang;
use crate::index::Index;
use crate::index::decisions::{DecisionEntry, DecisionFilter, index_decisions};
use crate::index::strings::{Listing, code_label, listing};
use crate::text::{printable, wrap};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Options of `decisions`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this body: its id or (the start of the words of) its name, accents and case
    /// ignored ("raad van bestuur", "werkgroep" for every working group).
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
    /// Only this outcome, in English or Dutch.
    #[arg(long, value_parser = super::choices::OUTCOME_WORDS)]
    pub outcome: Option<String>,
    /// Only decisions still in force (adopted, not superseded).
    #[arg(long)]
    pub in_force: bool,
    /// Print JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// The filter the arguments describe, with the bodies `--body` names when it names several,
/// or the message for a bad argument.
fn filter(
    args: &Args,
    index: &Index,
    folder: &crate::store::Folder,
    lang: Lang,
) -> Result<(DecisionFilter, Option<Vec<BodyId>>), String> {
    let mut bodies: Option<Vec<BodyId>> = args.body.as_deref().map(|b| vec![b.into()]);
    if let (Some(body), Some(members)) = (&args.body, &folder.members) {
        let known: Vec<(&str, &str)> =
            members.value.bodies.iter().map(|b| (b.id.as_str(), b.name.as_str())).collect();
        let found = super::choices::named(&known, body, Choice::Body, lang)?;
        bodies = Some(found.into_iter().map(Into::into).collect());
    }
    let filter = DecisionFilter {
        body: None,
        from: date_arg(args.from.as_deref(), End::Start, lang)?,
        to: date_arg(args.to.as_deref(), End::Finish, lang)?,
        objectives: args.od.as_deref().map(|od| objective_arg(index, od, lang)).transpose()?,
        outcome: args.outcome.as_deref().map(|o| super::choices::outcome(o, lang)).transpose()?,
        in_force: args.in_force,
    };
    Ok((filter, bodies))
}

/// Runs `decisions` on `dir`: each meeting is parsed and dropped once its decisions are taken
/// out, and the answer is written as it is made.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    answer(dir, args, lang, &mut super::stdio::buffered_stdout())
}

/// What `run` does, with the answer written to `out` (then flushed): the exit status.
pub fn answer(dir: &Path, args: &Args, lang: Lang, out: &mut impl Write) -> ExitCode {
    const COMMAND: &str = "stuurgroep decisions";
    let (folder, per_meeting) =
        match super::stdio::open_keeping(dir, COMMAND, lang, |file| entries_of(&file.value)) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
    let incomplete = super::stdio::unreadable(&folder, COMMAND, lang);
    // The folder holds no meetings: this builds the objectives; the decisions are linked here.
    let index = Index::build(&folder);
    let decisions = linked(per_meeting);
    let (filter, bodies) = match filter(args, &index, &folder, lang) {
        Ok(wanted) => wanted,
        Err(message) => {
            eprintln!("{COMMAND}: {message}");
            return 2;
        }
    };
    let found = decisions
        .iter()
        .filter(|d| filter.keeps(d) && bodies.as_ref().is_none_or(|b| b.contains(&d.body)));
    let result = if args.json {
        crate::text::write_json_seq(&mut *out, found.map(|d| record(&index, d)))
            .and_then(|()| out.write_all(b"\n"))
    } else {
        write_human(out, &index, found, lang)
    };
    super::stdio::written(COMMAND, result.and_then(|()| out.flush()), incomplete)
}

/// One meeting's decisions as `index_decisions` makes them, without the links it fills in
/// within the meeting: [`linked`] fills in all of them once every meeting is read.
fn entries_of(meeting: &Meeting) -> Vec<DecisionEntry> {
    let mut entries = index_decisions(std::iter::once(meeting));
    for e in &mut entries {
        e.forget_later_links();
    }
    entries.shrink_to_fit();
    entries
}

/// Every decision of the folder as `index_decisions` gives them for the whole folder (oldest
/// first, the amend/supersede links filled in both ways), from the lists made meeting by
/// meeting: each is moved into one list sized once, so a decision's text is never copied.
pub fn linked(per_meeting: Vec<Vec<DecisionEntry>>) -> Vec<DecisionEntry> {
    let mut all = Vec::with_capacity(per_meeting.iter().map(Vec::len).sum());
    for list in per_meeting {
        all.extend(list);
    }
    crate::index::link::link_decisions(&mut all);
    all
}

/// Today's code of each objective, with the code it had on the day when that differs.
fn codes(index: &Index, d: &DecisionEntry, lang: Lang) -> Vec<String> {
    d.objectives
        .iter()
        .map(|id| match index.objectives.get(id.as_str()) {
            None => id.to_string(),
            Some(o) => code_label(lang, o, d.date),
        })
        .collect()
}

/// One block per decision: a header line, the text wrapped at 80 columns, what became of it;
/// then how many there are.
fn write_human<'a>(
    out: &mut impl Write,
    index: &Index,
    found: impl Iterator<Item = &'a DecisionEntry>,
    lang: Lang,
) -> std::io::Result<()> {
    let mut count = 0;
    for d in found {
        count += 1;
        out.write_all(printable(&block(index, d, lang)).as_bytes())?;
    }
    let last = if count == 0 {
        format!("{}\n", listing(lang, Listing::NoDecisions))
    } else {
        format!(
            "{}\n",
            crate::cli::strings::count(lang, count, crate::cli::strings::Noun::Decision)
        )
    };
    out.write_all(printable(&last).as_bytes())
}

/// A decision as the text listing shows it.
fn block(index: &Index, d: &DecisionEntry, lang: Lang) -> String {
    let mut out = String::new();
    let head = format!(
        "{}  {}  {}",
        d.date,
        d.reference,
        crate::domain::strings::outcome(lang, d.outcome)
    );
    let codes = codes(index, d, lang).join(", ");
    // Keep every line within 80 columns: long code lists go on a line of their own.
    let sep = if head.chars().count() + 2 + codes.chars().count() > 80 { "\n    " } else { "  " };
    out.push_str(&format!("{head}{sep}{codes}\n"));
    out.push_str(&wrap(&d.text, 80, 4));
    if let Some(by) = d.superseded_by() {
        out.push_str(&format!("    → {} {by}\n", listing(lang, Listing::SupersededBy)));
    }
    if !d.amended_by().is_empty() {
        let by: Vec<String> = d.amended_by().iter().map(ToString::to_string).collect();
        out.push_str(&format!("    → {} {}\n", listing(lang, Listing::AmendedBy), by.join(", ")));
    }
    out
}

/// A decision as `--json` writes it (the fields in alphabetical order, as scripts have had
/// them since the first release).
#[derive(Serialize)]
struct Record<'a> {
    agenda_item: AgendaItem<'a>,
    amended_by: Vec<Shown<&'a DecisionRef>>,
    amends: Option<Shown<&'a DecisionRef>>,
    body: &'a str,
    date: Shown<NaiveDate>,
    id: Shown<&'a DecisionRef>,
    in_force: bool,
    meeting: &'a str,
    objectives: Vec<Objective<'a>>,
    outcome: &'static str,
    superseded_by: Option<Shown<&'a DecisionRef>>,
    supersedes: Option<Shown<&'a DecisionRef>>,
    text: &'a str,
    votes: Option<VoteCount>,
}

#[derive(Serialize)]
struct AgendaItem<'a> {
    number: u32,
    title: &'a str,
}

#[derive(Serialize)]
struct Objective<'a> {
    code: Option<Shown<&'a ObjectiveCode>>,
    code_then: Option<Shown<ObjectiveCode>>,
    id: &'a str,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct VoteCount {
    abstain: u32,
    no: u32,
    yes: u32,
}

/// The record of `d`.
fn record<'a>(index: &'a Index, d: &'a DecisionEntry) -> Record<'a> {
    let objectives = d
        .objectives
        .iter()
        .map(|id| {
            let o = index.objectives.get(id.as_str());
            Objective {
                code: o.map(|o| Shown(&o.code)),
                code_then: o.and_then(|o| o.code_on(d.date)).map(Shown),
                id: id.as_str(),
                title: o.map(|o| o.title.as_str()),
            }
        })
        .collect();
    Record {
        agenda_item: AgendaItem { number: d.item.0, title: &d.item.1 },
        amended_by: d.amended_by().iter().map(Shown).collect(),
        amends: d.amends().map(Shown),
        body: d.body.as_str(),
        date: Shown(d.date),
        id: Shown(&d.reference),
        in_force: d.in_force(),
        meeting: d.meeting().as_str(),
        objectives,
        outcome: match d.outcome {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::Postponed => "postponed",
        },
        superseded_by: d.superseded_by().map(Shown),
        supersedes: d.supersedes().map(Shown),
        text: &d.text,
        votes: d.votes.map(|v| VoteCount { abstain: v.abstain, no: v.no, yes: v.yes }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example and a generated history of two years (decisions that amend and supersede
    /// earlier ones, across meetings and years).
    fn folders() -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
        let example = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let generated = tmp.path().join("history");
        crate::generate::generate_from(&generated, 2, 7, &example).expect("a history");
        (tmp, vec![example, generated])
    }

    #[test]
    fn decisions_kept_meeting_by_meeting_are_the_index_of_the_whole_folder() {
        let (_tmp, dirs) = folders();
        for dir in dirs {
            let whole = crate::store::load_folder(&dir).expect("the folder loads");
            let expected = Index::build(&whole).decisions;
            let (_, per_meeting) =
                crate::store::load::load_folder_keeping(&dir, |file| entries_of(&file.value))
                    .expect("the folder loads");
            let streamed = linked(per_meeting);
            assert!(expected.iter().any(|d| !d.amended_by().is_empty()), "{dir:?} has amendments");
            assert!(
                expected.iter().any(|d| d.superseded_by().is_some()),
                "{dir:?} has supersessions"
            );
            assert_eq!(format!("{streamed:#?}"), format!("{expected:#?}"), "{dir:?}");
        }
    }
}
