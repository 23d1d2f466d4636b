//! `stuurgroep plan apply MEETING`: the plan changes of a meeting's adopted decisions written
//! to the plan under its lock, as sending the minutes does; a decision the plan's history
//! names already is not applied again.

use super::ExitCode;
use super::plan::{COMMAND, failed, refuse};
use crate::cli::strings::plan as words;
use crate::domain::plan::apply_meeting;
use crate::i18n::Lang;
use crate::store::lock::Holder;
use crate::store::plan_write::update_plan;

/// Applies the changes of `meeting` (its id) in `folder` as `holder`: the exit status.
pub fn run(folder: &crate::store::Folder, meeting: &str, holder: &Holder, lang: Lang) -> ExitCode {
    let found = folder.meetings.iter().map(|m| &m.value).find(|m| m.id.as_str() == meeting.trim());
    let Some(found) = found else { return refuse(&words::no_meeting(lang, meeting)) };
    let result = update_plan(&folder.root, holder, |plan| apply_meeting(plan, found));
    match result {
        Ok((applied, _)) if applied.is_empty() => {
            let line = words::nothing_to_apply(lang, found.id.as_str());
            super::stdio::answer(COMMAND, &format!("{line}\n"), 0)
        }
        Ok((applied, _)) => {
            let refs: Vec<String> = applied.iter().map(ToString::to_string).collect();
            let line = words::applied(lang, &refs);
            super::stdio::answer(COMMAND, &format!("{line}\n"), 0)
        }
        Err(e) => failed(e, lang, |e| {
            let why = words::refused(lang, &e.error);
            words::decision_refused(lang, &e.decision.to_string(), e.index + 1, &why)
        }),
    }
}
