//! A line diff of two texts, for showing a person what a copy holds that its original does
//! not (and the other way round) before the copy is put away.

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    /// A heading: what the lines below belong to.
    Heading(String),
    /// Only the original has this line.
    Original(String),
    /// Only the copy has this line.
    Copy(String),
}

/// The lines only `original` has and those only `copy` has, in order. Common lines at both
/// ends are cut first, so a long file with a small change costs little; the middle is
/// compared by longest common subsequence, up to `LIMIT` lines on a side (beyond that, the
/// whole middle of each side is shown).
pub fn lines(original: &str, copy: &str) -> Vec<DiffLine> {
    const LIMIT: usize = 2000;
    let (a, b): (Vec<&str>, Vec<&str>) = (original.lines().collect(), copy.lines().collect());
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail =
        a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    if a.len() > LIMIT || b.len() > LIMIT {
        let gone = a.iter().map(|l| DiffLine::Original((*l).to_owned()));
        return gone.chain(b.iter().map(|l| DiffLine::Copy((*l).to_owned()))).collect();
    }
    // table[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut table = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || table[i + 1][j] >= table[i][j + 1]) {
            out.push(DiffLine::Original(a[i].to_owned()));
            i += 1;
        } else {
            out.push(DiffLine::Copy(b[j].to_owned()));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_lines_that_differ_are_given_in_order() {
        let diff = lines("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
        assert_eq!(
            diff,
            [
                DiffLine::Original("b".into()),
                DiffLine::Copy("B".into()),
                DiffLine::Copy("e".into())
            ]
        );
        assert!(lines("same\n", "same\n").is_empty());
    }
}
