//! Restores that are complete (issue "His data outlives his phone", item 2):
//! a backup is the document's own JSON, so restoring it with Replace into an
//! empty browser gives back the document backed up: sessions, the running
//! program with its place, stages, working weights and waiting proposals,
//! the proposals applied, maxes, the lifter's own programs, settings, and
//! when the last backup was made. Property-tested over documents built the
//! way the app builds them.

use liftsheet_domain::document::backup::{self, BackupPlace};
use liftsheet_domain::document::{session, settings};
use liftsheet_domain::plates::BarSetup;
use liftsheet_domain::store::{self, Revisions, StoredDocument};
use liftsheet_domain::Unit;
use proptest::prelude::*;

mod document_support;
use document_support::{day, lifter};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn a_backup_restored_into_an_empty_browser_is_the_document_backed_up(
        misses in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => 1u32..3], 1..6),
        every in prop::sample::select(backup::EVERY_DAYS.to_vec()),
        backed_up in any::<bool>(),
    ) {
        let mut doc = lifter(&misses);
        backup::apply(&mut doc, backup::Change::Every(every)).unwrap();
        if backed_up {
            let made = backup::Change::Made { on: day(30), place: BackupPlace::Shared, file: None };
            backup::apply(&mut doc, made).unwrap();
        }
        // What "Back up now" writes, read back as a restore reads it.
        let file = store::encode(&doc);
        let read = store::decode(&file).unwrap();
        prop_assert_eq!(&read, &doc, "the file holds the whole document");

        let mut empty = StoredDocument::default();
        let restore = session::Change::Backup { backup: Box::new(read), replace: true };
        session::apply(&mut empty, restore).unwrap();
        // A Replace starts a new generation (for other tabs); all else is his.
        prop_assert_eq!(empty.generation, 1);
        prop_assert_eq!(StoredDocument { generation: 0, ..empty }, doc);
    }

    /// The bug this guards against: "Merge into my data" in a fresh browser
    /// kept the fresh browser's default settings (and maxes, and running
    /// program) over the backup's. A document nobody changed never wins.
    #[test]
    fn a_backup_merged_into_an_empty_browser_is_the_document_backed_up(
        misses in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => 1u32..3], 1..6),
        in_lb in any::<bool>(),
        before_revisions in any::<bool>(),
    ) {
        let mut doc = lifter(&misses);
        if in_lb {
            settings::apply(&mut doc, settings::Change::Unit(Unit::Lb)).unwrap();
        }
        settings::apply(&mut doc, settings::Change::Bar(BarSetup::lb_standard())).unwrap();
        if before_revisions {
            // A backup made before documents counted their changes.
            doc.revisions = Revisions::default();
        }
        let read = store::decode(&store::encode(&doc)).unwrap();
        let mut empty = StoredDocument::default();
        let restore = session::Change::Backup { backup: Box::new(read), replace: false };
        session::apply(&mut empty, restore).unwrap();
        prop_assert_eq!(&empty.settings, &doc.settings);
        prop_assert_eq!(empty, doc);
    }
}
