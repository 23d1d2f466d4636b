//! The language of the user interface and the helpers every words module uses: picking a
//! language's text, counting with a plural. A leaf: it depends on no other module of this
//! crate. The words themselves live next to what they describe: `check/strings.rs`,
//! `domain/strings.rs`, `domain/merge/strings.rs`, `index/strings.rs`, `store/strings.rs`,
//! `export/strings/`, `cli/strings/` and `tui/strings/`, each with Dutch and English side by
//! side.

/// The language of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// Nederlands.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The language asked for, else the locale's (English for an English locale, Dutch
    /// otherwise, also for `C`).
    pub fn detect(asked: Option<Lang>) -> Lang {
        asked.unwrap_or_else(|| {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            Lang::from_locale(&locale)
        })
    }

    /// The language of a locale name such as `en_GB.UTF-8`.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Nl }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// "1 fout", "2 fouten": `n` with the singular or the plural word.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_zero_and_more_are_plural() {
        assert_eq!(plural(1, "fout", "fouten"), "1 fout");
        assert_eq!(plural(0, "fout", "fouten"), "0 fouten");
        assert_eq!(plural(2, "warning", "warnings"), "2 warnings");
    }

    #[test]
    fn an_english_locale_is_english_and_any_other_dutch() {
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("nl_BE.UTF-8"), Lang::Nl);
        assert_eq!(Lang::from_locale("C"), Lang::Nl);
    }
}
