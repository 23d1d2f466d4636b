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
    edit(root, BOARD, "yes: 9,", "yes: 20,");
    let at = place(root, BOARD, "De raad van bestuur keurt de begroting 2022 goed");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/1: 23 stemmen uitgebracht met 12 \
         stemgerechtigden aanwezig"
    );
    assert!(out.contains(&said), "{out}");
    let (_, out) = check(root, "en");
    let said = format!(
        "{at}: error: decision 2021-12-14-raad-van-bestuur/1: 23 votes cast with 12 voting \
         members present"
    );
    assert!(out.contains(&said), "{out}");
}

#[test]
fn rejected_with_a_majority_for_is_an_error_that_says_what_the_votes_carry() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Decision 2 of the board: 10 for, 1 against, 1 abstaining, recorded as rejected.
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
    // 10 for and 1 against is more than two thirds; 6 for and 5 against is not.
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(0), "{out}");
    edit(
        root,
        BOARD,
        "yes: 10,\n                        no: 1,",
        "yes: 6,\n                        no: 5,",
    );
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "besluit 2021-12-14-raad-van-bestuur/2: met deze stemmen is het voorstel bij een \
             tweederdemeerderheid verworpen"
        ),
        "{out}"
    );
}

#[test]
fn a_decision_without_quorum_is_an_error_in_sent_minutes_and_a_warning_in_a_draft() {
    let dir = pty::example_copy();
    let root = dir.path();
    // The first eight attendees present become excused, six of them voting members: six of
    // the fifteen voting members stay, eight are needed (and 12 votes cannot be cast by 6).
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
            "fout: besluit 2021-12-14-raad-van-bestuur/1 genomen zonder quorum: 6 \
             stemgerechtigden aanwezig, 8 nodig, en het verslag is niet meer in ontwerp"
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
            "warning: decision 2021-12-14-raad-van-bestuur/1 taken without quorum: 6 voting \
             members present, 8 needed\n"
        ),
        "{out}"
    );
}

#[test]
fn a_member_out_of_the_room_for_an_item_cannot_be_counted_in_its_vote() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Item 7: Erik Van Laethem left the room over a conflict of interest; 11 of the 12 voting
    // members present voted on decision 5. A twelfth vote is one too many for that item only.
    edit(
        root,
        BOARD,
        "yes: 1,\n                        no: 8,",
        "yes: 1,\n                        no: 9,",
    );
    let at = place(root, BOARD, "Het voorstel om de Boekenstoet gratis");
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: fout: besluit 2021-12-14-raad-van-bestuur/5: 12 stemmen uitgebracht met 11 \
         stemgerechtigden aanwezig"
    );
    assert!(out.contains(&said), "{out}");
    assert!(out.ends_with("1 fout, 0 waarschuwingen\n"), "{out}");
    // Without the conflict he is in the room again, and the twelve votes add up.
    let text = std::fs::read_to_string(root.join(BOARD)).unwrap();
    let from = text
        .find("            presence: [\n                (\n                    member: \"erik")
        .unwrap();
    let to = from + text[from..].find("            ],\n").unwrap() + "            ],\n".len();
    std::fs::write(root.join(BOARD), format!("{}{}", &text[..from], &text[to..])).unwrap();
    let (code, out) = check(root, "nl");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_member_stepping_out_before_the_budget_vote_makes_its_votes_too_many() {
    let dir = pty::example_copy();
    let root = dir.path();
    // Nathalie Coppens came in at item 4; stepping out of it instead leaves 11 voting members
    // for its 12 votes, and the two-thirds vote is judged by its own majority.
    edit(root, BOARD, "change: Arrives,", "change: StepsOut,");
    let at = place(root, BOARD, "De raad van bestuur keurt de begroting 2022 goed");
    let (code, out) = check(root, "en");
    assert_eq!(code, Some(1), "{out}");
    let said = format!(
        "{at}: error: decision 2021-12-14-raad-van-bestuur/1: 12 votes cast with 11 voting \
         members present"
    );
    assert!(out.contains(&said), "{out}");
    // 7 for and 4 against is short of two thirds: the outcome contradicts its majority.
    edit(root, BOARD, "change: StepsOut,", "change: Arrives,");
    edit(
        root,
        BOARD,
        "yes: 9,\n                        no: 2,",
        "yes: 7,\n                        no: 4,",
    );
    let (_, out) = check(root, "en");
    assert!(
        out.contains("decision 2021-12-14-raad-van-bestuur/1: by a two-thirds majority these votes mean rejected"),
        "{out}"
    );
}
