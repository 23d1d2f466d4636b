//! Documents out of the folder: minutes, the list of decisions, the progress report, the
//! calendar. Each format escapes text from the folder for what it is (HTML, XML, CSV, JSON).

pub mod agenda;
pub mod calendar;
pub mod confidential;
pub mod docx;
pub mod escape;
pub mod html;
pub mod iri;
pub mod jsonld;
pub mod layout;
pub mod minutes;
pub mod model;
pub mod odt;
mod odt_styles;
pub mod output;
pub mod publication;
pub mod rdfa;
pub mod report;
pub mod report_years;
pub mod report_years_render;
pub mod strings;
