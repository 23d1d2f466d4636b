//! The merges by line, by renumbering and by element on a real sync engine: two loopback-only
//! Syncthing instances (tests/lab/syncthing-pair.sh) make the conflict copy, `conflicts merge
//! --auto` merges it on A, and the result reaches B. Ignored by default: they need syncthing,
//! curl and jq, which .ci/run installs.

mod common;
mod pair;
mod pty;

use pair::{MEETING, Pair, merge_auto};
use std::path::Path;
use std::process::Output;
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

const UPDATES: &str = "data/updates/jolien-maes.ron";

/// Merges `copy` on A, lets it reach B, and says what the command printed.
fn merge_on_a(pair: &Pair, cache: &Path, copy: &str) -> Output {
    let out = merge_auto(&pair.a(), cache, copy);
    pair.sync();
    out
}

/// Pair `n` of this file: ports and folder apart from the other Syncthing tests'.
fn up(n: u16) -> Pair {
    Pair::up(60 + n)
}

fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

/// The meeting as it stands, kept in `cache` as its ancestor, and A's and B's versions of it.
fn edited(
    pair: &Pair,
    cache: &Path,
    edit_a: fn(&mut Meeting),
    edit_b: fn(&mut Meeting),
) -> (String, String) {
    let bytes = std::fs::read(pair.a().join(MEETING)).unwrap();
    let base: Meeting = parse(Path::new(MEETING), &bytes).unwrap();
    let hash = VersionCache::at(&cache.join("stuurgroep/versions")).keep(&bytes).unwrap();
    let (mut a, mut b) = (base.clone(), base);
    a.edited_from = Some(hash.to_string());
    b.edited_from = Some(hash.to_string());
    edit_a(&mut a);
    edit_b(&mut b);
    (to_ron(&a).unwrap(), to_ron(&b).unwrap())
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn both_appending_to_one_item_offline_keeps_both_paragraphs_on_both_sides() {
    let pair = up(0);
    let cache = tempfile::tempdir().unwrap();
    let (a, b) = edited(
        &pair,
        cache.path(),
        |m| m.agenda[0].minutes.push_str("\n\nAlinea van A, offline."),
        |m| m.agenda[0].minutes.push_str("\n\nAlinea van B, offline."),
    );
    let copy = pair.conflict_text(MEETING, &a, &b);
    let before: Meeting = read(&pair.a(), MEETING);
    let out = merge_on_a(&pair, cache.path(), &copy);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    for side in [pair.a(), pair.b()] {
        let m: Meeting = read(&side, MEETING);
        let want = before.agenda[0]
            .minutes
            .replace("Alinea van A, offline.", "Alinea van A, offline.\n\nAlinea van B, offline.");
        assert_eq!(m.agenda[0].minutes, want, "on {}", side.display());
        assert!(!side.join(&copy).exists());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn a_decision_both_added_offline_is_renumbered_with_the_amendment_that_follows_it() {
    let pair = up(1);
    let cache = tempfile::tempdir().unwrap();
    let (a, b) = edited(
        &pair,
        cache.path(),
        |m| m.agenda[0].decisions.push(pty::decision("Besluit van A")),
        |m| {
            let own = stuurgroep::domain::ids::DecisionRef::new(&m.id, 5);
            m.agenda[0].decisions.push(pty::decision("Besluit van B"));
            let amendment = stuurgroep::domain::meeting::Decision {
                number: 6,
                amends: Some(own),
                ..pty::decision("Wijziging van B")
            };
            m.agenda[0].decisions.push(amendment);
        },
    );
    let copy = pair.conflict_text(MEETING, &a, &b);
    let out = merge_on_a(&pair, cache.path(), &copy);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("B5 van kopie (Syncthing, "), "{}", stdout(&out));
    let m: Meeting = read(&pair.b(), MEETING);
    let amendment = m.decisions().find(|(_, d)| d.text == "Wijziging van B").map(|(_, d)| d);
    let renumbered = m.decisions().find(|(_, d)| d.text == "Besluit van B").map(|(_, d)| d.number);
    assert_eq!(renumbered, Some(6));
    assert_eq!(amendment.and_then(|d| d.amends.as_ref()).map(|r| r.number()), Some(6));
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn an_update_file_written_on_both_sides_offline_keeps_every_entry_on_both_sides() {
    use stuurgroep::domain::updates::{MemberUpdates, OwnerUpdate};
    let pair = up(2);
    let cache = tempfile::tempdir().unwrap();
    let base: MemberUpdates = read(&pair.a(), UPDATES);
    let entry = |day: u32, note: &str| OwnerUpdate {
        action: "2022-02-08-werkgroep-boekenstoet/A2".parse().unwrap(),
        date: chrono::NaiveDate::from_ymd_opt(2022, 6, day).unwrap(),
        status: stuurgroep::domain::meeting::FollowUpStatus::Ongoing,
        note: note.into(),
    };
    let (mut a, mut b) = (base.clone(), base);
    a.updates.push(entry(2, "Van de laptop"));
    b.updates.push(entry(1, "Van de telefoon"));
    let copy = pair.conflict_text(UPDATES, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    let out = merge_on_a(&pair, cache.path(), &copy);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    for side in [pair.a(), pair.b()] {
        let now: MemberUpdates = read(&side, UPDATES);
        let notes: Vec<&str> = now.updates.iter().skip(2).map(|e| e.note.as_str()).collect();
        assert_eq!(notes, ["Van de telefoon", "Van de laptop"], "on {}", side.display());
        assert!(!side.join(&copy).exists());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn members_edited_on_both_sides_offline_keep_the_new_member_and_ask_for_the_rest() {
    use stuurgroep::domain::organisation::Members;
    let pair = up(3);
    let cache = tempfile::tempdir().unwrap();
    let base: Members = read(&pair.a(), "data/members.ron");
    let (mut a, mut b) = (base.clone(), base.clone());
    a.members[0].name = "Naam van A".into();
    b.members[0].name = "Naam van B".into();
    let mut new = base.members[1].clone();
    new.id = "nieuw-lid".into();
    new.name = "Nieuw Lid".into();
    b.members.push(new);
    let copy = pair.conflict_text("data/members.ron", &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    let out = merge_on_a(&pair, cache.path(), &copy);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains(&format!("lid {}", base.members[0].id)), "{}", stdout(&out));
    for side in [pair.a(), pair.b()] {
        let now: Members = read(&side, "data/members.ron");
        assert_eq!(now.members[0].name, "Naam van A");
        assert!(now.members.iter().any(|m| m.name == "Nieuw Lid"), "on {}", side.display());
        assert!(side.join(&copy).exists(), "the copy stays for the choice");
    }
}
