//! The conflicts view's keys: on the list of copies and on one copy's elements, and the key
//! bar's words for them.

use crate::i18n::Lang;
use crate::tui::keys::{Binding, bind};
use ratatui::crossterm::event::KeyCode;

/// What a key of the conflicts view does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKey {
    /// The previous line.
    Up,
    /// The next line.
    Down,
    /// Open the selected copy's elements, to merge.
    Merge,
    /// Put the selected copy away (settled by hand).
    PutAway,
    /// Undo the last merge.
    Undo,
    /// Close the view.
    Close,
    /// The original's version of the selected element.
    Ours,
    /// The copy's version of it.
    Theirs,
    /// Both versions.
    Both,
    /// Merge and save.
    Save,
    /// Back to the copies.
    Back,
}

/// The keys on the list of copies.
pub const COPIES: &[Binding<ConflictKey>] = &[
    bind(&[KeyCode::Up, KeyCode::Char('k')], "↑ k", ConflictKey::Up),
    bind(&[KeyCode::Down, KeyCode::Char('j')], "↓ j", ConflictKey::Down),
    bind(&[KeyCode::Enter], "Enter", ConflictKey::Merge),
    bind(&[KeyCode::Char('w')], "w", ConflictKey::PutAway),
    bind(&[KeyCode::Char('u')], "u", ConflictKey::Undo),
    bind(&[KeyCode::Char('q'), KeyCode::Esc], "q Esc", ConflictKey::Close),
];

/// The keys on one copy's elements.
pub const MERGING: &[Binding<ConflictKey>] = &[
    bind(&[KeyCode::Up, KeyCode::Char('k')], "↑ k", ConflictKey::Up),
    bind(&[KeyCode::Down, KeyCode::Char('j')], "↓ j", ConflictKey::Down),
    bind(&[KeyCode::Char('o')], "o", ConflictKey::Ours),
    bind(&[KeyCode::Char('c')], "c", ConflictKey::Theirs),
    bind(&[KeyCode::Char('b')], "b", ConflictKey::Both),
    bind(&[KeyCode::Char('s')], "s", ConflictKey::Save),
    bind(&[KeyCode::Esc], "Esc", ConflictKey::Back),
];

/// The key bar's word for `key` on the list (`merging`: on a copy's elements).
pub fn key_word(lang: Lang, key: ConflictKey, merging: bool) -> &'static str {
    use crate::domain::merge::strings::{KeyWord as W, key_word};
    let word = match key {
        ConflictKey::Up => return "",
        ConflictKey::Down if merging => W::Element,
        ConflictKey::Down => W::Copy,
        ConflictKey::Merge => W::Merge,
        ConflictKey::PutAway => W::PutAway,
        ConflictKey::Undo => W::Undo,
        ConflictKey::Close => W::Close,
        ConflictKey::Ours => W::Original,
        ConflictKey::Theirs => W::TheCopy,
        ConflictKey::Both => W::Both,
        ConflictKey::Save => W::Save,
        ConflictKey::Back => W::Back,
    };
    key_word(lang, word)
}
