//! Both sides added decision 5 and action item 4 to one meeting offline; the copy's side also
//! wrote references to its own: a later meeting amending its decision and following up its
//! action, the plan's code history, the action owner's update file. `conflicts merge --auto`
//! renumbers the copy's additions, and those references follow them — written with the merge,
//! said in its summary, undone with it. An update by the original action's owner keeps
//! pointing at the original's. A file whose references would follow, open in another app,
//! stops the merge before anything is written.

mod pty;

use pty::{decision, example_copy};
use std::path::Path;
use std::process::{Command, Output};
use stuurgroep::domain::ids::{ActionItemRef, DecisionRef, MeetingId};
use stuurgroep::domain::meeting::{
    ActionItem, Decision, FollowUp, FollowUpStatus, Meeting, MinutesStatus, Owner,
};
use stuurgroep::domain::plan::{Change, HistoryEvent, Plan};
use stuurgroep::domain::updates::{MemberUpdates, OwnerUpdate};
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;
use stuurgroep::store::versions::VersionCache;

const ORIGINAL: &str = "meetings/2022/2022-10-11-stuurgroep.ron";
const COPY: &str = "meetings/2022/2022-10-11-stuurgroep.sync-conflict-20221012-093000-ABCDEFG.ron";
/// The later meeting the copy's side wrote.
const LATER: &str = "meetings/2022/2022-12-13-stuurgroep.ron";
const PLAN: &str = "data/plan.ron";
/// The copy's action owner's updates, and the original's.
const JOLIEN: &str = "data/updates/jolien-maes.ron";
const LIEVE: &str = "data/updates/lieve-janssens.ron";
const FOLLOWING: [&str; 4] = [ORIGINAL, LATER, PLAN, JOLIEN];

fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn write<T: serde::Serialize>(root: &Path, rel: &str, value: &T) {
    std::fs::write(root.join(rel), to_ron(value).unwrap()).unwrap();
}

fn run(root: &Path, cache: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(args)
        .args(["--dir", root.to_str().unwrap()])
        .env("XDG_CACHE_HOME", cache)
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn action(text: &str, owner: &str) -> ActionItem {
    ActionItem {
        number: 4,
        text: text.into(),
        owner: Owner::Member(owner.into()),
        due: None,
        objective: Some("od-regiobib".into()),
    }
}

fn update(on: &ActionItemRef, note: &str) -> OwnerUpdate {
    let date = chrono::NaiveDate::from_ymd_opt(2022, 11, 2).unwrap();
    OwnerUpdate { action: on.clone(), date, status: FollowUpStatus::Ongoing, note: note.into() }
}

/// The conflict (ancestor in the folder's versions), and the copy's side's references.
fn conflict(root: &Path) {
    let bytes = std::fs::read(root.join(ORIGINAL)).unwrap();
    let base: Meeting = parse(Path::new(ORIGINAL), &bytes).unwrap();
    let hash = VersionCache::at(&root.join(".stuurgroep/versions")).keep(&bytes).unwrap();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.edited_from = Some(hash.to_string());
    theirs.edited_from = Some(hash.to_string());
    ours.agenda[0].decisions.push(decision("Besluit van A"));
    ours.agenda[0].actions.push(action("Actie van A", "lieve-janssens"));
    theirs.agenda[1].decisions.push(decision("Besluit van B"));
    theirs.agenda[1].actions.push(action("Actie van B", "jolien-maes"));
    write(root, ORIGINAL, &ours);
    write(root, COPY, &theirs);
    let (b5, a4) = (DecisionRef::new(&base.id, 5), ActionItemRef::new(&base.id, 4));
    write(root, LATER, &later(&base, &b5, &a4));
    let mut plan: Plan = read(root, PLAN);
    plan.strategic_objectives[0].operational_objectives[0].history.push(HistoryEvent {
        date: base.date,
        change: Change::Retitled { previous: "Vroegere titel".into() },
        decision: Some(b5),
        note: None,
        editorial: false,
    });
    write(root, PLAN, &plan);
    for (rel, note) in [(JOLIEN, "Actie van B loopt."), (LIEVE, "Actie van A loopt.")] {
        let mut file: MemberUpdates = read(root, rel);
        file.updates.push(update(&a4, note));
        write(root, rel, &file);
    }
}

/// A later draft meeting of the body amending decision `b5` and following up action `a4`.
fn later(base: &Meeting, b5: &DecisionRef, a4: &ActionItemRef) -> Meeting {
    let mut m = base.clone();
    m.date = chrono::NaiveDate::from_ymd_opt(2022, 12, 13).unwrap();
    m.id = Meeting::id_for(m.date, &m.body);
    (m.status, m.approves, m.edited_from) = (MinutesStatus::Draft, Vec::new(), None);
    m.agenda.truncate(1);
    let item = &mut m.agenda[0];
    (item.decisions, item.actions) = (Vec::new(), Vec::new());
    item.decisions.push(Decision { number: 1, amends: Some(b5.clone()), ..decision("Wijziging") });
    let note = "Loopt.".to_owned();
    item.follow_ups = vec![FollowUp { action: a4.clone(), status: FollowUpStatus::Ongoing, note }];
    m
}

fn bytes(root: &Path, files: &[&str]) -> Vec<Vec<u8>> {
    files.iter().map(|f| std::fs::read(root.join(f)).unwrap()).collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn references_elsewhere_follow_the_renumbered_additions_and_go_back_with_an_undo() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root);
    let before = bytes(root, &FOLLOWING);
    let lieve = std::fs::read(root.join(LIEVE)).unwrap();
    let files =
        "meetings/2022/2022-12-13-stuurgroep.ron, data/plan.ron, data/updates/jolien-maes.ron";
    let listed = stdout(&run(root, cache.path(), &["conflicts"]));
    assert!(listed.contains("B5 van kopie (Syncthing, ABCDEFG) is nu B6"), "{listed}");
    assert!(listed.contains("A4 van kopie (Syncthing, ABCDEFG) is nu A5"), "{listed}");
    assert!(listed.contains(&format!("verwijzingen elders volgen mee: {files}")), "{listed}");
    let english = stdout(&run(root, cache.path(), &["--lang", "en", "conflicts"]));
    assert!(english.contains(&format!("references elsewhere follow: {files}")), "{english}");
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
    assert!(stdout(&merged).contains("B5 van kopie (Syncthing, ABCDEFG) is nu B6"));
    let id: MeetingId = "2022-10-11-stuurgroep".into();
    let m: Meeting = read(root, ORIGINAL);
    let b = |text: &str| m.decisions().find(|(_, d)| d.text == text).map(|(_, d)| d.number);
    assert_eq!((b("Besluit van A"), b("Besluit van B")), (Some(5), Some(6)));
    let later: Meeting = read(root, LATER);
    assert_eq!(later.agenda[0].decisions[0].amends, Some(DecisionRef::new(&id, 6)));
    assert_eq!(later.agenda[0].follow_ups[0].action, ActionItemRef::new(&id, 5));
    let plan = std::fs::read_to_string(root.join(PLAN)).unwrap();
    assert!(plan.contains("\"2022-10-11-stuurgroep/6\"") && !plan.contains("stuurgroep/5\""));
    let jolien: MemberUpdates = read(root, JOLIEN);
    assert_eq!(jolien.updates.last().unwrap().action, ActionItemRef::new(&id, 5));
    assert_eq!(std::fs::read(root.join(LIEVE)).unwrap(), lieve, "the original's owner's stays");
    let check = run(root, cache.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    // The undo puts every file the merge wrote back, byte for byte.
    let undone = run(root, cache.path(), &["conflicts", "undo", ORIGINAL]);
    assert_eq!(undone.status.code(), Some(0), "{}", String::from_utf8_lossy(&undone.stderr));
    assert!(bytes(root, &FOLLOWING) == before, "every file as before the merge");
    assert!(root.join(COPY).exists(), "the copy is back");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn a_following_file_open_in_another_app_stops_the_merge_before_anything_is_written() {
    let dir = example_copy();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    conflict(root);
    // Another app holds the later meeting open (its lock is fresh).
    let holder = stuurgroep::store::lock::Holder {
        member: "lotte-verhaegen".into(),
        name: "Lotte Verhaegen".into(),
        machine: "ANDERE-PC".into(),
        pid: 1,
        instance: "ander".into(),
    };
    let guard =
        stuurgroep::store::lock::acquire(root, Path::new(LATER), &holder, chrono::Utc::now())
            .unwrap();
    let before = bytes(root, &FOLLOWING);
    let merged = run(root, cache.path(), &["conflicts", "merge", COPY, "--auto"]);
    assert_eq!(merged.status.code(), Some(2), "{}", stdout(&merged));
    let said = String::from_utf8_lossy(&merged.stderr);
    assert!(
        said.contains("niets samengevoegd") && said.contains("2022-12-13-stuurgroep"),
        "{said}"
    );
    assert!(said.contains("Lotte Verhaegen"), "{said}");
    assert!(bytes(root, &FOLLOWING) == before, "nothing written");
    assert!(root.join(COPY).exists());
    guard.release().unwrap();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "drives the app in a pseudo-terminal; under wine its ConPTY passes no output"
)]
fn the_apps_merge_view_says_which_files_follow_and_writes_them_with_the_merge() {
    let dir = example_copy();
    let (cache, other_cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let root = dir.path();
    conflict(root);
    // A second app on the folder, only browsing, all along.
    let other = pty::Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", other_cache.path())],
    );
    other.wait_for("1 conflictkopie");
    let mut app = pty::Term::start_with(
        &["--dir", root.to_str().unwrap()],
        &[("XDG_CACHE_HOME", cache.path())],
    );
    app.wait_for("1 conflictkopie");
    app.step("c");
    app.step("\r");
    app.wait_for("B5 van kopie (Syncthing, ABCDEFG) is nu B6");
    app.wait_for("verwijzingen elders volgen mee: meetings/2022/2022-12-13-stuurgroep.ron");
    app.step("s");
    app.wait_for("Samengevoegd");
    app.keys("\x1b");
    app.wait_for("Doelstellingen");
    app.quit();
    let id: MeetingId = "2022-10-11-stuurgroep".into();
    let later: Meeting = read(root, LATER);
    assert_eq!(later.agenda[0].decisions[0].amends, Some(DecisionRef::new(&id, 6)));
    let jolien: MemberUpdates = read(root, JOLIEN);
    assert_eq!(jolien.updates.last().unwrap().action, ActionItemRef::new(&id, 5));
    assert!(std::fs::read_to_string(root.join(PLAN)).unwrap().contains("stuurgroep/6\""));
    let mut other = other;
    other.quit();
}
