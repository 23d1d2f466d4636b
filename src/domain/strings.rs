//! The words of the domain's shared types (a meeting's status, a decision's outcome, a
//! follow-up's status, the standard agenda), in Dutch and English side by side.

use super::meeting::{FollowUpStatus, MinutesStatus, Outcome, Presence};
use super::organisation::TemplateItem;
use crate::i18n::Lang;

/// "ontwerp" / "verstuurd" / "goedgekeurd".
pub fn minutes_status(lang: Lang, status: &MinutesStatus) -> &'static str {
    use MinutesStatus as S;
    match status {
        S::Draft => lang.pick("ontwerp", "draft"),
        S::Sent { .. } => lang.pick("verstuurd", "sent"),
        S::Approved { .. } => lang.pick("goedgekeurd", "approved"),
    }
}

/// "een gewone meerderheid" / "a simple majority", as a finding names it.
pub fn majority(lang: Lang, majority: crate::domain::governance::Majority) -> &'static str {
    use crate::domain::governance::Majority as M;
    match majority {
        M::Simple => lang.pick("een gewone meerderheid", "a simple majority"),
        M::TwoThirds => lang.pick("een tweederdemeerderheid", "a two-thirds majority"),
        M::Absolute => lang.pick("een volstrekte meerderheid", "an absolute majority"),
    }
}

/// "aangenomen" / "adopted", as a finding or a list says it.
pub fn outcome(lang: Lang, outcome: Outcome) -> &'static str {
    use Outcome as O;
    match outcome {
        O::Adopted => lang.pick("aangenomen", "adopted"),
        O::Rejected => lang.pick("verworpen", "rejected"),
        O::Postponed => lang.pick("uitgesteld", "postponed"),
    }
}

/// "afgerond" / "lopend" / "geschrapt" for a follow-up.
pub fn follow_up_status(lang: Lang, status: FollowUpStatus) -> &'static str {
    use FollowUpStatus as S;
    match status {
        S::Done => lang.pick("afgerond", "done"),
        S::Ongoing => lang.pick("lopend", "ongoing"),
        S::Dropped => lang.pick("geschrapt", "dropped"),
    }
}

/// The status of minutes as a sentence for the document.
pub fn minutes_status_sentence(lang: Lang, status: &MinutesStatus) -> String {
    use MinutesStatus as S;
    match (status, lang) {
        (S::Draft, _) => lang.pick("Ontwerp: nog niet verstuurd", "Draft: not sent yet").to_owned(),
        (S::Sent { on }, Lang::Nl) => format!("Verstuurd op {on}, nog niet goedgekeurd"),
        (S::Sent { on }, Lang::En) => format!("Sent on {on}, not yet approved"),
        (S::Approved { by }, Lang::Nl) => format!("Goedgekeurd in de vergadering {by}"),
        (S::Approved { by }, Lang::En) => format!("Approved in the meeting {by}"),
    }
}

/// "aanwezig" / "present", …
pub fn presence(lang: Lang, presence: Presence) -> &'static str {
    match presence {
        Presence::Present => lang.pick("aanwezig", "present"),
        Presence::Excused => lang.pick("verontschuldigd", "excused"),
        Presence::Absent => lang.pick("afwezig", "absent"),
    }
}

/// The standard agenda of a new meeting, for a body without one of its own.
pub fn template(lang: Lang) -> Vec<TemplateItem> {
    let t = |nl: &str, en: &str| lang.pick(nl, en).to_owned();
    vec![
        TemplateItem::Item(t("Opening en aanwezigheden", "Opening and attendance")),
        TemplateItem::Item(t(
            "Goedkeuring verslag vorige vergadering",
            "Approval of the previous minutes",
        )),
        TemplateItem::FollowUp(t("Opvolging actiepunten", "Follow-up of action items")),
        TemplateItem::Item(t("Varia", "Any other business")),
        TemplateItem::Item(t("Slot", "Closing")),
    ]
}
