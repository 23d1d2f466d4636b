//! The objectives screen: the SD → OD tree with counts, and an objective's detail.

use crate::domain::plan::{Planning, Spreiding};
use crate::i18n;
use crate::i18n::tui::{Text, text};
use crate::index::objectives::ObjectiveEntry;
use crate::tui::app::{App, Screen, tree};
use crate::tui::ctx::Ctx;
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;

/// Draws the screen in `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let lines = tree(ctx, app);
    let (list_area, detail_area) = super::split(area, app.list(Screen::Objectives).detail);
    if let Some(a) = list_area {
        render_tree(frame, a, app, ctx, &lines, theme);
    }
    if let (Some(a), Some(o)) = (detail_area, lines.get(app.list(Screen::Objectives).selected)) {
        render_detail(frame, a, ctx, o, theme, app.list(Screen::Objectives).scroll);
    }
}

fn render_tree(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    ctx: &Ctx,
    lines: &[&ObjectiveEntry],
    theme: &Theme,
) {
    let lang = ctx.lang;
    let width = area.width.saturating_sub(4) as usize; // borders and the selection mark
    let items: Vec<ListItem> = lines
        .iter()
        .map(|o| {
            let (decisions, open) = ctx.counts.get(o.id.as_str()).copied().unwrap_or_default();
            let counts = if o.parent.is_some() {
                format!(
                    " {decisions:>3} {} {open:>2} {}",
                    text(lang, Text::CountDecisions),
                    text(lang, Text::CountOpen)
                )
            } else {
                String::new()
            };
            let (marker, style) = match o.parent {
                None if app.folded.contains(o.id.as_str()) => ("▸ ", theme.heading),
                None => ("▾ ", theme.heading),
                Some(_) if !o.is_active() => ("    ", theme.dim),
                Some(_) => ("    ", ratatui::style::Style::default()),
            };
            let head = format!("{marker}{:<8}", o.code.to_string());
            let room = width.saturating_sub(head.chars().count() + counts.chars().count());
            let ended = if o.is_active() {
                String::new()
            } else {
                format!("({}) ", text(lang, Text::Ended))
            };
            let title: String = format!("{ended}{}", line(&o.title)).chars().take(room).collect();
            let pad = " ".repeat(room.saturating_sub(title.chars().count()));
            ListItem::new(Line::from(vec![
                Span::styled(format!("{head}{title}{pad}"), style),
                Span::styled(counts, theme.dim),
            ]))
        })
        .collect();
    let title = format!(" {} ", text(lang, Text::Objectives));
    super::list(frame, area, title, items, app.list(Screen::Objectives).selected, theme);
}

fn render_detail(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    o: &ObjectiveEntry,
    theme: &Theme,
    scroll: u16,
) {
    let lang = ctx.lang;
    let ended =
        if o.is_active() { String::new() } else { format!(" ({})", text(lang, Text::Ended)) };
    let mut lines: Vec<Line> = vec![
        Line::styled(format!("{}  {}{ended}", o.code, line(&o.title)), theme.heading),
        Line::raw(""),
        Line::styled(text(lang, Text::History), theme.heading),
    ];
    for e in &o.history {
        let by = e.decision.as_ref().map(|d| format!("  ({d})")).unwrap_or_default();
        lines.push(Line::raw(format!("  {}  {}{by}", e.date, i18n::tui::change(lang, &e.change))));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(text(lang, Text::DecisionsServed), theme.heading));
    // Its own decisions and those of the objectives merged into it, as the tree counts them.
    let objectives = &ctx.index.objectives;
    let served: Vec<_> = ctx
        .index
        .decisions
        .iter()
        .rev()
        .filter(|d| objectives.counted_under(&d.objectives).contains(&&o.id))
        .collect();
    if served.is_empty() {
        lines.push(Line::styled(text(lang, Text::NoDecisions), theme.dim));
    }
    for d in served {
        let then = if d.objectives.contains(&o.id) {
            o.code_then(d.date).map(|c| format!(" {}", i18n::code_then(lang, &c.to_string())))
        } else {
            // Taken under an objective merged into this one: its code then, and how.
            d.objectives
                .iter()
                .filter_map(|id| objectives.get(id.as_str()))
                .find_map(|e| Some((e.carried_by.as_ref().filter(|c| c.id == o.id)?, e)))
                .map(|(c, e)| {
                    let code = e.code_on(d.date).unwrap_or(e.code).to_string();
                    let then = i18n::code_then(lang, &code);
                    format!(" {}, {})", then.trim_end_matches(')'), i18n::carry(lang, c.how))
                })
        }
        .unwrap_or_default();
        lines.push(Line::raw(format!(
            "{}  {}  {}{then}",
            d.date,
            d.reference,
            i18n::outcome(lang, d.outcome)
        )));
        lines.push(Line::styled(format!("    {}", line(&d.text)), theme.dim));
    }
    if !o.actions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(text(lang, Text::Actions), theme.heading));
        for a in &o.actions {
            lines.push(Line::raw(format!("• {}", line(&a.text))));
            let spreiding = a.spreiding.as_ref().map(|s| spreiding(ctx, s));
            let planning = a.planning.as_ref().map(planning);
            for (label, value) in [
                ("regierol", a.regierol.clone()),
                ("actorrol", a.actorrol.clone()),
                (text(lang, Text::Spreiding), spreiding),
                (text(lang, Text::Planning), planning),
            ] {
                if let Some(v) = value {
                    lines.push(Line::styled(format!("    {label}: {}", line(&v)), theme.dim));
                }
            }
        }
    }
    super::detail(frame, area, &o.code.to_string(), lines, scroll);
}

/// "alle gemeenten", or the municipalities' names.
fn spreiding(ctx: &Ctx, s: &Spreiding) -> String {
    match s {
        Spreiding::All => text(ctx.lang, Text::AllMunicipalities).to_owned(),
        Spreiding::Municipalities(ids) => {
            ids.iter().map(|id| ctx.municipality_name(id)).collect::<Vec<_>>().join(", ")
        }
    }
}

/// "2021, 2022", "2020 – 2025", or the plan's own words.
fn planning(p: &Planning) -> String {
    match p {
        Planning::Years(years) => {
            years.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        }
        Planning::Period(period) => format!("{} – {}", period.from, period.to),
        Planning::Text(t) => t.clone(),
    }
}
