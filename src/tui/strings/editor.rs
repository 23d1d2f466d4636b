//! Words of the minutes editor.

use crate::i18n::Lang;
use crate::store::strings::held_by;
use crate::tui::editor::keys::EditorAction;
use crate::tui::editor::popup::{Ask, Choice};

/// What an editor action does, for the help.
pub fn action(lang: Lang, action: EditorAction) -> &'static str {
    let (nl, en) = action_words(action);
    lang.pick(nl, en)
}

/// What an editor action does, in Dutch and in English.
fn action_words(action: EditorAction) -> (&'static str, &'static str) {
    use EditorAction as A;
    match action {
        A::Up => ("vorige", "previous"),
        A::Down => ("volgende", "next"),
        A::WriteMinutes => ("notulen van dit punt schrijven", "write this item's minutes"),
        A::Leave => ("terug naar de agenda", "back to the agenda"),
        A::SwitchPane => {
            ("naar besluiten en acties van dit punt", "to this item's decisions and actions")
        }
        A::AddItem => ("nieuw agendapunt", "new agenda item"),
        A::RenameItem => ("agendapunt hernoemen", "rename the item"),
        A::RemoveItem => ("leeg agendapunt schrappen", "remove an empty item"),
        A::MoveUp => ("agendapunt omhoog", "move the item up"),
        A::MoveDown => ("agendapunt omlaag", "move the item down"),
        A::AddDecision => ("besluit", "decision"),
        A::AddAction => ("actiepunt", "action item"),
        A::AddFollowUp => ("opvolging van een open actiepunt", "follow-up of an open action"),
        A::Attendance => ("aanwezigheden", "attendance"),
        A::ApprovePrevious => ("vorig verslag goedkeuren", "approve the previous minutes"),
        A::MarkSent => ("verslag verstuurd", "minutes sent"),
        A::LinkObjective => {
            ("doelstelling koppelen (of loskoppelen)", "link (or unlink) an objective")
        }
        A::CycleOutcome => ("uitkomst / status wisselen", "next outcome / status"),
        A::Votes => (
            "stemming: voor tegen onthouding (geheim), Tab: bij naam",
            "votes: for against abstain (secret), Tab: by name",
        ),
        A::Amends => ("wijzigt een eerder besluit", "amends an earlier decision"),
        A::Supersedes => ("vervangt een eerder besluit", "supersedes an earlier decision"),
        A::Owner => ("eigenaar", "owner"),
        A::Due => ("tegen wanneer (15/1, +2w)", "due (15/1, +2w)"),
        A::EditText => ("tekst aanpassen", "edit the text"),
        A::RemoveElement => ("schrappen", "remove"),
        A::CyclePresence => ("aanwezig / verontschuldigd / afwezig", "present / excused / absent"),
        A::Present => ("aanwezig, volgende", "present, next"),
        A::Excused => ("verontschuldigd, volgende", "excused, next"),
        A::Absent => ("afwezig, volgende", "absent, next"),
        A::AddGuest => ("gast toevoegen", "add a guest"),
        A::RemoveGuest => ("gast schrappen", "remove the guest"),
        A::Times => ("aanvang en einde (nu)", "start and end (now)"),
        A::Location => ("plaats", "place"),
        A::TimeStamp => ("tijdstip invoegen", "insert the time"),
        A::Undo => ("ongedaan maken", "undo"),
        A::Redo => ("opnieuw", "redo"),
        A::Help => ("deze hulp", "this help"),
        A::SaveElsewhere => ("kopie elders bewaren", "save a copy elsewhere"),
        A::Close => ("editor sluiten (alles is bewaard)", "close the editor (all is saved)"),
        A::Cancel => ("vergadering geannuleerd (of toch gehouden)", "meeting cancelled (or held)"),
        A::ChangeDate => (
            "andere datum (bestand en verwijzingen volgen)",
            "another date (file and references follow)",
        ),
        A::RemoveMeeting => {
            ("vergadering verwijderen (leeg ontwerp)", "remove the meeting (an empty draft)")
        }
        A::Find => ("zoeken in de notulen", "find in the minutes"),
        A::FindNext => ("volgende treffer", "next hit"),
        A::FindPrevious => ("vorige treffer", "previous hit"),
        A::Preview => ("het verslag zoals het verstuurd wordt", "the minutes as they will be sent"),
        A::ToggleClosed => ("besloten punt (of weer openbaar)", "closed item (or public again)"),
        A::ItemPresence => ("wie komt of gaat bij dit punt", "who comes or goes at this item"),
        A::Majority => ("vereiste meerderheid", "majority required"),
        A::PlanChange => ("planwijziging door dit besluit", "plan change by this decision"),
        A::PublicSummary => {
            ("openbare omschrijving (besloten punt)", "public description (closed item)")
        }
    }
}

/// The title of a question.
pub fn ask(lang: Lang, ask: &Ask) -> &'static str {
    let (nl, en) = match ask {
        Ask::NewItem => ("Nieuw agendapunt", "New agenda item"),
        Ask::ItemTitle => ("Titel van het agendapunt", "Title of the item"),
        Ask::NewDecision => {
            ("Besluit (Alt-Enter: nieuwe alinea)", "Decision (Alt-Enter: new paragraph)")
        }
        Ask::DecisionText(_) => (
            "Tekst van het besluit (Alt-Enter: nieuwe alinea)",
            "Text of the decision (Alt-Enter: new paragraph)",
        ),
        Ask::NewAction => ("Actiepunt: wat moet er gebeuren?", "Action item: what is to be done?"),
        Ask::ActionText(_) => ("Tekst van het actiepunt", "Text of the action item"),
        Ask::Votes(_) => (
            "Stemming: voor tegen onthouding (geheim) · Tab: bij naam",
            "Votes: for against abstaining (secret) · Tab: by name",
        ),
        Ask::Due(_) => (
            "Tegen wanneer? (15/1, 2027-01-15, +2w; leeg: geen)",
            "Due? (15/1, 2027-01-15, +2w; empty: none)",
        ),
        Ask::Guest => ("Naam van de gast", "Name of the guest"),
        Ask::Times => ("Aanvang-einde (19:30-21:50)", "Start-end (19:30-21:50)"),
        Ask::Location => ("Plaats", "Place"),
        Ask::Date => {
            ("Nieuwe datum (2026-11-23, 15/1, vrijdag)", "New date (2026-11-23, 15/1, friday)")
        }
        Ask::FollowUpNote(_) => ("Toelichting bij de opvolging", "Note on the follow-up"),
        Ask::SaveElsewhere => ("Kopie bewaren als", "Save a copy as"),
        Ask::PublicSummary(_) => (
            "Besloten punt: korte publieke omschrijving van het besluit",
            "Closed item: short public description of the decision",
        ),
        Ask::ConflictReason(_) => {
            ("Belangenconflict: reden (mag leeg)", "Conflict of interest: reason (may be empty)")
        }
        Ask::QuorumNote(_) => (
            "Zonder quorum: waarom geldt het besluit toch?",
            "Without quorum: why does the decision stand?",
        ),
    };
    lang.pick(nl, en)
}

/// The title of a pick.
pub fn choice(lang: Lang, choice: &Choice) -> &'static str {
    let (nl, en) = match choice {
        Choice::DecisionObjective(_) | Choice::ActionObjective(_) => {
            ("Doelstelling (code, oude code of woorden)", "Objective (code, old code or words)")
        }
        Choice::Owner(_) => {
            ("Eigenaar: lid, gast of naam van buiten", "Owner: member, guest or outside name")
        }
        Choice::Amends(_) => ("Wijzigt besluit", "Amends decision"),
        Choice::Supersedes(_) => ("Vervangt besluit", "Supersedes decision"),
        Choice::FollowUpAction => ("Open actiepunt", "Open action item"),
        Choice::FollowUpStatus(_) => ("Stand van zaken", "Where it stands"),
        Choice::RoomMember => ("Wie? (bij dit agendapunt)", "Who? (at this agenda item)"),
        Choice::Movement(_) => ("Wat gebeurt er bij dit punt?", "What happens at this item?"),
        Choice::Majority(_) => ("Vereiste meerderheid", "Majority required"),
    };
    lang.pick(nl, en)
}

pub use super::notes::note;

/// Why the editor refused a change, in words (next to the domain's error type).
pub use crate::domain::strings::edit_error as refused;

/// "12 aanwezig · 2 verontschuldigd · 1 afwezig".
pub fn attendance(
    lang: Lang,
    (present, excused, absent): (usize, usize, usize),
    guests: usize,
) -> String {
    let members = if lang == Lang::Nl {
        format!("{present} aanwezig · {excused} verontschuldigd · {absent} afwezig")
    } else {
        format!("{present} present · {excused} excused · {absent} absent")
    };
    match (guests, lang) {
        (0, _) => members,
        (1, Lang::Nl) => format!("{members} · 1 gast"),
        (n, Lang::Nl) => format!("{members} · {n} gasten"),
        (1, Lang::En) => format!("{members} · 1 guest"),
        (n, Lang::En) => format!("{members} · {n} guests"),
    }
}

/// Words on the editor's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// Asked before approving minutes that were never sent.
    ApproveUnsent,
    /// Before the minutes this meeting approves.
    Approves,
    /// Asked before marking the minutes sent.
    SentQuestion,
    /// Before an earlier code that matched in a picker.
    Then,
    /// Before the decision a decision amends.
    AmendsMark,
    /// Before the decision a decision supersedes.
    SupersedesMark,
    /// An open action item listed under the follow-up item, not followed up yet.
    ToFollowUp,
    /// Asked before taking "sent" back.
    UnsendQuestion,
    /// Pane title.
    Agenda,
    /// Pane title.
    Minutes,
    /// Pane title.
    Elements,
    /// An attendance line of a guest.
    Guest,
    /// What to do when saving fails.
    InMemoryCopyElsewhere,
    /// What happens to the text when someone else changed the file.
    KeptBesideTheirs,
    /// A decision without an objective.
    Unlinked,
    /// Due label.
    Due,
    /// Key bar hint.
    HelpHint,
    /// Confirmation.
    ApproveQuestion,
    /// Save state.
    Saved,
    /// Save state.
    Saving,
    /// Save state.
    SaveFailed,
    /// Save state.
    Conflict,
    /// Save state.
    NotSavedYet,
    /// Banner.
    ReadOnly,
    /// The header (and the meetings list) of a cancelled meeting.
    Cancelled,
    /// Asked before cancelling a meeting.
    CancelQuestion,
    /// Asked before undoing a cancellation.
    HeldQuestion,
    /// Asked before removing a meeting.
    RemoveQuestion,
    /// After a closed (besloten) item's title, in the agenda and the header.
    Closed,
    /// A decision adopted by all, without counts.
    Unanimous,
    /// A decision taken on an item without quorum, with no word on why it stands.
    NoQuorum,
}

/// A word in `lang`.
pub fn word(lang: Lang, w: Word) -> &'static str {
    let (nl, en) = match w {
        Word::Agenda => ("Agenda", "Agenda"),
        Word::Minutes => ("Notulen", "Minutes"),
        Word::Elements => {
            ("Besluiten, actiepunten, opvolging", "Decisions, action items, follow-ups")
        }
        Word::Guest => ("gast", "guest"),
        Word::InMemoryCopyElsewhere => (
            "Alles staat nog in het geheugen. Esc, dan e: een kopie elders bewaren.",
            "Everything is still in memory. Esc, then e: save a copy elsewhere.",
        ),
        Word::KeptBesideTheirs => (
            "Hun versie blijft; bij het sluiten komt de jouwe ernaast, om samen te voegen.",
            "Theirs stays; on closing yours goes beside it, to merge.",
        ),
        Word::Unlinked => ("zonder doelstelling", "no objective"),
        Word::Due => ("tegen", "due"),
        Word::HelpHint => ("? toetsen", "? keys"),
        Word::ApproveQuestion => ("goedkeuren? (j/n)", "approve? (y/n)"),
        Word::ApproveUnsent => (
            "nooit verstuurd, nog een ontwerp. Toch goedkeuren? (j/n)",
            "never sent, still a draft. Approve all the same? (y/n)",
        ),
        Word::Approves => ("keurt goed:", "approves:"),
        Word::ToFollowUp => ("te bespreken (Enter)", "to discuss (Enter)"),
        Word::Then => ("toen", "then"),
        Word::AmendsMark => ("wijzigt", "amends"),
        Word::SupersedesMark => ("vervangt", "supersedes"),
        Word::SentQuestion => {
            ("Verslag als verstuurd markeren? (j/n)", "Mark the minutes sent? (y/n)")
        }
        Word::UnsendQuestion => {
            ("Verstuurd verslag terug naar ontwerp? (j/n)", "Minutes sent: back to a draft? (y/n)")
        }
        Word::Saved => ("bewaard", "saved"),
        Word::Saving => ("bewaren…", "saving…"),
        Word::SaveFailed => ("NIET BEWAARD", "NOT SAVED"),
        Word::Conflict => {
            ("GEWIJZIGD OP SCHIJF, niet overschreven", "CHANGED ON DISK, not overwritten")
        }
        Word::NotSavedYet => ("ongewijzigd", "unchanged"),
        Word::ReadOnly => ("alleen lezen", "read-only"),
        Word::Cancelled => ("GEANNULEERD", "CANCELLED"),
        Word::Closed => ("besloten", "closed"),
        Word::RemoveQuestion => (
            "Deze vergadering verwijderen? Ze gaat naar .stuurgroep/removed in de map. (j/n)",
            "Remove this meeting? It goes to .stuurgroep/removed in the folder. (y/n)",
        ),
        Word::CancelQuestion => (
            "Deze vergadering annuleren? Ze blijft bewaard, gemarkeerd als geannuleerd. (j/n)",
            "Cancel this meeting? It is kept, marked cancelled. (y/n)",
        ),
        Word::Unanimous => ("unaniem", "unanimous"),
        Word::NoQuorum => ("zonder quorum", "no quorum"),
        Word::HeldQuestion => (
            "Geannuleerde vergadering: toch gehouden? (j/n)",
            "Cancelled meeting: held after all? (y/n)",
        ),
    };
    lang.pick(nl, en)
}

/// " Z: geen toets hier; ? toont ze allemaal."
pub(super) fn unknown_key(lang: Lang, c: char) -> String {
    let c = crate::text::printable(&c.to_string());
    match lang {
        Lang::Nl => format!(" {c}: geen toets hier; ? toont ze allemaal."),
        Lang::En => format!(" {c}: not a key here; ? shows them all."),
    }
}

/// "2 min geleden": how long ago `at` was, roughly.
fn ago(
    lang: Lang,
    at: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let minutes = now.signed_duration_since(at).num_minutes().max(0);
    match (lang, minutes) {
        (Lang::Nl, 0) => "zonet".into(),
        (Lang::En, 0) => "just now".into(),
        (Lang::Nl, m) if m < 120 => format!("{m} min geleden"),
        (Lang::En, m) if m < 120 => format!("{m} min ago"),
        (Lang::Nl, m) => format!("{} uur geleden", m / 60),
        (Lang::En, m) => format!("{} hours ago", m / 60),
    }
}

/// The question before taking over someone's lock: who holds it, how long ago they typed
/// (or, without typing known, when their app last refreshed it).
pub fn take_over_question(
    lang: Lang,
    info: &crate::store::lock::LockInfo,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let held = held_by(lang, info);
    let stale = info.is_stale(now);
    let last = match (info.typed, lang) {
        (Some(t), Lang::Nl) => format!("laatst getypt {}", ago(lang, t, now)),
        (Some(t), Lang::En) => format!("last typed {}", ago(lang, t, now)),
        (None, Lang::Nl) => format!("laatst ververst {}", ago(lang, info.refreshed, now)),
        (None, Lang::En) => format!("last refreshed {}", ago(lang, info.refreshed, now)),
    };
    let ask = match (lang, stale) {
        (Lang::Nl, true) => "niet meer ververst: overnemen? (j/n)",
        (Lang::En, true) => "no longer refreshed: take over? (y/n)",
        (Lang::Nl, false) => "overnemen? (j/n; n: alleen lezen)",
        (Lang::En, false) => "take over? (y/n; n: read only)",
    };
    format!("{held}\n{last}; {ask}")
}

/// The question when a new meeting's date is one its body already meets on.
pub fn meeting_exists_question(lang: Lang, date: chrono::NaiveDate) -> String {
    let day = date.format("%Y-%m-%d");
    match lang {
        Lang::Nl => format!(
            "Er is al een vergadering op {day}. Die openen? (j: openen; n: een andere datum)"
        ),
        Lang::En => {
            format!("There is a meeting on {day} already. Open it? (y: open; n: another date)")
        }
    }
}

/// The find line at the bottom of the editor: the query, which hit of how many, the keys.
pub fn find_line(lang: Lang, query: &str, count: Option<(usize, usize)>) -> String {
    let query = crate::text::printable(query);
    let count = count.map(|(at, of)| format!("  {at}/{of}")).unwrap_or_default();
    match lang {
        Lang::Nl => format!("Zoeken: {query}▏{count} · Enter ↓ volgende · ↑ vorige · Esc klaar"),
        Lang::En => format!("Find: {query}▏{count} · Enter ↓ next · ↑ previous · Esc done"),
    }
}

/// The title of the preview of the minutes.
pub fn preview_title(lang: Lang) -> &'static str {
    lang.pick(
        " Het verslag zoals het verstuurd wordt · ↑ ↓ PgUp PgDn · Esc sluit ",
        " The minutes as they will be sent · ↑ ↓ PgUp PgDn · Esc closes ",
    )
}

/// The header's quorum for the selected item: "quorum: 9 van 15 stemgerechtigd aanwezig ✓".
pub fn quorum(lang: Lang, present: usize, voting: usize, reached: bool) -> String {
    let mark = if reached { "✓" } else { "✗" };
    match lang {
        Lang::Nl => format!("quorum: {present} van {voting} stemgerechtigd aanwezig {mark}"),
        Lang::En => format!("quorum: {present} of {voting} voting members present {mark}"),
    }
}

/// The quorum where the header is short of room: "quorum 11/15 ✓" (`named`), else "11/15 ✓".
pub fn quorum_short(
    lang: Lang,
    present: usize,
    voting: usize,
    reached: bool,
    named: bool,
) -> String {
    let mark = if reached { "✓" } else { "✗" };
    // The same word in both languages.
    let word = if named { lang.pick("quorum ", "quorum ") } else { "" };
    format!("{word}{present}/{voting} {mark}")
}

/// What a member does at an item, as the room picker offers it; `None`: as the meeting.
pub fn movement(lang: Lang, m: Option<&crate::domain::meeting::Movement>) -> String {
    match m {
        None => lang
            .pick(
                "zoals de vergadering (niets bij dit punt)",
                "as the meeting (nothing at this item)",
            )
            .into(),
        Some(m) => crate::domain::strings::presence_change(lang, m),
    }
}

/// The majority a decision can be given; `None`: the body's own.
pub fn majority_option(lang: Lang, m: Option<crate::domain::governance::Majority>) -> String {
    match m {
        None => lang.pick("die van het orgaan", "the body's").into(),
        Some(m) => crate::domain::strings::majority(lang, m).into(),
    }
}
