//! Every string the user reads, in Dutch (the default) and English.

pub mod cli;
pub mod conflicts;
pub mod editor;
pub mod git_merge;
pub mod minutes;
pub mod report;
pub mod tui;

use crate::check::finding::{ElementKind, FindingKind, IdKind, Severity};

/// The language of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The language asked for, else the locale's (English for an English locale, Dutch
    /// otherwise, also for `C`).
    pub fn detect(asked: Option<Lang>) -> Lang {
        asked.unwrap_or_else(|| {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            Lang::from_locale(&locale)
        })
    }

    /// The language of a locale name such as `en_GB.UTF-8`.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Nl }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

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
    let nl = lang == Lang::Nl;
    let t = |dutch: String, english: String| if nl { dutch } else { english };
    match kind {
        K::Unreadable { message, line_text, newer_version } => {
            let mut s = t(format!("onleesbaar: {message}"), format!("unreadable: {message}"));
            if let Some(v) = newer_version {
                s.push_str(&t(
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
            format!(
                "geschreven door een nieuwere versie van stuurgroep (schema {version}): alleen lezen"
            ),
            format!("written by a newer version of stuurgroep (schema {version}): read-only"),
        ),
        K::UnknownObjective { id } => {
            t(format!("onbekende doelstelling {id:?}"), format!("unknown objective {id:?}"))
        }
        K::ObjectiveNotInForce { id, since, until } => match (since, until) {
            (Some(d), _) => t(
                format!("doelstelling {id:?} bestond op die datum nog niet (sinds {d})"),
                format!("objective {id:?} did not exist yet on that date (since {d})"),
            ),
            (_, Some(d)) => t(
                format!("doelstelling {id:?} bestond op die datum niet meer (tot {d})"),
                format!("objective {id:?} no longer existed on that date (until {d})"),
            ),
            _ => t(
                format!("doelstelling {id:?} bestond toen niet"),
                format!("objective {id:?} did not exist then"),
            ),
        },
        K::StrategicLink { id } => t(
            format!(
                "{id:?} is een strategische doelstelling: koppel een operationele doelstelling"
            ),
            format!("{id:?} is a strategic objective: link an operational objective"),
        ),
        K::UnknownMember { id } => {
            t(format!("onbekend lid {id:?}"), format!("unknown member {id:?}"))
        }
        K::UnknownBody { id } => {
            t(format!("onbekend orgaan {id:?}"), format!("unknown body {id:?}"))
        }
        K::UnknownMunicipality { id } => {
            t(format!("onbekende gemeente {id:?}"), format!("unknown municipality {id:?}"))
        }
        K::UnknownPlanAction { id } => {
            t(format!("onbekende actie {id:?}"), format!("unknown plan action {id:?}"))
        }
        K::UnknownDecision { reference } => {
            t(format!("onbekend besluit {reference:?}"), format!("unknown decision {reference:?}"))
        }
        K::UnknownActionItem { reference } => t(
            format!("opvolging van een onbekend actiepunt {reference:?}"),
            format!("follow-up of an unknown action item {reference:?}"),
        ),
        K::LinkToLaterDecision { reference } => t(
            format!("verwijst naar een later besluit {reference:?}"),
            format!("refers to a later decision {reference:?}"),
        ),
        K::DuplicateId { what, id } => t(
            format!("{} {id:?} komt meer dan eens voor", id_kind(lang, *what)),
            format!("duplicate {} id {id:?}", id_kind(lang, *what)),
        ),
        K::DuplicateCode { code } => t(
            format!("twee actieve doelstellingen met code {code}"),
            format!("two active objectives with code {code}"),
        ),
        K::DuplicateNumber { what, number } => t(
            format!("{} nummer {number} komt meer dan eens voor", element_kind(lang, *what)),
            format!("duplicate {} number {number}", element_kind(lang, *what)),
        ),
        K::DecisionWithoutObjective { decision, draft } => match (draft, nl) {
            (true, true) => format!("besluit {decision} heeft nog geen doelstelling"),
            (true, false) => format!("decision {decision} has no objective yet"),
            (false, true) => format!(
                "besluit {decision} heeft geen doelstelling, maar het verslag is niet meer in ontwerp"
            ),
            (false, false) => format!(
                "decision {decision} has no objective, but the minutes are no longer a draft"
            ),
        },
        K::UnsafeId { id } => t(
            format!(
                "de id {id:?} kan geen bestandsnaam zijn (kleine letters, cijfers en '-' alleen)"
            ),
            format!("the id {id:?} cannot be a file name (lowercase letters, digits and '-' only)"),
        ),
        K::IdNotFileName { id, expected } => t(
            format!("id {id:?} verschilt van de bestandsnaam {expected:?}"),
            format!("id {id:?} differs from the file name {expected:?}"),
        ),
        K::DateNotFileName { date, expected } => t(
            format!("datum {date} verschilt van de bestandsnaam ({expected})"),
            format!("date {date} differs from the file name ({expected})"),
        ),
        K::HashMismatch { approved_by } => t(
            format!("goedgekeurd verslag is gewijzigd na de goedkeuring door {approved_by}"),
            format!("approved minutes changed after their approval by {approved_by}"),
        ),
        K::ApprovalNotRecorded { approved_by } => t(
            format!(
                "goedgekeurd door {approved_by}, maar die vergadering vermeldt de goedkeuring niet"
            ),
            format!("approved by {approved_by}, but that meeting does not record the approval"),
        ),
        K::ApprovalNotMarked { meeting } => t(
            format!(
                "keurt het verslag van {meeting} goed, maar dat verslag staat niet als goedgekeurd door deze vergadering"
            ),
            format!(
                "approves the minutes of {meeting}, but they are not marked approved by this meeting"
            ),
        ),
        K::UnknownMeeting { id } => {
            t(format!("onbekende vergadering {id:?}"), format!("unknown meeting {id:?}"))
        }
        K::UpdateOfOthersAction { reference, owner } => t(
            format!("opvolging van {reference}, maar dat actiepunt is van {owner}"),
            format!("follow-up of {reference}, but that action item belongs to {owner}"),
        ),
        K::UpdateFileMismatch { member } => t(
            format!("het lid {member:?} in het bestand verschilt van de bestandsnaam"),
            format!("the member {member:?} in the file differs from the file name"),
        ),
        K::ConflictCopy { original, service } => {
            let service = cli::service(lang, *service);
            t(
                format!("conflictkopie van {original} ({service}): niet geladen"),
                format!("conflict copy of {original} ({service}): not loaded"),
            )
        }
        K::NoMembersFile => t(
            "er is geen data/members.ron: leden en organen zijn onbekend".into(),
            "there is no data/members.ron: members and bodies are unknown".into(),
        ),
        K::NotAFile { link: true } => t(
            "een symbolische koppeling, geen bestand: niet gelezen (koppelingen worden niet gevolgd)".into(),
            "a symbolic link, not a file: not read (links are not followed)".into(),
        ),
        K::NotAFile { link: false } => t(
            "een map, geen bestand: niet gelezen".into(),
            "a folder, not a file: not read".into(),
        ),
        K::ActionWithoutOwner { action } => t(
            format!("actiepunt {action} heeft nog geen eigenaar"),
            format!("action item {action} has no owner yet"),
        ),
    }
}

/// The counts block of the `check` report and the summary.
pub fn counts(lang: Lang, c: &crate::check::Counts) -> Vec<(&'static str, String)> {
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
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match lang {
        Lang::Nl => format!(
            "{}, {}",
            plural(errors, "fout", "fouten"),
            plural(warnings, "waarschuwing", "waarschuwingen")
        ),
        Lang::En => format!(
            "{}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ),
    }
}

/// "map" / "folder".
pub fn folder(lang: Lang) -> &'static str {
    lang.pick("map", "folder")
}

/// The line printed when a folder cannot be opened.
pub fn cannot_open(lang: Lang, error: &crate::store::load::OpenError) -> String {
    use crate::store::load::OpenError as E;
    match (error, lang) {
        (E::NotAFolder(p), Lang::Nl) => format!("{}: deze map bestaat niet", p.display()),
        (E::NotAStuurgroepFolder(p), Lang::Nl) => {
            format!("{}: geen stuurgroep-map (er is geen data/plan.ron)", p.display())
        }
        (E::Io(p, e), Lang::Nl) => format!("{}: kan niet gelezen worden: {e}", p.display()),
        (e, Lang::En) => e.to_string(),
    }
}

/// Headings of the folder summary.
pub fn summary_heading(lang: Lang, what: SummaryHeading) -> &'static str {
    match what {
        SummaryHeading::Objectives => lang.pick("Doelstellingen vandaag", "Objectives today"),
        SummaryHeading::LatestMeetings => lang.pick("Laatste vergaderingen", "Latest meetings"),
        SummaryHeading::Hint => lang.pick(
            "`stuurgroep` in een terminal opent de app; `stuurgroep check` valideert de map.",
            "`stuurgroep` in a terminal opens the app; `stuurgroep check` validates the folder.",
        ),
    }
}

/// The headings of [`summary_heading`].
#[derive(Debug, Clone, Copy)]
pub enum SummaryHeading {
    /// Above the objectives tree.
    Objectives,
    /// Above the list of meetings.
    LatestMeetings,
    /// The closing hint.
    Hint,
}

/// "ontwerp" / "verstuurd" / "goedgekeurd".
pub fn minutes_status(lang: Lang, status: &crate::domain::meeting::MinutesStatus) -> &'static str {
    use crate::domain::meeting::MinutesStatus as S;
    match status {
        S::Draft => lang.pick("ontwerp", "draft"),
        S::Sent { .. } => lang.pick("verstuurd", "sent"),
        S::Approved { .. } => lang.pick("goedgekeurd", "approved"),
    }
}

/// "aangenomen" / "adopted", …
pub fn outcome(lang: Lang, outcome: crate::domain::meeting::Outcome) -> &'static str {
    use crate::domain::meeting::Outcome as O;
    match outcome {
        O::Adopted => lang.pick("aangenomen", "adopted"),
        O::Rejected => lang.pick("verworpen", "rejected"),
        O::Postponed => lang.pick("uitgesteld", "postponed"),
    }
}

/// "open" / "afgerond" / "geschrapt", and "te laat" / "overdue" when it applies.
pub fn action_status(
    lang: Lang,
    status: crate::index::actions::ActionStatus,
    overdue: bool,
) -> &'static str {
    use crate::index::actions::ActionStatus as S;
    match (status, overdue) {
        (S::Open, true) => lang.pick("te laat", "overdue"),
        (S::Open, false) => lang.pick("open", "open"),
        (S::Done, _) => lang.pick("afgerond", "done"),
        (S::Dropped, _) => lang.pick("geschrapt", "dropped"),
    }
}

/// Today's code of an objective, with the code it had on `date` when that differs:
/// "SD2 OD5 (toen SD1 OD1)"; for an ended objective, the code of the one that carries it
/// today, "SD1 OD1, toen SD1 OD2 (samengevoegd)", and never bare a code another holds
/// today: "toen SD1 OD4 (beëindigd)".
pub fn code_label(
    lang: Lang,
    objective: &crate::index::objectives::ObjectiveEntry,
    date: chrono::NaiveDate,
) -> String {
    let then = objective.code_on(date).unwrap_or(objective.code);
    let then_word = lang.pick("toen", "then");
    if let Some(c) = &objective.carried_by {
        return format!("{}, {then_word} {then} ({})", c.code, carry(lang, c.how));
    }
    if objective.code_taken {
        return format!("{then_word} {then} ({})", lang.pick("beëindigd", "ended"));
    }
    match objective.code_then(date) {
        Some(then) => format!("{} {}", objective.code, code_then(lang, &then.to_string())),
        None => objective.code.to_string(),
    }
}

/// How an ended objective passed to the one that carries it: "samengevoegd" / "merged".
pub fn carry(lang: Lang, how: crate::index::objectives::Carry) -> &'static str {
    use crate::index::objectives::Carry;
    match how {
        Carry::Merged => lang.pick("samengevoegd", "merged"),
        Carry::Demoted => lang.pick("nu een actie", "now an action"),
    }
}

/// "(toen SD1 OD2)" / "(then SD1 OD2)".
pub fn code_then(lang: Lang, code: &str) -> String {
    match lang {
        Lang::Nl => format!("(toen {code})"),
        Lang::En => format!("(then {code})"),
    }
}

/// Words of the listing commands.
pub fn listing(lang: Lang, what: Listing) -> &'static str {
    match what {
        Listing::NoDecisions => lang.pick("Geen besluiten gevonden.", "No decisions found."),
        Listing::NoActions => lang.pick("Geen actiepunten gevonden.", "No action items found."),
        Listing::Decisions => lang.pick("besluiten", "decisions"),
        Listing::Meetings => lang.pick("vergaderingen", "meetings"),
        Listing::Actions => lang.pick("actiepunten", "action items"),
        Listing::Due => lang.pick("tegen", "due"),
        Listing::NotInForce => lang.pick("niet meer van kracht", "no longer in force"),
        Listing::SupersededBy => lang.pick("vervangen door", "superseded by"),
        Listing::AmendedBy => lang.pick("gewijzigd door", "amended by"),
        Listing::NothingFound => lang.pick("Niets gevonden.", "Nothing found."),
        Listing::Item => lang.pick("punt", "item"),
    }
}

/// The words of [`listing`].
#[derive(Debug, Clone, Copy)]
pub enum Listing {
    /// An empty decisions list.
    NoDecisions,
    /// An empty actions list.
    NoActions,
    /// "besluiten".
    Decisions,
    /// "vergaderingen".
    Meetings,
    /// "actiepunten".
    Actions,
    /// "tegen" before a due date.
    Due,
    /// A decision replaced or not adopted.
    NotInForce,
    /// Before the superseding decision.
    SupersededBy,
    /// Before the amending decisions.
    AmendedBy,
    /// An empty search.
    NothingFound,
    /// "punt" before an agenda item's number.
    Item,
}

/// A command-line argument that makes no sense.
pub fn bad_argument(lang: Lang, what: BadArgument, value: &str) -> String {
    match (what, lang) {
        (BadArgument::Date, Lang::Nl) => {
            format!("ongeldige datum {value:?}: schrijf 2021-03-16, 2021-03 of 2021")
        }
        (BadArgument::Date, Lang::En) => {
            format!("invalid date {value:?}: write 2021-03-16, 2021-03 or 2021")
        }
        (BadArgument::Objective, Lang::Nl) => format!(
            "onbekende doelstelling {value:?}: geef een code zoals \"SD2 OD1\" (ook een oude) of een id"
        ),
        (BadArgument::Objective, Lang::En) => format!(
            "unknown objective {value:?}: give a code like \"SD2 OD1\" (an old one works too) or an id"
        ),
        (BadArgument::Meeting, Lang::Nl) => {
            format!("onbekende vergadering {value:?}: geef een id zoals 2021-03-16-stuurgroep")
        }
        (BadArgument::Meeting, Lang::En) => {
            format!("unknown meeting {value:?}: give an id like 2021-03-16-stuurgroep")
        }
        (BadArgument::Body, Lang::Nl) => format!("onbekend orgaan {value:?}"),
        (BadArgument::Body, Lang::En) => format!("unknown body {value:?}"),
        (BadArgument::Member, Lang::Nl) => format!("onbekend lid {value:?}"),
        (BadArgument::Member, Lang::En) => format!("unknown member {value:?}"),
        (BadArgument::Municipality, Lang::Nl) => format!("onbekende gemeente {value:?}"),
        (BadArgument::Municipality, Lang::En) => format!("unknown municipality {value:?}"),
    }
}

/// What kind of argument was wrong.
#[derive(Debug, Clone, Copy)]
pub enum BadArgument {
    /// `--from`, `--to`.
    Date,
    /// `--od`.
    Objective,
    /// `--body`.
    Body,
    /// A meeting id.
    Meeting,
    /// `--owner`.
    Member,
    /// `--municipality`.
    Municipality,
}

/// The heading of a group of search hits.
pub fn search_kind(lang: Lang, kind: crate::index::search::Kind) -> &'static str {
    use crate::index::search::Kind as K;
    match kind {
        K::Objective => lang.pick("Doelstellingen", "Objectives"),
        K::Decision => lang.pick("Besluiten", "Decisions"),
        K::Action => lang.pick("Actiepunten", "Action items"),
        K::Minutes => lang.pick("Notulen", "Minutes"),
    }
}

/// "afgerond" / "lopend" / "geschrapt" for a follow-up.
pub fn follow_up_status(
    lang: Lang,
    status: crate::domain::meeting::FollowUpStatus,
) -> &'static str {
    use crate::domain::meeting::FollowUpStatus as S;
    match status {
        S::Done => lang.pick("afgerond", "done"),
        S::Ongoing => lang.pick("lopend", "ongoing"),
        S::Dropped => lang.pick("geschrapt", "dropped"),
    }
}

/// The status of minutes as a sentence for the document.
pub fn minutes_status_sentence(
    lang: Lang,
    status: &crate::domain::meeting::MinutesStatus,
) -> String {
    use crate::domain::meeting::MinutesStatus as S;
    match (status, lang) {
        (S::Draft, _) => lang.pick("Ontwerp: nog niet verstuurd", "Draft: not sent yet").to_owned(),
        (S::Sent { on }, Lang::Nl) => format!("Verstuurd op {on}, nog niet goedgekeurd"),
        (S::Sent { on }, Lang::En) => format!("Sent on {on}, not yet approved"),
        (S::Approved { by }, Lang::Nl) => format!("Goedgekeurd in de vergadering {by}"),
        (S::Approved { by }, Lang::En) => format!("Approved in the meeting {by}"),
    }
}

/// Refusing to write a binary document to a terminal.
pub fn binary_to_terminal(lang: Lang) -> &'static str {
    lang.pick(
        "een ODT-bestand is binair: schrijf het naar een bestand met -o BESTAND.odt",
        "an ODT file is binary: write it to a file with -o FILE.odt",
    )
}
