//! What public documents show of a closed (besloten) item, as Gelinkt Notuleren publishes
//! one: its title, and for each decision the short public summary the secretary wrote. The
//! minutes for members keep everything; the list of decisions (every format), the calendar's
//! to-dos and `export minutes --public` go through [`public`] first, so no renderer has to
//! know.

use super::model::MinutesDoc;
use crate::domain::ids::ActionItemRef;
use crate::domain::meeting::Meeting;
use crate::export::strings::minutes::{ClosedWord, closed_word};
use crate::i18n::Lang;
use std::collections::HashSet;

/// The action items agreed under closed items, anywhere in the folder: their text is not
/// public, also not where a later (public) item follows one up.
#[derive(Debug, Default)]
pub struct ClosedActions(HashSet<String>);

impl ClosedActions {
    /// The action items of the closed items of `meetings`.
    pub fn of<'a>(meetings: impl Iterator<Item = &'a Meeting>) -> Self {
        let mut set = HashSet::new();
        for m in meetings {
            let closed = m.agenda.iter().filter(|i| i.closed);
            let actions = closed.flat_map(|i| i.actions.iter());
            set.extend(actions.map(|a| ActionItemRef::new(&m.id, a.number).to_string()));
        }
        Self(set)
    }

    /// Whether the action item `reference` (`<meeting>/A<n>`) was agreed in a closed item.
    pub fn contains(&self, reference: &str) -> bool {
        self.0.contains(reference)
    }
}

/// Makes `doc` fit to publish: a closed item keeps its title, its minutes become one line
/// saying it was discussed in closed session, its decisions show their public summary
/// (or a line saying there is none yet) without the vote, and its action items and
/// follow-ups go. Elsewhere, a follow-up of a closed item's action names it by reference only.
pub fn public(doc: &mut MinutesDoc, closed: &ClosedActions, lang: Lang) {
    for item in &mut doc.items {
        if !item.closed {
            for f in item.follow_ups.iter_mut().filter(|f| closed.contains(&f.action)) {
                f.action_text = None;
            }
            continue;
        }
        item.minutes = closed_word(lang, ClosedWord::PublicMinutes).to_owned();
        for d in &mut item.decisions {
            d.text = match d.public_summary.as_deref().map(str::trim) {
                Some(summary) if !summary.is_empty() => summary.to_owned(),
                _ => closed_word(lang, ClosedWord::NoSummary).to_owned(),
            };
            d.votes = None;
            d.named_votes = None;
        }
        item.actions.clear();
        item.follow_ups.clear();
    }
}
