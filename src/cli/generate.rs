//! `stuurgroep generate`: a large history on the example's plan, for benchmarks and trials.

use super::ExitCode;
use crate::store::document::{MEMBERS_PATH, PLAN_PATH};
use crate::store::load::read_document;
use std::path::PathBuf;

/// Options of `generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many years of meetings, from 2020 on (20 years ≈ 2,000 meetings, 40,000 decisions).
    #[arg(long, default_value_t = 20)]
    pub years: u32,
    /// The folder to write; it must not hold a stuurgroep folder yet.
    #[arg(long = "out", value_name = "PATH")]
    pub out: PathBuf,
    /// Seed of the random choices: the same seed gives the same folder.
    #[arg(long, default_value_t = 2020)]
    pub seed: u64,
}

/// Runs `generate`.
pub fn run(args: &Args) -> ExitCode {
    let example = super::bundled_example();
    let plan = read_document(&example, PLAN_PATH.as_ref());
    let members = read_document(&example, MEMBERS_PATH.as_ref());
    let (plan, members) = match (plan, members) {
        (Ok(p), Ok(m)) => (p.value, m.value),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("stuurgroep generate: the bundled example is unreadable: {e}");
            return 2;
        }
    };
    match crate::generate::generate(&args.out, args.years, args.seed, &plan, &members) {
        Ok(stats) => {
            println!(
                "{}: {} meetings, {} decisions, {} action items, {:.1} MB",
                args.out.display(),
                stats.meetings,
                stats.decisions,
                stats.action_items,
                stats.bytes as f64 / 1e6
            );
            0
        }
        Err(e) => {
            eprintln!("stuurgroep generate: {}: {e}", args.out.display());
            2
        }
    }
}
