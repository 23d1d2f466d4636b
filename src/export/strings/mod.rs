//! The words of the documents, Dutch and English side by side.

pub mod minutes;
pub mod oslo;
pub mod report;
