//! The generated history the benches run on, written once under `target/bench-data/` (never
//! in git) with the project's own generator.

use std::path::{Path, PathBuf};

/// A folder of `years` years of history (from `STUURGROEP_BENCH_YEARS`, default 20).
#[allow(dead_code, reason = "each bench includes this module; the lean bench picks its own sizes")]
pub fn folder() -> PathBuf {
    let years: u32 =
        std::env::var("STUURGROEP_BENCH_YEARS").ok().and_then(|y| y.parse().ok()).unwrap_or(20);
    folder_of(years)
}

/// A folder of `years` years of history.
pub fn folder_of(years: u32) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join(format!("target/bench-data/history-{years}y"));
    if !out.join("data/plan.ron").exists() {
        let _ = std::fs::remove_dir_all(&out);
        let stats = stuurgroep::generate::generate_from(&out, years, 2020, root).expect("generate");
        eprintln!("generated {}: {stats:?}", out.display());
    }
    out
}
