//! `stuurgroep export`: minutes as documents, the list of decisions, the progress report, the
//! calendar; to `-o FILE` (written whole or not at all) or standard output.

mod checks;
mod format;
mod render;

use super::ExitCode;
use crate::cli::strings::{binary_to_terminal, is_a_folder};
use crate::export::output;
use crate::i18n::Lang;
use crate::index::Index;
use crate::store::strings::disk_refused;
use format::pick;
use render::{render, unreadable_meeting};
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
        /// The minutes fit to publish: closed (besloten) items show only their title and
        /// their decisions' public summary.
        #[arg(long)]
        public: bool,
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
    /// Progress per objective: decisions by outcome, action items, quiet objectives; then
    /// the report to the government per objective and per year (ODT and DOCX: that part).
    ///
    /// Example: stuurgroep export report --from 2021 --to 2021 --format csv -o voortgang.csv
    ///
    /// Example: stuurgroep export report --from 2021 --to 2022 -o verslag-overheid.odt
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
        /// CSV: a row per operational objective and year of the plan period (the report to
        /// the government), instead of a row per objective.
        #[arg(long)]
        per_year: bool,
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
    /// OpenDocument text: the report to the government per objective and per year.
    Odt,
    /// Word: the report to the government per objective and per year.
    Docx,
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
