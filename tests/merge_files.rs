//! The plan, the members and the update files merge three-way by element like meetings do:
//! what one side changed is taken, what both changed differently is the user's to choose, and
//! without an ancestor an element only one version has is kept.

mod common;

use std::path::Path;
use stuurgroep::domain::meeting::FollowUpStatus;
use stuurgroep::domain::merge::Choice;
use stuurgroep::domain::merge::Side;
use stuurgroep::domain::merge::members::{MembersElement, merge_members};
use stuurgroep::domain::merge::plan::{PlanElement, merge_plan};
use stuurgroep::domain::merge::updates::{UpdateElement, merge_updates};
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::plan::{Change, HistoryEvent, Plan};
use stuurgroep::domain::updates::{MemberUpdates, OwnerUpdate};
use stuurgroep::store::format::parse;

fn example<T: serde::de::DeserializeOwned>(rel: &str) -> T {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn history_note(note: &str) -> HistoryEvent {
    HistoryEvent {
        date: chrono::NaiveDate::from_ymd_opt(2023, 1, 10).unwrap(),
        change: Change::Retitled { previous: note.into() },
        decision: None,
        note: Some(note.into()),
        editorial: false,
    }
}

#[test]
fn plan_edits_of_different_objectives_and_both_histories_merge_by_themselves() {
    let ancestor: Plan = example("data/plan.ron");
    let mut ours = ancestor.clone();
    ours.strategic_objectives[0].title = "SD1 herschreven door A".into();
    ours.strategic_objectives[1].operational_objectives[0].history.push(history_note("van A"));
    let mut theirs = ancestor.clone();
    theirs.strategic_objectives[2].operational_objectives[0].title = "OD van B".into();
    theirs.strategic_objectives[1].operational_objectives[0].history.push(history_note("van B"));
    let r = merge_plan(Some(&ancestor), &ours, &theirs, &[]);
    assert!(r.open.is_empty(), "{:?}", r.differences);
    let m = &r.merged;
    assert_eq!(m.strategic_objectives[0].title, "SD1 herschreven door A");
    assert_eq!(m.strategic_objectives[2].operational_objectives[0].title, "OD van B");
    let history = &m.strategic_objectives[1].operational_objectives[0].history;
    let notes: Vec<&str> = history.iter().rev().take(2).filter_map(|e| e.note.as_deref()).collect();
    assert_eq!(notes, ["van B", "van A"]);
    let od = m.strategic_objectives[1].operational_objectives[0].id.clone();
    assert!(
        r.differences
            .iter()
            .any(|d| d.key == PlanElement::History(od.clone()) && d.side == Side::Merged)
    );
    // Everything else is as it was: the merge rebuilt the same plan.
    let mut rest = m.clone();
    rest.strategic_objectives[0].title = ancestor.strategic_objectives[0].title.clone();
    rest.strategic_objectives[2].operational_objectives[0].title =
        ancestor.strategic_objectives[2].operational_objectives[0].title.clone();
    rest.strategic_objectives[1].operational_objectives[0].history =
        ancestor.strategic_objectives[1].operational_objectives[0].history.clone();
    assert_eq!(rest, ancestor);
}

#[test]
fn a_plan_action_both_changed_is_a_choice_and_an_action_one_added_lands_in_its_objective() {
    let ancestor: Plan = example("data/plan.ron");
    let mut ours = ancestor.clone();
    ours.strategic_objectives[0].operational_objectives[0].actions[0].text = "Van A".into();
    let mut theirs = ancestor.clone();
    let od = &mut theirs.strategic_objectives[0].operational_objectives[0];
    od.actions[0].text = "Van B".into();
    let mut added = od.actions[0].clone();
    added.id = "nieuwe-actie".into();
    added.text = "Nieuw van B".into();
    od.actions.insert(1, added);
    let action = ancestor.strategic_objectives[0].operational_objectives[0].actions[0].id.clone();
    let r = merge_plan(Some(&ancestor), &ours, &theirs, &[]);
    assert_eq!(r.open, [PlanElement::Action(action.clone())]);
    let actions = &r.merged.strategic_objectives[0].operational_objectives[0].actions;
    assert_eq!((actions[0].text.as_str(), actions[1].text.as_str()), ("Van A", "Nieuw van B"));
    let chosen = merge_plan(
        Some(&ancestor),
        &ours,
        &theirs,
        &[(PlanElement::Action(action), Choice::Theirs)],
    );
    assert!(chosen.open.is_empty());
    assert_eq!(
        chosen.merged.strategic_objectives[0].operational_objectives[0].actions[0].text,
        "Van B"
    );
}

#[test]
fn members_edited_on_both_sides_merge_by_member_and_seat() {
    let ancestor: Members = example("data/members.ron");
    let mut ours = ancestor.clone();
    ours.members[0].name = "Naam van A".into();
    let mut theirs = ancestor.clone();
    theirs.members[1].organisation = Some("Organisatie van B".into());
    theirs.bodies[0].name = "Stuurgroep (B)".into();
    let mut seat = theirs.members[2].roles[0].clone();
    seat.until = chrono::NaiveDate::from_ymd_opt(2023, 12, 31);
    theirs.members[2].roles[0] = seat;
    let r = merge_members(Some(&ancestor), &ours, &theirs, &[]);
    assert!(r.open.is_empty(), "{:?}", r.differences);
    let mut want = ancestor.clone();
    want.members[0].name = "Naam van A".into();
    want.members[1].organisation = Some("Organisatie van B".into());
    want.bodies[0].name = "Stuurgroep (B)".into();
    want.members[2].roles[0].until = chrono::NaiveDate::from_ymd_opt(2023, 12, 31);
    assert_eq!(r.merged, want);
    // The same member renamed differently: that member is the choice, nothing else.
    theirs.members[0].name = "Naam van B".into();
    let r = merge_members(Some(&ancestor), &ours, &theirs, &[]);
    assert_eq!(r.open, [MembersElement::Member(ancestor.members[0].id.clone())]);
}

fn entry(date: (i32, u32, u32), note: &str) -> OwnerUpdate {
    OwnerUpdate {
        action: "2022-02-08-werkgroep-boekenstoet/A2".parse().unwrap(),
        date: chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
        status: FollowUpStatus::Ongoing,
        note: note.into(),
    }
}

#[test]
fn update_entries_both_sides_added_are_all_kept_in_date_order() {
    let ancestor: MemberUpdates = example("data/updates/jolien-maes.ron");
    let mut ours = ancestor.clone();
    ours.updates.push(entry((2022, 6, 1), "Van A"));
    let mut theirs = ancestor.clone();
    theirs.updates.push(entry((2022, 5, 1), "Van B"));
    let r = merge_updates(Some(&ancestor), &ours, &theirs, &[]);
    assert!(r.open.is_empty());
    let notes: Vec<&str> = r.merged.updates.iter().skip(2).map(|e| e.note.as_str()).collect();
    assert_eq!(notes, ["Van B", "Van A"]);
    // Without an ancestor nothing either version has is lost either.
    let r = merge_updates(None, &ours, &theirs, &[]);
    assert!(r.open.is_empty());
    assert_eq!(r.merged.updates.len(), 4);
    assert!(r.differences.iter().all(|d| d.side == Side::Kept));
}

#[test]
fn one_entry_both_rewrote_is_a_choice_and_both_keeps_the_two() {
    let mut ancestor: MemberUpdates = example("data/updates/jolien-maes.ron");
    ancestor.updates.push(entry((2022, 6, 1), "Eerst"));
    let mut ours = ancestor.clone();
    ours.updates[2].note = "Van A".into();
    let mut theirs = ancestor.clone();
    theirs.updates[2].note = "Van B".into();
    let r = merge_updates(Some(&ancestor), &ours, &theirs, &[]);
    let key = r.open.first().cloned().unwrap();
    assert!(matches!(key, UpdateElement::Entry(..)));
    let both = merge_updates(Some(&ancestor), &ours, &theirs, &[(key, Choice::Both)]);
    let notes: Vec<&str> = both.merged.updates.iter().skip(2).map(|e| e.note.as_str()).collect();
    assert_eq!(notes, ["Van A", "Van B"]);
    // Merged, the file reads back as the same entries.
    let text = stuurgroep::store::to_ron(&both.merged).unwrap();
    let again: MemberUpdates = parse(Path::new("x.ron"), text.as_bytes()).unwrap();
    assert_eq!(again, both.merged);
}

mod cli {
    use super::*;
    use std::process::Output;

    const UPDATES: &str = "data/updates/jolien-maes.ron";

    fn run(root: &Path, args: &[&str]) -> Output {
        let cache = root.join(".test-cache");
        crate::common::cli::command_on(root, args)
            .env("XDG_CACHE_HOME", cache)
            .env("LANG", "nl_BE.UTF-8")
            .output()
            .expect("the binary runs")
    }

    fn stdout(o: &Output) -> String {
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
        parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
    }

    fn write<T: serde::Serialize>(root: &Path, rel: &str, value: &T) {
        std::fs::write(root.join(rel), stuurgroep::store::to_ron(value).unwrap()).unwrap();
    }

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["data", "meetings"] {
            copy_dir(&src.join(sub), &dir.path().join(sub));
        }
        dir
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.is_dir() {
                copy_dir(&path, &to.join(entry.file_name()));
            } else {
                std::fs::copy(&path, to.join(entry.file_name())).unwrap();
            }
        }
    }

    #[test]
    fn an_update_file_both_sides_added_to_merges_with_every_entry_kept() {
        let dir = folder();
        let root = dir.path();
        let copy = "data/updates/jolien-maes.sync-conflict-20221012-093000-ABCDEFG.ron";
        let base: MemberUpdates = read(root, UPDATES);
        let mut ours = base.clone();
        ours.updates.push(entry((2022, 6, 1), "Van de laptop"));
        let mut theirs = base.clone();
        theirs.updates.push(entry((2022, 5, 1), "Van de telefoon"));
        write(root, UPDATES, &ours);
        write(root, copy, &theirs);
        let listed = stdout(&run(root, &["conflicts"]));
        assert!(listed.contains("geen voorouder bekend"), "{listed}");
        assert!(
            listed.contains("opvolging van 2022-02-08-werkgroep-boekenstoet/A2 op 2022-05-01")
                && listed.contains("maar in één versie, geen voorouder: behouden"),
            "{listed}"
        );
        let merged = run(root, &["conflicts", "merge", copy, "--auto"]);
        assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
        let now: MemberUpdates = read(root, UPDATES);
        let notes: Vec<&str> = now.updates.iter().skip(2).map(|e| e.note.as_str()).collect();
        assert_eq!(notes, ["Van de telefoon", "Van de laptop"]);
        assert!(!root.join(copy).exists());
        assert!(
            root.join(".stuurgroep/resolved/jolien-maes.sync-conflict-20221012-093000-ABCDEFG.ron")
                .exists()
        );
        let check = run(root, &["check"]);
        assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    }

    #[test]
    fn a_members_copy_takes_a_new_member_and_leaves_what_both_changed_to_choose() {
        let dir = folder();
        let root = dir.path();
        let copy = "data/members.sync-conflict-20221012-093000-ABCDEFG.ron";
        let base: Members = read(root, "data/members.ron");
        let mut ours = base.clone();
        ours.members[0].name = "Naam van A".into();
        let mut theirs = base.clone();
        theirs.members[0].name = "Naam van B".into();
        let mut new = theirs.members[1].clone();
        new.id = "nieuw-lid".into();
        new.name = "Nieuw Lid".into();
        // One seat, whatever seats the member copied holds in the example.
        new.roles.truncate(1);
        let seats = new.roles.clone();
        theirs.members.push(new);
        write(root, "data/members.ron", &ours);
        write(root, copy, &theirs);
        let first = ours.members[0].id.to_string();
        let listed = stdout(&run(root, &["conflicts"]));
        assert!(listed.contains(&format!("lid {first}")) && listed.contains("kies"), "{listed}");
        assert!(listed.contains("lid nieuw-lid") && listed.contains("behouden"), "{listed}");
        let json: serde_json::Value =
            serde_json::from_slice(&run(root, &["conflicts", "--json"]).stdout).unwrap();
        // The member both renamed, the new member and the new member's seat.
        assert_eq!(json[0]["differences"].as_array().map(Vec::len), Some(3), "{json}");
        let merged = run(root, &["conflicts", "merge", copy, "--auto"]);
        assert_eq!(merged.status.code(), Some(1), "{}", stdout(&merged));
        assert!(stdout(&merged).contains(&format!("lid {first}")), "{}", stdout(&merged));
        let now: Members = read(root, "data/members.ron");
        assert_eq!(now.members[0].name, "Naam van A");
        let added = now.members.iter().find(|m| m.name == "Nieuw Lid").unwrap();
        assert_eq!(added.roles, seats);
        assert!(root.join(copy).exists());
    }

    #[test]
    fn a_plan_copy_with_history_added_on_both_sides_merges_by_itself() {
        let dir = folder();
        let root = dir.path();
        let copy = "data/plan.sync-conflict-20221012-093000-ABCDEFG.ron";
        let base: Plan = read(root, "data/plan.ron");
        let mut ours = base.clone();
        ours.strategic_objectives[0].history.push(history_note("van A"));
        let mut theirs = base.clone();
        theirs.strategic_objectives[0].history.push(history_note("van B"));
        write(root, "data/plan.ron", &ours);
        write(root, copy, &theirs);
        let listed = stdout(&run(root, &["conflicts"]));
        assert!(listed.contains("codegeschiedenis van"), "{listed}");
        let merged = run(root, &["conflicts", "merge", copy, "--auto"]);
        assert_eq!(merged.status.code(), Some(0), "{}", stdout(&merged));
        let now: Plan = read(root, "data/plan.ron");
        let notes: Vec<&str> =
            now.strategic_objectives[0].history.iter().filter_map(|e| e.note.as_deref()).collect();
        assert!(notes.ends_with(&["van A", "van B"]), "{notes:?}");
        assert!(!root.join(copy).exists());
    }

    #[test]
    fn a_broken_copy_of_the_plan_is_named_unreadable_and_never_merged() {
        let dir = folder();
        let root = dir.path();
        let copy = "data/plan.sync-conflict-20221012-093000-ABCDEFG.ron";
        std::fs::write(root.join(copy), "(half synced").unwrap();
        let before = std::fs::read(root.join("data/plan.ron")).unwrap();
        let listed = stdout(&run(root, &["conflicts"]));
        assert!(listed.contains("onleesbaar: data/plan.sync-conflict-"), "{listed}");
        let json: serde_json::Value =
            serde_json::from_slice(&run(root, &["conflicts", "--json"]).stdout).unwrap();
        assert!(json[0]["error"].as_str().is_some_and(|e| e.contains(copy)), "{json}");
        let merged = run(root, &["conflicts", "merge", copy, "--auto"]);
        assert_eq!(merged.status.code(), Some(2));
        assert_eq!(std::fs::read(root.join("data/plan.ron")).unwrap(), before);
        assert!(root.join(copy).exists());
    }
}
