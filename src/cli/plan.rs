//! `stuurgroep plan`: show the plan, and change it by decision, one verb per kind of change,
//! written to `data/plan.ron` under the plan's lock.

use super::ExitCode;
use crate::cli::strings::plan as words;
use crate::domain::code::ObjectiveCode;
use crate::domain::ids::{DecisionRef, ObjectiveId};
use crate::domain::meeting::Outcome;
use crate::domain::plan::{Allowed, Authority, Plan, PlanChange, Target, apply_allowed};
use crate::i18n::Lang;
use crate::store::lock::{Holder, LockError};
use crate::store::plan_write::{PlanWriteError, update_plan};
use std::path::Path;

/// Options of `plan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub verb: Verb,
}

/// The decision that allows a change, or (a text only) none: a typo fixed.
#[derive(Debug, Clone, clap::Args)]
#[group(required = true, multiple = false)]
pub struct By {
    /// The decision that allows the change: MEETING/NUMBER, as in `decisions`.
    #[arg(long = "by", value_name = "DECISION")]
    pub decision: Option<String>,
    /// Retitle only: a typo fixed, no decision needed; the history marks it "redactioneel".
    #[arg(long)]
    pub editorial: bool,
}

/// The verbs of `plan`.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum Verb {
    /// Show the plan, or one objective (by any code it has had, or its id) with its history.
    ///
    /// Example: stuurgroep plan show "SD1 OD3" --json
    Show {
        /// A code ("SD1 OD2", also an earlier one; unquoted too) or an objective's id.
        code: Vec<String>,
        /// Write JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Give an objective another number: an OD within its SD, or an SD (its ODs follow).
    ///
    /// Example: stuurgroep plan renumber "SD1 OD3" 2 --by 2022-03-15-stuurgroep/2
    Renumber {
        /// The objective: code or id.
        objective: String,
        /// Its new number.
        number: u8,
        #[command(flatten)]
        by: By,
    },
    /// Place an operational objective under another SD, with its code there.
    ///
    /// Example: stuurgroep plan move "SD1 OD1" "SD2 OD5" --by 2021-03-16-stuurgroep/2
    Move {
        /// The objective: code or id.
        objective: String,
        /// Its new code.
        to: String,
        #[command(flatten)]
        by: By,
    },
    /// End an operational objective in another one, which takes over its actions.
    ///
    /// Example: stuurgroep plan merge "SD1 OD2" "SD1 OD1" --by 2022-03-15-stuurgroep/2
    Merge {
        /// The objective that ends: code or id.
        objective: String,
        /// The objective that carries on: code or id.
        into: String,
        #[command(flatten)]
        by: By,
    },
    /// End an operational objective in new ones, each "CODE;ID;TITLE" and optionally
    /// ";ACTION,ACTION" (the actions it takes over).
    ///
    /// Example: stuurgroep plan split "SD1 OD5" --into "SD1 OD3;od-actoren;In kaart brengen …;sd1od5-a1" --into "SD1 OD4;od-communicatie;Communicatiestrategie …;sd1od5-a2" --by 2021-03-16-stuurgroep/2
    Split {
        /// The objective that ends: code or id.
        objective: String,
        /// A new objective: "CODE;ID;TITLE[;ACTION,ACTION]".
        #[arg(long = "into", value_name = "PART", required = true)]
        into: Vec<String>,
        #[command(flatten)]
        by: By,
    },
    /// Make an operational objective an action of another; its actions move along.
    ///
    /// Example: stuurgroep plan demote "SD2 OD4" --under "SD2 OD5" --action-id od-prospectie-actie --by 2021-03-16-stuurgroep/3
    Demote {
        /// The objective that ends: code or id.
        objective: String,
        /// The objective it becomes an action of: code or id.
        #[arg(long)]
        under: String,
        /// The id of the action it becomes.
        #[arg(long = "action-id", value_name = "ID")]
        action: String,
        #[command(flatten)]
        by: By,
    },
    /// End an operational objective without anything carrying it on.
    ///
    /// Example: stuurgroep plan remove "SD5 OD7" --by 2023-01-10-stuurgroep/4
    Remove {
        /// The objective: code or id.
        objective: String,
        #[command(flatten)]
        by: By,
    },
    /// Add an operational objective or an action.
    ///
    /// Example: stuurgroep plan add objective "SD4 OD4" --id od-urgente-themas --title "…" --by 2021-03-16-stuurgroep/6
    Add {
        /// What to add.
        #[command(subcommand)]
        what: Add,
    },
    /// Rewrite an objective's title or an action's text; the previous text is kept.
    ///
    /// Example: stuurgroep plan retitle "SD1 OD1" "Regionale acties …" --by 2021-03-16-stuurgroep/2
    Retitle {
        /// The objective (code or id) or the action (id).
        target: String,
        /// The new text.
        text: String,
        #[command(flatten)]
        by: By,
    },
    /// Write the plan changes of a meeting's adopted decisions to the plan (as sending its
    /// minutes does); changes the plan holds already are not written twice.
    ///
    /// Example: stuurgroep plan apply 2022-10-11-stuurgroep --as lotte-verhaegen
    Apply {
        /// The meeting, by its id.
        meeting: String,
    },
    /// Change when an action is planned: years ("2021, 2022"), a span ("2020 - 2025"), other
    /// words, or "" for none; the previous planning is kept.
    ///
    /// Example: stuurgroep plan replan sd1od2-a1 --planning "2023, 2024" --by 2022-10-11-stuurgroep/1
    Replan {
        /// The action (id).
        action: String,
        /// Its new planning.
        #[arg(long)]
        planning: String,
        #[command(flatten)]
        by: By,
    },
    /// Change where an operational objective or an action applies: "alle gemeenten", names
    /// with commas between, or "" for none; the previous spreading is kept.
    ///
    /// Example: stuurgroep plan respread sd1od2-a1 --spreiding "Halle, Beersel" --by 2022-10-11-stuurgroep/1
    Respread {
        /// The objective (code or id) or the action (id).
        target: String,
        /// Its new spreading.
        #[arg(long)]
        spreiding: String,
        #[command(flatten)]
        by: By,
    },
    /// Take an action out of the plan; it stays in the file with its history, marked removed.
    ///
    /// Example: stuurgroep plan remove-action sd1od2-a2 --by 2022-10-11-stuurgroep/1
    RemoveAction {
        /// The action (id).
        action: String,
        #[command(flatten)]
        by: By,
    },
}

/// What `plan add` adds.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum Add {
    /// A new operational objective, with its code.
    ///
    /// Example: stuurgroep plan add objective "SD4 OD4" --id od-urgente-themas --title "…" --by 2021-03-16-stuurgroep/6
    Objective {
        /// Its code.
        code: String,
        /// Its id (unused so far).
        #[arg(long)]
        id: String,
        /// Its title.
        #[arg(long)]
        title: String,
        #[command(flatten)]
        by: By,
    },
    /// A new action of an operational objective.
    ///
    /// Example: stuurgroep plan add action "SD2 OD1" --id sd2od1-a6 --text "…" --by 2023-01-10-stuurgroep/2
    Action {
        /// The objective: code or id.
        under: String,
        /// Its id (unused so far).
        #[arg(long)]
        id: String,
        /// Its text.
        #[arg(long)]
        text: String,
        /// What the association does.
        #[arg(long)]
        regierol: Option<String>,
        /// What the partners do locally.
        #[arg(long)]
        actorrol: Option<String>,
        #[command(flatten)]
        by: By,
    },
}

pub(super) const COMMAND: &str = "stuurgroep plan";

/// Runs `plan` on `dir` as `me`: the exit status.
pub fn run(dir: &Path, args: &Args, lang: Lang, me: Option<String>) -> ExitCode {
    let folder = match super::open(dir, COMMAND, lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let Some(plan) = folder.plan.as_ref().map(|p| &p.value) else {
        return super::stdio::unreadable(&folder, COMMAND, lang).max(1);
    };
    if let Verb::Show { code, json } = &args.verb {
        // `plan show SD2 OD1` as typed without quotes: one code.
        let code = (!code.is_empty()).then(|| code.join(" "));
        return super::plan_show::run(plan, code.as_deref(), *json, lang);
    }
    // A change to the plan is judged against the whole folder: on half of it, nothing.
    if super::stdio::unreadable(&folder, COMMAND, lang) != 0 {
        return refuse(words::half_read(lang));
    }
    if let Verb::Apply { meeting } = &args.verb {
        let holder = match holder(&folder, me, lang) {
            Ok(holder) => holder,
            Err(message) => return refuse(&message),
        };
        return super::plan_apply::run(&folder, meeting, &holder, lang);
    }
    // Said before the lock is taken; the change is built again from the plan read under it.
    if let Err(message) = super::plan_change::change_of(&args.verb, plan, lang) {
        return refuse(&message);
    }
    let verb = args.verb.clone();
    let build: Build = Box::new(move |plan| super::plan_change::change_of(&verb, plan, lang));
    let how = match how(&folder, &args.verb, lang) {
        Ok(how) => how,
        Err(message) => return refuse(&message),
    };
    let holder = match holder(&folder, me, lang) {
        Ok(holder) => holder,
        Err(message) => return refuse(&message),
    };
    write(&folder.root, &holder, &build, &how, lang)
}

/// What `--by` or `--editorial` allows, as found in the folder.
fn how(folder: &crate::store::Folder, verb: &Verb, lang: Lang) -> Result<Allowed, String> {
    let by = super::plan_change::by_of(verb);
    match (&by.decision, by.editorial) {
        (Some(decision), _) => authority(folder, decision, lang).map(Allowed::Decision),
        (None, true) if matches!(verb, Verb::Retitle { .. }) => Ok(Allowed::Editorial),
        (None, _) => Err(words::editorial_only(lang).to_owned()),
    }
}

/// Applies the change to the plan as it is under the lock, and writes it.
fn write(root: &Path, holder: &Holder, build: &Build, how: &Allowed, lang: Lang) -> ExitCode {
    let result = update_plan(root, holder, |plan| {
        let change = build(plan).map_err(Err)?;
        let today = chrono::Local::now().date_naive();
        apply_allowed(plan, &change, how, today).map_err(Ok)?;
        Ok::<_, Result<_, String>>(super::plan_show::describe(plan, &target_of(&change), lang))
    });
    match result {
        Ok((what, _)) => {
            let by = crate::domain::strings::allowed(lang, how);
            let line = words::written(lang, &what, &by);
            super::stdio::answer(COMMAND, &format!("{line}\n"), 0)
        }
        Err(e) => failed(e, lang, |e| match e {
            Ok(e) => words::refused(lang, e),
            Err(message) => message.clone(),
        }),
    }
}

/// Says why the plan was not written: refused (`refused` words it) or locked, exit 2; the
/// plan unreadable or the write failing, exit 1.
pub(super) fn failed<E>(
    e: PlanWriteError<E>,
    lang: Lang,
    refused: impl FnOnce(&E) -> String,
) -> ExitCode {
    let said = crate::store::strings::plan_write_error(lang, &e, refused);
    match e {
        PlanWriteError::Refused(_) => refuse(&said),
        PlanWriteError::Locked(LockError::HeldBy(_) | LockError::Stale(_)) => {
            refuse(&words::locked(lang, &said))
        }
        PlanWriteError::Locked(_) | PlanWriteError::Unreadable(_) | PlanWriteError::Save(_) => {
            broken(&said)
        }
    }
}

/// Builds the change from the plan as read under the lock (codes resolved then).
type Build = Box<dyn Fn(&Plan) -> Result<PlanChange, String>>;

pub(super) fn refuse(message: &str) -> ExitCode {
    eprintln!("{COMMAND}: {}", crate::text::printable(message));
    2
}

fn broken(message: &str) -> ExitCode {
    eprintln!("{COMMAND}: {}", crate::text::printable(message));
    1
}

/// The decision `--by` names, as found in the folder: adopted, with its meeting's date.
fn authority(folder: &crate::store::Folder, by: &str, lang: Lang) -> Result<Authority, String> {
    let no = || words::no_decision(lang, by);
    let decision: DecisionRef = by.trim().parse().map_err(|_| no())?;
    let meeting = folder.meetings.iter().map(|m| &m.value).find(|m| m.id == *decision.meeting());
    let meeting = meeting.ok_or_else(no)?;
    let found = meeting.agenda.iter().flat_map(|i| &i.decisions);
    let found = found.into_iter().find(|d| d.number == decision.number()).ok_or_else(no)?;
    if found.outcome != Outcome::Adopted {
        return Err(words::not_adopted(lang, by));
    }
    Ok(Authority { date: meeting.date, decision })
}

/// Who takes the plan's lock: `--as`, else the config file's member, named as the members
/// file names them; refused when nobody is named or the members file does not know them
/// (as `done` and `update` refuse: the lock and the history would name a stranger).
fn holder(folder: &crate::store::Folder, me: Option<String>, lang: Lang) -> Result<Holder, String> {
    let id = me.or_else(|| super::remembered_member(lang)).ok_or_else(|| words::who(lang))?;
    let members = folder.members.as_ref().map(|m| &m.value);
    let members = members.ok_or_else(|| crate::cli::strings::members_unknown(lang, &id))?;
    let member = members.member(&id.as_str().into()).ok_or_else(|| {
        crate::cli::strings::bad_argument(lang, crate::cli::strings::BadArgument::Member, &id)
    })?;
    Ok(Holder::new(id.as_str().into(), member.name.clone()))
}

/// The objective `query` names: its id, else the one that has that code today, else the
/// one that had it.
pub(super) fn resolve(plan: &Plan, query: &str, lang: Lang) -> Result<ObjectiveId, String> {
    let query = query.trim();
    if plan.objective_ids().any(|id| id.as_str() == query) {
        return Ok(query.into());
    }
    let code = ObjectiveCode::parse_loose(query).ok_or_else(|| words::bad_code(lang, query))?;
    match plan.objectives_by_code(code).as_slice() {
        [one] => Ok((*one).clone()),
        found => {
            let ids: Vec<String> = found.iter().map(|f| f.to_string()).collect();
            Err(words::no_objective(lang, query, &ids))
        }
    }
}

/// What the change is about, to say what it did.
fn target_of(change: &PlanChange) -> Target {
    match change {
        PlanChange::Renumber { objective, .. }
        | PlanChange::Move { objective, .. }
        | PlanChange::Merge { objective, .. }
        | PlanChange::Split { objective, .. }
        | PlanChange::Demote { objective, .. }
        | PlanChange::Remove { objective } => Target::Objective(objective.clone()),
        PlanChange::AddObjective(new) => Target::Objective(new.id.clone()),
        PlanChange::AddAction { action, .. } => Target::Action(action.id.clone()),
        PlanChange::Replan { action, .. } | PlanChange::RemoveAction { action } => {
            Target::Action(action.clone())
        }
        PlanChange::Retitle { target, .. } | PlanChange::Respread { target, .. } => target.clone(),
    }
}
