//! The three-way merge shared by the plan, the members and the update files: each file seen
//! as a list of elements in file order, each with a stable key, the key of the element it
//! sits in (an OD in its SD, a seat in its member) and its own value without what sits in it.
//! One-sided changes are taken, what both changed differently is the user's choice, and the
//! file is built again from the merged list.

use super::{Choice, Side};

/// One element of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<K, V> {
    /// Its stable key.
    pub key: K,
    /// The key of the element it sits in, if any.
    pub parent: Option<K>,
    /// Its own content.
    pub value: V,
}

/// One element of a file that differs between the original and the copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDifference<K> {
    /// Which element.
    pub key: K,
    /// Who changed it; [`Side::Kept`] when there is no ancestor and only one version has it.
    pub side: Side,
}

/// The merge of one file: the merged content, and every element that differs (those with
/// [`Side::Both`] and no choice given stay the original's, for the user to choose).
#[derive(Debug, Clone, PartialEq)]
pub struct FileMerge<T, K> {
    /// The merged file.
    pub merged: T,
    /// What differs, and who changed it.
    pub differences: Vec<FileDifference<K>>,
    /// The differences both sides changed that no choice settled.
    pub open: Vec<K>,
}

type Nodes<K, V> = [Node<K, V>];

fn find<'a, K: PartialEq, V>(nodes: &'a Nodes<K, V>, key: &K) -> Option<&'a Node<K, V>> {
    nodes.iter().find(|n| &n.key == key)
}

/// How a file's elements both sides changed may still merge by themselves.
pub struct Rules<B, K2> {
    /// Merges an element both changed, given the ancestor's version when there is one (two
    /// code histories both added to), or `None`: the user chooses.
    pub both: B,
    /// The copy's element under a key of its own, when the element can be held twice (an
    /// update entry): what choosing "both" keeps beside the original's.
    pub twice: K2,
}

fn same<K: PartialEq, V: PartialEq>(a: Option<&Node<K, V>>, b: Option<&Node<K, V>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.parent == b.parent && a.value == b.value,
        (None, None) => true,
        _ => false,
    }
}

/// Merges the lists, with the user's `choices` for elements both changed (`Both` keeps the
/// original's, and the copy's too where `rules.twice` allows).
pub fn merge_nodes<K, V, B, K2>(
    ancestor: Option<&Nodes<K, V>>,
    ours: &Nodes<K, V>,
    theirs: &Nodes<K, V>,
    choices: &[(K, Choice)],
    rules: Rules<B, K2>,
) -> FileMerge<Vec<Node<K, V>>, K>
where
    K: Clone + PartialEq,
    V: Clone + PartialEq,
    B: Fn(Option<&V>, &V, &V) -> Option<V>,
    K2: Fn(&Node<K, V>) -> Option<Node<K, V>>,
{
    let mut out = FileMerge { merged: ours.to_vec(), differences: Vec::new(), open: Vec::new() };
    let mut keys: Vec<&K> = ours.iter().map(|n| &n.key).collect();
    keys.extend(theirs.iter().map(|n| &n.key).filter(|k| find(ours, k).is_none()));
    for key in keys {
        let (o, t) = (find(ours, key), find(theirs, key));
        if same(o, t) {
            continue;
        }
        let a = ancestor.map(|a| find(a, key));
        let mut side = match a {
            None if o.is_none() || t.is_none() => Side::Kept,
            None => Side::Both,
            Some(a) if same(a, o) => Side::Theirs,
            Some(a) if same(a, t) => Side::Ours,
            Some(_) => Side::Both,
        };
        match side {
            // Kept: only one version has it; the original's is in already.
            Side::Ours => {}
            Side::Kept if t.is_none() => {}
            Side::Theirs | Side::Kept => put(&mut out.merged, theirs, key, t),
            _ => {
                let chosen = choices.iter().find(|(k, _)| k == key).map(|(_, c)| *c);
                let a = a.flatten().map(|a| &a.value);
                side = settle(&mut out, theirs, key, (a, o, t), chosen, &rules);
            }
        }
        out.differences.push(FileDifference { key: key.clone(), side });
    }
    keep_parents(&mut out.merged, ours, theirs);
    out
}

type Three<'a, K, V> = (Option<&'a V>, Option<&'a Node<K, V>>, Option<&'a Node<K, V>>);

/// An element both changed: merged by the rules, settled by the user's choice, or left open.
fn settle<K, V, B, K2>(
    out: &mut FileMerge<Vec<Node<K, V>>, K>,
    theirs: &Nodes<K, V>,
    key: &K,
    (a, o, t): Three<K, V>,
    chosen: Option<Choice>,
    rules: &Rules<B, K2>,
) -> Side
where
    K: Clone + PartialEq,
    V: Clone + PartialEq,
    B: Fn(Option<&V>, &V, &V) -> Option<V>,
    K2: Fn(&Node<K, V>) -> Option<Node<K, V>>,
{
    let auto = match (o, t) {
        (Some(o), Some(t)) if o.parent == t.parent => (rules.both)(a, &o.value, &t.value),
        _ => None,
    };
    let merged = &mut out.merged;
    match (auto, chosen) {
        (Some(value), _) => {
            if let Some(n) = merged.iter_mut().find(|n| &n.key == key) {
                n.value = value;
            }
            return Side::Merged;
        }
        (None, Some(Choice::Theirs)) => put(merged, theirs, key, t),
        (None, Some(Choice::Both)) => {
            if let Some(extra) = t.and_then(&rules.twice) {
                let after = merged.iter().rposition(|n| &n.key == key);
                merged.insert(after.map_or(merged.len(), |p| p + 1), extra);
            }
        }
        (None, Some(Choice::Ours)) => {}
        (None, None) => out.open.push(key.clone()),
    }
    Side::Both
}

/// Makes `key` in `merged` what it is in `theirs`: gone, changed in place, or added after the
/// element it follows in the copy.
fn put<K: Clone + PartialEq, V: Clone>(
    merged: &mut Vec<Node<K, V>>,
    theirs: &Nodes<K, V>,
    key: &K,
    t: Option<&Node<K, V>>,
) {
    let at = merged.iter().position(|n| &n.key == key);
    match (t, at) {
        (None, Some(at)) => {
            merged.remove(at);
        }
        (Some(t), Some(at)) if merged[at].parent == t.parent => merged[at] = t.clone(),
        (Some(t), at) => {
            if let Some(at) = at {
                merged.remove(at);
            }
            let k = theirs.iter().position(|n| &n.key == key).unwrap_or(0);
            let after =
                theirs[..k].iter().rev().find_map(|p| merged.iter().position(|m| m.key == p.key));
            merged.insert(after.map_or(0, |a| a + 1), t.clone());
        }
        (None, None) => {}
    }
}

/// An element whose parent a merge removed (one side removed an objective, the other added an
/// action to it) gets its parent back: nothing in it is lost.
fn keep_parents<K: Clone + PartialEq, V: Clone>(
    merged: &mut Vec<Node<K, V>>,
    ours: &Nodes<K, V>,
    theirs: &Nodes<K, V>,
) {
    loop {
        let missing = merged.iter().find_map(|n| {
            let p = n.parent.as_ref()?;
            find(merged, p).is_none().then(|| p.clone())
        });
        let Some(p) = missing else { return };
        let Some(back) = find(ours, &p).or_else(|| find(theirs, &p)).cloned() else {
            // A parent neither has cannot be: drop the link rather than loop.
            merged
                .iter_mut()
                .filter(|n| n.parent.as_ref() == Some(&p))
                .for_each(|n| n.parent = None);
            continue;
        };
        let at = merged.iter().position(|n| n.parent.as_ref() == Some(&p)).unwrap_or(0);
        merged.insert(at, back);
    }
}

/// Two lists both sides only added to (nothing of the ancestor gone, its order kept): the
/// original's, then what the copy added that the original lacks. Without an ancestor, what
/// both start with stands for it (for lists only ever added to, as a code history).
pub fn appended<T: Clone + PartialEq>(
    ancestor: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
) -> Option<Vec<T>> {
    let common = ours.iter().zip(theirs).take_while(|(o, t)| o == t).count();
    let ancestor = ancestor.unwrap_or(&ours[..common]);
    let kept = |side: &[T]| side.starts_with(ancestor);
    if !kept(ours) || !kept(theirs) {
        return None;
    }
    let mut out = ours.to_vec();
    out.extend(theirs[ancestor.len()..].iter().filter(|t| !ours.contains(t)).cloned());
    Some(out)
}
