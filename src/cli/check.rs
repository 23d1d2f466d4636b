//! `stuurgroep check`: validate the folder and report each finding as `path:line:col: message`.

use super::ExitCode;
use crate::check::finding::Finding;
use crate::check::strings::{counts, finding, severity, totals};
use crate::check::{Report, check};
use crate::i18n::Lang;
use std::path::Path;

/// Options of `check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the report as JSON, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// Runs `check` on `dir`.
pub fn run(dir: &Path, args: &Args, lang: Lang) -> ExitCode {
    let folder = match super::stdio::open_cached(dir, "stuurgroep check", lang) {
        Ok(folder) => folder,
        Err(code) => return code,
    };
    let report = check(&folder);
    let text = if args.json {
        format!("{}\n", json(dir, &report, lang))
    } else {
        crate::text::printable(&human(dir, &report, lang))
    };
    // The process ends with the answer, and the system takes its memory back at once: freeing
    // the folder's hundred thousand allocations one by one took a tenth of a check.
    std::mem::forget(folder);
    super::stdio::answer("stuurgroep check", &text, u8::from(report.errors() > 0))
}

/// The readable report.
pub fn human(dir: &Path, report: &Report, lang: Lang) -> String {
    let shown = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
    let shown = crate::store::relpath::slashed(&shown);
    let mut out = format!("{}: {shown}\n", crate::cli::strings::folder(lang));
    for (label, value) in counts(lang, &report.counts) {
        out.push_str(&format!("  {:<18} {value}\n", format!("{label}:")));
    }
    for f in &report.findings {
        out.push_str(&format!(
            "{}: {}: {}\n",
            location(f),
            severity(lang, f.severity),
            finding(lang, &f.kind)
        ));
    }
    out.push_str(&totals(lang, report.errors(), report.warnings()));
    out.push('\n');
    out
}

/// `path:line:col`, or just the path.
fn location(f: &Finding) -> String {
    match f.at {
        Some((line, col)) => format!("{}:{line}:{col}", crate::store::relpath::slashed(&f.path)),
        None => crate::store::relpath::slashed(&f.path).to_string(),
    }
}

/// The report as JSON: the folder, the counts, and each finding with a stable `code`.
pub fn json(dir: &Path, report: &Report, lang: Lang) -> String {
    let findings: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "path": crate::store::relpath::slashed(&f.path).to_string(),
                "line": f.at.map(|a| a.0),
                "column": f.at.map(|a| a.1),
                "severity": f.severity,
                "code": f.kind.code(),
                "message": finding(lang, &f.kind),
            })
        })
        .collect();
    let value = serde_json::json!({
        "folder": dir.display().to_string(),
        "counts": report.counts,
        "errors": report.errors(),
        "warnings": report.warnings(),
        "findings": findings,
    });
    crate::text::json(&value)
}
