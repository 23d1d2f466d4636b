//! The body's standing for the selected item, as the header shows it (its quorum: which of
//! the voting members are in the room): worked out once and kept until an edit that can
//! change it, another item or another members file, so that drawing a frame after each
//! keystroke in the minutes does not work it out again.

use super::Editor;
use crate::domain::governance::Standing;
use crate::domain::meeting::Meeting;
use crate::domain::organisation::Members;
use crate::store::hash::FileHash;
use crate::store::load::LoadedFile;
use crate::tui::ctx::Ctx;
use std::cell::RefCell;

impl Editor {
    /// The body's standing for the selected item (none without the members file), kept
    /// between the edits that can change it.
    pub fn standing(&self, ctx: &Ctx) -> Option<Standing> {
        let members = ctx.folder.members.as_ref()?;
        Some(self.standing.get(&self.meeting, members, self.item))
    }

    /// Forgets the standing kept: the meeting was replaced (moved to another date).
    pub(crate) fn forget_standing(&mut self) {
        self.standing.forget();
    }
}

/// The standing kept, with the item and the members file it was worked out for.
#[derive(Debug, Default)]
pub(super) struct KeptStanding(RefCell<Option<(usize, FileHash, Standing)>>);

impl KeptStanding {
    /// Forgets it: the meeting changed in a way that can change who is in the room.
    pub(super) fn forget(&mut self) {
        *self.0.get_mut() = None;
    }

    /// The standing of `meeting` for the item at `item` with `members`: the one kept when
    /// it was worked out for them, else worked out now and kept.
    pub(super) fn get(
        &self,
        meeting: &Meeting,
        members: &LoadedFile<Members>,
        item: usize,
    ) -> Standing {
        let mut kept = self.0.borrow_mut();
        match &*kept {
            Some((at, hash, standing)) if *at == item && *hash == members.hash => standing.clone(),
            _ => {
                let standing = Standing::for_item(meeting, &members.value, item);
                *kept = Some((item, members.hash, standing.clone()));
                standing
            }
        }
    }
}
