//! `stuurgroep done` and `stuurgroep update`: a member's own follow-up written to their update
//! file and seen by `actions`; someone else's action and an unknown one refused; several
//! writers at once losing nothing.

mod common;

use common::cli::{command_on, run_on, stderr, stdout};
use common::export::example_copy;

const LOTTES: &str = "2022-06-14-stuurgroep/A2";
const LOTTE: &str = "data/updates/lotte-verhaegen.ron";

#[test]
fn done_writes_the_members_file_and_actions_shows_it_done() {
    let tmp = example_copy();
    let root = tmp.path();
    assert!(!root.join(LOTTE).exists());
    let args = ["done", LOTTES, "--as", "lotte-verhaegen", "--note", "Rapport ingediend"];
    let out = run_on(root, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("{LOTTES}: gemeld als afgerond, in {LOTTE}\n"),
        "the user is told what was written where"
    );
    let text = std::fs::read_to_string(root.join(LOTTE)).expect("the file is made");
    assert!(text.starts_with(
        "#![enable(implicit_some)]\n(\n    version: 1,\n    member: \"lotte-verhaegen\",\n"
    ));
    assert!(text.contains("status: Done,\n            note: \"Rapport ingediend\",\n"), "{text}");
    let listed =
        stdout(&run_on(root, &["actions", "--owner", "lotte-verhaegen", "--status", "done"]));
    assert!(listed.contains(LOTTES) && listed.contains("Rapport ingediend"), "{listed}");
    let again = [
        "update",
        LOTTES,
        "--as",
        "lotte-verhaegen",
        "--status",
        "ongoing",
        "--note",
        "Toch nog niet",
    ];
    let out = run_on(root, &again);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let open =
        stdout(&run_on(root, &["actions", "--owner", "lotte-verhaegen", "--status", "open"]));
    assert!(open.contains(LOTTES) && open.contains("Toch nog niet"), "{open}");
    let (code, check) = common::cli::check(root);
    assert_eq!(code, 0, "{check}");
}

#[test]
fn someone_elses_action_an_unknown_one_and_no_member_are_refused_in_both_languages() {
    let tmp = example_copy();
    let root = tmp.path();
    let before = std::fs::read_dir(root.join("data/updates")).unwrap().count();
    let out = run_on(
        root,
        &["update", LOTTES, "--as", "annemie-wauters", "--status", "done", "--note", "x"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("dit actiepunt is van Lotte Verhaegen"), "{}", stderr(&out));
    let out = run_on(root, &["done", LOTTES, "--as", "annemie-wauters", "--lang", "en"]);
    assert!(stderr(&out).contains("this action item is Lotte Verhaegen's"), "{}", stderr(&out));
    let out = run_on(root, &["done", "2022-06-14-stuurgroep/A9", "--as", "lotte-verhaegen"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("er is geen actiepunt \"2022-06-14-stuurgroep/A9\"; bedoel je:"), "{err}");
    assert!(err.contains(&format!("\n  {LOTTES}\n")), "her own nearest first: {err}");
    let out = run_on(root, &["done", LOTTES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("wie ben je?"), "{}", stderr(&out));
    let out = run_on(root, &["done", LOTTES, "--as", "niemand"]);
    assert_eq!(out.status.code(), Some(2));
    let after = std::fs::read_dir(root.join("data/updates")).unwrap().count();
    assert_eq!(before, after, "nothing written");
    assert!(!root.join(LOTTE).exists());
}

#[test]
fn eight_writers_at_once_on_one_members_file_lose_nothing() {
    let tmp = example_copy();
    let root = tmp.path();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let note = format!("melding {i}");
            let status = if i % 2 == 0 { "ongoing" } else { "done" };
            let args =
                ["update", LOTTES, "--as", "lotte-verhaegen", "--status", status, "--note", &note];
            command_on(root, &args).spawn().expect("the binary runs")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("it ends");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let text = std::fs::read_to_string(root.join(LOTTE)).expect("the file");
    for i in 0..8 {
        assert!(text.contains(&format!("note: \"melding {i}\"")), "melding {i} lost:\n{text}");
    }
    let (code, check) = common::cli::check(root);
    assert_eq!(code, 0, "{check}");
}
