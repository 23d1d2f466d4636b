//! A vote by name: the second step of a decision's votes (Tab in the counts line). It lists
//! the voting members in the room for the decision's item; the secretary sets each one's
//! vote with a key, and Enter records the names, whose counts then follow. Counts typed
//! without names are a secret vote.

use super::popup::{Ask, Popup};
use super::{Editor, Note};
use crate::domain::edit;
use crate::domain::governance::{tally, voters};
use crate::domain::ids::MemberId;
use crate::domain::meeting::{NamedVote, Vote, Votes};
use crate::tui::ctx::Ctx;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// One member in the list, with the vote set so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Who.
    pub member: MemberId,
    /// Their name as shown.
    pub name: String,
    /// How they voted; none yet.
    pub vote: Option<Vote>,
}

/// The votes by name of one decision, being set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedVotes {
    /// The decision's number.
    pub decision: u32,
    /// The voting members in the room for its item.
    pub rows: Vec<Row>,
    /// The selected row.
    pub at: usize,
}

impl NamedVotes {
    /// The list for decision `n`: the voting members in the room for its item, each with the
    /// vote recorded before (if any); `None` when the decision is not there.
    pub fn open(editor: &Editor, n: u32, ctx: &Ctx) -> Option<Self> {
        let m = &editor.meeting;
        let item = m.item_of_decision(n)?;
        let recorded = &m.decisions().find(|(_, d)| d.number == n)?.1.named_votes;
        let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
        let rows = voters(m, members, item)
            .into_iter()
            .map(|member| Row {
                name: members
                    .and_then(|ms| ms.member(&member))
                    .map_or_else(|| member.to_string(), |p| crate::tui::theme::line(&p.name)),
                vote: recorded.iter().find(|v| v.member == member).map(|v| v.vote),
                member,
            })
            .collect();
        Some(NamedVotes { decision: n, rows, at: 0 })
    }

    /// What the votes set so far add up to.
    pub fn counts(&self) -> Votes {
        tally(&self.named())
    }

    /// The votes set, in the list's order.
    fn named(&self) -> Vec<NamedVote> {
        let set = self.rows.iter().filter_map(|r| r.vote.map(|vote| (r, vote)));
        set.map(|(r, vote)| NamedVote { member: r.member.clone(), vote }).collect()
    }

    /// The names recorded for the decision before.
    fn recorded(&self, editor: &Editor) -> Vec<NamedVote> {
        let d = editor.meeting.decisions().find(|(_, d)| d.number == self.decision);
        d.map(|(_, d)| d.named_votes.clone()).unwrap_or_default()
    }

    /// Sets the selected member's vote (none: takes it away) and goes to the next one.
    fn set(&mut self, vote: Option<Vote>) {
        if let Some(row) = self.rows.get_mut(self.at) {
            row.vote = vote;
            self.at = (self.at + 1).min(self.rows.len().saturating_sub(1));
        }
    }
}

/// The vote a key sets: v, f or y for; t or n against; o or a abstaining (both languages'
/// first letters). Shifted, it sets every member without a vote yet.
fn vote_of(c: char) -> Option<Vote> {
    match c.to_ascii_lowercase() {
        'v' | 'f' | 'y' => Some(Vote::Yes),
        't' | 'n' => Some(Vote::No),
        'o' | 'a' => Some(Vote::Abstain),
        _ => None,
    }
}

/// A key in the list: arrows move, a vote key sets, space or Backspace clears, Enter
/// records (a refusal keeps the list open with why), Esc goes back to the counts, writing
/// nothing.
pub(super) fn handle(
    editor: &mut Editor,
    mut list: NamedVotes,
    key: KeyEvent,
    ctx: &Ctx,
) -> Option<Popup> {
    let last = list.rows.len().saturating_sub(1);
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => list.at = list.at.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => list.at = (list.at + 1).min(last),
        KeyCode::Home => list.at = 0,
        KeyCode::End => list.at = last,
        KeyCode::Char(' ') | KeyCode::Backspace | KeyCode::Delete => list.set(None),
        KeyCode::Char(c) if c.is_uppercase() && vote_of(c).is_some() => {
            let rest = list.rows.iter_mut().filter(|r| r.vote.is_none());
            rest.for_each(|r| r.vote = vote_of(c));
        }
        KeyCode::Char(c) if vote_of(c).is_some() => list.set(vote_of(c)),
        KeyCode::Enter => {
            let (n, named) = (list.decision, list.named());
            if named.is_empty() && list.recorded(editor).is_empty() {
                return None;
            }
            let members = ctx.folder.members.as_ref().map(|ms| &ms.value);
            if editor.edit(|m| edit::set_named_votes(m, n, named, members)).is_some() {
                return None;
            }
        }
        KeyCode::Esc => {
            if list.named() != list.recorded(editor) {
                editor.note = Some(Note::NamesNotKept);
            }
            return Some(Popup::drafted(editor, Ask::Votes(list.decision), ""));
        }
        KeyCode::Char(c) => editor.note = Some(Note::UnknownKey(c)),
        _ => {}
    }
    Some(Popup::Named(Box::new(list)))
}
