//! `stuurgroep export`: minutes as documents, the list of decisions, the progress report, the
//! calendar; to `-o FILE` (written whole or not at all) or standard output.

mod checks;
mod format;

use super::ExitCode;
use crate::cli::strings::meeting_unreadable;
use crate::cli::strings::{BadArgument, bad_argument, binary_to_terminal, is_a_folder};
use crate::export::{self, model, output};
use crate::i18n::Lang;
use crate::index::Index;
use crate::store::Folder;
use crate::store::strings::disk_refused;
use checks::{base, period};
use format::pick;
use std::path::{Path, PathBuf};

/// Options of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to export.
    #[command(subcommand)]
    pub what: What,
    /// Write to this file instead of standard output; its extension (.md, .html, .odt,
    /// .docx, .jsonld, .csv, .ics) picks the format unless --format is given.
    #[arg(short = 'o', long = "output", global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The documents.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// The minutes of one meeting as the document that is sent out.
    ///
    /// Example: stuurgroep export minutes 2021-03-16-stuurgroep --format odt -o verslag.odt
    Minutes {
        /// The meeting's id, e.g. 2021-03-16-stuurgroep.
        meeting: String,
        /// Document format (default: from the extension of -o, else md).
        #[arg(long, value_enum)]
        format: Option<MinutesFormat>,
    },
    /// The agenda (invitation) of a meeting, sent before it: when and where, the items with
    /// their explanation, the open action items to follow up, the minutes to approve.
    ///
    /// Example: stuurgroep export agenda 2022-10-11-stuurgroep -o uitnodiging.docx
    Agenda {
        /// The meeting's id, e.g. 2022-10-11-stuurgroep.
        meeting: String,
        /// Document format (default: from the extension of -o, else md); ics is the
        /// invitation for a calendar.
        #[arg(long, value_enum)]
        format: Option<AgendaFormat>,
    },
    /// The publishable list of decisions of a period.
    ///
    /// Example: stuurgroep export besluitenlijst --body stuurgroep --from 2021 --format jsonld
    Besluitenlijst {
        /// Only this body.
        #[arg(long)]
        body: Option<String>,
        /// From this date: 2021-03-16, 2021-03 or 2021.
        #[arg(long)]
        from: Option<String>,
        /// Up to this date.
        #[arg(long)]
        to: Option<String>,
        /// Document format (default: from the extension of -o, else md); jsonld speaks the
        /// OSLO "Besluit publicatie" vocabulary.
        #[arg(long, value_enum)]
        format: Option<ListFormat>,
        /// The base of the published IRIs (JSON-LD, and the RDFa of html), e.g.
        /// https://data.example.be/; default: `base_iri` in data/plan.ron.
        #[arg(long, value_name = "IRI")]
        base_iri: Option<String>,
    },
    /// Progress per objective: decisions by outcome, action items, quiet objectives.
    ///
    /// Example: stuurgroep export report --from 2021 --to 2021 --format csv -o voortgang.csv
    Report {
        /// From this date.
        #[arg(long)]
        from: Option<String>,
        /// Up to this date.
        #[arg(long)]
        to: Option<String>,
        /// Document format (default: from the extension of -o, else md).
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// CSV with `,` and no byte-order mark (RFC 4180), instead of the `;` and UTF-8 mark
        /// that Excel with Belgian settings needs.
        #[arg(long)]
        csv_comma: bool,
    },
    /// The meetings as an iCalendar (.ics) file.
    ///
    /// Example: stuurgroep export calendar --body stuurgroep -o vergaderingen.ics
    Calendar {
        /// Only this body.
        #[arg(long)]
        body: Option<String>,
        /// Also the action items with a due date, as to-dos (VTODO).
        #[arg(long)]
        todos: bool,
    },
}

/// Formats of the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MinutesFormat {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// OpenDocument text (LibreOffice, Word); binary, so write it with -o.
    Odt,
    /// Word document; binary, so write it with -o.
    Docx,
}

/// Formats of the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// OpenDocument text; binary, so write it with -o.
    Odt,
    /// Word document; binary, so write it with -o.
    Docx,
    /// The invitation as an iCalendar (.ics) event.
    Ics,
}

/// Formats of the list of decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// JSON-LD in the OSLO "Besluit publicatie" vocabulary.
    Jsonld,
}

/// Formats of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// CSV for a spreadsheet: `;` and a UTF-8 byte-order mark for Excel (--csv-comma: RFC 4180).
    Csv,
}

/// The calendar's one format, so `-o` names it like the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CalendarFormat {
    /// iCalendar.
    Ics,
}

/// Runs `export` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::open(dir, "stuurgroep export", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let incomplete = super::stdio::unreadable(&folder, "stuurgroep export", lang);
    let index = Index::build(&folder);
    let document = match render(&folder, &index, &args.what, args.output.as_deref(), lang) {
        Ok(document) => document,
        Err(message) => {
            eprintln!("stuurgroep export: {message}");
            // Not found because its file is broken: that file is the finding, named above.
            return if unreadable_meeting(&folder, &args.what) { 1 } else { 2 };
        }
    };
    match output::write(args.output.as_deref(), &document.bytes, document.binary) {
        Ok(()) => incomplete,
        Err(output::OutputError::Io(_, e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            incomplete
        }
        Err(output::OutputError::BinaryToTerminal) => {
            eprintln!("stuurgroep export: {}", binary_to_terminal(lang));
            2
        }
        Err(output::OutputError::IsAFolder(path)) => {
            eprintln!("stuurgroep export: {}", is_a_folder(lang, &path));
            2
        }
        Err(output::OutputError::Io(path, e)) => {
            eprintln!("stuurgroep export: {}", disk_refused(lang, Path::new(&path), &e));
            2
        }
    }
}

/// A rendered document.
struct Document {
    bytes: Vec<u8>,
    binary: bool,
}

impl Document {
    fn text(text: String) -> Self {
        Self { bytes: text.into_bytes(), binary: false }
    }
}

fn render(
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
                    let all = folder.meetings.iter().map(|m| &m.value);
                    let event =
                        export::calendar::Event::of(&m.value, modified(folder, &m.path), all);
                    let now = chrono::Utc::now();
                    Ok(Document::text(export::calendar::ics(&[event], members, organisation, now)))
                }
            }
        }
        What::Besluitenlijst { body, from, to, format, base_iri } => {
            check_body(folder, body.as_deref(), lang)?;
            let (from, to) = period(from.as_deref(), to.as_deref(), lang)?;
            let plan_base =
                folder.plan.as_ref().and_then(|p| p.value.organisation.base_iri.as_deref());
            let base = base(base_iri.as_deref().or(plan_base), lang)?;
            let sessions = model::decision_list(folder, index, body.as_deref(), from, to, lang);
            let period = crate::export::strings::report::period(lang, from, to);
            Ok(Document::text(match pick(*format, output, ListFormat::Md, lang)? {
                ListFormat::Md => {
                    export::minutes::list_markdown(&sessions, organisation, &period, lang)
                }
                ListFormat::Jsonld => {
                    export::jsonld::besluitenlijst_jsonld(&sessions, organisation, base)
                }
                ListFormat::Html => {
                    export::minutes::list_html(&sessions, organisation, &period, base, lang)
                }
            }))
        }
        What::Report { from, to, format, csv_comma } => {
            let (from, to) = period(from.as_deref(), to.as_deref(), lang)?;
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
                .map(|m| {
                    let all = folder.meetings.iter().map(|m| &m.value);
                    export::calendar::Event::of(&m.value, modified(folder, &m.path), all)
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
fn unreadable_meeting(folder: &Folder, what: &What) -> bool {
    let (What::Minutes { meeting, .. } | What::Agenda { meeting, .. }) = what else {
        return false;
    };
    let broken =
        folder.errors.iter().map(|e| &e.path).chain(folder.not_files.iter().map(|n| &n.path));
    broken
        .filter(|p| p.starts_with(crate::store::document::MEETINGS_DIR))
        .any(|p| p.file_stem().is_some_and(|s| s.to_string_lossy() == meeting.as_str()))
}
