//! The minutes as an OpenDocument text file (LibreOffice, Word): `mimetype` first and stored,
//! then the manifest, the styles and the content, all folder text escaped for XML.

use super::escape::xml;
use super::minutes::{attendance, decision_lines, facts, title};
use super::model::MinutesDoc;
use crate::export::strings::minutes::{Word, word};
use crate::i18n::Lang;
use std::io::{Cursor, Write};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3""#;

/// Headings, table cells and the decision frame.
fn styles() -> String {
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NAMESPACES}>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Sans"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Decision" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4cm" fo:border-left="0.06cm solid #33aa66" fo:padding-left="0.2cm"/></style:style>
  <style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:color="#555555"/></style:style>
 </office:styles>
</office:document-styles>
"##
    )
}

/// Table styles used by the content.
const AUTOMATIC: &str = r##"<office:automatic-styles>
  <style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.03cm solid #999999" fo:padding="0.08cm"/></style:style>
  <style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:border="0.03cm solid #999999" fo:padding="0.08cm" fo:background-color="#eeeeee"/></style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>"##;

/// A paragraph of `style` whose line breaks stay line breaks.
fn paragraph(style: &str, text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(xml).collect();
    format!("<text:p text:style-name=\"{style}\">{}</text:p>\n", lines.join("<text:line-break/>"))
}

fn heading(level: u8, text: &str) -> String {
    format!(
        "<text:h text:style-name=\"Heading_20_{level}\" text:outline-level=\"{level}\">{}</text:h>\n",
        xml(text)
    )
}

/// A table named `name` (unique in the document) of `columns` columns, with a header row
/// unless `head` is empty.
fn table(name: &str, columns: usize, head: &[&str], rows: &[Vec<String>]) -> String {
    let cell = |style: &str, text: &str| {
        format!(
            "<table:table-cell table:style-name=\"{style}\" office:value-type=\"string\">{}</table:table-cell>",
            paragraph("Standard", text)
        )
    };
    let mut out = format!(
        "<table:table table:name=\"{}\" table:style-name=\"Table\"><table:table-column table:number-columns-repeated=\"{columns}\"/>\n",
        xml(name)
    );
    if !head.is_empty() {
        out.push_str("<table:table-header-rows><table:table-row>");
        head.iter().for_each(|h| out.push_str(&cell("HeadCell", h)));
        out.push_str("</table:table-row></table:table-header-rows>\n");
    }
    for row in rows {
        out.push_str("<table:table-row>");
        row.iter().for_each(|c| out.push_str(&cell("Cell", c)));
        out.push_str("</table:table-row>\n");
    }
    out.push_str("</table:table>\n");
    out
}

/// The body of the document.
fn body(doc: &MinutesDoc, lang: Lang) -> String {
    let mut out =
        format!("<text:p text:style-name=\"Title\">{}</text:p>\n", xml(&title(doc, lang)));
    out.push_str(&paragraph("Meta", &doc.organisation));
    let rows = |pairs: Vec<(&'static str, String)>| {
        pairs.into_iter().map(|(k, v)| vec![k.to_owned(), v]).collect::<Vec<_>>()
    };
    out.push_str(&table("Vergadering", 2, &[], &rows(facts(doc, lang))));
    out.push_str(&table("Aanwezigheden", 2, &[], &rows(attendance(doc, lang))));
    for item in &doc.items {
        out.push_str(&heading(1, &format!("{}. {}", item.number, item.title)));
        for p in item.minutes.split("\n\n") {
            out.push_str(&paragraph("Standard", p));
        }
        for d in &item.decisions {
            out.push_str(&heading(
                2,
                &format!("{} {} ({})", word(lang, Word::Decision), d.number, d.id),
            ));
            out.push_str(&paragraph("Decision", &d.text));
            for line in decision_lines(d, lang) {
                out.push_str(&paragraph("Meta", &line));
            }
        }
        if !item.actions.is_empty() {
            out.push_str(&heading(2, word(lang, Word::Actions)));
            let rows: Vec<Vec<String>> = item
                .actions
                .iter()
                .map(|a| {
                    vec![
                        a.id.clone(),
                        a.text.clone(),
                        a.owner.label.clone(),
                        a.due.map(|d| d.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            let name = format!("Actiepunten {}", item.number);
            let head =
                ["#", word(lang, Word::Actions), word(lang, Word::Owner), word(lang, Word::Due)];
            out.push_str(&table(&name, 4, &head, &rows));
        }
        if !item.follow_ups.is_empty() {
            out.push_str(&heading(2, word(lang, Word::FollowUps)));
            for f in &item.follow_ups {
                let what = f.action_text.as_ref().map(|t| format!(" {t}")).unwrap_or_default();
                out.push_str(&paragraph(
                    "Standard",
                    &format!("{}{what}: {}. {}", f.action, f.status_label, f.note),
                ));
            }
        }
    }
    out.push_str(&paragraph(
        "Meta",
        &format!("{}: {}", word(lang, Word::Status), doc.status_label),
    ));
    for (meeting, hash) in &doc.approves {
        out.push_str(&paragraph(
            "Meta",
            &format!("{} {meeting} ({hash})", word(lang, Word::Approves)),
        ));
    }
    out
}

/// The content document.
pub fn content_xml(doc: &MinutesDoc, lang: Lang) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content {NAMESPACES}>\n {AUTOMATIC}\n <office:body><office:text>\n{}</office:text></office:body>\n</office:document-content>\n",
        body(doc, lang)
    )
}

/// The minutes as the bytes of an `.odt` file. The zip entries carry a fixed date, so the
/// same minutes give the same file.
pub fn minutes_odt(doc: &MinutesDoc, lang: Lang) -> Result<Vec<u8>, std::io::Error> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let fixed = zip::DateTime::default();
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(fixed);
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(fixed);
    zip.start_file("mimetype", stored)?;
    zip.write_all(MIMETYPE.as_bytes())?;
    for (name, text) in [
        ("META-INF/manifest.xml", MANIFEST.to_owned()),
        ("styles.xml", styles()),
        ("content.xml", content_xml(doc, lang)),
    ] {
        zip.start_file(name, deflated)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
