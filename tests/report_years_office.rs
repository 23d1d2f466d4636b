//! The report to the government as ODT and DOCX (`export report -o verslag.odt`): the
//! packages the minutes use, saying per objective and per year what the Markdown says; and
//! LibreOffice opening both (ignored: needs LibreOffice and poppler, run by `.ci/run`).

mod export_office;

use std::io::Read;
use std::path::Path;

/// `export report` for `years` into `file`.
fn export(file: &Path, from: &str, to: &str) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_stuurgroep"))
        .args(["export", "report", "--from", from, "--to", to, "--lang", "nl", "--dir"])
        .arg(env!("CARGO_MANIFEST_DIR"))
        .arg("-o")
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The text of entry `name` of the zip `file`.
fn entry(file: &Path, name: &str) -> String {
    let bytes = std::fs::read(file).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name} in {file:?}"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_odt_and_the_docx_say_per_objective_and_per_year_what_was_decided_and_reached() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("verslag.odt", "content.xml"), ("verslag.docx", "word/document.xml")] {
        let file = dir.path().join(name);
        export(&file, "2021", "2021");
        let xml = entry(&file, content);
        for said in [
            "Verslag per doelstelling en per jaar",
            "SD1 OD1",
            "2021-11-16-stuurgroep/2",
            "Bereikt: Halle, Sint-Pieters-Leeuw",
            "Wijzigingen in het plan",
            "Besluiten: 16, Actiepunten: 9",
        ] {
            assert!(xml.contains(said), "{name}: {said:?}");
        }
        assert!(!xml.contains("2022-06-14-stuurgroep/1"), "{name}: only 2021");
    }
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs LibreOffice and poppler-utils; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs LibreOffice and poppler, Linux programs")]
fn libreoffice_opens_the_report_as_odt_and_docx() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["verslag.odt", "verslag.docx"] {
        let file = dir.path().join(name);
        export(&file, "2020", "2022");
        let pdf = export_office::to_pdf(&file);
        assert!(pdf.pages >= 2, "{name}: {} pages", pdf.pages);
        let text = pdf.text.split_whitespace().collect::<Vec<_>>().join(" ");
        for said in ["Verslag per doelstelling en per jaar", "SD5 OD1", "Bereikt:"] {
            assert!(text.contains(said), "{name}: {said:?} in the PDF");
        }
    }
}
