//! The report to the government (issue 19, item 6): per objective and per year of the plan
//! period, the decisions, the plan's actions planned against the municipalities reached,
//! the action items done / open / overdue and the plan's changes; in Markdown and in HTML
//! with a chart per strategic objective (inline SVG, no script), on the bundled example.

use chrono::NaiveDate;
use std::path::Path;
use stuurgroep::export::{report, report_years, report_years_render as render};
use stuurgroep::i18n::Lang;

fn date(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn example() -> (stuurgroep::store::load::Folder, stuurgroep::index::Index) {
    let folder = stuurgroep::store::load_folder(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let index = stuurgroep::index::Index::build(&folder);
    (folder, index)
}

const TODAY: &str = "2026-11-23";

#[test]
fn the_report_per_year_on_the_example_in_dutch_and_english() {
    let (folder, index) = example();
    let r = report_years::plan_report(&folder, &index, None, None, date(TODAY).unwrap());
    let plan = &folder.plan.as_ref().unwrap().value.period;
    let years: Vec<i32> = (i32::from(plan.from)..=i32::from(plan.to)).collect();
    assert_eq!(r.years, years, "every year of the plan period");
    insta::assert_snapshot!("report_years_nl_md", render::markdown(&r, Lang::Nl));
    insta::assert_snapshot!("report_years_en_md", render::markdown(&r, Lang::En));
}

#[test]
fn each_year_counts_as_the_progress_table_counts_that_year() {
    let (folder, index) = example();
    let today = date(TODAY).unwrap();
    for year in 2020..=2022 {
        let (from, to) = (date(&format!("{year}-01-01")), date(&format!("{year}-12-31")));
        let r = report_years::plan_report(&folder, &index, from, to, today);
        assert_eq!(r.years, [year], "the period filter keeps one year");
        let rows = report::rows(&index, from, to, today);
        let ods = r.sds.iter().flat_map(|sd| sd.ods.iter());
        for od in ods {
            let row = rows.iter().find(|row| row.code == od.code).expect("a row per OD");
            let y = &od.years[0];
            assert_eq!(y.decisions.len(), row.decisions.iter().sum::<usize>(), "{}", od.code);
            assert_eq!(y.items, row.actions, "{} in {year}", od.code);
            let in_year = |d: NaiveDate| chrono::Datelike::year(&d) == year;
            assert!(y.decisions.iter().all(|d| in_year(d.date)));
            assert!(y.changes.iter().all(|e| in_year(e.date)));
        }
    }
    // A period outside the plan's: nothing to report on.
    let r = report_years::plan_report(&folder, &index, date("2040-01-01"), None, today);
    assert!(r.years.is_empty());
}

#[test]
fn reached_are_the_municipalities_of_members_who_completed_an_action_item() {
    let (folder, index) = example();
    let r = report_years::plan_report(&folder, &index, None, None, date(TODAY).unwrap());
    let names: Vec<&str> = folder
        .plan
        .as_ref()
        .unwrap()
        .value
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    let reached: Vec<&String> = r
        .sds
        .iter()
        .flat_map(|s| s.ods.iter())
        .flat_map(|o| o.years.iter())
        .flat_map(|y| y.reached.iter())
        .collect();
    assert!(!reached.is_empty(), "the example's done action items reach municipalities");
    assert!(reached.iter().all(|n| names.contains(&n.as_str())), "{reached:?}");
    let md = render::markdown(&r, Lang::Nl);
    assert!(md.contains("\"bereikt\" zijn de gemeenten van de leden"), "the legend says how");
}

/// Checks that `xml` is well-formed: tags nest and close, attributes are quoted, every `&`
/// starts an entity; the names of the elements met, in order.
fn parse(xml: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "stray > in text: {text:?}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&entity), "{entity}");
        }
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in <{tag}>");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.trim()), "mismatched </{name}>");
        } else {
            let name = tag.split_whitespace().next().unwrap_or("").trim_end_matches('/');
            seen.push(name.to_owned());
            if !tag.ends_with('/') {
                stack.push(name.to_owned());
            }
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert!(rest.trim().is_empty(), "text after the root: {rest:?}");
    seen
}

#[test]
fn the_html_has_a_well_formed_accessible_chart_per_strategic_objective_and_no_script() {
    let (folder, index) = example();
    let r = report_years::plan_report(&folder, &index, None, None, date(TODAY).unwrap());
    for sd in &r.sds {
        let svg = render::chart(&r, sd, Lang::Nl);
        let elements = parse(svg.trim());
        assert_eq!(elements[0], "svg");
        assert_eq!(elements[1], "title", "named first, for screen readers");
        assert!(svg.contains(&format!("Besluiten en actiepunten per jaar, {}", sd.code)));
        let bars = elements.iter().filter(|e| *e == "rect").count();
        assert_eq!(bars, 2 * r.years.len(), "two bars a year");
        // The tallest bar is the biggest number, and every number is written on its bar.
        let most = sd.decisions_per_year().into_iter().chain(sd.actions_per_year()).max();
        if most.unwrap_or(0) > 0 {
            assert!(svg.contains("height=\"120\""), "{svg}");
        }
        for n in sd.decisions_per_year() {
            assert!(svg.contains(&format!(">{n}</text>")));
        }
    }
    let page = render::html(&r, Lang::En);
    assert_eq!(page.matches("<svg").count(), r.sds.len());
    assert!(!page.contains("<script"));
    // The numbers in a table too.
    assert_eq!(page.matches("<table class=\"years\">").count(), r.sds.len());
    parse(&format!("<div>{page}</div>"));
}

#[test]
fn export_report_writes_the_years_after_the_progress_table_in_markdown_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, lang, heading) in [
        ("verslag.md", "nl", "## Verslag per doelstelling en per jaar"),
        ("report.html", "en", "<h2>Report per objective and per year</h2>"),
    ] {
        let file = dir.path().join(name);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
            .args(["export", "report", "--from", "2021", "--to", "2021", "--lang", lang])
            .arg("--dir")
            .arg(root)
            .arg("-o")
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = std::fs::read_to_string(&file).unwrap();
        let (table, years) = text.split_once(heading).unwrap_or_else(|| panic!("{name}: {text}"));
        assert!(table.contains("SD1 OD1"), "the progress table first");
        assert!(years.contains("2021") && !years.contains("| 2022"), "{name}: one year");
        if name.ends_with("html") {
            assert!(years.contains("<svg") && !text.contains("<script"));
        }
    }
}

#[test]
fn the_csv_per_year_has_a_row_per_objective_and_year_that_add_up_to_the_progress_table() {
    let (folder, index) = example();
    let today = date(TODAY).unwrap();
    let (from, to) = (date("2021-01-01"), date("2022-12-31"));
    let r = report_years::plan_report(&folder, &index, from, to, today);
    let csv = render::csv(&r, Lang::En, report::CsvDialect::Rfc4180);
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(lines[0].starts_with("\"sd\",\"code\",\"objective\",\"year\",\"decisions\""));
    let ods: usize = r.sds.iter().map(|sd| sd.ods.len()).sum();
    assert_eq!(lines.len(), 1 + ods * 2, "a row per OD and year");
    let cell = |line: &str, i: usize| -> usize {
        line.split("\",\"").nth(i).unwrap().trim_matches('"').parse().unwrap()
    };
    let decisions: usize = lines[1..].iter().map(|l| cell(l, 4)).sum();
    let table: usize = report::rows(&index, from, to, today)
        .iter()
        .filter(|row| !row.strategic)
        .map(|row| row.decisions.iter().sum::<usize>())
        .sum();
    assert_eq!(decisions, table);
    let excel = render::csv(&r, Lang::Nl, report::CsvDialect::Excel);
    assert!(excel.starts_with("\u{feff}\"sd\";\"code\";\"doelstelling\";\"jaar\""));
}
