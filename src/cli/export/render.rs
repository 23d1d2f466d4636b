//! Rendering the document asked for from the loaded folder: which document, in which format,
//! or why not (in the user's words).

use super::checks::{base, period};
use super::{AgendaFormat, CalendarFormat, ListFormat, MinutesFormat, ReportFormat};
use super::{What, pick};
use crate::cli::strings::{BadArgument, bad_argument};
use crate::cli::strings::{meeting_unreadable, package_failed};
use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use crate::export::{self, model};
use crate::i18n::Lang;
use crate::index::Index;
use crate::store::{Folder, LoadedFile};
use std::path::Path;

/// A rendered document.
pub(super) struct Document {
    pub(super) bytes: Vec<u8>,
    pub(super) binary: bool,
}

impl Document {
    fn text(text: String) -> Self {
        Self { bytes: text.into_bytes(), binary: false }
    }
}

/// What every document is rendered from: the folder, its index, where it goes (its
/// extension may pick the format) and the reader's language.
struct Source<'a> {
    folder: &'a Folder,
    index: &'a Index,
    output: Option<&'a Path>,
    lang: Lang,
}

impl Source<'_> {
    /// The association's name, from the plan.
    fn organisation(&self) -> &str {
        self.folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str())
    }

    fn members(&self) -> Option<&Members> {
        self.folder.members.as_ref().map(|m| &m.value)
    }

    /// Meeting `id` that `what` asks for, or why not: its file is unreadable, or there is no
    /// such meeting.
    fn meeting(&self, what: &What, id: &str) -> Result<&LoadedFile<Meeting>, String> {
        let found = self.folder.meetings.iter().find(|m| m.value.id.as_str() == id);
        found.ok_or_else(|| {
            if unreadable_meeting(self.folder, what) {
                meeting_unreadable(self.lang, id)
            } else {
                bad_argument(self.lang, BadArgument::Meeting, id)
            }
        })
    }
}

/// A binary document in `format` ("ODT", "DOCX"), or why it could not be made in the
/// reader's words.
fn binary(
    bytes: Result<Vec<u8>, std::io::Error>,
    format: &str,
    lang: Lang,
) -> Result<Document, String> {
    bytes
        .map(|bytes| Document { bytes, binary: true })
        .map_err(|e| package_failed(lang, format, &e))
}

/// The document `what` asks for, in its format, or why not in the reader's words.
pub(super) fn render(
    folder: &Folder,
    index: &Index,
    what: &What,
    output: Option<&Path>,
    lang: Lang,
) -> Result<Document, String> {
    let source = Source { folder, index, output, lang };
    match what {
        What::Minutes { meeting, format, public } => {
            minutes(&source, what, meeting, *format, *public)
        }
        What::Agenda { meeting, format } => agenda(&source, what, meeting, *format),
        What::Besluitenlijst { body, from, to, format, base_iri } => {
            let (from, to) = (from.as_deref(), to.as_deref());
            decision_list(&source, body.as_deref(), (from, to), *format, base_iri.as_deref())
        }
        What::Report { from, to, format, csv_comma, per_year } => {
            report(&source, (from.as_deref(), to.as_deref()), *format, (*csv_comma, *per_year))
        }
        What::Calendar { body, todos } => calendar(&source, body.as_deref(), *todos),
    }
}

/// A meeting's minutes.
fn minutes(
    source: &Source,
    what: &What,
    id: &str,
    format: Option<MinutesFormat>,
    public: bool,
) -> Result<Document, String> {
    let lang = source.lang;
    let m = source.meeting(what, id)?;
    let mut doc =
        model::minutes_doc(&m.value, source.members(), source.index, source.organisation(), lang);
    if public {
        let closed = closed_actions(source.folder);
        export::confidential::public(&mut doc, &closed, lang);
    }
    match pick(format, source.output, MinutesFormat::Md, lang)? {
        MinutesFormat::Md => Ok(Document::text(export::minutes::markdown(&doc, lang))),
        MinutesFormat::Html => Ok(Document::text(export::minutes::html(&doc, lang))),
        MinutesFormat::Odt => binary(export::odt::minutes_odt(&doc, lang), "ODT", lang),
        MinutesFormat::Docx => binary(export::docx::minutes_docx(&doc, lang), "DOCX", lang),
    }
}

/// A meeting's invitation with its agenda, or the meeting as a calendar event.
fn agenda(
    source: &Source,
    what: &What,
    id: &str,
    format: Option<AgendaFormat>,
) -> Result<Document, String> {
    let (lang, organisation) = (source.lang, source.organisation());
    let m = source.meeting(what, id)?;
    let doc = export::agenda::agenda_doc(&m.value, source.folder, source.index, organisation, lang);
    match pick(format, source.output, AgendaFormat::Md, lang)? {
        AgendaFormat::Md => Ok(Document::text(export::agenda::markdown(&doc, lang))),
        AgendaFormat::Html => Ok(Document::text(export::agenda::html(&doc, lang))),
        AgendaFormat::Odt => {
            binary(export::odt::package(&export::agenda::layout(&doc, lang)), "ODT", lang)
        }
        AgendaFormat::Docx => {
            binary(export::docx::package(&export::agenda::layout(&doc, lang)), "DOCX", lang)
        }
        AgendaFormat::Ics => {
            let modified = modified(source.folder, &m.path);
            let all = source.folder.meetings.iter().map(|m| &m.value);
            let event = export::calendar::Event::of(&m.value, modified, all);
            let now = chrono::Utc::now();
            let ics = export::calendar::ics(&[event], source.members(), organisation, now);
            Ok(Document::text(ics))
        }
    }
}

/// The list of decisions of a period (of one body, or all).
fn decision_list(
    source: &Source,
    body: Option<&str>,
    (from, to): (Option<&str>, Option<&str>),
    format: Option<ListFormat>,
    base_iri: Option<&str>,
) -> Result<Document, String> {
    let (lang, organisation) = (source.lang, source.organisation());
    check_body(source.folder, body, lang)?;
    let (from, to) = period(from, to, lang)?;
    let plan = source.folder.plan.as_ref();
    let base =
        base(base_iri.or(plan.and_then(|p| p.value.organisation.base_iri.as_deref())), lang)?;
    let sessions = model::decision_list(source.folder, source.index, body, from, to, lang);
    let period = crate::export::strings::report::period(lang, from, to);
    Ok(Document::text(match pick(format, source.output, ListFormat::Md, lang)? {
        ListFormat::Md => export::minutes::list_markdown(&sessions, organisation, &period, lang),
        ListFormat::Jsonld => export::jsonld::besluitenlijst_jsonld(&sessions, organisation, base),
        ListFormat::Html => {
            export::minutes::list_html(&sessions, organisation, &period, base, lang)
        }
    }))
}

/// The progress report on the plan over a period.
fn report(
    source: &Source,
    (from, to): (Option<&str>, Option<&str>),
    format: Option<ReportFormat>,
    (csv_comma, per_year): (bool, bool),
) -> Result<Document, String> {
    let lang = source.lang;
    let (from, to) = period(from, to, lang)?;
    let today = chrono::Local::now().date_naive();
    let rows = export::report::rows(source.index, from, to, today);
    let years = export::report_years::plan_report(source.folder, source.index, from, to, today);
    let period = crate::export::strings::report::period(lang, from, to);
    let organisation = source.organisation();
    let layout = || export::report_years_render::layout(&years, organisation, &period, lang);
    Ok(Document::text(match pick(format, source.output, ReportFormat::Md, lang)? {
        ReportFormat::Md => {
            let per_year = export::report_years_render::markdown(&years, lang);
            format!("{}\n{per_year}", export::report::markdown(&rows, &period, lang))
        }
        ReportFormat::Html => {
            let per_year = export::report_years_render::html(&years, lang);
            export::report::html_with(&rows, &period, lang, &per_year)
        }
        ReportFormat::Csv => {
            let dialect = if csv_comma {
                export::report::CsvDialect::Rfc4180
            } else {
                export::report::CsvDialect::Excel
            };
            if per_year {
                export::report_years_render::csv(&years, lang, dialect)
            } else {
                export::report::csv(&rows, lang, dialect)
            }
        }
        ReportFormat::Odt => return binary(export::odt::package(&layout()), "ODT", lang),
        ReportFormat::Docx => return binary(export::docx::package(&layout()), "DOCX", lang),
    }))
}

/// The meetings (of one body, or all) as a calendar, with the action items due as to-dos
/// when asked.
fn calendar(source: &Source, body: Option<&str>, todos: bool) -> Result<Document, String> {
    let (folder, lang) = (source.folder, source.lang);
    pick(None, source.output, CalendarFormat::Ics, lang)?;
    check_body(folder, body, lang)?;
    let mut events: Vec<export::calendar::Event> = folder
        .meetings
        .iter()
        .filter(|m| body.is_none_or(|b| m.value.body.as_str() == b))
        .map(|m| {
            let all = folder.meetings.iter().map(|m| &m.value);
            export::calendar::Event::of(&m.value, modified(folder, &m.path), all)
        })
        .collect();
    events.sort_by_key(|e| e.meeting.date);
    let members = source.members();
    let todos = if todos {
        let closed = closed_actions(folder);
        to_dos(source.index, body, members, &closed, lang)
    } else {
        vec![]
    };
    let now = chrono::Utc::now();
    let ics = export::calendar::with_todos(&events, &todos, members, source.organisation(), now);
    Ok(Document::text(ics))
}

/// The action items with a due date (of `body`, or all) as to-dos.
fn to_dos(
    index: &Index,
    body: Option<&str>,
    members: Option<&Members>,
    closed: &export::confidential::ClosedActions,
    lang: Lang,
) -> Vec<export::calendar::Todo> {
    use crate::index::actions::ActionStatus;
    let actions = index.actions.iter().filter(|a| body.is_none_or(|b| a.body.as_str() == b));
    // A calendar is shared: a closed item's action items stay out of it.
    let actions = actions.filter(|a| !closed.contains(&a.reference.to_string()));
    actions
        .filter_map(|a| {
            let owner = crate::domain::strings::owner(lang, &a.owner, |id| {
                members
                    .and_then(|m| m.member(id))
                    .map_or_else(|| id.to_string(), |m| m.name.clone())
            });
            Some(export::calendar::Todo {
                reference: a.reference.to_string(),
                text: a.text.to_string(),
                owner,
                due: a.due?,
                status: match a.status() {
                    ActionStatus::Open => "NEEDS-ACTION",
                    ActionStatus::Done => "COMPLETED",
                    ActionStatus::Dropped => "CANCELLED",
                },
            })
        })
        .collect()
}

/// The action items of the folder's closed items.
fn closed_actions(folder: &Folder) -> export::confidential::ClosedActions {
    export::confidential::ClosedActions::of(folder.meetings.iter().map(|m| &m.value))
}

/// When the file at `path` (under the folder) was last written, for the calendar.
fn modified(folder: &Folder, path: &Path) -> Option<chrono::DateTime<chrono::Utc>> {
    let meta = std::fs::metadata(folder.root.join(path)).ok()?;
    meta.modified().ok().map(chrono::DateTime::<chrono::Utc>::from)
}

fn check_body(folder: &Folder, body: Option<&str>, lang: Lang) -> Result<(), String> {
    match (body, &folder.members) {
        (Some(b), Some(members)) if members.value.body(&b.into()).is_none() => {
            Err(bad_argument(lang, BadArgument::Body, b))
        }
        _ => Ok(()),
    }
}

/// Whether `what` asks for the minutes of a meeting whose file could not be read.
pub(super) fn unreadable_meeting(folder: &Folder, what: &What) -> bool {
    let (What::Minutes { meeting, .. } | What::Agenda { meeting, .. }) = what else {
        return false;
    };
    let broken =
        folder.errors.iter().map(|e| &e.path).chain(folder.not_files.iter().map(|n| &n.path));
    broken
        .filter(|p| p.starts_with(crate::store::document::MEETINGS_DIR))
        .any(|p| p.file_stem().is_some_and(|s| s.to_string_lossy() == meeting.as_str()))
}
