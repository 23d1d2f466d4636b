//! The progress report per objective: decisions of the period by outcome, action items
//! open / done / overdue, the last decision, and objectives that saw nothing in the period.

use super::escape;
use crate::export::strings::report as words;
use crate::i18n::Lang;
use crate::index::Index;
use crate::index::actions::ActionStatus;
use chrono::NaiveDate;

/// One line of the report: a strategic objective or one of its operational objectives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Today's code.
    pub code: String,
    /// Earlier codes, oldest first.
    pub old_codes: Vec<String>,
    /// Today's title.
    pub title: String,
    /// Whether it is a strategic objective (a heading with totals).
    pub strategic: bool,
    /// Decisions of the period: adopted, rejected, postponed.
    pub decisions: [usize; 3],
    /// Action items agreed in the period: open (overdue included), done, overdue.
    pub actions: [usize; 3],
    /// The last decision serving it in the period.
    pub last_decision: Option<NaiveDate>,
    /// No decision and no action item in the period.
    pub quiet: bool,
}

/// The rows for the active objectives, in plan order, with each SD's totals. An objective
/// counts the decisions and actions of the objectives merged into it (see
/// `ObjectiveIndex::holder_id`).
pub fn rows(
    index: &Index,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<Row> {
    let in_period = |d: NaiveDate| from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t);
    let mut rows: Vec<Row> = Vec::new();
    let mut sd_row: Option<usize> = None;
    let served = crate::index::served::Served::of(index);
    for o in index.objectives.all().iter().filter(|o| o.is_active()) {
        let mut row = Row {
            code: o.code.to_string(),
            old_codes: o.codes.iter().filter(|c| **c != o.code).map(ToString::to_string).collect(),
            title: o.title.clone(),
            strategic: o.parent.is_none(),
            decisions: [0; 3],
            actions: [0; 3],
            last_decision: None,
            quiet: false,
        };
        if row.strategic {
            sd_row = Some(rows.len());
            rows.push(row);
            continue;
        }
        // Its own and those of the ended objectives it carries (merged into it, or demoted to
        // one of its actions), as the app's tree and `decisions --od` count them.
        for d in served.decisions(&o.id).iter().filter(|d| in_period(d.date)) {
            row.decisions[d.outcome as usize] += 1;
            row.last_decision = row.last_decision.max(Some(d.date));
        }
        for a in served.actions(&o.id).iter().filter(|a| in_period(a.date)) {
            match a.status() {
                ActionStatus::Open => row.actions[0] += 1,
                ActionStatus::Done => row.actions[1] += 1,
                ActionStatus::Dropped => {}
            }
            row.actions[2] += usize::from(a.is_overdue(today));
        }
        row.quiet =
            row.decisions.iter().sum::<usize>() == 0 && row.actions[..2].iter().sum::<usize>() == 0;
        if let Some(sd) = sd_row.and_then(|i| rows.get_mut(i)) {
            (0..3).for_each(|k| sd.decisions[k] += row.decisions[k]);
            (0..3).for_each(|k| sd.actions[k] += row.actions[k]);
            sd.last_decision = sd.last_decision.max(row.last_decision);
        }
        rows.push(row);
    }
    rows
}

fn code_with_old(row: &Row, lang: Lang) -> String {
    if row.old_codes.is_empty() {
        row.code.clone()
    } else {
        format!("{} ({} {})", row.code, words::was(lang), row.old_codes.join(", "))
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "–".to_owned(), |d| d.to_string())
}

/// The report as a Markdown table.
pub fn markdown(rows: &[Row], period: &str, lang: Lang) -> String {
    let mut out = format!("# {}\n\n{}\n\n", words::title(lang), escape::markdown(period));
    out.push_str(&format!(
        "| {} |\n|{}\n",
        words::columns(lang).join(" | "),
        "---|".repeat(words::columns(lang).len())
    ));
    for r in rows {
        let title = escape::markdown(&r.title);
        let code = code_with_old(r, lang);
        let (code, title) = if r.strategic {
            (format!("**{code}**"), format!("**{title}**"))
        } else {
            (code, title)
        };
        let quiet = if r.quiet { format!(" ⚠ {}", words::quiet(lang)) } else { String::new() };
        out.push_str(&format!(
            "| {code} | {title}{quiet} | {} | {} | {} | {} | {} | {} | {} |\n",
            r.decisions[0],
            r.decisions[1],
            r.decisions[2],
            r.actions[0],
            r.actions[1],
            r.actions[2],
            date(r.last_decision)
        ));
    }
    out
}

/// The report as one self-contained HTML page that prints well.
pub fn html(rows: &[Row], period: &str, lang: Lang) -> String {
    html_with(rows, period, lang, "")
}

/// The report as [`html`] makes it, with `after` (HTML, escaped) after the table.
pub fn html_with(rows: &[Row], period: &str, lang: Lang, after: &str) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<table class=\"report\">\n<thead><tr>",
        escape::xml(words::title(lang)),
        escape::xml(period)
    );
    for c in words::columns(lang) {
        body.push_str(&format!("<th>{}</th>", escape::xml(c)));
    }
    body.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        let class = match (r.strategic, r.quiet) {
            (true, _) => " class=\"sd\"",
            (false, true) => " class=\"quiet\"",
            _ => "",
        };
        let quiet = if r.quiet {
            format!(" <em>⚠ {}</em>", escape::xml(words::quiet(lang)))
        } else {
            String::new()
        };
        let cells = [
            escape::xml(&code_with_old(r, lang)),
            format!("{}{quiet}", escape::xml(&r.title)),
            r.decisions[0].to_string(),
            r.decisions[1].to_string(),
            r.decisions[2].to_string(),
            r.actions[0].to_string(),
            r.actions[1].to_string(),
            r.actions[2].to_string(),
            date(r.last_decision),
        ];
        // Each cell names its column, so the table can stack on a phone (see html.rs).
        let cells: String = cells
            .iter()
            .zip(words::columns(lang))
            .map(|(c, label)| format!("<td data-label=\"{}\">{c}</td>", escape::xml(label)))
            .collect();
        body.push_str(&format!("<tr{class}>{cells}</tr>\n"));
    }
    body.push_str("</tbody>\n</table>\n");
    body.push_str(after);
    super::html::page(words::title(lang), &body, lang)
}

/// How a CSV file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    /// `;` between cells and a UTF-8 byte-order mark: Excel with Belgian (and most European)
    /// settings splits on `;` and reads UTF-8 without a mark as Windows-1252 ("initiÃ«ren").
    Excel,
    /// RFC 4180: `,` and no mark, for tools that want the standard.
    Rfc4180,
}

/// The report as CSV: one row per objective, every cell quoted and made inert (a leading
/// `= + - @` cannot start a formula), CRLF line ends.
pub fn csv(rows: &[Row], lang: Lang, dialect: CsvDialect) -> String {
    let (mut out, separator) = match dialect {
        CsvDialect::Excel => (String::from('\u{feff}'), ";"),
        CsvDialect::Rfc4180 => (String::new(), ","),
    };
    let line = |cells: &[String]| {
        cells.iter().map(|c| escape::csv(c)).collect::<Vec<_>>().join(separator) + "\r\n"
    };
    out.push_str(&line(&words::csv_columns(lang).map(str::to_owned)));
    for r in rows {
        let cells = [
            r.code.clone(),
            r.old_codes.join(" "),
            r.title.clone(),
            if r.strategic { "SD".into() } else { "OD".into() },
            r.decisions[0].to_string(),
            r.decisions[1].to_string(),
            r.decisions[2].to_string(),
            r.actions[0].to_string(),
            r.actions[1].to_string(),
            r.actions[2].to_string(),
            r.last_decision.map(|d| d.to_string()).unwrap_or_default(),
            if r.quiet { "1".into() } else { "0".into() },
        ];
        out.push_str(&line(&cells));
    }
    out
}
