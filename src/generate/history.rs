//! The history as it is written: meetings of every body in date order, who is there,
//! each approving the previous minutes of its body.

use super::rng::Rng;
use crate::domain::SCHEMA_VERSION;
use crate::domain::ids::{ActionItemRef, BodyId, DecisionRef, MeetingId, MemberId, ObjectiveId};
use crate::domain::meeting::*;
use crate::domain::organisation::{Members, Role};
use crate::domain::plan::Plan;
use crate::store::hash::minutes_hash;
use chrono::{Days, NaiveDate, NaiveTime};
use std::collections::BTreeMap;

/// How often each body meets per year, and how many decisions a meeting takes on average.
const CADENCE: [(&str, u32, u32); 7] = [
    ("stuurgroep", 11, 22),
    ("raad-van-bestuur", 10, 24),
    ("dagelijks-bestuur", 24, 18),
    ("werkgroep-boekenstoet", 14, 20),
    ("werkgroep-erfgoed", 14, 20),
    ("werkgroep-communicatie", 14, 20),
    ("werkgroep-digitaal", 13, 20),
];

/// The state of a generated history while it is being written.
pub(super) struct History<'a> {
    pub(super) rng: Rng,
    pub(super) members: &'a Members,
    pub(super) objectives: Vec<ObjectiveId>,
    pub(super) municipalities: Vec<String>,
    /// Per body: the last meeting (id and its minutes hash), its recent decisions, open actions.
    pub(super) last: BTreeMap<String, (MeetingId, String)>,
    pub(super) recent_decisions: BTreeMap<String, Vec<DecisionRef>>,
    /// The voting members present at the meeting being written: no vote counts more.
    pub(super) voters: usize,
    pub(super) open_actions: BTreeMap<String, Vec<(ActionItemRef, MemberId)>>,
}

impl<'a> History<'a> {
    pub(super) fn new(seed: u64, plan: &Plan, members: &'a Members) -> Self {
        let objectives = plan
            .operational()
            .filter(|(_, od)| od.ended().is_none())
            .map(|(_, od)| od.id.clone())
            .collect();
        Self {
            rng: Rng(seed),
            members,
            objectives,
            municipalities: plan.municipalities.iter().map(|m| m.name.clone()).collect(),
            last: BTreeMap::new(),
            recent_decisions: BTreeMap::new(),
            voters: 0,
            open_actions: BTreeMap::new(),
        }
    }

    /// Every meeting of every body over `years` years from `first_year`, in date order, each approving the
    /// previous one of its body (so the last of each body stays sent).
    pub(super) fn meetings(&mut self, first_year: i32, years: u32) -> Vec<(MeetingId, Meeting)> {
        let mut dates: Vec<(NaiveDate, &str, u32)> = Vec::new();
        for year in first_year..first_year + years as i32 {
            let known = CADENCE
                .iter()
                .filter(|(body, ..)| self.members.body(&BodyId::from(*body)).is_some());
            for &(body, per_year, decisions) in known {
                for k in 0..per_year {
                    let day = 5 + (k * 360 / per_year) + (self.rng.below(5) as u32);
                    if let Some(date) = NaiveDate::from_yo_opt(year, day.min(360)) {
                        dates.push((date, body, decisions));
                    }
                }
            }
        }
        dates.sort();
        dates.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        let mut out: Vec<(MeetingId, Meeting)> = Vec::with_capacity(dates.len());
        let mut index_of: BTreeMap<MeetingId, usize> = BTreeMap::new();
        for (date, body, decisions) in dates {
            let meeting = self.meeting(date, body, decisions);
            if let Some(approval) = meeting.approves.first()
                && let Some(&i) = index_of.get(&approval.meeting)
            {
                out[i].1.status = MinutesStatus::Approved { by: meeting.id.clone() };
            }
            let hash = minutes_hash(&meeting).unwrap_or_default();
            self.last.insert(body.to_owned(), (meeting.id.clone(), hash));
            index_of.insert(meeting.id.clone(), out.len());
            out.push((meeting.id.clone(), meeting));
        }
        out
    }

    fn meeting(&mut self, date: NaiveDate, body: &str, decisions: u32) -> Meeting {
        let body_id = BodyId::from(body);
        let id = Meeting::id_for(date, &body_id);
        let seated: Vec<(MemberId, Role)> =
            self.members.seated(&body_id, date).map(|(m, r)| (m.id.clone(), r)).collect();
        let chair = seated.iter().find(|(_, r)| *r == Role::Chair).map(|(m, _)| m.clone());
        let secretary = seated.iter().find(|(_, r)| *r == Role::Secretary).map(|(m, _)| m.clone());
        let mut attendance: Vec<Attendance> = seated
            .iter()
            .map(|(member, _)| Attendance { member: member.clone(), presence: self.presence() })
            .collect();
        self.reach_quorum(&body_id, &seated, &mut attendance);
        self.voters = seated
            .iter()
            .zip(&attendance)
            .filter(|((_, role), a)| role.votes() && a.presence == Presence::Present)
            .count();
        let approves = self
            .last
            .get(body)
            .map(|(meeting, hash)| Approval { meeting: meeting.clone(), hash: hash.clone() })
            .into_iter()
            .collect();
        let owners: Vec<MemberId> = seated.iter().map(|(m, _)| m.clone()).collect();
        let agenda = self.agenda(&id, body, date, decisions, &owners);
        Meeting {
            version: SCHEMA_VERSION,
            id,
            body: body_id,
            date,
            planned_as: None,
            start: NaiveTime::from_hms_opt(19, 30, 0),
            end: NaiveTime::from_hms_opt(21, 45, 0),
            location: Some(format!(
                "{}, {}",
                self.rng.pick(&self.municipalities),
                self.rng.pick(&LOCATIONS)
            )),
            chair,
            secretary,
            status: MinutesStatus::Sent { on: date + Days::new(7) },
            attendance,
            guests: Vec::new(),
            approves,
            agenda,
            edited_from: None,
            cancelled: false,
        }
    }

    /// A generated meeting takes decisions, so its body has its quorum: voting members
    /// drawn as absent come after all, in seat order, until it is reached.
    fn reach_quorum(
        &self,
        body: &BodyId,
        seated: &[(MemberId, Role)],
        attendance: &mut [Attendance],
    ) {
        let quorum = self.members.body(body).map(|b| b.quorum).unwrap_or_default();
        let voting = seated.iter().filter(|(_, r)| r.votes()).count();
        let Some(needed) = crate::domain::governance::Standing::needed_for(quorum, voting) else {
            return;
        };
        let is_voter_present = |((_, r), a): (&(MemberId, Role), &Attendance)| {
            r.votes() && a.presence == Presence::Present
        };
        let mut present =
            seated.iter().zip(attendance.iter()).filter(|p| is_voter_present(*p)).count();
        for ((_, role), a) in seated.iter().zip(attendance.iter_mut()) {
            if present >= needed {
                break;
            }
            if role.votes() && a.presence != Presence::Present {
                a.presence = Presence::Present;
                present += 1;
            }
        }
    }

    fn presence(&mut self) -> Presence {
        match self.rng.below(20) {
            0..=1 => Presence::Excused,
            2 => Presence::Absent,
            _ => Presence::Present,
        }
    }
}

const LOCATIONS: [&str; 5] =
    ["gemeentehuis", "cultuurcentrum", "bibliotheek", "gemeenschapscentrum", "raadzaal"];
