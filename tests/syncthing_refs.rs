//! On two real Syncthing instances (tests/lab/syncthing-pair.sh): both sides added decision 5
//! to one meeting offline, and B wrote a later meeting that amends its own decision 5. The
//! conflict copy is merged on A; B's decision becomes 6 and the amendment on B follows it.
//! Ignored by default: needs syncthing, curl and jq, which .ci/run installs.

mod common;
mod pair;
mod pty;

use pair::{MEETING, Pair, merge_auto};
use std::path::Path;
use stuurgroep::domain::ids::DecisionRef;
use stuurgroep::domain::meeting::{Decision, Meeting, MinutesStatus};
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;

const LATER: &str = "meetings/2022/2022-12-13-stuurgroep.ron";

fn read(root: &Path, rel: &str) -> Meeting {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

/// B's later meeting: one item, one decision amending `amends`.
fn later(base: &Meeting, amends: DecisionRef) -> Meeting {
    let mut m = base.clone();
    m.date = chrono::NaiveDate::from_ymd_opt(2022, 12, 13).unwrap();
    m.id = Meeting::id_for(m.date, &m.body);
    (m.status, m.approves, m.edited_from) = (MinutesStatus::Draft, Vec::new(), None);
    m.agenda.truncate(1);
    let item = &mut m.agenda[0];
    (item.actions, item.follow_ups) = (Vec::new(), Vec::new());
    item.decisions =
        vec![Decision { number: 1, amends: Some(amends), ..pty::decision("Wijziging") }];
    m
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn an_amendment_in_another_meeting_follows_the_decision_a_merge_renumbered_on_both_sides() {
    let pair = Pair::up(80);
    let cache = tempfile::tempdir().unwrap();
    let (a, b) = pair::edited(
        &pair,
        cache.path(),
        |m| m.agenda[0].decisions.push(pty::decision("Besluit van A")),
        |m| m.agenda[1].decisions.push(pty::decision("Besluit van B")),
    );
    let copy = pair.conflict_text(MEETING, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    // B's later meeting, written on B only, reaches A.
    let amendment = later(&b, DecisionRef::new(&b.id, 5));
    std::fs::write(pair.b().join(LATER), to_ron(&amendment).unwrap()).unwrap();
    pair.sync();
    assert!(pair.a().join(LATER).exists(), "B's later meeting reached A");
    let out = merge_auto(&pair.a(), cache.path(), &copy);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("B5 van kopie (Syncthing, "), "{said}");
    assert!(
        said.contains("verwijzingen elders volgen mee: meetings/2022/2022-12-13-stuurgroep.ron")
    );
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let m = read(&side, MEETING);
        let b6 = m.decisions().find(|(_, d)| d.text == "Besluit van B").map(|(_, d)| d.number);
        assert_eq!(b6, Some(6), "on {}", side.display());
        let later = read(&side, LATER);
        let amends = later.agenda[0].decisions[0].amends.clone();
        assert_eq!(amends, Some(DecisionRef::new(&m.id, 6)), "on {}", side.display());
        assert!(!side.join(&copy).exists(), "the copy is put away on {}", side.display());
    }
}
