//! Display codes of objectives ("SD2", "SD2 OD1"): what people say and type, not what links use.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The display code of a strategic objective (`od` is `None`) or an operational one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectiveCode {
    /// The strategic objective's number: the 2 in "SD2 OD1".
    pub sd: u8,
    /// The operational objective's number within it: the 1 in "SD2 OD1".
    pub od: Option<u8>,
}

impl ObjectiveCode {
    /// The code of strategic objective `sd`.
    pub fn sd(sd: u8) -> Self {
        Self { sd, od: None }
    }

    /// The code of operational objective `od` under strategic objective `sd`.
    pub fn od(sd: u8, od: u8) -> Self {
        Self { sd, od: Some(od) }
    }

    /// Reads a code the way people write it: "SD2 OD1", "sd 2 od 1", "SD2-OD1", "sd2od1",
    /// "SD 2 OD1", "SD2".
    pub fn parse_loose(s: &str) -> Option<Self> {
        let compact: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect();
        let rest = compact.strip_prefix("sd")?;
        let digits_end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let sd = rest[..digits_end].parse().ok()?;
        let rest = &rest[digits_end..];
        if rest.is_empty() {
            return Some(Self::sd(sd));
        }
        let od_digits = rest.strip_prefix("od")?;
        if od_digits.is_empty() || !od_digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Self::od(sd, od_digits.parse().ok()?))
    }
}

impl fmt::Display for ObjectiveCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.od {
            None => write!(f, "SD{}", self.sd),
            Some(od) => write!(f, "SD{} OD{}", self.sd, od),
        }
    }
}

impl Serialize for ObjectiveCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ObjectiveCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse_loose(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a code like \"SD2 OD1\", found {s:?}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_the_way_people_write_them() {
        for s in ["SD2 OD1", "sd 2 od 1", "SD2-OD1", "sd2od1", "SD 2 OD1", " SD2  OD1 "] {
            assert_eq!(ObjectiveCode::parse_loose(s), Some(ObjectiveCode::od(2, 1)), "{s}");
        }
        assert_eq!(ObjectiveCode::parse_loose("SD5"), Some(ObjectiveCode::sd(5)));
        for s in ["", "OD1", "SD", "SDx", "SD2 OD", "SD2 ODx", "SD2 X1"] {
            assert_eq!(ObjectiveCode::parse_loose(s), None, "{s}");
        }
        assert_eq!(ObjectiveCode::od(1, 3).to_string(), "SD1 OD3");
    }
}
