//! The words of `stuurgroep done` and `stuurgroep update`: what was written, and why not.

use crate::domain::meeting::FollowUpStatus;
use crate::i18n::Lang;

/// The follow-up was written: the action, its new status and the file.
pub fn written(lang: Lang, action: &str, status: FollowUpStatus, file: &str) -> String {
    let status = crate::domain::strings::follow_up_status(lang, status);
    match lang {
        Lang::Nl => format!("{action}: gemeld als {status}, in {file}"),
        Lang::En => format!("{action}: reported as {status}, in {file}"),
    }
}

/// Neither `--as` nor the settings say who the user is.
pub fn who_are_you(lang: Lang) -> &'static str {
    lang.pick(
        "wie ben je? Geef --as LID (je lid-id), of kies jezelf eenmaal in de app",
        "who are you? Give --as MEMBER (your member id), or choose yourself once in the app",
    )
}

/// No action item has the reference given; `close` are the references most like it.
pub fn unknown_action(lang: Lang, value: &str, close: &[String]) -> String {
    let mut out = match lang {
        Lang::Nl => format!("er is geen actiepunt {value:?}"),
        Lang::En => format!("there is no action item {value:?}"),
    };
    if close.is_empty() {
        out.push_str(lang.pick(
            " (een actiepunt heet <vergadering>/A<nummer>, zie stuurgroep actions)",
            " (an action item is named <meeting>/A<number>, see stuurgroep actions)",
        ));
    } else {
        out.push_str(lang.pick("; bedoel je:", "; did you mean:"));
        for c in close {
            out.push_str(&format!("\n  {c}"));
        }
    }
    out
}

/// `--on` names no day, or one still to come.
pub fn bad_day(lang: Lang, value: &str) -> String {
    match lang {
        Lang::Nl => format!(
            "--on {value:?}: geen datum tot en met vandaag (schrijf zoals 2026-11-23 of 15/11)"
        ),
        Lang::En => format!("--on {value:?}: no date up to today (write like 2026-11-23 or 15/11)"),
    }
}
