//! Undo: one mechanism for every change that loses or moves data.
//!
//! A change that removes or replaces something the lifter made (a set, a
//! session, waiting proposals, the running program, the log before an import
//! or a restore) names what it did ([`Undone`]). The app keeps the document as
//! it was before that change ([`Undo`]); undoing gives that document back,
//! exactly. The undo lasts until the next change here, a change arriving from
//! another tab, or a reload: it never reaches across another edit.
//!
//! Saving merges with other tabs' copies, and a merge unions the log and the
//! deletion lists; an undone deletion would come straight back from the copy
//! this tab wrote a moment ago. [`crate::store::merge_since`] therefore merges
//! against the copy both sides last agreed on, so removals on either side
//! since then (an undone deletion is one) hold.

use crate::log::SessionId;
use crate::store::StoredDocument;
use std::rc::Rc;

/// What a change undoable with [`Undo`] did, for the notice that offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undone {
    /// A set removed from the session in progress.
    SetRemoved,
    /// The session in progress thrown away.
    SessionDiscarded,
    /// A logged session deleted.
    SessionDeleted,
    /// Waiting proposals applied: maxes, stages and working weights moved.
    ProposalsApplied,
    /// Waiting proposals dismissed.
    ProposalsDismissed,
    /// Applied proposals taken back after a correction.
    ProposalsTakenBack,
    /// The running program stopped (its place, stages and weights).
    ProgramStopped,
    /// Another program started in place of the running one.
    ProgramReplaced,
    /// The running program edited in place.
    ProgramEdited,
    /// One of the lifter's own programs deleted.
    ProgramDeleted,
    /// Sessions imported from another app's file.
    Imported,
    /// A backup restored (merged in, or replacing everything).
    Restored,
}

/// The document before an undoable change, and what the change did.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub what: Undone,
    before: Rc<StoredDocument>,
}

impl Undo {
    /// Offers to undo `what`, a change made to `before`.
    pub fn new(what: Undone, before: Rc<StoredDocument>) -> Undo {
        Undo { what, before }
    }

    /// The document as it was before the change. If the change started a new
    /// generation (a restore with Replace), undoing it is wholesale too: it
    /// starts the next generation, so other tabs take the undone document as
    /// it is rather than merging the replaced data back in.
    ///
    /// A session the change altered comes back one revision past its
    /// altered copy: merging with a tab (or storage) still holding that copy
    /// takes the session as it was, since a merge keeps the newer revision.
    /// The generation and revisions are bookkeeping for merges; the lifter's
    /// data is exactly as before.
    pub fn revert(&self, current: &StoredDocument) -> StoredDocument {
        let mut doc = (*self.before).clone();
        if current.generation != self.before.generation {
            doc.generation = current.generation.max(self.before.generation) + 1;
        }
        // Likewise settings and training state the change moved.
        doc.revisions = doc.revisions.past(current.revisions);
        let now = |id: &SessionId| {
            current
                .log
                .iter()
                .chain(current.in_progress.as_ref())
                .find(|s| &s.id == id)
        };
        for session in doc.log.iter_mut().chain(doc.in_progress.as_mut()) {
            if let Some(altered) = now(&session.id).filter(|s| *s != session) {
                session.revision = session.revision.max(altered.revision) + 1;
            }
        }
        doc
    }
}

/// What `change` would undoably do to `doc`, if it loses or moves data.
pub fn of_session(change: &super::session::Change, doc: &StoredDocument) -> Option<Undone> {
    use super::session::Change;
    Some(match change {
        Change::RemoveSet(_) => Undone::SetRemoved,
        Change::Discard if doc.in_progress.is_some() => Undone::SessionDiscarded,
        Change::DeleteLogged(_) => Undone::SessionDeleted,
        Change::ApplyProposals { .. } => Undone::ProposalsApplied,
        Change::DismissProposals(_) => Undone::ProposalsDismissed,
        Change::Unapply { .. } => Undone::ProposalsTakenBack,
        Change::Import(_) => Undone::Imported,
        Change::Backup { .. } => Undone::Restored,
        _ => return None,
    })
}

/// What `change` would undoably do to `doc`'s programs, if anything.
pub fn of_program(change: &super::program::Change, doc: &StoredDocument) -> Option<Undone> {
    use super::program::Change;
    Some(match change {
        Change::Stop if doc.program.is_some() => Undone::ProgramStopped,
        Change::Start { .. } if doc.program.is_some() => Undone::ProgramReplaced,
        Change::EditRunning(_) => Undone::ProgramEdited,
        Change::DeleteCustom(_) => Undone::ProgramDeleted,
        _ => return None,
    })
}
