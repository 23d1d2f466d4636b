//! The body's rules in `check`: votes above the voting members present, an outcome the votes
//! do not carry under the body's majority, a decision without quorum; each a finding with its
//! file, line and column, in Dutch and English. On a copy of the bundled example, whose board
//! has a quorum of more than half of its voting members.

mod common;
mod pty;

use std::path::Path;

const BOARD: &str = "meetings/2021/2021-12-14-raad-van-bestuur.ron";

/// `check` on `root` in `lang`: exit code and stdout.
fn check(root: &Path, lang: &str) -> (Option<i32>, String) {
    let out = common::cli::run_on(root, &["check", "--lang", lang]);
    (out.status.code(), common::cli::stdout(&out))
}

/// Replaces the first `from` in `rel` by `to`.
fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    assert!(text.contains(from), "{from:?} not in {rel}");
    std::fs::write(root.join(rel), text.replacen(from, to, 1)).unwrap();
}

/// The 1-based line and column of the first `needle` in `rel`.
fn place(root: &Path, rel: &str, needle: &str) -> String {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    let before = &text[..text.find(needle).unwrap()];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{rel}:{line}:{col}")
}

#[test]
fn the_example_board_meets_its_quorum_and_its_votes_add_up() {
    let dir = pty::example_copy();
    let (code, out) = check(dir.path(), "nl");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with("0 fouten, 0 waarschuwingen\n"), "{out}");
}

#[test]
fn more_votes_than_voting_members_present_is_an_error_at_the_decision() {
    let dir = pty::example_copy();
    let root = dir.path();
    edit(root, BOARD, "yes: 12,", "yes: 20,");
    let at = place(root, BOARD, "De raad van bestuur keurt de begroting 2022 goed");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/1: 22 stemmen uitgebracht met 14 \
         stemgerechtigden aanwezig"
    );
    assert!(out.contains(&said), "{out}");
    let (_, out) = check(root, "en");
    let said = format!(
        "{at}: error: decision 2021-12-14-raad-van-bestuur/1: 22 votes cast with 14 voting \
         members present"
    );
    assert!(out.contains(&said), "{out}");
}

#[test]
fn rejected_with_a_majority_for_is_an_error_that_says_what_the_votes_carry() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Decision 2 of the board: 11 for, 2 against, 1 abstaining, recorded as rejected.
    let text = std::fs::read_to_string(root.join(BOARD)).unwrap();
    let second = text.find("halftijdse communicatiemedewerker (B1-B3)").unwrap();
    let fixed = text[..second].to_owned()
        + &text[second..].replacen("outcome: Adopted,", "outcome: Rejected,", 1);
    std::fs::write(root.join(BOARD), fixed).unwrap();
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "besluit 2021-12-14-raad-van-bestuur/2: met deze stemmen is het voorstel bij een \
             gewone meerderheid aangenomen"
        ),
        "{out}"
    );
    let (_, out) = check(root, "en");
    assert!(
        out.contains(
            "decision 2021-12-14-raad-van-bestuur/2: by a simple majority these votes mean adopted"
        ),
        "{out}"
    );
}

#[test]
fn a_two_thirds_majority_set_for_the_board_judges_every_vote_by_it() {
    let dir = pty::example_copy();
    let root = dir.path();
    edit(
        root,
        "data/members.ron",
        "quorum: MajorityOfVoting,",
        "quorum: MajorityOfVoting,\n            majority: TwoThirds,",
    );
    // 12 for and 2 against is more than two thirds; 9 for and 5 against is not.
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(0), "{out}");
    edit(
        root,
        BOARD,
        "yes: 12,\n                        no: 2,",
        "yes: 9,\n                        no: 5,",
    );
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "besluit 2021-12-14-raad-van-bestuur/1: met deze stemmen is het voorstel bij een \
             tweederdemeerderheid verworpen"
        ),
        "{out}"
    );
}

#[test]
fn a_decision_without_quorum_is_an_error_in_sent_minutes_and_a_warning_in_a_draft() {
    let dir = pty::example_copy();
    let root = dir.path();
    // The first eight attendees present become excused, six of them voting members: eight of
    // the seventeen voting members stay, nine are needed (and 14 votes cannot be cast by 8).
    let mut text = std::fs::read_to_string(root.join(BOARD)).unwrap();
    let attendance_end = text.find("guests:").or_else(|| text.find("agenda:")).unwrap();
    let (head, tail) = text.split_at(attendance_end);
    let head = head.replacen("presence: Present,", "presence: Excused,", 8);
    text = head + tail;
    std::fs::write(root.join(BOARD), &text).unwrap();
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "fout: besluit 2021-12-14-raad-van-bestuur/1 genomen zonder quorum: 8 \
             stemgerechtigden aanwezig, 9 nodig, en het verslag is niet meer in ontwerp"
        ),
        "{out}"
    );
    let sent = text.find("status: Sent(").unwrap();
    let close = sent + text[sent..].find("),").unwrap() + 2;
    text.replace_range(sent..close, "status: Draft,");
    std::fs::write(root.join(BOARD), &text).unwrap();
    let (code, out) = check(root, "en");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "warning: decision 2021-12-14-raad-van-bestuur/1 taken without quorum: 8 voting \
             members present, 9 needed\n"
        ),
        "{out}"
    );
}
