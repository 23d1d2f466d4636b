//! Closed (besloten) items: every decision of one needs the public summary that public
//! documents show instead of its text, and what public documents do show of the item (its
//! title, those summaries) must not repeat its minutes, decisions or action items.

use super::Findings;
use super::finding::{FindingKind, Severity};
use super::meetings::first_line;
use crate::domain::ids::DecisionRef;
use crate::domain::meeting::{AgendaItem, MinutesStatus};
use crate::store::load::Folder;

/// The shortest stretch of confidential text that counts as repeated: shorter ones ("Het
/// bestuur beslist") occur in any text.
const MIN_FRAGMENT: usize = 24;

pub(super) fn check_closed(folder: &Folder, findings: &mut Findings) {
    for file in &folder.meetings {
        let m = &file.value;
        let draft = m.status == MinutesStatus::Draft;
        for item in m.agenda.iter().filter(|i| i.closed) {
            let secret = confidential(item);
            let reference = format!("{}/{}", m.id, item.number);
            if repeats(&item.title, &secret) {
                let at = findings.locator.nth(&file.path, first_line(&item.title), 0);
                let kind =
                    FindingKind::ClosedTextInPublic { item: reference.clone(), field: "title" };
                findings.push(&file.path, at, Severity::Error, kind);
            }
            for d in &item.decisions {
                let summary = d.public_summary.as_deref().map(str::trim).unwrap_or_default();
                // The `public_summary` fields before this one in the file: where it is.
                let before = m.decisions().take_while(|(_, x)| !std::ptr::eq(*x, d));
                let nth = before.filter(|(_, x)| x.public_summary.is_some()).count();
                if summary.is_empty() {
                    let decision = DecisionRef::new(&m.id, d.number).to_string();
                    let at = findings.locator.nth(&file.path, first_line(&d.text), 0);
                    let severity = if draft { Severity::Warning } else { Severity::Error };
                    let kind = FindingKind::ClosedWithoutSummary { decision, draft };
                    findings.push(&file.path, at, severity, kind);
                } else if repeats(summary, &secret) {
                    // At the field, not at the text it copies (which comes first in the file).
                    let at = findings.locator.nth(&file.path, "public_summary", nth);
                    let field = "public_summary";
                    let kind = FindingKind::ClosedTextInPublic { item: reference.clone(), field };
                    findings.push(&file.path, at, Severity::Error, kind);
                }
            }
        }
    }
}

/// The texts of a closed item that stay for the members: its minutes, its decisions' texts,
/// its action items' texts.
fn confidential(item: &AgendaItem) -> Vec<String> {
    let texts = std::iter::once(item.minutes.as_str())
        .chain(item.decisions.iter().map(|d| d.text.as_str()))
        .chain(item.actions.iter().map(|a| a.text.as_str()))
        .chain(item.follow_ups.iter().map(|f| f.note.as_str()));
    texts.map(normal).filter(|t| !t.is_empty()).collect()
}

/// Whether `public` repeats one of the `secret` texts: the whole of one, or one of its
/// sentences (parts between full stops, semicolons and line ends) long enough to mean
/// something.
fn repeats(public: &str, secret: &[String]) -> bool {
    let public = normal(public);
    if public.is_empty() {
        return false;
    }
    secret.iter().any(|text| {
        *text == public
            || text
                .split(['.', '!', '?', ';', '\n'])
                .map(str::trim)
                .filter(|s| s.chars().count() >= MIN_FRAGMENT)
                .any(|s| public.contains(s))
    })
}

/// Lower case, runs of spaces as one, line ends kept (they split sentences).
fn normal(text: &str) -> String {
    let lines = text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "));
    lines.collect::<Vec<_>>().join("\n").trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_of_the_decision_in_the_summary_is_a_repeat_a_paraphrase_is_not() {
        let secret = vec![normal("Het contract van X wordt niet verlengd.\nMet dank.")];
        assert!(repeats("Besluit: het contract van  X wordt niet verlengd", &secret));
        assert!(repeats("Met dank.", &[normal("Met dank.")]));
        assert!(!repeats("Besluit over een personeelsdossier.", &secret));
        assert!(!repeats("", &secret));
    }
}
