//! The words of the domain's shared types (a meeting's status, a decision's outcome, a
//! follow-up's status, the standard agenda), in Dutch and English side by side.

use super::edit::EditError;
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

/// What a member does at an agenda item, in a few words: "komt binnen", "belangenconflict:
/// eigen vzw".
pub fn presence_change(lang: Lang, change: &crate::domain::meeting::Movement) -> String {
    use crate::domain::meeting::Movement as C;
    match change {
        C::Arrives => lang.pick("komt binnen", "comes in").into(),
        C::Leaves => lang.pick("vertrekt", "leaves").into(),
        C::StepsOut => {
            lang.pick("verlaat de zaal voor dit punt", "leaves the room for this item").into()
        }
        C::Conflict { reason } => {
            let word = lang.pick("belangenconflict", "conflict of interest");
            reason.as_ref().map_or_else(|| word.to_owned(), |r| format!("{word}: {r}"))
        }
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

/// Why the editor refused a change, in words.
pub fn edit_error(lang: Lang, e: &EditError) -> String {
    match lang {
        Lang::Nl => edit_error_nl(e),
        Lang::En => edit_error_en(e),
    }
}

/// The objectives a list of decisions (by number) still lacks: "B1, B3".
fn decisions(n: &[impl std::fmt::Display]) -> String {
    n.iter().map(|n| format!("B{n}")).collect::<Vec<_>>().join(", ")
}

/// The Dutch table of [`edit_error`].
fn edit_error_nl(e: &EditError) -> String {
    match e {
        EditError::Frozen => "Goedgekeurd verslag: niet te wijzigen.".into(),
        EditError::NoSuchItem => "Niets geselecteerd.".into(),
        EditError::ItemNotEmpty => {
            "Dit punt is niet leeg (notulen, besluiten, acties): eerst die schrappen.".into()
        }
        EditError::Unlinked(n) => {
            format!("Nog zonder doelstelling: {}. Koppel ze eerst (d).", decisions(n))
        }
        EditError::NotSameBody => "Verslag van een ander orgaan.".into(),
        EditError::NotEarlier => "Geen eerdere vergadering.".into(),
        EditError::AlreadyApproved => "Al goedgekeurd.".into(),
        EditError::EndBeforeStart => "Het einde ligt voor de aanvang.".into(),
        EditError::HoldsDecisions => "Deze vergadering nam besluiten: ze vond plaats.".into(),
        EditError::NotADraft => "Het verslag is verstuurd: niet meer te verwijderen.".into(),
        EditError::Referenced => "Er staan actiepunten of goedkeuringen in: annuleer de vergadering (X) in plaats van ze te verwijderen.".into(),
        EditError::DateTaken => "Op die dag is er al een vergadering van dit orgaan: kies een andere datum.".into(),
        EditError::ApprovedRefers => {
            "Goedgekeurde notulen verwijzen naar deze vergadering: de datum blijft.".into()
        }
        EditError::TooManyVotes(cast, present) => format!(
            "{cast} stemmen, maar {present} stemgerechtigde leden aanwezig voor dit punt: tel opnieuw."
        ),
        EditError::VotesAgainstOutcome(o, v, m) => format!(
            "{} voor, {} tegen: bij {} is dat {}, niet {}. Pas de uitkomst aan (u) of de stemming.",
            v.yes,
            v.no,
            majority(Lang::Nl, *m),
            outcome(Lang::Nl, carried_other(*o)),
            outcome(Lang::Nl, *o)
        ),
        EditError::WithoutQuorum(n) => format!(
            "Genomen zonder quorum: {}. Noteer waarom het besluit toch geldt.",
            decisions(n)
        ),
        EditError::NotAVoter(m) => format!(
            "{m} stemt niet mee over dit punt (geen stemrecht, niet in de zaal, een belangenconflict of twee keer genoemd)."
        ),
    }
}

/// The English table of [`edit_error`].
fn edit_error_en(e: &EditError) -> String {
    match e {
        EditError::Frozen => "Approved minutes cannot change.".into(),
        EditError::NoSuchItem => "Nothing selected.".into(),
        EditError::ItemNotEmpty => {
            "This item is not empty (minutes, decisions, actions): remove those first.".into()
        }
        EditError::Unlinked(n) => {
            format!("Still without an objective: {}. Link them first (d).", decisions(n))
        }
        EditError::NotSameBody => "Minutes of another body.".into(),
        EditError::NotEarlier => "Not an earlier meeting.".into(),
        EditError::AlreadyApproved => "Approved already.".into(),
        EditError::EndBeforeStart => "The end is before the start.".into(),
        EditError::HoldsDecisions => "This meeting took decisions: it was held.".into(),
        EditError::NotADraft => "The minutes were sent: no longer removable.".into(),
        EditError::Referenced => {
            "It holds action items or approvals: cancel the meeting (X) instead of removing it."
                .into()
        }
        EditError::DateTaken => "This body meets on that day already: pick another date.".into(),
        EditError::ApprovedRefers => {
            "Approved minutes refer to this meeting: the date stays.".into()
        }
        EditError::TooManyVotes(cast, present) => format!(
            "{cast} votes, but {present} voting members present for this item: count again."
        ),
        EditError::VotesAgainstOutcome(o, v, m) => format!(
            "{} for, {} against: by {} that is {}, not {}. Change the outcome (u) or the votes.",
            v.yes,
            v.no,
            majority(Lang::En, *m),
            outcome(Lang::En, carried_other(*o)),
            outcome(Lang::En, *o)
        ),
        EditError::WithoutQuorum(n) => {
            format!("Taken without quorum: {}. Note why the decision stands.", decisions(n))
        }
        EditError::NotAVoter(m) => format!(
            "{m} does not vote on this item (no vote, not in the room, a conflict of interest, or named twice)."
        ),
    }
}

/// The outcome the votes carried when they were refused for `o`: a refused adoption was a
/// rejection, and the other way round.
fn carried_other(o: crate::domain::meeting::Outcome) -> crate::domain::meeting::Outcome {
    use crate::domain::meeting::Outcome as O;
    if o == O::Adopted { O::Rejected } else { O::Adopted }
}

/// An action item's owner as shown: a member's name (from `member`), a guest's or an outside
/// person's name with what they are, or that there is none yet.
pub fn owner(
    lang: Lang,
    owner: &crate::domain::meeting::Owner,
    member: impl FnOnce(&crate::domain::ids::MemberId) -> String,
) -> String {
    use crate::domain::meeting::Owner;
    match owner {
        Owner::Member(id) => member(id),
        Owner::Guest(name) => format!("{name} ({})", lang.pick("gast", "guest")),
        Owner::Outside(name) => format!("{name} ({})", lang.pick("extern", "outside")),
        Owner::Nobody => lang.pick("nog geen eigenaar", "no owner yet").to_owned(),
    }
}

/// What a history event of an objective (or plan action) says, in a line: "hernummerd SD1 OD3
/// → SD1 OD2". The app's history and the reports say it alike.
pub fn plan_change(lang: Lang, c: &super::plan::Change) -> String {
    use super::plan::Change;
    let nl = lang == Lang::Nl;
    match c {
        Change::Added { code } => {
            format!("{} {code}", if nl { "toegevoegd als" } else { "added as" })
        }
        Change::Renumbered { from, to } => {
            format!("{} {from} → {to}", if nl { "hernummerd" } else { "renumbered" })
        }
        Change::Moved { from, to } => {
            format!("{} {from} → {to}", if nl { "verplaatst" } else { "moved" })
        }
        Change::Retitled { .. } => (if nl { "nieuwe titel" } else { "retitled" }).into(),
        Change::Merged { into } => {
            format!("{} {into}", if nl { "samengevoegd met" } else { "merged into" })
        }
        Change::Split { into } => format!(
            "{} {}",
            if nl { "gesplitst in" } else { "split into" },
            into.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(", ")
        ),
        Change::Demoted { under, .. } => format!(
            "{} {under}",
            if nl { "werd een actie onder" } else { "became an action under" }
        ),
        Change::Removed => (if nl { "geschrapt" } else { "removed" }).into(),
        Change::Replanned { .. } => (if nl { "nieuwe planning" } else { "replanned" }).into(),
        Change::Respread { .. } => (if nl { "nieuwe spreiding" } else { "respread" }).into(),
    }
}

/// What allowed a plan history event, as the end of its line: "  (2022-03-15-stuurgroep/2)",
/// "  (redactioneel)" for a typo fixed without a decision, or nothing.
pub fn plan_event_by(lang: Lang, e: &super::plan::HistoryEvent) -> String {
    match (&e.decision, e.editorial) {
        (Some(d), _) => format!("  ({d})"),
        (None, true) => format!("  ({})", editorial(lang)),
        (None, false) => String::new(),
    }
}

/// What allowed an editorial change, where a decision would be named.
pub fn editorial(lang: Lang) -> &'static str {
    lang.pick("redactioneel", "editorial")
}

/// What allowed a plan change, as the line saying it was written names it: the decision,
/// or "redactioneel".
pub fn allowed(lang: Lang, allowed: &super::plan::Allowed) -> String {
    match allowed {
        super::plan::Allowed::Decision(by) => by.decision.to_string(),
        super::plan::Allowed::Editorial => editorial(lang).to_owned(),
    }
}

/// Why a member may not report on an action item, `name_of` naming a member.
pub fn not_yours(
    lang: Lang,
    why: &crate::domain::updates::NotYours,
    name_of: impl Fn(&crate::domain::ids::MemberId) -> String,
) -> String {
    use crate::domain::updates::NotYours as N;
    match (why, lang) {
        (N::Member(id), Lang::Nl) => format!(
            "dit actiepunt is van {}: alleen de eigenaar meldt zelf hoe het ervoor staat",
            name_of(id)
        ),
        (N::Member(id), Lang::En) => {
            format!("this action item is {}'s: only its owner reports on it", name_of(id))
        }
        (N::NotAMember(name), Lang::Nl) => format!(
            "dit actiepunt is van {name}, geen lid: de secretaris volgt het op in de vergadering"
        ),
        (N::NotAMember(name), Lang::En) => format!(
            "this action item is {name}'s, not a member's: the secretary follows it up in the meeting"
        ),
        (N::Nobody, _) => lang
            .pick(
                "dit actiepunt heeft nog geen eigenaar: de secretaris volgt het op in de vergadering",
                "this action item has no owner yet: the secretary follows it up in the meeting",
            )
            .to_owned(),
    }
}

/// A spreiding names a municipality the plan does not know (the editor's, the plan screen's
/// and the command line's words).
pub fn unknown_municipality(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("geen gemeente {name:?} in het plan (namen met komma's ertussen)"),
        Lang::En => format!("no municipality {name:?} in the plan (names separated by commas)"),
    }
}

/// Why a change to the plan was refused (the app's and the command line's words).
pub fn plan_refused(lang: Lang, e: &super::plan::PlanChangeError) -> String {
    use super::plan::PlanChangeError as E;
    let nl = lang == Lang::Nl;
    match e {
        E::UnknownObjective(id) => {
            pick_of(nl, format!("geen doelstelling {id:?}"), format!("no objective {id:?}"))
        }
        E::UnknownAction(id) => pick_of(
            nl,
            format!("geen actie {id:?} in het plan"),
            format!("no action {id:?} in the plan"),
        ),
        E::UnknownStrategic(n) => {
            pick_of(nl, format!("er is geen SD{n}"), format!("there is no SD{n}"))
        }
        E::NotOperational(id) => pick_of(
            nl,
            format!("{id} is een strategische doelstelling; dit kan enkel met een operationele"),
            format!("{id} is a strategic objective; this works on operational ones only"),
        ),
        E::Ended(id) => {
            pick_of(nl, format!("{id} bestaat niet meer (beëindigd)"), format!("{id} has ended"))
        }
        E::IntoEnded(id) => pick_of(
            nl,
            format!("{id} bestaat niet meer: kies een doelstelling die nog loopt"),
            format!("{id} has ended: choose an objective in force"),
        ),
        E::IntoItself(id) => pick_of(
            nl,
            format!("{id} kan niet in zichzelf op"),
            format!("{id} cannot go into itself"),
        ),
        E::CodeInUse { code, by } => pick_of(
            nl,
            format!("de code {code} zou twee keer gebruikt worden (ook door {by})"),
            format!("the code {code} would be used twice (also by {by})"),
        ),
        E::IdInUse(id) => pick_of(
            nl,
            format!("het id {id:?} is al in gebruik"),
            format!("the id {id:?} is taken"),
        ),
        E::SplitIntoNothing => pick_of(
            nl,
            "splitsen in niets: geef minstens één --into".into(),
            "split into nothing: give at least one --into".into(),
        ),
        E::NotItsAction { action, objective } => pick_of(
            nl,
            format!("{action} is geen actie van {objective} (of staat er twee keer)"),
            format!("{action} is not an action of {objective} (or is given twice)"),
        ),
        E::SameStrategic(code) => pick_of(
            nl,
            format!("{code} ligt onder dezelfde SD: gebruik plan renumber"),
            format!("{code} is under the same SD: use plan renumber"),
        ),
        E::NotAnOdCode(code) => pick_of(
            nl,
            format!("{code} is geen OD-code (zoals \"SD2 OD1\")"),
            format!("{code} is not an OD code (like \"SD2 OD1\")"),
        ),
        E::NumberZero => pick_of(nl, "nummers beginnen bij 1".into(), "numbers start at 1".into()),
        E::EmptyText => pick_of(nl, "de tekst is leeg".into(), "the text is empty".into()),
        E::Unchanged => pick_of(
            nl,
            "dat verandert niets aan het plan".into(),
            "that changes nothing in the plan".into(),
        ),
        E::NeedsDecision => pick_of(
            nl,
            "enkel een tekst kan redactioneel wijzigen; dit vraagt een besluit".into(),
            "only a text can change editorially; this needs a decision".into(),
        ),
    }
}

fn pick_of(nl: bool, in_nl: String, in_en: String) -> String {
    if nl { in_nl } else { in_en }
}
