//! Validation across the files of a folder: every finding with its file and, where it
//! applies, its line and column.

mod chain;
mod confidential;
pub mod finding;
mod locate;
mod meetings;
mod plan;
pub mod strings;
mod votes;

use crate::domain::ids::{ActionItemRef, DecisionRef, MemberId, ObjectiveId};
use crate::domain::plan::Lifetime;
use crate::store::load::Folder;
use finding::{Finding, FindingKind, Severity};
use locate::Locator;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What the folder holds, counted for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Documents read.
    pub files: usize,
    /// Strategic objectives.
    pub strategic_objectives: usize,
    /// Operational objectives, ended ones included.
    pub operational_objectives: usize,
    /// Plan actions.
    pub plan_actions: usize,
    /// Members.
    pub members: usize,
    /// Meetings.
    pub meetings: usize,
    /// Decisions.
    pub decisions: usize,
    /// Action items.
    pub action_items: usize,
}

/// The result of checking a folder.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// What was read.
    pub counts: Counts,
    /// What was found, sorted by file and place.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Warning).count()
    }
}

/// The ids every cross-file rule looks things up in.
struct Known {
    operational: HashMap<ObjectiveId, Lifetime>,
    strategic: HashSet<ObjectiveId>,
    members: HashSet<MemberId>,
    decisions: BTreeSet<DecisionRef>,
    /// Each action item with its owner.
    action_items: BTreeMap<ActionItemRef, crate::domain::meeting::Owner>,
    /// Meetings whose file could not be read: references into them are not reported, since
    /// nothing can be said about what they hold.
    unreadable_meetings: HashSet<String>,
}

impl Known {
    /// Whether `meeting` is a meeting whose file could not be read.
    fn unreadable(&self, meeting: &crate::domain::ids::MeetingId) -> bool {
        self.unreadable_meetings.contains(meeting.as_str())
    }
}

/// Collects findings, locating each in its file.
struct Findings {
    locator: Locator,
    list: Vec<Finding>,
}

impl Findings {
    /// A finding at the next occurrence of `needle` in `path` (or the whole file if absent).
    fn at(&mut self, path: &Path, needle: &str, severity: Severity, kind: FindingKind) {
        let at = self.locator.next(path, needle);
        self.push(path, at, severity, kind);
    }

    /// An error about a duplicate: at the second `<field>: "<value>"` in `path`.
    fn duplicate(&mut self, path: &Path, field: &str, value: &str, kind: FindingKind) {
        let at = self.locator.nth(path, &format!("{field}: {}", locate::quoted(value)), 1);
        self.push(path, at, Severity::Error, kind);
    }

    /// An error about the string value `value` in `path`.
    fn error_at_value(&mut self, path: &Path, value: &str, kind: FindingKind) {
        self.at(path, &locate::quoted(value), Severity::Error, kind);
    }

    fn push(
        &mut self,
        path: &Path,
        at: Option<(usize, usize)>,
        severity: Severity,
        kind: FindingKind,
    ) {
        self.list.push(Finding { path: path.to_owned(), at, severity, kind });
    }
}

/// Checks everything loaded from `folder`.
pub fn check(folder: &Folder) -> Report {
    let mut findings = Findings { locator: Locator::new(&folder.root), list: Vec::new() };
    std::thread::scope(|s| {
        // Writing every approved meeting out again to hash it takes longest (when the cache
        // does not have the hash): on threads of its own while the other rules run.
        let hashes = s.spawn(|| chain::approved_hashes(folder));
        load_findings(folder, &mut findings);
        let known = known(folder);
        if let Some(plan) = &folder.plan {
            plan::check_plan(plan, &known, &mut findings);
        }
        plan::check_changes_applied(folder, &mut findings);
        meetings::check_members(folder, &mut findings);
        let by_id = meetings::by_id(folder);
        meetings::check_meetings(folder, &known, &by_id, &mut findings);
        meetings::check_updates(folder, &known, &mut findings);
        votes::check_votes(folder, &mut findings);
        confidential::check_closed(folder, &mut findings);
        let hashes = hashes.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        chain::check_hashes(folder, &known, &by_id, &hashes, &mut findings);
    });
    let mut list = findings.list;
    list.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
    Report { counts: counts(folder), findings: list }
}

fn load_findings(folder: &Folder, findings: &mut Findings) {
    for e in &folder.errors {
        let kind = FindingKind::Unreadable {
            message: e.message.clone(),
            line_text: e.line_text.clone(),
            newer_version: e.newer_version,
        };
        findings.push(&e.path, Some((e.line, e.col)), Severity::Error, kind);
    }
    for n in &folder.not_files {
        findings.push(&n.path, None, Severity::Error, FindingKind::NotAFile { link: n.link });
    }
    for c in &folder.conflicts {
        let kind = FindingKind::ConflictCopy {
            original: crate::store::relpath::slashed(&c.original).to_string(),
            service: c.service,
        };
        findings.push(&c.path, None, Severity::Warning, kind);
    }
    let newer = newer_files(folder);
    for (path, version) in newer {
        findings.push(&path, None, Severity::Warning, FindingKind::NewerVersion { version });
    }
    let members = Path::new(crate::store::document::MEMBERS_PATH);
    let members_unreadable = folder.errors.iter().any(|e| e.path == members)
        || folder.not_files.iter().any(|n| n.path == members);
    if folder.members.is_none() && !members_unreadable {
        findings.push(
            Path::new(crate::store::document::MEMBERS_PATH),
            None,
            Severity::Warning,
            FindingKind::NoMembersFile,
        );
    }
}

fn newer_files(folder: &Folder) -> Vec<(PathBuf, u32)> {
    use crate::store::Document;
    let mut out = Vec::new();
    let mut note = |path: &Path, version: u32| {
        if version > crate::domain::SCHEMA_VERSION {
            out.push((path.to_owned(), version));
        }
    };
    if let Some(p) = &folder.plan {
        note(&p.path, p.value.version());
    }
    if let Some(m) = &folder.members {
        note(&m.path, m.value.version());
    }
    folder.meetings.iter().for_each(|m| note(&m.path, m.value.version()));
    folder.updates.iter().for_each(|u| note(&u.path, u.value.version()));
    out
}

fn known(folder: &Folder) -> Known {
    let mut known = Known {
        operational: HashMap::new(),
        strategic: HashSet::new(),
        members: HashSet::new(),
        decisions: BTreeSet::new(),
        action_items: BTreeMap::new(),
        unreadable_meetings: folder
            .errors
            .iter()
            .map(|e| &e.path)
            .chain(folder.not_files.iter().map(|n| &n.path))
            .filter(|path| path.starts_with(crate::store::document::MEETINGS_DIR))
            .filter_map(|path| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect(),
    };
    if let Some(plan) = &folder.plan {
        for sd in &plan.value.strategic_objectives {
            known.strategic.insert(sd.id.clone());
            let lifetimes = sd
                .operational_objectives
                .iter()
                .map(|od| (od.id.clone(), Lifetime::of(&od.history)));
            known.operational.extend(lifetimes);
        }
    }
    if let Some(members) = &folder.members {
        known.members.extend(members.value.members.iter().map(|m| m.id.clone()));
    }
    for file in &folder.meetings {
        let m = &file.value;
        known.decisions.extend(m.decisions().map(|(_, d)| DecisionRef::new(&m.id, d.number)));
        for (_, a) in m.action_items() {
            known.action_items.insert(ActionItemRef::new(&m.id, a.number), a.owner.clone());
        }
    }
    known
}

fn counts(folder: &Folder) -> Counts {
    let plan = folder.plan.as_ref().map(|p| &p.value);
    Counts {
        files: folder.files_read,
        strategic_objectives: plan.map_or(0, |p| p.strategic_objectives.len()),
        operational_objectives: plan.map_or(0, |p| p.operational().count()),
        plan_actions: plan.map_or(0, |p| p.actions().count()),
        members: folder.members.as_ref().map_or(0, |m| m.value.members.len()),
        meetings: folder.meetings.len(),
        decisions: folder.meetings.iter().map(|m| m.value.decisions().count()).sum(),
        action_items: folder.meetings.iter().map(|m| m.value.action_items().count()).sum(),
    }
}

/// Reports every value that occurs more than once in `values`, at its second occurrence.
fn duplicates<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    values.into_iter().filter(|v| !seen.insert(*v)).collect()
}
