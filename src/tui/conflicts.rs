//! The conflicts view: the conflict copies of the folder, and for one of them every element
//! that differs from the original — one-sided changes taken over by themselves, the ones both
//! sides changed chosen here one by one (the original's, the copy's, or both). A copy of a
//! meeting and one of the plan, the members or an update file are merged alike (the latter's
//! own parts are in `conflicts_files.rs`). Its keys come back as effects; `effects::apply`
//! writes, calling the functions at the end of this file.

use super::effect::Effect;
use super::keys::{Binding, find};
use crate::domain::merge::strings::element_text;
use crate::domain::merge::{Choice, Difference, FileDifference, FileElement, Side};
use crate::i18n::Lang;
use crate::store::conflict::{CompareError, Compared};
use crate::store::load::ConflictCopy;
use crate::store::relpath::slashed;
use crate::store::strings::{disk_refused, merge_write_error, undo_error};
use crate::store::textdiff::DiffLine;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::path::Path;

/// A copy that could be read and compared, or why not.
pub type Entry = (ConflictCopy, Result<Read, CompareError>);

pub use super::conflicts_files::{Read, read_all};

mod bindings;
pub use bindings::{COPIES, ConflictKey, MERGING, key_word};

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
    /// A copy to put away that holds something its original lacks: which, and what it holds
    /// (and what it lacks), shown with the question.
    pub asking: Option<(usize, Vec<DiffLine>)>,
    /// The copies as they are now, read while one was being merged: shown once that ends.
    later: Option<Vec<Entry>>,
}

/// Merging one copy.
pub struct Resolving {
    /// Which copy (index into `copies`).
    pub copy: usize,
    /// Every element that differs, of a meeting.
    pub differences: Vec<Difference>,
    /// Every element that differs, of the plan, the members or an update file (then
    /// `differences` is empty).
    pub files: Vec<FileDifference<FileElement>>,
    /// The user's choice per difference (only those both sides changed need one).
    pub choices: Vec<Option<Choice>>,
    /// The selected difference.
    pub selected: usize,
    /// Whether the copy has no common ancestor with the original: taking the copy's version
    /// of an element then asks once more.
    pub no_ancestor: bool,
    /// The element whose copy's version was asked for once, awaiting the second `c`.
    pub confirm: Option<usize>,
}

impl Resolving {
    /// Whether every element both sides changed has a choice.
    pub fn decided(&self) -> bool {
        (0..self.len())
            .zip(&self.choices)
            .all(|(i, c)| self.side(i) != Some(Side::Both) || c.is_some())
    }

    /// How many elements differ.
    pub fn len(&self) -> usize {
        self.differences.len() + self.files.len()
    }

    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Who changed the `i`-th element.
    pub fn side(&self, i: usize) -> Option<Side> {
        self.differences.get(i).map(|d| d.side).or_else(|| self.files.get(i).map(|d| d.side))
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
    /// As `ConfirmCopy`, for an element of the plan, the members or an update file.
    ConfirmCopyFile(Box<crate::domain::merge::FileContent>, FileElement),
    /// `b` on an element of these files that holds one version only.
    NoBoth,
}

impl ConflictsView {
    /// A view on `copies`.
    pub fn new(copies: Vec<Entry>) -> Self {
        Self { copies, selected: 0, open: None, note: None, asking: None, later: None }
    }

    /// A key press; what it asks to write comes back.
    pub fn handle_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        self.note = None;
        if let Some((at, _)) = self.asking.take() {
            if matches!(key.code, KeyCode::Char('j' | 'y')) {
                return vec![Effect::PutAway { copy: at, confirmed: true }];
            }
            return Vec::new();
        }
        if let Some(r) = &mut self.open
            && key.code != KeyCode::Char('c')
        {
            r.confirm = None;
        }
        let Some(action) = find(self.keys(), key.code) else { return Vec::new() };
        self.update(action)
    }

    /// The key table of where the view is: the copies, or one copy's elements.
    pub fn keys(&self) -> &'static [Binding<ConflictKey>] {
        if self.open.is_some() { MERGING } else { COPIES }
    }

    /// Applies an action of the key tables.
    fn update(&mut self, action: ConflictKey) -> Vec<Effect> {
        use ConflictKey as K;
        let copies = self.copies.len();
        match (&mut self.open, action) {
            (Some(r), K::Up) => r.selected = r.selected.saturating_sub(1),
            (Some(r), K::Down) => r.selected = (r.selected + 1).min(r.len().saturating_sub(1)),
            (Some(_), K::Back) => {
                self.open = None;
                if let Some(copies) = self.later.take() {
                    self.refresh(copies);
                }
            }
            (Some(r), K::Theirs) if r.no_ancestor && r.confirm != Some(r.selected) => {
                self.note = ask_copy(&self.copies, r);
            }
            (Some(r), K::Ours) => choose(r, Choice::Ours),
            (Some(r), K::Theirs) => choose(r, Choice::Theirs),
            (Some(r), K::Both) if !super::conflicts_files::both_allowed(r) => {
                self.note = Some(ConflictNote::NoBoth)
            }
            (Some(r), K::Both) => choose(r, Choice::Both),
            (Some(r), K::Save) if r.decided() => return vec![Effect::WriteMerge],
            (Some(_), K::Save) => self.note = Some(ConflictNote::Undecided),
            (None, K::Up) => self.selected = self.selected.saturating_sub(1),
            (None, K::Down) => self.selected = (self.selected + 1).min(copies.saturating_sub(1)),
            (None, K::Close) => return vec![Effect::CloseConflicts],
            (None, K::Merge) => self.open_selected(),
            (None, K::PutAway) if copies > 0 => {
                return vec![Effect::PutAway { copy: self.selected, confirmed: false }];
            }
            (None, K::Undo) => return vec![Effect::UndoMerge],
            _ => {}
        }
        Vec::new()
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

    /// Writes the settled merge of the open copy into the folder at `root`; says what was
    /// written (`None`: no merge is open or the copy cannot be read).
    pub fn write_merge(&mut self, root: &Path, lang: Lang) -> Option<ConflictNote> {
        let r = self.open.as_ref().filter(|r| r.decided())?;
        let compared = match self.copies.get(r.copy)? {
            (_, Ok(Read::Meeting(c))) => c,
            (_, Ok(Read::File(f))) => return Some(super::conflicts_files::write(f, r, root, lang)),
            (_, Err(_)) => return None,
        };
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
    pub fn put_away_or_ask(
        &mut self,
        at: usize,
        confirmed: bool,
        root: &Path,
        lang: Lang,
    ) -> Option<ConflictNote> {
        let (copy, compared) = self.copies.get(at)?;
        let (identical, holds) = match compared {
            Ok(Read::Meeting(c)) => (c.identical, c.holds_more().then(|| meeting_diff(c, lang))),
            Ok(Read::File(f)) => {
                (f.identical, f.holds_more().then(|| super::conflicts_files::diff(f, lang)))
            }
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
        let Some((_, Ok(read))) = self.copies.get(self.selected) else { return };
        if read.tampering() {
            self.note = Some(ConflictNote::Tampering);
            return;
        }
        let (differences, files) = match read {
            Read::Meeting(c) => (c.differences.clone(), Vec::new()),
            Read::File(f) => (Vec::new(), f.differences().to_vec()),
        };
        let choices = vec![None; differences.len() + files.len()];
        self.open = Some(Resolving {
            copy: self.selected,
            differences,
            files,
            choices,
            selected: 0,
            no_ancestor: read.no_ancestor(),
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
    (r.side(r.selected) == Some(Side::Both)).then_some(())?;
    let note = match copies.get(r.copy)? {
        (_, Ok(Read::Meeting(c))) => {
            let d = r.differences.get(r.selected)?;
            ConflictNote::ConfirmCopy(Box::new(c.original.value.clone()), d.element.clone())
        }
        (_, Ok(Read::File(f))) => {
            let d = r.files.get(r.selected)?;
            ConflictNote::ConfirmCopyFile(Box::new(f.original.clone()), d.key.clone())
        }
        (_, Err(_)) => return None,
    };
    r.confirm = Some(r.selected);
    Some(note)
}

/// `o` the original's, `c` the copy's, `b` both, for an element both sides changed.
fn choose(r: &mut Resolving, choice: Choice) {
    if r.side(r.selected) != Some(Side::Both) {
        return;
    }
    r.choices[r.selected] = Some(choice);
    // On to the next element still to choose.
    if let Some(next) =
        (r.selected + 1..r.len()).find(|&i| r.side(i) == Some(Side::Both) && r.choices[i].is_none())
    {
        r.selected = next;
    }
}

/// Undoes the last merge in the folder at `root`; says which file it restored, or why not.
pub fn undo_merge(root: &Path, lang: Lang) -> ConflictNote {
    match crate::store::undo::undo(root, None) {
        Ok(done) => ConflictNote::Undone(slashed(&done.original).to_string()),
        Err(e) => ConflictNote::Failed(undo_error(lang, &e)),
    }
}
