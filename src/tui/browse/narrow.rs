//! What the lists share to narrow and order them: a text typed inside the list (every word
//! must occur, accents and case folded, as search matches), a period (a year), and the order.

use crate::i18n::Lang;
use crate::index::words::words;
use crate::tui::strings::browse::{Text, text as browse_text};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Words typed to keep only the lines that hold them all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextFilter {
    /// As typed.
    pub typed: String,
    /// The typed words, folded.
    folded: Vec<String>,
    /// Whether keys are typed into it now (the title shows a cursor).
    pub typing: bool,
}

impl TextFilter {
    /// The filter of `typed`.
    pub fn new(typed: &str) -> Self {
        let form = words(typed, None);
        let folded = form.split(' ').filter(|w| !w.is_empty()).map(String::from).collect();
        Self { typed: typed.to_owned(), folded, typing: false }
    }

    /// Whether it keeps everything.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether `texts` together hold every word typed (each as the start of a word or
    /// inside one, as in the search bar).
    pub fn keeps<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.is_empty() {
            return true;
        }
        let mut left: Vec<&str> = self.folded.iter().map(String::as_str).collect();
        for text in texts {
            let form = words(text, None);
            left.retain(|w| !form.contains(w));
            if left.is_empty() {
                return true;
            }
        }
        false
    }

    /// The filter with `c` typed (or the last char deleted with `None`).
    pub fn edited(&self, c: Option<char>) -> Self {
        let mut typed = self.typed.clone();
        match c {
            Some(c) => typed.push(c),
            None => {
                typed.pop();
            }
        }
        Self { typing: self.typing, ..Self::new(&typed) }
    }
}

/// The title's words for `text` (with a cursor while typing) and `sort` (when not newest
/// first): `"uitpas"▏`, "oudste eerst".
pub fn label(lang: Lang, text: &TextFilter, sort: Sort) -> Vec<String> {
    let mut parts = Vec::new();
    if text.typing || !text.typed.is_empty() {
        let cursor = if text.typing { "▏" } else { "" };
        parts.push(format!("\"{}\"{cursor}", crate::tui::theme::line(&text.typed)));
    }
    match sort {
        Sort::Newest => {}
        Sort::Oldest => parts.push(browse_text(lang, Text::OldestFirst).to_owned()),
        Sort::Objective => parts.push(browse_text(lang, Text::ByObjective).to_owned()),
    }
    parts
}

impl TextFilter {
    /// `text` as one line of spans in `base`, the chars the typed words match (at a word's
    /// start, or inside one for three letters and more, as the search matches) in `mark`.
    pub fn marked<'a>(&self, text: &str, base: Style, mark: Style) -> Line<'a> {
        let mut origin = Vec::new();
        let form = words(text, Some(&mut origin));
        let mut hit = vec![false; text.chars().count()];
        for w in &self.folded {
            let inside = w.chars().count() >= crate::index::words::INSIDE_FROM;
            for (at, _) in form.match_indices(w.as_str()) {
                if inside || at == 0 || form.as_bytes()[at - 1] == b' ' {
                    // From its first char to its last: a joining hyphen is marked too.
                    let from = origin[at] as usize;
                    let to = origin[at + w.len() - 1] as usize;
                    for h in hit.iter_mut().take(to + 1).skip(from) {
                        *h = true;
                    }
                }
            }
        }
        let mut spans: Vec<Span<'a>> = Vec::new();
        let mut run = String::new();
        let mut in_hit = false;
        for (c, &h) in text.chars().zip(&hit) {
            if h != in_hit && !run.is_empty() {
                spans
                    .push(Span::styled(std::mem::take(&mut run), if in_hit { mark } else { base }));
            }
            in_hit = h;
            run.push(c);
        }
        spans.push(Span::styled(run, if in_hit { mark } else { base }));
        Line::from(spans)
    }
}

/// The order of a list of dated things.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest first.
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
    /// By today's code of the (first) objective, newest first within one.
    Objective,
}

impl Sort {
    /// The next order among `orders` (the first after the last).
    pub fn next(self, orders: &[Sort]) -> Sort {
        let at = orders.iter().position(|s| *s == self).map_or(0, |i| i + 1);
        orders.get(at).copied().unwrap_or_default()
    }
}

/// The next year among `years` (newest first) after `current`, then none (every year) again.
pub fn next_year(mut years: Vec<i32>, current: Option<i32>) -> Option<i32> {
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    super::decisions::next(&years, current.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_occur_folded_in_any_order_and_in_any_of_the_texts() {
        let f = TextFilter::new("Pas  uït");
        assert!(f.keeps(["De UiT-pas wordt uitgebreid"]));
        assert!(f.keeps(["De uitpas", "geen"]));
        assert!(f.keeps(["pas op", "uitgebreid"]), "the words may be in different texts");
        assert!(!f.keeps(["De kansenpas"]));
        assert!(TextFilter::new(" ").keeps(["anything"]));
        assert_eq!(f.edited(None).typed, "Pas  uï");
        assert_eq!(Sort::Oldest.next(&[Sort::Newest, Sort::Oldest]), Sort::Newest);
        assert_eq!(next_year(vec![2021, 2022, 2021], None), Some(2022));
        assert_eq!(next_year(vec![2021, 2022], Some(2021)), None);
        // Marked as typed, folded: "uïtpas" marks "UiT-pas" whole, "pas" inside a word.
        let mark = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let line = TextFilter::new("uïtpas kans").marked("De UiT-pas, kansen.", Style::new(), mark);
        let marked: Vec<&str> =
            line.spans.iter().filter(|s| s.style == mark).map(|s| s.content.as_ref()).collect();
        assert_eq!(marked, ["UiT-pas", "kans"]);
    }
}
