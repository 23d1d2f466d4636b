//! Words of the published list of decisions (JSON-LD and the RDFa of the HTML list) that the
//! folder does not hold itself. The publication is in Dutch whatever `--lang` says: its texts
//! carry `@language nl` and `eli:language` NLD, so these are Dutch only.

/// What a title of a decision that was not adopted starts with, so that no reader of the
/// published list takes it for an adopted decision: "Verworpen: …", "Uitgesteld: …".
pub fn not_adopted_title(outcome_word: &str, title: &str) -> String {
    let mut word = outcome_word.chars();
    let word = word.next().map_or_else(String::new, |f| f.to_uppercase().chain(word).collect());
    format!("{word}: {title}")
}

/// A decision's description: its outcome and the agenda item it was taken under.
pub fn description(outcome_word: &str, item_number: u32, item_title: &str) -> String {
    let what = match outcome_word {
        "aangenomen" => "Aangenomen besluit",
        "verworpen" => "Verworpen voorstel",
        "uitgesteld" => "Uitgesteld voorstel",
        _ => "Besluit",
    };
    format!("{what} bij agendapunt {item_number}: {item_title}")
}

/// The motivation of a decision when neither the decision nor its item's minutes give one.
pub fn motivation_from_title(item_title: &str) -> String {
    format!("Besproken onder het agendapunt \u{201c}{item_title}\u{201d}.")
}

/// A reversed period, refused: `--from` after `--to`.
pub fn reversed_period(lang: crate::i18n::Lang, from: &str, to: &str) -> String {
    match lang {
        crate::i18n::Lang::Nl => {
            format!("de periode is omgekeerd: --from {from} ligt na --to {to}")
        }
        crate::i18n::Lang::En => {
            format!("the period is reversed: --from {from} is after --to {to}")
        }
    }
}

/// A base IRI that is not an absolute http(s) IRI, refused.
pub fn bad_base_iri(lang: crate::i18n::Lang, iri: &str) -> String {
    let iri = crate::text::printable(iri);
    match lang {
        crate::i18n::Lang::Nl => format!(
            "basis-IRI '{iri}' is geen absolute http(s)-IRI zonder spaties (bijvoorbeeld https://data.voorbeeld.be/)"
        ),
        crate::i18n::Lang::En => format!(
            "base IRI '{iri}' is not an absolute http(s) IRI without spaces (for example https://data.example.be/)"
        ),
    }
}
