//! Whether a document will fit where it is kept, checked before an import or
//! a restore is applied: one taken that storage can't hold leaves every later
//! change unsaved ("free some space" can't help when the data itself is too
//! big). Sizes are in characters of the stored JSON, as localStorage counts
//! them; how much room there is, is the storage layer's to say.

use super::StoredDocument;
use crate::log::Session;

/// Room kept free after an import or a restore, so the lifter can go on
/// logging: about a year of four sessions a week (a 10-year log is 1.55
/// million characters).
pub const HEADROOM: usize = 160_000;

/// A document that would not fit, with what it needs and what there is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooBig {
    /// Characters the document would take.
    pub needed: usize,
    /// Characters storage has for it.
    pub room: usize,
}

/// `Ok` when a document of `needed` characters fits in `room` with
/// [`HEADROOM`] to spare.
pub fn check(needed: usize, room: usize) -> Result<(), TooBig> {
    if needed.checked_add(HEADROOM).is_some_and(|n| n <= room) {
        Ok(())
    } else {
        Err(TooBig { needed, room })
    }
}

/// What `doc` takes stored ([`super::encode`]'s length).
pub fn size(doc: &StoredDocument) -> usize {
    super::encode(doc).len()
}

/// What `doc` would take with `sessions` added (an import): its size plus
/// [`added`]. Each session is written alone, so the whole document is never
/// written twice.
pub fn size_with(doc: &StoredDocument, sessions: &[Session]) -> usize {
    size(doc) + added(sessions)
}

/// What `sessions` add to a document's log: each session's JSON, a comma
/// apart. Sums over parts of a list add up to the whole's, so a big import
/// can be sized a part at a time.
pub fn added(sessions: &[Session]) -> usize {
    sessions
        .iter()
        .map(|s| serde_json::to_string(s).map_or(0, |t| t.len()) + 1)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::log::SessionId;

    #[test]
    fn a_document_fits_only_with_headroom_to_spare() {
        assert_eq!(check(1_000, 1_000 + HEADROOM), Ok(()));
        assert_eq!(
            check(1_001, 1_000 + HEADROOM),
            Err(TooBig {
                needed: 1_001,
                room: 1_000 + HEADROOM
            })
        );
        assert!(check(usize::MAX, usize::MAX).is_err());
    }

    #[test]
    fn the_size_with_sessions_is_the_size_of_the_document_with_them() {
        let mut doc = StoredDocument::default();
        let day = Date::from_ymd(2024, 3, 4).unwrap();
        doc.log.push(Session::new(SessionId::new("a"), day));
        let more = vec![
            Session::new(SessionId::new("b"), day),
            Session::new(SessionId::new("c"), day),
        ];
        let estimate = size_with(&doc, &more);
        assert_eq!(estimate, size(&doc) + added(&more[..1]) + added(&more[1..]));
        doc.log.extend(more);
        assert_eq!(estimate, size(&doc));
    }
}
