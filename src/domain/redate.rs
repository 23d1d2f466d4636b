//! Changing a meeting's date: its id (`<date>-<body>`) follows, and so does every reference
//! to it in other meetings (decision and action references, approvals), so that the folder
//! stays consistent.

use super::edit::EditError;
use super::ids::{DecisionRef, MeetingId};
use super::meeting::{Meeting, MinutesStatus};
use chrono::NaiveDate;

/// Moves `meeting` to `date`: its date and id change, and its own references to itself
/// follow. Refused once the minutes are approved.
pub fn redate(meeting: &mut Meeting, date: NaiveDate) -> Result<MeetingId, EditError> {
    if meeting.is_frozen() {
        return Err(EditError::Frozen);
    }
    let old = meeting.id.clone();
    let new = Meeting::id_for(date, &meeting.body);
    // The calendars that imported its invitation know it by its first id.
    meeting.planned_as.get_or_insert(old.clone());
    meeting.date = date;
    meeting.id = new.clone();
    retarget(meeting, &old, &new);
    Ok(new)
}

/// Whether `other` refers to meeting `id` anywhere (a decision it amends or supersedes, an
/// action it follows up, minutes it approves or that approved it).
pub fn refers_to(other: &Meeting, id: &MeetingId) -> bool {
    let approved_by = matches!(&other.status, MinutesStatus::Approved { by } if by == id);
    approved_by || content_refers_to(other, id)
}

/// Whether the minutes of `other` (what their approval froze; the status is not part of
/// it) refer to meeting `id`.
pub fn content_refers_to(other: &Meeting, id: &MeetingId) -> bool {
    let decision = |r: &Option<DecisionRef>| r.as_ref().is_some_and(|d| d.meeting() == id);
    other.approves.iter().any(|a| &a.meeting == id)
        || other.agenda.iter().any(|item| {
            item.decisions.iter().any(|d| decision(&d.amends) || decision(&d.supersedes))
                || item.follow_ups.iter().any(|f| f.action.meeting() == id)
        })
}

/// Rewrites every reference to meeting `old` in `meeting` to `new`.
pub fn retarget(meeting: &mut Meeting, old: &MeetingId, new: &MeetingId) {
    super::refs::in_meeting(meeting, &super::refs::Retarget { from: old, to: new });
}

/// Why `meeting` cannot move to `date` among `others` (the folder's meetings): another
/// meeting of its body on that day, or approved minutes whose content refers to it (never
/// rewritten; an approved meeting's "approved by" is its status, outside the frozen hash,
/// and follows).
pub fn refuse_redate<'a>(
    meeting: &Meeting,
    date: NaiveDate,
    mut others: impl Iterator<Item = &'a Meeting>,
) -> Result<(), EditError> {
    if meeting.is_frozen() {
        return Err(EditError::Frozen);
    }
    let new = Meeting::id_for(date, &meeting.body);
    let mut others_vec = Vec::new();
    for other in others.by_ref() {
        if other.id == new && new != meeting.id {
            return Err(EditError::DateTaken);
        }
        if other.id != meeting.id {
            others_vec.push(other);
        }
    }
    if others_vec.iter().any(|o| o.is_frozen() && content_refers_to(o, &meeting.id)) {
        return Err(EditError::ApprovedRefers);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(name: &str) -> Meeting {
        let path = format!("{}/meetings/{}/{name}.ron", env!("CARGO_MANIFEST_DIR"), &name[..4]);
        ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn the_id_and_the_references_follow_the_date() {
        let mut m = load("2022-10-11-stuurgroep");
        m.status = MinutesStatus::Draft;
        let old = m.id.clone();
        let day = NaiveDate::from_ymd_opt(2022, 10, 18).unwrap();
        let new = redate(&mut m, day).unwrap();
        assert_eq!(new.as_str(), "2022-10-18-stuurgroep");
        assert_eq!((m.date, &m.id), (day, &new));
        let mut later = load("2022-10-11-stuurgroep");
        later.id = "2023-01-10-stuurgroep".into();
        later.agenda.retain(|i| !i.decisions.is_empty());
        later.agenda[0].follow_ups.clear();
        later.agenda[0].decisions[0].amends = Some(DecisionRef::new(&old, 2));
        assert!(refers_to(&later, &old));
        retarget(&mut later, &old, &new);
        assert!(!refers_to(&later, &old));
        assert_eq!(later.agenda[0].decisions[0].amends, Some(DecisionRef::new(&new, 2)));
    }

    #[test]
    fn a_taken_date_or_an_approved_referrer_refuses() {
        let mut m = load("2022-10-11-stuurgroep");
        m.status = MinutesStatus::Draft;
        let june = load("2022-06-14-stuurgroep");
        let taken = june.date;
        assert_eq!(refuse_redate(&m, taken, [&june].into_iter()), Err(EditError::DateTaken));
        let mut approved = june.clone();
        approved.id = "2023-01-10-stuurgroep".into();
        approved.status = MinutesStatus::Approved { by: "2023-02-10-stuurgroep".into() };
        approved.agenda[0].follow_ups.clear();
        approved.agenda[0].decisions.push(crate::domain::meeting::Decision {
            number: 99,
            text: "x".into(),
            outcome: crate::domain::meeting::Outcome::Adopted,
            votes: None,
            objectives: Vec::new(),
            amends: Some(DecisionRef::new(&m.id, 1)),
            supersedes: None,
            public_summary: None,
            majority: None,
            unanimous: false,
            quorum_note: None,
            named_votes: Vec::new(),
            plan_changes: Vec::new(),
        });
        let day = NaiveDate::from_ymd_opt(2022, 10, 18).unwrap();
        assert_eq!(refuse_redate(&m, day, [&approved].into_iter()), Err(EditError::ApprovedRefers));
        // June's minutes were approved by this meeting: only their status names it.
        assert!(refers_to(&june, &m.id) && !content_refers_to(&june, &m.id));
        assert_eq!(refuse_redate(&m, day, [&june].into_iter()), Ok(()));
    }
}
