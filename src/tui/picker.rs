//! A fuzzy picker: a short list of options (objectives, members) narrowed as the user types.
//! Options are folded once when the picker opens; a few hundred options are narrowed per
//! keystroke without an index.

use super::field::{Outcome, is_clear};
use crate::domain::ids::ObjectiveId;
use crate::index::objectives::ObjectiveEntry;
use crate::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One option of a picker; picking it yields its `id`, typed (an objective, a member, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption<T> {
    /// What picking it yields.
    pub id: T,
    /// How it is shown.
    pub label: String,
    /// Whether it is shown dimmed (an ended objective, a former member).
    pub dim: bool,
    /// The label and everything else it answers to, folded.
    haystack: String,
    /// Codes typed exactly ("sd2od3"), today's first: such a query ranks it on top.
    codes: Vec<String>,
    /// The same codes as shown ("SD2 OD3"), to say why an earlier one matched.
    code_names: Vec<String>,
    /// How an objective says why it matched (None: it does not).
    why: Option<Why>,
    /// The label without the why.
    base: String,
}

/// The parts of an objective's label that say why it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Why {
    /// "toen" / "then".
    then: String,
    /// Today's (or, ended, its last) code.
    code: String,
    /// Its title, on one line.
    title: String,
    /// "beëindigd" / "ended" when it ended.
    ended: Option<String>,
}

impl Why {
    /// The label, with the earlier code that matched (if any) said.
    fn label(&self, matched: Option<&str>) -> String {
        let Why { then, code, title, ended } = self;
        match (ended, matched) {
            (Some(ended), name) => format!("({ended}; {then} {}) {title}", name.unwrap_or(code)),
            (None, Some(name)) => format!("{code} ({then} {name})  {title}"),
            (None, None) => format!("{code}  {title}"),
        }
    }
}

impl<T> PickOption<T> {
    /// An option answering to its label and to `also` (e.g. an organisation).
    pub fn new(id: T, label: String, also: &str, dim: bool) -> Self {
        let haystack = fold(&format!("{label} {also}"));
        let base = label.clone();
        let (codes, code_names, why) = (Vec::new(), Vec::new(), None);
        Self { id, label, dim, haystack, codes, code_names, why, base }
    }

    /// The same option yielding `f(id)`: an objective option made for another picker's type.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> PickOption<U> {
        let PickOption { id, label, dim, haystack, codes, code_names, why, base } = self;
        PickOption { id: f(id), label, dim, haystack, codes, code_names, why, base }
    }
}

impl PickOption<ObjectiveId> {
    /// An objective that says why it matched: "(toen SD3 OD5)" when an earlier code did; an
    /// ended one is never shown under a code (another objective may hold it today).
    pub fn objective_saying_why(o: &ObjectiveEntry, ended: &str, then: &str) -> Self {
        let mut option = Self::objective(o, ended);
        let why = Why {
            then: then.to_owned(),
            code: o.code.to_string(),
            title: crate::tui::theme::line(&o.title),
            ended: (!o.is_active()).then(|| ended.to_owned()),
        };
        option.base = why.label(None);
        option.label = option.base.clone();
        option.why = Some(why);
        option
    }

    /// An objective: answers to today's code, every earlier code and its title.
    pub fn objective(o: &ObjectiveEntry, ended: &str) -> Self {
        let mut names: Vec<String> = o.codes.iter().rev().map(ToString::to_string).collect();
        names.dedup_by_key(|n| compact(n));
        let codes: Vec<String> = names.iter().map(|n| compact(n)).collect();
        let earlier: Vec<String> = o.codes.iter().map(ToString::to_string).collect();
        let label = if o.is_active() {
            format!("{}  {}", o.code, crate::tui::theme::line(&o.title))
        } else {
            format!("{}  ({ended}) {}", o.code, crate::tui::theme::line(&o.title))
        };
        let mut option = Self::new(o.id.clone(), label, &earlier.join(" "), !o.is_active());
        option.codes = codes;
        option.code_names = names;
        option
    }
}

/// A picker: the query, the options and which of them the query keeps, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker<T> {
    /// What was typed.
    pub query: String,
    /// Every option, in the order shown for an empty query.
    pub options: Vec<PickOption<T>>,
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

impl<T: Clone> Picker<T> {
    /// A picker over `options`, showing all of them.
    pub fn new(options: Vec<PickOption<T>>) -> Self {
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
        self.say_why();
    }

    /// Adds to each label why the query matched it where that is not in sight: an earlier
    /// code ("(toen SD3 OD5)").
    fn say_why(&mut self) {
        let code = compact(&self.query);
        for o in &mut self.options {
            let earlier = o.codes.iter().position(|c| *c == code).filter(|at| *at > 0);
            let name = earlier.and_then(|at| o.code_names.get(at)).map(String::as_str);
            o.label = match &o.why {
                Some(why) => why.label(name),
                None => o.base.clone(),
            };
        }
    }

    /// Clears what was typed (Ctrl-U): every option again.
    pub fn clear(&mut self) {
        self.query.clear();
        self.edit(None);
    }

    /// Moves the selection.
    pub fn step(&mut self, by: isize) {
        let last = self.shown.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + by).clamp(0, last) as usize;
        self.stepped = true;
    }

    /// The selected option when it surely is what was typed: it matches every word (or the
    /// code), or was chosen by hand; never a fuzzy guess ("griet" is no "Isabelle Michiels").
    pub fn chosen_surely(&self) -> Option<&PickOption<T>> {
        if self.stepped || self.selected < self.sure { self.chosen() } else { None }
    }

    /// The selected option.
    pub fn chosen(&self) -> Option<&PickOption<T>> {
        self.shown.get(self.selected).map(|&i| &self.options[i])
    }

    /// A key, by the rules of every picker: Enter picks the selected option (only one that
    /// surely is what was typed when `surely`; else nothing yet), Esc drops the picker,
    /// Ctrl-U clears the query, ↑ ↓ move, the rest types.
    pub fn handle_key(&mut self, key: KeyEvent, surely: bool) -> Outcome<T> {
        match key.code {
            KeyCode::Esc => return Outcome::Cancelled,
            _ if is_clear(&key) => self.clear(),
            KeyCode::Enter => {
                let chosen = if surely { self.chosen_surely() } else { self.chosen() };
                return chosen.map_or(Outcome::Pending, |o| Outcome::Chosen(o.id.clone()));
            }
            KeyCode::Up => self.step(-1),
            KeyCode::Down => self.step(1),
            KeyCode::Backspace => self.edit(None),
            // Ctrl and Alt combinations are no text (Ctrl-C is the router's).
            KeyCode::Char(c)
                if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                self.edit(Some(c))
            }
            _ => {}
        }
        Outcome::Pending
    }
}

/// Only letters and digits, folded: "SD2 OD3" → "sd2od3".
fn compact(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The options `query` keeps, best first: a code typed whole (today's before earlier ones),
/// then options containing every word, then fuzzy matches by score; and how many are not
/// fuzzy.
fn rank<T>(options: &[PickOption<T>], query: &str) -> (Vec<usize>, usize) {
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

    fn option(id: &'static str, label: &str, codes: &[&str]) -> PickOption<&'static str> {
        let mut o = PickOption::new(id, label.to_owned(), "", false);
        o.codes = codes.iter().map(|c| compact(c)).collect();
        o
    }

    fn picked(p: &Picker<&'static str>) -> Vec<&'static str> {
        p.shown.iter().map(|&i| p.options[i].id).collect()
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
        assert_eq!(p.chosen().map(|o| o.id), Some("a"));
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
