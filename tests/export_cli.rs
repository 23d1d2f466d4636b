//! `stuurgroep export -o FILE.ext`: the extension picks the format unless `--format` says
//! otherwise; a mismatch or a format the document does not come in is refused before any
//! file is written; `--help` names every format.

mod common;

use common::cli::{command, stdout};
use common::export::example_root;
use std::path::Path;
use std::process::Output;

fn export(args: &[&str], out: &Path) -> Output {
    let mut command = command(&["export"]);
    command.args(args).arg("-o").arg(out).arg("--dir").arg(example_root()).args(["--lang", "nl"]);
    command.output().expect("the binary runs")
}

const MINUTES: [&str; 2] = ["minutes", "2021-03-16-stuurgroep"];

#[test]
fn the_extension_picks_the_format() {
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("verslag.odt", &b"PK\x03\x04"[..]),
        ("verslag.DOCX", b"PK\x03\x04"),
        ("verslag.html", b"<!DOCTYPE html>"),
        ("verslag.md", b"# Verslag"),
        ("verslag.txt", b"# Verslag"),
    ] {
        let file = dir.path().join(name);
        let out = export(&MINUTES, &file);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(std::fs::read(&file).unwrap().starts_with(starts), "{name}");
    }
    let odt = std::fs::read(dir.path().join("verslag.odt")).unwrap();
    assert_eq!(&odt[30..38], b"mimetype", "an ODT, not a DOCX");
    let csv = dir.path().join("voortgang.csv");
    assert!(export(&["report", "--from", "2021"], &csv).status.success());
    let ics = dir.path().join("vergaderingen.ics");
    assert!(export(&["calendar"], &ics).status.success());
    assert!(std::fs::read_to_string(&ics).unwrap().starts_with("BEGIN:VCALENDAR"));
    let jsonld = dir.path().join("besluiten.jsonld");
    assert!(export(&["besluitenlijst", "--from", "2021"], &jsonld).status.success());
    assert!(std::fs::read_to_string(&jsonld).unwrap().contains("@context"));
}

#[test]
fn a_mismatch_or_a_format_not_offered_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("verslag.docx");
    let out = export(&[MINUTES[0], MINUTES[1], "--format", "md"], &docx);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("--format md maar") && said.contains("verslag.docx"), "{said}");
    assert!(!docx.exists());
    let csv = dir.path().join("verslag.csv");
    let out = export(&MINUTES, &csv);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("bestaat niet als .csv") && said.contains("md, html, odt, docx"),
        "{said}"
    );
    assert!(!csv.exists());
    let md = dir.path().join("agenda.md");
    assert_eq!(export(&["calendar"], &md).status.code(), Some(2));
    assert!(!md.exists());
    // The same format both ways is no mismatch.
    let same = dir.path().join("verslag.odt");
    assert!(export(&[MINUTES[0], MINUTES[1], "--format", "odt"], &same).status.success());
}

#[test]
fn help_names_every_format() {
    let help = |args: &[&str]| stdout(&command(args).output().expect("the binary runs"));
    let export = help(&["export", "--help"]);
    for format in ["odt", "docx", "jsonld", "csv", "ics"] {
        assert!(export.contains(format), "export --help lacks {format}:\n{export}");
    }
    let minutes = help(&["export", "minutes", "--help"]);
    for format in ["md", "html", "odt", "docx"] {
        assert!(minutes.contains(&format!("- {format}:")), "{minutes}");
    }
}

#[test]
fn csv_is_for_flemish_excel_unless_csv_comma() {
    let dir = tempfile::tempdir().unwrap();
    let excel = dir.path().join("voortgang.csv");
    assert!(export(&["report", "--from", "2021", "--to", "2021"], &excel).status.success());
    let bytes = std::fs::read(&excel).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF\"code\";\"oude codes\";"), "BOM and semicolons");
    let rfc = dir.path().join("voortgang-rfc.csv");
    let out = export(&["report", "--from", "2021", "--to", "2021", "--csv-comma"], &rfc);
    assert!(out.status.success());
    assert!(std::fs::read(&rfc).unwrap().starts_with(b"\"code\",\"oude codes\","));
}
