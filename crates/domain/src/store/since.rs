//! Merging two copies of the document against the copy they last agreed on.
//!
//! [`merge`](super::merge) alone unions the log and the deletion lists: it
//! can't tell "the other copy still has this" from "this copy took it back".
//! An undone deletion (the session back in the log, its id off the deletion
//! list) would return as a deletion from the copy this tab wrote a moment
//! ago, and an undone import would bring its sessions back. A [`Footprint`]
//! of the copy both sides last agreed on (what this tab last wrote or read)
//! tells them apart: what one side took away since then is taken away from
//! the other side too, and everything either side added is kept.

use super::{merge, StoredDocument};
use crate::equipment::EquipmentTable;
use crate::log::{SessionId, SetId};
use std::collections::BTreeSet;

/// What identifies the removable parts of a document: enough to see what
/// either copy took away since, at a fraction of the document's size.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
    /// Logged sessions and the one in progress.
    sessions: BTreeSet<SessionId>,
    deleted: BTreeSet<SessionId>,
    /// Deletion marks of own programs and exercises (an undone deletion
    /// takes its mark away).
    deleted_programs: BTreeSet<String>,
    /// By the id's text: the sets of own ids above already have that code.
    deleted_exercises: BTreeSet<String>,
    decided: BTreeSet<SessionId>,
    /// Sessions with proposals waiting.
    pending: BTreeSet<SessionId>,
    /// The lifter's own exercises' ids.
    exercises: BTreeSet<String>,
    /// The lifter's own programs' ids.
    programs: BTreeSet<String>,
    /// Sets removed from the session in progress (an undone removal brings
    /// one back).
    removed_sets: BTreeSet<SetId>,
    /// The equipment table (a few entries): an entry one side changed since
    /// is taken over by the other, where it still has the old one.
    equipment: EquipmentTable,
}

impl Footprint {
    pub fn of(doc: &StoredDocument) -> Footprint {
        // `set_from` inserts: `collect()` would sort with its own copy of
        // the sort for each type (crate::sort).
        use crate::sort::set_from;
        Footprint {
            sessions: set_from(session_ids(doc).cloned()),
            deleted: set_from(doc.deleted.iter().cloned()),
            deleted_programs: set_from(doc.deleted_programs.iter().cloned()),
            deleted_exercises: set_from(
                doc.deleted_exercises.iter().map(|k| k.as_str().to_string()),
            ),
            decided: set_from(doc.decided.iter().cloned()),
            pending: set_from(doc.pending.iter().map(|p| p.session.clone())),
            exercises: set_from(doc.exercises.iter().map(|e| e.id.clone())),
            programs: set_from(doc.custom_programs.iter().map(|p| p.id.clone())),
            removed_sets: set_from(
                doc.in_progress
                    .iter()
                    .flat_map(|s| s.removed_sets.iter().copied()),
            ),
            equipment: doc.equipment.clone(),
        }
    }
}

fn session_ids(doc: &StoredDocument) -> impl Iterator<Item = &SessionId> {
    doc.log
        .iter()
        .chain(doc.in_progress.as_ref())
        .map(|s| &s.id)
}

/// [`merge`] of `primary` and `other` (either order gives the same), after taking from each what the other
/// removed since `base`: a session deleted (or discarded, or un-imported),
/// a deletion (of a session, an own program or exercise) or a decision undone, proposals decided or restored, an own
/// exercise or program dropped; and each with the equipment the other
/// changed since. Without a base (`Footprint::default()`) it is [`merge`].
pub fn merge_since(
    primary: &StoredDocument,
    other: &StoredDocument,
    base: &Footprint,
) -> StoredDocument {
    merge(
        &without_removed(primary, other, base),
        &without_removed(other, primary, base),
    )
}

/// `target` without what `remover` took away since `base`.
fn without_removed(
    target: &StoredDocument,
    remover: &StoredDocument,
    base: &Footprint,
) -> StoredDocument {
    let has: BTreeSet<&SessionId> = crate::sort::set_from(session_ids(remover));
    let pending: BTreeSet<&SessionId> =
        crate::sort::set_from(remover.pending.iter().map(|p| &p.session));
    let mut doc = target.clone();
    // Sessions the remover took away without a deletion mark (an undone
    // import, a discarded session); marked ones go by the mark.
    let removed = |id: &SessionId| base.sessions.contains(id) && !has.contains(id);
    doc.log.retain(|s| !removed(&s.id));
    if doc.in_progress.as_ref().is_some_and(|s| removed(&s.id)) {
        doc.in_progress = None;
    }
    if let (Some(ours), Some(theirs)) = (doc.in_progress.as_mut(), &remover.in_progress) {
        if ours.id == theirs.id {
            ours.removed_sets.retain(|id| {
                !taken_back(
                    base.removed_sets.contains(id),
                    theirs.removed_sets.contains(id),
                )
            });
        }
    }
    doc.deleted
        .retain(|id| !gone(&base.deleted, &remover.deleted, id));
    doc.deleted_programs
        .retain(|id| !gone(&base.deleted_programs, &remover.deleted_programs, id));
    doc.deleted_exercises.retain(|id| {
        !taken_back(
            base.deleted_exercises.contains(id.as_str()),
            remover.deleted_exercises.contains(id),
        )
    });
    doc.decided
        .retain(|id| !gone(&base.decided, &remover.decided, id));
    doc.pending.retain(|p| {
        let s = &p.session;
        let kept = pending.contains(s) || remover.decided.contains(s);
        !taken_back(base.pending.contains(s), kept)
    });
    doc.exercises.retain(|e| {
        let kept = remover.exercises.iter().any(|r| r.id == e.id);
        !taken_back(base.exercises.contains(&e.id), kept)
    });
    doc.custom_programs.retain(|p| {
        let kept = remover.custom_programs.iter().any(|r| r.id == p.id);
        !taken_back(base.programs.contains(&p.id), kept)
    });
    // Not a removal, but decided the same way: an exercise's equipment the
    // other side changed since, and this side didn't, is the other's now
    // (else the merge would choose by whose settings changed more).
    doc.equipment
        .take_changes(&remover.equipment, &base.equipment);
    doc
}

/// Whether the remover took the mark `id` away since the base (its list
/// `now`, the base's `was`).
fn gone<T: Ord>(was: &BTreeSet<T>, now: &[T], id: &T) -> bool {
    taken_back(was.contains(id), now.contains(id))
}

/// Whether the remover took a thing away since the base: the base had it and
/// the remover no longer does.
fn taken_back(in_base: bool, in_remover: bool) -> bool {
    in_base && !in_remover
}
