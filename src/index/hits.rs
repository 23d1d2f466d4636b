//! A search hit made from a haystack's place: its text as written, where it leads and what it
//! is about, read from the folder and its index (the search index holds none of them).

use super::Index;
use super::query::{Matches, highlight};
use super::search::{About, Hit, Kind, SearchIndex, Target};
use crate::store::load::Folder;
use chrono::NaiveDate;

/// Where a haystack's text lives and where a hit on it leads, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// `index.objectives.all()[i]`.
    Objective(u32),
    /// `index.decisions[i]`.
    Decision(u32),
    /// `index.actions[i]`.
    Action(u32),
    /// `folder.meetings[m].value.agenda[i]`'s minutes.
    Minutes(u32, u32),
}

impl Place {
    /// What a hit here is.
    pub(super) fn kind(self) -> Kind {
        match self {
            Place::Objective(_) => Kind::Objective,
            Place::Decision(_) => Kind::Decision,
            Place::Action(_) => Kind::Action,
            Place::Minutes(..) => Kind::Minutes,
        }
    }
}

impl SearchIndex {
    /// The best `limit` of `matches`, best first, with the matched characters; read from
    /// `folder` and its `index`, the two the search index was built from (a hit whose place
    /// is not there is left out).
    pub fn hits(
        &self,
        folder: &Folder,
        index: &Index,
        matches: &Matches,
        limit: usize,
    ) -> Vec<Hit> {
        let mut best = matches.found.clone();
        let key = |&(i, score): &(u32, i64)| {
            let h = &self.haystacks[i as usize];
            let date = self.places.get(h.place as usize).and_then(|(_, d)| *d);
            (
                self.kind_of(h).tier(),
                std::cmp::Reverse(score),
                std::cmp::Reverse(date.unwrap_or(NaiveDate::MAX)),
                i,
            )
        };
        let order = |a: &(u32, i64), b: &(u32, i64)| key(a).cmp(&key(b));
        if best.len() > limit && limit > 0 {
            best.select_nth_unstable_by(limit - 1, order);
        }
        best.truncate(limit);
        best.sort_by(order);
        best.into_iter()
            .filter_map(|(i, score)| {
                let h = self.haystacks.get(i as usize)?;
                let (place, _) = *self.places.get(h.place as usize)?;
                let (whole, target, about) = self.read(place, folder, index)?;
                let text = h.text.of(whole).to_owned();
                let matched = highlight(&text, matches);
                Some(Hit { kind: place.kind(), target, about, text, matched, score })
            })
            .collect()
    }

    /// The text a place holds (the haystack is a stretch of it), where it leads, and about.
    fn read<'a>(
        &'a self,
        place: Place,
        folder: &'a Folder,
        index: &'a Index,
    ) -> Option<(&'a str, Target, About)> {
        Some(match place {
            Place::Objective(i) => {
                let o = index.objectives.all().get(i as usize)?;
                (&self.objective_texts, Target::Objective(o.id.clone()), About::default())
            }
            Place::Decision(i) => {
                let d = index.decisions.get(i as usize)?;
                let about = About {
                    date: Some(d.date),
                    body: Some(d.body.clone()),
                    outcome: Some(d.outcome),
                    objectives: d.objectives.clone(),
                };
                (d.text.as_str(), Target::Decision(d.reference.clone()), about)
            }
            Place::Action(i) => {
                let a = index.actions.get(i as usize)?;
                let about =
                    About { date: Some(a.date), body: Some(a.body.clone()), ..About::default() };
                (a.text.as_str(), Target::Action(a.reference.clone()), about)
            }
            Place::Minutes(m, i) => {
                let m = &folder.meetings.get(m as usize)?.value;
                let item = m.agenda.get(i as usize)?;
                let about =
                    About { date: Some(m.date), body: Some(m.body.clone()), ..About::default() };
                (item.minutes.as_str(), Target::Minutes(m.id.clone(), item.number), about)
            }
        })
    }
}
