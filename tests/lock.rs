//! Lock files beside a meeting: who edits it, refreshed, stale after a while, taken over after
//! the user was asked about that very holder, released only by their own instance (with the
//! sync services' copies of it), never loaded as documents.

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use common::*;
use std::path::Path;
use stuurgroep::store::load_folder;
use stuurgroep::store::lock::{
    self, Holder, LockError, LockInfo, STALE_AFTER, acquire, lock_path, take_over,
};

fn an() -> Holder {
    Holder::new("an-peeters".into(), "An Peeters")
}

fn lotte() -> Holder {
    Holder::new("lotte-verhaegen".into(), "Lotte Verhaegen")
}

fn t0() -> DateTime<Utc> {
    "2026-11-22T19:00:00Z".parse().unwrap()
}

fn after(d: std::time::Duration) -> DateTime<Utc> {
    t0() + TimeDelta::from_std(d).unwrap()
}

fn lock_file(f: &Fixture) -> std::path::PathBuf {
    f.root().join(lock_path(Path::new(M3)))
}

#[test]
fn acquire_writes_a_lock_file_that_says_who() {
    let f = Fixture::new();
    let me = an();
    let guard = acquire(f.root(), Path::new(M3), &me, t0()).unwrap();
    assert_eq!(guard.path(), lock_file(&f));
    assert_eq!(lock_file(&f), f.path("meetings/2021/2021-06-15-stuurgroep.ron.lock"));
    let info = lock::read(f.root(), Path::new(M3)).unwrap().unwrap();
    assert_eq!(info.member.as_str(), "an-peeters");
    assert_eq!(info.name, "An Peeters");
    assert_eq!((info.since, info.refreshed), (t0(), t0()));
    assert_eq!(info.instance, me.instance);
    assert_eq!(info.pid, std::process::id());
    assert!(!info.machine.is_empty());
    let text = std::fs::read_to_string(lock_file(&f)).unwrap();
    assert!(text.contains("An Peeters"), "{text}");
}

#[test]
fn another_instance_sees_it_held_even_the_same_person() {
    let f = Fixture::new();
    let me = an();
    let _guard = acquire(f.root(), Path::new(M3), &me, t0()).unwrap();
    let same_person_other_terminal = an();
    for other in [lotte(), same_person_other_terminal] {
        match acquire(f.root(), Path::new(M3), &other, after(STALE_AFTER)) {
            Err(LockError::HeldBy(info)) => assert_eq!(info.instance, me.instance),
            other => panic!("{other:?}"),
        }
    }
    // The same instance simply takes it again, keeping `since`.
    let again = acquire(f.root(), Path::new(M3), &me, after(STALE_AFTER)).unwrap();
    assert_eq!(again.info().since, t0());
    assert_eq!(again.info().refreshed, after(STALE_AFTER));
}

#[test]
fn a_stale_lock_is_reported_and_can_be_taken_over() {
    let f = Fixture::new();
    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    let late = after(STALE_AFTER + std::time::Duration::from_secs(1));
    let seen = match acquire(f.root(), Path::new(M3), &lotte(), late) {
        Err(LockError::Stale(info)) => info,
        other => panic!("{other:?}"),
    };
    let me = lotte();
    let mine = take_over(f.root(), Path::new(M3), &me, &seen, late).unwrap();
    let info = lock::read(f.root(), Path::new(M3)).unwrap().unwrap();
    assert_eq!(info.instance, me.instance);
    assert_eq!(info.since, late);
    assert_eq!(mine.info(), &info);
    drop(guard); // the old holder's guard must not remove the new lock
    assert!(lock_file(&f).exists());
}

#[test]
fn a_stale_lock_whose_holder_came_back_since_it_was_seen_is_not_taken_over() {
    let f = Fixture::new();
    let mut guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    let seen = guard.info().clone();
    // Refreshed in time: taking over is refused, whatever the caller saw.
    guard.refresh(after(STALE_AFTER)).unwrap();
    let late = after(STALE_AFTER + std::time::Duration::from_secs(1));
    assert!(matches!(
        take_over(f.root(), Path::new(M3), &lotte(), &seen, late),
        Err(LockError::HeldBy(_))
    ));
    // Stale again, but not the lock the user was asked about: ask again.
    let much_later = after(STALE_AFTER * 3);
    match take_over(f.root(), Path::new(M3), &lotte(), &seen, much_later) {
        Err(LockError::Stale(info)) => assert_eq!(info.refreshed, after(STALE_AFTER)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn refresh_after_a_take_over_reports_the_new_holder_for_good() {
    let f = Fixture::new();
    let mut guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    guard.refresh(after(STALE_AFTER / 2)).unwrap();
    let info = lock::read(f.root(), Path::new(M3)).unwrap().unwrap();
    assert_eq!(info.refreshed, after(STALE_AFTER / 2));
    let late = after(STALE_AFTER * 2);
    let seen: LockInfo = match acquire(f.root(), Path::new(M3), &lotte(), late) {
        Err(LockError::Stale(info)) => *info,
        other => panic!("{other:?}"),
    };
    let theirs = take_over(f.root(), Path::new(M3), &lotte(), &seen, late).unwrap();
    match guard.refresh(late) {
        Err(LockError::LostTo(info)) => assert_eq!(info.name, "Lotte Verhaegen"),
        other => panic!("{other:?}"),
    }
    // Even once the new holder is gone, the lost lock is not written again.
    theirs.release().unwrap();
    assert!(matches!(guard.refresh(late), Err(LockError::LostTo(_))));
    assert!(!lock_file(&f).exists());
}

#[test]
fn release_and_drop_remove_only_their_own_lock() {
    let f = Fixture::new();
    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    guard.release().unwrap();
    assert!(!lock_file(&f).exists());

    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    drop(guard);
    assert!(!lock_file(&f).exists());

    // A lock someone else wrote over ours (as a sync service would deliver it) stays.
    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    let text = std::fs::read_to_string(lock_file(&f)).unwrap();
    let theirs = text.replace(&guard.info().instance, "0123456789abcdef0123456789abcdef");
    std::fs::write(lock_file(&f), &theirs).unwrap();
    guard.release().unwrap();
    assert_eq!(std::fs::read_to_string(lock_file(&f)).unwrap(), theirs);
}

#[test]
fn an_unreadable_lock_is_held_reported_with_its_path_and_kept() {
    let f = Fixture::new();
    let garbage = "(version: 1, member: \"an-peeters\", name: ";
    std::fs::write(lock_file(&f), garbage).unwrap();
    for result in [
        acquire(f.root(), Path::new(M3), &an(), after(STALE_AFTER * 10)).map(|_| ()),
        lock::read(f.root(), Path::new(M3)).unwrap().map(|_| ()),
    ] {
        match result {
            Err(e @ LockError::Unreadable { .. }) => {
                let LockError::Unreadable { path, .. } = &e else { unreachable!() };
                assert_eq!(path, &lock_file(&f));
                assert!(e.to_string().contains("2021-06-15-stuurgroep.ron.lock"), "{e}");
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(std::fs::read_to_string(lock_file(&f)).unwrap(), garbage);
}

#[test]
fn no_lock_reads_as_none() {
    let f = Fixture::new();
    assert!(lock::read(f.root(), Path::new(M3)).is_none());
}

#[test]
fn a_lock_file_is_never_loaded_as_a_document() {
    let f = Fixture::new();
    let _guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    std::fs::write(f.root().join(lock_path(Path::new(M1))), "not ron at all").unwrap();
    let folder = load_folder(f.root()).unwrap();
    assert_eq!(folder.meetings.len(), 3);
    assert!(folder.errors.is_empty(), "{:?}", folder.errors);
    assert!(folder.conflicts.is_empty(), "{:?}", folder.conflicts);
}

#[test]
fn two_local_instances_racing_end_with_one_holder() {
    let f = Fixture::new();
    let holders: Vec<Holder> = (0..8).map(|_| an()).collect();
    let winners = std::thread::scope(|s| {
        let handles: Vec<_> =
            holders.iter().map(|h| s.spawn(|| acquire(f.root(), Path::new(M3), h, t0()))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).filter_map(Result::ok).collect::<Vec<_>>()
    });
    assert_eq!(winners.len(), 1);
    let info = lock::read(f.root(), Path::new(M3)).unwrap().unwrap();
    assert_eq!(winners[0].info(), &info);
}

#[cfg(target_os = "linux")]
#[test]
fn a_lock_left_on_this_machine_by_a_process_that_is_gone_is_stale_at_once() {
    let f = Fixture::new();
    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    // As after `kill -9`: the file stays, its process does not.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    child.wait().unwrap();
    let orphan = LockInfo { pid: child.id(), ..guard.info().clone() };
    std::mem::forget(guard);
    std::fs::write(lock_file(&f), stuurgroep::store::to_ron(&orphan).unwrap()).unwrap();
    match acquire(f.root(), Path::new(M3), &an(), t0()) {
        Err(LockError::Stale(info)) => assert_eq!(info.pid, child.id()),
        other => panic!("{other:?}"),
    }
    // Another machine's lock with the same dead pid is not judged from here.
    let elsewhere = LockInfo { machine: "elders".into(), ..orphan };
    std::fs::write(lock_file(&f), stuurgroep::store::to_ron(&elsewhere).unwrap()).unwrap();
    assert!(matches!(acquire(f.root(), Path::new(M3), &an(), t0()), Err(LockError::HeldBy(_))));
}

#[test]
fn a_fresh_lock_is_taken_over_once_asked_and_its_holder_notices_at_the_next_check() {
    let f = Fixture::new();
    let mut held = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    held.typed(after(std::time::Duration::from_secs(10))).unwrap();
    held.refresh(after(std::time::Duration::from_secs(30))).unwrap();
    let seen = match acquire(f.root(), Path::new(M3), &lotte(), after(STALE_AFTER / 4)) {
        Err(LockError::HeldBy(info)) => *info,
        other => panic!("{other:?}"),
    };
    // The question can say how long ago An typed.
    assert_eq!(seen.typed, Some(after(std::time::Duration::from_secs(10))));
    // An's app refreshes meanwhile: still the holder the user was asked about.
    held.refresh(after(STALE_AFTER / 3)).unwrap();
    let taken = take_over(f.root(), Path::new(M3), &lotte(), &seen, after(STALE_AFTER / 2));
    let taken = taken.unwrap();
    assert!(held.check().is_err(), "An's app sees it lost at the next check, without a write");
    match held.check() {
        Err(LockError::LostTo(info)) => assert_eq!(info.name, "Lotte Verhaegen"),
        other => panic!("{other:?}"),
    }
    // A third instance's lock is not taken over on the strength of the question about An's.
    taken.release().unwrap();
    let third = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    let again = take_over(f.root(), Path::new(M3), &lotte(), &seen, t0());
    assert!(matches!(again, Err(LockError::HeldBy(_))), "{again:?}");
    drop(third);
}

#[test]
fn releasing_a_lock_removes_the_sync_services_copies_of_it() {
    let f = Fixture::new();
    let guard = acquire(f.root(), Path::new(M3), &an(), t0()).unwrap();
    let copy = guard.path().with_file_name(format!(
        "{}.sync-conflict-20261122-190500-ABCDEFG.lock",
        Path::new(M3).file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&copy, std::fs::read(guard.path()).unwrap()).unwrap();
    let other =
        copy.with_file_name("2021-03-16-stuurgroep.ron.sync-conflict-20261122-190500-ABCDEFG.lock");
    std::fs::write(&other, "x").unwrap();
    guard.release().unwrap();
    assert!(!copy.exists(), "the copy of this lock goes with it");
    assert!(other.exists(), "another meeting's is left alone");
}
