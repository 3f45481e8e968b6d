//! Two copies of the document as one: two tabs of one browser, or a backup
//! from another device merged in ("Merge into my data").
//!
//! The laws (property-tested in `tests/document_merge.rs`):
//! - the order of the two copies doesn't matter: `merge(a, b) == merge(b, a)`;
//! - merging again changes nothing: `merge(merge(a, b), b) == merge(a, b)`;
//! - nothing either copy logged is lost (every session and set, the session
//!   in progress), and what either copy deleted (a session, a set, a
//!   bodyweight reading, an own program or exercise) stays deleted.
//!
//! So no rule here may ask which copy is "ours". Where the copies must choose
//! (the settings, the maxes, the running program), the copy the lifter
//! changed more often wins ([`Revisions`]: one counter per area, bumped by
//! the area's `apply`); at equal counts, a copy he set up beats one he never
//! touched (a fresh browser's defaults never win over a real document, even
//! one saved before the counters existed); at that, a fixed order on the
//! copies' text. Everything else is a union: sessions by id
//! ([`crate::log::merge`]), deletion and decision marks, bodyweight readings
//! by date, own exercises, own programs and equipment by id (the winning
//! area's entry where both have one). A deletion mark keeps its entry out
//! whichever copy still has it: sessions, own programs and own exercises
//! alike ([`without_deleted`]).

use super::StoredDocument;
use crate::document::backup::Backups;
use crate::equipment::EquipmentTable;
use crate::log::{Session, SessionId};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How many times the lifter changed each area of the document a merge
/// takes whole from one copy. Counts, not times: the domain reads no clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revisions {
    /// Settings, the backup interval, equipment and own exercises: how he
    /// set the app up.
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub settings: u32,
    /// Maxes, the running program (its place, stages, working weights), the
    /// proposals applied, and his own programs.
    #[serde(default, skip_serializing_if = "super::is_zero")]
    pub training: u32,
}

impl Revisions {
    pub fn is_empty(&self) -> bool {
        *self == Revisions::default()
    }

    pub fn settings_changed(&mut self) {
        self.settings = self.settings.saturating_add(1);
    }

    pub fn training_changed(&mut self) {
        self.training = self.training.saturating_add(1);
    }

    /// The counts of a document given back as it was (an undo) over
    /// `current`: an area that moved since comes back one past it, so a
    /// merge with a copy still holding `current` takes the area as given back.
    pub fn past(self, current: Revisions) -> Revisions {
        let past = |was: u32, now: u32| {
            if was == now {
                was
            } else {
                was.max(now).saturating_add(1)
            }
        };
        Revisions {
            settings: past(self.settings, current.settings),
            training: past(self.training, current.training),
        }
    }
}

/// Whether the lifter set anything up in `doc` (a fresh browser has not).
fn set_up(doc: &StoredDocument) -> bool {
    doc.settings != super::Settings::default()
        || doc.backups.every_days.is_some()
        || !doc.equipment.is_empty()
        || !doc.exercises.is_empty()
        || !doc.deleted_exercises.is_empty()
}

/// Whether `doc` holds any training state a merge takes whole.
fn trained(doc: &StoredDocument) -> bool {
    doc.program.is_some()
        || !doc.maxes.is_empty()
        || !doc.applied.is_empty()
        || !doc.custom_programs.is_empty()
        || !doc.deleted_programs.is_empty()
        || !doc.pending.is_empty()
}

/// What a merge takes from the copy that wins the settings
/// ([`Revisions::settings`]), as a document of its own: compared and ordered
/// with the document's own `==` and text, which the app has anyway (no code
/// of their own for these parts).
fn set_up_part(doc: &StoredDocument) -> StoredDocument {
    StoredDocument {
        settings: doc.settings.clone(),
        backups: doc.backups.clone(),
        equipment: doc.equipment.clone(),
        exercises: doc.exercises.clone(),
        deleted_exercises: doc.deleted_exercises.clone(),
        bodyweight: doc.bodyweight.clone(),
        bodyweight_removed: doc.bodyweight_removed.clone(),
        ..StoredDocument::default()
    }
}

/// What a merge takes from the copy that wins the training
/// ([`Revisions::training`]), likewise.
fn training_part(doc: &StoredDocument) -> StoredDocument {
    StoredDocument {
        maxes: doc.maxes.clone(),
        program: doc.program.clone(),
        custom_programs: doc.custom_programs.clone(),
        pending: doc.pending.clone(),
        decided: doc.decided.clone(),
        applied: doc.applied.clone(),
        deleted: doc.deleted.clone(),
        deleted_programs: doc.deleted_programs.clone(),
        unknown: doc.unknown.clone(),
        ..StoredDocument::default()
    }
}

/// Whether `a` wins a part over `b`: more changes, then set up over never
/// touched, then (the copies differ there) a fixed order on the part's
/// text, so either order of the copies gives the same winner.
fn wins(
    a: (u32, bool),
    b: (u32, bool),
    part: fn(&StoredDocument) -> StoredDocument,
    docs: (&StoredDocument, &StoredDocument),
) -> bool {
    a.cmp(&b).then_with(|| {
        let (x, y) = (part(docs.0), part(docs.1));
        if x == y {
            Ordering::Equal
        } else {
            super::encode(&x).cmp(&super::encode(&y))
        }
    }) != Ordering::Less
}

/// Puts `items` of `from` missing from `into` (by `same`) after `into`'s.
fn union<T: Clone>(into: &mut Vec<T>, from: &[T], same: impl Fn(&T, &T) -> bool) {
    for item in from {
        if !into.iter().any(|i| same(i, item)) {
            into.push(item.clone());
        }
    }
}

/// Combines two copies of the document so that nothing either logged is lost
/// and the order they are given in doesn't matter (the module's laws).
pub fn merge(a: &StoredDocument, b: &StoredDocument) -> StoredDocument {
    let (s, s_other) = if wins(
        (a.revisions.settings, set_up(a)),
        (b.revisions.settings, set_up(b)),
        set_up_part,
        (a, b),
    ) {
        (a, b)
    } else {
        (b, a)
    };
    let (t, t_other) = if wins(
        (a.revisions.training, trained(a)),
        (b.revisions.training, trained(b)),
        training_part,
        (a, b),
    ) {
        (a, b)
    } else {
        (b, a)
    };

    let (log, in_progress) = sessions(a, b);
    let mut deleted = t.deleted.clone();
    union(&mut deleted, &t_other.deleted, |x, y| x == y);
    let mut decided = t.decided.clone();
    union(&mut decided, &t_other.decided, |x, y| x == y);
    // Proposals either copy still waits on stay until decided in either, or
    // their session deleted.
    let mut pending = t.pending.clone();
    union(&mut pending, &t_other.pending, |x, y| {
        x.session == y.session
    });
    pending.retain(|p| !decided.contains(&p.session) && !deleted.contains(&p.session));
    let mut custom_programs = t.custom_programs.clone();
    union(&mut custom_programs, &t_other.custom_programs, |x, y| {
        x.id == y.id
    });
    let mut deleted_programs = t.deleted_programs.clone();
    union(&mut deleted_programs, &t_other.deleted_programs, |x, y| {
        x == y
    });
    let mut exercises = s.exercises.clone();
    union(&mut exercises, &s_other.exercises, |x, y| x.id == y.id);
    let mut deleted_exercises = s.deleted_exercises.clone();
    union(
        &mut deleted_exercises,
        &s_other.deleted_exercises,
        |x, y| x == y,
    );
    let (bodyweight, bodyweight_removed) = crate::bodyweight::merge(
        (&s.bodyweight, &s.bodyweight_removed),
        (&s_other.bodyweight, &s_other.bodyweight_removed),
    );
    // The later backup of the two is the last one made.
    let last = match (&s.backups.last, &s_other.backups.last) {
        (Some(x), Some(y)) if y.on > x.on => Some(y.clone()),
        (x, y) => x.as_ref().or(y.as_ref()).cloned(),
    };
    let mut unknown = t.unknown.clone();
    unknown.fill_from(&t_other.unknown);
    let mut merged = StoredDocument {
        schema: a.schema.max(b.schema),
        generation: a.generation.max(b.generation),
        revisions: Revisions {
            settings: a.revisions.settings.max(b.revisions.settings),
            training: a.revisions.training.max(b.revisions.training),
        },
        settings: s.settings.clone(),
        maxes: t.maxes.clone(),
        program: t.program.clone(),
        custom_programs,
        log,
        in_progress,
        pending,
        decided,
        applied: t.applied.clone(),
        backups: Backups {
            every_days: s.backups.every_days,
            last,
        },
        deleted,
        deleted_programs,
        deleted_exercises,
        bodyweight,
        bodyweight_removed,
        equipment: EquipmentTable::merge(&s.equipment, &s_other.equipment),
        exercises,
        unknown,
    };
    without_deleted(&mut merged);
    // An area the merge made anew (the winner's plus what only the other
    // had) is a new revision of it, past both: merging either copy again
    // then keeps it as it is (as `log::merge_session` does for a session).
    if set_up_part(&merged) != set_up_part(s) {
        merged.revisions.settings_changed();
    }
    if training_part(&merged) != training_part(t) {
        merged.revisions.training_changed();
    }
    merged
}

/// `doc` without what its deletion marks name: sessions (logged or in
/// progress), own programs and own exercises. The one place a mark takes
/// its entry away in a merge.
fn without_deleted(doc: &mut StoredDocument) {
    let deleted = &doc.deleted;
    doc.log.retain(|s| !deleted.contains(&s.id));
    if doc
        .in_progress
        .as_ref()
        .is_some_and(|s| deleted.contains(&s.id))
    {
        doc.in_progress = None;
    }
    let programs = &doc.deleted_programs;
    doc.custom_programs.retain(|p| !programs.contains(&p.id));
    let exercises = &doc.deleted_exercises;
    doc.exercises
        .retain(|e| !exercises.iter().any(|k| k.as_str() == e.id));
}

/// The log of both copies and the session in progress. A session in
/// progress in one copy and logged in the other was finished there: it joins
/// the log. Two different sessions in progress: the later one (by date, then
/// id) stays in progress, the other is kept in the log, unfinished.
fn sessions(a: &StoredDocument, b: &StoredDocument) -> (Vec<Session>, Option<Session>) {
    let logged = |id: &SessionId| a.log.iter().chain(&b.log).any(|s| s.id == *id);
    let mut open: Vec<Session> = match (&a.in_progress, &b.in_progress) {
        (Some(x), Some(y)) if x.id == y.id => vec![crate::log::merge_session(x, y)],
        (x, y) => x.iter().chain(y).cloned().collect(),
    };
    let mut extra: Vec<Session> = Vec::new();
    open.retain(|s| {
        let finished = logged(&s.id);
        if finished {
            extra.push(s.clone());
        }
        !finished
    });
    // At most two: the later stays in progress (no sort for two).
    if open.len() == 2 && crate::log::oldest_first(&open[0], &open[1]).is_gt() {
        open.swap(0, 1);
    }
    let current = open.pop();
    extra.extend(open);
    let log = crate::log::merge(&crate::log::merge(&a.log, &b.log), &extra);
    (log, current)
}

/// What merging a backup would do to the document here, in counts, for the
/// preview before anything is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Sessions the backup has that this document lacks.
    pub sessions_added: usize,
    /// Sessions here that the backup's device deleted.
    pub sessions_removed: usize,
    /// Sets the backup adds to sessions both have.
    pub sets_added: usize,
    /// The lifter's own programs the backup adds, and those here it
    /// removes (deleted on the other device).
    pub programs_added: usize,
    pub programs_removed: usize,
    /// The lifter's own exercises the backup adds, and removes.
    pub exercises_added: usize,
    pub exercises_removed: usize,
    /// Bodyweight readings added, and removed (deleted on the other device).
    pub bodyweight_added: usize,
    pub bodyweight_removed: usize,
    /// The backup's settings (unit, bar, plates...) take the place of these.
    pub settings_taken: bool,
    /// The backup's maxes and running program take the place of these.
    pub training_taken: bool,
}

impl MergeCounts {
    /// Whether the merge would change nothing the lifter sees.
    pub fn is_nothing(&self) -> bool {
        *self == MergeCounts::default()
    }
}

/// What [`merge`]`(here, backup)` adds to and removes from `here`.
pub fn merge_counts(here: &StoredDocument, backup: &StoredDocument) -> MergeCounts {
    let merged = merge(here, backup);
    fn ids(d: &StoredDocument) -> std::collections::BTreeSet<&SessionId> {
        crate::sort::set_from(d.log.iter().chain(&d.in_progress).map(|s| &s.id))
    }
    let (before, after) = (ids(here), ids(&merged));
    let (mut sessions_added, mut sessions_removed) = (0, 0);
    for id in &after {
        sessions_added += usize::from(!before.contains(id));
    }
    for id in &before {
        sessions_removed += usize::from(!after.contains(id));
    }
    // Sets added to sessions both have: the log is kept oldest first, so a
    // session is found by its date and id, else (its date was corrected on
    // one side) by its id.
    let find = |s: &Session| {
        here.log
            .binary_search_by(|h| crate::log::oldest_first(h, s))
            .ok()
            .map(|i| &here.log[i])
            .or_else(|| {
                here.log
                    .iter()
                    .chain(&here.in_progress)
                    .find(|h| h.id == s.id)
            })
    };
    let sets_added = merged
        .log
        .iter()
        .chain(&merged.in_progress)
        .filter(|s| before.contains(&s.id))
        .filter_map(|s| find(s).map(|h| s.set_count().saturating_sub(h.set_count())))
        .sum();
    let bodyweight_added = merged
        .bodyweight
        .iter()
        .filter(|e| !here.bodyweight.contains(e))
        .count();
    let bodyweight_removed = here
        .bodyweight
        .iter()
        .filter(|e| !merged.bodyweight.contains(e))
        .count();
    let programs = |d: &'_ StoredDocument| -> Vec<String> {
        d.custom_programs.iter().map(|p| p.id.clone()).collect()
    };
    let exercises = |d: &'_ StoredDocument| -> Vec<String> {
        d.exercises.iter().map(|e| e.id.clone()).collect()
    };
    let (programs_added, programs_removed) = added_removed(&programs(here), &programs(&merged));
    let (exercises_added, exercises_removed) = added_removed(&exercises(here), &exercises(&merged));
    MergeCounts {
        sessions_added,
        sessions_removed,
        sets_added,
        programs_added,
        programs_removed,
        exercises_added,
        exercises_removed,
        bodyweight_added,
        bodyweight_removed,
        settings_taken: merged.settings != here.settings
            || merged.backups.every_days != here.backups.every_days,
        training_taken: merged.maxes != here.maxes || merged.program != here.program,
    }
}

/// How many ids of `after` are not in `before`, and of `before` not in `after`.
fn added_removed(before: &[String], after: &[String]) -> (usize, usize) {
    let missing =
        |from: &[String], to: &[String]| from.iter().filter(|id| !to.contains(id)).count();
    (missing(after, before), missing(before, after))
}
