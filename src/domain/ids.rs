//! Identifiers. Ids are stable and opaque; display codes ("SD2 OD1") live in the plan.
//!
//! Ids come from files that other people edit, and some become file names
//! (a meeting id is its file name, a member id names their update file), so an id
//! that could escape the folder is representable here but flagged by [`is_safe_id`]
//! and reported by `check`; the store never turns an unsafe id into a path.

use super::text::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident $(, $read:ident)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        // Shared, not copied: every index entry of a meeting's decisions and action items
        // names its meeting, body and objectives, and a clone is a pointer to the folder's copy.
        pub struct $name(pub Text);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                string_id!(@read d $(, $read)?)
            }
        }

        impl $name {
            /// The id as written in the files.
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.0.as_str()
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.into())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s.into())
            }
        }
    };
    (@read $d:ident) => { Text::deserialize($d).map(Self) };
    (@read $d:ident, shared) => { Text::read_with($d, shared).map(Self) };
}

/// The copy of `id` this thread read before, or a new one kept for the next time: how an id
/// that recurs across the files of a folder (an objective, a member, a body, a municipality,
/// a plan action) is read. Forty thousand decisions name some hundred objectives, and thirty
/// thousand attendances some dozens of members. One copy each is less to allocate and free,
/// and a count over every decision finds each id in the processor's cache instead of at a
/// place of its own in memory.
fn shared(id: &str) -> Text {
    use std::cell::RefCell;
    // foldhash: SipHash's defence against chosen keys is not needed for ids of one's own
    // folder, and hashing every id read took 1% of the whole folder's parse.
    use foldhash::HashSet;
    // Enough for every id of a plan and a members file; a folder with more distinct ids than
    // this starts over, which costs only the sharing.
    const MOST: usize = 4096;
    thread_local! {
        static SEEN: RefCell<HashSet<Text>> = RefCell::new(HashSet::default());
    }
    SEEN.with_borrow_mut(|seen| {
        if let Some(known) = seen.get(id) {
            return known.clone();
        }
        if seen.len() >= MOST {
            seen.clear();
        }
        let text = Text::from(id);
        seen.insert(text.clone());
        text
    })
}

string_id!(
    /// Stable id of a strategic or operational objective, e.g. `od-spreiden`.
    ObjectiveId,
    shared
);
string_id!(
    /// Stable id of an action of the policy plan, e.g. `sd1od2-a3`.
    PlanActionId,
    shared
);
string_id!(
    /// Stable id of a member (a person), e.g. `an-peeters`.
    MemberId,
    shared
);
string_id!(
    /// Stable id of a body (orgaan), e.g. `stuurgroep`.
    BodyId,
    shared
);
string_id!(
    /// Stable id of a municipality, e.g. `sint-pieters-leeuw`.
    MunicipalityId,
    shared
);
string_id!(
    /// A meeting's id: its date and body, `2021-03-16-stuurgroep`, also its file name.
    MeetingId
);

/// True when `id` can safely be part of a file name inside the folder:
/// lowercase ASCII letters, digits, `-` and `_`, not empty, at most 80 characters.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !id.starts_with('-')
}

/// A reference to an element numbered within a meeting: `2021-03-16-stuurgroep/3` for the
/// third decision, `2021-03-16-stuurgroep/A2` for the second action item.
///
/// Numbers are unique within a meeting, and a meeting has one writer, so these never collide
/// across machines.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ElementRef {
    /// The meeting the element belongs to.
    pub meeting: MeetingId,
    /// Its number within the meeting.
    pub number: u32,
}

impl ElementRef {
    /// A reference to element `number` of `meeting`.
    pub fn new(meeting: &MeetingId, number: u32) -> Self {
        Self { meeting: meeting.clone(), number }
    }
}

macro_rules! element_ref {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub ElementRef);

        impl $name {
            /// A reference to element `number` of `meeting`.
            pub fn new(meeting: &MeetingId, number: u32) -> Self {
                Self(ElementRef::new(meeting, number))
            }
            /// The meeting the element belongs to.
            pub fn meeting(&self) -> &MeetingId {
                &self.0.meeting
            }
            /// The element's number within its meeting.
            pub fn number(&self) -> u32 {
                self.0.number
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}/{}{}", self.0.meeting, $prefix, self.0.number)
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let bad = || format!("expected \"<meeting>/{}<number>\", found {s:?}", $prefix);
                let (meeting, rest) = s.rsplit_once('/').ok_or_else(bad)?;
                let digits = rest.strip_prefix($prefix).ok_or_else(bad)?;
                if meeting.is_empty() || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad());
                }
                let number = digits.parse().map_err(|_| bad())?;
                Ok(Self::new(&MeetingId(meeting.into()), number))
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

element_ref!(
    /// A decision: `<meeting>/<number>`, e.g. `2021-03-16-stuurgroep/3`.
    DecisionRef,
    ""
);
element_ref!(
    /// An action item: `<meeting>/A<number>`, e.g. `2021-03-16-stuurgroep/A2`.
    ActionItemRef,
    "A"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_refs_round_trip_and_reject_garbage() {
        let d: DecisionRef = "2021-03-16-stuurgroep/3".parse().unwrap();
        assert_eq!(d.number(), 3);
        assert_eq!(d.to_string(), "2021-03-16-stuurgroep/3");
        let a: ActionItemRef = "2021-03-16-stuurgroep/A12".parse().unwrap();
        assert_eq!(a.number(), 12);
        assert_eq!(a.to_string(), "2021-03-16-stuurgroep/A12");
        assert!("2021-03-16-stuurgroep/A2".parse::<DecisionRef>().is_err());
        assert!("2021-03-16-stuurgroep/3".parse::<ActionItemRef>().is_err());
        assert!("no-slash".parse::<DecisionRef>().is_err());
        assert!("/3".parse::<DecisionRef>().is_err());
    }

    #[test]
    fn unsafe_ids_are_recognised() {
        assert!(is_safe_id("2021-03-16-stuurgroep"));
        assert!(is_safe_id("an-peeters"));
        for bad in ["", "../etc/passwd", "a/b", "A", "x\\y", ".hidden", "-x", "é"] {
            assert!(!is_safe_id(bad), "{bad:?} should be unsafe");
        }
    }

    #[test]
    fn a_recurring_id_is_read_as_one_copy_and_written_as_it_was() {
        let read: Vec<ObjectiveId> =
            ron::from_str(r#"["od-spreiden", "od-spreiden", "od-bereik", "od\u{2d}spreiden"]"#)
                .expect("a list of ids");
        assert_eq!(read[0], ObjectiveId::from("od-spreiden"));
        assert!(Text::same_copy(&read[0].0, &read[1].0), "one copy for one id");
        // An escape makes no other id: the same text is the same copy.
        assert!(Text::same_copy(&read[0].0, &read[3].0));
        assert!(!Text::same_copy(&read[0].0, &read[2].0), "another id, another copy");
        assert_eq!(
            ron::to_string(&read[..3]).expect("written"),
            r#"["od-spreiden","od-spreiden","od-bereik"]"#
        );
        // Meetings are not shared: each id is its own meeting's, named once.
        let meetings: Vec<MeetingId> =
            ron::from_str(r#"["2021-03-16-stuurgroep", "2021-03-16-stuurgroep"]"#).expect("ids");
        assert!(!Text::same_copy(&meetings[0].0, &meetings[1].0));
    }
}
