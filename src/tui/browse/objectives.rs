//! The objectives screen: the SD → OD tree with counts, and an objective's detail.

use super::narrow::{Sort, TextFilter};
use super::plan_lines::{event_line, planning, spreiding};
use super::{BrowseScreen, ListState, Panels};
use crate::domain::ids::ObjectiveId;
use crate::domain::plan::Change;
use crate::index::objectives::ObjectiveEntry;
use crate::index::search::Target;
use crate::tui::action::{Action, Binding, CLEAR, LINKS, TEXT, bind};
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;
use std::collections::HashSet;

/// The objectives tree: its selection, the strategic objectives folded shut, and whether
/// ended objectives are shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Objectives {
    /// The tree's selection and detail.
    pub list: ListState,
    /// Strategic objectives folded shut.
    pub folded: HashSet<String>,
    /// Whether the tree shows ended objectives too.
    pub show_ended: bool,
    /// Words an objective (its codes, today's and old, its title, its actions' texts) must
    /// hold (`t`); the strategic objectives of those kept stay, so the tree still reads.
    pub text: TextFilter,
}

impl Objectives {
    /// The lines of the tree: children of folded SDs left out, ended objectives only when
    /// asked for.
    pub fn tree<'a>(&self, ctx: &'a Ctx) -> Vec<&'a ObjectiveEntry> {
        let shown = ctx.index.objectives.all().iter().filter(|o| self.show_ended || o.is_active());
        let unfolded = |o: &&ObjectiveEntry| {
            o.parent.as_ref().is_none_or(|p| !self.folded.contains(p.as_str()))
        };
        if self.text.is_empty() {
            return shown.filter(unfolded).collect();
        }
        // An objective kept, and the strategic objective of each one kept.
        let kept: Vec<&ObjectiveEntry> = shown.clone().filter(|o| self.holds(o)).collect();
        let keeps = |o: &&ObjectiveEntry| {
            kept.iter().any(|k| k.id == o.id || k.parent.as_ref() == Some(&o.id))
        };
        shown.filter(keeps).filter(unfolded).collect()
    }

    /// Whether objective `o` holds the words of the text filter: in a code it has or had,
    /// its title or one of its actions' texts.
    fn holds(&self, o: &ObjectiveEntry) -> bool {
        // `codes` holds today's code too.
        let codes: Vec<String> = o.codes.iter().map(ToString::to_string).collect();
        let actions = o.actions.iter().map(|a| a.text.as_str());
        self.text.keeps(codes.iter().map(String::as_str).chain([o.title.as_str()]).chain(actions))
    }

    /// The objective on the selected line.
    pub fn selected(&self, ctx: &Ctx) -> Option<ObjectiveId> {
        self.tree(ctx).get(self.list.selected).map(|o| o.id.clone())
    }

    /// The line of objective `id` in the tree, if shown.
    pub fn line_of(&self, ctx: &Ctx, id: &ObjectiveId) -> Option<usize> {
        self.tree(ctx).iter().position(|o| &o.id == id)
    }

    /// Unfolds and, ended, shows objective `id` (clearing a text filter that hides it); its
    /// line then.
    pub fn reveal(&mut self, ctx: &Ctx, id: &ObjectiveId) -> Option<usize> {
        let objective = ctx.index.objectives.get(id.as_str());
        if let Some(parent) = objective.and_then(|o| o.parent.clone()) {
            self.folded.remove(parent.as_str());
        }
        self.show_ended |= objective.is_some_and(|o| !o.is_active());
        // A link followed to an objective the words typed hide: the filter goes, not the link.
        if self.line_of(ctx, id).is_none() {
            self.text = TextFilter::default();
        }
        self.line_of(ctx, id)
    }

    /// Enter on a strategic objective folds or unfolds it; whether it was one.
    fn fold(&mut self, ctx: &Ctx) -> bool {
        let lines = self.tree(ctx);
        let Some(o) = lines.get(self.list.selected).filter(|o| o.parent.is_none()) else {
            return false;
        };
        let id = o.id.to_string();
        if !self.folded.remove(&id) {
            self.folded.insert(id);
        }
        true
    }
}

/// Its own rows of the key table (the shared ones are in `tui::action`).
pub const KEYS: &[Binding] = &[
    LINKS,
    TEXT,
    CLEAR,
    bind(&[KeyCode::Char('e')], "e", Action::ShowEnded),
    bind(&[KeyCode::Char('r')], "r", Action::PlanTitle),
    bind(&[KeyCode::Char('a')], "a", Action::PlanActions),
];

super::listed!(Objectives, |view, ctx| view.tree(ctx).len());

impl BrowseScreen for Objectives {
    fn key(&mut self, action: Action, ctx: &Ctx) -> bool {
        match action {
            Action::Open => self.fold(ctx),
            Action::ShowEnded => {
                self.show_ended = !self.show_ended;
                // Other lines come and go under the selection.
                self.list = ListState::default();
                true
            }
            Action::ClearFilters => {
                self.text = TextFilter::default();
                self.list = ListState::default();
                true
            }
            _ => false,
        }
    }

    fn text(&self) -> Option<&TextFilter> {
        Some(&self.text)
    }

    fn text_mut(&mut self) -> Option<&mut TextFilter> {
        Some(&mut self.text)
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme) -> Panels {
        let lines = self.tree(ctx);
        let (list_area, detail_area) = super::split(area, self.list.detail);
        let mut shown = 0..0;
        if let Some(a) = list_area {
            // The tree is drawn whole: ratatui scrolls it just enough to show the selection.
            let first = render_tree(frame, a, self, ctx, &lines, theme);
            let rows = usize::from(a.height.saturating_sub(2));
            shown = first..(first + rows).min(lines.len());
        }
        if let (Some(a), Some(o)) = (detail_area, lines.get(self.list.selected)) {
            render_detail(frame, a, ctx, o, theme, self.list.scroll);
        }
        Panels::lines(list_area, shown, detail_area)
    }

    /// The decisions that served the selected objective, newest first, then its action items.
    fn links(&self, ctx: &Ctx) -> Vec<(Target, String)> {
        let Some(o) = self.selected(ctx) else { return Vec::new() };
        let objectives = &ctx.index.objectives;
        let served = ctx.index.decisions.iter().rev();
        let mut links: Vec<_> = served
            .filter(|d| objectives.counted_under(&d.objectives).contains(&&o))
            .map(|d| super::history::decision_link(ctx, &d.reference, None))
            .collect();
        let actions = serving(ctx, &o).into_iter();
        links.extend(actions.map(|a| super::history::action_link(ctx, a)));
        links
    }

    /// Its code and title.
    fn copied(&self, ctx: &Ctx) -> Option<(String, String)> {
        let o = *self.tree(ctx).get(self.list.selected)?;
        Some((o.code.to_string(), format!("{}  {}", o.code, o.title.trim_end())))
    }
}

/// Draws the tree; the first line shown.
fn render_tree(
    frame: &mut Frame,
    area: Rect,
    view: &Objectives,
    ctx: &Ctx,
    lines: &[&ObjectiveEntry],
    theme: &Theme,
) -> usize {
    let lang = ctx.lang;
    let width = area.width.saturating_sub(4) as usize; // borders and the selection mark
    let items: Vec<ListItem> = lines
        .iter()
        .map(|o| {
            let (decisions, open) = ctx.counts_of(o.id.as_str());
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
                None if view.folded.contains(o.id.as_str()) => ("▸ ", theme.heading),
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
    let filter: String = super::narrow::label(lang, &view.text, Sort::Newest)
        .iter()
        .map(|p| format!(" · {p}"))
        .collect();
    let title = format!(" {}{filter} ", text(lang, Text::Objectives));
    super::list(frame, area, title, items, view.list.selected, theme)
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
    lines.extend(o.history.iter().map(|e| Line::raw(event_line(lang, e, "  "))));
    lines.push(Line::raw(""));
    if o.parent.is_none() {
        under_ods(ctx, o, theme, &mut lines);
    } else {
        lines.push(Line::styled(text(lang, Text::DecisionsServed), theme.heading));
        served(ctx, o, theme, &mut lines);
    }
    action_items(ctx, o, theme, &mut lines);
    plan_actions(ctx, o, theme, &mut lines);
    super::detail(frame, area, &o.code.to_string(), lines, scroll);
}

/// A strategic objective's decisions are its operational objectives': each one's count of
/// decisions and open action items, as the tree counts them, and the sum.
fn under_ods<'a>(ctx: &Ctx, sd: &ObjectiveEntry, theme: &Theme, lines: &mut Vec<Line<'a>>) {
    let lang = ctx.lang;
    lines.push(Line::styled(text(lang, Text::DecisionsPerOd), theme.heading));
    let ods = ctx.index.objectives.all().iter();
    let ods = ods.filter(|o| o.is_active() && o.parent.as_ref() == Some(&sd.id));
    let (besl, open) = (text(lang, Text::CountDecisions), text(lang, Text::CountOpen));
    let mut sum = (0, 0);
    for od in ods {
        let (decisions, opened) = ctx.counts_of(od.id.as_str());
        sum = (sum.0 + decisions, sum.1 + opened);
        lines.push(Line::raw(format!(
            "  {:<8} {decisions:>3} {besl} {opened:>2} {open}  {}",
            od.code.to_string(),
            line(&od.title)
        )));
    }
    let together = text(lang, Text::Together);
    lines.push(Line::styled(
        format!("  {together:<8} {:>3} {besl} {:>2} {open}", sum.0, sum.1),
        theme.heading,
    ));
}

/// The decisions that served `o`, newest first, each with the code it had then.
fn served<'a>(ctx: &Ctx, o: &ObjectiveEntry, theme: &Theme, lines: &mut Vec<Line<'a>>) {
    let lang = ctx.lang;
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
            o.code_then(d.date)
                .map(|c| format!(" {}", crate::index::strings::code_then(lang, &c.to_string())))
        } else {
            // Taken under an objective merged into this one: its code then, and how.
            d.objectives
                .iter()
                .filter_map(|id| objectives.get(id.as_str()))
                .find_map(|e| Some((e.carried_by.as_ref().filter(|c| c.id == o.id)?, e)))
                .map(|(c, e)| {
                    let code = e.code_on(d.date).unwrap_or(e.code).to_string();
                    let then = crate::index::strings::code_then(lang, &code);
                    format!(
                        " {}, {})",
                        then.trim_end_matches(')'),
                        crate::index::strings::carry(lang, c.how)
                    )
                })
        }
        .unwrap_or_default();
        lines.push(Line::raw(format!(
            "{}  {}  {}{then}",
            d.date,
            d.reference,
            crate::domain::strings::outcome(lang, d.outcome)
        )));
        lines.push(Line::styled(format!("    {}", line(&d.text)), theme.dim));
    }
}

/// The action items agreed for `o` (or for an objective merged into it), newest first.
fn serving<'a>(ctx: &'a Ctx, o: &ObjectiveId) -> Vec<&'a crate::index::actions::ActionEntry> {
    let objectives = &ctx.index.objectives;
    let serves = |a: &&crate::index::actions::ActionEntry| {
        a.objective
            .as_ref()
            .is_some_and(|id| objectives.counted_under(std::slice::from_ref(id)).contains(&o))
    };
    ctx.index.actions.iter().rev().filter(serves).collect()
}

/// The action items agreed for `o`, each with its status today; `f` opens one.
fn action_items<'a>(ctx: &Ctx, o: &ObjectiveEntry, theme: &Theme, lines: &mut Vec<Line<'a>>) {
    let items = serving(ctx, &o.id);
    if items.is_empty() {
        return;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(text(ctx.lang, Text::Actions2), theme.heading));
    for a in items {
        let (_, label) = super::history::action_link(ctx, a);
        lines.push(Line::raw(format!("{}  {label}", a.date)));
    }
}

/// The plan's actions under `o`, with their roles, spread and planning.
fn plan_actions<'a>(ctx: &Ctx, o: &ObjectiveEntry, theme: &Theme, lines: &mut Vec<Line<'a>>) {
    let lang = ctx.lang;
    if !o.actions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(text(lang, Text::Actions), theme.heading));
        // An action taken out of the plan stays in the file, not on the screen.
        for a in o.actions.iter().filter(|a| !a.is_removed()) {
            lines.push(Line::raw(format!("• {}", line(&a.text))));
            // What changed it since it was added: a new text (by decision or redactioneel).
            let changes = a.history.iter().filter(|e| !matches!(e.change, Change::Added { .. }));
            lines.extend(changes.map(|e| Line::styled(event_line(lang, e, "    "), theme.dim)));
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
}
