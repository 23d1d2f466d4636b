//! A closed (besloten) item in every public document: the list of decisions (Markdown, HTML
//! with RDFa, JSON-LD), the minutes written with `--public` (Markdown, HTML, ODT, DOCX), the
//! calendar with its to-dos and the report's CSV carry none of its minutes, decision text or
//! action text; the minutes for members keep all of it, marked "besloten".

mod common;

use common::cli::{run_on, stderr};
use common::{Fixture, M3};
use std::path::Path;
use stuurgroep::domain::meeting::{
    ActionItem, AgendaItem, Decision, Meeting, NamedVote, Outcome, Vote,
};

const MINUTES: &str = "Dossier GEHEIMNOTULEN van de coördinator besproken.";
const DECISION: &str = "Het contract van GEHEIMBESLUIT wordt niet verlengd.";
const ACTION: &str = "GEHEIMACTIE: het gesprek met de coördinator plannen";
const SUMMARY: &str = "Besluit over een personeelsdossier.";
const SECRETS: [&str; 3] = ["GEHEIMNOTULEN", "GEHEIMBESLUIT", "GEHEIMACTIE"];

/// The fixture with a closed item in the draft of 2021-06-15: minutes, a decision with a vote
/// (by name) and a public summary, an action item with a due date.
fn folder() -> Fixture {
    let f = Fixture::new();
    let mut m: Meeting = ron::from_str(&f.read(M3)).unwrap();
    let mut item = AgendaItem::new(2, "Personeel".into());
    item.closed = true;
    item.minutes = MINUTES.into();
    item.decisions.push(Decision {
        number: 2,
        text: DECISION.into(),
        outcome: Outcome::Adopted,
        votes: Some(stuurgroep::domain::meeting::Votes { yes: 1, no: 0, abstain: 0 }),
        objectives: vec!["od-a".into()],
        amends: None,
        supersedes: None,
        public_summary: Some(SUMMARY.into()),
        majority: None,
        unanimous: false,
        quorum_note: None,
        named_votes: vec![NamedVote { member: "an-peeters".into(), vote: Vote::Yes }],
        plan_changes: Vec::new(),
    });
    item.actions.push(ActionItem {
        number: 2,
        text: ACTION.into(),
        owner: "an-peeters".into(),
        due: Some("2021-07-01".parse().unwrap()),
        objective: None,
    });
    m.agenda.push(item);
    // The open item's action item gets a date too, so the calendar has a to-do to keep.
    m.agenda[0].actions[0].due = Some("2021-07-15".parse().unwrap());
    f.write_meeting(&m);
    f
}

/// `export` with `args` written to `name` in `dir`: the file's text (a zip's document part).
fn export(root: &Path, dir: &Path, name: &str, args: &[&str]) -> String {
    let file = dir.join(name);
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", file.to_str().unwrap()]);
    let out = run_on(root, &all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let bytes = std::fs::read(&file).unwrap();
    match name.rsplit('.').next() {
        Some("odt") => common::export::part(&bytes, "content.xml"),
        Some("docx") => common::export::part(&bytes, "word/document.xml"),
        _ => String::from_utf8(bytes).unwrap(),
    }
}

const MEETING: &str = "2021-06-15-stuurgroep";

#[test]
fn no_public_document_carries_a_closed_items_minutes_decision_or_action() {
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    let public: Vec<(&str, Vec<&str>)> = vec![
        ("lijst.md", vec!["besluitenlijst"]),
        ("lijst.html", vec!["besluitenlijst"]),
        ("lijst.jsonld", vec!["besluitenlijst"]),
        ("verslag.md", vec!["minutes", MEETING, "--public"]),
        ("verslag.html", vec!["minutes", MEETING, "--public"]),
        ("verslag.odt", vec!["minutes", MEETING, "--public"]),
        ("verslag.docx", vec!["minutes", MEETING, "--public"]),
        ("vergaderingen.ics", vec!["calendar", "--todos"]),
        ("voortgang.csv", vec!["report"]),
    ];
    for (name, args) in &public {
        let text = export(f.root(), dir.path(), name, args);
        for secret in SECRETS {
            assert!(!text.contains(secret), "{name} shows {secret}:\n{text}");
        }
        assert!(!text.contains("Bij naam"), "{name} shows who voted how:\n{text}");
        // What may be public is there: the item's title, the summary (the calendar and the
        // report name no decisions).
        if !name.starts_with("vergaderingen") && !name.starts_with("voortgang") {
            assert!(text.contains("Personeel"), "{name} lost the closed item's title");
            assert!(text.contains(SUMMARY), "{name} lost the public summary:\n{text}");
        }
    }
    // The open item's action item still goes to the calendar: only the closed one stays out.
    let ics = export(f.root(), dir.path(), "alles.ics", &["calendar", "--todos"]);
    assert!(ics.contains("SUMMARY:Vrijwilligers zoeken"), "{ics}");
}

#[test]
fn the_minutes_for_members_keep_everything_marked_besloten() {
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    for name in ["verslag.md", "verslag.html", "verslag.odt", "verslag.docx"] {
        let text = export(f.root(), dir.path(), name, &["minutes", MEETING]);
        for secret in SECRETS {
            assert!(text.contains(secret), "{name} lost {secret}");
        }
        assert!(text.contains("Personeel (besloten)"), "{name}:\n{text}");
        assert!(text.contains("Bij naam – voor: An Peeters"), "{name}:\n{text}");
    }
    let public = export(f.root(), dir.path(), "publiek.md", &["minutes", MEETING, "--public"]);
    assert!(public.contains("Dit punt werd in besloten zitting behandeld."), "{public}");
}

#[test]
fn json_ld_and_rdfa_say_which_treatment_was_public() {
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    let text = export(f.root(), dir.path(), "lijst.jsonld", &["besluitenlijst"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let openbaar = |item: &str| -> Vec<bool> {
        let graph = json["@graph"].as_array().unwrap();
        graph
            .iter()
            .filter(|n| n["@type"] == "besluit:BehandelingVanAgendapunt")
            .filter(|n| n["dct:subject"]["@id"].as_str().unwrap().contains(item))
            .map(|n| n["besluit:openbaar"].as_bool().unwrap())
            .collect()
    };
    assert_eq!(openbaar("2021-06-15-stuurgroep/2"), [false], "{text}");
    assert_eq!(openbaar("2021-06-15-stuurgroep/1"), [true], "{text}");
    let html = export(f.root(), dir.path(), "lijst.html", &["besluitenlijst"]);
    assert!(html.contains(r#"content="false""#) && html.contains(r#"content="true""#), "{html}");
}

/// `check`'s findings on the folder as `path:line:col: code`.
fn findings(f: &Fixture) -> Vec<String> {
    let folder = stuurgroep::store::load_folder(f.root()).unwrap();
    let report = stuurgroep::check::check(&folder);
    let path = |x: &stuurgroep::check::finding::Finding| {
        stuurgroep::store::relpath::slashed(&x.path).to_string()
    };
    report
        .findings
        .iter()
        .map(|x| {
            let (l, c) = x.at.unwrap_or_default();
            format!("{}:{l}:{c}: {}", path(x), x.kind.code())
        })
        .collect()
}

/// The 1-based line and column of occurrence `n` of `needle` in file `rel`.
fn place(f: &Fixture, rel: &str, needle: &str, n: usize) -> String {
    let text = f.read(rel);
    let (offset, _) = text.match_indices(needle).nth(n).expect(needle);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{rel}:{line}:{col}")
}

#[test]
fn check_finds_a_missing_summary_and_one_that_copies_the_decision_where_they_are() {
    let f = folder();
    assert_eq!(findings(&f), Vec::<String>::new(), "a summary of its own is clean");
    // Without a summary: flagged at the decision (a warning while the minutes are a draft).
    f.edit(M3, &format!("public_summary: \"{SUMMARY}\","), "");
    let at = place(&f, M3, "Het contract van GEHEIMBESLUIT", 0);
    assert_eq!(findings(&f), [format!("{at}: closed-without-summary")]);
    // A summary that copies the decision: flagged at the summary, an error.
    let copied = DECISION.replace(".", "");
    let text = format!("text: \"{DECISION}\",");
    f.edit(M3, &text, &format!("{text}\npublic_summary: \"Samengevat: {copied}\","));
    let folder = stuurgroep::store::load_folder(f.root()).unwrap();
    let report = stuurgroep::check::check(&folder);
    assert_eq!(report.errors(), 1, "{:?}", report.findings);
    let at = place(&f, M3, "public_summary", 0);
    assert_eq!(findings(&f), [format!("{at}: closed-text-in-public")]);
}
