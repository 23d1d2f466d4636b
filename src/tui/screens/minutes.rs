//! The minutes of the selected item in the editor: wrapped rows from where the view starts
//! (see `editor::view`), the cursor and the selection while typing, the hits of a find.

use crate::tui::editor::Editor;
use crate::tui::editor::pane::{LineAt, Pane};
use crate::tui::editor::view::{View, byte_at, row_of, wrap_line};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthChar;

/// Draws the minutes in `area`; while `typing`, the view follows the cursor.
pub fn render(frame: &mut Frame, area: Rect, editor: &Editor, typing: bool, theme: &Theme) {
    let (width, height) = (area.width as usize, area.height as usize);
    // The whole text, past the textarea's window (see `editor::pane`).
    let lines = &editor.minutes;
    if width == 0 || height == 0 || lines.line_count() == 0 {
        return;
    }
    let view: &View = &editor.view;
    view.width.set(width);
    let cursor = editor.minutes.cursor();
    let (line, sub) = view.top.get();
    let line = line.min(lines.line_count() - 1);
    let mut top = (line, sub.min(wrap_line(lines.line(line).unwrap_or(""), width).len() - 1));
    // The view follows the cursor while typing, and to a hit found here.
    if typing || editor.find_hit().is_some() {
        top = follow(lines, top, cursor, width, height);
    }
    view.top.set(top);
    let marks = Marks {
        cursor: typing.then_some(cursor),
        selection: editor.minutes.selection_range(),
        hit: editor.find_hit(),
    };
    let buf = frame.buffer_mut();
    let (mut row, mut sub) = top;
    let mut y = 0;
    while y < height
        && let Some(text) = lines.line(row)
    {
        for (start, end) in wrap_line(text, width).into_iter().skip(sub) {
            if y >= height {
                break;
            }
            let at = Rect { x: area.x, y: area.y + y as u16, width: area.width, height: 1 };
            draw_row(buf, at, text, row, (start, end), &marks, theme);
            y += 1;
        }
        (row, sub) = (row + 1, 0);
    }
}

/// What stands out: the cursor, the selection, the hit of a find (line, from and to column).
struct Marks {
    cursor: Option<(usize, usize)>,
    selection: Option<((usize, usize), (usize, usize))>,
    hit: Option<(usize, usize, usize)>,
}

impl Marks {
    fn style(&self, row: usize, col: usize, theme: &Theme) -> Style {
        let selected =
            self.selection.is_some_and(|(from, to)| (row, col) >= from && (row, col) < to);
        let hit = self.hit.is_some_and(|(r, from, to)| r == row && col >= from && col < to);
        if self.cursor == Some((row, col)) {
            Style::default().add_modifier(Modifier::REVERSED)
        } else if selected || hit {
            theme.selected
        } else {
            Style::default()
        }
    }
}

/// One wrapped row: the characters that fit, styled; the cursor after the last one too.
fn draw_row(
    buf: &mut ratatui::buffer::Buffer,
    at: Rect,
    text: &str,
    row: usize,
    (start, end): (usize, usize),
    marks: &Marks,
    theme: &Theme,
) {
    let width = at.width as usize;
    let mut col = text[..start].chars().count();
    let mut x = 0;
    for c in text[start..end].chars() {
        let cw = c.width().unwrap_or(0);
        if x + cw > width {
            // A hanging space out of sight: the cursor on it shows on the last column.
            if marks.cursor == Some((row, col)) {
                let last = (at.x + at.width - 1, at.y);
                buf[last].set_style(marks.style(row, col, theme));
            }
            col += 1;
            continue;
        }
        if cw > 0 {
            let cell = &mut buf[(at.x + x as u16, at.y)];
            cell.set_char(c);
            cell.set_style(marks.style(row, col, theme));
        }
        x += cw;
        col += 1;
    }
    let row_end_is_line_end = end == text.len();
    if row_end_is_line_end && marks.cursor == Some((row, col)) && x < width {
        buf[(at.x + x as u16, at.y)].set_style(marks.style(row, col, theme));
    }
}

/// The top that keeps `cursor` in sight: unchanged when it is, else the cursor's row at the
/// top (it went up) or at the bottom (it went down). Wraps only the rows in between, at most
/// a screen of them.
fn follow(
    lines: &Pane,
    top: (usize, usize),
    (row, col): (usize, usize),
    width: usize,
    height: usize,
) -> (usize, usize) {
    let Some(line) = lines.line(row) else { return top };
    let at = (row, row_of(&wrap_line(line, width), byte_at(line, col)));
    if at < top {
        return at;
    }
    let (mut r, mut s) = top;
    let mut count = wrap_line(lines.line(r).unwrap_or(""), width).len();
    for _ in 0..height {
        if (r, s) == at {
            return top;
        }
        if s + 1 < count {
            s += 1;
        } else {
            (r, s) = (r + 1, 0);
            match lines.line(r) {
                Some(l) => count = wrap_line(l, width).len(),
                None => break,
            }
        }
    }
    // Below the view: the cursor's row becomes the last in sight.
    let (mut r, mut s) = at;
    for _ in 1..height {
        if s > 0 {
            s -= 1;
        } else if r > 0 {
            r -= 1;
            s = wrap_line(lines.line(r).unwrap_or(""), width).len() - 1;
        } else {
            break;
        }
    }
    (r, s)
}
