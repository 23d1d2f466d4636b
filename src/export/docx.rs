//! The minutes as a Word document (`.docx`), written natively with `docx-rs` from the same
//! [`Layout`] as the ODT: the same fonts, sizes, spacing, decision frames in the outcome's
//! colour, action table, follow-up list, footer with page numbers and closing line.
//!
//! Three things `docx-rs` 0.4 cannot say yet are set on its built parts before packing: the
//! document language (`w:lang` in the style defaults), the core properties (title, author,
//! date, language), which it fills with "unknown", and the header row of the action table
//! repeated at the top of every page it runs onto (`w:tblHeader`).

use super::escape::{plain, xml};
use super::layout::{Block, DecisionBlock, FollowUpEntry, Layout};
use super::model::MinutesDoc;
use super::odt_styles::OUTCOMES;
use crate::i18n::Lang;
use docx_rs::{
    AbstractNumbering, BorderType, Docx, Footer, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering, NumberingId, PageMargin,
    PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts,
    Shading, SpecialIndentType, Start, Style, StyleType, Tab, TabValueType, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};
use std::io::Cursor;

/// Text width on A4 with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;
/// 2 cm in twentieths of a point.
const MARGIN: i32 = 1134;
/// The bullet list of follow-ups (`docx-rs` brings a numbered list as number 1).
const BULLETS: usize = 2;

/// Sizes in half-points, as Word counts them: the same as the ODT's.
const BODY: usize = 21;
const NOTE: usize = 18;
const SMALL: usize = 16;

/// Line spacing `line` in 240ths of a line, space before and after in twentieths of a point.
fn spacing(before: u32, after: u32, line: i32) -> LineSpacing {
    LineSpacing::new().line_rule(LineSpacingType::Auto).line(line).before(before).after(after)
}

fn style(id: &str, name: &str, size: usize, (before, after): (u32, u32)) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .size(size)
        .line_spacing(spacing(before, after, 264))
}

/// The paragraph styles, named as Word names its own so its navigation pane finds the
/// headings.
fn styles(docx: Docx) -> Docx {
    docx.add_style(style("Title", "Title", 36, (0, 60)).bold())
        .add_style(style("Subtitle", "Subtitle", 22, (0, 240)).color("555555"))
        .add_style(style("Heading1", "heading 1", 26, (340, 113)).bold().outline_lvl(0))
        .add_style(style("Heading2", "heading 2", 22, (170, 57)).bold().outline_lvl(1))
        .add_style(style("Meta", "Meta", NOTE, (0, 28)).color("555555"))
        .add_style(style("TableText", "Table Text", 20, (0, 0)))
        .add_style(style("Closing", "Closing", SMALL, (0, 28)).color("666666"))
        .add_style(style("Footer", "footer", SMALL, (0, 0)).color("666666"))
}

fn text_paragraph(style_id: &str, text: &str) -> Paragraph {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(docx_rs::BreakType::TextWrapping);
        }
        run = run.add_text(plain(line));
    }
    Paragraph::new().style(style_id).add_run(run)
}

fn heading(level: u8, text: &str, small: Option<&str>) -> Paragraph {
    let mut p = Paragraph::new().style(&format!("Heading{level}")).keep_next(true);
    p = p.add_run(Run::new().add_text(plain(text)));
    if let Some(s) = small {
        p = p.add_run(
            Run::new().add_text(plain(&format!(" ({s})"))).size(17).color("777777").disable_bold(),
        );
    }
    if level == 1 {
        p.property.borders = Some(ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom).size(4).space(2).color("999999"),
        ));
    }
    p
}

fn cell(text: &str, width: usize, head: bool) -> TableCell {
    let mut p = text_paragraph("TableText", text);
    if head {
        p = p.bold().keep_next(true);
    }
    let c = TableCell::new().add_paragraph(p).width(width, WidthType::Dxa);
    if head { c.shading(Shading::new().fill("EEEEEE")) } else { c }
}

/// A table of fixed column widths whose rows never split across pages.
fn table(widths: &[usize], rows: Vec<(bool, Vec<String>)>) -> Table {
    let rows = rows
        .into_iter()
        .map(|(head, cells)| {
            let cells = cells
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(i, (text, w))| cell(text, *w, head || (widths.len() == 2 && i == 0)))
                .collect();
            TableRow::new(cells).cant_split()
        })
        .collect();
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(40, 85, 40, 85))
}

/// The decision's frame: a coloured bar on the left, as in the ODT and the HTML.
fn framed(mut p: Paragraph, colour: &str) -> Paragraph {
    p.property.borders = Some(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Left)
                .val(BorderType::Single)
                .size(18)
                .space(8)
                .color(colour),
        ),
    );
    p.indent(Some(283), None, None, None)
}

fn decision(d: &DecisionBlock) -> Vec<Paragraph> {
    let colour = OUTCOMES.iter().find(|(name, _)| *name == d.outcome).map_or("#2e7d32", |o| o.1);
    let colour = colour.trim_start_matches('#');
    let mut out = vec![heading(2, &d.heading, Some(&d.reference))];
    for p in d.text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        out.push(framed(text_paragraph("Normal", p), colour).keep_next(true));
    }
    let mut outcome = Paragraph::new()
        .style("Meta")
        .add_run(Run::new().add_text(plain(&format!("{} ", d.outcome_caption))))
        .add_run(Run::new().add_text(plain(&d.outcome_label.to_uppercase())).bold().color(colour));
    if let Some(vote) = &d.vote {
        outcome = outcome.add_run(Run::new().add_text(plain(&format!(" · {vote}"))));
    }
    out.push(framed(outcome, colour));
    out.extend(d.notes.iter().map(|n| framed(text_paragraph("Meta", n), colour)));
    out
}

fn follow_up(f: &FollowUpEntry) -> Paragraph {
    let note = if f.note.trim().is_empty() { String::new() } else { format!(" {}", f.note) };
    Paragraph::new()
        .style("Normal")
        .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
        .add_run(Run::new().add_text(plain(&format!("{}: ", f.action))))
        .add_run(Run::new().add_text(plain(&f.status)).bold())
        .add_run(Run::new().add_text(plain(&format!(".{note}"))))
}

fn footer(layout: &Layout) -> Footer {
    let (page, of) = layout.page_of;
    let p = Paragraph::new()
        .style("Footer")
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH))
        .add_run(Run::new().add_text(plain(&layout.footer)).size(SMALL).color("666666"))
        .add_run(
            Run::new().add_tab().add_text(plain(&format!("{page} "))).size(SMALL).color("666666"),
        )
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(plain(&format!(" {of} "))).size(SMALL).color("666666"))
        .add_num_pages(NumPages::new());
    Footer::new().add_paragraph(p)
}

fn body(mut docx: Docx, layout: &Layout) -> Docx {
    docx = docx
        .add_paragraph(text_paragraph("Title", &layout.title))
        .add_paragraph(text_paragraph("Subtitle", &layout.subtitle));
    for block in &layout.blocks {
        docx = match block {
            Block::Facts(rows) => docx.add_table(table(
                &[2268, TEXT_WIDTH - 2268],
                rows.iter().map(|(k, v)| (false, vec![k.clone(), v.clone()])).collect(),
            )),
            Block::Heading(level, text) => docx.add_paragraph(heading(*level, text, None)),
            Block::Text(text) => text
                .split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .fold(docx, |d, p| d.add_paragraph(text_paragraph("Normal", p))),
            Block::Decision(d) => decision(d).into_iter().fold(docx, Docx::add_paragraph),
            Block::Actions(head, rows, columns) => {
                let actions: Vec<usize> = columns
                    .shares()
                    .iter()
                    .map(|share| TEXT_WIDTH * *share as usize / 100)
                    .collect();
                let mut all = vec![(true, head.to_vec())];
                all.extend(rows.iter().map(|r| (false, r.to_vec())));
                docx.add_table(table(&actions, all))
            }
            Block::FollowUps(entries) => {
                entries.iter().fold(docx, |d, f| d.add_paragraph(follow_up(f)))
            }
            Block::Closing(lines) => lines.iter().enumerate().fold(docx, |d, (i, line)| {
                let mut p = text_paragraph("Closing", line).keep_next(true);
                if i == 0 {
                    p.property.borders = Some(
                        ParagraphBorders::with_empty().set(
                            ParagraphBorder::new(ParagraphBorderPosition::Top)
                                .size(4)
                                .space(4)
                                .color("999999"),
                        ),
                    );
                    p = p.line_spacing(spacing(454, 28, 264));
                }
                d.add_paragraph(p)
            }),
        };
    }
    docx
}

/// `docProps/core.xml`: title, author, language and the meeting's day (so the same minutes
/// give the same bytes).
fn core_properties(layout: &Layout) -> String {
    let date = format!("{}T00:00:00Z", layout.date);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>{language}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified></cp:coreProperties>"#,
        title = xml(&layout.title),
        author = xml(&layout.author),
        language = layout.language,
    )
}

/// The style defaults with the document language, so Word spell-checks the Dutch as Dutch.
fn with_language(styles: &[u8], language: &str) -> Result<Vec<u8>, std::io::Error> {
    let text = std::str::from_utf8(styles).map_err(std::io::Error::other)?;
    let end = "</w:rPr></w:rPrDefault>";
    let at = text.find(end).ok_or_else(|| std::io::Error::other("no run defaults in styles"))?;
    let lang =
        format!(r#"<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="{language}" />"#);
    Ok(format!("{}{lang}{}", &text[..at], &text[at..]).into_bytes())
}

/// Per table of `layout`, in document order, whether its first row is a header row.
fn headed_tables(layout: &Layout) -> Vec<bool> {
    let tables = layout.blocks.iter().filter_map(|b| match b {
        Block::Facts(_) => Some(false),
        Block::Actions(..) => Some(true),
        _ => None,
    });
    tables.collect()
}

/// `document.xml` with the first row of every headed table (`headed`, in document order)
/// marked `w:tblHeader`, so Word and LibreOffice repeat it at the top of each page the
/// table runs onto. Every row has row properties (`w:cantSplit`); the mark goes in the
/// first row's (their children may come in any order).
fn with_header_rows(document: &[u8], headed: &[bool]) -> Result<Vec<u8>, std::io::Error> {
    let text = std::str::from_utf8(document).map_err(std::io::Error::other)?;
    let (table, row) = ("<w:tbl>", "<w:trPr>");
    let mut out = String::with_capacity(text.len() + 32 * headed.len());
    let mut rest = text;
    let mut tables = headed.iter();
    while let Some(at) = rest.find(table) {
        let after = at + table.len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        if tables.next().copied().unwrap_or(false) {
            let first =
                rest.find(row).ok_or_else(|| std::io::Error::other("a row without properties"))?;
            let after = first + row.len();
            out.push_str(&rest[..after]);
            out.push_str("<w:tblHeader />");
            rest = &rest[after..];
        }
    }
    out.push_str(rest);
    if tables.next().is_some() {
        return Err(std::io::Error::other("fewer tables in the document than laid out"));
    }
    Ok(out.into_bytes())
}

/// The minutes as the bytes of a `.docx` file.
pub fn minutes_docx(doc: &MinutesDoc, lang: Lang) -> Result<Vec<u8>, std::io::Error> {
    package(&super::layout::minutes(doc, lang))
}

/// A laid-out document as the bytes of a `.docx` file.
pub fn package(layout: &Layout) -> Result<Vec<u8>, std::io::Error> {
    let font = "Arial";
    let bullet = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    )
    .indent(Some(340), Some(SpecialIndentType::Hanging(227)), None, None);
    let docx = Docx::new()
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new().top(MARGIN).bottom(MARGIN).left(MARGIN).right(MARGIN).footer(567),
        )
        .default_fonts(RunFonts::new().ascii(font).hi_ansi(font).cs(font).east_asia(font))
        .default_size(BODY)
        .default_line_spacing(spacing(0, 113, 276))
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .footer(footer(layout));
    let mut built = body(styles(docx), layout).build();
    built.styles = with_language(&built.styles, layout.language)?;
    built.document = with_header_rows(&built.document, &headed_tables(layout))?;
    built.doc_props.core = core_properties(layout).into_bytes();
    let mut out = Cursor::new(Vec::new());
    built.pack(&mut out).map_err(std::io::Error::other)?;
    Ok(out.into_inner())
}
