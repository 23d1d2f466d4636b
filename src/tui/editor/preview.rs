//! The preview: `P` shows the minutes as they will be sent, by the renderer of the Markdown
//! export, over the editor, read-only; ↑ ↓ PgUp PgDn Home End scroll it, Esc (or `P`, `q`)
//! closes it.

use super::Editor;
use crate::tui::ctx::Ctx;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The document shown and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The minutes as the Markdown export writes them.
    pub text: String,
    /// The first row in sight.
    pub scroll: u16,
}

/// The minutes of `editor`'s meeting as the Markdown export writes them, now.
pub fn document(editor: &Editor, ctx: &Ctx) -> String {
    let members = ctx.folder.members.as_ref().map(|m| &m.value);
    let organisation = ctx.folder.plan.as_ref().map_or("", |p| p.value.organisation.name.as_str());
    let doc = crate::export::model::minutes_doc(
        &editor.meeting,
        members,
        &ctx.index,
        organisation,
        ctx.lang,
    );
    crate::export::minutes::markdown(&doc, ctx.lang)
}

impl Editor {
    /// Opens the preview of the minutes as they stand.
    pub(super) fn open_preview(&mut self, ctx: &Ctx) {
        self.store_minutes();
        self.preview = Some(Preview { text: document(self, ctx), scroll: 0 });
    }

    /// A key while the preview is open: it scrolls (a page is `page` rows) or closes it.
    pub(super) fn preview_key(&mut self, key: KeyEvent, page: u16) {
        let Some(preview) = &mut self.preview else { return };
        let rows = preview.text.lines().count() as u16;
        let last = rows.saturating_sub(1);
        preview.scroll = match key.code {
            KeyCode::Down | KeyCode::Char('j') => preview.scroll.saturating_add(1).min(last),
            KeyCode::Up | KeyCode::Char('k') => preview.scroll.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => preview.scroll.saturating_add(page).min(last),
            KeyCode::PageUp => preview.scroll.saturating_sub(page),
            KeyCode::Home => 0,
            KeyCode::End => last,
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('P') => {
                self.preview = None;
                return;
            }
            _ => preview.scroll,
        };
    }
}
