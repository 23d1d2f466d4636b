//! Load → save gives the same bytes: for every file of the bundled example, and for
//! generated meetings with any text a person could type (property test).

use proptest::prelude::*;
use std::path::Path;
use stuurgroep::domain::meeting::*;
use stuurgroep::store::document::Document;
use stuurgroep::store::format::{canonical_newlines, parse};
use stuurgroep::store::{load_folder, to_ron};

fn assert_same_bytes<T: Document>(path: &Path, bytes: &[u8]) {
    let value: T = parse(path, bytes).unwrap_or_else(|e| panic!("{e}"));
    let written = to_ron(&value).unwrap();
    assert!(
        written.as_bytes() == bytes,
        "{} is not in canonical form; first difference at byte {}",
        path.display(),
        first_difference(written.as_bytes(), bytes)
    );
}

fn first_difference(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()))
}

#[test]
fn every_example_file_round_trips_byte_identical() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = load_folder(root).expect("the example folder opens");
    assert!(folder.errors.is_empty(), "{:?}", folder.errors);
    let read = |p: &Path| std::fs::read(root.join(p)).unwrap();
    let plan = folder.plan.as_ref().unwrap();
    assert_same_bytes::<stuurgroep::domain::plan::Plan>(&plan.path, &read(&plan.path));
    let members = folder.members.as_ref().unwrap();
    assert_same_bytes::<stuurgroep::domain::organisation::Members>(
        &members.path,
        &read(&members.path),
    );
    for m in &folder.meetings {
        assert_same_bytes::<Meeting>(&m.path, &read(&m.path));
    }
    for u in &folder.updates {
        assert_same_bytes::<stuurgroep::domain::updates::MemberUpdates>(&u.path, &read(&u.path));
    }
    assert!(folder.meetings.len() >= 10);
}

/// Text as people type it: Dutch letters, quotes, raw-string delimiters, newlines, tabs,
/// emoji, and now and then a control character.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => "[a-zA-Zëéèïüöà0-9 ,.;:'()€-]{1,12}",
            1 => Just("\"".to_owned()),
            1 => Just("\"#".to_owned()),
            1 => Just("r#\"".to_owned()),
            1 => Just("\n".to_owned()),
            1 => Just("\n\n".to_owned()),
            1 => Just("\t".to_owned()),
            1 => Just("\\".to_owned()),
            1 => Just("🎭".to_owned()),
            1 => Just("\r\n".to_owned()),
            1 => prop::char::range('\u{0}', '\u{1f}').prop_map(String::from),
            1 => Just("\u{1b}[31m".to_owned()),
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,15}"
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        1u32..99,
        text(),
        0usize..3,
        prop::collection::vec(id(), 0..3),
        any::<bool>(),
        prop::option::of((0u32..20, 0u32..20, 0u32..20)),
    )
        .prop_map(|(number, text, outcome, objectives, amends, votes)| Decision {
            number,
            text: text.into(),
            outcome: [Outcome::Adopted, Outcome::Rejected, Outcome::Postponed][outcome],
            votes: votes.map(|(yes, no, abstain)| Votes { yes, no, abstain }),
            objectives: objectives.into_iter().map(|o| o.as_str().into()).collect(),
            amends: amends.then(|| "2020-01-14-stuurgroep/3".parse().unwrap()),
            supersedes: None,
            public_summary: (!amends).then(|| "Een besluit over personeel.".into()),
            majority: None,
            unanimous: false,
            quorum_note: None,
            named_votes: Vec::new(),
            plan_changes: Vec::new(),
        })
}

fn agenda_item() -> impl Strategy<Value = AgendaItem> {
    (
        1u32..30,
        text(),
        text(),
        prop::collection::vec(decision(), 0..3),
        prop::option::of((id(), text())),
        any::<bool>(),
        prop::option::of((id(), prop::option::of(text()))),
    )
        .prop_map(|(number, title, minutes, decisions, action, follow_up, conflict)| {
            AgendaItem {
                number,
                title: title.into(),
                minutes,
                decisions,
                actions: action
                    .into_iter()
                    .map(|(owner, text)| ActionItem {
                        number: 1,
                        text: text.into(),
                        owner: owner.as_str().into(),
                        due: Some("2021-02-03".parse().unwrap()),
                        objective: None,
                    })
                    .collect(),
                closed: follow_up,
                // A conflict of interest with or without a reason, and a late arrival.
                presence: conflict
                    .into_iter()
                    .flat_map(|(member, reason)| {
                        let change = stuurgroep::domain::meeting::Movement::Conflict { reason };
                        let conflict = stuurgroep::domain::meeting::PresenceChange {
                            member: member.as_str().into(),
                            change,
                        };
                        let arrives = stuurgroep::domain::meeting::PresenceChange {
                            member: "laat".into(),
                            change: stuurgroep::domain::meeting::Movement::Arrives,
                        };
                        [conflict, arrives]
                    })
                    .collect(),
                follow_ups: follow_up
                    .then(|| FollowUp {
                        action: "2020-01-14-stuurgroep/A1".parse().unwrap(),
                        status: FollowUpStatus::Done,
                        note: "ok".into(),
                    })
                    .into_iter()
                    .collect(),
            }
        })
}

fn meeting() -> impl Strategy<Value = Meeting> {
    (
        prop::option::of(text()),
        prop::collection::vec(agenda_item(), 0..5),
        prop::collection::vec(id(), 0..4),
        0usize..3,
    )
        .prop_map(|(location, agenda, present, status)| Meeting {
            version: 1,
            id: "2021-03-16-stuurgroep".into(),
            body: "stuurgroep".into(),
            date: "2021-03-16".parse().unwrap(),
            planned_as: None,
            start: chrono::NaiveTime::from_hms_opt(19, 30, 0),
            end: None,
            location,
            chair: None,
            secretary: Some("lotte-verhaegen".into()),
            status: [
                MinutesStatus::Draft,
                MinutesStatus::Sent { on: "2021-03-20".parse().unwrap() },
                MinutesStatus::Approved { by: "2021-06-15-stuurgroep".into() },
            ][status]
                .clone(),
            attendance: present
                .into_iter()
                .map(|m| Attendance { member: m.as_str().into(), presence: Presence::Present })
                .collect(),
            guests: vec![],
            approves: vec![],
            agenda,
            edited_from: None,
            cancelled: false,
        })
}

/// `m` with every text's line endings made `\n`: a carriage return is not content (a file
/// that arrives with CRLF endings reads as the file that was written), so it does not survive
/// a save.
fn without_carriage_returns(m: &Meeting) -> Meeting {
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => *s = canonical_newlines(s).into_owned(),
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(walk),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(m).unwrap();
    walk(&mut value);
    serde_json::from_value(value).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn generated_meetings_round_trip_byte_identical(m in meeting()) {
        let first = to_ron(&m).unwrap();
        let back: Meeting = parse(Path::new("m.ron"), first.as_bytes()).unwrap();
        prop_assert_eq!(&back, &without_carriage_returns(&m));
        let second = to_ron(&back).unwrap();
        prop_assert_eq!(first, second);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3))]

    /// The generator's output is canonical and valid, whatever the seed.
    #[test]
    fn generated_histories_round_trip_and_check_clean(seed in any::<u64>()) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let stats = stuurgroep::generate::generate_from(dir.path(), 1, seed, root).unwrap();
        prop_assert!(stats.meetings >= 90);
        let folder = load_folder(dir.path()).unwrap();
        for m in &folder.meetings {
            assert_same_bytes::<Meeting>(&m.path, &std::fs::read(dir.path().join(&m.path)).unwrap());
        }
        let report = stuurgroep::check::check(&folder);
        prop_assert!(report.findings.is_empty(), "{:?}", report.findings.first());
    }
}
