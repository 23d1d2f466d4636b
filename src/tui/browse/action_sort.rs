//! The orders of the actions list (`s`): by status, by due date either way, by owner.

use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};

/// The order of the action items (`s`): within each owner's or municipality's group, or
/// the whole list without the status headers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActionSort {
    /// Open first (by due date), then done and dropped.
    #[default]
    Status,
    /// By due date, soonest first; those without one last.
    DueSoonest,
    /// By due date, latest first; those without one last.
    DueLatest,
    /// By the owner's name, A to Z.
    Owner,
}

impl ActionSort {
    /// The next order: soonest, latest, owner, then the status order again.
    pub(super) fn next(self) -> Self {
        match self {
            ActionSort::Status => ActionSort::DueSoonest,
            ActionSort::DueSoonest => ActionSort::DueLatest,
            ActionSort::DueLatest => ActionSort::Owner,
            ActionSort::Owner => ActionSort::Status,
        }
    }

    /// How the list's title names it (none for the status order).
    pub(super) fn label(self, lang: crate::i18n::Lang) -> Option<&'static str> {
        match self {
            ActionSort::Status => None,
            ActionSort::DueSoonest => Some(text(lang, Text::DueSoonest)),
            ActionSort::DueLatest => Some(text(lang, Text::DueLatest)),
            ActionSort::Owner => Some(text(lang, Text::OwnerOrder)),
        }
    }

    /// Orders `order` (indices into `ctx.index.actions`) stably.
    pub(super) fn apply(self, ctx: &Ctx, order: &mut [usize]) {
        let due = |i: usize| ctx.index.actions[i].due;
        match self {
            ActionSort::Status => {}
            ActionSort::DueSoonest => order.sort_by_key(|&i| (due(i).is_none(), due(i))),
            ActionSort::DueLatest => {
                order.sort_by_key(|&i| (due(i).is_none(), std::cmp::Reverse(due(i))))
            }
            ActionSort::Owner => order.sort_by_cached_key(|&i| {
                crate::index::words::words(&super::actions::owner(ctx, &ctx.index.actions[i]), None)
            }),
        }
    }
}
