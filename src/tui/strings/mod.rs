//! Every word of the terminal app, Dutch and English side by side: the browser's, the
//! editor's, the conflicts view's and the status line's. The words of shared types (an
//! outcome, a finding, a store error) are next to those types.

pub mod browse;
pub mod conflicts;
pub mod editor;
pub mod editor_plan;
pub mod held;
pub mod notes;
pub mod plan_edit;
pub mod report;
pub mod status;
pub mod votes;
