//! One edit of the minutes as undo keeps it: the text taken out and put in, and where, in the
//! whole text; found by comparing the textarea's window before and after a key.

/// One edit of the text, where it happened in the whole text: undone and redone from here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where the text changed: line and character.
    pub at: (usize, usize),
    /// The text taken out there.
    pub removed: String,
    /// The text put in there.
    pub inserted: String,
    /// The cursor before the edit (where undoing it leaves the cursor).
    pub before: (usize, usize),
    /// The cursor after it (where redoing it leaves the cursor).
    pub after: (usize, usize),
}

/// The place just past `text` written from `at`.
pub fn end_of(at: (usize, usize), text: &str) -> (usize, usize) {
    match text.rfind('\n') {
        Some(nl) => (at.0 + text.matches('\n').count(), text[nl + 1..].chars().count()),
        None => (at.0, at.1 + text.chars().count()),
    }
}

impl Change {
    /// Takes `next`, an edit right after this one, into this one when together they are one
    /// run of typing or of deleting; whether it did.
    pub fn absorb(&mut self, next: &Change) -> bool {
        let typing = self.removed.is_empty() && next.removed.is_empty();
        let deleting = self.inserted.is_empty() && next.inserted.is_empty();
        if typing && next.at == end_of(self.at, &self.inserted) {
            self.inserted.push_str(&next.inserted);
        } else if deleting && end_of(next.at, &next.removed) == self.at {
            // Backspace: the character before what was deleted so far.
            self.removed.insert_str(0, &next.removed);
            self.at = next.at;
        } else if deleting && next.at == self.at {
            // Delete: the character after it.
            self.removed.push_str(&next.removed);
        } else {
            return false;
        }
        self.after = next.after;
        true
    }
}

/// The edit that made `new` out of `old`, the lines of a window starting at line `line` of
/// the text; `cursor`: where the cursor was before and after. None: nothing changed.
pub fn between(
    old: &[String],
    new: &[String],
    line: usize,
    (before, after): ((usize, usize), (usize, usize)),
) -> Option<Change> {
    // Both middles keep a line at least: "no line" and "one empty line" differ.
    let most = old.len().min(new.len()) - 1;
    let first = old.iter().zip(new).take(most).take_while(|(a, b)| a == b).count();
    let last = old.iter().rev().zip(new.iter().rev()).take(most - first);
    let last = last.take_while(|(a, b)| a == b).count();
    let was = old[first..old.len() - last].join("\n");
    let is = new[first..new.len() - last].join("\n");
    if was == is {
        return None;
    }
    let mut head = was.bytes().zip(is.bytes()).take_while(|(a, b)| a == b).count();
    while !was.is_char_boundary(head) {
        head -= 1;
    }
    let room = was.len().min(is.len()) - head;
    let mut tail =
        was.bytes().rev().zip(is.bytes().rev()).take(room).take_while(|(a, b)| a == b).count();
    while !was.is_char_boundary(was.len() - tail) || !is.is_char_boundary(is.len() - tail) {
        tail -= 1;
    }
    let at = end_of((line + first, 0), &was[..head]);
    Some(Change {
        at,
        removed: was[head..was.len() - tail].to_owned(),
        inserted: is[head..is.len() - tail].to_owned(),
        before,
        after,
    })
}
