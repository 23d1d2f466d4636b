//! `stuurgroep generate`: a large history on the example's plan, for benchmarks and trials.

use super::ExitCode;
use std::path::Path;

/// Options of `generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many years of meetings after the example's (so from 2023 on); 20 years is about
    /// 2,000 meetings and 40,000 decisions.
    #[arg(long, default_value_t = 20)]
    pub years: u32,
    /// Seed of the random choices: the same seed gives the same folder.
    #[arg(long, default_value_t = 2020)]
    pub seed: u64,
}

/// Runs `generate` into `out`, which must be given (`--dir`) and must not hold a folder yet.
pub fn run(out: Option<&Path>, args: &Args) -> ExitCode {
    let Some(out) = out else {
        eprintln!("stuurgroep generate: --dir PATH is required: the folder to write");
        return 2;
    };
    let example = super::bundled_example();
    match crate::generate::generate_from(out, args.years, args.seed, &example) {
        Ok(stats) => {
            let text = format!(
                "{}: {} meetings, {} decisions, {} action items, {:.1} MB\n",
                out.display(),
                stats.meetings,
                stats.decisions,
                stats.action_items,
                stats.bytes as f64 / 1e6
            );
            super::stdio::answer("stuurgroep generate", &text, 0)
        }
        Err(e) => {
            eprintln!("stuurgroep generate: {}: {e}", out.display());
            2
        }
    }
}
