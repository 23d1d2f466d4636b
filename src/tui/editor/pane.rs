//! The minutes of the item being typed in, however long. The textarea holds only a window of
//! lines around the cursor (about [`HALF`] bytes either side): it recomputes every line's
//! width on each key, which at 10 MB took a quarter of a second a key. The lines above and
//! below the window are kept as they are and stitched back for saving; every edit is recorded
//! as a [`Change`] at its place in the whole text, so undo, find and the cursor reach past the
//! window's edges. An item under a window's size is all window, as before.

use super::change::{self, Change, end_of};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// How many bytes of text the window holds above and below the cursor's line.
pub const HALF: usize = 16 * 1024;

/// How close to the window's edge (in lines) the cursor may come before the window moves.
const EDGE: usize = 2;

/// A window grown past this many times [`HALF`] (a long paste) is cut back around the cursor.
const GROWN: usize = 8;

/// Text by lines: the whole minutes, or lines in a slice (for the tests of the layout).
pub trait LineAt {
    /// Line `i`, if there is one.
    fn line(&self, i: usize) -> Option<&str>;
    /// How many lines there are.
    fn line_count(&self) -> usize;
}

impl LineAt for [String] {
    fn line(&self, i: usize) -> Option<&str> {
        self.get(i).map(String::as_str)
    }

    fn line_count(&self) -> usize {
        self.len()
    }
}

/// The minutes of one item: the lines above the window, the window in a textarea, the lines
/// below it (last line first, so the window takes the next one with a pop).
pub struct Pane {
    above: Vec<String>,
    area: TextArea<'static>,
    below: Vec<String>,
    cursor_style: Style,
    /// [`HALF`], but for the tests.
    half: usize,
}

impl LineAt for Pane {
    fn line(&self, i: usize) -> Option<&str> {
        let (a, w) = (self.above.len(), self.area.lines().len());
        if i < a {
            Some(&self.above[i])
        } else if i < a + w {
            Some(&self.area.lines()[i - a])
        } else {
            let j = self.below.len().checked_sub(i - a - w + 1)?;
            Some(&self.below[j])
        }
    }

    fn line_count(&self) -> usize {
        self.above.len() + self.area.lines().len() + self.below.len()
    }
}

impl Default for Pane {
    fn default() -> Self {
        let (above, below) = (Vec::new(), Vec::new());
        Pane { above, area: TextArea::default(), below, cursor_style: Style::default(), half: HALF }
    }
}

impl Pane {
    /// `text`, with the cursor after its last character.
    pub fn new(text: &str) -> Pane {
        Pane::with_window(text, HALF)
    }

    /// `text` in windows of `half` bytes either side of the cursor.
    fn with_window(text: &str, half: usize) -> Pane {
        let mut above: Vec<String> = text.split('\n').map(str::to_owned).collect();
        // The last line in the textarea to begin with; the window is set around it.
        let area = TextArea::new(vec![above.pop().unwrap_or_default()]);
        let mut pane = Pane { above, area, half, ..Pane::default() };
        let last = pane.line_count() - 1;
        let end = pane.line(last).map_or(0, |l| l.chars().count());
        pane.move_window(pane.range_around(last, last), None, (last, end));
        pane
    }

    /// The whole text.
    pub fn text(&self) -> String {
        let count = self.line_count();
        let size = (0..count).filter_map(|i| self.line(i)).map(|l| l.len() + 1).sum();
        let mut text = String::with_capacity(size);
        for i in 0..count {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(self.line(i).unwrap_or(""));
        }
        text
    }

    /// Whether the text is `text` (without putting it together).
    pub fn holds(&self, text: &str) -> bool {
        let mut lines = text.split('\n');
        (0..self.line_count()).all(|i| lines.next() == self.line(i)) && lines.next().is_none()
    }

    /// The textarea holding the window, to look at (what a key will do).
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// The cursor: line and character.
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (self.above.len() + c.0, c.1)
    }

    /// The selection, from its first character to past its last.
    pub fn selection_range(&self) -> Option<((usize, usize), (usize, usize))> {
        let a = self.above.len();
        let ((r0, c0), (r1, c1)) = self.area.selection_range()?;
        Some(((a + r0, c0), (a + r1, c1)))
    }

    /// How the cursor shows.
    pub fn set_cursor_style(&mut self, style: Style) {
        self.cursor_style = style;
        self.area.set_cursor_style(style);
    }

    /// Moves the cursor to line `row`, character `col` (at most the line's end).
    pub fn jump(&mut self, (row, col): (usize, usize)) {
        let row = row.min(self.line_count() - 1);
        let col = col.min(self.line(row).map_or(0, |l| l.chars().count()));
        // A selection goes on from where it began, as the textarea's own moves do.
        let anchor = self.anchor();
        if !self.in_window(row) || self.near_edge(row) {
            let (lo, hi) = anchor.map_or((row, row), |a| (a.0.min(row), a.0.max(row)));
            self.move_window(self.range_around(lo, hi), anchor, (row, col));
        } else {
            self.place(anchor, (row, col));
        }
    }

    /// A key typed: its edit of the text, if it made one. The cursor's moves to the very top
    /// or end of the text go past the window.
    pub fn input(&mut self, key: KeyEvent) -> Option<Change> {
        if let Some(bottom) = to_top_or_bottom(&key) {
            // As the textarea does: the first or last line, at the same column if it can.
            let (row, col) = self.cursor();
            let to = if bottom { self.line_count() - 1 } else { 0 };
            let to = (to, col.min(self.line(to).map_or(0, |l| l.chars().count())));
            let shift = key.modifiers.contains(KeyModifiers::SHIFT);
            let anchor = if shift { self.anchor().or(Some((row, col))) } else { None };
            let lines = anchor.map_or((to.0, to.0), |a| (a.0.min(to.0), a.0.max(to.0)));
            self.move_window(self.range_around(lines.0, lines.1), anchor, to);
            return None;
        }
        self.edit(|area| area.input(key))
    }

    /// Inserts `text` at the cursor (over the selection): the edit, if any.
    pub fn insert_str(&mut self, text: &str) -> Option<Change> {
        self.edit(|area| area.insert_str(text))
    }

    /// Undoes `change` (or redoes it): false if the text there is not what it made.
    pub fn apply(&mut self, change: &Change, redo: bool) -> bool {
        let (take, put, cursor) = if redo {
            (&change.removed, &change.inserted, change.after)
        } else {
            (&change.inserted, &change.removed, change.before)
        };
        let end = end_of(change.at, take);
        if end.0 >= self.line_count() {
            return false;
        }
        let range = self.range_around(change.at.0, end.0);
        self.move_window(range, None, change.at);
        let first = change.at.0 - self.above.len();
        let yank = self.area.yank_text();
        let mut lines = std::mem::take(&mut self.area).into_lines();
        let joined = lines[first..=end.0 - self.above.len()].join("\n");
        let from = byte_at(&joined, change.at.1);
        let ok = joined[from..].starts_with(take.as_str());
        if ok {
            let mut new = joined[..from].to_owned();
            new.push_str(put);
            new.push_str(&joined[from + take.len()..]);
            lines.splice(first..=end.0 - self.above.len(), new.split('\n').map(str::to_owned));
        }
        self.area = self.textarea(lines);
        self.area.set_yank_text(yank);
        let range = self.range_around(cursor.0, cursor.0);
        self.move_window(range, None, cursor);
        ok
    }

    /// Runs `edit` on the window and finds what it changed, by the lines it left alike at
    /// either end; then moves the window when the cursor came near its edge.
    fn edit(&mut self, edit: impl FnOnce(&mut TextArea<'static>) -> bool) -> Option<Change> {
        let old: Vec<String> = self.area.lines().to_vec();
        let before = self.cursor();
        // Not by what it returns: a paste of nothing over a selection deletes it and says no.
        edit(&mut self.area);
        let (first, cursor) = (self.above.len(), (before, self.cursor()));
        let change = change::between(&old, self.area.lines(), first, cursor);
        self.settle();
        change
    }

    /// Moves the window when the cursor came near its edge with text beyond, or when it grew
    /// far past its size (a paste).
    fn settle(&mut self) {
        let (row, col) = self.cursor();
        let size: usize = self.area.lines().iter().map(|l| l.len() + 1).sum();
        if self.near_edge(row) || size > GROWN * 2 * self.half {
            let anchor = self.anchor();
            let (lo, hi) = anchor.map_or((row, row), |a| (a.0.min(row), a.0.max(row)));
            self.move_window(self.range_around(lo, hi), anchor, (row, col));
        }
    }

    fn in_window(&self, row: usize) -> bool {
        (self.above.len()..self.above.len() + self.area.lines().len()).contains(&row)
    }

    /// Whether `row` is within [`EDGE`] lines of an edge of the window that has text beyond.
    fn near_edge(&self, row: usize) -> bool {
        let (a, w) = (self.above.len(), self.area.lines().len());
        (a > 0 && row < a + EDGE) || (!self.below.is_empty() && row + EDGE >= a + w)
    }

    /// The end of the selection the cursor is not at.
    fn anchor(&self) -> Option<(usize, usize)> {
        let (from, to) = self.selection_range()?;
        Some(if self.cursor() == from { to } else { from })
    }

    /// The lines of a window holding lines `lo` to `hi`: [`HALF`] bytes more either side, and
    /// [`EDGE`] lines more at least.
    fn range_around(&self, lo: usize, hi: usize) -> (usize, usize) {
        let count = self.line_count();
        let size = |i: usize| self.line(i).map_or(0, |l| l.len() + 1);
        let (mut from, mut bytes) = (lo, 0);
        while from > 0 && (bytes < self.half || lo - from < EDGE + 1) {
            from -= 1;
            bytes += size(from);
        }
        let (mut to, mut bytes) = (hi + 1, 0);
        while to < count && (bytes < self.half || to - hi < EDGE + 2) {
            bytes += size(to);
            to += 1;
        }
        (from, to.min(count))
    }

    /// Makes lines `from` to `to` (past the last) the window, with the cursor at `cursor` and
    /// the selection from `anchor` when given.
    fn move_window(
        &mut self,
        (from, to): (usize, usize),
        anchor: Option<(usize, usize)>,
        cursor: (usize, usize),
    ) {
        let yank = self.area.yank_text();
        let window = std::mem::take(&mut self.area).into_lines();
        // Everything back above, then as many lines as belong there.
        self.above.extend(window);
        while self.above.len() > from {
            let line = self.above.pop().unwrap_or_default();
            self.below.push(line);
        }
        while self.above.len() < from {
            match self.below.pop() {
                Some(line) => self.above.push(line),
                None => break,
            }
        }
        let mut lines = Vec::with_capacity(to - from);
        while self.above.len() + lines.len() < to {
            match self.below.pop() {
                Some(line) => lines.push(line),
                None => break,
            }
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        self.area = self.textarea(lines);
        self.area.set_yank_text(yank);
        self.place(anchor, cursor);
    }

    /// Puts the cursor at `cursor` (whole-text places, in the window), selecting from
    /// `anchor` when given.
    fn place(&mut self, anchor: Option<(usize, usize)>, cursor: (usize, usize)) {
        let a = self.above.len();
        let local = |(r, c): (usize, usize)| {
            let r = r.saturating_sub(a).min(u16::MAX as usize) as u16;
            CursorMove::Jump(r, c.min(u16::MAX as usize) as u16)
        };
        self.area.cancel_selection();
        if let Some(anchor) = anchor {
            self.area.move_cursor(local(anchor));
            self.area.start_selection();
        }
        self.area.move_cursor(local(cursor));
    }

    /// A textarea on `lines` as the editor shows it: the screen wraps (see `view`), the
    /// history is [`Change`]s kept by the editor.
    fn textarea(&self, lines: Vec<String>) -> TextArea<'static> {
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::None);
        area.set_max_histories(0);
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(self.cursor_style);
        area
    }
}

/// The byte where character `col` of `text` starts (its end past the last).
fn byte_at(text: &str, col: usize) -> usize {
    text.char_indices().nth(col).map_or(text.len(), |(b, _)| b)
}

/// Whether `key` is the textarea's move to the top (false) or the end (true) of the text.
fn to_top_or_bottom(key: &KeyEvent) -> Option<bool> {
    let (ctrl, alt) =
        (key.modifiers.contains(KeyModifiers::CONTROL), key.modifiers.contains(KeyModifiers::ALT));
    match key.code {
        KeyCode::Char('<') if alt && !ctrl => Some(false),
        KeyCode::Char('>') if alt && !ctrl => Some(true),
        KeyCode::Up | KeyCode::Char('p') if alt && ctrl => Some(false),
        KeyCode::Down | KeyCode::Char('n') if alt && ctrl => Some(true),
        _ => None,
    }
}

#[cfg(test)]
#[path = "pane_tests.rs"]
mod tests;
