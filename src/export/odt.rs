//! The minutes as an OpenDocument text file (LibreOffice, Word): `mimetype` first and stored,
//! then the manifest, the metadata, the styles and the content, all folder text escaped for
//! XML. What the document says comes from [`super::layout`]; this file only writes it.

use super::escape::xml;
use super::layout::{Block, Columns, DecisionBlock, FollowUpEntry, Layout};
use super::model::MinutesDoc;
use super::odt_styles::{FONT_FACES, NAMESPACES, OUTCOMES, meta, styles};
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
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

/// The width of the text on an A4 page with 2 cm margins, in cm.
const TEXT_WIDTH: f64 = 17.0;

/// Table, column and row styles used by the content: the facts table's label column narrow,
/// the action table's columns by what they hold; no row splits across a page.
fn automatic_styles() -> String {
    let mut out = String::from("<office:automatic-styles>\n");
    out.push_str(r##"  <style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/></style:style>
  <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.02cm solid #aaaaaa" fo:padding-left="0.12cm" fo:padding-right="0.12cm" fo:padding-top="0.06cm" fo:padding-bottom="0.06cm"/></style:style>
  <style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:border="0.02cm solid #aaaaaa" fo:padding-left="0.12cm" fo:padding-right="0.12cm" fo:padding-top="0.06cm" fo:padding-bottom="0.06cm" fo:background-color="#eeeeee"/></style:style>
  <style:style style:name="FactLabel" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="FactValue" style:family="table-column"><style:table-column-properties style:column-width="13cm"/></style:style>
"##);
    for columns in [Columns::Short, Columns::Dated] {
        for (i, share) in columns.shares().iter().enumerate() {
            let width = TEXT_WIDTH * f64::from(*share) / 100.0;
            out.push_str(&format!(
                "  <style:style style:name=\"{}{i}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{width:.2}cm\"/></style:style>\n",
                columns.name()
            ));
        }
    }
    out.push_str(" </office:automatic-styles>");
    out
}

/// A paragraph of `style` whose line breaks stay line breaks.
fn paragraph(style: &str, text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(xml).collect();
    format!("<text:p text:style-name=\"{style}\">{}</text:p>\n", lines.join("<text:line-break/>"))
}

/// Text with blank lines between paragraphs, each a paragraph of `style`.
fn paragraphs(style: &str, text: &str) -> String {
    text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| paragraph(style, p)).collect()
}

fn heading(level: u8, text: &str, small: Option<&str>) -> String {
    let small = small
        .map(|s| format!(" <text:span text:style-name=\"Small\">({})</text:span>", xml(s)))
        .unwrap_or_default();
    format!(
        "<text:h text:style-name=\"Heading_20_{level}\" text:outline-level=\"{level}\">{}{small}</text:h>\n",
        xml(text)
    )
}

fn cell(style: &str, paragraph_style: &str, text: &str) -> String {
    format!(
        "<table:table-cell table:style-name=\"{style}\" office:value-type=\"string\">{}</table:table-cell>",
        paragraph(paragraph_style, text)
    )
}

fn facts_table(name: &str, rows: &[(String, String)]) -> String {
    let mut out = format!(
        "<table:table table:name=\"{name}\" table:style-name=\"Table\"><table:table-column table:style-name=\"FactLabel\"/><table:table-column table:style-name=\"FactValue\"/>\n"
    );
    for (label, value) in rows {
        out.push_str("<table:table-row table:style-name=\"Row\">");
        out.push_str(&cell("HeadCell", "Table_20_Heading", label));
        out.push_str(&cell("Cell", "Table_20_Contents", value));
        out.push_str("</table:table-row>\n");
    }
    out.push_str("</table:table>\n");
    out
}

/// The action items: the header row repeats on every page the table runs onto.
fn actions_table(name: &str, head: &[String; 4], rows: &[[String; 4]], c: Columns) -> String {
    let mut out = format!("<table:table table:name=\"{name}\" table:style-name=\"Table\">");
    for i in 0..head.len() {
        out.push_str(&format!("<table:table-column table:style-name=\"{}{i}\"/>", c.name()));
    }
    out.push_str("\n<table:table-header-rows><table:table-row table:style-name=\"Row\">");
    head.iter().for_each(|h| out.push_str(&cell("HeadCell", "Table_20_Heading", h)));
    out.push_str("</table:table-row></table:table-header-rows>\n");
    for row in rows {
        out.push_str("<table:table-row table:style-name=\"Row\">");
        row.iter().for_each(|c| out.push_str(&cell("Cell", "Table_20_Contents", c)));
        out.push_str("</table:table-row>\n");
    }
    out.push_str("</table:table>\n");
    out
}

/// A decision: its text framed in the outcome's colour, the outcome as a coloured label with
/// the vote, then the objectives and what it amends, in the same frame.
fn decision(d: &DecisionBlock) -> String {
    // An outcome the styles do not know would lose its frame: fall back to the neutral one.
    let outcome = OUTCOMES.iter().find(|(name, _)| *name == d.outcome).map_or("adopted", |o| o.0);
    let mut out = heading(2, &d.heading, Some(&d.reference));
    out.push_str(&paragraphs(&format!("Decision_{outcome}"), &d.text));
    let vote = d.vote.as_ref().map(|v| format!(" · {}", xml(v))).unwrap_or_default();
    out.push_str(&format!(
        "<text:p text:style-name=\"DecisionMeta_{outcome}\">{} <text:span text:style-name=\"Outcome_{outcome}\">{}</text:span>{vote}</text:p>\n",
        xml(&d.outcome_caption),
        xml(&d.outcome_label)
    ));
    for note in &d.notes {
        out.push_str(&paragraph(&format!("DecisionMeta_{outcome}"), note));
    }
    out
}

fn follow_ups(entries: &[FollowUpEntry]) -> String {
    let mut out = String::from("<text:list text:style-name=\"Bullets\">\n");
    for f in entries {
        let note =
            if f.note.trim().is_empty() { String::new() } else { format!(" {}", xml(&f.note)) };
        out.push_str(&format!(
            "<text:list-item><text:p text:style-name=\"List_20_Text\">{}: <text:span text:style-name=\"Strong\">{}</text:span>.{note}</text:p></text:list-item>\n",
            xml(&f.action),
            xml(&f.status)
        ));
    }
    out.push_str("</text:list>\n");
    out
}

/// The body of the document.
fn body(layout: &Layout) -> String {
    let mut out = paragraph("Title", &layout.title);
    out.push_str(&paragraph("Subtitle", &layout.subtitle));
    let mut tables = 0;
    for block in &layout.blocks {
        match block {
            Block::Facts(rows) => {
                tables += 1;
                out.push_str(&facts_table(&format!("Table{tables}"), rows));
            }
            Block::Heading(level, text) => out.push_str(&heading(*level, text, None)),
            Block::Text(text) => out.push_str(&paragraphs("Standard", text)),
            Block::Decision(d) => out.push_str(&decision(d)),
            Block::Actions(head, rows, columns) => {
                tables += 1;
                out.push_str(&actions_table(&format!("Table{tables}"), head, rows, *columns));
            }
            Block::FollowUps(entries) => out.push_str(&follow_ups(entries)),
            Block::Closing(lines) => {
                for (i, line) in lines.iter().enumerate() {
                    out.push_str(&paragraph(
                        if i == 0 { "Closing_20_First" } else { "Closing" },
                        line,
                    ));
                }
            }
        }
    }
    out
}

/// The content document.
pub fn content_xml(layout: &Layout) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content {NAMESPACES}>\n {FONT_FACES}\n {}\n <office:body><office:text>\n{}</office:text></office:body>\n</office:document-content>\n",
        automatic_styles(),
        body(layout)
    )
}

/// The minutes as the bytes of an `.odt` file.
pub fn minutes_odt(doc: &MinutesDoc, lang: Lang) -> Result<Vec<u8>, std::io::Error> {
    package(&super::layout::minutes(doc, lang))
}

/// A laid-out document as the bytes of an `.odt` file. The zip entries carry a fixed date,
/// so the same document gives the same file.
pub fn package(layout: &Layout) -> Result<Vec<u8>, std::io::Error> {
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
        ("meta.xml", meta(layout)),
        ("styles.xml", styles(layout)),
        ("content.xml", content_xml(layout)),
    ] {
        zip.start_file(name, deflated)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
