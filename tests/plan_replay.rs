//! The rework of SD1 in the source plan (plan-004), replayed with `stuurgroep plan`: the
//! example's plan with decisions 2021-03-16-stuurgroep/2 and 2022-03-15-stuurgroep/2 undone,
//! then those decisions' changes applied verb by verb, ends in the example's plan for every
//! objective they touched; and the decisions of the merged objective are listed under the one
//! that carries it on.

mod common;

use common::cli::{run_on, stderr, stdout};
use common::export::example_root;
use common::replay::{FIRST, SECOND, TOUCHED, essence, example_before, read_plan};
use std::path::Path;

#[test]
fn the_rework_of_sd1_replayed_decision_by_decision_ends_in_the_examples_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let example = example_before(root);
    let title = |id: &str| example.operational_by_id(id).unwrap().1.title.clone();
    let part = |code: &str, id: &str, action: &str| format!("{code};{id};{};{action}", title(id));
    let steps: Vec<(&str, Vec<String>)> = vec![
        (FIRST, args(&["move", "SD1 OD1", "SD2 OD5"])),
        (FIRST, args(&["move", "SD1 OD4", "SD3 OD6"])),
        (FIRST, args(&["renumber", "SD1 OD2", "1"])),
        (FIRST, args(&["retitle", "od-spreiden", &title("od-spreiden")])),
        (FIRST, args(&["renumber", "SD1 OD3", "2"])),
        (FIRST, args(&["retitle", "od-drempels", &title("od-drempels")])),
        (
            FIRST,
            args(&[
                "split",
                "SD1 OD5",
                "--into",
                &part("SD1 OD3", "od-actoren-drempels", "sd1od5-a1"),
                "--into",
                &part("SD1 OD4", "od-communicatiestrategie", "sd1od5-a2"),
            ]),
        ),
        (SECOND, args(&["merge", "SD1 OD2", "SD1 OD1"])),
        (SECOND, args(&["renumber", "SD1 OD3", "2"])),
        (SECOND, args(&["renumber", "SD1 OD4", "3"])),
    ];
    for (decision, step) in steps {
        let mut all: Vec<&str> = vec!["plan"];
        all.extend(step.iter().map(String::as_str));
        all.extend(["--by", decision, "--as", "lotte-verhaegen"]);
        let out = run_on(root, &all);
        assert_eq!(out.status.code(), Some(0), "{all:?}: {}", stderr(&out));
    }
    let replayed = read_plan(root);
    for id in TOUCHED {
        assert_eq!(essence(&replayed, id), essence(&example, id), "{id}");
    }
    // Decisions linked to the merged objective are listed under the one that carries it on,
    // as in the example.
    let listed = |root: &Path| stdout(&run_on(root, &["decisions", "--od", "SD1 OD1"]));
    let here = listed(root);
    assert!(here.contains("2020-12-08-stuurgroep/"), "{here}");
    assert_eq!(here, listed(example_root()));
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}
