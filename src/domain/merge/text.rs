//! Merging a text both sides changed, three-way by line: what one side changed in one place and
//! the other side in another is all taken; text both added at the same place is kept twice, the
//! original's first (two appended paragraphs); only what truly overlaps is a conflict, of that
//! stretch (a hunk) alone, for the user to settle with the original's version, the copy's, or
//! both. Unchanged lines are never repeated. The line diffs come from `similar`.

use super::Choice;
use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::ops::Range;

/// A stretch of the text both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk {
    /// The original's version of the stretch.
    pub ours: String,
    /// The conflict copy's version of the stretch.
    pub theirs: String,
}

/// One piece of a merged text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Settled lines.
    Lines(Vec<String>),
    /// A stretch to choose.
    Conflict(Vec<String>, Vec<String>),
}

/// A text merged by line: settled lines and the hunks left to choose, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextMerge {
    pieces: Vec<Piece>,
}

impl TextMerge {
    /// The hunks left to choose, in order.
    pub fn hunks(&self) -> Vec<Hunk> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Conflict(o, t) => Some(Hunk { ours: o.join("\n"), theirs: t.join("\n") }),
                Piece::Lines(_) => None,
            })
            .collect()
    }

    /// The merged text when nothing is left to choose.
    pub fn clean(&self) -> Option<String> {
        self.hunks().is_empty().then(|| self.resolve(&[]))
    }

    /// The text with hunk `k` settled by `choices[k]` (the original's version where none is
    /// given): `Both` keeps the original's lines, then the copy's.
    pub fn resolve(&self, choices: &[Choice]) -> String {
        let mut out: Vec<&str> = Vec::new();
        let mut k = 0;
        for piece in &self.pieces {
            match piece {
                Piece::Lines(lines) => out.extend(lines.iter().map(String::as_str)),
                Piece::Conflict(o, t) => {
                    let choice = choices.get(k).copied().unwrap_or(Choice::Ours);
                    k += 1;
                    if choice != Choice::Theirs {
                        out.extend(o.iter().map(String::as_str));
                    }
                    if choice != Choice::Ours {
                        out.extend(t.iter().map(String::as_str));
                    }
                }
            }
        }
        out.join("\n")
    }
}

/// One side's change, in the ancestor's lines: `old` replaced by the side's lines `new`.
#[derive(Debug, Clone)]
struct Change {
    old: Range<usize>,
    new: Range<usize>,
    ours: bool,
}

/// The text's lines; an empty text has none (so what both wrote into it is two insertions).
fn lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_owned).collect()
}

/// Whether `hay` holds `needle` as consecutive lines.
fn holds(hay: &[String], needle: &[String]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// What `side` changed against `base`, neighbouring operations joined into one change.
fn changes(base: &[String], side: &[String], ours: bool) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, base, side) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.old.end == old.start && last.new.end == new.start => {
                (last.old.end, last.new.end) = (old.end, new.end);
            }
            _ => out.push(Change { old, new, ours }),
        }
    }
    out
}

/// The side's version of the ancestor's lines `span`, with the side's `changes` in it.
fn side_text(
    base: &[String],
    side: &[String],
    span: &Range<usize>,
    changes: &[&Change],
) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = span.start;
    for c in changes {
        out.extend_from_slice(&base[at..c.old.start]);
        out.extend_from_slice(&side[c.new.clone()]);
        at = c.old.end;
    }
    out.extend_from_slice(&base[at..span.end]);
    out
}

/// Merges `ours` and `theirs` by line against `ancestor`; without an ancestor every stretch
/// where they differ is a hunk to choose.
pub fn merge_text(ancestor: Option<&str>, ours: &str, theirs: &str) -> TextMerge {
    let (o, t) = (lines(ours), lines(theirs));
    let Some(ancestor) = ancestor else { return two_way(&o, &t) };
    let base = lines(ancestor);
    let mut all = changes(&base, &o, true);
    all.extend(changes(&base, &t, false));
    // By place; at one place an insertion before a replacement, the original's first.
    all.sort_by_key(|c| (c.old.start, c.old.end, !c.ours));
    let mut pieces = Vec::new();
    let mut at = 0;
    let mut rest = all.as_slice();
    while let Some(first) = rest.first() {
        let mut span = first.old.clone();
        let mut n = 1;
        // A change joins the group when it overlaps it, or when both insert at one place.
        while let Some(c) = rest.get(n) {
            let inserts_here = span.is_empty() && c.old == span;
            if c.old.start < span.end || inserts_here {
                span.end = span.end.max(c.old.end);
                n += 1;
            } else {
                break;
            }
        }
        let (group, later) = rest.split_at(n);
        rest = later;
        pieces.push(Piece::Lines(base[at..span.start].to_vec()));
        at = span.end;
        let mine: Vec<&Change> = group.iter().filter(|c| c.ours).collect();
        let other: Vec<&Change> = group.iter().filter(|c| !c.ours).collect();
        let ov = side_text(&base, &o, &span, &mine);
        let tv = side_text(&base, &t, &span, &other);
        pieces.push(settle_group(span.is_empty(), mine.is_empty(), other.is_empty(), ov, tv));
    }
    pieces.push(Piece::Lines(base[at..].to_vec()));
    TextMerge { pieces: tidy(pieces) }
}

/// A group of changes: one-sided or alike is taken; two insertions at one place are both kept
/// (one holding the other, as after an earlier merge: that one); anything else is a hunk.
fn settle_group(
    insert: bool,
    no_ours: bool,
    no_theirs: bool,
    ov: Vec<String>,
    tv: Vec<String>,
) -> Piece {
    if no_theirs || ov == tv {
        return Piece::Lines(ov);
    }
    if no_ours {
        return Piece::Lines(tv);
    }
    if insert {
        // One holds the other's addition (an earlier merge put it there): nothing is repeated.
        if holds(&tv, &ov) {
            return Piece::Lines(tv);
        }
        if holds(&ov, &tv) {
            return Piece::Lines(ov);
        }
        return Piece::Lines([ov, tv].concat());
    }
    Piece::Conflict(ov, tv)
}

/// Without an ancestor: what both have is kept once, every other stretch is a hunk.
fn two_way(o: &[String], t: &[String]) -> TextMerge {
    let pieces = capture_diff_slices(Algorithm::Myers, o, t)
        .into_iter()
        .map(|op| match op.as_tag_tuple() {
            (DiffTag::Equal, old, _) => Piece::Lines(o[old].to_vec()),
            (_, old, new) => Piece::Conflict(o[old].to_vec(), t[new].to_vec()),
        })
        .collect();
    TextMerge { pieces: tidy(pieces) }
}

/// Neighbouring pieces joined, empty settled ones dropped.
fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        match (out.last_mut(), p) {
            (_, Piece::Lines(l)) if l.is_empty() => {}
            (Some(Piece::Lines(last)), Piece::Lines(l)) => last.extend(l),
            (Some(Piece::Conflict(lo, lt)), Piece::Conflict(o, t)) => {
                lo.extend(o);
                lt.extend(t);
            }
            (_, p) => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_appended_paragraphs_are_both_kept_in_order() {
        let m = merge_text(Some("Inleiding."), "Inleiding.\n\nVan A.", "Inleiding.\n\nVan B.");
        assert_eq!(m.clean().as_deref(), Some("Inleiding.\n\nVan A.\n\nVan B."));
    }

    #[test]
    fn edits_of_different_paragraphs_are_both_taken() {
        let base = "Een.\n\nTwee.\n\nDrie.";
        let m = merge_text(
            Some(base),
            "Een, door A.\n\nTwee.\n\nDrie.",
            "Een.\n\nTwee.\n\nDrie, door B.",
        );
        assert_eq!(m.clean().as_deref(), Some("Een, door A.\n\nTwee.\n\nDrie, door B."));
    }

    #[test]
    fn an_overlap_is_one_hunk_and_the_rest_is_never_repeated() {
        let base = "Een.\n\nTwee.\n\nDrie.";
        let m =
            merge_text(Some(base), "Een.\n\nTwee van A.\n\nDrie.", "Een.\n\nTwee van B.\n\nDrie.");
        assert_eq!(m.clean(), None);
        assert_eq!(m.hunks(), [Hunk { ours: "Twee van A.".into(), theirs: "Twee van B.".into() }]);
        assert_eq!(m.resolve(&[Choice::Both]), "Een.\n\nTwee van A.\nTwee van B.\n\nDrie.");
        assert_eq!(m.resolve(&[Choice::Theirs]), "Een.\n\nTwee van B.\n\nDrie.");
        assert_eq!(m.resolve(&[]), "Een.\n\nTwee van A.\n\nDrie.");
    }

    #[test]
    fn the_same_change_on_both_sides_is_taken_once() {
        let m = merge_text(Some("a\nb"), "a\nB\nc", "a\nB\nc");
        assert_eq!(m.clean().as_deref(), Some("a\nB\nc"));
        // One appended what the other appended and more: the longer is kept.
        let m = merge_text(Some("a"), "a\nb", "a\nb\nc");
        assert_eq!(m.clean().as_deref(), Some("a\nb\nc"));
        // Merged once already: merging the same copy again adds nothing.
        let m = merge_text(Some("a"), "a\n\nA\n\nB", "a\n\nB");
        assert_eq!(m.clean().as_deref(), Some("a\n\nA\n\nB"));
    }

    #[test]
    fn what_both_wrote_into_an_empty_text_is_kept_twice() {
        let m = merge_text(Some(""), "Van A.", "Van B.");
        assert_eq!(m.clean().as_deref(), Some("Van A.\nVan B."));
    }

    #[test]
    fn without_an_ancestor_only_the_differing_stretch_is_a_hunk() {
        let m = merge_text(None, "Een.\n\nTwee.", "Een.\n\nTwee.\n\nDrie.");
        assert_eq!(m.hunks().len(), 1);
        assert_eq!(m.resolve(&[Choice::Both]), "Een.\n\nTwee.\n\nDrie.");
    }

    #[test]
    fn a_removal_on_one_side_and_an_edit_elsewhere_merge() {
        let m = merge_text(Some("a\nb\nc\nd"), "a\nc\nd", "a\nb\nc\nD");
        assert_eq!(m.clean().as_deref(), Some("a\nc\nD"));
    }
}
