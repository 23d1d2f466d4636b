//! What a layer's update asks of the rest of the app. Every layer (the browser, its prompts,
//! the editor, the conflicts view) returns these from its key handling; `effects::apply`
//! carries them out, in one place, in order. Nothing else asks the disk for anything.

use crate::domain::edit::NewMeeting;
use crate::domain::ids::{MeetingId, MemberId};
use crate::domain::meeting::Meeting;
use crate::store::lock::LockInfo;
use chrono::NaiveDate;
use std::path::PathBuf;

/// What the user set out to do that may need to know who they are first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Write the minutes of this meeting.
    Edit(MeetingId),
    /// Start a new meeting.
    New,
    /// Look at the conflict copies (anyone may).
    Conflicts,
    /// Say who you are (again).
    Identify,
    /// List one's own overdue action items.
    Mine,
    /// Report on this action item of one's own.
    Report(crate::domain::ids::ActionItemRef),
    /// Change this objective's title in the plan (its writer only).
    PlanTitle(crate::domain::ids::ObjectiveId),
    /// Add or change an action of this operational objective (the plan's writer only).
    PlanActions(crate::domain::ids::ObjectiveId),
}

/// One thing to do, asked by a layer's update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Begin something that may ask who the user is first (the session's own question).
    Start(Intent),
    /// Open this meeting in the editor (taking its lock).
    Open(MeetingId),
    /// Open this meeting, taking over the lock the user saw.
    TakeOver(MeetingId, Box<LockInfo>),
    /// Open this meeting read-only (someone else holds its lock).
    View(MeetingId),
    /// Create this meeting and open it.
    Create(NewMeeting),
    /// Remember who the user is, in their config file.
    RememberMe(MemberId),
    /// Add the app's patterns to the folder's `.stignore`.
    AddStIgnore,
    /// Leave the folder's `.stignore` alone, and do not ask again.
    KeepStIgnore,
    /// Read and compare the conflict copies, and show them.
    ShowConflicts,
    /// Close the conflicts view.
    CloseConflicts,
    /// Put this conflict copy (its index in the list) away; `confirmed` once the user said
    /// yes to what it holds that the original lacks.
    PutAway {
        /// The copy's index in the view's list.
        copy: usize,
        /// Whether the user was asked and agreed.
        confirmed: bool,
    },
    /// Write the merge settled in the conflicts view.
    WriteMerge,
    /// Undo the last merge in the folder.
    UndoMerge,
    /// Write a copy of the open meeting to this file.
    SaveElsewhere(PathBuf),
    /// Save an earlier meeting that approving it changed (its minutes frozen).
    SaveApproved(Box<Meeting>),
    /// Close the editor, everything it holds written first.
    CloseEditor,
    /// Put the open meeting aside in the folder's removed meetings, and close the editor.
    RemoveMeeting,
    /// Move the open meeting to another date.
    Redate(NaiveDate),
    /// Leave the app (once no meeting is open any more).
    Quit,
    /// Put `text` on the user's clipboard (through the terminal); `what` names it for the
    /// status line.
    Copy {
        /// What was copied, as the status line names it (an id, a code).
        what: String,
        /// The text copied.
        text: String,
    },
    /// Append this follow-up to the user's own update file.
    Report(Box<crate::domain::updates::OwnerUpdate>),
    /// Write the plan changes of the open meeting's adopted decisions to the plan (its
    /// minutes were just sent).
    ApplyPlan,
    /// Write this change to the plan, under its lock.
    ChangePlan(Box<super::session::plan_edit::PlanWrite>),
}
