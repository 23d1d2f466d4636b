//! Opening an exported document the way its reader does: LibreOffice converts it to PDF and
//! poppler's `pdfinfo`, `pdffonts` and `pdftotext` say how many pages it has, which fonts it
//! printed with and what it says. Used by the ignored tests that `.ci/run` runs.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What the PDF of a document shows.
pub struct Pdf {
    /// Number of pages.
    pub pages: u32,
    /// The font names `pdffonts` lists, one per embedded font.
    pub fonts: Vec<String>,
    /// The text, page breaks as form feeds.
    pub text: String,
}

fn run(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let out =
        Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Converts `file` (ODT or DOCX) to PDF with LibreOffice in `file`'s folder and reads it.
pub fn to_pdf(file: &Path) -> Pdf {
    let dir = file.parent().expect("a folder");
    let status = Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(file)
        .env("HOME", dir)
        .status()
        .expect("soffice runs");
    assert!(status.success());
    let pdf = file.with_extension("pdf");
    assert!(pdf.exists(), "LibreOffice wrote no PDF for {}", file.display());
    let info = run("pdfinfo", &[pdf.as_os_str()]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    let fonts = run("pdffonts", &[pdf.as_os_str()])
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .map(|name| name.split_once('+').map_or(name, |(_, n)| n).to_owned())
        .collect();
    let text = run("pdftotext", &["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()]);
    Pdf { pages, fonts, text }
}

/// Asserts what a reader of the printed minutes sees: a sans-serif throughout (no fallback
/// to a serif), the footer with the page count on every page, and the approval recorded on
/// a short closing line rather than as a 64-digit hash.
pub fn assert_printed_well(pdf: &Pdf, footer: &str) {
    assert!(!pdf.fonts.is_empty(), "fonts are embedded");
    for font in &pdf.fonts {
        let f = font.to_ascii_lowercase();
        assert!(!f.contains("serif") || f.contains("sans"), "a serif font in the PDF: {font}");
        assert!(f.contains("sans") || f.contains("arial") || f.contains("arimo"), "{font}");
    }
    let pages: Vec<&str> = pdf.text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len() as u32, pdf.pages);
    for (i, page) in pages.iter().enumerate() {
        let of = format!("{} van {}", i + 1, pdf.pages);
        assert!(page.contains(footer) && page.contains(&of), "page {}: no footer\n{page}", i + 1);
    }
    assert!(
        !pdf.text.split(|c: char| !c.is_ascii_hexdigit()).any(|w| w.len() >= 32),
        "a long hash in the reading text"
    );
}
