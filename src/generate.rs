//! A generator of large, realistic histories on the example's plan: years of meetings of
//! several bodies, for benchmarks and trials. Deterministic for a given seed.

use crate::domain::SCHEMA_VERSION;
use crate::domain::ids::{ActionItemRef, BodyId, DecisionRef, MeetingId, MemberId, ObjectiveId};
use crate::domain::meeting::*;
use crate::domain::organisation::{Body, BodyKind, Members, Role, Seat};
use crate::domain::plan::Plan;
use crate::store::document::{MEMBERS_PATH, PLAN_PATH, meeting_path};
use crate::store::hash::minutes_hash;
use crate::store::to_ron;
use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use std::collections::BTreeMap;
use std::io;
use std::path::Path;

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

/// SplitMix64: small, fast, and the same numbers on every machine.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// The state of a generated history while it is being written.
struct History<'a> {
    rng: Rng,
    members: &'a Members,
    objectives: Vec<ObjectiveId>,
    municipalities: Vec<String>,
    /// Per body: the last meeting (id and its minutes hash), its recent decisions, open actions.
    last: BTreeMap<String, (MeetingId, String)>,
    recent_decisions: BTreeMap<String, Vec<DecisionRef>>,
    /// The voting members present at the meeting being written: no vote counts more.
    voters: usize,
    open_actions: BTreeMap<String, Vec<(ActionItemRef, MemberId)>>,
}

impl<'a> History<'a> {
    fn new(seed: u64, plan: &Plan, members: &'a Members) -> Self {
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
    fn meetings(&mut self, first_year: i32, years: u32) -> Vec<(MeetingId, Meeting)> {
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
        let attendance: Vec<Attendance> = seated
            .iter()
            .map(|(member, _)| Attendance { member: member.clone(), presence: self.presence() })
            .collect();
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

    fn presence(&mut self) -> Presence {
        match self.rng.below(20) {
            0..=1 => Presence::Excused,
            2 => Presence::Absent,
            _ => Presence::Present,
        }
    }

    fn agenda(
        &mut self,
        id: &MeetingId,
        body: &str,
        date: NaiveDate,
        decisions: u32,
        owners: &[MemberId],
    ) -> Vec<AgendaItem> {
        let mut items = vec![self.item(1, "Opening en aanwezigheden", 1)];
        let mut approval = self.item(2, "Goedkeuring verslag vorige vergadering", 1);
        approval.minutes =
            "Het verslag van de vorige vergadering wordt zonder opmerkingen goedgekeurd.".into();
        items.push(approval);
        let mut follow = self.item(3, "Opvolging actiepunten", 2);
        follow.follow_ups = self.follow_ups(body);
        items.push(follow);
        let topics = 4 + self.rng.below(3);
        let (mut decision_no, mut action_no) = (1, 1);
        for t in 0..topics {
            let number = 4 + t as u32;
            let title = *self.rng.pick(&TOPICS);
            let mut item = self.item(number, title, 6);
            let share = decisions as usize / topics + usize::from(t < decisions as usize % topics);
            for _ in 0..share {
                item.decisions.push(self.decision(id, body, decision_no));
                decision_no += 1;
            }
            if self.rng.chance(70) && !owners.is_empty() {
                item.actions.push(self.action(id, body, date, action_no, owners));
                action_no += 1;
            }
            items.push(item);
        }
        let n = items.len() as u32;
        items.push(self.item(n + 1, "Varia", 2));
        items.push(self.item(n + 2, "Slot", 1));
        items
    }

    fn item(&mut self, number: u32, title: &str, sentences: usize) -> AgendaItem {
        AgendaItem {
            number,
            title: title.to_owned(),
            minutes: self.paragraphs(sentences),
            decisions: Vec::new(),
            actions: Vec::new(),
            follow_ups: Vec::new(),
        }
    }

    /// Sentences in paragraphs of three, names of municipalities and amounts filled in.
    fn paragraphs(&mut self, sentences: usize) -> String {
        let mut text = String::new();
        for i in 0..sentences {
            if i > 0 {
                text.push_str(if i % 3 == 0 { "\n\n" } else { " " });
            }
            let sentence = *self.rng.pick(&SENTENCES);
            let place = self.rng.pick(&self.municipalities).clone();
            let amount = format!("{} euro", 500 * (1 + self.rng.below(40)));
            text.push_str(&sentence.replace("{gemeente}", &place).replace("{bedrag}", &amount));
        }
        text
    }

    fn decision(&mut self, id: &MeetingId, body: &str, number: u32) -> Decision {
        let outcome = match self.rng.below(20) {
            0 => Outcome::Rejected,
            1 => Outcome::Postponed,
            _ => Outcome::Adopted,
        };
        let recent = self.recent_decisions.entry(body.to_owned()).or_default();
        let link = (!recent.is_empty() && self.rng.chance(8))
            .then(|| recent[self.rng.below(recent.len())].clone());
        let (amends, supersedes) = match link {
            Some(l) if self.rng.chance(50) => (Some(l), None),
            Some(l) => (None, Some(l)),
            None => (None, None),
        };
        let this = DecisionRef::new(id, number);
        let recent = self.recent_decisions.entry(body.to_owned()).or_default();
        recent.push(this);
        if recent.len() > 200 {
            recent.remove(0);
        }
        let votes = if body == "raad-van-bestuur" && self.rng.chance(30) {
            self.votes(outcome)
        } else {
            None
        };
        Decision {
            number,
            text: {
                let sentences = 1 + self.rng.below(2);
                self.paragraphs(sentences)
            },
            outcome,
            votes,
            objectives: vec![self.rng.pick(&self.objectives).clone()],
            amends,
            supersedes,
        }
    }

    /// A vote count that adds up to no more than the voting members present and carries
    /// `outcome` by a simple majority (a postponed proposal was voted either way); `None` when
    /// too few are present to count.
    fn votes(&mut self, outcome: Outcome) -> Option<Votes> {
        let cast = self.voters.saturating_sub(self.rng.below(2));
        let abstain = self.rng.below(3).min(cast / 4);
        let rest = cast - abstain;
        if rest < 2 {
            return None;
        }
        // The larger side: more than half of the votes for or against.
        let larger = rest / 2 + 1 + self.rng.below(rest - rest / 2);
        let larger = larger.min(rest);
        let (yes, no) = match outcome {
            Outcome::Rejected => (rest - larger, larger),
            _ => (larger, rest - larger),
        };
        Some(Votes { yes: yes as u32, no: no as u32, abstain: abstain as u32 })
    }

    fn action(
        &mut self,
        id: &MeetingId,
        body: &str,
        date: NaiveDate,
        number: u32,
        owners: &[MemberId],
    ) -> ActionItem {
        let owner = self.rng.pick(owners).clone();
        self.open_actions
            .entry(body.to_owned())
            .or_default()
            .push((ActionItemRef::new(id, number), owner.clone()));
        ActionItem {
            number,
            text: self.paragraphs(1),
            owner: owner.into(),
            due: date.checked_add_days(Days::new(14 + 7 * self.rng.below(10) as u64)),
            objective: self.rng.chance(60).then(|| self.rng.pick(&self.objectives).clone()),
        }
    }

    fn follow_ups(&mut self, body: &str) -> Vec<FollowUp> {
        let open = std::mem::take(self.open_actions.entry(body.to_owned()).or_default());
        let mut still_open = Vec::new();
        let mut follow_ups = Vec::new();
        for (action, owner) in open {
            let status = match self.rng.below(10) {
                0..=5 => FollowUpStatus::Done,
                6 => FollowUpStatus::Dropped,
                _ => FollowUpStatus::Ongoing,
            };
            if status == FollowUpStatus::Ongoing {
                still_open.push((action.clone(), owner));
            }
            follow_ups.push(FollowUp { action, status, note: self.paragraphs(1) });
        }
        still_open.truncate(20);
        self.open_actions.insert(body.to_owned(), still_open);
        follow_ups
    }
}

const LOCATIONS: [&str; 5] =
    ["gemeentehuis", "cultuurcentrum", "bibliotheek", "gemeenschapscentrum", "raadzaal"];

const TOPICS: [&str; 12] = [
    "Boekenstoet: stand van zaken",
    "UiTPAS in de regio",
    "Taalpunt en leesbevordering",
    "Digitale week",
    "Makerspaces in de bibliotheken",
    "Afstemming programmatie cc's en gc's",
    "Samenaankoop en backoffice Regiobib",
    "Subsidiedossier bovenlokale cultuurwerking",
    "Communicatie en perscontacten",
    "Samenwerking met vzw 'de Rand'",
    "Erfgoedcel en IOED",
    "Begroting en jaarrekening",
];

const SENTENCES: [&str; 16] = [
    "De regisseur licht de stand van zaken toe aan de hand van de nota die vooraf werd bezorgd.",
    "{gemeente} vraagt om het aanbod beter te spreiden over de kleinere deelgemeenten.",
    "Er wordt een budget van {bedrag} voorzien binnen de werkingsmiddelen van dit jaar.",
    "De leden zijn het eens dat de communicatie gezamenlijk moet gebeuren, met lokale aanvulling.",
    "De cultuurbeleidscoördinator van {gemeente} meldt dat de zaal in het najaar niet beschikbaar is.",
    "Na bespreking wordt beslist het voorstel voor te leggen aan de raad van bestuur.",
    "De evaluatie van de vorige editie was positief: meer dan tweehonderd deelnemers, ook nieuwe gezichten.",
    "Vanuit {gemeente} komt de vraag om de drempels voor kansengroepen verder te verlagen, onder meer via de UiTPAS.",
    "De Regiobib stelt voor om de collectieafspraken tegen het einde van het jaar te actualiseren.",
    "Er is nog onduidelijkheid over de verdeling van de kosten tussen de gemeenten; dit punt komt terug.",
    "De vrijwilligers van de Boekenstoet worden bedankt voor hun inzet in {gemeente}.",
    "Het dossier wordt ingediend bij de Vlaamse overheid; de timing is krap maar haalbaar.",
    "De stuurgroep vraagt om een overzicht van wat al gerealiseerd werd per doelstelling.",
    "De kostprijs wordt geraamd op {bedrag}, te verdelen volgens het aantal inwoners.",
    "Voor het najaar wordt een gezamenlijke campagne voorbereid met affiches en een sociale-mediaplan.",
    "Iedereen bezorgt zijn opmerkingen uiterlijk twee weken voor de volgende vergadering.",
];
