//! A vote by name in `check`: a member voting on an item they declared a conflict of interest
//! for, a vote by someone without a vote, names that add up to other counts than the
//! decision's; each an error at the name (or the names) in the file, in Dutch and English. On
//! a copy of the bundled example, whose December 2021 budget vote is recorded by name.

mod common;
mod pty;

use std::path::Path;

const BOARD: &str = "meetings/2021/2021-12-14-raad-van-bestuur.ron";
const BUDGET: &str = "De raad van bestuur keurt de begroting 2022 goed";

/// `check` on `root` in `lang`: exit code and stdout.
fn check(root: &Path, lang: &str) -> (Option<i32>, String) {
    let out = common::cli::run_on(root, &["check", "--lang", lang]);
    (out.status.code(), common::cli::stdout(&out))
}

/// Replaces the first `from` after `anchor` in `rel` by `to`.
fn edit_after(root: &Path, rel: &str, anchor: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    let start = text.find(anchor).unwrap();
    let at = start + text[start..].find(from).unwrap_or_else(|| panic!("no {from:?}"));
    let text = format!("{}{to}{}", &text[..at], &text[at + from.len()..]);
    std::fs::write(root.join(rel), text).unwrap();
}

/// `rel:line:column` of the first `needle` after `anchor`.
fn place(root: &Path, rel: &str, anchor: &str, needle: &str) -> String {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    let start = text.find(anchor).unwrap();
    let before = &text[..start + text[start..].find(needle).unwrap()];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{rel}:{line}:{col}")
}

#[test]
fn the_example_budget_vote_by_name_adds_up() {
    let dir = pty::example_copy();
    let text = std::fs::read_to_string(dir.path().join(BOARD)).unwrap();
    assert!(text.contains("named_votes"), "the example votes by name");
    let (code, out) = check(dir.path(), "nl");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn voting_by_name_on_an_item_after_declaring_a_conflict_is_an_error_at_the_name() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Erik Van Laethem declares a conflict for the budget too, and still votes on it.
    edit_after(
        root,
        BOARD,
        BUDGET,
        "change: Arrives,\n                ),",
        "change: Arrives,\n                ),\n                (\n                    member: \"erik-van-laethem\",\n                    change: Conflict(reason: None),\n                ),",
    );
    let at = place(root, BOARD, BUDGET, "\"erik-van-laethem\"");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/1: erik-van-laethem stemt bij naam \
         mee, maar meldde een belangenconflict voor dit punt"
    );
    assert!(out.contains(&said), "{said}\nnot in\n{out}");
    let (_, out) = check(root, "en");
    let said = format!(
        "{at}: error: decision 2021-12-14-raad-van-bestuur/1: erik-van-laethem votes by name, \
         but declared a conflict of interest for this item"
    );
    assert!(out.contains(&said), "{said}\nnot in\n{out}");
}

#[test]
fn a_vote_by_an_advisory_member_is_an_error_at_the_name() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Sarah Baeten's abstention recorded as Bert Cools's, who has an advisory vote.
    edit_after(root, BOARD, BUDGET, "\"sarah-baeten\"", "\"bert-cools\"");
    let at = place(root, BOARD, BUDGET, "\"bert-cools\"");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/1: bert-cools stemt bij naam mee, \
         maar heeft geen stemrecht of was niet in de zaal"
    );
    assert!(out.contains(&said), "{said}\nnot in\n{out}");
}

#[test]
fn names_adding_up_to_other_counts_are_an_error_at_the_names() {
    let dir = pty::example_copy();
    let root = dir.path();
    edit_after(root, BOARD, BUDGET, "vote: Abstain", "vote: No");
    let at = place(root, BOARD, BUDGET, "named_votes");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/1: de namen tellen op tot 9/3/0, de \
         stemming zegt 9/2/1"
    );
    assert!(out.contains(&said), "{said}\nnot in\n{out}");
    let (_, out) = check(root, "en");
    assert!(out.contains("the names add up to 9/3/0, the votes say 9/2/1"), "{out}");
}
