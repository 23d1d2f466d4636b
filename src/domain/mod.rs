//! The domain: pure types and rules, no I/O.

pub mod code;
pub mod due;
pub mod edit;
pub mod governance;
pub mod ids;
pub mod life;
pub mod meeting;
pub mod merge;
pub mod organisation;
pub mod plan;
pub mod redate;
pub mod refs;
pub mod strings;
pub mod text;
pub mod updates;

/// The schema version this build writes and fully understands.
pub const SCHEMA_VERSION: u32 = 1;
