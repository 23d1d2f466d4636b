//! The conflicts view: the conflict copies of the folder, and for one of them every element
//! that differs from the original — one-sided changes taken over by themselves, the ones both
//! sides changed chosen here one by one (the original's, the copy's, or both). Writing is left
//! to the event loop.

use crate::domain::merge::strings::element_text;
use crate::domain::merge::{Choice, Difference, Side};
use crate::i18n::Lang;
use crate::store::conflict::{CompareError, Compared};
use crate::store::load::ConflictCopy;
use crate::store::relpath::slashed;
use crate::store::strings::{disk_refused, merge_write_error, undo_error};
use crate::store::textdiff::DiffLine;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::path::Path;

/// A copy that could be read and compared, or why not.
pub type Entry = (ConflictCopy, Result<Compared, CompareError>);

/// Every conflict copy of the folder at `root`, read and compared against the ancestors kept
/// in the folder and in the user's cache.
pub fn read_all(root: &Path, copies: &[ConflictCopy]) -> Vec<Entry> {
    let cache = crate::store::versions::VersionCache::for_folder(root);
    Compared::read_all(root, copies, Some(&cache))
}

/// The view.
pub struct ConflictsView {
    /// Every conflict copy of the folder.
    pub copies: Vec<Entry>,
    /// The selected copy.
    pub selected: usize,
    /// The copy being merged, when one is open.
    pub open: Option<Resolving>,
    /// What happened last (written, refused), to show.
    pub note: Option<ConflictNote>,
    /// Whether the user closed the view.
    pub closed: bool,
    /// A copy the user put away (settled by hand), for the loop to move.
    pub put_away: Option<usize>,
    /// Whether the user asked to undo the last merge, for the loop.
    pub undo: bool,
    /// A copy to put away that holds something its original lacks: which, and what it holds
    /// (and what it lacks), shown with the question.
    pub asking: Option<(usize, Vec<DiffLine>)>,
    /// Whether the copy in `put_away` was asked about and the user said yes.
    pub confirmed: bool,
    /// The copies as they are now, read while one was being merged: shown once that ends.
    later: Option<Vec<Entry>>,
}

/// Merging one copy.
pub struct Resolving {
    /// Which copy (index into `copies`).
    pub copy: usize,
    /// Every element that differs.
    pub differences: Vec<Difference>,
    /// The user's choice per difference (only those both sides changed need one).
    pub choices: Vec<Option<Choice>>,
    /// The selected difference.
    pub selected: usize,
    /// Whether the user asked to write the merge.
    pub write: bool,
    /// Whether the copy has no common ancestor with the original: taking the copy's version
    /// of an element then asks once more.
    pub no_ancestor: bool,
    /// The element whose copy's version was asked for once, awaiting the second `c`.
    pub confirm: Option<usize>,
}

impl Resolving {
    /// Whether every element both sides changed has a choice.
    pub fn decided(&self) -> bool {
        self.differences.iter().zip(&self.choices).all(|(d, c)| d.side != Side::Both || c.is_some())
    }
}

/// A message in the view.
#[derive(Debug, Clone, PartialEq)]
pub enum ConflictNote {
    /// Merged; the copy went there.
    Merged(String),
    /// Put away (settled by hand); it went there.
    PutAway(String),
    /// Identical to its original: put away at once; it went there.
    PutAwayIdentical(String),
    /// Not written, with why.
    Failed(String),
    /// Approved minutes: never merged.
    Tampering,
    /// Still elements to choose.
    Undecided,
    /// The last merge was undone; this file restored.
    Undone(String),
    /// Taking the copy's version would make this element of the original disappear: asks
    /// again (shown in words, in the reader's language, when drawn).
    ConfirmCopy(Box<crate::domain::meeting::Meeting>, crate::domain::merge::Element),
    /// The copy being merged went from the folder (merged or put away elsewhere).
    Gone(String),
}

impl ConflictsView {
    /// A view on `copies`.
    pub fn new(copies: Vec<Entry>) -> Self {
        Self {
            copies,
            selected: 0,
            open: None,
            note: None,
            closed: false,
            put_away: None,
            undo: false,
            asking: None,
            confirmed: false,
            later: None,
        }
    }

    /// A key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        self.note = None;
        if let Some((at, _)) = self.asking.take() {
            if matches!(key.code, KeyCode::Char('j' | 'y')) {
                (self.put_away, self.confirmed) = (Some(at), true);
            }
            return;
        }
        if let Some(r) = &mut self.open
            && key.code != KeyCode::Char('c')
        {
            r.confirm = None;
        }
        match &mut self.open {
            Some(r) => match key.code {
                KeyCode::Esc => {
                    self.open = None;
                    if let Some(copies) = self.later.take() {
                        self.refresh(copies);
                    }
                }
                KeyCode::Up | KeyCode::Char('k') => r.selected = r.selected.saturating_sub(1),
                KeyCode::Down | KeyCode::Char('j') => {
                    r.selected = (r.selected + 1).min(r.differences.len().saturating_sub(1))
                }
                KeyCode::Char('c') if r.no_ancestor && r.confirm != Some(r.selected) => {
                    self.note = ask_copy(&self.copies, r);
                }
                KeyCode::Char(c @ ('o' | 'c' | 'b')) => choose(r, c),
                KeyCode::Char('s') if r.decided() => r.write = true,
                KeyCode::Char('s') => self.note = Some(ConflictNote::Undecided),
                _ => {}
            },
            None => match key.code {
                KeyCode::Esc | KeyCode::Char('q') => self.closed = true,
                KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
                KeyCode::Down | KeyCode::Char('j') => {
                    self.selected = (self.selected + 1).min(self.copies.len().saturating_sub(1))
                }
                KeyCode::Enter => self.open_selected(),
                KeyCode::Char('w') if !self.copies.is_empty() => {
                    self.put_away = Some(self.selected)
                }
                KeyCode::Char('u') => self.undo = true,
                _ => {}
            },
        }
    }

    /// The copies as they are now in the folder (someone's sync brought or took some): the
    /// list follows, keeping the selected copy selected. While a copy is being merged the
    /// list waits, unless that copy went (merged or put away elsewhere): then its merge ends,
    /// saying so.
    pub fn refresh(&mut self, copies: Vec<Entry>) {
        let path_of = |list: &[Entry], i: usize| list.get(i).map(|(c, _)| c.path.clone());
        if let Some(r) = &self.open {
            let merging = path_of(&self.copies, r.copy);
            if copies.iter().any(|(c, _)| Some(&c.path) == merging.as_ref()) {
                self.later = Some(copies);
                return;
            }
            self.open = None;
            self.note = merging.map(|p| ConflictNote::Gone(slashed(&p).to_string()));
        }
        if let Some((at, _)) = &self.asking
            && !copies.iter().any(|(c, _)| Some(&c.path) == path_of(&self.copies, *at).as_ref())
        {
            self.asking = None;
        }
        let selected = path_of(&self.copies, self.selected);
        self.selected = copies
            .iter()
            .position(|(c, _)| Some(&c.path) == selected.as_ref())
            .unwrap_or(self.selected.min(copies.len().saturating_sub(1)));
        self.copies = copies;
        self.later = None;
    }

    /// Does what the user asked for on the folder at `root`: undo the last merge, put a copy
    /// away (or ask first), write a settled merge. Says what was written; `None` when
    /// nothing was.
    pub fn work(&mut self, root: &Path, lang: Lang) -> Option<ConflictNote> {
        if std::mem::take(&mut self.undo) {
            return Some(match crate::store::undo::undo(root, None) {
                Ok(done) => ConflictNote::Undone(slashed(&done.original).to_string()),
                Err(e) => ConflictNote::Failed(undo_error(lang, &e)),
            });
        }
        if let Some(at) = self.put_away.take() {
            return self.put_away_or_ask(at, root, lang);
        }
        let r = self.open.as_mut().filter(|r| r.write)?;
        r.write = false;
        let (_, Ok(compared)) = self.copies.get(r.copy)? else { return None };
        let (mut merged, _) = compared.merge();
        crate::domain::merge::settle_all(&mut merged, &compared.theirs, &r.differences, &r.choices);
        let cache = crate::store::versions::VersionCache::for_folder(root);
        Some(match compared.write(root, merged, true, Some(&cache)) {
            Ok(to) => ConflictNote::Merged(to.map(|p| slashed(&p).to_string()).unwrap_or_default()),
            Err(why) => ConflictNote::Failed(merge_write_error(lang, &why)),
        })
    }

    /// Puts the copy `at` away, unless it holds something its original lacks and the user
    /// was not asked yet: then the question is set and `None` returned. Otherwise says what
    /// was done.
    pub fn put_away_or_ask(&mut self, at: usize, root: &Path, lang: Lang) -> Option<ConflictNote> {
        let confirmed = std::mem::take(&mut self.confirmed);
        let (copy, compared) = self.copies.get(at)?;
        let (identical, holds) = match compared {
            Ok(c) => (c.identical, c.holds_more().then(|| meeting_diff(c, lang))),
            Err(_) => match crate::store::conflict::file_diff(root, copy) {
                Ok(lines) if lines.is_empty() => (true, None),
                Ok(lines) => (false, Some(lines)),
                Err(e) => {
                    return Some(ConflictNote::Failed(disk_refused(lang, &copy.path, &e)));
                }
            },
        };
        if let Some(lines) = holds.filter(|_| !confirmed) {
            self.asking = Some((at, lines));
            return None;
        }
        Some(match crate::store::conflict::put_away(root, &copy.path) {
            Ok(to) if identical => ConflictNote::PutAwayIdentical(slashed(&to).to_string()),
            Ok(to) => ConflictNote::PutAway(slashed(&to).to_string()),
            Err(e) => ConflictNote::Failed(disk_refused(lang, &copy.path, &e)),
        })
    }

    fn open_selected(&mut self) {
        let Some((_, Ok(compared))) = self.copies.get(self.selected) else { return };
        if compared.tampering() {
            self.note = Some(ConflictNote::Tampering);
            return;
        }
        let differences = compared.differences.clone();
        let choices = vec![None; differences.len()];
        self.open = Some(Resolving {
            copy: self.selected,
            differences,
            choices,
            selected: 0,
            write: false,
            no_ancestor: compared.ancestor.is_none(),
            confirm: None,
        });
    }
}

/// What a copy of a meeting holds apart from its original, as text per element: the minutes
/// line by line, never the file's RON.
fn meeting_diff(c: &Compared, lang: Lang) -> Vec<DiffLine> {
    let mut lines = Vec::new();
    for d in c.differences.iter().filter(|d| c.ancestor.is_none() || d.side != Side::Ours) {
        lines.push(DiffLine::Heading(crate::domain::merge::strings::element(lang, &d.element)));
        let text = |m| element_text(lang, m, &d.element);
        let (ours, theirs) = (text(&c.original.value), text(&c.theirs));
        lines.extend(crate::store::textdiff::lines(&ours, &theirs));
    }
    lines
}

/// The first `c` on an element both changed, without an ancestor: what of the original would
/// disappear, to ask about; the element awaits a second `c`.
fn ask_copy(copies: &[Entry], r: &mut Resolving) -> Option<ConflictNote> {
    let d = r.differences.get(r.selected).filter(|d| d.side == Side::Both)?;
    let (_, Ok(compared)) = copies.get(r.copy)? else { return None };
    r.confirm = Some(r.selected);
    Some(ConflictNote::ConfirmCopy(Box::new(compared.original.value.clone()), d.element.clone()))
}

/// `o` the original's, `c` the copy's, `b` both, for an element both sides changed.
fn choose(r: &mut Resolving, key: char) {
    let Some(d) = r.differences.get(r.selected) else { return };
    if d.side != Side::Both {
        return;
    }
    r.choices[r.selected] = Some(match key {
        'o' => Choice::Ours,
        'c' => Choice::Theirs,
        _ => Choice::Both,
    });
    // On to the next element still to choose.
    if let Some(next) = (r.selected + 1..r.differences.len())
        .find(|&i| r.differences[i].side == Side::Both && r.choices[i].is_none())
    {
        r.selected = next;
    }
}
