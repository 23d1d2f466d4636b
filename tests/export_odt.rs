//! The minutes as an ODT file: a valid OpenDocument package, well-formed XML, hostile text
//! inert; and, where LibreOffice is installed, converted to PDF.

mod common;
mod export_office;

use std::io::Read;
use std::path::Path;
use stuurgroep::export::{model, odt};
use stuurgroep::i18n::Lang;

fn minutes_of(root: &Path, id: &str) -> model::MinutesDoc {
    common::export::minutes_of(root, id, Some("Cultuurregio"), Lang::Nl)
}

/// Checks that `xml` is well-formed: tags nest and close, attributes are quoted, every `&`
/// starts an entity, and no control character other than tab and newline occurs.
fn assert_well_formed(xml: &str) {
    assert!(
        !xml.chars()
            .any(|c| (c.is_control() && !"\n\t\r".contains(c)) || "\u{FFFE}\u{FFFF}".contains(c)),
        "control character in XML"
    );
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml.trim_start_matches(|c| c != '<');
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "stray > in text: {text:?}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&entity),
                "bad entity {entity:?}"
            );
        }
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in <{tag}>");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.trim()), "mismatched </{name}>");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap_or("").to_owned());
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

fn entries(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().to_owned(), f.compression(), text)
        })
        .collect()
}

#[test]
fn the_odt_is_a_valid_opendocument_package() {
    let doc = minutes_of(Path::new(env!("CARGO_MANIFEST_DIR")), "2021-03-16-stuurgroep");
    let bytes = odt::minutes_odt(&doc, Lang::Nl).unwrap();
    assert_eq!(
        &bytes[30..38],
        b"mimetype",
        "mimetype is the first entry, its name right after the header"
    );
    let files = entries(&bytes);
    assert_eq!(files[0].0, "mimetype");
    assert_eq!(files[0].1, zip::CompressionMethod::Stored);
    assert_eq!(files[0].2, "application/vnd.oasis.opendocument.text");
    let get = |name: &str| files.iter().find(|f| f.0 == name).map(|f| f.2.clone()).unwrap();
    let manifest = get("META-INF/manifest.xml");
    assert!(
        manifest.contains("full-path=\"content.xml\"")
            && manifest.contains("full-path=\"styles.xml\"")
    );
    let content = get("content.xml");
    for xml in [&manifest, &content, &get("styles.xml")] {
        assert_well_formed(xml);
    }
    assert!(content.contains("Verslag Stuurgroep bovenlokale cultuurwerking – 16 maart 2021"));
    assert!(content.contains("Herwerking beleidsplan 2020-2025"));
    assert!(content.contains("<text:h text:style-name=\"Heading_20_1\""), "headings are styled");
    assert!(content.contains("<table:table "), "tables for the header and the action items");
    assert_eq!(bytes, odt::minutes_odt(&doc, Lang::Nl).unwrap(), "same minutes, same bytes");
}

#[test]
fn hostile_text_stays_inert_in_the_odt() {
    let f = common::Fixture::new();
    let mut m = common::meeting("2021-06-15");
    m.status = stuurgroep::domain::meeting::MinutesStatus::Draft;
    m.agenda[0].minutes =
        "<script>alert(1)</script> & \"quotes\" \u{1b}[2J \u{0} \u{FFFF}\u{FFFE} =cmd|' /C calc'!A0".into();
    m.agenda[0].title = "</text:h><office:evil/>".into();
    f.write_meeting(&m);
    let doc = minutes_of(f.root(), "2021-06-15-stuurgroep");
    let files = entries(&odt::minutes_odt(&doc, Lang::Nl).unwrap());
    let content = &files.iter().find(|f| f.0 == "content.xml").unwrap().2;
    assert_well_formed(content);
    assert!(
        content.contains("&lt;script&gt;")
            && !content.contains("<script>")
            && !content.contains("<office:evil/>")
    );
}

#[test]
fn the_odt_declares_fonts_language_metadata_and_footer() {
    let doc = minutes_of(Path::new(env!("CARGO_MANIFEST_DIR")), "2022-06-14-stuurgroep");
    let files = entries(&odt::minutes_odt(&doc, Lang::Nl).unwrap());
    let get = |name: &str| files.iter().find(|f| f.0 == name).map(|f| f.2.clone()).unwrap();
    let (styles, content, meta) = (get("styles.xml"), get("content.xml"), get("meta.xml"));
    assert_well_formed(&meta);
    assert!(get("META-INF/manifest.xml").contains("full-path=\"meta.xml\""));
    assert!(styles.contains("<style:font-face style:name=\"Arial\""), "the font is declared");
    assert!(styles.contains("fo:language=\"nl\" fo:country=\"BE\""), "Dutch (Belgium)");
    assert!(meta.contains("<dc:language>nl-BE</dc:language>"));
    assert!(
        meta.contains("<dc:title>Verslag Stuurgroep bovenlokale cultuurwerking – 14 juni 2022")
    );
    assert!(meta.contains("<dc:creator>Lotte Verhaegen</dc:creator>"), "the secretary wrote it");
    assert!(styles.contains(
        "Stuurgroep bovenlokale cultuurwerking · 14 juni 2022<text:tab/>pagina <text:page-number"
    ));
    // An adopted, a rejected and a postponed decision each framed and labelled in its colour.
    for outcome in ["AANGENOMEN", "VERWORPEN", "UITGESTELD"] {
        let style = match outcome {
            "AANGENOMEN" => "adopted",
            "VERWORPEN" => "rejected",
            _ => "postponed",
        };
        let label = format!(
            "<text:span text:style-name=\"Outcome_{style}\">{}</text:span>",
            outcome.to_lowercase()
        );
        assert!(content.contains(&label), "{label}");
        assert!(content.contains(&format!("<text:p text:style-name=\"Decision_{style}\">")));
    }
    // Rows never split; the task column is the widest, the date and number narrow.
    assert!(content.contains("<style:table-row-properties fo:keep-together=\"always\"/>"));
    assert!(content.contains("ActionColumn1\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"9.18cm\""));
    // Follow-ups are a list with the action's text, not its id.
    assert!(content.contains("<text:list text:style-name=\"Bullets\">"));
    assert!(
        content.contains("<text:list-item><text:p text:style-name=\"List_20_Text\">Logistiek plan")
    );
    assert!(!content.contains("2022-06-14-stuurgroep/A1"), "action numbers are short");
    // The approval: a short fingerprint on a small closing line.
    assert!(content.contains("<text:p text:style-name=\"Closing\">Keurt het verslag 2022-03-15-stuurgroep goed, vastgelegd met vingerafdruk blake3:"));
    assert!(!content.split(|c: char| !c.is_ascii_hexdigit()).any(|w| w.len() >= 32));
    let english = entries(&odt::minutes_odt(&minutes_of_en(), Lang::En).unwrap());
    let styles_en = &english.iter().find(|f| f.0 == "styles.xml").unwrap().2;
    assert!(
        styles_en.contains("fo:language=\"en\" fo:country=\"none\"")
            && styles_en.contains("page <text:page-number")
    );
}

fn minutes_of_en() -> model::MinutesDoc {
    let root = common::export::example_root();
    common::export::minutes_of(root, "2022-06-14-stuurgroep", Some("Cultuurregio"), Lang::En)
}

#[test]
#[cfg_attr(
    not(windows),
    ignore = "needs LibreOffice and poppler-utils; .ci/run installs them and runs this"
)]
#[cfg_attr(windows, ignore = "runs LibreOffice and poppler, Linux programs")]
fn libreoffice_prints_the_odt_in_a_sans_serif_with_footer_and_page_numbers() {
    let dir = tempfile::tempdir().unwrap();
    for (id, footer, most) in [
        ("2022-06-14-stuurgroep", "Stuurgroep bovenlokale cultuurwerking · 14 juni 2022", 4),
        ("2021-03-30-raad-van-bestuur", "Raad van bestuur · 30 maart 2021", 4),
    ] {
        let doc = minutes_of(Path::new(env!("CARGO_MANIFEST_DIR")), id);
        let file = dir.path().join(format!("{id}.odt"));
        std::fs::write(&file, odt::minutes_odt(&doc, Lang::Nl).unwrap()).unwrap();
        let pdf = export_office::to_pdf(&file);
        assert!((1..=most).contains(&pdf.pages), "{id}: {} pages", pdf.pages);
        export_office::assert_printed_well(&pdf, footer);
        assert!(pdf.text.contains("AANGENOMEN"), "the outcome is printed as a label");
    }
}
