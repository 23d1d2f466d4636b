//! The minutes and the list of decisions as Markdown and as one HTML page.

use super::escape::{markdown as md, xml};
use super::model::{ActionDoc, DecisionDoc, FollowUpDoc, MinutesDoc, Person};
use crate::export::strings::minutes::{Word, word};
use crate::i18n::Lang;
use crate::index::strings::code_then;

fn names(people: &[Person]) -> String {
    people.iter().map(|p| p.label.as_str()).collect::<Vec<_>>().join(", ")
}

fn time(doc: &MinutesDoc) -> Option<String> {
    match (doc.start, doc.end) {
        (Some(s), Some(e)) => Some(format!("{}–{}", s.format("%H:%M"), e.format("%H:%M"))),
        (Some(s), None) => Some(s.format("%H:%M").to_string()),
        _ => None,
    }
}

/// "Verslag <body> – <date>".
pub(super) fn title(doc: &MinutesDoc, lang: Lang) -> String {
    format!("{} {} – {}", word(lang, Word::Minutes), doc.body_name, doc.date)
}

/// The header facts of a meeting: label and value, only those that are known.
pub(super) fn facts(doc: &MinutesDoc, lang: Lang) -> Vec<(&'static str, String)> {
    let mut facts = vec![(word(lang, Word::Date), doc.date.to_string())];
    facts.extend(time(doc).map(|t| (word(lang, Word::Time), t)));
    facts.extend(doc.location.clone().map(|l| (word(lang, Word::Place), l)));
    facts.extend(doc.chair.as_ref().map(|p| (word(lang, Word::Chair), p.label.clone())));
    facts.extend(doc.secretary.as_ref().map(|p| (word(lang, Word::Secretary), p.label.clone())));
    facts
}

pub(super) fn attendance(doc: &MinutesDoc, lang: Lang) -> Vec<(&'static str, String)> {
    let guests: Vec<Person> =
        doc.guests.iter().map(|g| Person { id: String::new(), label: g.clone() }).collect();
    [
        (Word::Present, &doc.present),
        (Word::Excused, &doc.excused),
        (Word::Absent, &doc.absent),
        (Word::Guests, &guests),
    ]
    .into_iter()
    .filter(|(_, people)| !people.is_empty())
    .map(|(w, people)| (word(lang, w), format!("{} ({})", names(people), people.len())))
    .collect()
}

/// The lines under a decision: outcome and vote, objectives, amends/supersedes.
pub(super) fn decision_lines(d: &DecisionDoc, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut outcome = d.outcome_label.clone();
    if let Some(v) = d.votes {
        outcome.push_str(&format!(
            " ({})",
            crate::export::strings::minutes::vote(lang, v.yes, v.no, v.abstain)
        ));
    }
    if let Some(rule) = &d.vote_rule {
        outcome.push_str(&format!(", {rule}"));
    }
    lines.push(outcome);
    lines.extend(d.named_votes.clone());
    for o in &d.objectives {
        let then =
            o.code_then.as_ref().map(|c| format!(" {}", code_then(lang, c))).unwrap_or_default();
        lines.push(format!("{}: {}{then} – {}", word(lang, Word::Objectives), o.code, o.title));
    }
    lines.extend(d.amends.as_ref().map(|a| format!("{} {a}", word(lang, Word::Amends))));
    lines.extend(d.supersedes.as_ref().map(|s| format!("{} {s}", word(lang, Word::Supersedes))));
    lines
}

/// Minutes text as Markdown paragraphs: escaped, each line break kept.
fn md_text(text: &str) -> String {
    text.split("\n\n").map(|p| md(p).replace('\n', "  \n")).collect::<Vec<_>>().join("\n\n")
}

fn md_decisions(out: &mut String, decisions: &[DecisionDoc], lang: Lang) {
    for d in decisions {
        out.push_str(&format!(
            "\n**{} {}** ({})  \n{}\n",
            word(lang, Word::Decision),
            d.number,
            md(&d.id),
            md_text(&d.text)
        ));
        for line in decision_lines(d, lang) {
            out.push_str(&format!("- {}\n", md(&line)));
        }
    }
}

fn md_session_header(out: &mut String, doc: &MinutesDoc, lang: Lang) {
    for (label, value) in facts(doc, lang) {
        out.push_str(&format!("**{label}:** {}  \n", md(&value)));
    }
}

/// The minutes as Markdown.
pub fn markdown(doc: &MinutesDoc, lang: Lang) -> String {
    let mut out =
        format!("# {} {} – {}\n\n", word(lang, Word::Minutes), md(&doc.body_name), doc.date);
    out.push_str(&format!("{}\n\n", md(&doc.organisation)));
    md_session_header(&mut out, doc, lang);
    out.push('\n');
    for (label, value) in attendance(doc, lang) {
        out.push_str(&format!("**{label}:** {}  \n", md(&value)));
    }
    for item in &doc.items {
        out.push_str(&format!("\n## {}. {}\n\n", item.number, md(&item.heading(lang))));
        // Who comes in or leaves, in italics, before what was said.
        if !item.presence.is_empty() {
            let lines: Vec<String> = item.presence.iter().map(|p| format!("*{}*", md(p))).collect();
            out.push_str(&format!("{}\n\n", lines.join("  \n")));
        }
        out.push_str(&format!("{}\n", md_text(&item.minutes)));
        md_decisions(&mut out, &item.decisions, lang);
        md_actions(&mut out, &item.actions, lang);
        md_follow_ups(&mut out, &item.follow_ups, lang);
    }
    out.push_str(&format!(
        "\n---\n\n**{}:** {}\n",
        word(lang, Word::Status),
        md(&doc.status_label)
    ));
    for (meeting, hash) in &doc.approves {
        out.push_str(&format!(
            "{} {} (`{}`)  \n",
            word(lang, Word::Approves),
            md(meeting),
            md(hash)
        ));
    }
    out
}

/// An item's action items as a Markdown table (nothing when it has none).
fn md_actions(out: &mut String, actions: &[ActionDoc], lang: Lang) {
    if actions.is_empty() {
        return;
    }
    out.push_str(&format!(
        "\n**{}**\n\n| # | {} | {} | {} |\n|---|---|---|---|\n",
        word(lang, Word::Actions),
        word(lang, Word::Actions),
        word(lang, Word::Owner),
        word(lang, Word::Due)
    ));
    for a in actions {
        let due = a.due.map(|d| d.to_string()).unwrap_or_default();
        out.push_str(&format!(
            "| {} | {} | {} | {due} |\n",
            md(&a.id),
            md(&a.text).replace('\n', " "),
            md(&a.owner.label)
        ));
    }
}

/// An item's follow-ups of earlier action items as a Markdown list (nothing when none).
fn md_follow_ups(out: &mut String, follow_ups: &[FollowUpDoc], lang: Lang) {
    if follow_ups.is_empty() {
        return;
    }
    out.push_str(&format!("\n**{}**\n\n", word(lang, Word::FollowUps)));
    for f in follow_ups {
        let what = f.action_text.as_ref().map(|t| format!(" {}", md(t))).unwrap_or_default();
        out.push_str(&format!(
            "- {}{what}: **{}**. {}\n",
            md(&f.action),
            md(&f.status_label),
            md(&f.note)
        ));
    }
}

/// Minutes text as HTML paragraphs.
fn html_text(text: &str) -> String {
    text.split("\n\n").map(|p| format!("<p class=\"minutes\">{}</p>\n", xml(p))).collect()
}

fn html_facts(facts: &[(&'static str, String)]) -> String {
    let rows: String = facts
        .iter()
        .map(|(k, v)| format!("<tr><th>{}</th><td>{}</td></tr>\n", xml(k), xml(v)))
        .collect();
    format!("<table class=\"meta\">\n{rows}</table>\n")
}

fn html_decisions(decisions: &[DecisionDoc], lang: Lang) -> String {
    let mut out = String::new();
    for d in decisions {
        out.push_str(&format!(
            "<div class=\"decision {}\" id=\"{}\">\n<h3>{} {}</h3>\n{}<ul>\n",
            d.outcome,
            xml(&d.id),
            xml(word(lang, Word::Decision)),
            d.number,
            html_text(&d.text)
        ));
        for line in decision_lines(d, lang) {
            out.push_str(&format!("<li>{}</li>\n", xml(&line)));
        }
        out.push_str("</ul>\n</div>\n");
    }
    out
}

/// An item's action items as an HTML table (nothing when it has none).
fn html_actions(actions: &[ActionDoc], lang: Lang) -> String {
    let mut body = String::new();
    if actions.is_empty() {
        return body;
    }
    body.push_str(&format!(
        "<h3>{}</h3>\n<table>\n<thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        xml(word(lang, Word::Actions)),
        xml(word(lang, Word::Actions)),
        xml(word(lang, Word::Owner)),
        xml(word(lang, Word::Due))
    ));
    for a in actions {
        let due = a.due.map(|d| d.to_string()).unwrap_or_default();
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{due}</td></tr>\n",
            xml(&a.id),
            xml(&a.text),
            xml(&a.owner.label)
        ));
    }
    body.push_str("</tbody>\n</table>\n");
    body
}

/// An item's follow-ups of earlier action items as an HTML list (nothing when none).
fn html_follow_ups(follow_ups: &[FollowUpDoc], lang: Lang) -> String {
    let mut body = String::new();
    if follow_ups.is_empty() {
        return body;
    }
    body.push_str(&format!("<h3>{}</h3>\n<ul>\n", xml(word(lang, Word::FollowUps))));
    for f in follow_ups {
        let what = f.action_text.as_ref().map(|t| format!(" {}", xml(t))).unwrap_or_default();
        body.push_str(&format!(
            "<li>{}{what}: <strong>{}</strong>. {}</li>\n",
            xml(&f.action),
            xml(&f.status_label),
            xml(&f.note)
        ));
    }
    body.push_str("</ul>\n");
    body
}

/// The minutes as one self-contained HTML page.
pub fn html(doc: &MinutesDoc, lang: Lang) -> String {
    let title = title(doc, lang);
    let mut body =
        format!("<h1>{}</h1>\n<p class=\"meta\">{}</p>\n", xml(&title), xml(&doc.organisation));
    body.push_str(&html_facts(&facts(doc, lang)));
    body.push_str(&html_facts(&attendance(doc, lang)));
    for item in &doc.items {
        body.push_str(&format!("<h2>{}. {}</h2>\n", item.number, xml(&item.heading(lang))));
        for p in &item.presence {
            body.push_str(&format!("<p class=\"presence\"><em>{}</em></p>\n", xml(p)));
        }
        body.push_str(&html_text(&item.minutes));
        body.push_str(&html_decisions(&item.decisions, lang));
        body.push_str(&html_actions(&item.actions, lang));
        body.push_str(&html_follow_ups(&item.follow_ups, lang));
    }
    body.push_str(&format!(
        "<hr>\n<p><strong>{}:</strong> {}</p>\n",
        xml(word(lang, Word::Status)),
        xml(&doc.status_label)
    ));
    for (meeting, hash) in &doc.approves {
        body.push_str(&format!(
            "<p class=\"meta\">{} {} (<code>{}</code>)</p>\n",
            xml(word(lang, Word::Approves)),
            xml(meeting),
            xml(hash)
        ));
    }
    super::html::page(&title, &body, lang)
}

/// The list of decisions as Markdown: per session, its items and their decisions.
pub fn list_markdown(
    sessions: &[MinutesDoc],
    organisation: &str,
    period: &str,
    lang: Lang,
) -> String {
    let mut out =
        format!("# {} – {}\n\n{}\n", word(lang, Word::DecisionList), md(organisation), md(period));
    if sessions.is_empty() {
        out.push_str(&format!("\n{}\n", word(lang, Word::NoDecisions)));
    }
    for doc in sessions {
        out.push_str(&format!("\n## {} – {}\n\n", md(&doc.body_name), doc.date));
        md_session_header(&mut out, doc, lang);
        for item in &doc.items {
            out.push_str(&format!(
                "\n### {} {}. {}\n",
                word(lang, Word::Item),
                item.number,
                md(&item.heading(lang))
            ));
            md_decisions(&mut out, &item.decisions, lang);
        }
    }
    out
}

/// The list of decisions as one self-contained HTML page, annotated with RDFa under `base`
/// ([`super::rdfa`]).
pub fn list_html(
    sessions: &[MinutesDoc],
    organisation: &str,
    period: &str,
    base: &str,
    lang: Lang,
) -> String {
    super::rdfa::list_html(sessions, organisation, period, base, lang)
}
