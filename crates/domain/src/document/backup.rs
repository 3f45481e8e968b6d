//! Backups that happen: when the last one was made, where it went, and when
//! the next is due. After a finished session the Log offers one tap when a
//! backup is due (the lifter's interval, 7 days unless changed, or none made
//! yet); making it records the day here, so it is in the document (and in
//! the next backup).
//!
//! Where it went: the share sheet (phones), a file the lifter picked once
//! and that each backup rewrites (desktop Chromium's File System Access,
//! recorded by the file's name), or a download.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Days between backups unless the lifter chose otherwise.
pub const DEFAULT_EVERY_DAYS: u32 = 7;

/// The intervals a lifter can pick, in days.
pub const EVERY_DAYS: [u32; 5] = [1, 3, 7, 14, 30];

/// Where a backup went, as far as the app can know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BackupPlace {
    /// The share sheet (Drive, Files, mail...): the lifter chose there.
    Shared,
    /// A file downloaded to the device.
    Download,
}

/// The last backup made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupMade {
    pub on: Date,
    pub place: BackupPlace,
    /// The name of the file the lifter picked once and each backup rewrites,
    /// when the backup went there (`place` is then `Download`: a file on the
    /// device). A field of its own rather than a place: a build that doesn't
    /// know a place refuses the whole document, while a field it doesn't
    /// know it passes over (and still says "downloaded").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// The document's backup state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backups {
    /// Days between backups; `None`: [`DEFAULT_EVERY_DAYS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<BackupMade>,
}

impl Backups {
    pub fn is_empty(&self) -> bool {
        *self == Backups::default()
    }

    pub fn every(&self) -> u32 {
        self.every_days.unwrap_or(DEFAULT_EVERY_DAYS)
    }

    /// Whether a backup is due on `today`: none made yet, or the last one is
    /// at least the interval old.
    pub fn due(&self, today: Date) -> bool {
        match &self.last {
            None => true,
            Some(last) => today.days_since(last.on) >= i64::from(self.every()),
        }
    }
}

/// A change to the backup state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A backup was made on `on` and went to `place`, into the picked file
    /// named `file` if so (a name the app can't show is not kept).
    Made {
        on: Date,
        place: BackupPlace,
        file: Option<String>,
    },
    /// Back up every this many days (one of [`EVERY_DAYS`]).
    Every(u32),
}

/// Why a backup change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// An interval the app doesn't offer.
    Interval(u32),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::Interval(days) => write!(f, "Every {days} days isn't offered."),
        }
    }
}

impl std::error::Error for BackupError {}

pub fn apply(doc: &mut crate::store::StoredDocument, change: Change) -> Result<(), BackupError> {
    match change {
        Change::Made { on, place, file } => {
            let file = file.filter(|name| crate::limits::name(name, "file name").is_ok());
            doc.backups.last = Some(BackupMade { on, place, file });
        }
        Change::Every(days) if EVERY_DAYS.contains(&days) => {
            doc.backups.every_days = (days != DEFAULT_EVERY_DAYS).then_some(days);
            // A setting: a merge takes it with the rest of them.
            doc.revisions.settings_changed();
        }
        Change::Every(days) => return Err(BackupError::Interval(days)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoredDocument;

    fn day(n: i64) -> Date {
        Date::from_ymd(2026, 12, 1).unwrap().add_days(n).unwrap()
    }

    #[test]
    fn due_when_none_was_made_or_the_last_is_an_interval_old() {
        let mut doc = StoredDocument::default();
        assert!(doc.backups.due(day(0)), "never backed up");
        let made = Change::Made {
            on: day(0),
            place: BackupPlace::Download,
            file: None,
        };
        apply(&mut doc, made).unwrap();
        assert!(!doc.backups.due(day(6)));
        assert!(doc.backups.due(day(7)), "seven days by default");
        apply(&mut doc, Change::Every(14)).unwrap();
        assert!(!doc.backups.due(day(13)));
        assert!(doc.backups.due(day(14)));
        assert_eq!(
            apply(&mut doc, Change::Every(5)),
            Err(BackupError::Interval(5))
        );
        apply(&mut doc, Change::Every(7)).unwrap();
        assert_eq!(
            doc.backups.every_days, None,
            "the default is stored as none"
        );
    }

    #[test]
    fn the_picked_file_is_kept_by_name_beside_the_place() {
        let mut doc = StoredDocument::default();
        let to_file = |name: &str| Change::Made {
            on: day(3),
            place: BackupPlace::Download,
            file: Some(name.into()),
        };
        apply(&mut doc, to_file("liftsheet-backup.json")).unwrap();
        let last = doc.backups.last.clone().unwrap();
        assert_eq!(last.file.as_deref(), Some("liftsheet-backup.json"));
        // Stored as a field beside the place, which stays one every build
        // knows.
        let text = crate::store::encode(&doc);
        assert!(
            text.contains(r#""place":"download","file":"liftsheet-backup.json""#),
            "{text}"
        );
        assert_eq!(crate::store::decode(&text).unwrap(), doc);
        // A name with a control character, or too long to show, is not kept;
        // the backup still is.
        apply(&mut doc, to_file("a\u{7}b.json")).unwrap();
        assert_eq!(doc.backups.last.as_ref().unwrap().file, None);
        apply(&mut doc, to_file(&"x".repeat(300))).unwrap();
        assert_eq!(doc.backups.last.unwrap().on, day(3));
    }
}
