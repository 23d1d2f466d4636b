//! Autosaving off the UI thread: submissions coalesce, the last one always reaches the disk,
//! a failing disk is retried without losing anything, a change on disk is never overwritten.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stuurgroep::domain::meeting::Meeting;
use stuurgroep::store::autosave::{Autosaver, SaveState};
use stuurgroep::store::format::parse;
use stuurgroep::store::{FileHash, load_folder};

const WAIT: Duration = Duration::from_secs(20);

/// The autosaver for a fixture, tracking M3 from its loaded base, and M3's content.
fn start(f: &Fixture) -> (Autosaver, Meeting) {
    let folder = load_folder(f.root()).unwrap();
    let file = folder.meetings.into_iter().find(|m| m.path == Path::new(M3)).unwrap();
    let saver = Autosaver::spawn(f.root().to_owned());
    saver.track(file.path.clone(), file.base().unwrap());
    (saver, file.value)
}

fn version(m: &Meeting, n: usize) -> Meeting {
    let mut m = m.clone();
    m.agenda[0].minutes = format!("Versie {n}.\nDe secretaris typt verder.");
    m
}

fn on_disk(path: &Path) -> Meeting {
    parse(path, &std::fs::read(path).unwrap()).unwrap()
}

fn rel() -> PathBuf {
    PathBuf::from(M3)
}

/// Polls until `done` holds for the state of M3, for at most WAIT.
fn wait_for(saver: &Autosaver, done: impl Fn(&SaveState) -> bool) -> SaveState {
    let deadline = Instant::now() + WAIT;
    loop {
        let state = saver.status(&rel());
        if done(&state) || Instant::now() > deadline {
            return state;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn many_quick_submissions_end_as_the_last_one_and_coalesce() {
    let f = Fixture::new();
    let (saver, base) = start(&f);
    assert_eq!(saver.status(&rel()), SaveState::Unchanged);
    let n = 200;
    let started = Instant::now();
    for i in 1..=n {
        saver.submit(rel(), version(&base, i));
    }
    // Never waits on the disk: 200 submissions are much quicker than 200 fsyncs.
    let submitting = started.elapsed();
    assert!(saver.flush(WAIT));
    assert_eq!(on_disk(&f.path(M3)), version(&base, n));
    let done = saver.saves_done();
    assert!((1..n as u64).contains(&done), "{done} saves for {n} submissions ({submitting:?})");
    match saver.status(&rel()) {
        SaveState::Saved { hash, .. } => {
            assert_eq!(hash, FileHash::of(&std::fs::read(f.path(M3)).unwrap()))
        }
        other => panic!("{other:?}"),
    }
    // The next save starts from the hash of the last one: no false conflict.
    saver.submit(rel(), version(&base, n + 1));
    assert!(saver.flush(WAIT));
    assert_eq!(on_disk(&f.path(M3)), version(&base, n + 1));
}

#[test]
fn dropping_the_saver_saves_what_was_submitted() {
    let f = Fixture::new();
    let (saver, base) = start(&f);
    saver.submit(rel(), version(&base, 1));
    drop(saver);
    assert_eq!(on_disk(&f.path(M3)), version(&base, 1));
}

#[test]
fn a_new_file_is_created_and_an_untracked_one_is_not_saved() {
    let f = Fixture::new();
    let (saver, base) = start(&f);
    let new = PathBuf::from("meetings/2026/2026-11-22-stuurgroep.ron");
    saver.track(new.clone(), stuurgroep::store::Base::new_file());
    saver.submit(new.clone(), version(&base, 1));
    assert!(saver.flush(WAIT));
    assert_eq!(on_disk(&f.root().join(&new)), version(&base, 1));

    let untracked = PathBuf::from("meetings/2026/2026-12-01-stuurgroep.ron");
    saver.submit(untracked.clone(), version(&base, 2));
    assert!(!saver.flush(WAIT));
    assert!(matches!(saver.status(&untracked), SaveState::Failed { next_retry: None, .. }));
    assert!(!f.root().join(&untracked).exists());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_then_saves_on_retry_with_nothing_lost() {
    use std::os::unix::fs::PermissionsExt;
    use stuurgroep::store::SaveError;
    let f = Fixture::new();
    let dir = f.path("meetings/2021");
    let before = f.read(M3);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join("probe");
    if std::fs::write(&probe, "").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: running as root, chmod does not stop writes here");
        return;
    }
    let (saver, base) = start(&f);
    saver.submit(rel(), version(&base, 1));
    assert!(!saver.flush(WAIT), "a read-only folder cannot be saved to");
    match saver.status(&rel()) {
        SaveState::Failed { error, attempts, next_retry } => {
            let (SaveError::Io(path, _) | SaveError::Busy(path, _)) = &*error else {
                panic!("{error:?}")
            };
            assert!(path.ends_with("2021-06-15-stuurgroep.ron"), "{error:?}");
            assert!(attempts >= 1);
            assert!(next_retry.is_some(), "an I/O error is retried");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(f.read(M3), before, "untouched");
    // Newer content while failing: only the newest is kept, and it can go elsewhere.
    saver.submit(rel(), version(&base, 2));
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("verslag.ron");
    saver.save_elsewhere(&rel(), &target).unwrap();
    assert_eq!(on_disk(&target), version(&base, 2));

    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let state = wait_for(&saver, |s| matches!(s, SaveState::Saved { .. }));
    assert!(matches!(state, SaveState::Saved { .. }), "{state:?}");
    assert_eq!(on_disk(&f.path(M3)), version(&base, 2));
}

#[test]
fn a_file_changed_behind_its_back_is_a_conflict_and_is_never_overwritten() {
    let f = Fixture::new();
    let (saver, base) = start(&f);
    saver.submit(rel(), version(&base, 1));
    assert!(saver.flush(WAIT));

    f.edit(M3, "Versie 1.", "Versie 1, aangevuld door Jan.");
    let theirs = f.read(M3);
    saver.submit(rel(), version(&base, 2));
    assert!(!saver.flush(WAIT));
    assert!(matches!(saver.status(&rel()), SaveState::Conflict { .. }));
    // More typing in the conflict: kept in memory, still not written.
    saver.submit(rel(), version(&base, 3));
    assert!(!saver.flush(WAIT));
    assert!(matches!(saver.status(&rel()), SaveState::Conflict { .. }));
    assert_eq!(f.read(M3), theirs, "the other change is untouched");

    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("mijn-versie.ron");
    saver.save_elsewhere(&rel(), &target).unwrap();
    assert_eq!(on_disk(&target), version(&base, 3));
    // Never over an existing file, the meeting itself included.
    assert!(saver.save_elsewhere(&rel(), &target).is_err());
    assert!(saver.save_elsewhere(&rel(), &f.path(M3)).is_err());
    assert_eq!(f.read(M3), theirs);

    // Tracked anew from the reloaded file (after merging): saving resumes.
    let folder = load_folder(f.root()).unwrap();
    let reloaded = folder.meetings.into_iter().find(|m| m.path == rel()).unwrap();
    saver.track(rel(), reloaded.base().unwrap());
    assert_eq!(saver.status(&rel()), SaveState::Unchanged);
    saver.submit(rel(), version(&base, 4));
    assert!(saver.flush(WAIT));
    assert_eq!(on_disk(&f.path(M3)), version(&base, 4));
}

/// The retry path without chmod (which does not stop root): the file is moved aside and a
/// folder stands in its place, so reading it for the base check fails with an I/O error.
#[test]
fn an_io_error_is_retried_with_only_the_newest_content_kept() {
    let f = Fixture::new();
    let (saver, base) = start(&f);
    let path = f.path(M3);
    let aside = f.path("meetings/2021/aside.bak");
    std::fs::rename(&path, &aside).unwrap();
    std::fs::create_dir(&path).unwrap();
    saver.submit(rel(), version(&base, 1));
    assert!(!saver.flush(WAIT));
    let state = saver.status(&rel());
    assert!(matches!(state, SaveState::Failed { next_retry: Some(_), .. }), "{state:?}");
    saver.submit(rel(), version(&base, 2));
    assert!(matches!(saver.status(&rel()), SaveState::Failed { .. }), "no retry before its time");

    std::fs::remove_dir(&path).unwrap();
    std::fs::rename(&aside, &path).unwrap();
    let state = wait_for(&saver, |s| matches!(s, SaveState::Saved { .. }));
    assert!(matches!(state, SaveState::Saved { .. }), "{state:?}");
    assert_eq!(on_disk(&path), version(&base, 2));
    assert_eq!(saver.saves_done(), 1, "only the newest content was written");
}

#[test]
fn every_version_written_is_kept_in_the_cache_even_when_overwritten_at_once() {
    let f = Fixture::new();
    let cache = tempfile::tempdir().unwrap();
    let versions = stuurgroep::store::versions::VersionCache::at(cache.path());
    let folder = load_folder(f.root()).unwrap();
    let file = folder.meetings.into_iter().find(|m| m.path == Path::new(M3)).unwrap();
    let saver = Autosaver::spawn_keeping(f.root().to_owned(), Some(versions.clone()));
    saver.track(file.path.clone(), file.base().unwrap());
    saver.submit(rel(), version(&file.value, 1));
    assert!(saver.flush(WAIT));
    // Someone else's version lands before anyone could read ours back.
    let written = FileHash::of(&std::fs::read(f.root().join(M3)).unwrap());
    std::fs::write(f.root().join(M3), "someone else's").unwrap();
    let kept = versions.meeting(&written.to_string()).expect("the version written is kept");
    assert_eq!(kept.agenda[0].minutes, version(&file.value, 1).agenda[0].minutes);
}
