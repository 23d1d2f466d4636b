//! The minutes as a Word document: a package Word and LibreOffice open, in Dutch, with the
//! same content and look as the ODT; read back by python-docx and printed by LibreOffice
//! where those are installed (`.ci/run` installs them).

mod common;
mod export_office;

use common::cli::{command_on, stderr};
use common::export::{example_root, minutes_of, part};
use std::process::Command;
use stuurgroep::export::docx;
use stuurgroep::i18n::Lang;

fn example(id: &str, lang: Lang) -> Vec<u8> {
    docx::minutes_docx(&minutes_of(example_root(), id, None, lang), lang).unwrap()
}

#[test]
fn the_docx_says_what_the_odt_says_in_dutch() {
    let bytes = example("2022-06-14-stuurgroep", Lang::Nl);
    let document = part(&bytes, "word/document.xml");
    let styles = part(&bytes, "word/styles.xml");
    let core = part(&bytes, "docProps/core.xml");
    let footer = part(&bytes, "word/footer1.xml");
    assert!(styles.contains(r#"<w:lang w:val="nl-BE""#), "the document is Dutch (Belgium)");
    assert!(styles.contains(r#"<w:rFonts w:ascii="Arial""#));
    assert!(core.contains(
        "<dc:title>Verslag Stuurgroep bovenlokale cultuurwerking – 14 juni 2022</dc:title>"
    ));
    assert!(
        core.contains("<dc:creator>Lotte Verhaegen</dc:creator>")
            && core.contains("<dc:language>nl-BE</dc:language>")
    );
    assert!(
        footer.contains("Stuurgroep bovenlokale cultuurwerking · 14 juni 2022")
            && footer.contains("PAGE")
    );
    assert!(document.contains("<w:cantSplit />"), "table rows never split");
    for (label, colour) in
        [("AANGENOMEN", "2e7d32"), ("VERWORPEN", "c62828"), ("UITGESTELD", "b26a00")]
    {
        assert!(document.contains(label), "{label}");
        assert!(document.contains(&format!(r#"w:color="{colour}""#)), "{label} in its colour");
    }
    assert!(document.contains("Logistiek plan voor de halte"), "follow-ups by the action's text");
    assert!(!document.contains("2022-06-14-stuurgroep/A1"));
    assert!(document.contains("vastgelegd met vingerafdruk blake3:"));
    assert!(
        !document.split(|c: char| !c.is_ascii_hexdigit()).any(|w| w.len() >= 32),
        "no long hash"
    );
    assert_eq!(bytes, example("2022-06-14-stuurgroep", Lang::Nl), "same minutes, same bytes");
    let english = example("2022-06-14-stuurgroep", Lang::En);
    assert!(part(&english, "word/styles.xml").contains(r#"<w:lang w:val="en""#));
    assert!(part(&english, "word/footer1.xml").contains("page "));
}

#[test]
fn hostile_text_stays_inert_in_the_docx() {
    let f = common::Fixture::new();
    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    m.agenda[0].minutes = "<script>alert(1)</script> & \"q\" \u{1b}[2J \u{202e}x".into();
    m.agenda[0].title = "</w:t></w:r><w:evil/>".into();
    f.write_meeting(&m);
    let doc = minutes_of(f.root(), "2021-06-15-stuurgroep", None, Lang::Nl);
    let document = part(&docx::minutes_docx(&doc, Lang::Nl).unwrap(), "word/document.xml");
    assert!(document.contains("&lt;script&gt;") && !document.contains("<script>"));
    assert!(!document.contains("<w:evil/>") && !document.contains('\u{1b}'));
    assert!(!document.contains('\u{202e}'), "a bidi override never reaches the document");
}

#[test]
fn export_minutes_as_docx_writes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("verslag.docx");
    let args = ["export", "minutes", "2021-03-16-stuurgroep", "--format", "docx"];
    let mut command = command_on(example_root(), &args);
    let out = command.arg("-o").arg(&file).output().expect("the binary runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&file).unwrap();
    assert!(part(&bytes, "word/document.xml").contains("Herwerking beleidsplan 2020-2025"));
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs python3 with python-docx; .ci/run installs it and runs this"
)]
#[cfg_attr(windows, ignore = "runs python, a Linux program here")]
fn python_docx_finds_headings_tables_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("verslag.docx");
    std::fs::write(&file, example("2022-06-14-stuurgroep", Lang::Nl)).unwrap();
    let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
heads = [p.text for p in d.paragraphs if p.style.name.startswith('Heading 1')]
print('headings', len(heads))
print('first', heads[0])
print('tables', len(d.tables))
print('actions', d.tables[2].rows[0].cells[1].text, '|', d.tables[2].rows[1].cells[0].text)
print('language', d.styles.element.xpath('//w:docDefaults//w:lang/@w:val')[0])
print('title', d.core_properties.title)
print('author', d.core_properties.author)
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
for t in d.tables:
    print('repeats', [r._tr.find(W + 'trPr').find(W + 'tblHeader') is not None for r in t.rows][:2])
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(&file).output().expect("python3");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        said.contains("headings 8\n") && said.contains("first 1. Opening en aanwezigheden\n"),
        "{said}"
    );
    assert!(said.contains("tables 5\n") && said.contains("actions Actiepunten | A1\n"), "{said}");
    assert!(
        said.contains("language nl-BE\n") && said.contains("author Lotte Verhaegen\n"),
        "{said}"
    );
    assert!(said.contains("title Verslag Stuurgroep bovenlokale cultuurwerking – 14 juni 2022\n"));
    // The action table's header row repeats on every page it runs onto; the facts tables
    // have no header row.
    let repeats: Vec<&str> = said.lines().filter(|l| l.starts_with("repeats ")).collect();
    assert_eq!(repeats.len(), 5, "{said}");
    assert_eq!(repeats[..2], ["repeats [False, False]"; 2], "facts: {said}");
    assert_eq!(repeats[2..], ["repeats [True, False]"; 3], "action tables: {said}");
}

/// A meeting whose action table runs over several pages: 70 action items.
fn long_action_table(f: &common::Fixture) -> stuurgroep::export::model::MinutesDoc {
    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    let template = m.agenda[0].actions[0].clone();
    m.agenda[0].actions = (1..=70)
        .map(|n| stuurgroep::domain::meeting::ActionItem {
            number: n,
            text: format!("Taak {n}: de vrijwilligers van de Boekenstoet opbellen en hun beschikbaarheid noteren").into(),
            ..template.clone()
        })
        .collect();
    f.write_meeting(&m);
    minutes_of(f.root(), "2021-06-15-stuurgroep", None, Lang::Nl)
}

#[test]
fn the_action_table_header_is_marked_to_repeat_on_every_page() {
    let f = common::Fixture::new();
    let document =
        part(&docx::minutes_docx(&long_action_table(&f), Lang::Nl).unwrap(), "word/document.xml");
    // One action table, its first row marked; the facts tables above it are not.
    assert_eq!(document.matches("<w:tblHeader />").count(), 1);
    let header = document.find("<w:tblHeader />").unwrap();
    let tables: Vec<usize> = document.match_indices("<w:tbl>").map(|(i, _)| i).collect();
    let last = *tables.last().unwrap();
    assert!(tables.len() >= 2 && header > last, "the mark is in the action table, the last");
    let first_row = document[last..].find("<w:tr>").unwrap() + last;
    let second_row = document[first_row + 1..].find("<w:tr>").unwrap() + first_row + 1;
    assert!(first_row < header && header < second_row, "on its first row only");
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs LibreOffice and poppler-utils; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs LibreOffice and poppler, Linux programs")]
fn libreoffice_repeats_the_action_table_header_on_every_page() {
    let f = common::Fixture::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("verslag.docx");
    std::fs::write(&file, docx::minutes_docx(&long_action_table(&f), Lang::Nl).unwrap()).unwrap();
    let pdf = export_office::to_pdf(&file);
    assert!(pdf.pages >= 3, "{} pages", pdf.pages);
    let pages: Vec<&str> = pdf.text.split('\u{c}').filter(|p| p.contains("Taak ")).collect();
    assert!(pages.len() >= 2, "the table runs over several pages");
    for (i, page) in pages.iter().enumerate() {
        let head =
            page.find("Actiepunten").unwrap_or_else(|| panic!("page {}: no header\n{page}", i + 1));
        assert!(head < page.find("Taak ").unwrap(), "page {}: the header comes first", i + 1);
    }
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs LibreOffice and poppler-utils; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs LibreOffice and poppler, Linux programs")]
fn libreoffice_prints_the_docx_in_a_sans_serif_with_footer_and_page_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("verslag.docx");
    std::fs::write(&file, example("2022-06-14-stuurgroep", Lang::Nl)).unwrap();
    let pdf = export_office::to_pdf(&file);
    assert!((2..=4).contains(&pdf.pages), "{} pages", pdf.pages);
    export_office::assert_printed_well(
        &pdf,
        "Stuurgroep bovenlokale cultuurwerking · 14 juni 2022",
    );
    assert!(pdf.text.contains("VERWORPEN") && pdf.text.contains("UITGESTELD"));
}
