//! Words of the browser: its keys, its fixed texts, an objective's history, a decision's
//! context, a search hit's heading.

use crate::domain::plan::Change;
use crate::i18n::Lang;
use crate::index::strings::{Listing, code_label, listing};
use crate::tui::action::Action;

/// What an action does, for the help.
pub fn action(lang: Lang, action: Action) -> &'static str {
    use Action as A;
    let (nl, en) = match action {
        A::Quit => ("afsluiten", "quit"),
        A::Up => ("vorige regel", "previous line"),
        A::Down => ("volgende regel", "next line"),
        A::PageUp => ("pagina omhoog", "page up"),
        A::PageDown => ("pagina omlaag", "page down"),
        A::First => ("eerste regel", "first line"),
        A::Last => ("laatste regel", "last line"),
        A::Open => ("openen, in- of uitklappen", "open, fold or unfold"),
        A::Back => ("terug (waar je vandaan kwam)", "back (to where you were)"),
        A::NextScreen => ("volgend scherm", "next screen"),
        A::PrevScreen => ("vorig scherm", "previous screen"),
        A::Objectives => ("doelstellingen", "objectives"),
        A::Decisions => ("besluiten", "decisions"),
        A::Meetings => ("vergaderingen", "meetings"),
        A::Actions => ("actiepunten", "action items"),
        A::Search => ("zoeken (Enter: ga naar, Esc: sluiten)", "search (Enter: go to, Esc: close)"),
        A::ScrollUp => ("detail omhoog", "scroll the detail up"),
        A::ScrollDown => ("detail omlaag", "scroll the detail down"),
        A::ToObjective => ("besluit: naar zijn doelstelling", "decision: to its objective"),
        A::ToMeeting => ("besluit: naar zijn vergadering", "decision: to its meeting"),
        A::Links => (
            "naar een link: besluit, doelstelling, vergadering",
            "follow a link: decision, objective, meeting",
        ),
        A::Help => ("deze hulp", "this help"),
        A::FilterBody => ("filter: volgend orgaan", "filter: next body"),
        A::FilterPeriod => ("filter: volgend jaar", "filter: next year"),
        A::FilterOutcome => ("filter: volgende uitkomst", "filter: next outcome"),
        A::FilterObjective => ("filter: kies een doelstelling", "filter: pick an objective"),
        A::ClearFilters => ("filters wissen", "clear the filters"),
        A::Group => ("groeperen: status, eigenaar, gemeente", "group: status, owner, municipality"),
        A::OpenOnly => {
            ("filter: open, te laat, afgerond, dan alle", "filter: open, overdue, done, then all")
        }
        A::ShowEnded => ("beëindigde doelstellingen tonen", "show ended objectives"),
        A::EditMeeting => ("notulen schrijven (secretaris)", "write the minutes (secretary)"),
        A::NewMeeting => ("nieuwe vergadering (secretaris)", "new meeting (secretary)"),
        A::WhoAmI => ("wie ben je? (opnieuw kiezen)", "who are you? (choose again)"),
        A::Mine => ("jouw actiepunten over tijd", "your overdue action items"),
        A::Report => {
            ("eigen melden: afgerond, lopend, geschrapt", "report your own: done, ongoing, dropped")
        }
        A::Conflicts => ("conflictkopieën samenvoegen", "merge conflict copies"),
        A::FilterInForce => ("filter: alleen van kracht", "filter: only those in force"),
        A::Sort => (
            "sorteren: nieuwste, oudste eerst, per doelstelling",
            "sort: newest, oldest first, by objective",
        ),
        A::FilterText => (
            "filter: tekst typen (Enter: klaar, Esc: wissen)",
            "filter: type words (Enter: done, Esc: clear)",
        ),
        A::Copy => {
            ("kopiëren: id en tekst naar het klembord", "copy: id and text to the clipboard")
        }
        A::PlanTitle => ("plan: nieuwe titel (coördinator)", "plan: new title (coordinator)"),
        A::PlanActions => (
            "plan: acties toevoegen of wijzigen (coördinator)",
            "plan: add or change actions (coordinator)",
        ),
    };
    lang.pick(nl, en)
}

/// A fixed text of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// Tab title.
    Objectives,
    /// Tab title.
    Decisions,
    /// Tab title.
    Meetings,
    /// Tab title (Actions is the plan's actions heading).
    Actions2,
    /// Search bar title.
    Search,
    /// An empty search.
    NothingFound,
    /// Help title.
    Help,
    /// Shown when the terminal is smaller than 80×24.
    TooSmall,
    /// Detail heading.
    History,
    /// Detail heading.
    Actions,
    /// Detail heading.
    DecisionsServed,
    /// An objective with no decision yet.
    NoDecisions,
    /// Status line hint.
    HelpHint,
    /// Detail label.
    Meeting,
    /// Detail label.
    InForce,
    /// Detail label.
    NotInForce,
    /// Column: decisions.
    CountDecisions,
    /// Column: open actions.
    CountOpen,
    /// An objective that no longer exists.
    Ended,
    /// Picker title.
    PickObjective,
    /// Title of the picker of the links to follow.
    PickLink,
    /// Filter label: every decision.
    AllDecisions,
    /// Grouping label.
    ByOwner,
    /// Filter label of the actions list.
    OpenOnly,
    /// Grouping label.
    ByMunicipality,
    /// Detail label.
    Spreiding,
    /// Detail label.
    Planning,
    /// Spreiding: every municipality.
    AllMunicipalities,
    /// Status line while `check` runs.
    Checking,
    /// Help title: more keys below.
    HelpMore,
    /// Status line: the folder is not watched for changes made elsewhere.
    Unwatched,
    /// Status line: when changes made elsewhere were last loaded.
    Updated,
    /// Status line: one conflict copy.
    ConflictCopy,
    /// Status line: conflict copies.
    ConflictCopies,
    /// Action items list: the header of those done or dropped.
    Closed,
    /// List title: sorted oldest first.
    OldestFirst,
    /// List title: sorted by objective.
    ByObjective,
    /// A strategic objective's detail: the heading of its operational objectives' counts.
    DecisionsPerOd,
    /// The sum of those counts.
    Together,
    /// Action items list title: sorted by due date, soonest first.
    DueSoonest,
    /// Action items list title: sorted by due date, latest first.
    DueLatest,
    /// Action items list title: sorted by owner's name.
    OwnerOrder,
}

/// The text in `lang`.
pub fn text(lang: Lang, t: Text) -> &'static str {
    use Text as T;
    let (nl, en) = match t {
        T::Objectives => ("Doelstellingen", "Objectives"),
        T::Decisions => ("Besluiten", "Decisions"),
        T::Meetings => ("Vergaderingen", "Meetings"),
        T::Actions2 => ("Actiepunten", "Action items"),
        T::Search => ("Zoeken", "Search"),
        T::NothingFound => ("Niets gevonden.", "Nothing found."),
        T::Help => ("Toetsen", "Keys"),
        T::TooSmall => {
            ("Het venster is te klein: minstens 80×24.", "The window is too small: at least 80×24.")
        }
        T::History => ("Geschiedenis van de code", "History of the code"),
        T::Actions => ("Acties", "Actions"),
        T::DecisionsServed => ("Besluiten, nieuwste eerst", "Decisions, newest first"),
        T::NoDecisions => ("Nog geen besluiten.", "No decisions yet."),
        T::HelpHint => ("? hulp", "? help"),
        T::Meeting => ("Vergadering", "Meeting"),
        T::InForce => ("van kracht", "in force"),
        T::NotInForce => ("niet (meer) van kracht", "not (or no longer) in force"),
        T::CountDecisions => ("besl.", "dec."),
        T::CountOpen => ("open", "open"),
        T::Ended => ("beëindigd", "ended"),
        T::PickObjective => ("Kies een doelstelling", "Pick an objective"),
        T::PickLink => ("Ga naar", "Go to"),
        T::AllDecisions => ("alle", "all"),
        T::ByOwner => ("per eigenaar", "by owner"),
        T::OpenOnly => ("alleen open", "open only"),
        T::ByMunicipality => ("per gemeente", "by municipality"),
        T::Spreiding => ("spreiding", "spread"),
        T::Planning => ("planning", "planning"),
        T::AllMunicipalities => ("alle gemeenten", "all municipalities"),
        T::Checking => ("controleren…", "checking…"),
        T::HelpMore => (" (↓ meer)", " (↓ more)"),
        T::Unwatched => ("map niet gevolgd", "folder not watched"),
        T::Updated => ("bijgewerkt", "updated"),
        T::ConflictCopy => ("conflictkopie", "conflict copy"),
        T::ConflictCopies => ("conflictkopieën", "conflict copies"),
        T::Closed => ("afgerond of geschrapt", "done or dropped"),
        T::OldestFirst => ("oudste eerst", "oldest first"),
        T::ByObjective => ("per doelstelling", "by objective"),
        T::DecisionsPerOd => (
            "Besluiten en open actiepunten per operationele doelstelling",
            "Decisions and open action items per operational objective",
        ),
        T::Together => ("samen", "together"),
        T::DueSoonest => ("vervaldatum: vroegste eerst", "due date: soonest first"),
        T::DueLatest => ("vervaldatum: laatste eerst", "due date: latest first"),
        T::OwnerOrder => ("eigenaar A–Z", "owner A–Z"),
    };
    lang.pick(nl, en)
}

/// What a history event of an objective says, in a line.
pub fn change(lang: Lang, c: &Change) -> String {
    crate::domain::strings::plan_change(lang, c)
}

/// The line above a search hit (the command line's and the app's): its date, where it
/// leads, for a decision its outcome and objectives (today's code, with the code then when
/// it differs), and the body: "2022-10-11  2022-10-11-stuurgroep/1  aangenomen  SD1 OD1
/// (toen SD1 OD2)  Stuurgroep".
pub fn hit_heading(
    lang: Lang,
    hit: &crate::index::search::Hit,
    objectives: &crate::index::objectives::ObjectiveIndex,
    body_name: &dyn Fn(&crate::domain::ids::BodyId) -> String,
) -> String {
    use crate::index::search::Target;
    let place = match &hit.target {
        Target::Objective(id) => match objectives.get(id.as_str()) {
            Some(o) if !o.is_active() => format!("{id}  {}", text(lang, Text::Ended)),
            _ => id.to_string(),
        },
        Target::Decision(d) => d.to_string(),
        Target::Action(a) => a.to_string(),
        Target::Minutes(m, item) => {
            format!("{m} {} {item}", listing(lang, Listing::Item))
        }
    };
    let mut parts: Vec<String> = hit.about.date.map(|d| d.to_string()).into_iter().collect();
    parts.push(place);
    parts.extend(hit.about.outcome.map(|o| crate::domain::strings::outcome(lang, o).to_owned()));
    let date = hit.about.date.unwrap_or_default();
    let codes: Vec<String> = hit
        .about
        .objectives
        .iter()
        .map(|id| match objectives.get(id.as_str()) {
            Some(o) => code_label(lang, o, date),
            None => id.to_string(),
        })
        .collect();
    if !codes.is_empty() {
        parts.push(codes.join(", "));
    }
    // Last: the meeting's id already names its body, so a narrow screen loses least.
    parts.extend(hit.about.body.as_ref().map(body_name));
    parts.join("  ")
}

/// The headings and link words of a decision's context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// "Stemming".
    Vote,
    /// "Doelstellingen (code toen en nu)".
    Objectives,
    /// "Verwijzingen".
    Links,
    /// "Notulen bij punt".
    MinutesOf,
    /// "Opvolging van actiepunten".
    FollowUps,
    /// "wijzigt".
    Amends,
    /// "vervangt".
    Supersedes,
    /// "gewijzigd door".
    AmendedBy,
    /// "vervangen door".
    SupersededBy,
    /// "Geen notulen bij dit punt."
    NoMinutes,
}

/// A word of a decision's context.
pub fn context(lang: Lang, c: Context) -> &'static str {
    use Context as C;
    let (nl, en) = match c {
        C::Vote => ("Stemming", "Vote"),
        C::Objectives => ("Doelstellingen", "Objectives"),
        C::Links => ("Verwijzingen", "Links"),
        C::MinutesOf => ("Notulen bij punt", "Minutes of item"),
        C::FollowUps => ("Opvolging van actiepunten", "Follow-ups of action items"),
        C::Amends => ("wijzigt", "amends"),
        C::Supersedes => ("vervangt", "supersedes"),
        C::AmendedBy => ("gewijzigd door", "amended by"),
        C::SupersededBy => ("vervangen door", "superseded by"),
        C::NoMinutes => ("Geen notulen bij dit punt.", "No minutes for this item."),
    };
    lang.pick(nl, en)
}

/// A vote in words: "12 voor, 2 tegen, 1 onthouding" / "12 for, 2 against, 0 abstentions".
pub fn votes(lang: Lang, v: &crate::domain::meeting::Votes) -> String {
    let abstain = match (lang, v.abstain) {
        (Lang::Nl, 1) => "onthouding",
        (Lang::Nl, _) => "onthoudingen",
        (Lang::En, 1) => "abstention",
        (Lang::En, _) => "abstentions",
    };
    match lang {
        Lang::Nl => format!("{} voor, {} tegen, {} {abstain}", v.yes, v.no, v.abstain),
        Lang::En => format!("{} for, {} against, {} {abstain}", v.yes, v.no, v.abstain),
    }
}
