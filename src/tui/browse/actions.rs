//! The actions screen: action items, open ones first, with owner, due date and status
//! derived from their follow-ups; grouped by status, owner or municipality.

pub use super::action_sort::ActionSort;
use super::narrow::TextFilter;
use super::{BrowseScreen, ListState, Panels};
use crate::domain::ids::ActionItemRef;
use crate::index::actions::{ActionEntry, ActionStatus};
use crate::index::search::Target;
use crate::tui::action::{Action, Binding, CLEAR, LINKS, PERIOD, SORT, TEXT, bind};
use crate::tui::ctx::Ctx;
use crate::tui::strings::browse::{Text, text};
use crate::tui::theme::{Theme, line};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::ListItem;

/// How the actions list is grouped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Grouping {
    /// Open first (by due date), then done and dropped.
    #[default]
    Status,
    /// By owner, open first within each.
    Owner,
    /// By the owner's municipality, open first within each.
    Municipality,
}

/// The states of action items to filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    /// Not done or dropped.
    Open,
    /// Open past the due date.
    Overdue,
    /// Done.
    Done,
}

impl StatusFilter {
    /// Whether action item `a` is in this state `today`.
    fn keeps(self, a: &ActionEntry, today: chrono::NaiveDate) -> bool {
        match self {
            StatusFilter::Open => a.status() == ActionStatus::Open,
            StatusFilter::Overdue => a.is_overdue(today),
            StatusFilter::Done => a.status() == ActionStatus::Done,
        }
    }

    /// How the list's title names it.
    fn label(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            StatusFilter::Open => text(lang, Text::OpenOnly),
            StatusFilter::Overdue => {
                crate::index::strings::action_status(lang, ActionStatus::Open, true)
            }
            StatusFilter::Done => {
                crate::index::strings::action_status(lang, ActionStatus::Done, false)
            }
        }
    }
}

/// The actions list: action items in the chosen grouping. Recomputed when the grouping
/// changes, not per frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actions {
    /// The list's selection and detail.
    pub list: ListState,
    /// The grouping.
    pub grouping: Grouping,
    /// Only the action items in this state.
    pub status: Option<StatusFilter>,
    /// Only those agreed in this year (`p`).
    pub year: Option<i32>,
    /// Words the action item (its text, its owner) must hold (`t`).
    pub text: TextFilter,
    /// The order (`s`).
    pub sort: ActionSort,
    /// Only this member's (`M`: the user's own).
    pub owner: Option<crate::domain::ids::MemberId>,
    /// The action items in that order, as indices into `ctx.index.actions`; `None` for all
    /// of them in the status order, which is `ctx.actions`.
    order: Option<Vec<usize>>,
}

impl Actions {
    /// The action items in the list's order.
    pub fn order<'a>(&'a self, ctx: &'a Ctx) -> &'a [usize] {
        self.order.as_deref().unwrap_or(&ctx.actions)
    }

    /// The action item on line `line`.
    pub fn at<'a>(&self, ctx: &'a Ctx, line: usize) -> Option<&'a ActionEntry> {
        self.order(ctx).get(line).map(|&i| &ctx.index.actions[i])
    }

    /// Only `me`'s overdue action items, from the top: what the status line counts.
    pub fn mine(&mut self, me: crate::domain::ids::MemberId, ctx: &Ctx) {
        (self.owner, self.status, self.list) =
            (Some(me), Some(StatusFilter::Overdue), ListState::default());
        self.refresh(ctx);
    }

    /// The selected action item.
    pub fn selected<'a>(&self, ctx: &'a Ctx) -> Option<&'a ActionEntry> {
        self.at(ctx, self.list.selected)
    }

    /// The next grouping: status, owner, municipality.
    pub fn cycle(&mut self, ctx: &Ctx) {
        self.grouping = match self.grouping {
            Grouping::Status => Grouping::Owner,
            Grouping::Owner => Grouping::Municipality,
            Grouping::Municipality => Grouping::Status,
        };
        self.refresh(ctx);
    }

    /// The next state to filter on: open, overdue, done, then all again.
    pub fn cycle_status(&mut self, ctx: &Ctx) {
        let states = [StatusFilter::Open, StatusFilter::Overdue, StatusFilter::Done];
        self.status = super::decisions::next(&states, self.status.as_ref());
        self.refresh(ctx);
    }

    /// Orders the action items of `ctx` (new data) in the grouping, through the filter.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let grouping = self.grouping;
        if grouping == Grouping::Status && !self.is_narrowed() && self.sort == ActionSort::Status {
            self.order = None;
            return;
        }
        let today = chrono::Local::now().date_naive();
        let keeps = |i: &&usize| {
            let a = &ctx.index.actions[**i];
            self.status.is_none_or(|s| s.keeps(a, today))
                && self.year.is_none_or(|y| chrono::Datelike::year(&a.date) == y)
                && self.owner.as_ref().is_none_or(|o| a.owner.member() == Some(o))
                && self.text.keeps([a.text.as_str(), owner(ctx, a).as_str()])
        };
        let kept = ctx.actions.iter().filter(keeps);
        let mut order: Vec<usize> = kept.copied().collect();
        self.sort.apply(ctx, &mut order);
        if grouping != Grouping::Status {
            // Stable: within a group the sort's order (or the status order) stays.
            // Those without an owner or municipality last.
            order.sort_by_cached_key(|&i| {
                let group = group_of(ctx, &ctx.index.actions[i], grouping);
                (group.is_none(), group)
            });
        }
        self.order = Some(order);
    }

    /// Whether a filter narrows the list.
    fn is_narrowed(&self) -> bool {
        self.status.is_some()
            || self.year.is_some()
            || self.owner.is_some()
            || !self.text.is_empty()
    }

    /// Shows action item `reference`; its line.
    pub fn reveal(&self, ctx: &Ctx, reference: &ActionItemRef) -> Option<usize> {
        self.order(ctx).iter().position(|&i| &ctx.index.actions[i].reference == reference)
    }

    /// The group an action item is in, as its header in the list names it.
    pub fn group(&self, ctx: &Ctx, a: &ActionEntry) -> String {
        group_of(ctx, a, self.grouping).unwrap_or_else(|| "–".to_owned())
    }
}

/// The owner's name, or the name of their municipality.
fn group_of(ctx: &Ctx, a: &ActionEntry, grouping: Grouping) -> Option<String> {
    let member = a.owner.member().and_then(|id| ctx.folder.members.as_ref()?.value.member(id));
    match grouping {
        Grouping::Status => None,
        Grouping::Owner => Some(ctx.owner_name(&a.owner)),
        Grouping::Municipality => {
            member.and_then(|m| m.municipality.as_ref()).map(|id| ctx.municipality_name(id))
        }
    }
}

/// Its own rows of the key table (the shared ones are in `tui::action`).
pub const KEYS: &[Binding] = &[
    LINKS,
    PERIOD,
    TEXT,
    CLEAR,
    SORT,
    bind(&[KeyCode::Char('g')], "g", Action::Group),
    bind(&[KeyCode::Char('o')], "o", Action::OpenOnly),
    bind(&[KeyCode::Char('m')], "m", Action::Report),
];

super::listed!(Actions, |view, ctx| view.order(ctx).len());

impl BrowseScreen for Actions {
    fn key(&mut self, action: Action, ctx: &Ctx) -> bool {
        match action {
            Action::Group => self.cycle(ctx),
            Action::OpenOnly => self.cycle_status(ctx),
            Action::Sort => {
                self.sort = self.sort.next();
                self.refresh(ctx);
            }
            Action::FilterPeriod => {
                let years = ctx.index.actions.iter().map(|a| chrono::Datelike::year(&a.date));
                self.year = super::narrow::next_year(years.collect(), self.year);
                self.refresh(ctx);
            }
            Action::ClearFilters => {
                (self.status, self.year, self.text) = (None, None, TextFilter::default());
                self.owner = None;
                self.sort = ActionSort::Status;
                self.refresh(ctx);
            }
            _ => return false,
        }
        // Other lines are under the selection now.
        self.list = ListState::default();
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme) -> Panels {
        let today = chrono::Local::now().date_naive();
        let (list_area, detail_area) = super::split(area, self.list.detail);
        let rows = list_area.map(|a| render_list(frame, a, self, ctx, theme));
        if let (Some(a), Some(item)) = (detail_area, self.at(ctx, self.list.selected)) {
            render_detail(frame, a, ctx, item, theme, (today, self.list.scroll));
        }
        Panels { list: list_area, rows: rows.unwrap_or_default(), detail: detail_area }
    }

    fn text(&self) -> Option<&TextFilter> {
        Some(&self.text)
    }

    fn text_mut(&mut self) -> Option<&mut TextFilter> {
        Some(&mut self.text)
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Actions::refresh(self, ctx)
    }

    /// The selected item's meeting (at the agenda item that agreed it) and its objective.
    fn links(&self, ctx: &Ctx) -> Vec<(Target, String)> {
        let Some(a) = self.at(ctx, self.list.selected) else { return Vec::new() };
        let id = a.reference.meeting();
        let meeting = ctx.folder.meetings.iter().find(|m| &m.value.id == id);
        let mut items = meeting.into_iter().flat_map(|m| m.value.action_items());
        let item =
            items.find(|(_, x)| x.number == a.reference.number()).map_or(0, |(i, _)| i.number);
        let label = format!("{}  {id}", text(ctx.lang, Text::Meeting));
        let mut out = vec![(Target::Minutes(id.clone(), item), label)];
        if let Some(o) = &a.objective {
            out.push(super::history::objective_link(ctx, o));
        }
        out
    }

    /// Its reference, owner and due date on the first line, its text below.
    fn copied(&self, ctx: &Ctx) -> Option<(String, String)> {
        let a = self.at(ctx, self.list.selected)?;
        let due = a.due.map(|d| format!("  {d}")).unwrap_or_default();
        let text = format!("{}  {}{due}\n{}", a.reference, owner(ctx, a), a.text.trim_end());
        Some((a.reference.to_string(), text))
    }
}

fn cut(text: &str, width: usize) -> String {
    text.chars().take(width).collect()
}

/// The owner's name as the list shows it.
pub(super) fn owner(ctx: &Ctx, a: &ActionEntry) -> String {
    line(&ctx.owner_name(&a.owner))
}

/// A row of the actions list: a group's header, or an action item (its line).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    Header(String),
    Item(usize),
}

/// The list's rows: before each group's first action item, its name.
fn rows(view: &Actions, ctx: &Ctx) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut last: Option<String> = None;
    // Sorted otherwise than by status, open and done ones mix: no status headers then.
    let headers = view.grouping != Grouping::Status || view.sort == ActionSort::Status;
    for (n, &i) in view.order(ctx).iter().enumerate() {
        let a = &ctx.index.actions[i];
        if !headers {
            rows.push(Row::Item(n));
            continue;
        }
        let group = match view.grouping {
            // Done and dropped ones are in one run, by date.
            Grouping::Status if a.status() == ActionStatus::Open => {
                crate::index::strings::action_status(ctx.lang, ActionStatus::Open, false).to_owned()
            }
            Grouping::Status => text(ctx.lang, Text::Closed).to_owned(),
            _ => line(&view.group(ctx, a)),
        };
        if last.as_ref() != Some(&group) {
            rows.push(Row::Header(group.clone()));
            last = Some(group);
        }
        rows.push(Row::Item(n));
    }
    rows
}

/// One action item's row: due date, status, owner and as much of its text as fits.
fn item<'a>(
    a: &ActionEntry,
    view: &Actions,
    ctx: &Ctx,
    theme: &Theme,
    width: usize,
) -> ListItem<'a> {
    let today = chrono::Local::now().date_naive();
    let status = crate::index::strings::action_status(ctx.lang, a.status(), a.is_overdue(today));
    let due = a.due.map_or_else(|| "          ".to_owned(), |d| d.to_string());
    let who = cut(&owner(ctx, a), 20);
    let head = if view.grouping == Grouping::Status {
        format!("{due}  {status:<9} {who:<20} ")
    } else {
        format!("{who:<20} {status:<9} {due}  ")
    };
    let room = width.saturating_sub(head.chars().count());
    let style = if a.is_overdue(today) { theme.error } else { ratatui::style::Style::default() };
    let text: String = line(&a.text).chars().take(room).collect();
    ListItem::new(Line::styled(format!("{head}{text}"), style))
}

/// Draws the page of rows the selection is on; each row's line (`None`: a header).
fn render_list(
    frame: &mut Frame,
    area: Rect,
    view: &Actions,
    ctx: &Ctx,
    theme: &Theme,
) -> Vec<Option<usize>> {
    let state = &view.list;
    let width = area.width.saturating_sub(4) as usize;
    let order = view.order(ctx);
    let rows = rows(view, ctx);
    let selected = rows.iter().position(|r| *r == Row::Item(state.selected)).unwrap_or(0);
    let page = super::page(selected, rows.len(), area);
    let first = page.start;
    let items: Vec<ListItem> = rows[page.clone()]
        .iter()
        .map(|row| match row {
            Row::Header(group) => ListItem::new(Line::styled(group.clone(), theme.heading)),
            Row::Item(line) => item(&ctx.index.actions[order[*line]], view, ctx, theme, width),
        })
        .collect();
    let grouping = match view.grouping {
        Grouping::Status => String::new(),
        Grouping::Owner => format!(" · {}", text(ctx.lang, Text::ByOwner)),
        Grouping::Municipality => format!(" · {}", text(ctx.lang, Text::ByMunicipality)),
    };
    let mut parts: Vec<String> = view.status.iter().map(|s| s.label(ctx.lang).to_owned()).collect();
    parts.extend(view.year.map(|y| y.to_string()));
    parts.extend(super::narrow::label(ctx.lang, &view.text, super::narrow::Sort::Newest));
    parts.extend(view.sort.label(ctx.lang).map(str::to_owned));
    let only: String = parts.iter().map(|p| format!(" · {p}")).collect();
    let title = format!(" {} ({}){grouping}{only} ", text(ctx.lang, Text::Actions2), order.len());
    super::list(frame, area, title, items, selected - first, theme);
    rows[page]
        .iter()
        .map(|r| match r {
            Row::Item(line) => Some(*line),
            Row::Header(_) => None,
        })
        .collect()
}

/// The action item's status, owner, due date, text and follow-ups.
fn render_detail(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    a: &ActionEntry,
    theme: &Theme,
    (today, scroll): (chrono::NaiveDate, u16),
) {
    let status = crate::index::strings::action_status(ctx.lang, a.status(), a.is_overdue(today));
    let due = a.due.map(|d| d.to_string()).unwrap_or_default();
    let mut lines = vec![
        Line::styled(format!("{}  {status}", a.reference), theme.heading),
        Line::raw(format!("{} · {due}", owner(ctx, a))),
        Line::raw(""),
        Line::raw(line(&a.text)),
        Line::raw(""),
    ];
    for u in &a.updates {
        let status = crate::domain::strings::follow_up_status(ctx.lang, u.status);
        lines.push(Line::raw(format!("{}  {status}: {}", u.date, line(&u.note))));
    }
    super::detail(frame, area, &a.reference.to_string(), lines, scroll);
}
