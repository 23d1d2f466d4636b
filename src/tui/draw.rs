//! The whole frame: tabs, the current screen, the status line, the help on top.

use super::app::{App, Screen};
use super::browse::Drawn;
use super::ctx::Ctx;
use super::screens;
use super::theme::{Theme, line};
use crate::check::finding::Severity;
use crate::index::strings::{Listing, listing};
use crate::tui::strings::browse::{Text, action, text};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Tabs, Wrap};

/// The smallest terminal the screens are laid out for.
pub const MIN: (u16, u16) = (80, 24);

/// Who uses the app and how fresh its data is, for the status line.
#[derive(Debug, Clone, Default)]
pub struct StatusExtra {
    /// The user's name, when known.
    pub me: Option<String>,
    /// The shared folder's state.
    pub sync: super::session::SyncState,
    /// How many of the user's own action items are overdue today.
    pub overdue: usize,
}

/// Draws the app; the layout it drew.
pub fn draw(frame: &mut Frame, app: &App, ctx: &Ctx, theme: &Theme) -> Drawn {
    draw_with(frame, app, ctx, theme, &StatusExtra::default())
}

/// Draws the app, with the user and the folder's state on the status line; the layout it
/// drew (nothing when the terminal is too small).
pub fn draw_with(
    frame: &mut Frame,
    app: &App,
    ctx: &Ctx,
    theme: &Theme,
    extra: &StatusExtra,
) -> Drawn {
    if too_small(frame, ctx) {
        return Drawn::default();
    }
    let area = frame.area();
    let [tabs, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
            .areas(area);
    let tabs = render_tabs(frame, tabs, app, ctx, theme);
    app.page_rows.set(body.height.saturating_sub(2) as usize);
    let panels = app.current().render(frame, body, ctx, theme);
    render_status(frame, status, ctx, theme, extra);
    let covered = app.search.is_some() || app.picker.is_some() || app.help;
    if let Some(search) = &app.search {
        super::browse::search::render(frame, body, search, ctx, theme);
    }
    if let Some(picker) = &app.picker {
        let title = text(ctx.lang, app.picker_title());
        screens::picker::render(frame, body, picker, title, theme);
    }
    if app.help {
        render_help(frame, body, app, ctx, theme);
    }
    Drawn { tabs, panels, status, covered }
}

/// Below [`MIN`] a notice says so instead of a cramped screen; true then.
fn too_small(frame: &mut Frame, ctx: &Ctx) -> bool {
    let area = frame.area();
    let small = area.width < MIN.0 || area.height < MIN.1;
    if small {
        let notice = Paragraph::new(text(ctx.lang, Text::TooSmall)).wrap(Wrap { trim: true });
        frame.render_widget(notice, area);
    }
    small
}

/// The tab titles, in [`Screen::ALL`] order.
pub fn tab_titles(ctx: &Ctx) -> Vec<String> {
    Screen::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let t = match s {
                Screen::Objectives => Text::Objectives,
                Screen::Decisions => Text::Decisions,
                Screen::Meetings => Text::Meetings,
                Screen::Actions => Text::Actions2,
            };
            format!("{} {}", i + 1, text(ctx.lang, t))
        })
        .collect()
}

/// Draws the tabs; where each title stands, for the mouse.
fn render_tabs(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    ctx: &Ctx,
    theme: &Theme,
) -> Vec<(Rect, Screen)> {
    // A title is drawn between its padding, the next after a divider.
    const PAD: &str = " ";
    const DIVIDER: &str = "│";
    let titles = tab_titles(ctx);
    let mut x = area.x;
    let mut rects = Vec::new();
    for (title, screen) in titles.iter().zip(Screen::ALL) {
        x = x.saturating_add(Line::raw(PAD).width() as u16);
        let width = Line::raw(title.as_str()).width() as u16;
        rects.push((Rect::new(x, area.y, width, 1).intersection(area), screen));
        x = x.saturating_add(width + (Line::raw(PAD).width() + Line::raw(DIVIDER).width()) as u16);
    }
    let tabs = Tabs::new(titles).select(app.screen.index()).highlight_style(theme.heading);
    frame.render_widget(tabs.padding(PAD, PAD).divider(DIVIDER), area);
    rects
}

/// The folder, what `check` found (the first error named), the conflict copies; then, as far
/// as the line is wide, the user, when the folder was last updated from elsewhere, the counts.
fn render_status(frame: &mut Frame, area: Rect, ctx: &Ctx, theme: &Theme, extra: &StatusExtra) {
    let lang = ctx.lang;
    // The folder's name only, and an error before the counts: on an 80-column line the
    // broken file must stay in view.
    // While the rest of the folder loads the check waits (half a folder would cry wolf), and
    // the counts would be of the part: the load's progress instead.
    let loading = ctx.loading();
    let findings = match (ctx.report(), loading) {
        (None, Some((done, total))) => {
            Span::styled(crate::tui::strings::status::loading(lang, done, total), theme.dim)
        }
        (None, None) => Span::styled(text(lang, Text::Checking), theme.dim),
        (Some(report), _) => {
            let totals = crate::check::strings::totals(lang, report.errors(), report.warnings());
            let error = report.findings.iter().find(|f| f.severity == Severity::Error);
            match error {
                Some(f) => Span::styled(
                    format!(
                        "{totals}: {}",
                        line(&crate::store::relpath::slashed(&f.path).to_string())
                    ),
                    theme.error,
                ),
                None => Span::raw(totals),
            }
        }
    };
    let counts = if loading.is_some() {
        String::new()
    } else {
        format!(
            " · {} {} · {} {}",
            ctx.folder.meetings.len(),
            listing(lang, Listing::Meetings),
            ctx.index.decisions.len(),
            listing(lang, Listing::Decisions),
        )
    };
    let mut spans = vec![Span::raw(format!(" {} · ", line(&ctx.folder_name))), findings];
    // Conflict copies wait for someone to merge them: said before the counts, to stay in view.
    let copies = ctx.folder.conflicts.len();
    if copies > 0 {
        let word = text(lang, if copies == 1 { Text::ConflictCopy } else { Text::ConflictCopies });
        spans.push(Span::styled(format!(" · ⚠ {copies} {word}"), theme.error));
    }
    if extra.sync.unwatched {
        spans.push(Span::styled(format!(" · ⚠ {}", text(lang, Text::Unwatched)), theme.error));
    }
    // The user's own overdue items before the rest: long as it fits, else short.
    let hint_width = text(lang, Text::HelpHint).chars().count() + 3;
    if extra.overdue > 0 {
        let used = spans.iter().map(|s| s.width()).sum::<usize>() + hint_width;
        let long = crate::tui::strings::status::your_overdue(lang, extra.overdue, false);
        let fits = used + long.chars().count() <= usize::from(area.width);
        let said = if fits {
            long
        } else {
            crate::tui::strings::status::your_overdue(lang, extra.overdue, true)
        };
        spans.push(Span::styled(said, theme.error));
    }
    // What fits, in this order; the help hint always.
    let optional = [
        extra.me.as_ref().map(|me| format!(" · {}", line(me))),
        extra
            .sync
            .updated
            .map(|t| format!(" · {} {}", text(lang, Text::Updated), t.format("%H:%M"))),
        Some(counts),
    ];
    let hint = format!(" · {}", text(lang, Text::HelpHint));
    let mut width: usize = spans.iter().map(|s| s.width()).sum::<usize>() + hint.chars().count();
    for part in optional.into_iter().flatten() {
        let w = part.chars().count();
        if width + w <= usize::from(area.width) {
            width += w;
            spans.push(Span::raw(part));
        }
    }
    spans.push(Span::raw(hint));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

/// The help: every binding of the current screen, from the table the keys are handled by.
fn render_help(frame: &mut Frame, area: Rect, app: &App, ctx: &Ctx, theme: &Theme) {
    let keys = super::action::bindings(app.screen)
        .map(|b| (b.label, action(ctx.lang, b.action)))
        .collect();
    screens::help(frame, area, keys, 64, app.help_scroll, ctx.lang, theme);
}

/// Draws the whole session: the editor when a meeting is open, else the browser with its
/// question and message on top. `save` is where the open meeting's saving stands.
pub fn draw_session(
    frame: &mut Frame,
    session: &super::session::Session,
    ctx: &Ctx,
    save: Option<&crate::store::autosave::SaveState>,
    theme: &Theme,
) -> Drawn {
    // Also for the editor and the conflicts: what is typed still goes in, unseen.
    if too_small(frame, ctx) {
        return Drawn::default();
    }
    match &session.layer {
        super::session::Layer::Conflicts(view) => {
            screens::conflicts::render(frame, view, ctx.lang, theme);
            Drawn::default()
        }
        super::session::Layer::Edit(editor) => {
            let unsaved = crate::store::autosave::SaveState::Unchanged;
            screens::editor::render(frame, editor, ctx, save.unwrap_or(&unsaved), theme);
            Drawn::default()
        }
        super::session::Layer::Browse => draw_browse(frame, session, ctx, theme),
    }
}

/// The browser with what lies over it: the search bar, a picker, the help (drawn by
/// [`draw_with`]), then the session's question and message on top.
fn draw_browse(
    frame: &mut Frame,
    session: &super::session::Session,
    ctx: &Ctx,
    theme: &Theme,
) -> Drawn {
    let today = chrono::Local::now().date_naive();
    let extra = StatusExtra {
        me: session.me.as_ref().map(|me| ctx.member_name(me)),
        sync: session.sync,
        overdue: ctx.overdue_of(session.me.as_ref(), today),
    };
    let mut drawn = draw_with(frame, &session.app, ctx, theme, &extra);
    let area = frame.area();
    let body = Rect::new(0, 1, area.width, area.height.saturating_sub(2));
    if let Some(prompt) = &session.prompt {
        screens::prompt::render(frame, body, prompt, ctx.lang, theme);
        drawn.covered = true;
    }
    if let Some(notice) = &session.notice {
        let line = Rect::new(0, area.height - 1, area.width, 1);
        let text = crate::tui::strings::status::notice(ctx.lang, notice);
        frame.render_widget(Clear, line);
        frame.render_widget(Paragraph::new(text).style(theme.error), line);
    }
    drawn
}
