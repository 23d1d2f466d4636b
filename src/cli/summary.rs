//! `stuurgroep summary`, and `stuurgroep` off a terminal: a summary of the folder.

use super::{ExitCode, Source};
use crate::check::check;
use crate::cli::strings::{SummaryHeading, summary_heading};
use crate::i18n::Lang;
use std::path::PathBuf;

/// Prints which folder it is and how it was found, what it holds (counts, today's
/// objectives, the latest meetings) and its findings.
pub fn run((dir, source): (PathBuf, Source), lang: Lang) -> ExitCode {
    let dir = dir.as_path();
    let folder = match super::open(dir, "stuurgroep", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let incomplete = super::stdio::unreadable(&folder, "stuurgroep", lang);
    let report = check(&folder);
    let mut out = super::check::human(dir, &report, lang);
    // The first line names the folder: say how it was found.
    if let Some(end) = out.find('\n') {
        out.insert_str(end, &format!(" ({})", crate::cli::strings::found(lang, source)));
    }
    if let Some(plan) = &folder.plan {
        out.push_str(&format!("\n{}\n", summary_heading(lang, SummaryHeading::Objectives)));
        for sd in &plan.value.strategic_objectives {
            out.push_str(&format!("  {}  {}\n", sd.code(), clip(&sd.title, 70)));
            for od in sd.operational_objectives.iter().filter(|od| od.ended().is_none()) {
                out.push_str(&format!("    {}  {}\n", od.code(sd), clip(&od.title, 64)));
            }
        }
    }
    out.push_str(&format!("\n{}\n", summary_heading(lang, SummaryHeading::LatestMeetings)));
    let mut meetings: Vec<_> = folder.meetings.iter().map(|m| &m.value).collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.date));
    for m in meetings.iter().take(5) {
        let decisions = crate::cli::strings::count(
            lang,
            m.decisions().count(),
            crate::cli::strings::Noun::Decision,
        );
        let status = crate::domain::strings::minutes_status(lang, &m.status);
        out.push_str(&format!(
            "  {}  {:<24} {:<14} {decisions}\n",
            m.date,
            m.body.as_str(),
            status
        ));
    }
    out.push_str(&format!("\n{}\n", summary_heading(lang, SummaryHeading::Hint)));
    super::stdio::answer("stuurgroep", &crate::text::printable(&out), incomplete)
}

/// The first `max` characters of `text`, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}
