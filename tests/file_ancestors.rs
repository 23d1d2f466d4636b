//! The plan, the members and the update files find their common ancestor in the folder: a
//! merge this app writes keeps its version in `.stuurgroep/versions/` and stamps the file
//! with it, so that two sides hand-edited from it later merge three-way, on a machine with
//! an empty cache, and the merge can be undone byte for byte.

mod pty;

use std::path::Path;
use std::process::{Command, Output};
use stuurgroep::domain::organisation::Members;
use stuurgroep::domain::updates::MemberUpdates;
use stuurgroep::store::format::parse;
use stuurgroep::store::to_ron;

const MEMBERS: &str = "data/members.ron";
const MEMBERS_COPY: &str = "data/members.sync-conflict-20221012-093000-ABCDEFG.ron";
const UPDATES: &str = "data/updates/jolien-maes.ron";
const UPDATES_COPY: &str = "data/updates/jolien-maes.sync-conflict-20221012-093000-ABCDEFG.ron";

/// The command line on `root`, each time with a cache of its own that is empty: what it finds,
/// it finds in the folder.
fn run(root: &Path, args: &[&str]) -> Output {
    let cache = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(args)
        .args(["--dir", root.to_str().unwrap()])
        .env("XDG_CACHE_HOME", cache.path())
        .env("LANG", "nl_BE.UTF-8")
        .output()
        .unwrap()
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn read<T: serde::de::DeserializeOwned>(root: &Path, rel: &str) -> T {
    parse(Path::new(rel), &std::fs::read(root.join(rel)).unwrap()).unwrap()
}

fn text(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

/// The `written_as` line of a file's text.
fn stamp_of(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.trim_start().starts_with("written_as:"))?;
    Some(line.split('"').nth(1)?.to_owned())
}

/// Merges the copy with `--auto`; it must settle.
fn merge(root: &Path, copy: &str) {
    let merged = run(root, &["conflicts", "merge", copy, "--auto"]);
    assert_eq!(merged.status.code(), Some(0), "{}", out(&merged));
    assert!(!root.join(copy).exists(), "settled: the copy went to .stuurgroep/resolved");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn members_written_by_a_merge_carry_a_stamp_and_two_hand_edits_of_it_merge_three_way() {
    let dir = pty::example_copy();
    let root = dir.path();
    let example = text(root, MEMBERS);
    assert!(stamp_of(&example).is_none(), "a file the app never wrote has no stamp");
    // Round one, no ancestor: each side added a member; both are kept, the file stamped.
    let base: Members = read(root, MEMBERS);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let mut new = base.members[1].clone();
    (new.id, new.name) = ("lid-van-a".into(), "Lid van A".into());
    ours.members.push(new.clone());
    (new.id, new.name) = ("lid-van-b".into(), "Lid van B".into());
    theirs.members.push(new);
    std::fs::write(root.join(MEMBERS), to_ron(&ours).unwrap()).unwrap();
    std::fs::write(root.join(MEMBERS_COPY), to_ron(&theirs).unwrap()).unwrap();
    merge(root, MEMBERS_COPY);
    let written = text(root, MEMBERS);
    let first = stamp_of(&written).expect("stamped");
    // The kept version is the file as written, its stamp left out.
    let kept = text(root, &format!(".stuurgroep/versions/{}.ron", &first[7..]));
    let unstamped: String =
        written.lines().filter(|l| !l.contains("written_as:")).map(|l| format!("{l}\n")).collect();
    assert_eq!(kept, unstamped);
    // Round two: A renames a member, B a body, by hand; the stamp stays in both.
    let a = written.replace("Lid van A", "Lid van A, hernoemd");
    let b = written.replace("Raad van bestuur", "Raad van Bestuur");
    std::fs::write(root.join(MEMBERS), &a).unwrap();
    std::fs::write(root.join(MEMBERS_COPY), &b).unwrap();
    let listed = out(&run(root, &["conflicts"]));
    assert!(listed.contains("gemeenschappelijke voorouder gevonden"), "{listed}");
    assert!(!listed.contains("kies"), "one-sided changes only: {listed}");
    merge(root, MEMBERS_COPY);
    let now = text(root, MEMBERS);
    assert!(now.contains("Lid van A, hernoemd") && now.contains("Raad van Bestuur"), "{now}");
    let second = stamp_of(&now).expect("stamped again");
    assert_ne!(second, first);
    assert!(now.contains(&format!("written_from: \"{first}\"")), "{now}");
    // Undone: the original as it was, byte for byte, and the copy back.
    let undone = run(root, &["conflicts", "undo", MEMBERS]);
    assert_eq!(undone.status.code(), Some(0), "{}", out(&undone));
    assert_eq!(text(root, MEMBERS), a);
    assert_eq!(text(root, MEMBERS_COPY), b);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "sets the cache folder with XDG_CACHE_HOME, which Windows does not read"
)]
fn an_update_entry_one_side_changed_and_one_the_other_removed_merge_against_the_stamp() {
    let dir = pty::example_copy();
    let root = dir.path();
    // A merge stamps the file first (the copy only reorders nothing: one entry added).
    let base: MemberUpdates = read(root, UPDATES);
    let mut added = base.clone();
    let mut extra = base.updates[0].clone();
    extra.note = "Eerste ronde".into();
    extra.date = chrono::NaiveDate::from_ymd_opt(2022, 5, 1).unwrap();
    added.updates.push(extra);
    std::fs::write(root.join(UPDATES_COPY), to_ron(&added).unwrap()).unwrap();
    merge(root, UPDATES_COPY);
    let written = text(root, UPDATES);
    assert!(stamp_of(&written).is_some(), "{written}");
    // A rewrites the first entry's note; B removes the added one. Without the stamp both
    // would be a choice or a keep; with it, both go through.
    let stamped: MemberUpdates = read(root, UPDATES);
    let mut a = stamped.clone();
    a.updates[0].note = "Herschreven door A".into();
    let mut b = stamped.clone();
    b.updates.retain(|e| e.note != "Eerste ronde");
    std::fs::write(root.join(UPDATES), to_ron(&a).unwrap()).unwrap();
    std::fs::write(root.join(UPDATES_COPY), to_ron(&b).unwrap()).unwrap();
    merge(root, UPDATES_COPY);
    let now: MemberUpdates = read(root, UPDATES);
    assert_eq!(now.updates[0].note, "Herschreven door A");
    assert!(now.updates.iter().all(|e| e.note != "Eerste ronde"), "B's removal went through");
    assert_eq!(now.updates.len(), base.updates.len());
}
