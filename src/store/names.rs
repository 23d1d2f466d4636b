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
}

/// The prefix of this app's temp files. `~syncthing~*.tmp` is never synced by Syncthing,
/// and `~*.tmp` is on the default ignore lists of Dropbox, OneDrive and Nextcloud.
pub const TEMP_PREFIX: &str = "~syncthing~stuurgroep.";
/// The suffix of this app's temp files.
pub const TEMP_SUFFIX: &str = ".tmp";

/// Classifies a file name found in the folder. `documents` says which sibling names are
/// known documents, to recognise OneDrive's `NAME-MACHINE.ron`, which has no marker of its own.
pub fn classify(name: &str, is_document: impl Fn(&str) -> bool) -> NameKind {
    if name.starts_with('.') || name.starts_with('~') || name.ends_with(TEMP_SUFFIX) {
        return NameKind::Ignored;
    }
    let Some(stem) = name.strip_suffix(".ron") else {
        return NameKind::Ignored;
    };
    if let Some((original, _)) = stem.split_once(".sync-conflict-") {
        return conflict(SyncService::Syncthing, original);
    }
    if let Some(open) = stem.find(" (") {
        let marker = &stem[open..];
        if marker.contains("conflicted copy") {
            let service = if marker.starts_with(" (conflicted copy") {
                SyncService::Nextcloud
            } else {
                SyncService::Dropbox
            };
            return conflict(service, &stem[..open]);
        }
    }
    if !is_document(stem)
        && let Some((original, _machine)) = onedrive_split(stem, &is_document)
    {
        return conflict(SyncService::OneDrive, original);
    }
    NameKind::Document
}

fn conflict(service: SyncService, original_stem: &str) -> NameKind {
    NameKind::ConflictCopy { service, original: format!("{original_stem}.ron") }
}

/// `NAME-MACHINE`: the longest prefix ending before a `-` that is a known document.
fn onedrive_split<'a>(
    stem: &'a str,
    is_document: &impl Fn(&str) -> bool,
) -> Option<(&'a str, &'a str)> {
    stem.char_indices()
        .filter(|(_, c)| *c == '-')
        .map(|(i, _)| (&stem[..i], &stem[i + 1..]))
        .filter(|(original, machine)| !machine.is_empty() && is_document(original))
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(name: &str) -> NameKind {
        classify(name, |stem| stem == "2021-03-16-stuurgroep" || stem == "plan")
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
            "2021-03-16-stuurgroep.ron-LAPTOP-JAN.lock",
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
            ("plan-Bureau PC é.ron", SyncService::OneDrive),
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
        ];
        for (name, service) in cases {
            match kind(name) {
                NameKind::ConflictCopy { service: s, original } => {
                    assert_eq!(s, service, "{name}");
                    assert!(
                        original == "2021-03-16-stuurgroep.ron" || original == "plan.ron",
                        "{name}"
                    );
                }
                other => panic!("{name}: {other:?}"),
            }
        }
    }
}
