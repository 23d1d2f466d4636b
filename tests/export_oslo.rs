//! The published list of decisions against the OSLO profile as Gelinkt Notuleren validates its
//! own: the JSON-LD and the RDFa of the HTML list, written by `stuurgroep export besluitenlijst`
//! for the bundled example, checked by `pyshacl` against `decision-list.ttl` and
//! `besluit-shape.ttl` (`tests/fixtures/oslo/`). Also what the command refuses: a reversed
//! period and a base IRI that is none.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn export(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["export", "besluitenlijst"])
        .args(args)
        .arg("--dir")
        .arg(dir)
        .output()
        .expect("the binary runs")
}

fn example() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shape(name: &str) -> PathBuf {
    example().join("tests/fixtures/oslo").join(name)
}

#[test]
fn a_reversed_period_is_refused_with_exit_2() {
    for lang in ["nl", "en"] {
        let out = export(
            &["--from", "2023", "--to", "2021", "--format", "jsonld", "--lang", lang],
            example(),
        );
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert!(out.stdout.is_empty(), "no document for a reversed period");
        let said = String::from_utf8_lossy(&out.stderr);
        let expected = if lang == "nl" {
            "de periode is omgekeerd: --from 2023 ligt na --to 2021"
        } else {
            "the period is reversed: --from 2023 is after --to 2021"
        };
        assert!(said.contains(expected), "{said}");
    }
    // One day is a period, and so is one month.
    let out = export(&["--from", "2021-03", "--to", "2021-03", "--format", "jsonld"], example());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("zittingen/2021-03-16-stuurgroep"));
}

#[test]
fn the_base_iri_comes_from_the_plan_or_the_option() {
    let out = export(&["--format", "jsonld"], example());
    let text = String::from_utf8_lossy(&out.stdout);
    let plan = "https://data.cultuurregio-pajottenland-zennevallei.example/";
    assert!(
        text.contains(&format!("\"{plan}zittingen/2021-03-16-stuurgroep\"")),
        "the plan's base"
    );
    let out =
        export(&["--format", "jsonld", "--base-iri", "https://data.elders.example/id/"], example());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"https://data.elders.example/id/besluiten/2021-03-16-stuurgroep/1\""));
    assert!(!text.contains(plan), "the option wins over the plan");
    // The HTML list carries the same IRIs in its RDFa.
    let out = export(&["--format", "html"], example());
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(html.contains(&format!("resource=\"{plan}besluiten/2021-03-16-stuurgroep/1\"")));
    for bad in ["ftp://data.example/", "data.example.be", "https://", "https://a b.example/"] {
        let out = export(&["--format", "jsonld", "--base-iri", bad], example());
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("basis-IRI"), "{bad}");
    }
}

/// Whether python3 can import `module`; under CI (`CI=true`) a missing one fails the test,
/// so CI never passes by skipping what it was meant to check.
fn python_has(module: &str) -> bool {
    let found = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "python3 lacks {module} under CI");
        eprintln!("skipped: python3 lacks {module} (pip install {module})");
    }
    found
}

/// `pyshacl`'s verdict on `data` (in `format`) against `shape`: (conforms, report).
fn shacl(data: &Path, format: &str, shape: &Path) -> (bool, String) {
    let out = Command::new("python3")
        .args(["-m", "pyshacl", "-s"])
        .arg(shape)
        .args(["-df", format])
        .arg(data)
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    let conforms = report.contains("Conforms: True");
    // pyshacl exits 0 when the data conforms, 1 when it does not, other codes on errors.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.success(), conforms, "{report}");
    (conforms, report)
}

#[test]
#[cfg_attr(not(windows), ignore = "needs python3 with pyshacl; .ci/run installs it and runs this")]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn pyshacl_finds_the_json_ld_conforming_to_both_shapes() {
    if !python_has("pyshacl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("besluitenlijst.jsonld");
    let out = export(&["-o", file.to_str().unwrap()], example());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["decision-list.ttl", "besluit-shape.ttl"] {
        let (conforms, report) = shacl(&file, "json-ld", &shape(name));
        assert!(conforms, "{name}:\n{report}");
    }
    // The check can fail: without `besluit:openbaar` and `besluit:motivering` the same list
    // violates both shapes, as the list before this profile did.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for node in json["@graph"].as_array_mut().unwrap() {
        let node = node.as_object_mut().unwrap();
        node.remove("besluit:openbaar");
        node.remove("besluit:motivering");
    }
    let broken = dir.path().join("zonder.jsonld");
    std::fs::write(&broken, serde_json::to_string(&json).unwrap()).unwrap();
    for (name, path) in
        [("decision-list.ttl", "besluit#openbaar"), ("besluit-shape.ttl", "besluit#motivering")]
    {
        let (conforms, report) = shacl(&broken, "json-ld", &shape(name));
        assert!(!conforms && report.contains(path), "{name}:\n{report}");
    }
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs python3 with pyshacl and pyRdfa3; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn pyshacl_finds_the_rdfa_of_the_html_list_conforming_to_both_shapes() {
    if !python_has("pyshacl") || !python_has("pyRdfa") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("besluitenlijst.html");
    let out = export(&["-o", file.to_str().unwrap()], example());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // pyRdfa (the W3C's RDFa distiller) reads the page; its graph goes to pyshacl as Turtle,
    // with the number of decisions and the IRIs the JSON-LD uses.
    let script = r#"
import sys
from pyRdfa import pyRdfa
g = pyRdfa().graph_from_source(sys.argv[1])
g.serialize(destination=sys.argv[2], format="turtle")
q = "SELECT ?b WHERE { ?b a <http://data.vlaanderen.be/ns/besluit#Besluit> }"
print("decisions", len(list(g.query(q))))
"#;
    let turtle = dir.path().join("besluitenlijst.ttl");
    let out =
        Command::new("python3").arg("-c").arg(script).arg(&file).arg(&turtle).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    let jsonld =
        String::from_utf8_lossy(&export(&["--format", "jsonld"], example()).stdout).into_owned();
    let in_jsonld = jsonld.matches("\"@type\": \"besluit:Besluit\"").count();
    assert!(in_jsonld > 50, "{in_jsonld}");
    assert!(said.contains(&format!("decisions {in_jsonld}\n")), "{said}");
    let graph = std::fs::read_to_string(&turtle).unwrap();
    assert!(graph.contains("besluiten/2021-03-16-stuurgroep/1>"), "same IRIs as the JSON-LD");
    for name in ["decision-list.ttl", "besluit-shape.ttl"] {
        let (conforms, report) = shacl(&turtle, "turtle", &shape(name));
        assert!(conforms, "{name}:\n{report}");
    }
}

#[test]
#[cfg_attr(not(windows), ignore = "needs python3 with pyshacl; .ci/run installs it and runs this")]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn pyshacl_finds_sessions_without_times_conforming_too() {
    if !python_has("pyshacl") {
        return;
    }
    // The small fixture's meetings have no start or end time: the shapes require both.
    let f = common::Fixture::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("besluitenlijst.jsonld");
    let base = ["--base-iri", "https://data.fixture.example/id/"];
    let out = export(&[&base[..], &["-o", file.to_str().unwrap()]].concat(), f.root());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("2021-03-16T00:00:00+01:00"), "{text}");
    for name in ["decision-list.ttl", "besluit-shape.ttl"] {
        let (conforms, report) = shacl(&file, "json-ld", &shape(name));
        assert!(conforms, "{name}:\n{report}");
    }
}
