//! The styles and metadata parts of the ODT minutes: declared fonts with fallbacks, one body
//! size, paragraph spacing, decisions framed in their outcome's colour, an A4 page with a
//! footer that names the association, body and date and counts the pages, and the document
//! language, so a spell checker reads the Dutch as Dutch.

use super::escape::xml;
use super::layout::Layout;

/// The namespaces of every part.
pub(super) const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3""#;

/// Arial exists on Windows and macOS; LibreOffice tries the names after the `;` in turn
/// (Liberation Sans and Arimo are metric twins, DejaVu Sans is on nearly every Linux), and
/// the generic family keeps any fallback a sans-serif.
pub(super) const FONT_FACES: &str = r#"<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial;Liberation Sans;Arimo;Helvetica;DejaVu Sans" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>"#;

/// The colour of each outcome, as in the HTML minutes: green, red, amber.
pub(super) const OUTCOMES: [(&str, &str); 3] =
    [("adopted", "#2e7d32"), ("rejected", "#c62828"), ("postponed", "#b26a00")];

fn outcome_styles() -> String {
    OUTCOMES
        .iter()
        .map(|(name, colour)| {
            let frame = format!(
                r#"fo:margin-left="0.2cm" fo:padding-left="0.3cm" fo:border-left="0.1cm solid {colour}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none""#
            );
            format!(
                r#"
  <style:style style:name="Decision_{name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties {frame} fo:margin-bottom="0.1cm" fo:keep-with-next="always"/></style:style>
  <style:style style:name="DecisionMeta_{name}" style:family="paragraph" style:parent-style-name="Meta"><style:paragraph-properties {frame} fo:margin-bottom="0.05cm"/></style:style>
  <style:style style:name="Outcome_{name}" style:family="text"><style:text-properties fo:color="{colour}" fo:font-weight="bold" fo:text-transform="uppercase" fo:letter-spacing="0.02cm"/></style:style>"#
            )
        })
        .collect()
}

fn language(layout: &Layout) -> String {
    let (language, country) = layout.language.split_once('-').unwrap_or((layout.language, ""));
    let country = if country.is_empty() { "none" } else { country };
    format!(r#"fo:language="{language}" fo:country="{country}""#)
}

/// `styles.xml`.
pub(super) fn styles(layout: &Layout) -> String {
    let (page, of) = layout.page_of;
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NAMESPACES}>
 {FONT_FACES}
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Arial" fo:font-size="10.5pt" {lang} fo:hyphenate="false"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%" fo:orphans="2" fo:widows="2"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="100%"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="11pt" fo:color="#555555"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:padding-bottom="0.05cm" fo:border-bottom="0.02cm solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:line-height="115%"/><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="115%"/><style:text-properties fo:font-size="10pt"/></style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="List_20_Text" style:display-name="List Text" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
  <style:style style:name="Closing" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
  <style:style style:name="Closing_20_First" style:display-name="Closing First" style:family="paragraph" style:parent-style-name="Closing"><style:paragraph-properties fo:margin-top="0.8cm" fo:padding-top="0.1cm" fo:border-top="0.02cm solid #999999" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
  <style:style style:name="Small" style:family="text"><style:text-properties fo:font-size="8.5pt" fo:font-weight="normal" fo:color="#777777"/></style:style>
  <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>{outcomes}
  <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer">{footer}<text:tab/>{page} <text:page-number text:select-page="current">1</text:page-number> {of} <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
 </office:master-styles>
</office:document-styles>
"##,
        lang = language(layout),
        outcomes = outcome_styles(),
        footer = xml(&layout.footer),
    )
}

/// `meta.xml`: title, author, date and language, as the file's properties show them. The
/// date is the meeting's, so the same minutes give the same bytes.
pub(super) fn meta(layout: &Layout) -> String {
    let date = format!("{}T00:00:00", layout.date);
    let author = xml(&layout.author);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NAMESPACES}><office:meta><meta:generator>stuurgroep</meta:generator><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><meta:creation-date>{date}</meta:creation-date><dc:date>{date}</dc:date><dc:language>{language}</dc:language></office:meta></office:document-meta>
"#,
        title = xml(&layout.title),
        language = layout.language,
    )
}
