//! A drawn screen as text, for snapshots and assertions.
#![allow(dead_code)]

use ratatui::buffer::Buffer;

/// The folder name every screen test draws with: the checkout's own name (`stuurgroep`, a CI
/// clone's, a worktree's) would change what fits on the status line.
const NAME: &str = "main";

/// `ctx` with the folder's name on the status line fixed (see [`NAME`]).
pub fn named(mut ctx: stuurgroep::tui::ctx::Ctx) -> stuurgroep::tui::ctx::Ctx {
    ctx.folder_name = NAME.to_owned();
    ctx
}

/// Every row of `buffer`, trailing spaces cut, with the folder's name on the status line
/// shown as `<map>`.
pub fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let row: String =
            (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_owned()).collect();
        let row = row.replacen(&format!(" {NAME} · "), " <map> · ", 1);
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}
