//! What the screens draw from: the loaded folder and everything derived from it, built once.

use crate::check::{Report, check};
use crate::index::Index;
use crate::index::actions::ActionStatus;
use crate::store::Folder;
use std::collections::HashMap;

/// The data behind every screen.
pub struct Ctx {
    /// The folder as loaded.
    pub folder: Folder,
    /// Derived views.
    pub index: Index,
    /// What `check` found.
    pub report: Report,
    /// Per objective id: decisions serving it, open action items.
    pub counts: HashMap<String, (usize, usize)>,
    /// The language.
    pub lang: crate::i18n::Lang,
}

impl Ctx {
    /// Builds the context of a loaded folder.
    pub fn new(folder: Folder, lang: crate::i18n::Lang) -> Self {
        let index = Index::build(&folder);
        let report = check(&folder);
        let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
        for d in &index.decisions {
            for o in &d.objectives {
                counts.entry(o.to_string()).or_default().0 += 1;
            }
        }
        for a in index.actions.iter().filter(|a| a.status() == ActionStatus::Open) {
            if let Some(o) = &a.objective {
                counts.entry(o.to_string()).or_default().1 += 1;
            }
        }
        Self { folder, index, report, counts, lang }
    }
}
