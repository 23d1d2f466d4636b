//! Rules on members, meetings and update files: references that resolve, numbers that are
//! unique, file names that match, and the hash chain of approved minutes.

use super::finding::{ElementKind, FindingKind, IdKind, Severity};
use super::{Findings, Known, duplicates};
use crate::domain::ids::{ActionItemRef, DecisionRef, is_safe_id};
use crate::domain::meeting::{Meeting, MinutesStatus, Owner};
use crate::store::document::updates_path;
use crate::store::load::{Folder, LoadedFile};
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub(super) fn check_members(folder: &Folder, findings: &mut Findings) {
    let Some(file) = &folder.members else { return };
    let path = file.path.as_path();
    let members = &file.value;
    for id in duplicates(members.members.iter().map(|m| m.id.as_str())) {
        findings.duplicate(
            path,
            "id",
            id,
            FindingKind::DuplicateId { what: IdKind::Member, id: id.into() },
        );
    }
    for id in duplicates(members.bodies.iter().map(|b| b.id.as_str())) {
        findings.duplicate(
            path,
            "id",
            id,
            FindingKind::DuplicateId { what: IdKind::Body, id: id.into() },
        );
    }
    let ids = members
        .members
        .iter()
        .map(|m| m.id.as_str())
        .chain(members.bodies.iter().map(|b| b.id.as_str()));
    for id in ids.filter(|id| !is_safe_id(id)) {
        findings.error_at_value(path, id, FindingKind::UnsafeId { id: id.into() });
    }
    let municipalities: HashSet<&str> = folder
        .plan
        .iter()
        .flat_map(|p| p.value.municipalities.iter().map(|m| m.id.as_str()))
        .collect();
    for member in &members.members {
        for seat in member.roles.iter().filter(|s| members.body(&s.body).is_none()) {
            findings.error_at_value(
                path,
                seat.body.as_str(),
                FindingKind::UnknownBody { id: seat.body.to_string() },
            );
        }
        if let Some(m) = member
            .municipality
            .as_ref()
            .filter(|m| folder.plan.is_some() && !municipalities.contains(m.as_str()))
        {
            findings.error_at_value(
                path,
                m.as_str(),
                FindingKind::UnknownMunicipality { id: m.to_string() },
            );
        }
    }
}

/// The meetings of `folder` by id (of two with one id, the later file).
pub(super) type ById<'a> = HashMap<&'a str, &'a LoadedFile<Meeting>>;

/// [`ById`] of `folder`.
pub(super) fn by_id(folder: &Folder) -> ById<'_> {
    folder.meetings.iter().map(|m| (m.value.id.as_str(), m)).collect()
}

pub(super) fn check_meetings(
    folder: &Folder,
    known: &Known,
    by_id: &ById<'_>,
    findings: &mut Findings,
) {
    for id in duplicates(folder.meetings.iter().map(|m| m.value.id.as_str())) {
        let Some(second) = folder.meetings.iter().filter(|m| m.value.id.as_str() == id).nth(1)
        else {
            continue;
        };
        findings.error_at_value(
            &second.path,
            id,
            FindingKind::DuplicateId { what: IdKind::Meeting, id: id.into() },
        );
    }
    for file in &folder.meetings {
        let checker = MeetingChecker { file, known, folder, by_id };
        checker.file_name(findings);
        checker.references(findings);
        checker.numbers(findings);
        checker.decisions(findings);
        checker.owners(findings);
        checker.approvals(findings);
    }
}

struct MeetingChecker<'a> {
    file: &'a LoadedFile<Meeting>,
    known: &'a Known,
    folder: &'a Folder,
    by_id: &'a ById<'a>,
}

impl MeetingChecker<'_> {
    fn path(&self) -> &Path {
        &self.file.path
    }

    fn meeting(&self) -> &Meeting {
        &self.file.value
    }

    /// The id is the file name, and the date is the file name's and the year folder's.
    fn file_name(&self, findings: &mut Findings) {
        let m = self.meeting();
        let stem =
            self.path().file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if !is_safe_id(m.id.as_str()) {
            findings.error_at_value(
                self.path(),
                m.id.as_str(),
                FindingKind::UnsafeId { id: m.id.to_string() },
            );
        } else if m.id.as_str() != stem {
            let kind = FindingKind::IdNotFileName { id: m.id.to_string(), expected: stem.clone() };
            findings.error_at_value(self.path(), m.id.as_str(), kind);
        }
        let date = m.date.format("%Y-%m-%d").to_string();
        let year_folder = self
            .path()
            .parent()
            .and_then(|p| p.file_name())
            .map(|y| y.to_string_lossy().into_owned());
        let in_year = year_folder.as_deref() == Some(&date[..4]);
        if !stem.starts_with(&date) || !in_year {
            let expected = format!("{}/{}", year_folder.unwrap_or_default(), stem);
            findings.at(
                self.path(),
                "date: ",
                Severity::Error,
                FindingKind::DateNotFileName { date, expected },
            );
        }
    }

    fn references(&self, findings: &mut Findings) {
        let m = self.meeting();
        if let Some(members) = &self.folder.members {
            if members.value.body(&m.body).is_none() {
                findings.error_at_value(
                    self.path(),
                    m.body.as_str(),
                    FindingKind::UnknownBody { id: m.body.to_string() },
                );
            }
            let people =
                m.chair.iter().chain(&m.secretary).chain(m.attendance.iter().map(|a| &a.member));
            // Guests and outside people are owners by name: only member ids must be known.
            let owners = m.action_items().filter_map(|(_, a)| a.owner.member());
            for id in people.chain(owners).filter(|id| !self.known.members.contains(*id)) {
                findings.error_at_value(
                    self.path(),
                    id.as_str(),
                    FindingKind::UnknownMember { id: id.to_string() },
                );
            }
        }
        for id in m.action_items().filter_map(|(_, a)| a.objective.as_ref()) {
            self.objective(id.as_str(), findings);
        }
        for (_, f) in m.follow_ups() {
            if !self.known.action_items.contains_key(&f.action)
                && !self.known.unreadable(f.action.meeting())
            {
                let reference = f.action.to_string();
                findings.error_at_value(
                    self.path(),
                    &reference,
                    FindingKind::UnknownActionItem { reference: reference.clone() },
                );
            }
        }
    }

    /// A link to an operational objective that exists on the meeting's date.
    fn objective(&self, id: &str, findings: &mut Findings) {
        if self.folder.plan.is_none() {
            return;
        }
        let date = self.meeting().date;
        let kind = match self.known.operational.get(id) {
            _ if self.known.strategic.contains(id) => FindingKind::StrategicLink { id: id.into() },
            None => FindingKind::UnknownObjective { id: id.into() },
            Some(lifetime) if !lifetime.covers(date) => {
                let not_yet = lifetime.from.is_some_and(|f| date < f);
                let kind = FindingKind::ObjectiveNotInForce {
                    id: id.into(),
                    since: lifetime.from.filter(|_| not_yet).map(|d| d.to_string()),
                    until: lifetime.until.filter(|_| !not_yet).map(|d| d.to_string()),
                };
                let needle = super::locate::quoted(id);
                return findings.at(self.path(), &needle, Severity::Warning, kind);
            }
            Some(_) => return,
        };
        findings.error_at_value(self.path(), id, kind);
    }

    fn numbers(&self, findings: &mut Findings) {
        let m = self.meeting();
        let lists: [(ElementKind, Vec<u32>); 3] = [
            (ElementKind::AgendaItem, m.agenda.iter().map(|i| i.number).collect()),
            (ElementKind::Decision, m.decisions().map(|(_, d)| d.number).collect()),
            (ElementKind::ActionItem, m.action_items().map(|(_, a)| a.number).collect()),
        ];
        for (what, numbers) in lists {
            let texts: Vec<String> = numbers.iter().map(u32::to_string).collect();
            for n in duplicates(texts.iter().map(String::as_str)) {
                let number = n.parse().unwrap_or_default();
                let at = findings.locator.nth(self.path(), &format!("number: {n},"), 1);
                findings.push(
                    self.path(),
                    at,
                    Severity::Error,
                    FindingKind::DuplicateNumber { what, number },
                );
            }
        }
    }

    /// An action item without an owner is kept, and warned about until it has one.
    fn owners(&self, findings: &mut Findings) {
        let m = self.meeting();
        for (_, a) in m.action_items().filter(|(_, a)| a.owner == Owner::Nobody) {
            let action = ActionItemRef::new(&m.id, a.number).to_string();
            let kind = FindingKind::ActionWithoutOwner { action };
            findings.at(self.path(), first_line(&a.text), Severity::Warning, kind);
        }
    }

    fn decisions(&self, findings: &mut Findings) {
        let m = self.meeting();
        let draft = m.status == MinutesStatus::Draft;
        for (_, d) in m.decisions() {
            let this = DecisionRef::new(&m.id, d.number);
            if d.objectives.is_empty() {
                let severity = if draft { Severity::Warning } else { Severity::Error };
                let kind =
                    FindingKind::DecisionWithoutObjective { decision: this.to_string(), draft };
                findings.at(self.path(), first_line(&d.text), severity, kind);
            }
            for id in &d.objectives {
                self.objective(id.as_str(), findings);
            }
            for link in d.amends.iter().chain(&d.supersedes) {
                self.decision_link(&this, link, findings);
            }
        }
    }

    fn decision_link(&self, this: &DecisionRef, link: &DecisionRef, findings: &mut Findings) {
        let reference = link.to_string();
        let kind = if self.known.unreadable(link.meeting()) {
            return;
        } else if !self.known.decisions.contains(link) {
            FindingKind::UnknownDecision { reference: reference.clone() }
        } else if !self.is_earlier(link, this) {
            FindingKind::LinkToLaterDecision { reference: reference.clone() }
        } else {
            return;
        };
        findings.error_at_value(self.path(), &reference, kind);
    }

    /// Whether `earlier` was taken before `this`: an earlier meeting, or earlier in this one.
    fn is_earlier(&self, earlier: &DecisionRef, this: &DecisionRef) -> bool {
        let date_of = |id: &str| self.by_id.get(id).map(|m| m.value.date);
        match (date_of(earlier.meeting().as_str()), date_of(this.meeting().as_str())) {
            (Some(a), Some(b)) if a != b => a < b,
            _ => earlier.meeting() == this.meeting() && earlier.number() < this.number(),
        }
    }

    /// Whether the meeting `id` exists as a file that could not be read: nothing can be said
    /// about what it records.
    fn is_unreadable(&self, id: &crate::domain::ids::MeetingId) -> bool {
        self.known.unreadable(id)
    }

    /// Approvals are recorded on both sides (that what is approved still hashes the same is
    /// `chain::check_hashes`).
    fn approvals(&self, findings: &mut Findings) {
        let by_id = self.by_id;
        let m = self.meeting();
        for approval in &m.approves {
            if self.known.unreadable(&approval.meeting) {
                continue;
            }
            let Some(approved) = by_id.get(approval.meeting.as_str()) else {
                findings.error_at_value(
                    self.path(),
                    approval.meeting.as_str(),
                    FindingKind::UnknownMeeting { id: approval.meeting.to_string() },
                );
                continue;
            };
            let marked =
                matches!(&approved.value.status, MinutesStatus::Approved { by } if by == &m.id);
            if !marked {
                let kind = FindingKind::ApprovalNotMarked { meeting: approval.meeting.to_string() };
                findings.at(
                    self.path(),
                    &super::locate::quoted(approval.meeting.as_str()),
                    Severity::Warning,
                    kind,
                );
            }
        }
        if let MinutesStatus::Approved { by } = &m.status {
            if self.is_unreadable(by) {
                return;
            }
            let recorded = by_id
                .get(by.as_str())
                .is_some_and(|a| a.value.approves.iter().any(|x| x.meeting == m.id));
            if !recorded {
                findings.error_at_value(
                    self.path(),
                    by.as_str(),
                    FindingKind::ApprovalNotRecorded { approved_by: by.to_string() },
                );
            }
        }
    }
}

/// The first line of a text, short, to find a decision by its text.
pub(super) fn first_line(text: &str) -> &str {
    let line = text.lines().next().unwrap_or("");
    match line.char_indices().nth(40) {
        Some((i, _)) => &line[..i],
        None => line,
    }
}

pub(super) fn check_updates(folder: &Folder, known: &Known, findings: &mut Findings) {
    for file in &folder.updates {
        let path = file.path.as_path();
        let u = &file.value;
        let expected = updates_path(&u.member).ok();
        if expected.as_deref() != Some(path) {
            findings.error_at_value(
                path,
                u.member.as_str(),
                FindingKind::UpdateFileMismatch { member: u.member.to_string() },
            );
        }
        if folder.members.is_some() && !known.members.contains(&u.member) {
            findings.error_at_value(
                path,
                u.member.as_str(),
                FindingKind::UnknownMember { id: u.member.to_string() },
            );
        }
        for update in &u.updates {
            let reference = update.action.to_string();
            match known.action_items.get(&update.action) {
                None if known.unreadable(update.action.meeting()) => {}
                None => findings.error_at_value(
                    path,
                    &reference,
                    FindingKind::UnknownActionItem { reference: reference.clone() },
                ),
                Some(owner) if owner.member() != Some(&u.member) => {
                    let kind = FindingKind::UpdateOfOthersAction {
                        reference: reference.clone(),
                        owner: owner.to_string(),
                    };
                    findings.at(path, &super::locate::quoted(&reference), Severity::Warning, kind);
                }
                Some(_) => {}
            }
        }
    }
}
