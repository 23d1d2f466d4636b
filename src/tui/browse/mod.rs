//! The browser: a module per screen, each owning its list, filters, keys and drawing.

pub mod actions;
pub mod decision_context;
pub mod decisions;
pub mod filters;
pub mod history;
pub mod meetings;
pub mod objectives;
pub mod search;

pub(crate) use super::screens::{detail, list, page, split};
