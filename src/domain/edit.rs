//! The secretary's edits to a meeting, as plain functions on the domain: a new meeting from
//! the body's template, the agenda, attendance, decisions, action items, follow-ups, sending
//! and approving the minutes. No I/O; every edit refuses approved (frozen) minutes.

use super::SCHEMA_VERSION;
use super::ids::{ActionItemRef, BodyId, MemberId, ObjectiveId};
use super::meeting::{
    ActionItem, AgendaItem, Approval, Attendance, Decision, FollowUp, FollowUpStatus, Guest,
    Meeting, MinutesStatus, Outcome, Owner, Presence, Votes,
};
use super::organisation::{Members, Role, TemplateItem};
use chrono::{NaiveDate, NaiveTime};

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The minutes are approved: history is not rewritten.
    Frozen,
    /// No agenda item at that place.
    NoSuchItem,
    /// The item still holds minutes, decisions, action items or follow-ups.
    ItemNotEmpty,
    /// These decisions serve no objective yet.
    Unlinked(Vec<u32>),
    /// The minutes to approve are of another body.
    NotSameBody,
    /// The minutes to approve are not of an earlier meeting.
    NotEarlier,
    /// Those minutes are approved already.
    AlreadyApproved,
    /// The meeting would end before it began.
    EndBeforeStart,
    /// More votes than members present: the votes cast and the members present.
    TooManyVotes(u32, usize),
    /// The votes contradict the outcome: adopted with more against than for, or rejected
    /// with more for than against.
    VotesAgainstOutcome(Outcome, Votes),
    /// The meeting took decisions: it was held (not cancelled, not removed).
    HoldsDecisions,
    /// The minutes were sent: no longer a draft to remove.
    NotADraft,
    /// Other minutes may refer to it (its action items, the minutes it approved).
    Referenced,
    /// Another meeting of the body is on that day already.
    DateTaken,
    /// Approved minutes refer to this meeting: they are never rewritten.
    ApprovedRefers,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Frozen => write!(f, "the minutes are approved and cannot change"),
            EditError::NoSuchItem => write!(f, "no such agenda item"),
            EditError::ItemNotEmpty => write!(f, "the item holds decisions or actions"),
            EditError::Unlinked(n) => write!(f, "decisions without an objective: {n:?}"),
            EditError::NotSameBody => write!(f, "those minutes are of another body"),
            EditError::NotEarlier => write!(f, "those minutes are not of an earlier meeting"),
            EditError::AlreadyApproved => write!(f, "those minutes are approved already"),
            EditError::EndBeforeStart => write!(f, "the meeting would end before it began"),
            EditError::TooManyVotes(cast, present) => {
                write!(f, "{cast} votes with {present} members present")
            }
            EditError::VotesAgainstOutcome(o, v) => {
                write!(f, "{o:?} with {} for and {} against", v.yes, v.no)
            }
            EditError::HoldsDecisions => write!(f, "the meeting took decisions"),
            EditError::NotADraft => write!(f, "the minutes were sent"),
            EditError::Referenced => write!(f, "other minutes may refer to this meeting"),
            EditError::DateTaken => write!(f, "the body meets on that day already"),
            EditError::ApprovedRefers => write!(f, "approved minutes refer to this meeting"),
        }
    }
}

/// An open action item of the body, listed under the follow-up item of a new agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAction {
    /// The action item.
    pub reference: ActionItemRef,
    /// Its owner's name.
    pub owner: String,
    /// What is to be done.
    pub text: String,
    /// By when.
    pub due: Option<NaiveDate>,
}

/// What the secretary says about a new meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    /// The body that meets.
    pub body: BodyId,
    /// The day.
    pub date: NaiveDate,
    /// Start time.
    pub start: Option<NaiveTime>,
    /// Where.
    pub location: Option<String>,
}

/// A new meeting: chair and secretary from the body's seats on that day, every seated member
/// marked present (the secretary then marks the few who are not), and the body's own standard
/// agenda (else `standard`). The open action items are not written into the follow-up item's
/// minutes (the documents would show each twice): the editor lists them there as follow-ups
/// to fill in; `_open` is no longer used.
pub fn new_meeting(
    new: &NewMeeting,
    members: &Members,
    _open: &[OpenAction],
    standard: &[TemplateItem],
) -> Meeting {
    let seated: Vec<_> = members.seated(&new.body, new.date).collect();
    let with_role = |role: Role| seated.iter().find(|(_, r)| *r == role).map(|(m, _)| m.id.clone());
    let template = members.agenda_of(&new.body).unwrap_or(standard);
    let agenda = template
        .iter()
        .enumerate()
        .map(|(i, item)| AgendaItem::new(i as u32 + 1, item.title().to_owned()))
        .collect();
    Meeting {
        version: SCHEMA_VERSION,
        id: Meeting::id_for(new.date, &new.body),
        body: new.body.clone(),
        date: new.date,
        planned_as: None,
        start: new.start,
        end: None,
        location: new.location.clone(),
        chair: with_role(Role::Chair),
        secretary: with_role(Role::Secretary),
        status: MinutesStatus::Draft,
        attendance: seated
            .iter()
            .map(|(m, _)| Attendance { member: m.id.clone(), presence: Presence::Present })
            .collect(),
        guests: Vec::new(),
        approves: Vec::new(),
        agenda,
        edited_from: None,
        cancelled: false,
    }
}

fn editable(meeting: &Meeting) -> Result<(), EditError> {
    if meeting.is_frozen() { Err(EditError::Frozen) } else { Ok(()) }
}

fn item_mut(meeting: &mut Meeting, item: usize) -> Result<&mut AgendaItem, EditError> {
    editable(meeting)?;
    meeting.agenda.get_mut(item).ok_or(EditError::NoSuchItem)
}

/// Agenda numbers are places on the agenda; decision and action numbers are ids and never
/// change.
fn renumber(meeting: &mut Meeting) {
    for (i, item) in meeting.agenda.iter_mut().enumerate() {
        item.number = i as u32 + 1;
    }
}

/// A new, empty agenda item at place `at` (clamped to the end).
pub fn add_item(meeting: &mut Meeting, at: usize, title: String) -> Result<usize, EditError> {
    editable(meeting)?;
    let at = at.min(meeting.agenda.len());
    meeting.agenda.insert(at, AgendaItem::new(0, title));
    renumber(meeting);
    Ok(at)
}

/// Renames an agenda item.
pub fn rename_item(meeting: &mut Meeting, item: usize, title: String) -> Result<(), EditError> {
    item_mut(meeting, item)?.title = title;
    Ok(())
}

/// Removes an agenda item that holds no decisions, action items or follow-ups (those are
/// referred to by id; removing them is a deliberate edit of their own).
pub fn remove_item(meeting: &mut Meeting, item: usize) -> Result<(), EditError> {
    if !item_mut(meeting, item)?.is_empty() {
        return Err(EditError::ItemNotEmpty);
    }
    meeting.agenda.remove(item);
    renumber(meeting);
    Ok(())
}

/// Moves an agenda item one place up (`up`) or down; returns its new place.
pub fn move_item(meeting: &mut Meeting, item: usize, up: bool) -> Result<usize, EditError> {
    item_mut(meeting, item)?;
    let to = if up { item.checked_sub(1) } else { Some(item + 1) };
    let Some(to) = to.filter(|t| *t < meeting.agenda.len()) else { return Ok(item) };
    meeting.agenda.swap(item, to);
    renumber(meeting);
    Ok(to)
}

/// Sets a member's presence, adding them when they were not listed.
pub fn set_presence(
    meeting: &mut Meeting,
    member: &MemberId,
    presence: Presence,
) -> Result<(), EditError> {
    editable(meeting)?;
    match meeting.attendance.iter_mut().find(|a| &a.member == member) {
        Some(a) => a.presence = presence,
        None => meeting.attendance.push(Attendance { member: member.clone(), presence }),
    }
    Ok(())
}

/// Present → excused → absent → present.
pub fn next_presence(p: Presence) -> Presence {
    match p {
        Presence::Present => Presence::Excused,
        Presence::Excused => Presence::Absent,
        Presence::Absent => Presence::Present,
    }
}

/// A guest by name.
pub fn add_guest(meeting: &mut Meeting, name: String) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.guests.push(Guest { name, organisation: None });
    Ok(())
}

/// Removes the guest at `index` (in the order they were added).
pub fn remove_guest(meeting: &mut Meeting, index: usize) -> Result<(), EditError> {
    editable(meeting)?;
    if index >= meeting.guests.len() {
        return Err(EditError::NoSuchItem);
    }
    meeting.guests.remove(index);
    Ok(())
}

/// When the meeting began and ended; an end before the start is refused.
pub fn set_times(
    meeting: &mut Meeting,
    start: Option<NaiveTime>,
    end: Option<NaiveTime>,
) -> Result<(), EditError> {
    editable(meeting)?;
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        return Err(EditError::EndBeforeStart);
    }
    meeting.start = start;
    meeting.end = end;
    Ok(())
}

/// Where the meeting is held; empty takes it away.
pub fn set_location(meeting: &mut Meeting, location: String) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.location = Some(location).filter(|l| !l.trim().is_empty());
    Ok(())
}

/// How many are present, excused and absent.
pub fn attendance_counts(meeting: &Meeting) -> (usize, usize, usize) {
    let count = |p| meeting.attendance.iter().filter(|a| a.presence == p).count();
    (count(Presence::Present), count(Presence::Excused), count(Presence::Absent))
}

/// The next decision number of the meeting. The highest plus one: a number taken by a
/// decision that was then removed in the same session may come back, but never one that
/// another decision of the meeting still has.
fn next_decision_number(meeting: &Meeting) -> u32 {
    meeting.decisions().map(|(_, d)| d.number).max().unwrap_or(0) + 1
}

/// A decision under an item, adopted and not yet linked; returns its number.
pub fn add_decision(meeting: &mut Meeting, item: usize, text: String) -> Result<u32, EditError> {
    let number = next_decision_number(meeting);
    item_mut(meeting, item)?.decisions.push(Decision {
        number,
        text,
        outcome: Outcome::Adopted,
        votes: None,
        objectives: Vec::new(),
        amends: None,
        supersedes: None,
    });
    Ok(number)
}

/// The decision with this number, to change it.
pub fn decision_mut(meeting: &mut Meeting, number: u32) -> Result<&mut Decision, EditError> {
    editable(meeting)?;
    meeting
        .agenda
        .iter_mut()
        .flat_map(|i| i.decisions.iter_mut())
        .find(|d| d.number == number)
        .ok_or(EditError::NoSuchItem)
}

/// Adds an objective to a decision, or takes it away when it was there.
pub fn toggle_objective(
    meeting: &mut Meeting,
    number: u32,
    objective: ObjectiveId,
) -> Result<(), EditError> {
    let d = decision_mut(meeting, number)?;
    match d.objectives.iter().position(|o| *o == objective) {
        Some(i) => {
            d.objectives.remove(i);
        }
        None => d.objectives.push(objective),
    }
    Ok(())
}

/// Adopted → rejected → postponed → adopted.
pub fn next_outcome(o: Outcome) -> Outcome {
    match o {
        Outcome::Adopted => Outcome::Rejected,
        Outcome::Rejected => Outcome::Postponed,
        Outcome::Postponed => Outcome::Adopted,
    }
}

/// The next action item number of the meeting (see [`next_decision_number`]).
fn next_action_number(meeting: &Meeting) -> u32 {
    meeting.action_items().map(|(_, a)| a.number).max().unwrap_or(0) + 1
}

/// An action item under an item; returns its number.
pub fn add_action(
    meeting: &mut Meeting,
    item: usize,
    text: String,
    owner: Owner,
    due: Option<NaiveDate>,
) -> Result<u32, EditError> {
    let number = next_action_number(meeting);
    let action = ActionItem { number, text, owner, due, objective: None };
    item_mut(meeting, item)?.actions.push(action);
    Ok(number)
}

/// The action item with this number, to change it.
pub fn action_mut(meeting: &mut Meeting, number: u32) -> Result<&mut ActionItem, EditError> {
    editable(meeting)?;
    meeting
        .agenda
        .iter_mut()
        .flat_map(|i| i.actions.iter_mut())
        .find(|a| a.number == number)
        .ok_or(EditError::NoSuchItem)
}

/// Records where an earlier action item stands, under an item; a second follow-up of the same
/// action in this meeting replaces the first (the secretary changed their mind).
pub fn set_follow_up(
    meeting: &mut Meeting,
    item: usize,
    action: ActionItemRef,
    status: FollowUpStatus,
    note: String,
) -> Result<(), EditError> {
    editable(meeting)?;
    if item >= meeting.agenda.len() {
        return Err(EditError::NoSuchItem);
    }
    for it in &mut meeting.agenda {
        it.follow_ups.retain(|f| f.action != action);
    }
    meeting.agenda[item].follow_ups.push(FollowUp { action, status, note });
    Ok(())
}

/// Removes a decision (its number is not reused while another decision has a higher one).
pub fn remove_decision(meeting: &mut Meeting, number: u32) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.decisions.retain(|d| d.number != number));
    Ok(())
}

/// Removes an action item.
pub fn remove_action(meeting: &mut Meeting, number: u32) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.actions.retain(|a| a.number != number));
    Ok(())
}

/// Removes the follow-up of an action item.
pub fn remove_follow_up(meeting: &mut Meeting, action: &ActionItemRef) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.agenda.iter_mut().for_each(|i| i.follow_ups.retain(|f| &f.action != action));
    Ok(())
}

/// Done → ongoing → dropped → done.
pub fn next_follow_up_status(s: FollowUpStatus) -> FollowUpStatus {
    match s {
        FollowUpStatus::Done => FollowUpStatus::Ongoing,
        FollowUpStatus::Ongoing => FollowUpStatus::Dropped,
        FollowUpStatus::Dropped => FollowUpStatus::Done,
    }
}

/// The numbers of the decisions that serve no objective yet.
pub fn unlinked_decisions(meeting: &Meeting) -> Vec<u32> {
    meeting.decisions().filter(|(_, d)| d.objectives.is_empty()).map(|(_, d)| d.number).collect()
}

/// Marks the minutes sent on `on`; refused while a decision serves no objective.
pub fn mark_sent(meeting: &mut Meeting, on: NaiveDate) -> Result<(), EditError> {
    editable(meeting)?;
    let unlinked = unlinked_decisions(meeting);
    if !unlinked.is_empty() {
        return Err(EditError::Unlinked(unlinked));
    }
    meeting.status = MinutesStatus::Sent { on };
    Ok(())
}

/// Takes back "sent": the minutes are a draft again (refused once approved).
pub fn unsend(meeting: &mut Meeting) -> Result<(), EditError> {
    editable(meeting)?;
    meeting.status = MinutesStatus::Draft;
    Ok(())
}

/// The latest meeting of `body` before `date`: the one whose minutes are up for approval.
pub fn previous_meeting<'a>(
    meetings: impl Iterator<Item = &'a Meeting>,
    body: &BodyId,
    before: NaiveDate,
) -> Option<&'a Meeting> {
    meetings.filter(|m| &m.body == body && m.date < before).max_by_key(|m| m.date)
}

/// `approving` approves the minutes of `previous`: they become approved by it, and it records
/// `hash`, their content hash, which the caller computed before this call (the hash leaves
/// the status out, so approving does not change it).
pub fn approve_previous(
    approving: &mut Meeting,
    previous: &mut Meeting,
    hash: String,
) -> Result<(), EditError> {
    editable(approving)?;
    if previous.body != approving.body {
        return Err(EditError::NotSameBody);
    }
    if previous.date >= approving.date {
        return Err(EditError::NotEarlier);
    }
    if previous.is_frozen() {
        return Err(EditError::AlreadyApproved);
    }
    let unlinked = unlinked_decisions(previous);
    if !unlinked.is_empty() {
        return Err(EditError::Unlinked(unlinked));
    }
    previous.status = MinutesStatus::Approved { by: approving.id.clone() };
    approving.approves.retain(|a| a.meeting != previous.id);
    approving.approves.push(Approval { meeting: previous.id.clone(), hash });
    Ok(())
}

/// "[19:42] ", the stamp a secretary puts before what is said at that time.
pub fn stamp(time: NaiveTime) -> String {
    format!("[{}] ", time.format("%H:%M"))
}

/// Sets the votes of decision `number` (None takes them away): refused when more are cast
/// than members are present, or when they contradict its outcome.
pub fn set_votes(
    meeting: &mut Meeting,
    number: u32,
    votes: Option<Votes>,
) -> Result<(), EditError> {
    let present = meeting.attendance.iter().filter(|a| a.presence == Presence::Present).count();
    let d = decision_mut(meeting, number)?;
    if let Some(v) = votes {
        let cast = v.yes + v.no + v.abstain;
        if cast as usize > present {
            return Err(EditError::TooManyVotes(cast, present));
        }
        votes_fit(d.outcome, v)?;
    }
    d.votes = votes;
    Ok(())
}

/// Whether `votes` can go with `outcome` (postponed goes with any).
pub fn votes_fit(outcome: Outcome, votes: Votes) -> Result<(), EditError> {
    let against = match outcome {
        Outcome::Adopted => votes.no > votes.yes,
        Outcome::Rejected => votes.yes > votes.no,
        Outcome::Postponed => false,
    };
    if against { Err(EditError::VotesAgainstOutcome(outcome, votes)) } else { Ok(()) }
}

/// The next outcome of decision `number` that its votes allow (adopted, rejected, postponed
/// in turn; with 12 for and 0 against, rejected is passed over).
pub fn cycle_outcome(meeting: &mut Meeting, number: u32) -> Result<Outcome, EditError> {
    let d = decision_mut(meeting, number)?;
    let mut next = next_outcome(d.outcome);
    while let Some(v) = d.votes
        && votes_fit(next, v).is_err()
    {
        next = next_outcome(next);
    }
    d.outcome = next;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::organisation::{Body, BodyKind, Member, Seat};

    fn members() -> Members {
        let seat = |role| Seat { body: "stuurgroep".into(), role, from: None, until: None };
        let member = |id: &str, role| Member {
            id: id.into(),
            name: id.to_uppercase(),
            municipality: None,
            organisation: None,
            roles: vec![seat(role)],
        };
        Members {
            version: 1,
            bodies: vec![Body {
                id: "stuurgroep".into(),
                name: "Stuurgroep".into(),
                kind: BodyKind::SteeringGroup,
                description: None,
                agenda: Vec::new(),
                quorum: Default::default(),
                majority: Default::default(),
            }],
            members: vec![
                member("an", Role::Chair),
                member("lotte", Role::Secretary),
                member("tom", Role::Member),
            ],
        }
    }

    fn template() -> Vec<TemplateItem> {
        let item = |t: &str| TemplateItem::Item(t.into());
        vec![
            item("Opening"),
            item("Goedkeuring"),
            TemplateItem::FollowUp("Opvolging".into()),
            item("Varia"),
            item("Slot"),
        ]
    }

    fn meeting(day: u32) -> Meeting {
        meeting_of(day, &members())
    }

    /// A meeting of the stuurgroep on `day` November 2026 with one open action to follow up.
    fn meeting_of(day: u32, members: &Members) -> Meeting {
        let new = NewMeeting {
            body: "stuurgroep".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            start: None,
            location: None,
        };
        let open = [OpenAction {
            reference: "2026-10-01-stuurgroep/A1".parse().unwrap(),
            owner: "Tom".into(),
            text: "Offerte vragen".into(),
            due: None,
        }];
        new_meeting(&new, members, &open, &template())
    }

    #[test]
    fn a_new_meeting_has_its_chair_secretary_members_and_template() {
        let m = meeting(23);
        assert_eq!(m.id.as_str(), "2026-11-23-stuurgroep");
        assert_eq!(m.chair, Some("an".into()));
        assert_eq!(m.secretary, Some("lotte".into()));
        assert_eq!(attendance_counts(&m), (3, 0, 0));
        let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Opening", "Goedkeuring", "Opvolging", "Varia", "Slot"]);
        assert!(m.agenda.iter().all(|i| i.minutes.is_empty()), "no open actions as text");
        let text = crate::store::to_ron(&m).unwrap();
        let back: Meeting =
            crate::store::format::parse(std::path::Path::new("m"), text.as_bytes()).unwrap();
        assert_eq!(back, m);
    }

    #[test]
    fn a_body_with_its_own_agenda_gets_it_with_the_open_actions_under_its_follow_up() {
        let mut members = members();
        members.bodies[0].agenda = vec![
            TemplateItem::Item("Welkom".into()),
            TemplateItem::Item("Financiën".into()),
            TemplateItem::FollowUp("Stand van de acties".into()),
            TemplateItem::Item("Rondvraag".into()),
        ];
        let m = meeting_of(23, &members);
        let titles: Vec<&str> = m.agenda.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Welkom", "Financiën", "Stand van de acties", "Rondvraag"]);
        assert_eq!(m.agenda[2].minutes, "");
        assert!(m.agenda.iter().enumerate().all(|(i, it)| it.number == i as u32 + 1));
    }

    #[test]
    fn agenda_numbers_follow_places_and_decision_numbers_stay() {
        let mut m = meeting(23);
        let d1 = add_decision(&mut m, 1, "Een".into()).unwrap();
        let d2 = add_decision(&mut m, 3, "Twee".into()).unwrap();
        assert_eq!((d1, d2), (1, 2));
        add_item(&mut m, 1, "Nieuw".into()).unwrap();
        assert_eq!(m.agenda[1].title, "Nieuw");
        assert!(m.agenda.iter().enumerate().all(|(i, it)| it.number == i as u32 + 1));
        assert_eq!(move_item(&mut m, 1, false), Ok(2));
        assert_eq!(m.agenda[2].title, "Nieuw");
        assert_eq!(remove_item(&mut m, 1), Err(EditError::ItemNotEmpty));
        remove_item(&mut m, 2).unwrap();
        assert_eq!(m.decisions().map(|(_, d)| d.number).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(add_action(&mut m, 0, "x".into(), "tom".into(), None), Ok(1));
    }

    #[test]
    fn sending_needs_every_decision_linked() {
        let mut m = meeting(23);
        add_decision(&mut m, 0, "Een".into()).unwrap();
        add_decision(&mut m, 0, "Twee".into()).unwrap();
        toggle_objective(&mut m, 2, "od-x".into()).unwrap();
        let on = m.date;
        assert_eq!(mark_sent(&mut m, on), Err(EditError::Unlinked(vec![1])));
        toggle_objective(&mut m, 1, "od-x".into()).unwrap();
        assert_eq!(mark_sent(&mut m, on), Ok(()));
    }

    #[test]
    fn times_place_and_guests_change_until_frozen() {
        let mut m = meeting(23);
        let t = |h, mi| NaiveTime::from_hms_opt(h, mi, 0);
        assert_eq!(set_times(&mut m, t(21, 0), t(19, 30)), Err(EditError::EndBeforeStart));
        assert_eq!((m.start, m.end), (None, None));
        set_times(&mut m, t(19, 30), t(21, 50)).unwrap();
        assert_eq!((m.start, m.end), (t(19, 30), t(21, 50)));
        set_location(&mut m, "Halle".into()).unwrap();
        assert_eq!(m.location.as_deref(), Some("Halle"));
        set_location(&mut m, " ".into()).unwrap();
        assert_eq!(m.location, None);
        add_guest(&mut m, "Eva".into()).unwrap();
        add_guest(&mut m, "Jan".into()).unwrap();
        remove_guest(&mut m, 0).unwrap();
        assert_eq!(m.guests.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["Jan"]);
        assert_eq!(remove_guest(&mut m, 5), Err(EditError::NoSuchItem));
        m.status = MinutesStatus::Approved { by: "2026-12-01-stuurgroep".into() };
        assert_eq!(set_times(&mut m, None, None), Err(EditError::Frozen));
        assert_eq!(set_location(&mut m, "x".into()), Err(EditError::Frozen));
        assert_eq!(remove_guest(&mut m, 0), Err(EditError::Frozen));
    }

    #[test]
    fn approval_freezes_the_previous_minutes_and_records_their_hash() {
        let mut previous = meeting(1);
        let mut now = meeting(23);
        approve_previous(&mut now, &mut previous, "blake3:ab".into()).unwrap();
        assert_eq!(previous.status, MinutesStatus::Approved { by: now.id.clone() });
        assert_eq!(now.approves[0].hash, "blake3:ab");
        assert_eq!(add_item(&mut previous, 0, "x".into()), Err(EditError::Frozen));
        assert_eq!(
            approve_previous(&mut now, &mut previous, "h".into()),
            Err(EditError::AlreadyApproved)
        );
        let mut later = meeting(2);
        assert_eq!(approve_previous(&mut later, &mut now, "h".into()), Err(EditError::NotEarlier));
    }

    #[test]
    fn a_second_follow_up_of_an_action_replaces_the_first() {
        let mut m = meeting(23);
        let a: ActionItemRef = "2026-10-01-stuurgroep/A1".parse().unwrap();
        set_follow_up(&mut m, 2, a.clone(), FollowUpStatus::Ongoing, "bezig".into()).unwrap();
        set_follow_up(&mut m, 2, a, FollowUpStatus::Done, "klaar".into()).unwrap();
        let all: Vec<_> = m.follow_ups().map(|(_, f)| f.note.as_str()).collect();
        assert_eq!(all, ["klaar"]);
    }
}
