//! `stuurgroep` without a command, until the app exists: a summary of the folder.

use super::ExitCode;
use crate::check::check;
use crate::i18n::{self, Lang, SummaryHeading};
use std::path::Path;

/// Prints what the folder holds: counts, today's objectives, the latest meetings, findings.
pub fn run(dir: &Path, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let incomplete = super::stdio::unreadable(&folder, "stuurgroep", lang);
    let report = check(&folder);
    let mut out = super::check::human(dir, &report, lang);
    if let Some(plan) = &folder.plan {
        out.push_str(&format!("\n{}\n", i18n::summary_heading(lang, SummaryHeading::Objectives)));
        for sd in &plan.value.strategic_objectives {
            out.push_str(&format!("  {}  {}\n", sd.code(), clip(&sd.title, 70)));
            for od in sd.operational_objectives.iter().filter(|od| od.ended().is_none()) {
                out.push_str(&format!("    {}  {}\n", od.code(sd), clip(&od.title, 64)));
            }
        }
    }
    out.push_str(&format!("\n{}\n", i18n::summary_heading(lang, SummaryHeading::LatestMeetings)));
    let mut meetings: Vec<_> = folder.meetings.iter().map(|m| &m.value).collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.date));
    for m in meetings.iter().take(5) {
        let decisions = i18n::cli::count(lang, m.decisions().count(), i18n::cli::Noun::Decision);
        let status = i18n::minutes_status(lang, &m.status);
        out.push_str(&format!(
            "  {}  {:<24} {:<14} {decisions}\n",
            m.date,
            m.body.as_str(),
            status
        ));
    }
    out.push_str(&format!("\n{}\n", i18n::summary_heading(lang, SummaryHeading::Hint)));
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
