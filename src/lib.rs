//! stuurgroep: minutes, decisions and the policy plan of an inter-municipal culture
//! association, kept as RON files in one shared folder.

pub mod check;
pub mod cli;
pub mod config;
pub mod domain;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod index;
pub mod store;
pub mod text;
pub mod tui;
