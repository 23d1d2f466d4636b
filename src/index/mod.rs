//! Views derived once per load: objectives by every code, decisions with what became of
//! them, action items with their status. Nothing here reads or writes files.

pub mod actions;
mod build;
pub mod decisions;
mod hits;
mod initials;
pub mod link;
mod memory;
pub mod objectives;
pub mod prefilter;
mod query;
mod record;
pub mod recorded;
pub mod search;
pub mod served;
pub mod strings;
pub mod words;

pub use memory::give_back_memory;

use crate::store::load::Folder;
use actions::{ActionEntry, index_actions};
use decisions::{DecisionEntry, index_decisions};
use objectives::ObjectiveIndex;

/// Everything the views and the command line look things up in.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The plan's objectives.
    pub objectives: ObjectiveIndex,
    /// Every decision, oldest first.
    pub decisions: Vec<DecisionEntry>,
    /// Every action item, oldest first.
    pub actions: Vec<ActionEntry>,
}

impl Index {
    /// Builds the index of a loaded folder.
    pub fn build(folder: &Folder) -> Self {
        let meetings = folder.meetings.iter().map(|m| &m.value);
        Self {
            objectives: folder
                .plan
                .as_ref()
                .map(|p| ObjectiveIndex::build(&p.value))
                .unwrap_or_default(),
            decisions: index_decisions(meetings.clone()),
            actions: index_actions(meetings, folder.updates.iter().map(|u| &u.value)),
        }
    }

    /// The open action items of `body` agreed before `date`: what its next meeting follows up.
    pub fn open_actions<'a>(
        &'a self,
        body: &'a crate::domain::ids::BodyId,
        date: chrono::NaiveDate,
    ) -> impl Iterator<Item = &'a ActionEntry> {
        self.actions.iter().filter(move |a| {
            &a.body == body && a.date < date && a.status() == actions::ActionStatus::Open
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::meeting::Text;

    #[test]
    fn the_index_holds_no_second_copy_of_a_text_of_the_folder() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder = crate::store::load_folder(root).expect("the example folder");
        let index = super::Index::build(&folder);
        let meetings = folder.meetings.iter().map(|m| &m.value);
        let decisions: Vec<_> =
            meetings.clone().flat_map(|m| m.decisions().map(move |(i, d)| (m, i, d))).collect();
        let actions: Vec<_> = meetings.flat_map(|m| m.action_items()).collect();
        assert!(!decisions.is_empty() && !actions.is_empty(), "the example has both");
        assert_eq!(index.decisions.len(), decisions.len());
        for (entry, (m, item, d)) in index.decisions.iter().zip(decisions) {
            assert!(Text::same_copy(&entry.text, &d.text), "{}: text copied", entry.reference);
            assert!(Text::same_copy(&entry.item.1, &item.title), "{}: title", entry.reference);
            // The ids too: forty thousand entries each naming a meeting, a body, objectives.
            assert!(Text::same_copy(&entry.meeting().0, &m.id.0), "{}: meeting", entry.reference);
            assert!(Text::same_copy(&entry.body.0, &m.body.0), "{}: body", entry.reference);
            let shared = entry.objectives.iter().zip(&d.objectives);
            assert!(
                shared.clone().all(|(a, b)| Text::same_copy(&a.0, &b.0)),
                "{}",
                entry.reference
            );
            assert_eq!(shared.count(), d.objectives.len(), "{}: objectives", entry.reference);
        }
        assert_eq!(index.actions.len(), actions.len());
        for (entry, (_, a)) in index.actions.iter().zip(actions) {
            assert!(Text::same_copy(&entry.text, &a.text), "{}: text copied", entry.reference);
        }
    }
}
