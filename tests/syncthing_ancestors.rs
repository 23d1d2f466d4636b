//! The plan, the members and an update file edited on both sides offline, on two real
//! loopback-only Syncthing instances (tests/lab/syncthing-pair.sh), after an earlier merge
//! stamped them: the ancestor travels in the folder (`.stuurgroep/versions/`), so B, which
//! never wrote the file and has an empty cache, merges three-way; what both changed is a
//! choice in the app, both texts kept reachable. Ignored by default: they need syncthing,
//! curl and jq, which .ci/run installs.

mod common;
mod pair;
mod pty;

use pair::{Pair, merge_auto};
use std::path::Path;
use std::process::Output;
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::Plan;
use stuurgroep::domain::updates::MemberUpdates;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;

const PLAN: &str = "data/plan.ron";
const MEMBERS: &str = "data/members.ron";
const UPDATES: &str = "data/updates/jolien-maes.ron";

/// Pair `n` of this file: ports and folder apart from the other Syncthing tests'.
fn up(n: u16) -> Pair {
    Pair::up(80 + n)
}

fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A first round that leaves `rel` stamped on both sides: B adds to it with `first`, A keeps
/// it as it was, and A merges B's copy (without an ancestor what one side added is kept:
/// nothing to choose), writing the file. Returns the stamped file as both sides have it.
fn stamped_by_a_first_merge<T: serde::Serialize + serde::de::DeserializeOwned>(
    pair: &Pair,
    rel: &str,
    first: impl Fn(&mut T),
) -> T {
    let base: T = read(&pair.a(), rel);
    let mut b = read::<T>(&pair.a(), rel);
    first(&mut b);
    let copy = pair.conflict_text(rel, &to_ron(&base).unwrap(), &to_ron(&b).unwrap());
    let cache = tempfile::tempdir().unwrap();
    let merged = merge_auto(&pair.a(), cache.path(), &copy);
    assert_eq!(merged.status.code(), Some(0), "{}", out(&merged));
    pair.sync();
    let text = std::fs::read_to_string(pair.b().join(rel)).unwrap();
    assert!(text.contains("written_as:"), "stamped, and on B: {text}");
    read(&pair.b(), rel)
}

/// Merges `copy` with `--auto` on B with an empty cache, and lets it reach A.
fn merge_on_b(pair: &Pair, copy: &str) -> Output {
    let cache = tempfile::tempdir().unwrap();
    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["conflicts", "--dir", pair.b().to_str().unwrap()])
        .env("XDG_CACHE_HOME", cache.path())
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap();
    assert!(out(&listed).contains("gemeenschappelijke voorouder gevonden"), "{}", out(&listed));
    let merged = merge_auto(&pair.b(), cache.path(), copy);
    pair.sync();
    merged
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn the_plan_edited_on_both_sides_offline_merges_three_way_on_the_machine_that_never_wrote_it() {
    let pair = up(0);
    let base: Plan = stamped_by_a_first_merge(&pair, PLAN, |p: &mut Plan| {
        let mut m = p.municipalities[0].clone();
        (m.id, m.name) = ("eerste-ronde".into(), "Eerste ronde".into());
        p.municipalities.push(m);
    });
    let (mut a, mut b) = (base.clone(), base);
    // A retitles an SD, B an OD of another SD and removes what the first round added.
    a.strategic_objectives[0].title = "Titel van A".into();
    b.strategic_objectives[1].operational_objectives[0].title = "Titel van B".into();
    b.municipalities.retain(|m| m.name != "Eerste ronde");
    let copy = pair.conflict_text(PLAN, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    let merged = merge_on_b(&pair, &copy);
    assert_eq!(merged.status.code(), Some(0), "no question: {}", out(&merged));
    for side in [pair.a(), pair.b()] {
        let now: Plan = read(&side, PLAN);
        assert_eq!(now.strategic_objectives[0].title, "Titel van A", "on {}", side.display());
        assert_eq!(now.strategic_objectives[1].operational_objectives[0].title, "Titel van B");
        assert!(now.municipalities.iter().all(|m| m.name != "Eerste ronde"), "B's removal");
        assert!(!side.join(&copy).exists(), "settled on {}", side.display());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn members_both_renamed_are_a_choice_in_the_app_and_a_body_one_renamed_merges_by_itself() {
    let pair = up(1);
    let base: Members = stamped_by_a_first_merge(&pair, MEMBERS, |m: &mut Members| {
        let mut new = m.members[1].clone();
        (new.id, new.name) = ("eerste-ronde".into(), "Eerste ronde".into());
        m.members.push(new);
    });
    let (mut a, mut b) = (base.clone(), base);
    a.members[0].name = "Naam van A".into();
    b.members[0].name = "Naam van B".into();
    b.bodies[0].name = "Orgaan van B".into();
    let copy = pair.conflict_text(MEMBERS, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    // --auto takes B's body and leaves the member to choose; the copy stays.
    let merged = merge_on_b(&pair, &copy);
    assert_eq!(merged.status.code(), Some(1), "{}", out(&merged));
    // The choice in the app on B: the copy's name (the ancestor is known: asked once).
    let cache = tempfile::tempdir().unwrap();
    let config = cache.path().join("config.ron");
    let b_root = pair.b();
    let mut app = pty::Term::start_with(
        &["--dir", b_root.to_str().unwrap()],
        &[("STUURGROEP_CONFIG", &config), ("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("Dit is een Syncthing-map");
    app.step("n");
    app.wait_for("1 conflictkopie");
    app.step("c");
    app.wait_for("1 verschil, 1 te kiezen");
    app.step("\r");
    app.wait_for("voorouder gevonden");
    app.wait_for("Naam van B");
    app.step("c");
    app.step("s");
    app.wait_for("Samengevoegd");
    app.keys("\x1b");
    app.quit();
    pair.sync();
    for side in [pair.a(), pair.b()] {
        let now: Members = read(&side, MEMBERS);
        assert_eq!(now.members[0].name, "Naam van B", "on {}", side.display());
        assert_eq!(now.bodies[0].name, "Orgaan van B");
        assert!(!side.join(&copy).exists(), "settled on {}", side.display());
        // A's name stays reachable: the original as it was, in the folder's history.
        let kept = std::fs::read_dir(side.join(".stuurgroep/resolved"))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("members.original-"))
            .any(|e| std::fs::read_to_string(e.path()).unwrap().contains("Naam van A"));
        assert!(kept, "A's version kept on {}", side.display());
    }
}

#[test]
#[ignore = "needs Debian's syncthing, curl and jq (.ci/run installs them)"]
fn an_update_file_edited_on_both_sides_offline_takes_a_rewrite_and_a_removal() {
    let pair = up(2);
    let base: MemberUpdates = stamped_by_a_first_merge(&pair, UPDATES, |u: &mut MemberUpdates| {
        let mut extra = u.updates[0].clone();
        extra.note = "Eerste ronde".into();
        u.updates.push(extra);
    });
    let (mut a, mut b) = (base.clone(), base);
    a.updates[0].note = "Herschreven op de laptop".into();
    b.updates.retain(|e| e.note != "Eerste ronde");
    let copy = pair.conflict_text(UPDATES, &to_ron(&a).unwrap(), &to_ron(&b).unwrap());
    let merged = merge_on_b(&pair, &copy);
    assert_eq!(merged.status.code(), Some(0), "no question: {}", out(&merged));
    for side in [pair.a(), pair.b()] {
        let now: MemberUpdates = read(&side, UPDATES);
        assert_eq!(now.updates[0].note, "Herschreven op de laptop", "on {}", side.display());
        assert!(now.updates.iter().all(|e| e.note != "Eerste ronde"), "B's removal");
        assert!(!side.join(&copy).exists(), "settled on {}", side.display());
    }
}
