//! The minutes laid out once for the word processors: a list of blocks (title, facts table,
//! headings, decisions with their outcome, action table, follow-up list, closing lines) that
//! the ODT and the DOCX writer each only turn into their own markup, so both documents say
//! the same thing in the same order.

use super::minutes::{attendance, facts};
use super::model::{DecisionDoc, MinutesDoc};
use crate::export::strings::minutes::{self as words, Word, word};
use crate::i18n::Lang;

/// A decision as the documents show it: the text framed in its outcome's colour, then the
/// outcome as a label, then the smaller lines (objectives, what it amends).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionBlock {
    /// "adopted", "rejected" or "postponed": picks the colour.
    pub outcome: &'static str,
    /// "Besluit 2".
    pub heading: String,
    /// Its reference, shown small beside the heading.
    pub reference: String,
    /// What was decided, paragraphs separated by blank lines.
    pub text: String,
    /// "Uitkomst:".
    pub outcome_caption: String,
    /// "aangenomen".
    pub outcome_label: String,
    /// "Stemming: 5 voor, 0 tegen, 1 onthouding", when there was a vote.
    pub vote: Option<String>,
    /// Objectives, amends, supersedes.
    pub notes: Vec<String>,
}

/// One follow-up in the list: the action's own text, its new status, what was said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpEntry {
    /// The action item's text (its reference when the text is unknown).
    pub action: String,
    /// "afgerond".
    pub status: String,
    /// What was said about it.
    pub note: String,
}

/// A piece of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Two columns, label and value, no header row.
    Facts(Vec<(String, String)>),
    /// A heading of level 1 or 2.
    Heading(u8, String),
    /// Body text; a blank line starts a new paragraph, a line break stays one.
    Text(String),
    /// A decision.
    Decision(DecisionBlock),
    /// The action items: header and rows of (number, task, owner, due), and how wide the
    /// number column must be.
    Actions([String; 4], Vec<[String; 4]>, Columns),
    /// A bulleted list of follow-ups.
    FollowUps(Vec<FollowUpEntry>),
    /// Small grey lines at the very end: status of the minutes, approvals recorded.
    Closing(Vec<String>),
}

/// The whole document: what its metadata and page footer say, and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// "Verslag Stuurgroep – 16 maart 2021".
    pub title: String,
    /// The association, under the title.
    pub subtitle: String,
    /// Who wrote it: the secretary, else the association.
    pub author: String,
    /// The meeting's day, ISO (`2021-03-16`), for the metadata.
    pub date: chrono::NaiveDate,
    /// `nl-BE` or `en`.
    pub language: &'static str,
    /// "Cultuurregio · Stuurgroep · 16 maart 2021", on every page.
    pub footer: String,
    /// "pagina" and "van" around the page number and count.
    pub page_of: (&'static str, &'static str),
    /// The content.
    pub blocks: Vec<Block>,
}

/// The column widths of an action table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// Numbers within the minutes: "A1".
    Short,
    /// Numbers with the meeting's day: "2022-06-14 A2", in the agenda.
    Dated,
}

impl Columns {
    /// Widths in hundredths of the text width: the number and the date are short, the task
    /// is the longest text, the owner a name with a municipality.
    pub fn shares(self) -> [u32; 4] {
        match self {
            Columns::Short => [8, 54, 24, 14],
            Columns::Dated => [16, 46, 24, 14],
        }
    }

    /// The name the ODT gives this set of column styles.
    pub fn name(self) -> &'static str {
        match self {
            Columns::Short => "ActionColumn",
            Columns::Dated => "DatedColumn",
        }
    }
}

/// `blake3:<64 hex>` → `blake3:7700cbab…cbe68462`: enough to compare by eye, short enough
/// to stay on its line.
pub fn short_hash(hash: &str) -> String {
    let (scheme, hex) = hash.split_once(':').unwrap_or(("", hash));
    let chars: Vec<char> = hex.chars().collect();
    let short = if chars.len() > 20 {
        let head: String = chars[..8].iter().collect();
        let tail: String = chars[chars.len() - 8..].iter().collect();
        format!("{head}…{tail}")
    } else {
        hex.to_owned()
    };
    if scheme.is_empty() { short } else { format!("{scheme}:{short}") }
}

/// "2022-06-14-stuurgroep/A1" → "A1": within its own minutes the number says enough.
fn short_action(id: &str) -> String {
    id.rsplit('/').next().unwrap_or(id).to_owned()
}

fn decision_block(d: &DecisionDoc, lang: Lang) -> DecisionBlock {
    let mut notes: Vec<String> = d.named_votes.iter().cloned().collect();
    for o in &d.objectives {
        let then = o
            .code_then
            .as_ref()
            .map(|c| format!(" {}", crate::index::strings::code_then(lang, c)))
            .unwrap_or_default();
        notes.push(format!("{}: {}{then} – {}", word(lang, Word::Objectives), o.code, o.title));
    }
    notes.extend(d.amends.as_ref().map(|a| format!("{} {a}", word(lang, Word::Amends))));
    notes.extend(d.supersedes.as_ref().map(|s| format!("{} {s}", word(lang, Word::Supersedes))));
    DecisionBlock {
        outcome: d.outcome,
        heading: format!("{} {}", word(lang, Word::Decision), d.number),
        reference: d.id.clone(),
        text: d.text.clone(),
        outcome_caption: format!("{}:", words::outcome_label(lang)),
        outcome_label: d.outcome_label.clone(),
        vote: match (d.votes.map(|v| words::vote(lang, v.yes, v.no, v.abstain)), &d.vote_rule) {
            (Some(vote), Some(rule)) => Some(format!("{vote}, {rule}")),
            (vote, rule) => vote.or_else(|| rule.clone()),
        },
        notes,
    }
}

fn owned(pairs: Vec<(&'static str, String)>) -> Vec<(String, String)> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn item_blocks(doc: &MinutesDoc, lang: Lang, blocks: &mut Vec<Block>) {
    for item in &doc.items {
        blocks.push(Block::Heading(1, format!("{}. {}", item.number, item.heading(lang))));
        if !item.presence.is_empty() {
            blocks.push(Block::Text(item.presence.join("\n")));
        }
        if !item.minutes.trim().is_empty() {
            blocks.push(Block::Text(item.minutes.clone()));
        }
        blocks.extend(item.decisions.iter().map(|d| Block::Decision(decision_block(d, lang))));
        if !item.actions.is_empty() {
            blocks.push(Block::Heading(2, word(lang, Word::Actions).to_owned()));
            let head =
                ["#", word(lang, Word::Actions), word(lang, Word::Owner), word(lang, Word::Due)]
                    .map(str::to_owned);
            let rows = item
                .actions
                .iter()
                .map(|a| {
                    [
                        short_action(&a.id),
                        a.text.clone(),
                        a.owner.label.clone(),
                        a.due.map(|d| d.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            blocks.push(Block::Actions(head, rows, Columns::Short));
        }
        if !item.follow_ups.is_empty() {
            blocks.push(Block::Heading(2, word(lang, Word::FollowUps).to_owned()));
            let entries = item
                .follow_ups
                .iter()
                .map(|f| FollowUpEntry {
                    action: f.action_text.clone().unwrap_or_else(|| f.action.clone()),
                    status: f.status_label.clone(),
                    note: f.note.clone(),
                })
                .collect();
            blocks.push(Block::FollowUps(entries));
        }
    }
}

/// The minutes of `doc` laid out for a word processor.
pub fn minutes(doc: &MinutesDoc, lang: Lang) -> Layout {
    let day = words::long_date(lang, doc.date);
    let mut blocks = vec![Block::Facts(owned(facts(doc, lang)))];
    let present = attendance(doc, lang);
    if !present.is_empty() {
        blocks.push(Block::Facts(owned(present)));
    }
    item_blocks(doc, lang, &mut blocks);
    let mut closing = vec![format!("{}: {}", word(lang, Word::Status), doc.status_label)];
    closing.extend(
        doc.approves.iter().map(|(m, hash)| words::approval_line(lang, m, &short_hash(hash))),
    );
    blocks.push(Block::Closing(closing));
    let footer = [doc.organisation.as_str(), doc.body_name.as_str(), day.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    Layout {
        title: format!("{} {} – {day}", word(lang, Word::Minutes), doc.body_name),
        subtitle: doc.organisation.clone(),
        author: doc
            .secretary
            .as_ref()
            .map_or_else(|| doc.organisation.clone(), |p| person_name(&p.label)),
        date: doc.date,
        language: words::language_tag(lang),
        footer,
        page_of: words::page_of(lang),
        blocks,
    }
}

/// "An Peeters (Halle)" → "An Peeters": the author of a document is a person.
fn person_name(label: &str) -> String {
    label.split(" (").next().unwrap_or(label).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_and_action_numbers_are_shortened() {
        let hash = format!("blake3:7700cbab{}cbe68462", "0".repeat(48));
        assert_eq!(short_hash(&hash), "blake3:7700cbab…cbe68462");
        assert_eq!(short_hash("blake3:abc"), "blake3:abc");
        assert_eq!(short_action("2022-06-14-stuurgroep/A1"), "A1");
        for c in [Columns::Short, Columns::Dated] {
            assert_eq!(c.shares().iter().sum::<u32>(), 100);
        }
    }
}
