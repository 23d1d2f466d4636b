use super::*;

#[test]
fn lock_path_is_beside_the_meeting() {
    assert_eq!(
        lock_path(Path::new("meetings/2026/2026-11-22-stuurgroep.ron")),
        PathBuf::from("meetings/2026/2026-11-22-stuurgroep.ron.lock")
    );
}

#[test]
fn paths_that_leave_the_folder_get_no_lock() {
    let me = Holder::new("an-peeters".into(), "An Peeters");
    for bad in ["../x.ron", "/etc/x.ron", ""] {
        let result = acquire(Path::new("/nonexistent"), Path::new(bad), &me, Utc::now());
        assert!(matches!(result, Err(LockError::OutsideFolder(_))), "{bad}");
    }
}

/// Here rather than in `tests/lock.rs`: `release_all` releases every lock of the process,
/// so it must not run beside other tests that hold locks.
#[test]
fn release_all_removes_the_locks_of_this_process_and_only_ours() {
    let dir = tempfile::tempdir().expect("temp dir");
    let me = Holder::new("an-peeters".into(), "An Peeters");
    let now = Utc::now();
    let (a, b) = (Path::new("a.ron"), Path::new("b.ron"));
    let guard_a = acquire(dir.path(), a, &me, now).expect("lock a");
    let guard_b = acquire(dir.path(), b, &me, now).expect("lock b");
    let theirs = LockInfo { instance: "someone-else".into(), ..guard_b.info().clone() };
    write_info(guard_b.path(), &theirs).expect("write b");
    release_all();
    assert!(!dir.path().join(lock_path(a)).exists());
    assert!(dir.path().join(lock_path(b)).exists(), "not ours any more: kept");
    drop((guard_a, guard_b));
    assert!(host::HELD.lock().expect("registry").is_empty());
}

#[test]
fn instance_tokens_differ_and_machine_name_is_never_empty() {
    assert_ne!(instance_token(), instance_token());
    assert!(!machine_name().is_empty());
}
