//! The agenda (invitation) sent before a meeting: items with their explanation, the action
//! items still open when it starts, the minutes to approve; in md, html, odt, docx and ics.

mod common;
mod export_office;

use common::cli::{command_on, stderr};
use common::export::{example_root, loaded, meeting, part};
use std::path::Path;
use stuurgroep::export::{agenda, docx, odt};
use stuurgroep::i18n::Lang;

fn agenda_of(root: &Path, id: &str, lang: Lang) -> agenda::AgendaDoc {
    let (folder, index) = loaded(root);
    let m = meeting(&folder, id);
    agenda::agenda_doc(m, &folder, &index, "Cultuurregio Pajottenland-Zennevallei", lang)
}

fn example() -> agenda::AgendaDoc {
    agenda_of(example_root(), "2022-10-11-stuurgroep", Lang::Nl)
}

#[test]
fn the_invitation_lists_items_open_actions_and_minutes_to_approve() {
    let doc = example();
    let refs: Vec<&str> = doc.open_actions.iter().map(|a| a[0].as_str()).collect();
    // Open as the meeting starts: what it marked done itself still shows.
    assert_eq!(
        refs,
        [
            "2022-03-15-stuurgroep/A2",
            "2022-06-14-stuurgroep/A1",
            "2022-06-14-stuurgroep/A2",
            "2022-06-14-stuurgroep/A3"
        ]
    );
    assert_eq!(doc.to_approve, ["Verslag Stuurgroep bovenlokale cultuurwerking – 14 juni 2022"]);
    insta::assert_snapshot!(agenda::markdown(&doc, Lang::Nl));
    let html = agenda::html(&doc, Lang::Nl);
    assert!(
        html.contains(
            "<h1>Uitnodiging Stuurgroep bovenlokale cultuurwerking – 11 oktober 2022</h1>"
        )
    );
    assert!(
        html.contains("<h2>Op te volgen actiepunten</h2>")
            && html.contains("<h2>Goed te keuren verslagen</h2>")
    );
}

#[test]
fn the_invitation_as_odt_and_docx() {
    let doc = example();
    let layout = agenda::layout(&doc, Lang::Nl);
    let content = part(&odt::package(&layout).unwrap(), "content.xml");
    assert!(
        content.contains("Uitnodiging Stuurgroep bovenlokale cultuurwerking – 11 oktober 2022")
    );
    assert!(content.contains(">2022-06-14 A2<") && content.contains("DatedColumn0"));
    assert!(content.contains("Verslag Stuurgroep bovenlokale cultuurwerking – 14 juni 2022"));
    let document = part(&docx::package(&layout).unwrap(), "word/document.xml");
    assert!(document.contains("Op te volgen actiepunten") && document.contains("2022-06-14 A2"));
    let english = agenda::layout(
        &agenda_of(Path::new(env!("CARGO_MANIFEST_DIR")), "2022-10-11-stuurgroep", Lang::En),
        Lang::En,
    );
    assert_eq!(english.title, "Invitation Stuurgroep bovenlokale cultuurwerking – 11 October 2022");
}

#[test]
fn the_invitation_for_a_calendar_and_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str| {
        let file = dir.path().join(name);
        let mut command =
            command_on(example_root(), &["export", "agenda", "2022-10-11-stuurgroep"]);
        let out = command.arg("-o").arg(&file).output().expect("the binary runs");
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::read(&file).unwrap()
    };
    let ics = String::from_utf8(run("uitnodiging.ics")).unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert!(ics.contains("DTSTART;TZID=Europe/Brussels:20221011T193000"));
    assert!(run("uitnodiging.docx").starts_with(b"PK"));
    assert!(String::from_utf8(run("uitnodiging.md")).unwrap().starts_with("# Uitnodiging"));
}

#[test]
fn hostile_text_stays_inert_in_the_invitation() {
    let f = common::Fixture::new();
    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    m.agenda[0].title = "<script>alert(1)</script> \u{1b}[2J".into();
    f.write_meeting(&m);
    let doc = agenda_of(f.root(), "2021-06-15-stuurgroep", Lang::Nl);
    let html = agenda::html(&doc, Lang::Nl);
    assert!(!html.contains("<script>") && !html.contains('\u{1b}'));
    let md = agenda::markdown(&doc, Lang::Nl);
    assert!(!md.contains("<script>") && !md.contains('\u{1b}'));
    let content = part(&odt::package(&agenda::layout(&doc, Lang::Nl)).unwrap(), "content.xml");
    assert!(!content.contains("<script>") && !content.contains('\u{1b}'));
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs LibreOffice and poppler-utils; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs LibreOffice and poppler, Linux programs")]
fn libreoffice_prints_the_invitation() {
    let dir = tempfile::tempdir().unwrap();
    let layout = agenda::layout(&example(), Lang::Nl);
    for (name, bytes) in [
        ("uitnodiging.odt", odt::package(&layout).unwrap()),
        ("uitnodiging.docx", docx::package(&layout).unwrap()),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let pdf = export_office::to_pdf(&file);
        export_office::assert_printed_well(
            &pdf,
            "Stuurgroep bovenlokale cultuurwerking · 11 oktober 2022",
        );
        // The number column holds the day and the number, wrapped at the space if need be.
        assert!(pdf.text.contains("Op te volgen actiepunten") && pdf.text.contains("2022-06-14"));
    }
}

fn export(args: &[&str]) -> String {
    let out = command_on(example_root(), &[&["export"], args].concat()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_invitation_and_the_calendar_are_one_event() {
    // A member who imports the invitation and later the calendar gets one event, updated.
    let uid = |ics: &str| -> String {
        let unfolded = ics.replace("\r\n ", "");
        let event = unfolded
            .split("BEGIN:VEVENT")
            .find(|e| e.contains("DTSTART;TZID=Europe/Brussels:20221011T"));
        let line = event
            .expect("the meeting of 11 October 2022")
            .split("\r\n")
            .find(|l| l.starts_with("UID:"));
        line.expect("a UID").to_owned()
    };
    let invitation = export(&["agenda", "2022-10-11-stuurgroep", "--format", "ics"]);
    let calendar = export(&["calendar", "--body", "stuurgroep"]);
    assert_eq!(uid(&invitation), uid(&calendar));
    assert!(uid(&invitation).starts_with("UID:2022-10-11-stuurgroep@"));
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs python3 with icalendar and python-docx; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn python_reads_the_invitation_as_docx_and_as_ics() {
    let dir = tempfile::tempdir().unwrap();
    let (ics, word) = (dir.path().join("uitnodiging.ics"), dir.path().join("uitnodiging.docx"));
    std::fs::write(&ics, export(&["agenda", "2022-10-11-stuurgroep", "--format", "ics"])).unwrap();
    std::fs::write(&word, docx::package(&agenda::layout(&example(), Lang::Nl)).unwrap()).unwrap();
    let script = r#"
import sys, icalendar, docx
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print('event', e['DTSTART'].params['TZID'], e['DTSTART'].dt.isoformat(), e['DTSTAMP'].dt.tzname())
print('timezones', [str(t['TZID']) for t in cal.walk('VTIMEZONE')])
d = docx.Document(sys.argv[2])
print('title', d.core_properties.title)
print('language', d.styles.element.xpath('//w:docDefaults//w:lang/@w:val')[0])
print('headings', [p.text for p in d.paragraphs if p.style.name.startswith('Heading')][:2])
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
for t in d.tables:
    head = t.rows[0]._tr.find(W + 'trPr').find(W + 'tblHeader') is not None
    print('table', len(t.rows), head, t.rows[0].cells[1].text)
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&ics)
        .arg(&word)
        .output()
        .expect("python3");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("event Europe/Brussels 2022-10-11T19:30:00+02:00 UTC\n"), "{said}");
    assert!(said.contains("timezones ['Europe/Brussels']"), "{said}");
    assert!(
        said.contains(
            "title Uitnodiging Stuurgroep bovenlokale cultuurwerking – 11 oktober 2022\n"
        ),
        "{said}"
    );
    assert!(said.contains("language nl-BE\n"), "{said}");
    // The open action items as a table whose header repeats on every page.
    assert!(said.lines().any(|l| l.starts_with("table ") && l.contains(" True ")), "{said}");
}
