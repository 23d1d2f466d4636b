//! A fuzzy picker: a short list of options (objectives, members) narrowed as the user types.
//! Options are folded once when the picker opens; a few hundred options are narrowed per
//! keystroke without an index.

use crate::index::objectives::ObjectiveEntry;
use crate::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// One option of a picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    /// What picking it yields (an objective or member id).
    pub id: String,
    /// How it is shown.
    pub label: String,
    /// Whether it is shown dimmed (an ended objective, a former member).
    pub dim: bool,
    /// The label and everything else it answers to, folded.
    haystack: String,
    /// Codes typed exactly ("sd2od3"), today's first: such a query ranks it on top.
    codes: Vec<String>,
}

impl PickOption {
    /// An option answering to its label and to `also` (e.g. an organisation).
    pub fn new(id: impl Into<String>, label: String, also: &str, dim: bool) -> Self {
        let haystack = fold(&format!("{label} {also}"));
        Self { id: id.into(), label, dim, haystack, codes: Vec::new() }
    }

    /// An objective: answers to today's code, every earlier code and its title.
    pub fn objective(o: &ObjectiveEntry, ended: &str) -> Self {
        let mut codes: Vec<String> =
            o.codes.iter().rev().map(|c| compact(&c.to_string())).collect();
        codes.dedup();
        let earlier: Vec<String> = o.codes.iter().map(ToString::to_string).collect();
        let label = if o.is_active() {
            format!("{}  {}", o.code, crate::tui::theme::line(&o.title))
        } else {
            format!("{}  ({ended}) {}", o.code, crate::tui::theme::line(&o.title))
        };
        let mut option = Self::new(o.id.as_str(), label, &earlier.join(" "), !o.is_active());
        option.codes = codes;
        option
    }
}

/// A picker: the query, the options and which of them the query keeps, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// What was typed.
    pub query: String,
    /// Every option, in the order shown for an empty query.
    pub options: Vec<PickOption>,
    /// The options kept, best first: indices into `options`.
    pub shown: Vec<usize>,
    /// The selected line of `shown`.
    pub selected: usize,
    /// How many of `shown`, from the top, match the query for sure (a code, or every word);
    /// the rest are fuzzy guesses.
    sure: usize,
    /// Whether the selection was moved by hand since the query last changed.
    stepped: bool,
}

impl Picker {
    /// A picker over `options`, showing all of them.
    pub fn new(options: Vec<PickOption>) -> Self {
        let shown: Vec<usize> = (0..options.len()).collect();
        let sure = shown.len();
        Self { query: String::new(), options, shown, selected: 0, sure, stepped: false }
    }

    /// Types a character (or deletes one with `None`) and narrows again.
    pub fn edit(&mut self, c: Option<char>) {
        match c {
            Some(c) => self.query.push(c),
            None => {
                self.query.pop();
            }
        }
        (self.shown, self.sure) = rank(&self.options, &self.query);
        self.selected = 0;
        self.stepped = false;
    }

    /// Moves the selection.
    pub fn step(&mut self, by: isize) {
        let last = self.shown.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + by).clamp(0, last) as usize;
        self.stepped = true;
    }

    /// The selected option when it surely is what was typed: it matches every word (or the
    /// code), or was chosen by hand; never a fuzzy guess ("griet" is no "Isabelle Michiels").
    pub fn chosen_surely(&self) -> Option<&PickOption> {
        if self.stepped || self.selected < self.sure { self.chosen() } else { None }
    }

    /// The selected option.
    pub fn chosen(&self) -> Option<&PickOption> {
        self.shown.get(self.selected).map(|&i| &self.options[i])
    }
}

/// Only letters and digits, folded: "SD2 OD3" → "sd2od3".
fn compact(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The options `query` keeps, best first: a code typed whole (today's before earlier ones),
/// then options containing every word, then fuzzy matches by score; and how many are not
/// fuzzy.
fn rank(options: &[PickOption], query: &str) -> (Vec<usize>, usize) {
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.is_empty() {
        return ((0..options.len()).collect(), options.len());
    }
    let code = compact(query);
    let matcher = SkimMatcherV2::default();
    let mut scored: Vec<(u8, i64, usize)> = options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            if let Some(pos) = o.codes.iter().position(|c| *c == code) {
                return Some((u8::from(pos > 0), 0, i));
            }
            if words.iter().all(|w| o.haystack.contains(w)) {
                return Some((2, 0, i));
            }
            matcher.fuzzy_match(&o.haystack, &folded).map(|s| (3, -s, i))
        })
        .collect();
    scored.sort();
    let sure = scored.iter().filter(|(tier, _, _)| *tier < 3).count();
    (scored.into_iter().map(|(_, _, i)| i).collect(), sure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(id: &str, label: &str, codes: &[&str]) -> PickOption {
        let mut o = PickOption::new(id, label.to_owned(), "", false);
        o.codes = codes.iter().map(|c| compact(c)).collect();
        o
    }

    fn picked(p: &Picker) -> Vec<&str> {
        p.shown.iter().map(|&i| p.options[i].id.as_str()).collect()
    }

    #[test]
    fn a_code_ranks_todays_holder_first_then_earlier_holders() {
        let mut p = Picker::new(vec![
            option("a", "SD1 OD1 Bibliotheek", &["SD1 OD1"]),
            option("b", "SD2 OD1 UiTPAS", &["SD2 OD1", "SD1 OD1"]),
            option("c", "SD3 OD2 Erfgoed", &["SD3 OD2"]),
        ]);
        for c in "sd1 od1".chars() {
            p.edit(Some(c));
        }
        assert_eq!(picked(&p)[..2], ["a", "b"]);
        assert_eq!(p.chosen().map(|o| o.id.as_str()), Some("a"));
    }

    #[test]
    fn words_fold_accents_and_fuzzy_comes_last() {
        let mut p = Picker::new(vec![
            option("x", "Initiëren van samenwerking", &[]),
            option("y", "Iets anders, niet te vinden", &[]),
        ]);
        for c in "initieren".chars() {
            p.edit(Some(c));
        }
        assert_eq!(picked(&p), ["x"]);
        p.edit(None);
        p.query.clear();
        p.edit(Some('z'));
        assert!(picked(&p).is_empty());
        p.edit(None);
        assert_eq!(picked(&p), ["x", "y"]);
    }
}
