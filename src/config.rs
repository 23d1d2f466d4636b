//! The user's own settings, outside the shared folder: which folder to open and who they are.
//! `$XDG_CONFIG_HOME/stuurgroep/config.ron` (or the platform's equivalent), or the file
//! `$STUURGROEP_CONFIG` names.

use crate::domain::ids::MemberId;
use crate::store::format::{ParseError, parse, to_ron};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

/// The settings file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The folder the app opens when neither `--dir` nor the current folder says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<PathBuf>,
    /// Who the user is in that folder (their member id); set at the first run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberId>,
    /// Syncthing folders whose `.stignore` the user chose to leave alone: not asked again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep_stignore: Vec<PathBuf>,
}

/// Why the settings could not be read.
#[derive(Debug)]
pub enum ConfigError {
    /// Not valid RON, with where.
    Parse(ParseError),
    /// Could not be read.
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Parse(e) => write!(f, "{e}"),
            ConfigError::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

/// Where the settings live.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os("STUURGROEP_CONFIG") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => dirs().map(|d| d.config_dir().join("config.ron")),
    }
}

fn dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "stuurgroep")
}

/// Reads the settings at `path`; a missing file is the default settings.
pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
    match std::fs::read(path) {
        Ok(bytes) => parse(path, &bytes).map_err(ConfigError::Parse),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(ConfigError::Io(path.to_owned(), e)),
    }
}

/// Reads the user's settings; without a config folder (no home), the defaults.
pub fn load() -> Result<Config, ConfigError> {
    path().map_or(Ok(Config::default()), |p| load_from(&p))
}

/// Writes the settings atomically to `path`, creating its folder.
pub fn save_to(path: &Path, config: &Config) -> io::Result<()> {
    let text = to_ron(config).map_err(io::Error::other)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::store::atomic::write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_is_default_and_a_saved_config_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.ron");
        assert_eq!(load_from(&path).unwrap(), Config::default());
        let config = Config {
            folder: Some("/srv/cultuurregio".into()),
            member: Some("an-peeters".into()),
            keep_stignore: vec!["/srv/cultuurregio".into()],
        };
        save_to(&path, &config).unwrap();
        assert_eq!(load_from(&path).unwrap(), config);
    }

    #[test]
    fn a_broken_config_names_its_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        std::fs::write(&path, "(\n  folder: \"/x\",\n  colour: 3,\n)\n").unwrap();
        let message = load_from(&path).unwrap_err().to_string();
        assert!(message.contains("config.ron:3:"), "{message}");
    }
}
