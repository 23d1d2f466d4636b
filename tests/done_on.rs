//! `stuurgroep done|update --on DATE`: the follow-up dated the day it was done (default today),
//! a day still to come or no date refused in both languages with nothing written.

mod common;

use common::cli::{run_on, stderr};
use common::export::example_copy;

const LOTTES: &str = "2022-06-14-stuurgroep/A2";
const FILE: &str = "data/updates/lotte-verhaegen.ron";

#[test]
fn done_and_update_on_a_day_write_that_day() {
    let tmp = example_copy();
    let root = tmp.path();
    let args = ["done", LOTTES, "--as", "lotte-verhaegen", "--on", "2022-09-01"];
    let out = run_on(root, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains("date: \"2022-09-01\""), "{text}");
    let args =
        ["update", LOTTES, "--as", "lotte-verhaegen", "--status", "lopend", "--note", "Toch niet"];
    assert_eq!(run_on(root, &args).status.code(), Some(0));
    let today = chrono::Local::now().date_naive().to_string();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains(&format!("date: \"{today}\"")), "without --on: today\n{text}");
}

#[test]
fn a_day_to_come_or_no_date_is_refused_in_both_languages_and_nothing_written() {
    let tmp = example_copy();
    let root = tmp.path();
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Days::new(1)).to_string();
    for on in [tomorrow.as_str(), "ooit"] {
        let args = ["done", LOTTES, "--as", "lotte-verhaegen", "--on", on];
        let out = run_on(root, &args);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("geen datum tot en met vandaag"), "{}", stderr(&out));
        let mut english = args.to_vec();
        english.extend(["--lang", "en"]);
        let out = run_on(root, &english);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("no date up to today"), "{}", stderr(&out));
    }
    assert!(!root.join(FILE).exists(), "nothing written");
}
