//! The listing commands on the bundled example: decisions, actions, search.

mod common;

use common::cli::{command, run_on};
use common::export::example_root;
use std::process::Output;

fn stuurgroep(args: &[&str]) -> Output {
    run_on(example_root(), args)
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = stuurgroep(&all);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn ids(value: &serde_json::Value) -> Vec<String> {
    value.as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn an_old_code_finds_the_decisions_taken_under_it() {
    // SD1 OD5 was split in 2021: no objective has that code today.
    let found = json(&["decisions", "--od", "SD1 OD5"]);
    assert!(!ids(&found).is_empty());
    for d in found.as_array().unwrap() {
        let od = &d["objectives"][0];
        assert_eq!(od["id"], "od-partners-kanalen");
        assert_eq!(od["code_then"], "SD1 OD5");
    }
}

#[test]
fn today_code_finds_decisions_taken_under_the_earlier_code() {
    // od-netwerk was SD1 OD1 until 2021-03-16 and is SD2 OD5 since.
    let found = json(&["decisions", "--od", "sd2od5"]);
    // (The list also holds the decisions of an objective demoted to one of its actions.)
    let serves = |d: &&serde_json::Value| {
        d["objectives"].as_array().unwrap().iter().any(|o| o["id"] == "od-netwerk")
    };
    let early = found
        .as_array()
        .unwrap()
        .iter()
        .filter(serves)
        .find(|d| d["date"].as_str().unwrap() < "2021-03-16");
    let early = early.expect("a decision from before the rework");
    let od =
        early["objectives"].as_array().unwrap().iter().find(|o| o["id"] == "od-netwerk").unwrap();
    assert_eq!((od["code"].as_str(), od["code_then"].as_str()), (Some("SD2 OD5"), Some("SD1 OD1")));
    let human = String::from_utf8(stuurgroep(&["decisions", "--od", "SD2 OD5"]).stdout).unwrap();
    assert!(human.contains("SD2 OD5 (toen SD1 OD1)"), "{human}");
    assert!(human.lines().all(|l| l.chars().count() <= 80), "{human}");
}

#[test]
fn filters_combine_and_an_empty_result_is_not_an_error() {
    let all = ids(&json(&["decisions"]));
    assert_eq!(all.len(), 87);
    let board =
        json(&["decisions", "--body", "raad-van-bestuur", "--from", "2021", "--to", "2021-12"]);
    for d in board.as_array().unwrap() {
        assert_eq!(d["body"], "raad-van-bestuur");
        assert!(d["date"].as_str().unwrap().starts_with("2021-"));
    }
    let rejected = json(&["decisions", "--outcome", "rejected"]);
    assert!(
        rejected
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["outcome"] == "rejected" && d["in_force"] == false)
    );
    let in_force = json(&["decisions", "--in-force"]);
    assert!(in_force.as_array().unwrap().iter().all(|d| d["superseded_by"].is_null()));
    assert!(ids(&in_force).len() < all.len());
    let none = stuurgroep(&["decisions", "--from", "2030"]);
    assert_eq!(none.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&none.stdout).trim(), "Geen besluiten gevonden.");
}

#[test]
fn bad_filters_say_what_was_wrong_and_exit_2() {
    for (args, message) in [
        (vec!["decisions", "--from", "gisteren"], "ongeldige datum \"gisteren\""),
        (vec!["decisions", "--od", "SD9 OD9"], "onbekende doelstelling \"SD9 OD9\""),
        (vec!["actions", "--owner", "niemand-x"], "onbekend lid \"niemand-x\""),
        (vec!["decisions", "--outcome", "goedgekeurd"], "onbekende uitkomst \"goedgekeurd\""),
    ] {
        let out = stuurgroep(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn action_status_comes_from_the_follow_ups() {
    let all = json(&["actions"]);
    assert_eq!(all.as_array().unwrap().len(), 54);
    for a in all.as_array().unwrap() {
        let last = a["updates"]
            .as_array()
            .unwrap()
            .last()
            .map(|u| u["status"].as_str().unwrap().to_owned());
        let expected = match last.as_deref() {
            Some("done") => "done",
            Some("dropped") => "dropped",
            _ if a["due"].is_string() => "overdue", // the example's dates are all in the past
            _ => "open",
        };
        assert_eq!(a["status"], expected, "{}", a["id"]);
    }
    let open = json(&["actions", "--status", "open"]);
    assert!(!open.as_array().unwrap().is_empty());
    let halle = json(&["actions", "--municipality", "Halle"]);
    assert!(
        halle.as_array().unwrap().iter().all(|a| !a["owner"]["id"].as_str().unwrap().is_empty())
    );
}

#[test]
fn search_folds_accents_and_finds_codes() {
    let hits = json(&["search", "initieren", "--limit", "5"]);
    assert!(
        hits.as_array().unwrap()[0]["text"].as_str().unwrap().contains("initiëren"),
        "{hits:#}"
    );
    let uitpas = json(&["search", "uitpas", "--kind", "decision", "--limit", "3"]);
    for h in uitpas.as_array().unwrap() {
        assert_eq!(h["kind"], "decision");
        let text = h["text"].as_str().unwrap().to_lowercase();
        assert!(text.contains("uit-pas") || text.contains("uitpas"), "{text}");
    }
    // "SD1 OD5" is no objective's code today; the search still finds the one it was.
    let code = json(&["search", "sd1 od5", "--kind", "objective", "--limit", "1"]);
    assert_eq!(code[0]["id"], "od-partners-kanalen");
}

#[test]
fn export_writes_documents_to_a_file_or_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("verslag.html");
    let out = stuurgroep(&[
        "export",
        "minutes",
        "2021-03-16-stuurgroep",
        "--format",
        "html",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("Herwerking beleidsplan 2020-2025"));
    let md = stuurgroep(&["export", "minutes", "2021-03-16-stuurgroep"]);
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# Verslag Stuurgroep"));
    let csv = stuurgroep(&[
        "export",
        "report",
        "--from",
        "2021",
        "--to",
        "2021",
        "--format",
        "csv",
        "--lang",
        "en",
        "--csv-comma",
    ]);
    assert!(String::from_utf8_lossy(&csv.stdout).starts_with("\"code\",\"old codes\""));
    let ics = stuurgroep(&["export", "calendar", "--body", "raad-van-bestuur"]);
    assert_eq!(String::from_utf8_lossy(&ics.stdout).matches("BEGIN:VEVENT").count(), 4);
    let list = stuurgroep(&[
        "export",
        "besluitenlijst",
        "--body",
        "stuurgroep",
        "--from",
        "2022",
        "--format",
        "html",
    ]);
    assert!(
        String::from_utf8_lossy(&list.stdout)
            .contains("<h2>Stuurgroep bovenlokale cultuurwerking – 2022-03-15</h2>")
    );
}

#[test]
fn export_errors_are_one_line_with_exit_2_and_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/verslag.md");
    for (args, message) in [
        (
            vec!["export", "minutes", "2099-01-01-stuurgroep"],
            "onbekende vergadering \"2099-01-01-stuurgroep\"",
        ),
        (vec!["export", "report", "--from", "vorig jaar"], "ongeldige datum \"vorig jaar\""),
        (vec!["export", "calendar", "--body", "geheime-raad"], "onbekend orgaan \"geheime-raad\""),
        (
            vec!["export", "minutes", "2021-03-16-stuurgroep", "-o", missing.to_str().unwrap()],
            // The system's own words, with its error number on Windows (ERROR_PATH_NOT_FOUND).
            if cfg!(windows) { "(os error 3)" } else { "No such file or directory" },
        ),
        (
            vec!["export", "minutes", "2021-03-16-stuurgroep", "-o", dir.path().to_str().unwrap()],
            "is een map: geef een bestandsnaam",
        ),
    ] {
        let out = stuurgroep(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message) && err.lines().count() == 1, "{args:?}: {err}");
    }
    assert!(!missing.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(leftovers.is_empty(), "no partial or temp file: {leftovers:?}");
}

#[test]
fn json_listings_are_stable() {
    let decisions = json(&["decisions", "--od", "SD1 OD5"]);
    insta::assert_snapshot!(
        "decisions_od_sd1od5_json",
        serde_json::to_string_pretty(&decisions).unwrap()
    );
    let search = json(&["search", "digitale week", "--kind", "decision", "--limit", "3"]);
    insta::assert_snapshot!(
        "search_digitale_week_json",
        serde_json::to_string_pretty(&search).unwrap()
    );
}

#[test]
fn dash_as_output_file_means_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let mut command =
        command(&["export", "calendar", "-o", "-", "--dir", env!("CARGO_MANIFEST_DIR")]);
    let out = command.current_dir(dir.path()).output().expect("the binary runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("BEGIN:VCALENDAR"));
    assert!(!dir.path().join("-").exists(), "no file named '-'");
}
