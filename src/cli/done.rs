//! `stuurgroep done ACTION [--note …]`: a member reports their own action item done; the
//! short form of `stuurgroep update ACTION --status done`.

use super::ExitCode;
use super::update::Report;
use crate::domain::meeting::FollowUpStatus;
use crate::i18n::Lang;
use std::path::Path;

/// Options of `done`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The action item, as `stuurgroep actions` lists it: <meeting>/A<number>.
    #[arg(value_name = "ACTION")]
    pub action: String,
    /// What you say about it.
    #[arg(long, default_value = "")]
    pub note: String,
    /// The day it was done (2026-11-23, 15/11); today when not given.
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// Runs `done` on `dir` as `me` (`--as`, else the settings' member): the exit status.
pub fn run(dir: &Path, args: &Args, me: Option<&str>, lang: Lang) -> ExitCode {
    let on = args.on.as_deref();
    let report =
        Report { action: &args.action, status: FollowUpStatus::Done, note: &args.note, on };
    report.write(dir, me, "stuurgroep done", lang)
}
