//! The minutes, the list of decisions, the progress report and the calendar on the bundled
//! example (snapshots), and hostile folder text in every format.

mod common;

use stuurgroep::export::{calendar, minutes, model, report};
use stuurgroep::i18n::Lang;
use stuurgroep::index::Index;
use stuurgroep::store::{Folder, load_folder};

fn example() -> (Folder, Index) {
    common::export::loaded(common::export::example_root())
}

fn doc(folder: &Folder, index: &Index, id: &str, lang: Lang) -> model::MinutesDoc {
    let m = common::export::meeting(folder, id);
    let members = folder.members.as_ref().map(|m| &m.value);
    model::minutes_doc(m, members, index, "Cultuurregio Pajottenland-Zennevallei", lang)
}

fn date(s: &str) -> Option<chrono::NaiveDate> {
    s.parse().ok()
}

#[test]
fn minutes_as_markdown() {
    let (folder, index) = example();
    let d = doc(&folder, &index, "2020-12-15-raad-van-bestuur", Lang::Nl);
    insta::assert_snapshot!(minutes::markdown(&d, Lang::Nl));
}

#[test]
fn minutes_as_html_in_english() {
    let (folder, index) = example();
    let d = doc(&folder, &index, "2021-03-16-stuurgroep", Lang::En);
    let html = minutes::html(&d, Lang::En);
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("@media print"),
        "self-contained, prints well"
    );
    assert!(!html.contains("src=") && !html.contains("href="), "no outside resources");
    insta::assert_snapshot!(html);
}

#[test]
fn decision_list_of_a_year() {
    let (folder, index) = example();
    let sessions = model::decision_list(
        &folder,
        &index,
        Some("stuurgroep"),
        date("2021-01-01"),
        date("2021-12-31"),
        Lang::Nl,
    );
    assert!(
        sessions.iter().all(|s| s.body == "stuurgroep" && s.date.to_string().starts_with("2021"))
    );
    let period = stuurgroep::export::strings::report::period(
        Lang::Nl,
        date("2021-01-01"),
        date("2021-12-31"),
    );
    insta::assert_snapshot!(minutes::list_markdown(
        &sessions,
        "Cultuurregio Pajottenland-Zennevallei",
        &period,
        Lang::Nl
    ));
}

#[test]
fn decision_list_as_html_with_rdfa() {
    // One session of the board, with votes and a rejected proposal.
    let (folder, index) = example();
    let day = date("2021-03-30");
    let sessions = model::decision_list(&folder, &index, None, day, day, Lang::Nl);
    assert_eq!(sessions.len(), 1);
    let period = stuurgroep::export::strings::report::period(Lang::Nl, day, day);
    insta::assert_snapshot!(minutes::list_html(
        &sessions,
        "Cultuurregio Pajottenland-Zennevallei",
        &period,
        "https://data.cultuurregio-pajottenland-zennevallei.example/",
        Lang::Nl
    ));
}

#[test]
fn progress_report_as_markdown_and_csv() {
    let (_, index) = example();
    let today = date("2026-11-23").unwrap();
    let rows = report::rows(&index, date("2020-01-01"), date("2021-12-31"), today);
    assert_eq!(rows.iter().filter(|r| r.strategic).count(), 5);
    assert_eq!(rows.iter().filter(|r| !r.strategic).count(), 26);
    // od-drempels was merged into SD1 OD1: its decisions count there.
    let sd1od1 = rows.iter().find(|r| r.code == "SD1 OD1").unwrap();
    let drempels = index
        .decisions
        .iter()
        .filter(|d| d.objectives.iter().any(|o| o.as_str() == "od-drempels"))
        .count();
    assert!(sd1od1.decisions.iter().sum::<usize>() >= drempels);
    assert!(rows.iter().any(|r| r.quiet), "quiet objectives are flagged");
    let period = stuurgroep::export::strings::report::period(
        Lang::Nl,
        date("2020-01-01"),
        date("2021-12-31"),
    );
    insta::assert_snapshot!("report_md", report::markdown(&rows, &period, Lang::Nl));
    insta::assert_snapshot!(
        "report_csv",
        report::csv(&rows, Lang::En, report::CsvDialect::Rfc4180)
    );
}

#[test]
fn calendar_of_the_board() {
    let (folder, _) = example();
    // The first meeting's file last changed at a known moment; the others' are not known.
    let changed = "2026-11-20T09:15:00Z".parse().unwrap();
    let events: Vec<_> = folder
        .meetings
        .iter()
        .map(|m| &m.value)
        .filter(|m| m.body.as_str() == "raad-van-bestuur")
        .enumerate()
        .map(|(i, meeting)| calendar::Event::of(meeting, (i == 0).then_some(changed), []))
        .collect();
    let ics = calendar::ics(
        &events,
        folder.members.as_ref().map(|m| &m.value),
        "Cultuurregio Pajottenland-Zennevallei",
        "2026-12-01T19:40:00Z".parse().unwrap(),
    );
    assert!(ics.contains("DTSTAMP:20261201T194000Z"), "stamped with the time of export");
    assert!(ics.contains("UID:2020-03-03-raad-van-bestuur@cultuurregio-pajottenland-zennevallei"));
    assert!(ics.contains("SEQUENCE:3622155\r\nLAST-MODIFIED:20261120T091500Z"));
    assert!(
        ics.contains("DTSTART;TZID=Europe/Brussels:20200303T")
            && ics.contains("TZID:Europe/Brussels\r\nBEGIN:DAYLIGHT")
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4);
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    insta::assert_snapshot!(ics);
}

const HOSTILE: &str = "<script>alert('x')</script> & \"quotes\" \u{1b}[2J\u{7} =cmd|' /C calc'!A0";

/// The fixture's last meeting with hostile text in every field a person types.
fn hostile() -> (common::Fixture, Folder, Index) {
    let f = common::Fixture::new();
    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    m.location = Some(HOSTILE.into());
    m.agenda[0].title = HOSTILE.into();
    m.agenda[0].minutes = format!("{HOSTILE}\n\n{HOSTILE}");
    m.agenda[0].decisions[0].text = HOSTILE.into();
    m.agenda[0].actions[0].text = HOSTILE.into();
    f.write_meeting(&m);
    let folder = load_folder(f.root()).unwrap();
    let index = Index::build(&folder);
    (f, folder, index)
}

#[test]
fn hostile_text_comes_out_inert_in_every_format() {
    let (_f, folder, index) = hostile();
    let m = &folder
        .meetings
        .iter()
        .find(|m| m.value.id.as_str() == "2021-06-15-stuurgroep")
        .unwrap()
        .value;
    let d =
        model::minutes_doc(m, folder.members.as_ref().map(|m| &m.value), &index, "Org", Lang::Nl);
    let html = minutes::html(&d, Lang::Nl);
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains('\u{1b}') && !html.contains('\u{7}'));
    let md = minutes::markdown(&d, Lang::Nl);
    assert!(!md.contains("<script>") && !md.contains('\u{1b}'), "{md}");
    let list =
        minutes::list_html(std::slice::from_ref(&d), "Org", "p", "https://x.example/", Lang::Nl);
    assert!(!list.contains("<script>"));
    let event = calendar::Event::of(m, None, [m]);
    let ics = calendar::ics(&[event], None, "Org", chrono::Utc::now());
    assert!(!ics.contains('\u{1b}') && !ics.contains('\u{7}'));
    let csv = stuurgroep::export::escape::csv(HOSTILE);
    assert!(!csv.contains('\u{1b}'));
    let formula = stuurgroep::export::escape::csv("=cmd|' /C calc'!A0");
    assert!(formula.starts_with("\"'="), "{formula}");
}

#[test]
fn abstentions_are_counted_with_the_plural_right() {
    let (folder, index) = example();
    let nl =
        minutes::markdown(&doc(&folder, &index, "2020-12-15-raad-van-bestuur", Lang::Nl), Lang::Nl);
    assert!(
        nl.contains("2 tegen, 1 onthouding)") && nl.contains("0 tegen, 0 onthoudingen)"),
        "{nl}"
    );
    let d = doc(&folder, &index, "2020-12-15-raad-van-bestuur", Lang::En);
    let html = minutes::html(&d, Lang::En);
    assert!(html.contains("2 against, 1 abstention)") && html.contains("0 abstentions)"), "{html}");
}

#[test]
fn the_csv_opens_in_flemish_excel_by_default() {
    let (_, index) = example();
    let rows =
        report::rows(&index, date("2021-01-01"), date("2021-12-31"), date("2026-11-23").unwrap());
    let excel = report::csv(&rows, Lang::Nl, report::CsvDialect::Excel);
    assert!(excel.starts_with("\u{feff}\"code\";\"oude codes\";\"doelstelling\""), "BOM and ;");
    let rfc = report::csv(&rows, Lang::Nl, report::CsvDialect::Rfc4180);
    assert!(rfc.starts_with("\"code\",\"oude codes\""), "no BOM, commas");
    // Same cells, only the separator and the mark differ.
    assert_eq!(excel.trim_start_matches('\u{feff}').replace("\";\"", "\",\""), rfc);
    let lines: Vec<&str> = excel.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), rows.len() + 1, "CRLF line ends");
    assert!(lines.iter().all(|l| l.matches("\";\"").count() == 11), "12 cells a line");
}

#[test]
fn html_reads_on_a_phone() {
    let (folder, index) = example();
    let d = doc(&folder, &index, "2021-03-16-stuurgroep", Lang::Nl);
    let html = minutes::html(&d, Lang::Nl);
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    let rows =
        report::rows(&index, date("2021-01-01"), date("2021-12-31"), date("2026-11-23").unwrap());
    let page = report::html(&rows, "p", Lang::Nl);
    // On a narrow screen the nine columns stack, each value under its column's name; long
    // words wrap instead of pushing the last column off the page.
    assert!(page.contains("<td data-label=\"Laatste besluit\">"));
    assert!(
        page.contains("@media screen and (max-width:40rem)")
            && page.contains("content:attr(data-label)")
    );
    assert!(page.contains("overflow-wrap:anywhere") && page.contains("@media print"));
}
