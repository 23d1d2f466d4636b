//! The report per objective and per year as documents: Markdown, and HTML with a chart per
//! strategic objective (inline SVG, no script; a `<title>`, and the numbers in a table too).

use super::escape;
use super::layout::{Block, Layout};
use super::report_years::{OdReport, PlanReport, SdReport, YearReport};
use crate::export::strings::report::{Year as W, change, year as word};
use crate::i18n::Lang;

/// "3 open, 2 afgerond, 1 te laat".
fn items(lang: Lang, y: &YearReport) -> String {
    let [open, done, late] = y.items;
    let (o, d, l) = (word(lang, W::Open), word(lang, W::Done), word(lang, W::Overdue));
    format!("{open} {o}, {done} {d}, {late} {l}")
}

/// "alle gemeenten", the names, or "niet vermeld".
fn planned(lang: Lang, planned: &Option<Vec<String>>) -> String {
    match planned {
        None => word(lang, W::AllMunicipalities).to_owned(),
        Some(names) if names.is_empty() => word(lang, W::NotSaid).to_owned(),
        Some(names) => names.join(", "),
    }
}

/// Whether a year holds anything to report for an objective.
fn busy(y: &YearReport) -> bool {
    !y.decisions.is_empty() || y.items != [0; 3] || !y.changes.is_empty() || !y.reached.is_empty()
}

/// The lines of one objective's year, as (label, text) pairs, decisions apart.
fn facts(lang: Lang, y: &YearReport) -> Vec<(&'static str, String)> {
    let mut out = vec![(word(lang, W::Items), items(lang, y))];
    if !y.reached.is_empty() {
        out.push((word(lang, W::Reached), y.reached.join(", ")));
    }
    let changes: Vec<String> = y
        .changes
        .iter()
        .map(|e| {
            let by = e.decision.as_ref().map(|d| format!(" ({d})")).unwrap_or_default();
            format!("{} {}{by}", e.date, change(lang, &e.change))
        })
        .collect();
    if !changes.is_empty() {
        out.push((word(lang, W::Changes), changes.join("; ")));
    }
    out
}

/// The years without anything, as "2023, 2024".
fn quiet_years(od: &OdReport) -> String {
    let quiet = od.years.iter().filter(|y| !busy(y)).map(|y| y.year.to_string());
    quiet.collect::<Vec<_>>().join(", ")
}

/// The report per year as Markdown, to follow the progress table.
pub fn markdown(report: &PlanReport, lang: Lang) -> String {
    let mut out = format!("## {}\n\n{}\n", word(lang, W::Title), word(lang, W::Legend));
    for sd in &report.sds {
        out.push_str(&format!("\n### {} {}\n\n", sd.code, escape::markdown(&sd.title)));
        out.push_str(&numbers_markdown(report, sd, lang));
        for od in &sd.ods {
            out.push_str(&format!("\n#### {} {}\n\n", od.code, escape::markdown(&od.title)));
            if !od.actions.is_empty() {
                out.push_str(&format!("{}:\n\n", word(lang, W::PlanActions)));
                for a in &od.actions {
                    let p = planned(lang, &a.planned);
                    let text = escape::markdown(&a.text);
                    out.push_str(&format!("- {text} ({}: {})\n", word(lang, W::Planned), p));
                }
                out.push('\n');
            }
            for y in od.years.iter().filter(|y| busy(y)) {
                out.push_str(&format!("**{}**\n\n", y.year));
                for d in &y.decisions {
                    let outcome = crate::domain::strings::outcome(lang, d.outcome);
                    let text = escape::markdown(&d.text);
                    out.push_str(&format!("- {} {} ({outcome}): {text}\n", d.date, d.reference));
                }
                for (label, text) in facts(lang, y) {
                    out.push_str(&format!("- {label}: {}\n", escape::markdown(&text)));
                }
                out.push('\n');
            }
            let quiet = quiet_years(od);
            if !quiet.is_empty() {
                out.push_str(&format!("{}: {quiet}\n", word(lang, W::Nothing)));
            }
        }
    }
    out
}

/// An SD's decisions and action items per year as a Markdown table.
fn numbers_markdown(report: &PlanReport, sd: &SdReport, lang: Lang) -> String {
    let years: Vec<String> = report.years.iter().map(ToString::to_string).collect();
    let row = |label: &str, n: Vec<usize>| {
        let cells: Vec<String> = n.iter().map(ToString::to_string).collect();
        format!("| {label} | {} |\n", cells.join(" | "))
    };
    format!(
        "| {} | {} |\n|---|{}\n{}{}",
        word(lang, W::Year),
        years.join(" | "),
        "---|".repeat(years.len()),
        row(word(lang, W::Decisions), sd.decisions_per_year()),
        row(word(lang, W::Items), sd.actions_per_year())
    )
}

/// The report per year as HTML, to follow the progress table in its page.
pub fn html(report: &PlanReport, lang: Lang) -> String {
    let mut out = format!(
        "<h2>{}</h2>\n<p>{}</p>\n",
        escape::xml(word(lang, W::Title)),
        escape::xml(word(lang, W::Legend))
    );
    for sd in &report.sds {
        out.push_str(&format!(
            "<section>\n<h3>{} {}</h3>\n",
            escape::xml(&sd.code),
            escape::xml(&sd.title)
        ));
        out.push_str(&chart(report, sd, lang));
        out.push_str(&numbers_html(report, sd, lang));
        for od in &sd.ods {
            out.push_str(&od_html(od, lang));
        }
        out.push_str("</section>\n");
    }
    out
}

fn numbers_html(report: &PlanReport, sd: &SdReport, lang: Lang) -> String {
    let head: String = report.years.iter().map(|y| format!("<th>{y}</th>")).collect();
    let row = |label: &str, n: Vec<usize>| {
        let cells: String = n.iter().map(|n| format!("<td>{n}</td>")).collect();
        format!("<tr><th>{}</th>{cells}</tr>\n", escape::xml(label))
    };
    format!(
        "<table class=\"years\">\n<thead><tr><th>{}</th>{head}</tr></thead>\n<tbody>\n{}{}</tbody>\n</table>\n",
        escape::xml(word(lang, W::Year)),
        row(word(lang, W::Decisions), sd.decisions_per_year()),
        row(word(lang, W::Items), sd.actions_per_year())
    )
}

fn od_html(od: &OdReport, lang: Lang) -> String {
    let mut out = format!("<h4>{} {}</h4>\n", escape::xml(&od.code), escape::xml(&od.title));
    if !od.actions.is_empty() {
        out.push_str(&format!("<p>{}</p>\n<ul>\n", escape::xml(word(lang, W::PlanActions))));
        for a in &od.actions {
            let p = planned(lang, &a.planned);
            let (text, label) = (escape::xml(&a.text), escape::xml(word(lang, W::Planned)));
            out.push_str(&format!("<li>{text} <em>({label}: {})</em></li>\n", escape::xml(&p)));
        }
        out.push_str("</ul>\n");
    }
    for y in od.years.iter().filter(|y| busy(y)) {
        out.push_str(&format!("<h5>{}</h5>\n<ul>\n", y.year));
        for d in &y.decisions {
            let outcome = crate::domain::strings::outcome(lang, d.outcome);
            out.push_str(&format!(
                "<li>{} {} ({outcome}): {}</li>\n",
                d.date,
                escape::xml(&d.reference),
                escape::xml(&d.text)
            ));
        }
        for (label, text) in facts(lang, y) {
            out.push_str(&format!("<li>{}: {}</li>\n", escape::xml(label), escape::xml(&text)));
        }
        out.push_str("</ul>\n");
    }
    let quiet = quiet_years(od);
    if !quiet.is_empty() {
        out.push_str(&format!("<p>{}: {quiet}</p>\n", escape::xml(word(lang, W::Nothing))));
    }
    out
}

/// Pixels of the chart: a group of two bars per year.
const BAR: usize = 14;
const GROUP: usize = 44;
const HEIGHT: usize = 120;
const LEFT: usize = 8;

/// A bar chart of an SD's decisions and action items per year: inline SVG, no script, named
/// by its `<title>` for screen readers (the table after it gives the same numbers).
pub fn chart(report: &PlanReport, sd: &SdReport, lang: Lang) -> String {
    let (decisions, actions) = (sd.decisions_per_year(), sd.actions_per_year());
    let most = decisions.iter().chain(&actions).copied().max().unwrap_or(0).max(1);
    // Wide enough for the legend under a short period.
    let width = (LEFT * 2 + GROUP * report.years.len()).max(220);
    let height = HEIGHT + 50;
    let id = format!("chart-{}", sd.code.replace(' ', "-").to_lowercase());
    let title = format!("{}, {}", word(lang, W::Chart), sd.code);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n<title id=\"{id}\">{}</title>\n",
        escape::xml(&title)
    );
    for (i, year) in report.years.iter().enumerate() {
        let x = LEFT + GROUP * i;
        for (k, (n, fill)) in
            [(decisions[i], "#2b6cb0"), (actions[i], "#dd6b20")].iter().enumerate()
        {
            let h = n * HEIGHT / most;
            let (bx, by) = (x + 4 + k * (BAR + 2), 12 + HEIGHT - h);
            out.push_str(&format!(
                "<rect x=\"{bx}\" y=\"{by}\" width=\"{BAR}\" height=\"{h}\" fill=\"{fill}\"/>\n<text x=\"{}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{n}</text>\n",
                bx + BAR / 2,
                by - 2
            ));
        }
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{year}</text>\n",
            x + 4 + BAR,
            HEIGHT + 26
        ));
    }
    let legend = format!(
        "<text x=\"{LEFT}\" y=\"{}\" font-size=\"9\"><tspan fill=\"#2b6cb0\">■ {}</tspan> <tspan fill=\"#dd6b20\">■ {}</tspan></text>\n",
        HEIGHT + 44,
        escape::xml(word(lang, W::Decisions)),
        escape::xml(word(lang, W::Items))
    );
    out.push_str(&legend);
    out.push_str("</svg>\n");
    out
}

/// Where an objective's actions were planned together: every municipality when one of them
/// is, else the names of all, else "niet vermeld".
fn planned_together(lang: Lang, od: &OdReport) -> String {
    if od.actions.iter().any(|a| a.planned.is_none()) {
        return word(lang, W::AllMunicipalities).to_owned();
    }
    let mut names: Vec<String> =
        od.actions.iter().flat_map(|a| a.planned.iter().flatten().cloned()).collect();
    names.sort();
    names.dedup();
    planned(lang, &Some(names))
}

/// The report per year as CSV: a row per operational objective and year, every cell quoted
/// and made inert, CRLF line ends (as the progress table's CSV).
pub fn csv(report: &PlanReport, lang: Lang, dialect: super::report::CsvDialect) -> String {
    use super::report::CsvDialect;
    let (mut out, separator) = match dialect {
        CsvDialect::Excel => (String::from('\u{feff}'), ";"),
        CsvDialect::Rfc4180 => (String::new(), ","),
    };
    let line = |cells: &[String]| {
        cells.iter().map(|c| escape::csv(c)).collect::<Vec<_>>().join(separator) + "\r\n"
    };
    let header = crate::export::strings::report::year_csv_columns(lang);
    out.push_str(&line(&header.map(str::to_owned)));
    for sd in &report.sds {
        for od in &sd.ods {
            let planned = planned_together(lang, od);
            for y in &od.years {
                let mut outcomes = [0usize; 3];
                y.decisions.iter().for_each(|d| outcomes[d.outcome as usize] += 1);
                let facts = facts(lang, y);
                let changes = facts.iter().find(|(l, _)| *l == word(lang, W::Changes));
                let cells = [
                    sd.code.clone(),
                    od.code.clone(),
                    od.title.clone(),
                    y.year.to_string(),
                    y.decisions.len().to_string(),
                    outcomes[0].to_string(),
                    outcomes[1].to_string(),
                    outcomes[2].to_string(),
                    y.items[0].to_string(),
                    y.items[1].to_string(),
                    y.items[2].to_string(),
                    planned.clone(),
                    y.reached.join(", "),
                    changes.map(|(_, c)| c.clone()).unwrap_or_default(),
                ];
                out.push_str(&line(&cells));
            }
        }
    }
    out
}

/// The report to the government laid out for the word processors (`odt::package`,
/// `docx::package`): the legend, then per SD its numbers per year and per OD its plan actions
/// and its years, as the Markdown says them.
pub fn layout(report: &PlanReport, organisation: &str, period: &str, lang: Lang) -> Layout {
    use crate::export::strings::minutes as m;
    let mut blocks = vec![Block::Text(format!("{period}\n\n{}", word(lang, W::Legend)))];
    for sd in &report.sds {
        blocks.push(Block::Heading(1, format!("{} {}", sd.code, sd.title)));
        let per_year = |n: Vec<usize>| n.iter().map(ToString::to_string).collect::<Vec<_>>();
        let (decisions, items) =
            (per_year(sd.decisions_per_year()), per_year(sd.actions_per_year()));
        let numbers = report.years.iter().enumerate().map(|(i, y)| {
            let (d, a) = (word(lang, W::Decisions), word(lang, W::Items));
            (y.to_string(), format!("{d}: {}, {a}: {}", decisions[i], items[i]))
        });
        blocks.push(Block::Facts(numbers.collect()));
        for od in &sd.ods {
            blocks.push(Block::Heading(2, format!("{} {}", od.code, od.title)));
            let actions = od.actions.iter().map(|a| {
                format!("• {} ({}: {})", a.text, word(lang, W::Planned), planned(lang, &a.planned))
            });
            let actions: Vec<String> = actions.collect();
            if !actions.is_empty() {
                let head = word(lang, W::PlanActions);
                blocks.push(Block::Text(format!("{head}:\n{}", actions.join("\n"))));
            }
            for y in od.years.iter().filter(|y| busy(y)) {
                let mut lines = vec![y.year.to_string()];
                lines.extend(y.decisions.iter().map(|d| {
                    let outcome = crate::domain::strings::outcome(lang, d.outcome);
                    format!("• {} {} ({outcome}): {}", d.date, d.reference, d.text)
                }));
                lines.extend(facts(lang, y).into_iter().map(|(l, t)| format!("• {l}: {t}")));
                blocks.push(Block::Text(lines.join("\n")));
            }
            let quiet = quiet_years(od);
            if !quiet.is_empty() {
                blocks.push(Block::Text(format!("{}: {quiet}", word(lang, W::Nothing))));
            }
        }
    }
    let first = report.years.first().copied().unwrap_or(1970);
    Layout {
        title: word(lang, W::Title).to_owned(),
        subtitle: organisation.to_owned(),
        author: organisation.to_owned(),
        date: chrono::NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or_default(),
        language: m::language_tag(lang),
        footer: format!("{organisation} · {} · {period}", word(lang, W::Title)),
        page_of: m::page_of(lang),
        blocks,
    }
}
