//! Each kind of finding of `check`, with its message and its place in the file.

mod common;

use common::*;
use stuurgroep::check::check;
use stuurgroep::check::finding::{Finding, Severity};
use stuurgroep::i18n::Lang;
use stuurgroep::store::load_folder;

fn findings(f: &Fixture) -> Vec<Finding> {
    check(&load_folder(f.root()).unwrap()).findings
}

/// The findings as `path:line:col: severity: message` lines, in English.
fn lines(f: &Fixture) -> Vec<String> {
    findings(f)
        .iter()
        .map(|x| {
            let at = x.at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
            format!(
                "{}{at}: {}: {}",
                stuurgroep::store::relpath::slashed(&x.path),
                stuurgroep::check::strings::severity(Lang::En, x.severity),
                stuurgroep::check::strings::finding(Lang::En, &x.kind)
            )
        })
        .collect()
}

/// The 1-based line and column of the first occurrence of `needle` in file `rel`.
fn place(f: &Fixture, rel: &str, needle: &str) -> String {
    let text = f.read(rel);
    let offset = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {rel}"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{rel}:{line}:{col}")
}

fn assert_only(f: &Fixture, expected: &str) {
    assert_eq!(lines(f), vec![expected.to_owned()]);
}

#[test]
fn the_fixture_is_clean() {
    assert_eq!(lines(&Fixture::new()), Vec::<String>::new());
}

#[test]
fn unknown_objective_is_located() {
    let f = Fixture::new();
    f.edit(M1, "\"od-a\"", "\"od-zz\"");
    let at = place(&f, M1, "\"od-zz\"");
    // M1 changed after its approval, so the hash chain breaks too.
    assert_eq!(
        lines(&f),
        vec![
            format!(
                "{M1}: error: approved minutes changed after their approval by 2021-03-16-stuurgroep"
            ),
            format!("{at}: error: unknown objective \"od-zz\"")
        ]
    );
}

#[test]
fn unknown_member_is_located() {
    let f = Fixture::new();
    f.edit(M3, "owner: \"jan-claes\"", "owner: \"piet-x\"");
    assert_only(&f, &format!("{}: error: unknown member \"piet-x\"", place(&f, M3, "\"piet-x\"")));
}

#[test]
fn duplicate_member_id_points_at_the_second() {
    let f = Fixture::new();
    f.edit("data/members.ron", "id: \"jan-claes\"", "id: \"an-peeters\"");
    let text = f.read("data/members.ron");
    let second = text.match_indices("id: \"an-peeters\"").nth(1).unwrap().0;
    let line = text[..second].matches('\n').count() + 1;
    let got = lines(&f);
    assert!(
        got.contains(&format!(
            "data/members.ron:{line}:13: error: duplicate member id \"an-peeters\""
        )),
        "{got:#?}"
    );
}

#[test]
fn duplicate_decision_number_in_a_meeting() {
    let f = Fixture::new();
    let mut m = meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    let mut d = m.agenda[0].decisions[0].clone();
    d.text = "Tweede besluit".into();
    m.agenda[0].decisions.push(d);
    m.approves = vec![stuurgroep::domain::meeting::Approval {
        meeting: "2021-03-16-stuurgroep".into(),
        hash: f.read(M3).split("hash: \"").nth(1).unwrap().split('"').next().unwrap().into(),
    }];
    f.write_meeting(&m);
    let got = lines(&f);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].ends_with("error: duplicate decision number 1"), "{got:#?}");
}

#[test]
fn decision_without_objective_is_an_error_once_sent_and_a_warning_in_a_draft() {
    let f = Fixture::new();
    f.edit(M3, "objectives: [\n                        \"od-a\",\n                    ],\n", "");
    let draft = lines(&f);
    assert_eq!(draft.len(), 1, "{draft:#?}");
    assert!(draft[0].contains("warning: decision 2021-06-15-stuurgroep/1 has no objective yet"));
    assert!(draft[0].starts_with(&place(&f, M3, "Besluit van 2021-06-15")));
    f.edit(M3, "status: Draft", "status: Sent(\n        on: \"2021-06-20\",\n    )");
    let sent = findings(&f);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].severity, Severity::Error);
}

#[test]
fn follow_up_of_unknown_action() {
    let f = Fixture::new();
    f.edit(M3, "2021-01-12-stuurgroep/A1", "2021-01-12-stuurgroep/A9");
    assert_only(
        &f,
        &format!(
            "{}: error: follow-up of an unknown action item \"2021-01-12-stuurgroep/A9\"",
            place(&f, M3, "\"2021-01-12-stuurgroep/A9\"")
        ),
    );
}

#[test]
fn approved_minutes_changed_on_disk_break_the_hash_chain() {
    let f = Fixture::new();
    f.edit(M1, "Tweede regel", "Stiekem gewijzigde regel");
    assert_only(
        &f,
        &format!(
            "{M1}: error: approved minutes changed after their approval by 2021-03-16-stuurgroep"
        ),
    );
}

#[test]
fn meeting_date_that_disagrees_with_its_file_name() {
    let f = Fixture::new();
    f.edit(M3, "date: \"2021-06-15\"", "date: \"2021-06-16\"");
    assert_only(
        &f,
        &format!(
            "{}: error: date 2021-06-16 differs from the file name (2021/2021-06-15-stuurgroep)",
            place(&f, M3, "date: ")
        ),
    );
}

#[test]
fn an_id_that_would_escape_the_folder() {
    let f = Fixture::new();
    f.edit(M3, "id: \"2021-06-15-stuurgroep\"", "id: \"../../etc/passwd\"");
    let got = lines(&f);
    let expected = format!(
        "{}: error: the id \"../../etc/passwd\" cannot be a file name (lowercase letters, digits and '-' only)",
        place(&f, M3, "\"../../etc/passwd\"")
    );
    assert!(got.contains(&expected), "{got:#?}");
}

#[test]
fn unknown_decision_in_plan_history() {
    let f = Fixture::new();
    f.edit("data/plan.ron", "2021-03-16-stuurgroep/1", "2021-03-16-stuurgroep/7");
    assert_only(
        &f,
        &format!(
            "{}: error: unknown decision \"2021-03-16-stuurgroep/7\"",
            place(&f, "data/plan.ron", "\"2021-03-16-stuurgroep/7\"")
        ),
    );
}

#[test]
fn a_broken_file_among_good_ones_is_named_and_the_rest_loads() {
    let f = Fixture::new();
    f.edit(M3, "title: \"Boekenstoet\",", "title: \"Boekenstoet\"");
    let folder = load_folder(f.root()).unwrap();
    assert_eq!(folder.meetings.len(), 2);
    assert!(folder.plan.is_some() && folder.members.is_some());
    let got = lines(&f);
    assert_eq!(got.len(), 1, "{got:#?}");
    let line = f.read(M3).lines().position(|l| l.contains("minutes:")).unwrap() + 1;
    assert!(got[0].starts_with(&format!("{M3}:{line}:13: error: unreadable: ")), "{got:#?}");
    assert!(got[0].contains("minutes: r#\"Verslag"), "the offending line is shown: {got:#?}");
}

#[test]
fn a_newer_version_is_named_read_only_even_when_it_does_not_parse() {
    let f = Fixture::new();
    f.edit(M3, "version: 1,", "version: 2,\n    new_field: 3,");
    let got = lines(&f);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].contains("written by a newer version: schema 2"), "{got:#?}");
    let f = Fixture::new();
    f.edit(M3, "version: 1,", "version: 2,");
    let got = lines(&f);
    assert_eq!(
        got,
        vec![format!(
            "{M3}: warning: written by a newer version of stuurgroep (schema 2): read-only"
        )]
    );
}

#[test]
fn conflict_copies_are_reported_not_loaded() {
    let f = Fixture::new();
    let copy = "meetings/2021/2021-06-15-stuurgroep.sync-conflict-20210616-101500-ABCDEFG.ron";
    f.write(copy, &f.read(M3));
    let folder = load_folder(f.root()).unwrap();
    assert_eq!(folder.meetings.len(), 3);
    assert_only(
        &f,
        &format!(
            "{copy}: warning: conflict copy of meetings/2021/2021-06-15-stuurgroep.ron (Syncthing): not loaded"
        ),
    );
}

#[test]
fn temp_files_are_never_loaded() {
    let f = Fixture::new();
    f.write("meetings/2021/~syncthing~stuurgroep.2021-06-15-stuurgroep.ron.1-0.tmp", "(half a fi");
    f.write("meetings/2021/.syncthing.2021-06-15-stuurgroep.ron.tmp", "(half");
    assert_eq!(lines(&f), Vec::<String>::new());
}

#[test]
fn messages_speak_dutch_by_default() {
    let f = Fixture::new();
    f.edit(M3, "owner: \"jan-claes\"", "owner: \"piet-x\"");
    let finding = &findings(&f)[0];
    assert_eq!(
        stuurgroep::check::strings::finding(Lang::Nl, &finding.kind),
        "onbekend lid \"piet-x\""
    );
    assert_eq!(stuurgroep::check::strings::severity(Lang::Nl, finding.severity), "fout");
}

#[test]
fn a_link_to_an_objective_that_had_ended_is_a_warning() {
    use stuurgroep::domain::plan::{Change, HistoryEvent};
    let f = Fixture::new();
    let mut plan = common::plan();
    plan.strategic_objectives[0].operational_objectives[0].history.push(HistoryEvent {
        date: "2021-04-01".parse().unwrap(),
        change: Change::Merged { into: "od-b".into() },
        // Named, as every change after the plan's first version must be.
        decision: Some("2021-03-16-stuurgroep/1".parse().unwrap()),
        note: None,
        editorial: false,
    });
    f.write("data/plan.ron", &stuurgroep::store::to_ron(&plan).unwrap());
    let got = lines(&f);
    assert_eq!(
        got,
        vec![format!(
            "{}: warning: objective \"od-a\" no longer existed on that date (until 2021-04-01)",
            place(&f, M3, "\"od-a\"")
        )],
        "only the meeting after the merge"
    );
}

#[test]
fn references_into_an_unreadable_meeting_are_not_reported_as_unknown() {
    let f = Fixture::new();
    f.edit(M1, "title: \"Boekenstoet\",", "title: \"Boekenstoet\"");
    let got = lines(&f);
    assert_eq!(got.len(), 1, "only the broken file itself: {got:#?}");
    assert!(got[0].starts_with(&format!("{M1}:")) && got[0].contains("unreadable"), "{got:#?}");
}
