//! Every decision of the folder with its context, and which are still in force.

use crate::domain::ids::{BodyId, DecisionRef, MeetingId, ObjectiveId};
use crate::domain::meeting::{Meeting, Outcome, Text, Votes};
use chrono::NaiveDate;

/// A decision with where it was taken and what became of it.
#[derive(Debug, Clone)]
pub struct DecisionEntry {
    /// `<meeting>/<number>`.
    pub reference: DecisionRef,
    /// The body that took it.
    pub body: BodyId,
    /// The day.
    pub date: NaiveDate,
    /// The agenda item's number and title (the folder's copy, shared).
    pub item: (u32, Text),
    /// What was decided (the folder's copy, shared).
    pub text: Text,
    /// Adopted, rejected or postponed.
    pub outcome: Outcome,
    /// The vote, if any.
    pub votes: Option<Votes>,
    /// The objectives it serves.
    pub objectives: Vec<ObjectiveId>,
    /// What it amends and supersedes and what amends and supersedes it: most decisions have
    /// none of these, so the four fields (about 120 bytes) live behind one pointer, held only
    /// by the few that have one (a twenty-year history has forty thousand decisions).
    pub(super) links: Option<Box<Links>>,
}

/// The amend/supersede links of a decision, both ways.
#[derive(Debug, Clone, Default)]
pub(super) struct Links {
    amends: Option<DecisionRef>,
    supersedes: Option<DecisionRef>,
    superseded_by: Option<DecisionRef>,
    amended_by: Vec<DecisionRef>,
}

impl DecisionEntry {
    /// Adopted and not replaced by a later adopted decision.
    pub fn in_force(&self) -> bool {
        self.outcome == Outcome::Adopted && self.superseded_by().is_none()
    }

    /// An earlier decision it amends.
    pub fn amends(&self) -> Option<&DecisionRef> {
        self.links.as_ref().and_then(|l| l.amends.as_ref())
    }

    /// An earlier decision it replaces.
    pub fn supersedes(&self) -> Option<&DecisionRef> {
        self.links.as_ref().and_then(|l| l.supersedes.as_ref())
    }

    /// The adopted later decision that replaces it.
    pub fn superseded_by(&self) -> Option<&DecisionRef> {
        self.links.as_ref().and_then(|l| l.superseded_by.as_ref())
    }

    /// The adopted later decisions that amend it.
    pub fn amended_by(&self) -> &[DecisionRef] {
        self.links.as_ref().map_or(&[], |l| &l.amended_by)
    }

    /// Records that the adopted decision `by` replaces this one.
    pub(super) fn set_superseded_by(&mut self, by: DecisionRef) {
        self.links.get_or_insert_default().superseded_by = Some(by);
    }

    /// Records that the adopted decision `by` amends this one.
    pub(super) fn add_amended_by(&mut self, by: DecisionRef) {
        self.links.get_or_insert_default().amended_by.push(by);
    }

    /// Forgets which later decisions amend or supersede it (they are linked again once every
    /// meeting is read); what it amends and supersedes itself stays.
    pub fn forget_later_links(&mut self) {
        if let Some(l) = &mut self.links {
            l.superseded_by = None;
            l.amended_by = Vec::new();
        }
        if self.links.as_ref().is_some_and(|l| l.amends.is_none() && l.supersedes.is_none()) {
            self.links = None;
        }
    }

    /// The meeting it was taken in.
    pub fn meeting(&self) -> &MeetingId {
        self.reference.meeting()
    }
}

impl Links {
    /// The links to what a decision amends and supersedes; none when it does neither.
    pub(super) fn earlier(
        amends: Option<&DecisionRef>,
        supersedes: Option<&DecisionRef>,
    ) -> Option<Box<Self>> {
        if amends.is_none() && supersedes.is_none() {
            return None;
        }
        let (amends, supersedes) = (amends.cloned(), supersedes.cloned());
        Some(Box::new(Self { amends, supersedes, ..Self::default() }))
    }
}

/// Every decision of `meetings`, oldest first, with the amend/supersede links filled in
/// both ways.
pub fn index_decisions<'a>(
    meetings: impl Iterator<Item = &'a Meeting> + Clone,
) -> Vec<DecisionEntry> {
    // Counted first, so the list is made once at its length: a growing one would be copied
    // as it doubles, and could keep up to twice its length for nothing.
    let count = meetings.clone().flat_map(|m| &m.agenda).map(|i| i.decisions.len()).sum();
    let mut entries = Vec::with_capacity(count);
    for m in meetings {
        for item in &m.agenda {
            entries.extend(item.decisions.iter().map(|d| DecisionEntry {
                reference: DecisionRef::new(&m.id, d.number),
                body: m.body.clone(),
                date: m.date,
                item: (item.number, item.title.clone()),
                text: d.text.clone(),
                outcome: d.outcome,
                votes: d.votes,
                objectives: d.objectives.clone(),
                links: Links::earlier(d.amends.as_ref(), d.supersedes.as_ref()),
            }));
        }
    }
    super::link::link_decisions(&mut entries);
    entries
}

/// Which decisions a list shows: the command line's `--body --from --to --od --outcome
/// --in-force` and the app's filter keys build the same filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionFilter {
    /// Only this body.
    pub body: Option<BodyId>,
    /// From this day on.
    pub from: Option<NaiveDate>,
    /// Up to this day.
    pub to: Option<NaiveDate>,
    /// Only decisions serving one of these objectives (ids).
    pub objectives: Option<std::collections::HashSet<ObjectiveId>>,
    /// Only this outcome.
    pub outcome: Option<Outcome>,
    /// Only decisions still in force.
    pub in_force: bool,
}

impl DecisionFilter {
    /// Whether the filter keeps `d`.
    pub fn keeps(&self, d: &DecisionEntry) -> bool {
        self.body.as_ref().is_none_or(|b| &d.body == b)
            && self.from.is_none_or(|f| f <= d.date)
            && self.to.is_none_or(|t| d.date <= t)
            && self
                .objectives
                .as_ref()
                .is_none_or(|ids| d.objectives.iter().any(|o| ids.contains(o)))
            && self.outcome.is_none_or(|o| d.outcome == o)
            && (!self.in_force || d.in_force())
    }

    /// Whether it keeps everything.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}
