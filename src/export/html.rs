//! The HTML page every HTML document shares: self-contained (no outside resources), readable
//! on screen, printing well on A4.

use super::escape;
use crate::i18n::Lang;

const STYLE: &str = "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #999}h3{font-size:1rem}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}\
th{background:#eee}tr.sd td{font-weight:bold;background:#f4f4f4}tr.quiet td{color:#8a4b00}\
.decision{border-left:4px solid #3a6;padding:.2rem .6rem;margin:.6rem 0}.decision.rejected{border-color:#c33}.decision.postponed{border-color:#c90}\
.minutes{white-space:pre-wrap}.meta{color:#444}\
th,td{overflow-wrap:anywhere;hyphens:auto}table.report{font-size:.9rem}table.report td+td+td{text-align:right}\
@media screen and (max-width:40rem){body{margin:1rem auto}table.report,table.report tbody,table.report tr,table.report td{display:block;width:auto}\
table.report thead{display:none}table.report tr{border:1px solid #999;margin:.5rem 0}table.report td{border:none;text-align:left}\
table.report td[data-label]::before{content:attr(data-label) \": \";font-weight:bold}}\
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}.decision,tr{break-inside:avoid}}\
@page{size:A4;margin:18mm}";

/// A whole page around `body` (already escaped HTML).
pub fn page(title: &str, body: &str, lang: Lang) -> String {
    let code = match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape::xml(title)
    )
}
