//! Where a document goes: a file (written atomically, so no partial file is left behind) or
//! standard output (refused for binary formats when it is a terminal).

use std::io::{IsTerminal, Write};
use std::path::Path;

/// Why a document could not be written.
#[derive(Debug)]
pub enum OutputError {
    /// A binary format to a terminal.
    BinaryToTerminal,
    /// The file named is a folder.
    IsAFolder(String),
    /// The file could not be written.
    Io(String, std::io::Error),
}

/// Writes `bytes` to `file`, or to standard output when there is none or it is `-`.
pub fn write(file: Option<&Path>, bytes: &[u8], binary: bool) -> Result<(), OutputError> {
    match file.filter(|f| *f != Path::new("-")) {
        Some(path) => {
            let shown = path.display().to_string();
            if path.is_dir() {
                return Err(OutputError::IsAFolder(shown));
            }
            crate::store::atomic::write_atomic(path, bytes).map_err(|e| OutputError::Io(shown, e))
        }
        None => {
            let mut out = std::io::stdout();
            if binary && out.is_terminal() {
                return Err(OutputError::BinaryToTerminal);
            }
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|e| OutputError::Io("stdout".into(), e))
        }
    }
}
