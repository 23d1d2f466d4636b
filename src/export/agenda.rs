//! The agenda (invitation) sent before a meeting: when and where, the items with their
//! explanation, the open action items of the body to follow up, and the minutes to approve;
//! as Markdown, HTML, and through [`Layout`] as ODT and DOCX.

use super::escape::{markdown as md, xml};
use super::layout::{Block, Columns, Layout};
use super::model::{self, MinutesDoc};
use crate::domain::meeting::{FollowUpStatus, Meeting, MinutesStatus};
use crate::export::strings::minutes::{self as words, AgendaWord, Word, agenda_word, word};
use crate::i18n::Lang;
use crate::index::Index;

/// What the invitation says.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaDoc {
    /// The meeting as the minutes would show it (facts, items with their explanation).
    pub meeting: MinutesDoc,
    /// Open action items of earlier meetings of the body: number, task, owner, due.
    pub open_actions: Vec<[String; 4]>,
    /// The minutes to approve: "Verslag Stuurgroep – 14 juni 2022".
    pub to_approve: Vec<String>,
}

/// Builds the invitation to `meeting`.
pub fn agenda_doc(
    meeting: &Meeting,
    folder: &crate::store::Folder,
    index: &Index,
    organisation: &str,
    lang: Lang,
) -> AgendaDoc {
    let members = folder.members.as_ref().map(|m| &m.value);
    let doc = model::minutes_doc(meeting, members, index, organisation, lang);
    let open_actions = index
        .actions
        .iter()
        .filter(|a| a.body == meeting.body && a.date < meeting.date)
        // Open as the meeting starts: follow-ups recorded at it or later do not count.
        .filter(|a| {
            let last = a.updates.iter().rfind(|u| u.date < meeting.date).map(|u| u.status);
            !matches!(last, Some(FollowUpStatus::Done | FollowUpStatus::Dropped))
        })
        .map(|a| {
            let owner = crate::domain::strings::owner(lang, &a.owner, |id| {
                members
                    .and_then(|m| m.member(id))
                    .map_or_else(|| id.to_string(), |m| m.name.clone())
            });
            [
                a.reference.to_string(),
                a.text.to_string(),
                owner,
                a.due.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let approved_here = meeting.approves.iter().map(|a| a.meeting.clone());
    let sent_before = folder
        .meetings
        .iter()
        .map(|m| &m.value)
        .filter(|m| m.body == meeting.body && m.date < meeting.date)
        .filter(|m| matches!(m.status, MinutesStatus::Sent { .. }))
        .map(|m| m.id.clone());
    let mut ids: Vec<_> = approved_here.chain(sent_before).collect();
    ids.sort();
    ids.dedup();
    let to_approve = ids
        .iter()
        .map(|id| match folder.meetings.iter().find(|m| m.value.id == *id) {
            Some(m) => format!(
                "{} {} – {}",
                word(lang, Word::Minutes),
                doc.body_name,
                words::long_date(lang, m.value.date)
            ),
            None => format!("{} {id}", word(lang, Word::Minutes)),
        })
        .collect();
    AgendaDoc { meeting: doc, open_actions, to_approve }
}

/// "2022-06-14-stuurgroep/A2" → "2022-06-14 A2": the body is the agenda's own.
fn dated(reference: &str) -> String {
    match reference.split_once('/') {
        Some((meeting, number)) => format!("{} {number}", meeting.get(..10).unwrap_or(meeting)),
        None => reference.to_owned(),
    }
}

fn title(doc: &AgendaDoc, lang: Lang) -> String {
    let m = &doc.meeting;
    let day = words::long_date(lang, m.date);
    format!("{} {} – {day}", agenda_word(lang, AgendaWord::Invitation), m.body_name)
}

fn action_head(lang: Lang) -> [String; 4] {
    ["#", word(lang, Word::Actions), word(lang, Word::Owner), word(lang, Word::Due)]
        .map(str::to_owned)
}

/// The invitation laid out for the ODT and the DOCX.
pub fn layout(doc: &AgendaDoc, lang: Lang) -> Layout {
    let mut minutes = super::layout::minutes(&doc.meeting, lang);
    let m = &doc.meeting;
    let facts = super::minutes::facts(m, lang).into_iter().map(|(k, v)| (k.to_owned(), v));
    let mut blocks = vec![Block::Facts(facts.collect())];
    blocks.push(Block::Heading(1, agenda_word(lang, AgendaWord::Agenda).to_owned()));
    for item in &m.items {
        blocks.push(Block::Heading(2, format!("{}. {}", item.number, item.title)));
        if !item.minutes.trim().is_empty() {
            blocks.push(Block::Text(item.minutes.clone()));
        }
    }
    blocks.push(Block::Heading(1, agenda_word(lang, AgendaWord::OpenActions).to_owned()));
    if doc.open_actions.is_empty() {
        blocks.push(Block::Text(agenda_word(lang, AgendaWord::None).to_owned()));
    } else {
        let rows =
            doc.open_actions.iter().map(|[r, t, o, d]| [dated(r), t.clone(), o.clone(), d.clone()]);
        blocks.push(Block::Actions(action_head(lang), rows.collect(), Columns::Dated));
    }
    blocks.push(Block::Heading(1, agenda_word(lang, AgendaWord::ToApprove).to_owned()));
    let approve = if doc.to_approve.is_empty() {
        agenda_word(lang, AgendaWord::None).to_owned()
    } else {
        doc.to_approve.join("\n")
    };
    blocks.push(Block::Text(approve));
    minutes.title = title(doc, lang);
    minutes.blocks = blocks;
    minutes
}

/// The invitation as Markdown.
pub fn markdown(doc: &AgendaDoc, lang: Lang) -> String {
    let m = &doc.meeting;
    let mut out = format!("# {}\n\n{}\n\n", md(&title(doc, lang)), md(&m.organisation));
    for (label, value) in super::minutes::facts(m, lang) {
        out.push_str(&format!("**{label}:** {}  \n", md(&value)));
    }
    out.push_str(&format!("\n## {}\n", agenda_word(lang, AgendaWord::Agenda)));
    for item in &m.items {
        out.push_str(&format!("\n### {}. {}\n", item.number, md(&item.title)));
        if !item.minutes.trim().is_empty() {
            let paragraphs: Vec<String> =
                item.minutes.split("\n\n").map(|p| md(p).replace('\n', "  \n")).collect();
            out.push_str(&format!("\n{}\n", paragraphs.join("\n\n")));
        }
    }
    out.push_str(&format!("\n## {}\n\n", agenda_word(lang, AgendaWord::OpenActions)));
    if doc.open_actions.is_empty() {
        out.push_str(&format!("{}\n", agenda_word(lang, AgendaWord::None)));
    } else {
        let head = action_head(lang);
        out.push_str(&format!("| {} |\n|---|---|---|---|\n", head.join(" | ")));
        for row in &doc.open_actions {
            let cells: Vec<String> = row.iter().map(|c| md(c).replace('\n', " ")).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    out.push_str(&format!("\n## {}\n\n", agenda_word(lang, AgendaWord::ToApprove)));
    if doc.to_approve.is_empty() {
        out.push_str(&format!("{}\n", agenda_word(lang, AgendaWord::None)));
    }
    doc.to_approve.iter().for_each(|t| out.push_str(&format!("- {}\n", md(t))));
    out
}

/// The invitation as one self-contained HTML page.
pub fn html(doc: &AgendaDoc, lang: Lang) -> String {
    let m = &doc.meeting;
    let title = title(doc, lang);
    let mut body =
        format!("<h1>{}</h1>\n<p class=\"meta\">{}</p>\n", xml(&title), xml(&m.organisation));
    body.push_str("<table class=\"meta\">\n");
    for (k, v) in super::minutes::facts(m, lang) {
        body.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", xml(k), xml(&v)));
    }
    body.push_str(&format!("</table>\n<h2>{}</h2>\n", xml(agenda_word(lang, AgendaWord::Agenda))));
    for item in &m.items {
        body.push_str(&format!("<h3>{}. {}</h3>\n", item.number, xml(&item.title)));
        for p in item.minutes.split("\n\n").filter(|p| !p.trim().is_empty()) {
            body.push_str(&format!("<p class=\"minutes\">{}</p>\n", xml(p)));
        }
    }
    body.push_str(&format!("<h2>{}</h2>\n", xml(agenda_word(lang, AgendaWord::OpenActions))));
    if doc.open_actions.is_empty() {
        body.push_str(&format!("<p>{}</p>\n", xml(agenda_word(lang, AgendaWord::None))));
    } else {
        body.push_str("<table>\n<thead><tr>");
        action_head(lang).iter().for_each(|h| body.push_str(&format!("<th>{}</th>", xml(h))));
        body.push_str("</tr></thead>\n<tbody>\n");
        for row in &doc.open_actions {
            let cells: String = row.iter().map(|c| format!("<td>{}</td>", xml(c))).collect();
            body.push_str(&format!("<tr>{cells}</tr>\n"));
        }
        body.push_str("</tbody>\n</table>\n");
    }
    body.push_str(&format!("<h2>{}</h2>\n<ul>\n", xml(agenda_word(lang, AgendaWord::ToApprove))));
    if doc.to_approve.is_empty() {
        body.push_str(&format!("<li>{}</li>\n", xml(agenda_word(lang, AgendaWord::None))));
    }
    doc.to_approve.iter().for_each(|t| body.push_str(&format!("<li>{}</li>\n", xml(t))));
    body.push_str("</ul>\n");
    super::html::page(&title, &body, lang)
}
