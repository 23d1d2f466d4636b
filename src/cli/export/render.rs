//! Rendering the document asked for from the loaded folder: which document, in which format,
//! or why not (in the user's words).

use super::{AgendaFormat, BASE_IRI, CalendarFormat, ListFormat, MinutesFormat, ReportFormat};
use super::{What, pick};
use crate::cli::filters::{End, date_arg};
use crate::cli::strings::meeting_unreadable;
use crate::cli::strings::{BadArgument, bad_argument};
use crate::export::{self, model};
use crate::i18n::Lang;
use crate::index::Index;
use crate::store::Folder;
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

pub(super) fn render(
    folder: &Folder,
    index: &Index,
    what: &What,
    output: Option<&Path>,
    lang: Lang,
) -> Result<Document, String> {
    let organisation = folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str());
    let members = folder.members.as_ref().map(|m| &m.value);
    match what {
        What::Minutes { meeting, format } => {
            let found = folder.meetings.iter().find(|m| m.value.id.as_str() == meeting);
            let m = found.ok_or_else(|| {
                if unreadable_meeting(folder, what) {
                    meeting_unreadable(lang, meeting)
                } else {
                    bad_argument(lang, BadArgument::Meeting, meeting)
                }
            })?;
            let doc = model::minutes_doc(&m.value, members, index, organisation, lang);
            Ok(match pick(*format, output, MinutesFormat::Md, lang)? {
                MinutesFormat::Md => Document::text(export::minutes::markdown(&doc, lang)),
                MinutesFormat::Html => Document::text(export::minutes::html(&doc, lang)),
                MinutesFormat::Odt => Document {
                    bytes: export::odt::minutes_odt(&doc, lang).map_err(|e| e.to_string())?,
                    binary: true,
                },
                MinutesFormat::Docx => Document {
                    bytes: export::docx::minutes_docx(&doc, lang).map_err(|e| e.to_string())?,
                    binary: true,
                },
            })
        }
        What::Agenda { meeting, format } => {
            let found = folder.meetings.iter().find(|m| m.value.id.as_str() == meeting);
            let m = found.ok_or_else(|| {
                if unreadable_meeting(folder, what) {
                    crate::cli::strings::meeting_unreadable(lang, meeting)
                } else {
                    crate::cli::strings::bad_argument(
                        lang,
                        crate::cli::strings::BadArgument::Meeting,
                        meeting,
                    )
                }
            })?;
            let doc = export::agenda::agenda_doc(&m.value, folder, index, organisation, lang);
            let binary = |bytes: Result<Vec<u8>, std::io::Error>| {
                bytes.map(|bytes| Document { bytes, binary: true }).map_err(|e| e.to_string())
            };
            match pick(*format, output, AgendaFormat::Md, lang)? {
                AgendaFormat::Md => Ok(Document::text(export::agenda::markdown(&doc, lang))),
                AgendaFormat::Html => Ok(Document::text(export::agenda::html(&doc, lang))),
                AgendaFormat::Odt => {
                    binary(export::odt::package(&export::agenda::layout(&doc, lang)))
                }
                AgendaFormat::Docx => {
                    binary(export::docx::package(&export::agenda::layout(&doc, lang)))
                }
                AgendaFormat::Ics => {
                    let event = export::calendar::Event {
                        meeting: &m.value,
                        modified: modified(folder, &m.path),
                    };
                    let now = chrono::Utc::now();
                    Ok(Document::text(export::calendar::ics(&[event], members, organisation, now)))
                }
            }
        }
        What::Besluitenlijst { body, from, to, format } => {
            check_body(folder, body.as_deref(), lang)?;
            let from = date_arg(from.as_deref(), End::Start, lang)?;
            let to = date_arg(to.as_deref(), End::Finish, lang)?;
            let sessions = model::decision_list(folder, index, body.as_deref(), from, to, lang);
            let period = crate::export::strings::report::period(lang, from, to);
            Ok(Document::text(match pick(*format, output, ListFormat::Md, lang)? {
                ListFormat::Md => {
                    export::minutes::list_markdown(&sessions, organisation, &period, lang)
                }
                ListFormat::Jsonld => {
                    export::jsonld::besluitenlijst_jsonld(&sessions, organisation, BASE_IRI)
                }
                ListFormat::Html => {
                    export::minutes::list_html(&sessions, organisation, &period, lang)
                }
            }))
        }
        What::Report { from, to, format, csv_comma } => {
            let from = date_arg(from.as_deref(), End::Start, lang)?;
            let to = date_arg(to.as_deref(), End::Finish, lang)?;
            let rows = export::report::rows(index, from, to, chrono::Local::now().date_naive());
            let period = crate::export::strings::report::period(lang, from, to);
            Ok(Document::text(match pick(*format, output, ReportFormat::Md, lang)? {
                ReportFormat::Md => export::report::markdown(&rows, &period, lang),
                ReportFormat::Html => export::report::html(&rows, &period, lang),
                ReportFormat::Csv => {
                    let dialect = if *csv_comma {
                        export::report::CsvDialect::Rfc4180
                    } else {
                        export::report::CsvDialect::Excel
                    };
                    export::report::csv(&rows, lang, dialect)
                }
            }))
        }
        What::Calendar { body, todos } => {
            pick(None, output, CalendarFormat::Ics, lang)?;
            check_body(folder, body.as_deref(), lang)?;
            let mut events: Vec<export::calendar::Event> = folder
                .meetings
                .iter()
                .filter(|m| body.as_deref().is_none_or(|b| m.value.body.as_str() == b))
                .map(|m| export::calendar::Event {
                    meeting: &m.value,
                    modified: modified(folder, &m.path),
                })
                .collect();
            events.sort_by_key(|e| e.meeting.date);
            let todos = if *todos { to_dos(index, body.as_deref(), members, lang) } else { vec![] };
            let now = chrono::Utc::now();
            let ics = export::calendar::with_todos(&events, &todos, members, organisation, now);
            Ok(Document::text(ics))
        }
    }
}

/// The action items with a due date (of `body`, or all) as to-dos.
fn to_dos(
    index: &Index,
    body: Option<&str>,
    members: Option<&crate::domain::organisation::Members>,
    lang: Lang,
) -> Vec<export::calendar::Todo> {
    use crate::index::actions::ActionStatus;
    let actions = index.actions.iter().filter(|a| body.is_none_or(|b| a.body.as_str() == b));
    actions
        .filter_map(|a| {
            let owner = crate::domain::strings::owner(lang, &a.owner, |id| {
                members
                    .and_then(|m| m.member(id))
                    .map_or_else(|| id.to_string(), |m| m.name.clone())
            });
            Some(export::calendar::Todo {
                reference: a.reference.to_string(),
                text: a.text.clone(),
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
