//! Reconciling two copies of the log (two browser tabs writing the same
//! storage) without losing a set.
//!
//! The rule:
//! 1. Sessions are matched by id; a session in only one copy is kept.
//! 2. For a session in both, the copy with the higher `revision` is the base
//!    (ties: more sets, then more sets done, then a fixed order on the encoded
//!    text, so `merge(a, b)` and `merge(b, a)` agree).
//! 3. Removals from either copy apply (a deletion is what the lifter asked for);
//!    every other set of the other copy that the base lacks is added to the
//!    base, in the exercise with the same lift key (appended as a new exercise
//!    if the base has none).
//! 4. A set id present in both copies is the same set edited twice: the base's
//!    version wins, except that a set checked off in the other copy but not in
//!    the base takes the other's version (checking sets off in two tabs at once
//!    must not lose a check). If the two copies hold the id under different
//!    lifts, the tabs each added a different set with the same new id, so the
//!    other's set is kept too, under a fresh id.
//! 5. Fields this build doesn't know (`Session::unknown`): the base's, and
//!    the other's the base lacks.
//! 6. `finished` is kept if either copy finished; the counters take the larger
//!    value, and the revision goes one past both when the merge changed the base,
//!    so the merged copy wins the next merge.

use super::{LoggedExercise, LoggedSet, Session, SetId};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Merges two copies of the log: the union of their sessions, with sessions in
/// both merged by [`merge_session`]. The result is ordered by date, then id.
pub fn merge(a: &[Session], b: &[Session]) -> Vec<Session> {
    let mut by_id: BTreeMap<&str, Session> = BTreeMap::new();
    for s in a.iter().chain(b) {
        let merged = match by_id.get(s.id.as_str()) {
            Some(existing) => merge_session(existing, s),
            None => s.clone(),
        };
        by_id.insert(s.id.as_str(), merged);
    }
    let mut out: Vec<Session> = by_id.into_values().collect();
    crate::sort::sort_by(&mut out, crate::log::oldest_first);
    out
}

fn done_count(s: &Session) -> usize {
    s.sets().filter(|(_, set)| set.done).count()
}

/// Which copy is the base: see the module rule 2.
fn newer_first(a: &Session, b: &Session) -> Ordering {
    a.revision
        .cmp(&b.revision)
        .then_with(|| a.set_count().cmp(&b.set_count()))
        .then_with(|| done_count(a).cmp(&done_count(b)))
        .then_with(|| {
            let ja = serde_json::to_string(a).unwrap_or_default();
            let jb = serde_json::to_string(b).unwrap_or_default();
            ja.cmp(&jb)
        })
}

/// Merges two copies of the same session by the rule in the module docs.
pub fn merge_session(a: &Session, b: &Session) -> Session {
    if a == b {
        return a.clone();
    }
    let (base, other) = if newer_first(a, b) == Ordering::Less {
        (b, a)
    } else {
        (a, b)
    };
    let mut out = base.clone();
    // Fields neither copy's build knows: the base's, and the other's it lacks.
    out.unknown.fill_from(&other.unknown);

    let removed: BTreeSet<SetId> =
        crate::sort::set_from(a.removed_sets.iter().chain(&b.removed_sets).copied());
    for ex in &mut out.lifts {
        ex.sets.retain(|s| !removed.contains(&s.id));
    }

    // Lift of each set id in the base.
    let base_lift: BTreeMap<SetId, String> = crate::sort::map_from(
        out.lifts
            .iter()
            .flat_map(|e| e.sets.iter().map(move |s| (s.id, e.lift.clone()))),
    );
    let mut next_id = a
        .next_set_id
        .max(b.next_set_id)
        .max(max_id(a).max(max_id(b)));

    for ex in &other.lifts {
        for set in &ex.sets {
            if removed.contains(&set.id) {
                continue;
            }
            let set = match base_lift.get(&set.id) {
                None => set.clone(),
                Some(lift) if *lift == ex.lift => {
                    if set.done {
                        take_if_undone(&mut out.lifts, set);
                    }
                    continue;
                }
                // Already kept under a fresh id by an earlier merge.
                Some(_) if holds_copy(&out.lifts, &ex.lift, set) => continue,
                Some(_) => {
                    let fresh = LoggedSet {
                        id: SetId(next_id),
                        ..set.clone()
                    };
                    next_id = next_id.saturating_add(1);
                    fresh
                }
            };
            insert_into(&mut out.lifts, ex, set);
        }
    }

    out.removed_sets = removed.into_iter().collect();
    out.next_set_id = next_id;
    out.finished = a.finished || b.finished;
    out.revision = a.revision.max(b.revision);
    if out != *base {
        out.revision = out.revision.saturating_add(1);
    }
    out
}

/// One past the largest set id in the session (0 when it has no sets).
fn max_id(s: &Session) -> u32 {
    s.sets()
        .map(|(_, set)| set.id.0.saturating_add(1))
        .max()
        .unwrap_or(0)
}

/// Whether exercise `lift` has a set equal to `set` apart from its id.
fn holds_copy(lifts: &[LoggedExercise], lift: &str, set: &LoggedSet) -> bool {
    lifts
        .iter()
        .filter(|e| e.lift == lift)
        .flat_map(|e| &e.sets)
        .any(|s| {
            LoggedSet {
                id: set.id,
                ..s.clone()
            } == *set
        })
}

/// Replaces the base's copy of `set` with `set` if the base's isn't done.
fn take_if_undone(lifts: &mut [LoggedExercise], set: &LoggedSet) {
    if let Some(mine) = lifts
        .iter_mut()
        .flat_map(|e| e.sets.iter_mut())
        .find(|s| s.id == set.id)
    {
        if !mine.done {
            *mine = set.clone();
        }
    }
}

fn insert_into(lifts: &mut Vec<LoggedExercise>, from: &LoggedExercise, set: LoggedSet) {
    match lifts.iter_mut().find(|e| e.lift == from.lift) {
        Some(e) => e.sets.push(set),
        None => lifts.push(LoggedExercise {
            sets: vec![set],
            ..from.clone()
        }),
    }
}
