//! A drawn screen as text, for snapshots and assertions.
#![allow(dead_code)]

use ratatui::buffer::Buffer;

/// Every row of `buffer`, trailing spaces cut, with the folder's name on the status line
/// masked as `<map>` (it depends on the checkout).
pub fn buffer_text(buffer: &Buffer) -> String {
    let root = std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).unwrap();
    let name = root.file_name().unwrap().to_string_lossy().into_owned();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let row: String =
            (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_owned()).collect();
        let row = row.replacen(&format!(" {name} · "), " <map> · ", 1);
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}
