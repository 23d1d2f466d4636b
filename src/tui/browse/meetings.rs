//! The meetings screen: every meeting, newest first, and its minutes read like the document
//! they become.

use crate::export::model::MinutesDoc;
use crate::i18n;
use crate::i18n::minutes::{Word, word};
use crate::i18n::tui::{Text, text};
use crate::tui::app::{App, Screen};
use crate::tui::ctx::Ctx;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;

/// Draws the screen in `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let state = app.list(Screen::Meetings);
    let (list_area, detail_area) = super::split(area, state.detail);
    if let Some(a) = list_area {
        render_list(frame, a, state.selected, ctx, theme);
    }
    let doc = ctx.meetings.get(state.selected).and_then(|&i| ctx.minutes_doc(i));
    if let (Some(a), Some(doc)) = (detail_area, doc) {
        let lines = document(doc, ctx, theme);
        super::detail(frame, a, &doc.id, lines, state.scroll);
    }
}

fn render_list(frame: &mut Frame, area: Rect, selected: usize, ctx: &Ctx, theme: &Theme) {
    let lang = ctx.lang;
    let page = super::page(selected, ctx.meetings.len(), area);
    let first = page.start;
    let items: Vec<ListItem> = ctx.meetings[page]
        .iter()
        .map(|&i| {
            let m = &ctx.folder.meetings[i].value;
            // A cancelled meeting says so where its minutes' status would stand.
            let status = if m.cancelled {
                i18n::editor::word(lang, i18n::editor::Word::Cancelled).to_lowercase()
            } else {
                i18n::minutes_status(lang, &m.status).to_string()
            };
            let decisions = format!(
                "{} {}",
                m.decisions().count(),
                i18n::listing(lang, i18n::Listing::Decisions)
            );
            ListItem::new(Line::raw(format!(
                "{}  {:<24} {:<12} {decisions}",
                m.date,
                line(m.body.as_str()),
                status
            )))
        })
        .collect();
    let title = format!(" {} ({}) ", text(lang, Text::Meetings), ctx.meetings.len());
    super::list(frame, area, title, items, selected - first, theme);
}

/// The minutes as lines of text, as the exported document reads.
fn document<'a>(doc: &MinutesDoc, ctx: &Ctx, theme: &Theme) -> Vec<Line<'a>> {
    let lang = ctx.lang;
    let mut lines =
        vec![Line::styled(format!("{} – {}", line(&doc.body_name), doc.date), theme.heading)];
    let people = |p: &[crate::export::model::Person]| {
        p.iter().map(|p| line(&p.label)).collect::<Vec<_>>().join(", ")
    };
    for (w, value) in [
        (Word::Place, doc.location.as_deref().map(line)),
        (Word::Chair, doc.chair.as_ref().map(|p| line(&p.label))),
        (Word::Present, Some(people(&doc.present)).filter(|s| !s.is_empty())),
        (Word::Excused, Some(people(&doc.excused)).filter(|s| !s.is_empty())),
        (Word::Absent, Some(people(&doc.absent)).filter(|s| !s.is_empty())),
    ] {
        if let Some(v) = value {
            lines.push(Line::raw(format!("{}: {v}", word(lang, w))));
        }
    }
    for item in &doc.items {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("{}. {}", item.number, line(&item.title)), theme.heading));
        lines.extend(
            crate::text::printable(&item.minutes)
                .lines()
                .map(|l| Line::raw(l.replace('\t', "    "))),
        );
        for d in &item.decisions {
            lines.push(Line::styled(
                format!("{} {} – {}", word(lang, Word::Decision), d.number, d.outcome_label),
                theme.heading,
            ));
            lines.push(Line::raw(line(&d.text)));
            let codes: Vec<&str> = d.objectives.iter().map(|o| o.code.as_str()).collect();
            lines.push(Line::styled(
                format!("{}: {}", word(lang, Word::Objectives), codes.join(", ")),
                theme.dim,
            ));
        }
        for a in &item.actions {
            let due = a
                .due
                .map(|d| format!(" ({} {d})", word(lang, Word::Due).to_lowercase()))
                .unwrap_or_default();
            lines.push(Line::raw(format!("→ {}: {}{due}", line(&a.owner.label), line(&a.text))));
        }
        for f in &item.follow_ups {
            // The action item's own text, not only its id.
            let wanted = f.action.parse::<crate::domain::ids::ActionItemRef>().ok();
            let action = wanted.and_then(|r| ctx.index.actions.iter().find(|a| a.reference == r));
            let what = action.map(|a| format!("{} ", line(&a.text))).unwrap_or_default();
            lines.push(Line::raw(format!("↺ {what}({}) – {}", f.action, f.status_label)));
            lines.push(Line::styled(format!("  {}", line(&f.note)), theme.dim));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("{}: {}", word(lang, Word::Status), doc.status_label),
        theme.heading,
    ));
    lines
}
