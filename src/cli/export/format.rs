//! Which format `export` writes: `--format`, else the extension of `-o`, else the default.

use crate::i18n::Lang;
use std::path::Path;

/// Every extension a document of this command can have, with its format's name.
const EXTENSIONS: [(&str, &str); 11] = [
    ("md", "md"),
    ("markdown", "md"),
    ("html", "html"),
    ("htm", "html"),
    ("odt", "odt"),
    ("docx", "docx"),
    ("jsonld", "jsonld"),
    ("json", "jsonld"),
    ("csv", "csv"),
    ("ics", "ics"),
    ("ical", "ics"),
];

/// The format to write: `--format` when given, else the one the extension of `-o` names,
/// else `default`. An extension naming a format this document has not, or another one than
/// `--format`, is refused, so `-o verslag.odt` never quietly holds Markdown.
pub(super) fn pick<F: clap::ValueEnum + Copy + PartialEq>(
    asked: Option<F>,
    output: Option<&Path>,
    default: F,
    lang: Lang,
) -> Result<F, String> {
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase())
        .and_then(|e| EXTENSIONS.iter().find(|(x, _)| *x == e).copied());
    let Some((ext, name)) = ext else { return Ok(asked.unwrap_or(default)) };
    let file = output.map(|p| p.display().to_string()).unwrap_or_default();
    let named = F::value_variants()
        .iter()
        .copied()
        .find(|f| f.to_possible_value().is_some_and(|v| v.get_name() == name));
    match (asked, named) {
        (Some(asked), Some(named)) if asked == named => Ok(asked),
        (Some(asked), _) => {
            let shown = asked.to_possible_value().map(|v| v.get_name().to_owned());
            Err(crate::export::strings::minutes::format_mismatch(
                lang,
                &shown.unwrap_or_default(),
                &file,
            ))
        }
        (None, Some(named)) => Ok(named),
        (None, None) => {
            let formats: Vec<String> = F::value_variants()
                .iter()
                .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_owned()))
                .collect();
            Err(crate::export::strings::minutes::extension_not_offered(
                lang,
                &file,
                ext,
                &formats.join(", "),
            ))
        }
    }
}
