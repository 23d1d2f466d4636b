//! `stuurgroep generate`: a large history on the example's plan, for benchmarks and trials.

use super::ExitCode;
use crate::cli::strings::Noun;
use crate::i18n::Lang;
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
pub fn run(out: Option<&Path>, args: &Args, lang: Lang) -> ExitCode {
    let Some(out) = out else {
        eprintln!("stuurgroep generate: {}", crate::cli::strings::generate_needs_dir(lang));
        return 2;
    };
    let example = super::bundled_example();
    match crate::generate::generate_from(out, args.years, args.seed, &example) {
        Ok(stats) => {
            let count = |n: usize, noun| crate::cli::strings::count(lang, n, noun);
            let text = format!(
                "{}: {}, {}, {}, {:.1} MB\n",
                out.display(),
                count(stats.meetings, Noun::Meeting),
                count(stats.decisions, Noun::Decision),
                count(stats.action_items, Noun::ActionItem),
                stats.bytes as f64 / 1e6
            );
            super::stdio::answer("stuurgroep generate", &text, 0)
        }
        Err(e) => {
            let shown = crate::store::relpath::slashed(out).to_string();
            let said = crate::cli::strings::output::generate_failed(lang, &shown, &e);
            eprintln!("stuurgroep generate: {said}");
            2
        }
    }
}
