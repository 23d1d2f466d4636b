//! The folder: scanning and loading (in parallel, errors located), deterministic RON,
//! atomic saves that refuse to overwrite what changed on disk, content hashes.

pub mod atomic;
pub mod authors;
pub mod autosave;
pub mod cache;
pub mod conflict;
pub mod document;
pub mod editing;
pub mod file_conflict;
pub mod follow;
pub mod format;
pub mod hash;
pub mod held;
pub mod leftovers;
pub mod load;
pub mod lock;
pub mod names;
pub mod plan_write;
pub mod reload;
pub mod relpath;
pub mod removed;
pub mod save;
mod scan;
pub mod stamp;
pub mod stignore;
pub mod strings;
pub mod textdiff;
pub mod undo;
pub mod updates_write;
pub mod versions;
pub mod watch;

pub use document::Document;
pub use format::{ParseError, to_ron};
pub use hash::FileHash;
pub use load::{Folder, LoadedFile, load_folder};
pub use save::{Base, SaveError, save};
