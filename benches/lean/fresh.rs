//! The first frame as the app gets it: in a process of its own, which starts with nothing in
//! memory (every page of the folder's state is faulted in, every allocator arena made), against
//! the bare parse in a process of its own. The bench runs itself as the child, which does one
//! of the works and exits; its CPU time is the child's, from start to exit.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Set in the child's environment: the folder whose first frame (or bare parse) it makes.
pub const FRAME_OF: &str = "STUURGROEP_BENCH_FRAME_OF";
/// Which work the child does: `bare`, `parsed` (every file parsed) or `starts` (as the app
/// starts: through the cache, from the newest meetings of a long history).
pub const FRAME_HOW: &str = "STUURGROEP_BENCH_FRAME_HOW";

/// In the child: the work named in [`FRAME_HOW`] on `root`, once.
pub fn child(root: &Path) {
    match std::env::var(FRAME_HOW).as_deref() {
        Ok("bare") => drop(crate::bare_parse(root)),
        Ok("parsed") => drop(crate::first_frame(root)),
        Ok("starts") => drop(crate::first_frame_lean(root)),
        how => eprintln!("fresh: no such work {how:?}"),
    }
}

/// Wall and CPU time of one child doing `how` on `root`.
fn one(root: &Path, how: &str) -> (Duration, Duration) {
    let me = std::env::current_exe().expect("the bench knows its own path");
    crate::timed(true, || {
        let status = Command::new(&me).env(FRAME_OF, root).env(FRAME_HOW, how).status();
        assert!(status.is_ok_and(|s| s.success()), "the child ran");
    })
}

/// The bare parse and the first frames, each in `runs` fresh processes, interleaved; printed
/// as ratios of the medians.
pub fn first_frames(root: &Path, mb: f64, runs: usize) {
    let times = crate::interleaved(
        runs,
        &mut [&mut || one(root, "bare"), &mut || one(root, "parsed"), &mut || one(root, "starts")],
    );
    let [(bare_wall, bare_cpu), parsed, starts] = times[..] else { return };
    println!(
        "fresh process: bare parse {} wall  {} CPU  ({})",
        crate::secs(bare_wall),
        crate::secs(bare_cpu),
        crate::per_mb(bare_cpu, mb)
    );
    for ((wall, cpu), how) in [(parsed, "all parsed"), (starts, "as the app starts")] {
        println!(
            "fresh process: first frame, {how}  {} wall  {} CPU  ({})  = {:.2}x wall, {:.2}x CPU of the bare parse",
            crate::secs(wall),
            crate::secs(cpu),
            crate::per_mb(cpu, mb),
            wall.as_secs_f64() / bare_wall.as_secs_f64(),
            cpu.as_secs_f64() / bare_cpu.as_secs_f64()
        );
    }
}
