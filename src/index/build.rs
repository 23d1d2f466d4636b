//! Building a search index: every haystack of a folder in word form.

use super::Index;
use super::hits::Place;
use super::initials::Initials;
use super::search::{Haystack, SearchIndex, Span};
use super::words::words;
use crate::store::load::Folder;
use chrono::NaiveDate;

impl SearchIndex {
    /// Builds the haystacks of `folder` with its `index`.
    pub fn build(folder: &Folder, index: &Index) -> Self {
        let mut s = Self::haystacks(folder, index);
        s.vocabulary = vocabulary(&s.words);
        s.initials = Some(Initials::of(&s));
        s
    }

    /// Every haystack, in order: objectives, decisions, action items, minutes.
    fn haystacks(folder: &Folder, index: &Index) -> Self {
        let mut s = SearchIndex::default();
        for (i, o) in index.objectives.all().iter().enumerate() {
            let at = s.haystacks.len() as u32;
            let text = objective_haystack(o);
            let span = Span { start: s.objective_texts.len() as u32, len: text.len() as u32 };
            s.push(Place::Objective(i as u32), None, &text, span);
            s.objective_texts.push_str(&text);
            s.codes.extend(o.codes.iter().map(|c| (*c, at, o.is_active() && *c == o.code)));
        }
        for (i, d) in index.decisions.iter().enumerate() {
            let at = s.haystacks.len() as u32;
            s.push(Place::Decision(i as u32), Some(d.date), &d.text, whole(&d.text));
            for o in d.objectives.iter().filter_map(|id| index.objectives.get(id.as_str())) {
                let (today, then) = index.objectives.codes_of_decision(o, d.date);
                s.codes.extend(today.map(|c| (c, at, true)));
                s.codes.extend(then.filter(|t| Some(*t) != today).map(|c| (c, at, false)));
            }
        }
        for (i, a) in index.actions.iter().enumerate() {
            s.push(Place::Action(i as u32), Some(a.date), &a.text, whole(&a.text));
        }
        for (m, meeting) in folder.meetings.iter().map(|f| &f.value).enumerate() {
            for (i, item) in meeting.agenda.iter().enumerate() {
                let place = Place::Minutes(m as u32, i as u32);
                for sentence in sentences(&item.minutes) {
                    // The sentence is a slice of the minutes: its offset is where it starts.
                    let start = sentence.as_ptr() as usize - item.minutes.as_ptr() as usize;
                    let span = Span { start: start as u32, len: sentence.len() as u32 };
                    s.push(place, Some(meeting.date), sentence, span);
                }
            }
        }
        s.haystacks.shrink_to_fit();
        s.places.shrink_to_fit();
        s.words.shrink_to_fit();
        s.codes.shrink_to_fit();
        s
    }

    /// Adds the haystack of `text`.
    fn push(&mut self, place: Place, date: Option<NaiveDate>, text: &str, span: Span) {
        let start = self.words.len();
        self.words.push_str(&words(text, None));
        if self.places.last().map(|(p, _)| p) != Some(&place) {
            self.places.push((place, date));
        }
        let words = Span { start: start as u32, len: (self.words.len() - start) as u32 };
        self.haystacks.push(Haystack { place: self.places.len() as u32 - 1, text: span, words });
    }
}

/// An objective's haystack: its codes, latest first, and its title. The command line's
/// search records make the same (`recorded`), so that both find the same hits.
pub(super) fn objective_haystack(o: &super::objectives::ObjectiveEntry) -> String {
    let codes: Vec<String> = o.codes.iter().rev().map(ToString::to_string).collect();
    format!("{} · {}", codes.join(" · "), o.title)
}

/// The whole of `text`.
fn whole(text: &str) -> Span {
    Span { start: 0, len: text.len() as u32 }
}

/// Every distinct word of `words`, each between spaces.
pub(super) fn vocabulary(words: &str) -> String {
    vocabulary_of(std::iter::once(words), |_| true)
}

/// Every distinct word of the word forms `forms` (words between spaces or line ends) that
/// `keep` keeps, each between spaces.
pub(super) fn vocabulary_of<'a>(
    forms: impl Iterator<Item = &'a str>,
    keep: impl Fn(&str) -> bool,
) -> String {
    let distinct: std::collections::HashSet<&str> =
        forms.flat_map(|f| f.split([' ', '\n'])).filter(|w| !w.is_empty() && keep(w)).collect();
    let mut sorted: Vec<&str> = distinct.into_iter().collect();
    sorted.sort_unstable();
    format!(" {} ", sorted.join(" "))
}

/// The sentences of a text: split after ". ", "? ", "! " and at line ends.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['\n', '.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_full_stops_and_lines() {
        let got: Vec<&str> = sentences("Eén. Twee? Drie!\nVier\n\n5.").collect();
        assert_eq!(got, vec!["Eén.", "Twee?", "Drie!", "Vier"]);
    }
}
