//! What many tests share: a small, valid folder built from domain values, for tests that
//! break it on purpose; apps on one folder without a terminal (`app`); the minutes editor on
//! a new meeting (`editor`); the binary run as a user runs it (`cli`); the example loaded
//! for the documents' tests (`export`); the source plan's rework undone, to replay (`replay`).
#![allow(dead_code)]

pub mod app;
pub mod cli;
pub mod editor;
pub mod export;
pub mod replay;

use std::path::{Path, PathBuf};
use stuurgroep::domain::code::ObjectiveCode;
use stuurgroep::domain::meeting::*;
use stuurgroep::domain::organisation::*;
use stuurgroep::domain::plan::*;
use stuurgroep::store::document::{MEMBERS_PATH, PLAN_PATH, meeting_path};
use stuurgroep::store::hash::minutes_hash;
use stuurgroep::store::to_ron;

/// A temp folder holding a valid stuurgroep folder.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// Plan (2 SD, 3 OD, one renumbered), 3 members, 2 approved stuurgroep meetings and a draft.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let f = Fixture { dir };
        f.write(PLAN_PATH, &to_ron(&plan()).unwrap());
        f.write(MEMBERS_PATH, &to_ron(&members()).unwrap());
        let mut previous: Option<Meeting> = None;
        for (date, status) in
            [("2021-01-12", None), ("2021-03-16", None), ("2021-06-15", Some(MinutesStatus::Draft))]
        {
            let mut m = meeting(date);
            if let Some(prev) = previous.take() {
                m.approves.push(Approval {
                    meeting: prev.id.clone(),
                    hash: minutes_hash(&prev).unwrap(),
                });
                let mut prev = prev;
                prev.status = MinutesStatus::Approved { by: m.id.clone() };
                f.write_meeting(&prev);
            }
            if let Some(s) = status {
                m.status = s;
            }
            f.write_meeting(&m);
            previous = Some(m);
        }
        f
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write_meeting(&self, m: &Meeting) {
        let rel = meeting_path(&m.id).unwrap();
        self.write(rel.to_str().unwrap(), &to_ron(m).unwrap());
    }

    /// Replaces the first occurrence of `from` in file `rel`; panics if absent.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }
}

pub const M1: &str = "meetings/2021/2021-01-12-stuurgroep.ron";
pub const M2: &str = "meetings/2021/2021-03-16-stuurgroep.ron";
pub const M3: &str = "meetings/2021/2021-06-15-stuurgroep.ron";

fn event(date: &str, change: Change, decision: Option<&str>) -> HistoryEvent {
    HistoryEvent {
        date: date.parse().unwrap(),
        change,
        decision: decision.map(|d| d.parse().unwrap()),
        note: None,
        editorial: false,
    }
}

pub fn plan() -> Plan {
    let added = |code| event("2020-01-01", Change::Added { code }, None);
    let od = |id: &str, number, title: &str, history| OperationalObjective {
        id: id.into(),
        number,
        title: title.into(),
        spreiding: Some(Spreiding::All),
        history,
        actions: vec![],
        notes: vec![],
    };
    Plan {
        version: 1,
        written_as: None,
        written_from: None,
        organisation: Organisation {
            name: "Cultuurregio Test".into(),
            short_name: "Test".into(),
            base_iri: None,
        },
        period: Period { from: 2020, to: 2025 },
        writer: None,
        municipalities: vec![Municipality { id: "halle".into(), name: "Halle".into() }],
        strategic_objectives: vec![
            StrategicObjective {
                id: "sd-een".into(),
                number: 1,
                title: "Participatie".into(),
                label: None,
                transversal: false,
                history: vec![added(ObjectiveCode::sd(1))],
                notes: vec![],
                operational_objectives: vec![
                    od("od-a", 1, "Spreiden over de regio", vec![added(ObjectiveCode::od(1, 1))]),
                    od(
                        "od-b",
                        2,
                        "Drempels verlagen",
                        vec![
                            added(ObjectiveCode::od(1, 3)),
                            event(
                                "2021-03-16",
                                Change::Renumbered {
                                    from: ObjectiveCode::od(1, 3),
                                    to: ObjectiveCode::od(1, 2),
                                },
                                Some("2021-03-16-stuurgroep/1"),
                            ),
                        ],
                    ),
                ],
            },
            StrategicObjective {
                id: "sd-twee".into(),
                number: 2,
                title: "Aanbod".into(),
                label: None,
                transversal: false,
                history: vec![added(ObjectiveCode::sd(2))],
                notes: vec![],
                operational_objectives: vec![od(
                    "od-c",
                    1,
                    "Regiobib",
                    vec![added(ObjectiveCode::od(2, 1))],
                )],
            },
        ],
    }
}

pub fn members() -> Members {
    let seat = |role| Seat { body: "stuurgroep".into(), role, from: None, until: None };
    let member = |id: &str, name: &str, role| Member {
        id: id.into(),
        name: name.into(),
        municipality: Some("halle".into()),
        organisation: None,
        email: None,
        roles: vec![seat(role)],
    };
    Members {
        version: 1,
        written_as: None,
        written_from: None,
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
            member("an-peeters", "An Peeters", Role::Chair),
            member("lotte-verhaegen", "Lotte Verhaegen", Role::Secretary),
            member("jan-claes", "Jan Claes", Role::Member),
        ],
    }
}

/// A stuurgroep meeting on `date` with one decision (number 1, linked to od-a), one action
/// item (A1) and, after the first meeting, a follow-up of the first meeting's action.
pub fn meeting(date: &str) -> Meeting {
    let date: chrono::NaiveDate = date.parse().unwrap();
    let id = Meeting::id_for(date, &"stuurgroep".into());
    let follow_ups = if date.to_string() == "2021-01-12" {
        vec![]
    } else {
        vec![FollowUp {
            action: "2021-01-12-stuurgroep/A1".parse().unwrap(),
            status: FollowUpStatus::Ongoing,
            note: "Loopt.".into(),
        }]
    };
    Meeting {
        version: 1,
        id: id.clone(),
        body: "stuurgroep".into(),
        date,
        planned_as: None,
        start: None,
        end: None,
        location: Some("Halle".into()),
        chair: Some("an-peeters".into()),
        secretary: Some("lotte-verhaegen".into()),
        status: MinutesStatus::Sent { on: date },
        attendance: vec![
            Attendance { member: "an-peeters".into(), presence: Presence::Present },
            Attendance { member: "jan-claes".into(), presence: Presence::Excused },
        ],
        guests: vec![],
        approves: vec![],
        edited_from: None,
        cancelled: false,
        agenda: vec![AgendaItem {
            number: 1,
            title: "Boekenstoet".into(),
            minutes: format!("Verslag van {date}.\nTweede regel met \"aanhalingstekens\"."),
            decisions: vec![Decision {
                number: 1,
                text: format!("Besluit van {date} over de Boekenstoet").into(),
                outcome: Outcome::Adopted,
                votes: None,
                objectives: vec!["od-a".into()],
                amends: None,
                supersedes: None,
                public_summary: None,
                majority: None,
                unanimous: false,
                quorum_note: None,
                named_votes: Vec::new(),
                plan_changes: Vec::new(),
            }],
            actions: vec![ActionItem {
                number: 1,
                text: "Vrijwilligers zoeken".into(),
                owner: "jan-claes".into(),
                due: None,
                objective: None,
            }],
            follow_ups,
            closed: false,
            presence: vec![],
        }],
    }
}

/// Makes a folder unwritable for this process: permissions for a normal user, a read-only
/// bind mount for root (whom permissions do not stop). Undone on drop.
#[cfg(unix)]
pub struct ReadOnly {
    dir: std::path::PathBuf,
    mounted: bool,
}

#[cfg(unix)]
impl ReadOnly {
    /// Makes `dir` read-only; `None` where that is not possible here.
    pub fn new(dir: &std::path::Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt;
        use std::process::Command;
        let is_root =
            Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        if !is_root {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).ok()?;
            return Some(Self { dir: dir.to_owned(), mounted: false });
        }
        let run = |args: &[&str]| {
            Command::new("mount").args(args).arg(dir).arg(dir).status().is_ok_and(|s| s.success())
        };
        if run(&["--bind"]) && run(&["-o", "remount,ro,bind"]) {
            Some(Self { dir: dir.to_owned(), mounted: true })
        } else {
            None
        }
    }
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.mounted {
            let _ = std::process::Command::new("umount").arg(&self.dir).status();
        } else {
            let _ = std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o755));
        }
    }
}
