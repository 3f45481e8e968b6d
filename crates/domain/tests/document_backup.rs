//! Restores that are complete (issue "His data outlives his phone", item 2):
//! a backup is the document's own JSON, so restoring it with Replace into an
//! empty browser gives back the document backed up: sessions, the running
//! program with its place, stages, working weights and waiting proposals,
//! the proposals applied, maxes, the lifter's own programs, settings, and
//! when the last backup was made. Property-tested over documents built the
//! way the app builds them.

use liftsheet_domain::document::backup::{self, BackupPlace};
use liftsheet_domain::document::session;
use liftsheet_domain::store::{self, StoredDocument};
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
            let made = backup::Change::Made { on: day(30), place: BackupPlace::Shared };
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
}
