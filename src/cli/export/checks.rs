//! What `export` refuses before it writes anything: a period that ends before it starts, a
//! base IRI that is none.

use crate::cli::filters::{End, date_arg};
use crate::i18n::Lang;

/// The base of the IRIs in JSON-LD output when neither `--base-iri` nor the plan sets one:
/// `.invalid` says the association has no public data domain rather than pretending one.
const BASE_IRI: &str = "https://data.stuurgroep.invalid/";

/// The period `--from` … `--to`; one that ends before it starts is refused, never an empty
/// document.
pub(super) fn period(
    from: Option<&str>,
    to: Option<&str>,
    lang: Lang,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), String> {
    let (start, end) = (date_arg(from, End::Start, lang)?, date_arg(to, End::Finish, lang)?);
    match (start, end, from, to) {
        (Some(s), Some(e), Some(from), Some(to)) if e < s => {
            Err(crate::export::strings::oslo::reversed_period(lang, from, to))
        }
        _ => Ok((start, end)),
    }
}

/// The base of the published IRIs: `asked` (the option, else the plan's) when it is an
/// absolute http(s) IRI that needs no escaping, else refused; [`BASE_IRI`] when none is set.
pub(super) fn base(asked: Option<&str>, lang: Lang) -> Result<&str, String> {
    let Some(iri) = asked else { return Ok(BASE_IRI) };
    let rest = iri.strip_prefix("https://").or_else(|| iri.strip_prefix("http://"));
    let host = rest.and_then(|r| r.split(['/', '#', '?']).next()).unwrap_or("");
    let clean =
        !iri.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c));
    if host.is_empty() || !clean {
        return Err(crate::export::strings::oslo::bad_base_iri(lang, iri));
    }
    Ok(iri)
}
