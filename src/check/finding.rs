//! What `check` reports: a finding, where it is, and how bad.

use serde::Serialize;
use std::path::PathBuf;

/// How bad a finding is: errors make `check` fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something is wrong and must be fixed.
    Error,
    /// Worth a look; nothing is broken.
    Warning,
}

/// One finding, with its file and, where it applies, its line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file, relative to the folder.
    pub path: PathBuf,
    /// 1-based line and column, when the finding points at a place in the file.
    pub at: Option<(usize, usize)>,
    /// Error or warning.
    pub severity: Severity,
    /// What was found.
    pub kind: FindingKind,
}

/// Everything `check` can find. Messages are rendered per language by [`super::strings::finding`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// The file could not be read or parsed.
    Unreadable {
        /// The parser's message.
        message: String,
        /// The offending line, control characters made visible.
        line_text: String,
        /// The schema version the file claims, if newer than this build.
        newer_version: Option<u32>,
    },
    /// The file comes from a newer schema: shown read-only.
    NewerVersion {
        /// Its version.
        version: u32,
    },
    /// A link to an objective that is not in the plan.
    UnknownObjective {
        /// The id.
        id: String,
    },
    /// A link to an objective that did not exist on the meeting's date.
    ObjectiveNotInForce {
        /// The id.
        id: String,
        /// The day it was added, when the meeting was before it.
        since: Option<String>,
        /// The day it ended, when the meeting was after it.
        until: Option<String>,
    },
    /// A decision or action item linked to a strategic objective instead of an operational one.
    StrategicLink {
        /// The id.
        id: String,
    },
    /// A reference to a member who is not in `data/members.ron`.
    UnknownMember {
        /// The id.
        id: String,
    },
    /// A reference to a body that is not in `data/members.ron`.
    UnknownBody {
        /// The id.
        id: String,
    },
    /// A reference to a municipality that is not in the plan.
    UnknownMunicipality {
        /// The id.
        id: String,
    },
    /// A reference to a plan action that does not exist.
    UnknownPlanAction {
        /// The id.
        id: String,
    },
    /// A reference to a decision that does not exist.
    UnknownDecision {
        /// The reference.
        reference: String,
    },
    /// A follow-up of an action item that does not exist.
    UnknownActionItem {
        /// The reference.
        reference: String,
    },
    /// An amends/supersedes link to a decision that is not earlier.
    LinkToLaterDecision {
        /// The reference.
        reference: String,
    },
    /// The same id twice.
    DuplicateId {
        /// What kind of thing.
        what: IdKind,
        /// The id.
        id: String,
    },
    /// Two active objectives with the same display code.
    DuplicateCode {
        /// The code.
        code: String,
    },
    /// Two elements of one meeting with the same number.
    DuplicateNumber {
        /// What kind of element.
        what: ElementKind,
        /// The number.
        number: u32,
    },
    /// A decision without an objective.
    DecisionWithoutObjective {
        /// The decision.
        decision: String,
        /// Whether the meeting is still a draft (then it is only a warning).
        draft: bool,
    },
    /// More votes cast on a decision than voting members present.
    VotesAboveVoters {
        /// The decision.
        decision: String,
        /// The votes cast (for, against, abstaining).
        cast: u32,
        /// The voting members present.
        present: usize,
    },
    /// A decision's outcome that its votes do not carry under the body's majority.
    OutcomeAgainstVotes {
        /// The decision.
        decision: String,
        /// What the votes carry.
        carried: crate::domain::meeting::Outcome,
        /// The majority they were judged by.
        majority: crate::domain::governance::Majority,
    },
    /// A decision taken while fewer voting members were present than the quorum.
    DecisionWithoutQuorum {
        /// The decision.
        decision: String,
        /// The voting members present.
        present: usize,
        /// How many must be.
        needed: usize,
        /// Whether the meeting is still a draft (then it is only a warning).
        draft: bool,
    },
    /// A vote by name against the rules: a member with a conflict of interest, without a
    /// vote or out of the room, named twice, or names adding up to other counts.
    NamedVote {
        /// The decision.
        decision: String,
        /// What is wrong.
        problem: crate::domain::governance::NameProblem,
    },
    /// An id that cannot become a file name: it could escape the folder.
    UnsafeId {
        /// The id.
        id: String,
    },
    /// The meeting's id is not its file name.
    IdNotFileName {
        /// The id in the file.
        id: String,
        /// What the file name says.
        expected: String,
    },
    /// The meeting's date disagrees with its file name or year folder.
    DateNotFileName {
        /// The date in the file.
        date: String,
        /// What the file name says.
        expected: String,
    },
    /// Approved minutes whose content changed after approval.
    HashMismatch {
        /// The meeting that approved them.
        approved_by: String,
    },
    /// Minutes marked approved by a meeting that does not record the approval.
    ApprovalNotRecorded {
        /// The meeting named as approver.
        approved_by: String,
    },
    /// A meeting approves minutes that are not marked approved by it.
    ApprovalNotMarked {
        /// The approved meeting.
        meeting: String,
    },
    /// A meeting approves minutes of a meeting that does not exist.
    UnknownMeeting {
        /// The id.
        id: String,
    },
    /// A member's update file follows up an action item owned by someone else.
    UpdateOfOthersAction {
        /// The action item.
        reference: String,
        /// Its owner.
        owner: String,
    },
    /// A member's update file whose member is not its file name.
    UpdateFileMismatch {
        /// The member in the file.
        member: String,
    },
    /// A conflict copy made by a sync service.
    ConflictCopy {
        /// The original file.
        original: String,
        /// The service that made it (or this app).
        service: crate::store::names::SyncService,
    },
    /// The folder has no `data/members.ron`.
    NoMembersFile,
    /// A symbolic link or a folder where a document belongs: not read.
    NotAFile {
        /// A symbolic link (else a folder).
        link: bool,
    },
    /// An action item nobody owns yet.
    ActionWithoutOwner {
        /// The action item.
        action: String,
    },
    /// A change in the plan's history (after its first version) that names no decision.
    PlanChangeWithoutDecision {
        /// The objective or plan action it happened to.
        id: String,
        /// The day of the change.
        date: String,
    },
    /// An adopted decision of sent minutes whose plan changes the plan does not hold.
    PlanChangeNotApplied {
        /// The decision.
        decision: String,
    },
    /// A decision of a closed item without the public summary that public documents show.
    ClosedWithoutSummary {
        /// The decision.
        decision: String,
        /// Whether the meeting is still a draft (then it is only a warning).
        draft: bool,
    },
    /// Text of a closed item (its minutes, a decision or an action item) in a field that
    /// public documents show: the item's title or a decision's public summary.
    ClosedTextInPublic {
        /// The agenda item, `<meeting>/<number>`.
        item: String,
        /// The public field: "title" or "public_summary".
        field: &'static str,
    },
}

/// Kinds of ids, for duplicate findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// Objective.
    Objective,
    /// Plan action.
    PlanAction,
    /// Member.
    Member,
    /// Body.
    Body,
    /// Municipality.
    Municipality,
    /// Meeting.
    Meeting,
}

/// Kinds of numbered elements of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementKind {
    /// Agenda item.
    AgendaItem,
    /// Decision.
    Decision,
    /// Action item.
    ActionItem,
}

impl FindingKind {
    /// A stable machine name for scripts (`--json`).
    pub fn code(&self) -> &'static str {
        match self {
            FindingKind::Unreadable { .. } => "unreadable",
            FindingKind::NewerVersion { .. } => "newer-version",
            FindingKind::UnknownObjective { .. } => "unknown-objective",
            FindingKind::StrategicLink { .. } => "strategic-link",
            FindingKind::ObjectiveNotInForce { .. } => "objective-not-in-force",
            FindingKind::UnknownMember { .. } => "unknown-member",
            FindingKind::UnknownBody { .. } => "unknown-body",
            FindingKind::UnknownMunicipality { .. } => "unknown-municipality",
            FindingKind::UnknownPlanAction { .. } => "unknown-plan-action",
            FindingKind::UnknownDecision { .. } => "unknown-decision",
            FindingKind::UnknownActionItem { .. } => "unknown-action-item",
            FindingKind::LinkToLaterDecision { .. } => "link-to-later-decision",
            FindingKind::DuplicateId { .. } => "duplicate-id",
            FindingKind::DuplicateCode { .. } => "duplicate-code",
            FindingKind::DuplicateNumber { .. } => "duplicate-number",
            FindingKind::DecisionWithoutObjective { .. } => "decision-without-objective",
            FindingKind::VotesAboveVoters { .. } => "votes-above-voters",
            FindingKind::OutcomeAgainstVotes { .. } => "outcome-against-votes",
            FindingKind::DecisionWithoutQuorum { .. } => "decision-without-quorum",
            FindingKind::NamedVote { problem, .. } => {
                use crate::domain::governance::NameProblem as P;
                match problem {
                    P::Conflicted(_) => "named-vote-with-conflict",
                    P::NotAVoter(_) => "named-vote-not-a-voter",
                    P::Twice(_) => "named-vote-twice",
                    P::CountsDiffer { .. } => "named-votes-differ",
                }
            }
            FindingKind::UnsafeId { .. } => "unsafe-id",
            FindingKind::IdNotFileName { .. } => "id-not-file-name",
            FindingKind::DateNotFileName { .. } => "date-not-file-name",
            FindingKind::HashMismatch { .. } => "hash-mismatch",
            FindingKind::ApprovalNotRecorded { .. } => "approval-not-recorded",
            FindingKind::ApprovalNotMarked { .. } => "approval-not-marked",
            FindingKind::UnknownMeeting { .. } => "unknown-meeting",
            FindingKind::UpdateOfOthersAction { .. } => "update-of-others-action",
            FindingKind::UpdateFileMismatch { .. } => "update-file-mismatch",
            FindingKind::ConflictCopy { .. } => "conflict-copy",
            FindingKind::NoMembersFile => "no-members-file",
            FindingKind::NotAFile { .. } => "not-a-file",
            FindingKind::ActionWithoutOwner { .. } => "action-without-owner",
            FindingKind::PlanChangeWithoutDecision { .. } => "plan-change-without-decision",
            FindingKind::PlanChangeNotApplied { .. } => "plan-change-not-applied",
            FindingKind::ClosedWithoutSummary { .. } => "closed-without-summary",
            FindingKind::ClosedTextInPublic { .. } => "closed-text-in-public",
        }
    }
}
