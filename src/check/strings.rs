//! The words of `check`: severities, findings, the counts and totals of a report, in Dutch
//! and English side by side.

mod named;

use super::Counts;
use super::finding::{ElementKind, FindingKind, IdKind, Severity};
use crate::i18n::Lang;
use crate::i18n::plural;

/// "fout" / "error", "waarschuwing" / "warning".
pub fn severity(lang: Lang, severity: Severity) -> &'static str {
    match severity {
        Severity::Error => lang.pick("fout", "error"),
        Severity::Warning => lang.pick("waarschuwing", "warning"),
    }
}

fn id_kind(lang: Lang, what: IdKind) -> &'static str {
    match what {
        IdKind::Objective => lang.pick("doelstelling", "objective"),
        IdKind::PlanAction => lang.pick("actie", "plan action"),
        IdKind::Member => lang.pick("lid", "member"),
        IdKind::Body => lang.pick("orgaan", "body"),
        IdKind::Municipality => lang.pick("gemeente", "municipality"),
        IdKind::Meeting => lang.pick("vergadering", "meeting"),
    }
}

fn element_kind(lang: Lang, what: ElementKind) -> &'static str {
    match what {
        ElementKind::AgendaItem => lang.pick("agendapunt", "agenda item"),
        ElementKind::Decision => lang.pick("besluit", "decision"),
        ElementKind::ActionItem => lang.pick("actiepunt", "action item"),
    }
}

/// The message of a finding.
pub fn finding(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    // Grouped by what the finding is about, so that each group stays readable; every
    // variant is routed here, so a new one cannot be forgotten.
    match kind {
        K::Unreadable { .. }
        | K::NewerVersion { .. }
        | K::ConflictCopy { .. }
        | K::NoMembersFile
        | K::NotAFile { .. } => about_file(lang, kind),
        K::UnknownObjective { .. }
        | K::ObjectiveNotInForce { .. }
        | K::StrategicLink { .. }
        | K::DecisionWithoutObjective { .. } => about_objective(lang, kind),
        K::UnknownMember { .. }
        | K::UnknownBody { .. }
        | K::UnknownMunicipality { .. }
        | K::UnknownPlanAction { .. }
        | K::UnknownDecision { .. }
        | K::UnknownActionItem { .. }
        | K::LinkToLaterDecision { .. }
        | K::UnknownMeeting { .. } => about_reference(lang, kind),
        K::DuplicateId { .. }
        | K::DuplicateCode { .. }
        | K::DuplicateNumber { .. }
        | K::UnsafeId { .. }
        | K::IdNotFileName { .. }
        | K::DateNotFileName { .. } => about_identity(lang, kind),
        K::HashMismatch { .. }
        | K::ApprovalNotRecorded { .. }
        | K::ApprovalNotMarked { .. }
        | K::UpdateOfOthersAction { .. }
        | K::UpdateFileMismatch { .. } => about_record(lang, kind),
        K::ActionWithoutOwner { action } => t(
            lang,
            format!("actiepunt {action} heeft nog geen eigenaar"),
            format!("action item {action} has no owner yet"),
        ),
        K::VotesAboveVoters { .. }
        | K::OutcomeAgainstVotes { .. }
        | K::DecisionWithoutQuorum { .. } => about_votes(lang, kind),
        K::NamedVote { decision, problem } => named::named_vote(lang, decision, problem),
        K::PlanChangeWithoutDecision { id, date } => t(
            lang,
            format!("de wijziging van {id} op {date} noemt geen besluit"),
            format!("the change to {id} on {date} names no decision"),
        ),
        K::PlanChangeNotApplied { decision } => t(
            lang,
            format!(
                "de planwijzigingen van besluit {decision} staan niet in data/plan.ron \
                 (stuurgroep plan apply {})",
                decision.split('/').next().unwrap_or_default()
            ),
            format!(
                "the plan changes of decision {decision} are not in data/plan.ron \
                 (stuurgroep plan apply {})",
                decision.split('/').next().unwrap_or_default()
            ),
        ),
        K::ClosedWithoutSummary { .. } | K::ClosedTextInPublic { .. } => about_closed(lang, kind),
    }
}

/// A decision against the body's rules: votes, majority, quorum.
fn about_votes(lang: Lang, kind: &FindingKind) -> String {
    use crate::domain::strings::{majority, outcome};
    use FindingKind as K;
    match kind {
        K::VotesAboveVoters { decision, cast, present } => t(
            lang,
            format!(
                "besluit {decision}: {cast} stemmen uitgebracht met {present} stemgerechtigden aanwezig"
            ),
            format!("decision {decision}: {cast} votes cast with {present} voting members present"),
        ),
        K::OutcomeAgainstVotes { decision, carried, majority: m } => t(
            lang,
            format!(
                "besluit {decision}: met deze stemmen is het voorstel bij {} {}",
                majority(lang, *m),
                outcome(lang, *carried)
            ),
            format!(
                "decision {decision}: by {} these votes mean {}",
                majority(lang, *m),
                outcome(lang, *carried)
            ),
        ),
        K::DecisionWithoutQuorum { decision, present, needed, draft } => {
            let (nl, en) = if *draft {
                ("", "")
            } else {
                (
                    ", en het verslag is niet meer in ontwerp",
                    ", and the minutes are no longer a draft",
                )
            };
            t(
                lang,
                format!(
                    "besluit {decision} genomen zonder quorum: {present} stemgerechtigden aanwezig, {needed} nodig{nl}"
                ),
                format!(
                    "decision {decision} taken without quorum: {present} voting members present, {needed} needed{en}"
                ),
            )
        }
        _ => String::new(),
    }
}

/// Picks the Dutch or the English text.
fn t(lang: Lang, dutch: String, english: String) -> String {
    if lang == Lang::Nl { dutch } else { english }
}

/// A file that could not be read as it is.
fn about_file(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    match kind {
        K::Unreadable { message, line_text, newer_version } => {
            let mut s =
                t(lang, format!("onleesbaar: {message}"), format!("unreadable: {message}"));
            if let Some(v) = newer_version {
                s.push_str(&t(
                    lang,
                    format!(" (geschreven door een nieuwere versie: schema {v})"),
                    format!(" (written by a newer version: schema {v})"),
                ));
            }
            if !line_text.is_empty() {
                s.push_str(&format!("\n    | {line_text}"));
            }
            s
        }
        K::NewerVersion { version } => t(
            lang,
            format!(
                "geschreven door een nieuwere versie van stuurgroep (schema {version}): alleen lezen"
            ),
            format!("written by a newer version of stuurgroep (schema {version}): read-only"),
        ),
        K::ConflictCopy { original, service } => {
            let service = crate::store::strings::service(lang, *service);
            t(
                lang,
                format!("conflictkopie van {original} ({service}): niet geladen"),
                format!("conflict copy of {original} ({service}): not loaded"),
            )
        }
        K::NoMembersFile => lang
            .pick(
                "er is geen data/members.ron: leden en organen zijn onbekend",
                "there is no data/members.ron: members and bodies are unknown",
            )
            .into(),
        K::NotAFile { link: true } => lang
            .pick(
                "een symbolische koppeling, geen bestand: niet gelezen (koppelingen worden niet gevolgd)",
                "a symbolic link, not a file: not read (links are not followed)",
            )
            .into(),
        K::NotAFile { link: false } => {
            lang.pick("een map, geen bestand: niet gelezen", "a folder, not a file: not read").into()
        }
        // Only the kinds routed here by `finding` arrive.
        _ => String::new(),
    }
}

/// A link to an objective that is wrong or missing.
fn about_objective(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    match kind {
        K::UnknownObjective { id } => {
            t(lang, format!("onbekende doelstelling {id:?}"), format!("unknown objective {id:?}"))
        }
        K::ObjectiveNotInForce { id, since, until } => match (since, until) {
            (Some(d), _) => t(
                lang,
                format!("doelstelling {id:?} bestond op die datum nog niet (sinds {d})"),
                format!("objective {id:?} did not exist yet on that date (since {d})"),
            ),
            (_, Some(d)) => t(
                lang,
                format!("doelstelling {id:?} bestond op die datum niet meer (tot {d})"),
                format!("objective {id:?} no longer existed on that date (until {d})"),
            ),
            _ => t(
                lang,
                format!("doelstelling {id:?} bestond toen niet"),
                format!("objective {id:?} did not exist then"),
            ),
        },
        K::StrategicLink { id } => t(
            lang,
            format!(
                "{id:?} is een strategische doelstelling: koppel een operationele doelstelling"
            ),
            format!("{id:?} is a strategic objective: link an operational objective"),
        ),
        K::DecisionWithoutObjective { decision, draft: true } => t(
            lang,
            format!("besluit {decision} heeft nog geen doelstelling"),
            format!("decision {decision} has no objective yet"),
        ),
        K::DecisionWithoutObjective { decision, draft: false } => t(
            lang,
            format!(
                "besluit {decision} heeft geen doelstelling, maar het verslag is niet meer in ontwerp"
            ),
            format!("decision {decision} has no objective, but the minutes are no longer a draft"),
        ),
        // Only the kinds routed here by `finding` arrive.
        _ => String::new(),
    }
}

/// A reference to something the folder does not hold (or not yet).
fn about_reference(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    let (nl, en) = match kind {
        K::UnknownMember { id } => {
            (format!("onbekend lid {id:?}"), format!("unknown member {id:?}"))
        }
        K::UnknownBody { id } => {
            (format!("onbekend orgaan {id:?}"), format!("unknown body {id:?}"))
        }
        K::UnknownMunicipality { id } => {
            (format!("onbekende gemeente {id:?}"), format!("unknown municipality {id:?}"))
        }
        K::UnknownPlanAction { id } => {
            (format!("onbekende actie {id:?}"), format!("unknown plan action {id:?}"))
        }
        K::UnknownDecision { reference } => {
            (format!("onbekend besluit {reference:?}"), format!("unknown decision {reference:?}"))
        }
        K::UnknownActionItem { reference } => (
            format!("opvolging van een onbekend actiepunt {reference:?}"),
            format!("follow-up of an unknown action item {reference:?}"),
        ),
        K::LinkToLaterDecision { reference } => (
            format!("verwijst naar een later besluit {reference:?}"),
            format!("refers to a later decision {reference:?}"),
        ),
        K::UnknownMeeting { id } => {
            (format!("onbekende vergadering {id:?}"), format!("unknown meeting {id:?}"))
        }
        // Only the kinds routed here by `finding` arrive.
        _ => return String::new(),
    };
    t(lang, nl, en)
}

/// Ids, codes and numbers that clash, or that do not fit the file's name.
fn about_identity(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    let (nl, en) = match kind {
        K::DuplicateId { what, id } => (
            format!("{} {id:?} komt meer dan eens voor", id_kind(lang, *what)),
            format!("duplicate {} id {id:?}", id_kind(lang, *what)),
        ),
        K::DuplicateCode { code } => (
            format!("twee actieve doelstellingen met code {code}"),
            format!("two active objectives with code {code}"),
        ),
        K::DuplicateNumber { what, number } => (
            format!("{} nummer {number} komt meer dan eens voor", element_kind(lang, *what)),
            format!("duplicate {} number {number}", element_kind(lang, *what)),
        ),
        K::UnsafeId { id } => (
            format!(
                "de id {id:?} kan geen bestandsnaam zijn (kleine letters, cijfers en '-' alleen)"
            ),
            format!("the id {id:?} cannot be a file name (lowercase letters, digits and '-' only)"),
        ),
        K::IdNotFileName { id, expected } => (
            format!("id {id:?} verschilt van de bestandsnaam {expected:?}"),
            format!("id {id:?} differs from the file name {expected:?}"),
        ),
        K::DateNotFileName { date, expected } => (
            format!("datum {date} verschilt van de bestandsnaam ({expected})"),
            format!("date {date} differs from the file name ({expected})"),
        ),
        // Only the kinds routed here by `finding` arrive.
        _ => return String::new(),
    };
    t(lang, nl, en)
}

/// Approvals and follow-ups that do not match what they refer to.
fn about_record(lang: Lang, kind: &FindingKind) -> String {
    use FindingKind as K;
    let (nl, en) = match kind {
        K::HashMismatch { approved_by } => (
            format!("goedgekeurd verslag is gewijzigd na de goedkeuring door {approved_by}"),
            format!("approved minutes changed after their approval by {approved_by}"),
        ),
        K::ApprovalNotRecorded { approved_by } => (
            format!(
                "goedgekeurd door {approved_by}, maar die vergadering vermeldt de goedkeuring niet"
            ),
            format!("approved by {approved_by}, but that meeting does not record the approval"),
        ),
        K::ApprovalNotMarked { meeting } => (
            format!(
                "keurt het verslag van {meeting} goed, maar dat verslag staat niet als goedgekeurd door deze vergadering"
            ),
            format!(
                "approves the minutes of {meeting}, but they are not marked approved by this meeting"
            ),
        ),
        K::UpdateOfOthersAction { reference, owner } => (
            format!("opvolging van {reference}, maar dat actiepunt is van {owner}"),
            format!("follow-up of {reference}, but that action item belongs to {owner}"),
        ),
        K::UpdateFileMismatch { member } => (
            format!("het lid {member:?} in het bestand verschilt van de bestandsnaam"),
            format!("the member {member:?} in the file differs from the file name"),
        ),
        // Only the kinds routed here by `finding` arrive.
        _ => return String::new(),
    };
    t(lang, nl, en)
}

/// The counts block of the `check` report and the summary.
pub fn counts(lang: Lang, c: &Counts) -> Vec<(&'static str, String)> {
    vec![
        (lang.pick("bestanden gelezen", "files read"), c.files.to_string()),
        (
            lang.pick("doelstellingen", "objectives"),
            format!("{} SD, {} OD", c.strategic_objectives, c.operational_objectives),
        ),
        (lang.pick("acties (plan)", "plan actions"), c.plan_actions.to_string()),
        (lang.pick("leden", "members"), c.members.to_string()),
        (lang.pick("vergaderingen", "meetings"), c.meetings.to_string()),
        (lang.pick("besluiten", "decisions"), c.decisions.to_string()),
        (lang.pick("actiepunten", "action items"), c.action_items.to_string()),
    ]
}

/// "2 fouten, 1 waarschuwing" / "2 errors, 1 warning".
pub fn totals(lang: Lang, errors: usize, warnings: usize) -> String {
    let errors = plural(errors, lang.pick("fout", "error"), lang.pick("fouten", "errors"));
    let warnings = plural(
        warnings,
        lang.pick("waarschuwing", "warning"),
        lang.pick("waarschuwingen", "warnings"),
    );
    format!("{errors}, {warnings}")
}

/// A closed (besloten) item and what public documents would show of it.
fn about_closed(lang: Lang, kind: &FindingKind) -> String {
    match kind {
        FindingKind::ClosedWithoutSummary { decision, draft } => {
            let when = if *draft {
                (
                    "; vul ze aan voor het verslag verstuurd wordt",
                    "; add one before the minutes are sent",
                )
            } else {
                ("", "")
            };
            t(
                lang,
                format!(
                    "besluit {decision} van een besloten punt heeft geen publieke omschrijving{}",
                    when.0
                ),
                format!("decision {decision} of a closed item has no public description{}", when.1),
            )
        }
        FindingKind::ClosedTextInPublic { item, field } => t(
            lang,
            format!(
                "besloten punt {item}: het veld {field} herhaalt tekst uit de notulen, een besluit of een actiepunt, en wordt gepubliceerd"
            ),
            format!(
                "closed item {item}: the field {field} repeats text from its minutes, a decision or an action item, and is published"
            ),
        ),
        _ => String::new(),
    }
}
