//! How the minutes of an item are laid out on screen: wrapped at word boundaries with no
//! wrapped row starting with a space (the space of a wrap point hangs at the end of the row
//! before, out of sight), and where the view starts. Only the rows in sight are wrapped, so a
//! 10 MB item costs a frame no more than a short one; the textarea itself never wraps (it
//! would rewrap the whole text on every key).

use super::pane::LineAt;
use std::cell::Cell;
use unicode_width::UnicodeWidthChar;

/// The rows `line` wraps into at `width` columns, as byte ranges. A word that does not fit
/// goes to the next row; one longer than a row is cut; the spaces at a wrap point stay at the
/// end of the row before. Spaces at the start of the line itself (typed indentation) stay.
pub fn wrap_line(line: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (from, to, space) in (Tokens { line, at: 0 }) {
        let w: usize = line[from..to].chars().map(|c| c.width().unwrap_or(0)).sum();
        if space {
            // Hangs at the end of the row, however far past it: it is never seen.
            used += w;
            continue;
        }
        if used + w <= width {
            used += w;
            continue;
        }
        if from > start {
            rows.push((start, from));
            (start, used) = (from, 0);
        }
        // A word longer than a row: cut it into rows.
        for (i, c) in line[from..to].char_indices() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && from + i > start {
                rows.push((start, from + i));
                (start, used) = (from + i, 0);
            }
            used += cw;
        }
    }
    rows.push((start, line.len()));
    rows
}

/// Runs of spaces and runs of everything else: (from, to, whether spaces).
struct Tokens<'a> {
    line: &'a str,
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = (usize, usize, bool);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.line[self.at..];
        let first = rest.chars().next()?;
        let space = first == ' ';
        let len = rest.find(|c: char| (c == ' ') != space).unwrap_or(rest.len());
        let from = self.at;
        self.at += len;
        Some((from, self.at, space))
    }
}

/// The row of `rows` that the byte `at` is on: a wrap point belongs to the row it starts.
pub fn row_of(rows: &[(usize, usize)], at: usize) -> usize {
    rows.iter().rposition(|(start, _)| *start <= at).unwrap_or(0)
}

/// The byte where character `col` of `line` starts (its end past the last).
pub fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(b, _)| b)
}

/// Where the view of the minutes starts, and how wide it was last drawn: kept per item for
/// the session, so that going back to an item shows it where it was.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// The first line in sight, and its first wrapped row in sight.
    pub top: Cell<(usize, usize)>,
    /// The width of the text as last drawn, for moving up and down by rows.
    pub width: Cell<usize>,
}

/// A position one wrapped row up (`by` = -1) or down (1) from `(row, col)` in `lines`, at
/// the same column on screen as far as the row is long; `None` at the first or last row.
pub fn row_step(
    lines: &(impl LineAt + ?Sized),
    (row, col): (usize, usize),
    by: isize,
    width: usize,
) -> Option<(usize, usize)> {
    let line = lines.line(row)?;
    let rows = wrap_line(line, width);
    let at = byte_at(line, col);
    let sub = row_of(&rows, at);
    let x = line[rows[sub].0..at].chars().count();
    let (to_row, to_sub) = match (by < 0, sub) {
        (true, 0) => (row.checked_sub(1)?, usize::MAX),
        (true, s) => (row, s - 1),
        (false, s) if s + 1 < rows.len() => (row, s + 1),
        (false, _) if row + 1 < lines.line_count() => (row + 1, 0),
        (false, _) => return None,
    };
    let target = lines.line(to_row)?;
    let target_rows = if to_row == row { rows } else { wrap_line(target, width) };
    let to_sub = to_sub.min(target_rows.len() - 1);
    let (start, end) = target_rows[to_sub];
    let last = to_sub + 1 == target_rows.len();
    // Not past the row's end: on a wrapped row, before its first hidden space.
    let room = target[start..end].trim_end_matches(' ').chars().count();
    let room = if last { target[start..end].chars().count() } else { room };
    let col_start = target[..start].chars().count();
    Some((to_row, col_start + x.min(room)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(line: &str, width: usize) -> Vec<&str> {
        wrap_line(line, width).into_iter().map(|(a, b)| &line[a..b]).collect()
    }

    #[test]
    fn no_wrapped_row_starts_with_a_space() {
        assert_eq!(rows("aaaa bbb cc", 4), ["aaaa ", "bbb ", "cc"]);
        assert_eq!(rows("aaa  bbb", 4), ["aaa  ", "bbb"]);
        assert_eq!(rows("  ingesprongen tekst", 14), ["  ingesprongen ", "tekst"]);
    }

    #[test]
    fn a_word_longer_than_a_row_is_cut() {
        assert_eq!(rows("ab abcdefghij", 4), ["ab ", "abcd", "efgh", "ij"]);
        assert_eq!(rows("", 4), [""]);
    }

    #[test]
    fn up_and_down_go_by_rows_at_the_same_column() {
        let lines = ["aaaa bbbb cc".to_owned(), "dd".to_owned()];
        let lines = &lines[..];
        assert_eq!(row_step(lines, (0, 1), 1, 5), Some((0, 6)));
        assert_eq!(row_step(lines, (0, 6), 1, 5), Some((0, 11)));
        assert_eq!(row_step(lines, (0, 11), 1, 5), Some((1, 1)));
        assert_eq!(row_step(lines, (1, 1), -1, 5), Some((0, 11)));
        assert_eq!(row_step(lines, (0, 3), -1, 5), None);
    }
}
