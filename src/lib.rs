//! stuurgroep: minutes, decisions and the policy plan of an inter-municipal culture
//! association, kept as RON files in one shared folder.

pub mod domain;
