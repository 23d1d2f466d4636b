//! A decision's context in its detail: the meeting and agenda item, the vote in words, its
//! objectives with the code then and today, whether it is in force, the decisions it amends
//! or supersedes and those that amend or supersede it, and the item's minutes and
//! follow-ups (each with the action item's own text) that led to it.

use super::narrow::TextFilter;
use crate::domain::ids::DecisionRef;
use crate::domain::meeting::AgendaItem;
use crate::domain::strings::follow_up_status;
use crate::index::decisions::DecisionEntry;
use crate::index::strings::code_label;
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Context, Text, context, text, votes};
use crate::tui::theme::{Theme, line};
use ratatui::text::Line;

/// How many chars of a linked decision's text are shown.
const LINKED: usize = 100;

/// The lines of `d`'s detail; the `marked` words (of the search that led here) stand out in
/// its text and minutes.
pub fn lines<'a>(
    ctx: &Ctx,
    d: &DecisionEntry,
    theme: &Theme,
    marked: Option<&TextFilter>,
) -> Vec<Line<'a>> {
    let lang = ctx.lang;
    let force = text(lang, if d.in_force() { Text::InForce } else { Text::NotInForce });
    let body = ctx.folder.members.as_ref().and_then(|m| m.value.body(&d.body));
    let body = body.map_or_else(|| d.body.to_string(), |b| b.name.clone());
    let mut out = vec![
        Line::styled(
            format!(
                "{}  {} · {force}",
                d.reference,
                crate::domain::strings::outcome(lang, d.outcome)
            ),
            theme.heading,
        ),
        Line::raw(format!(
            "{}: {} {} – {}. {}",
            text(lang, Text::Meeting),
            d.date,
            line(&body),
            d.item.0,
            line(&d.item.1)
        )),
        Line::raw(""),
    ];
    out.extend(minutes_lines(&d.text, marked, theme));
    if let Some(v) = &d.votes {
        out.push(Line::raw(""));
        out.push(Line::raw(format!("{}: {}", context(lang, Context::Vote), votes(lang, v))));
    }
    objectives(ctx, d, theme, &mut out);
    links(ctx, d, theme, &mut out);
    if let Some(item) = agenda_item(ctx, d) {
        minutes(ctx, item, theme, marked, &mut out);
    }
    out
}

/// Each objective with today's code and, when it differs, the code on the day.
fn objectives<'a>(ctx: &Ctx, d: &DecisionEntry, theme: &Theme, out: &mut Vec<Line<'a>>) {
    if d.objectives.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(context(ctx.lang, Context::Objectives), theme.heading));
    for id in &d.objectives {
        let shown = match ctx.index.objectives.get(id.as_str()) {
            Some(o) => format!("{}  {}", code_label(ctx.lang, o, d.date), line(&o.title)),
            None => id.to_string(),
        };
        out.push(Line::raw(format!("  {shown}")));
    }
}

/// What it amends and supersedes, and what amends and supersedes it, each with its date,
/// outcome and the start of its text.
fn links<'a>(ctx: &Ctx, d: &DecisionEntry, theme: &Theme, out: &mut Vec<Line<'a>>) {
    let lang = ctx.lang;
    let mut links: Vec<(Context, &DecisionRef)> = Vec::new();
    links.extend(d.amends().into_iter().map(|r| (Context::Amends, r)));
    links.extend(d.supersedes().into_iter().map(|r| (Context::Supersedes, r)));
    links.extend(d.amended_by().iter().map(|r| (Context::AmendedBy, r)));
    links.extend(d.superseded_by().into_iter().map(|r| (Context::SupersededBy, r)));
    if links.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(context(lang, Context::Links), theme.heading));
    for (how, r) in links {
        out.push(Line::raw(format!("  {} {r}", context(lang, how))));
        if let Some(other) = ctx.index.decisions.iter().find(|e| &e.reference == r) {
            // Its first words, cut between words: enough to recognise it.
            let part = crate::index::search::excerpt(&other.text, 0, LINKED);
            let mut start: String =
                other.text.chars().take(part.end).collect::<String>().replace('\n', " ");
            if part.cut_after {
                start.push('…');
            }
            let outcome = crate::domain::strings::outcome(lang, other.outcome);
            out.push(Line::styled(
                format!("    {}  {outcome}  {}", other.date, line(&start)),
                theme.dim,
            ));
        }
    }
}

/// The agenda item the decision was taken under.
fn agenda_item<'c>(ctx: &'c Ctx, d: &DecisionEntry) -> Option<&'c AgendaItem> {
    let meeting = ctx.folder.meetings.iter().find(|m| &m.value.id == d.meeting())?;
    meeting.value.agenda.iter().find(|i| i.number == d.item.0)
}

/// Minutes as written, a line each; the `marked` words (of a search) stand out.
pub fn minutes_lines<'a>(
    minutes: &str,
    marked: Option<&TextFilter>,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mark = theme.heading.add_modifier(ratatui::style::Modifier::UNDERLINED);
    let printable = crate::text::printable(minutes);
    let lines = printable.lines().map(|l| {
        let l = l.replace('\t', "    ");
        match marked {
            Some(words) => words.marked(&l, ratatui::style::Style::default(), mark),
            None => Line::raw(l),
        }
    });
    lines.collect()
}

/// The item's minutes, as written (the `marked` words standing out), and its follow-ups
/// with each action item's text.
fn minutes<'a>(
    ctx: &Ctx,
    item: &AgendaItem,
    theme: &Theme,
    marked: Option<&TextFilter>,
    out: &mut Vec<Line<'a>>,
) {
    let lang = ctx.lang;
    out.push(Line::raw(""));
    out.push(Line::styled(
        format!("{} {}. {}", context(lang, Context::MinutesOf), item.number, line(&item.title)),
        theme.heading,
    ));
    if item.minutes.trim().is_empty() {
        out.push(Line::styled(context(lang, Context::NoMinutes), theme.dim));
    }
    out.extend(minutes_lines(&item.minutes, marked, theme));
    if item.follow_ups.is_empty() {
        return;
    }
    out.push(Line::raw(""));
    out.push(Line::styled(context(lang, Context::FollowUps), theme.heading));
    for f in &item.follow_ups {
        let action = ctx.index.actions.iter().find(|a| a.reference == f.action);
        let what = action.map_or_else(|| f.action.to_string(), |a| line(&a.text));
        let status = follow_up_status(lang, f.status);
        out.push(Line::raw(format!("  ↺ {what} ({}) – {status}", f.action)));
        if !f.note.trim().is_empty() {
            out.push(Line::styled(format!("    {}", line(&f.note)), theme.dim));
        }
    }
}
