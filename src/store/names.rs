//! Which file names in the folder are documents, and which belong to someone else:
//! our own temp files, sync services' temp and conflict files, editors' backups.

/// What a file name in the folder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameKind {
    /// A RON document to load.
    Document,
    /// A conflict copy made by a sync service, of the document named here.
    ConflictCopy {
        /// The service that made it.
        service: SyncService,
        /// The file name of the original.
        original: String,
    },
    /// Anything else (temp files, hidden files, other extensions): never loaded.
    Ignored,
}

/// A sync service that makes conflict copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncService {
    /// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ext`.
    Syncthing,
    /// `NAME (… conflicted copy YYYY-MM-DD).ext`.
    Dropbox,
    /// `NAME (conflicted copy YYYY-MM-DD HHMMSS).ext`.
    Nextcloud,
    /// `NAME-MACHINE.ext`.
    OneDrive,
    /// This app's own copy, in Syncthing's shape with the device [`OWN_DEVICE`]: text it
    /// held that was in no file of the folder, kept beside the original.
    Stuurgroep,
}

/// The device name in the copies this app writes itself:
/// `NAME.sync-conflict-YYYYMMDD-HHMMSS-STUURGP.ron`.
pub const OWN_DEVICE: &str = "STUURGP";

/// What [`classify`] needs to know about the folder a name is in.
pub trait Beside {
    /// Whether `stem.ron` is a file in the same folder.
    fn has(&self, stem: &str) -> bool;

    /// Whether `stem.ron`, named `original-machine` with `original.ron` beside it, is
    /// OneDrive's copy of it rather than a document of its own ([`is_onedrive_copy`]). Without
    /// more to go on, the machine name's shape decides.
    fn is_copy(&self, stem: &str, original: &str, machine: &str) -> bool {
        is_onedrive_copy(stem, original, machine, None, None)
    }
}

/// A bare predicate knows only which names exist.
impl<F: Fn(&str) -> bool> Beside for F {
    fn has(&self, stem: &str) -> bool {
        self(stem)
    }
}

/// Whether `stem` is the name of a meeting of a body that `is_body` knows: `<date>-<body>`.
pub fn is_meeting_name(stem: &str, is_body: impl Fn(&str) -> bool) -> bool {
    let date = stem.get(..10).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    date.is_some() && stem[10..].strip_prefix('-').is_some_and(is_body)
}

/// Whether `stem.ron` (named `original-machine`, with `original.ron` beside it) is OneDrive's
/// copy of `original.ron`. A name alone cannot tell: the meeting `2022-02-08-werkgroep-x` of
/// the body `werkgroep-x` looks like a copy of `2022-02-08-werkgroep` made on machine `x`.
/// So, in this order: the id the file holds (`holds`, when it can be read) says which file it
/// is; else whether `stem` is a valid name for a known body or member (`named_for_known`, when
/// those are known); else the machine name's shape: OneDrive uses the computer's name, which
/// Windows writes in capitals (`LAPTOP-GENK`), while ids are lower case.
pub fn is_onedrive_copy(
    stem: &str,
    original: &str,
    machine: &str,
    holds: Option<&str>,
    named_for_known: Option<bool>,
) -> bool {
    match holds {
        Some(id) if id == stem => false,
        Some(id) if id == original => true,
        _ => named_for_known.map_or_else(|| !machine.chars().any(char::is_lowercase), |k| !k),
    }
}

/// The prefix of this app's temp files. `~syncthing~*.tmp` is never synced by Syncthing,
/// and `~*.tmp` is on the default ignore lists of Dropbox, OneDrive and Nextcloud.
pub const TEMP_PREFIX: &str = "~syncthing~stuurgroep.";
/// The suffix of this app's temp files.
pub const TEMP_SUFFIX: &str = ".tmp";

/// Classifies a file name found in the folder; `is_document` says which other names are in
/// the folder (see [`classify_beside`]).
pub fn classify(name: &str, is_document: impl Fn(&str) -> bool) -> NameKind {
    classify_beside(name, &is_document)
}

/// Classifies a file name found in the folder. `beside` says which other names are in the
/// folder and what they hold, to recognise OneDrive's `NAME-MACHINE.ron`, which has no marker
/// of its own.
pub fn classify_beside(name: &str, beside: &impl Beside) -> NameKind {
    if name.starts_with('.') || name.starts_with('~') || name.ends_with(TEMP_SUFFIX) {
        return NameKind::Ignored;
    }
    let Some(stem) = name.strip_suffix(".ron") else {
        return NameKind::Ignored;
    };
    if let Some((service, original)) = by_marker(stem) {
        return conflict(service, original);
    }
    match onedrive_original(stem, beside, true) {
        Some(original) => conflict(SyncService::OneDrive, original),
        None => NameKind::Document,
    }
}

/// The service and the original's stem of a copy whose name has a service's marker: all but
/// OneDrive's.
fn by_marker(stem: &str) -> Option<(SyncService, &str)> {
    if let Some((original, marker)) = stem.split_once(".sync-conflict-") {
        // The first marker is the copy's own; later ones are copies of that copy.
        let device = marker.split(".sync-conflict-").next().unwrap_or(marker);
        let own = device.rsplit('-').next() == Some(OWN_DEVICE);
        let service = if own { SyncService::Stuurgroep } else { SyncService::Syncthing };
        return Some((service, original));
    }
    let open = stem.find(" (")?;
    let marker = &stem[open..];
    if !marker.contains("conflicted copy") {
        return None;
    }
    let nextcloud = marker.starts_with(" (conflicted copy");
    let service = if nextcloud { SyncService::Nextcloud } else { SyncService::Dropbox };
    Some((service, &stem[..open]))
}

fn conflict(service: SyncService, original_stem: &str) -> NameKind {
    NameKind::ConflictCopy { service, original: format!("{original_stem}.ron") }
}

/// For `NAME-MACHINE`: the longest `NAME` before a `-` whose `NAME.ron` is beside it and is a
/// document itself (not a copy), of which this file is a copy ([`Beside::is_copy`]). Whether
/// `NAME.ron` is a OneDrive copy in turn is asked one level deep only (`deeper`): asking all
/// the way down would take time exponential in the number of hyphens.
fn onedrive_original<'a>(stem: &'a str, beside: &impl Beside, deeper: bool) -> Option<&'a str> {
    let mut splits: Vec<(&str, &str)> = stem
        .char_indices()
        .filter(|(_, c)| *c == '-')
        .map(|(i, _)| (&stem[..i], &stem[i + 1..]))
        .filter(|(original, machine)| !original.is_empty() && !machine.is_empty())
        .collect();
    splits.reverse();
    splits.into_iter().find_map(|(original, machine)| {
        let is_document = beside.has(original)
            && by_marker(original).is_none()
            && !(deeper && onedrive_original(original, beside, false).is_some());
        (is_document && beside.is_copy(stem, original, machine)).then_some(original)
    })
}

/// The device or person a conflict copy's file name names, when it names one: Syncthing's
/// device id (`….sync-conflict-20270120-193000-ABCDEFG.ron`), Dropbox's user
/// (`… (Jan's conflicted copy 2027-01-20).ron`).
pub fn copy_writer(file_name: &str) -> Option<String> {
    if let Some((_, rest)) = file_name.split_once(".sync-conflict-") {
        let stem = rest.split('.').next()?;
        let device = stem.splitn(3, '-').nth(2)?;
        return (!device.is_empty()).then(|| device.to_owned());
    }
    let (_, rest) = file_name.rsplit_once(" (")?;
    let (who, _) = rest.split_once("'s conflicted copy")?;
    (!who.is_empty()).then(|| who.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder as `load` sees it: the names, the id each file holds (when it can be read),
    /// the known bodies (when `data/members.ron` can be read).
    struct Dir<'a> {
        names: &'a [&'a str],
        holds: &'a [(&'a str, &'a str)],
        bodies: Option<&'a [&'a str]>,
    }

    impl Beside for Dir<'_> {
        fn has(&self, stem: &str) -> bool {
            self.names.iter().any(|n| n.strip_suffix(".ron") == Some(stem))
        }

        fn is_copy(&self, stem: &str, original: &str, machine: &str) -> bool {
            let holds = self.holds.iter().find(|(s, _)| *s == stem).map(|(_, id)| *id);
            let known = self.bodies.map(|b| is_meeting_name(stem, |body| b.contains(&body)));
            is_onedrive_copy(stem, original, machine, holds, known)
        }
    }

    const BODIES: &[&str] = &["stuurgroep", "werkgroep", "werkgroep-boekenstoet"];

    fn kind(name: &str) -> NameKind {
        let names = ["2021-03-16-stuurgroep.ron", "plan.ron", name];
        classify_beside(name, &Dir { names: &names, holds: &[], bodies: Some(BODIES) })
    }

    fn copy_of(kind: NameKind) -> Option<(SyncService, String)> {
        match kind {
            NameKind::ConflictCopy { service, original } => Some((service, original)),
            _ => None,
        }
    }

    #[test]
    fn documents_and_ignored_names() {
        assert_eq!(kind("2021-03-16-stuurgroep.ron"), NameKind::Document);
        assert_eq!(kind("2022-01-01-werkgroep-x.ron"), NameKind::Document);
        for ignored in [
            "~syncthing~stuurgroep.plan.ron.123.tmp",
            ".syncthing.plan.ron.tmp",
            "~syncthing~plan.ron.tmp",
            ".plan.ron.swp",
            "plan.ron~",
            "notes.txt",
            ".stfolder",
        ] {
            assert_eq!(kind(ignored), NameKind::Ignored, "{ignored}");
        }
    }

    #[test]
    fn lock_files_are_never_documents() {
        // The lock beside a meeting (`store::lock`) must not be loaded, nor taken for a
        // OneDrive conflict copy of it.
        assert_eq!(kind("2021-03-16-stuurgroep.ron.lock"), NameKind::Ignored);
        assert_eq!(kind("plan.ron.lock"), NameKind::Ignored);
        // Two locks taken offline meet as a conflict: the copy of a lock is no document either.
        for copy in [
            "2021-03-16-stuurgroep.ron.sync-conflict-20210317-101500-ABCDEFG.lock",
            "2021-03-16-stuurgroep.ron (Jan's conflicted copy 2021-03-17).lock",
            "2021-03-16-stuurgroep.ron (conflicted copy 2021-03-17 101500).lock",
            "2021-03-16-stuurgroep.ron-LAPTOP-JAN.lock",
            "2021-03-16-stuurgroep.ron.sync-conflict-20210317-101500-STUURGP.lock",
        ] {
            assert_eq!(kind(copy), NameKind::Ignored, "{copy}");
        }
    }

    #[test]
    fn conflict_copies_of_every_service() {
        let cases = [
            (
                "2021-03-16-stuurgroep.sync-conflict-20210317-101500-ABCDEFG.ron",
                SyncService::Syncthing,
            ),
            ("2021-03-16-stuurgroep (Jan's conflicted copy 2021-03-17).ron", SyncService::Dropbox),
            (
                "2021-03-16-stuurgroep (conflicted copy 2021-03-17 101500).ron",
                SyncService::Nextcloud,
            ),
            ("2021-03-16-stuurgroep-LAPTOP-JAN.ron", SyncService::OneDrive),
            ("2021-03-16-stuurgroep-DESKTOP-4F2K9QX.ron", SyncService::OneDrive),
            // Accents and spaces in the name of who made it, and copies of copies.
            (
                "2021-03-16-stuurgroep (Jérôme Van den Broeck's conflicted copy 2021-03-17).ron",
                SyncService::Dropbox,
            ),
            (
                "2021-03-16-stuurgroep.sync-conflict-20210317-101500-ABCDEFG.sync-conflict-20210318-090000-HIJKLMN.ron",
                SyncService::Syncthing,
            ),
            (
                "2021-03-16-stuurgroep (conflicted copy 2021-03-17 101500) (conflicted copy 2021-03-18 090000).ron",
                SyncService::Nextcloud,
            ),
            // This app's own: not Syncthing's, also when Syncthing copied it in turn.
            (
                "2021-03-16-stuurgroep.sync-conflict-20210317-101500-STUURGP.ron",
                SyncService::Stuurgroep,
            ),
            (
                "2021-03-16-stuurgroep.sync-conflict-20210317-101500-STUURGP.sync-conflict-20210318-090000-HIJKLMN.ron",
                SyncService::Stuurgroep,
            ),
        ];
        for (name, service) in cases {
            let found = copy_of(kind(name));
            assert_eq!(found, Some((service, "2021-03-16-stuurgroep.ron".to_owned())), "{name}");
        }
    }

    const NAMES: [&str; 7] = [
        "2022-02-08-werkgroep.ron",
        "2022-02-08-werkgroep-boekenstoet.ron",
        "2022-02-08-werkgroep-LAPTOP-GENK.ron",
        "2022-02-08-werkgroep-boekenstoet-LAPTOP-GENK.ron",
        "2022-02-08-werkgroep-pc-van-jan.ron",
        "plan.ron",
        "plan-Bureau PC é.ron",
    ];

    const HOLDS: [(&str, &str); 3] = [
        ("2022-02-08-werkgroep-boekenstoet", "2022-02-08-werkgroep-boekenstoet"),
        ("2022-02-08-werkgroep-LAPTOP-GENK", "2022-02-08-werkgroep"),
        ("2022-02-08-werkgroep-pc-van-jan", "2022-02-08-werkgroep"),
    ];

    #[test]
    fn many_hyphens_take_no_time() {
        // Every prefix exists: asking whether each is a copy in turn, all the way down,
        // would take 2^60 steps.
        let stem = vec!["A"; 60].join("-");
        let started = std::time::Instant::now();
        let kind = classify(&format!("{stem}.ron"), |_| true);
        assert!(matches!(kind, NameKind::ConflictCopy { .. }));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn onedrive_copies_are_told_from_meetings_of_hyphenated_bodies() {
        let with = |holds: &'static [(&'static str, &'static str)],
                    bodies: Option<&'static [&'static str]>| {
            move |name: &str| {
                let dir = Dir { names: &NAMES, holds, bodies };
                copy_of(classify_beside(name, &dir)).map(|(_, o)| o)
            }
        };
        // By what the files hold, then by the known bodies, then by the machine name's shape.
        let ways = [with(&HOLDS, Some(BODIES)), with(&[], Some(BODIES)), with(&[], None)];
        for classify in ways {
            assert_eq!(classify("2022-02-08-werkgroep-boekenstoet.ron"), None);
            assert_eq!(classify("2022-02-08-werkgroep.ron"), None);
            let copy = classify("2022-02-08-werkgroep-LAPTOP-GENK.ron");
            assert_eq!(copy.as_deref(), Some("2022-02-08-werkgroep.ron"));
            // The copy of the hyphenated body's meeting is a copy of that one, the longest.
            let copy = classify("2022-02-08-werkgroep-boekenstoet-LAPTOP-GENK.ron");
            assert_eq!(copy.as_deref(), Some("2022-02-08-werkgroep-boekenstoet.ron"));
        }
        // A machine named in lower case: known by its content or by the bodies, not by shape.
        let lower = "2022-02-08-werkgroep-pc-van-jan.ron";
        assert_eq!(with(&HOLDS, None)(lower).as_deref(), Some("2022-02-08-werkgroep.ron"));
        assert_eq!(with(&[], Some(BODIES))(lower).as_deref(), Some("2022-02-08-werkgroep.ron"));
        assert_eq!(with(&[], None)(lower), None);
        // A body of its own not yet in data/members.ron, but the file says it is its meeting.
        const OWN: [(&str, &str); 1] =
            [("2022-02-08-werkgroep-pc-van-jan", "2022-02-08-werkgroep-pc-van-jan")];
        assert_eq!(with(&OWN, Some(BODIES))(lower), None);
    }
}
