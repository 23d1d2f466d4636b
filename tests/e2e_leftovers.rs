//! Temp files of saves that a crash of this app interrupted are removed when the app starts
//! (off the first frame's path), once old and their writer gone; a young one, which may be a
//! save in progress on this machine, stays.

mod pty;

use pty::{Term, example_copy};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};
use stuurgroep::store::names::{TEMP_PREFIX, TEMP_SUFFIX};

/// A temp file named as this app names them, the `n`th save of process `pid`, last written `age` ago.
fn temp_file(dir: &Path, pid: u32, n: u32, age: Duration) -> std::path::PathBuf {
    let path = dir.join(format!("{TEMP_PREFIX}2022-10-11-stuurgroep.ron.{pid}-{n}{TEMP_SUFFIX}"));
    let file = std::fs::File::create(&path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
    path
}

#[test]
#[cfg_attr(windows, ignore = "needs a pseudo-terminal")]
fn the_app_removes_a_crashed_save_s_temp_file_at_start_and_keeps_a_young_one() {
    let dir = example_copy();
    let year = dir.path().join("meetings/2022");
    let gone = 4_000_000; // above any Linux pid_max: never a running process
    let old = temp_file(&year, gone, 1, Duration::from_secs(3 * 3600));
    let young = temp_file(&year, gone, 2, Duration::from_secs(5));

    let mut term = Term::start(&["--dir", dir.path().to_str().unwrap()]);
    term.wait_for("Doelstellingen");
    let until = Instant::now() + Duration::from_secs(10);
    while old.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!old.exists(), "the old temp file of a gone process is removed");
    assert!(young.exists(), "a young temp file may be a save in progress: kept");
    term.quit();
}
