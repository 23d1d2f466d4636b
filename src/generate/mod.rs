//! A generator of large, realistic histories on the example's plan: years of meetings of
//! several bodies, for benchmarks and trials. Deterministic for a given seed.

use crate::domain::ids::{BodyId, MemberId};
use crate::domain::meeting::*;
use crate::domain::organisation::{Body, BodyKind, Members, Role, Seat};
use crate::domain::plan::Plan;
use crate::store::document::{MEMBERS_PATH, PLAN_PATH, meeting_path};
use crate::store::to_ron;
use chrono::Datelike;
use std::io;
use std::path::Path;

mod agenda;
mod history;
mod rng;

use history::History;
pub use rng::Rng;

/// What a generated history holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Meetings written.
    pub meetings: usize,
    /// Decisions in them.
    pub decisions: usize,
    /// Action items in them.
    pub action_items: usize,
    /// Bytes written for the meetings.
    pub bytes: usize,
}

/// What a generated history starts from: a plan, its members, and the meetings that the
/// plan's history refers to (those of the bundled example).
pub struct Start<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The bodies and members.
    pub members: &'a Members,
    /// Meetings copied as they are; generated ones follow from the year after the last.
    pub meetings: &'a [Meeting],
}

/// Generates from the folder at `example` (normally the bundled example).
pub fn generate_from(out: &Path, years: u32, seed: u64, example: &Path) -> io::Result<Stats> {
    let folder = crate::store::load_folder(example).map_err(io::Error::other)?;
    let (Some(plan), Some(members)) = (&folder.plan, &folder.members) else {
        return Err(io::Error::other(format!(
            "{}: no readable plan or members",
            example.display()
        )));
    };
    let meetings: Vec<Meeting> = folder.meetings.iter().map(|m| m.value.clone()).collect();
    generate(
        out,
        years,
        seed,
        &Start { plan: &plan.value, members: &members.value, meetings: &meetings },
    )
}

/// Writes a folder at `out` (which must not hold a plan yet): the start's plan, its members
/// plus three extra working groups, its meetings, and `years` years of generated meetings
/// after them.
pub fn generate(out: &Path, years: u32, seed: u64, start: &Start) -> io::Result<Stats> {
    if out.join(PLAN_PATH).exists() {
        let message = format!("{} already holds a folder", out.display());
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, message));
    }
    let plan = start.plan;
    let members = with_working_groups(start.members);
    write(out, Path::new(PLAN_PATH), &to_ron(plan).map_err(io::Error::other)?)?;
    write(out, Path::new(MEMBERS_PATH), &to_ron(&members).map_err(io::Error::other)?)?;
    let mut history = History::new(seed, plan, &members);
    let first_year = start.meetings.iter().map(|m| m.date.year() + 1).max().unwrap_or(2020);
    let copied = start.meetings.iter().map(|m| (m.id.clone(), m.clone()));
    let mut stats = Stats::default();
    for (id, meeting) in copied.chain(history.meetings(first_year, years)) {
        let path = meeting_path(&id).map_err(|e| io::Error::other(e.to_string()))?;
        let text = to_ron(&meeting).map_err(io::Error::other)?;
        write(out, &path, &text)?;
        stats.meetings += 1;
        stats.decisions += meeting.decisions().count();
        stats.action_items += meeting.action_items().count();
        stats.bytes += text.len();
    }
    Ok(stats)
}

/// A fresh folder needs no atomic saves: nobody reads it yet.
fn write(root: &Path, rel: &Path, text: &str) -> io::Result<()> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)
}

fn with_working_groups(members: &Members) -> Members {
    let mut members = members.clone();
    for (id, name) in [
        ("werkgroep-erfgoed", "Werkgroep Erfgoed"),
        ("werkgroep-communicatie", "Werkgroep Communicatie"),
        ("werkgroep-digitaal", "Werkgroep Digitale week"),
    ] {
        if members.body(&BodyId::from(id)).is_some() {
            continue;
        }
        members.bodies.push(Body {
            id: id.into(),
            name: name.into(),
            kind: BodyKind::WorkingGroup,
            description: None,
            agenda: Vec::new(),
            quorum: Default::default(),
            majority: Default::default(),
        });
        let secretary = secretary_of(&members, "stuurgroep");
        for (i, m) in members.members.iter_mut().enumerate() {
            let role = if Some(&m.id) == secretary.as_ref() {
                Role::Secretary
            } else if i % 3 == id.len() % 3 {
                Role::Member
            } else {
                continue;
            };
            m.roles.push(Seat { body: id.into(), role, from: None, until: None });
        }
    }
    members
}

fn secretary_of(members: &Members, body: &str) -> Option<MemberId> {
    members
        .members
        .iter()
        .find(|m| m.roles.iter().any(|s| s.body.as_str() == body && s.role == Role::Secretary))
        .map(|m| m.id.clone())
}
