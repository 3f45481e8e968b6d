//! Two devices, no account (issue "His data outlives his phone", item 3):
//! "Merge into my data" between a phone and a laptop, in either order and
//! repeatedly. Property tests over pairs of documents built the way the app
//! builds them: one lifter's document, then on each device its own changes
//! (sessions logged, deleted, sets added and removed, settings, bodyweight,
//! own exercises and programs added and deleted, proposals applied or
//! dismissed), or two unrelated lifters.
//!
//! - commutative: A merged into B is B merged into A;
//! - idempotent: merging again (either backup) changes nothing;
//! - nothing either side logged is lost: every session and set, and every
//!   own program and exercise neither side deleted;
//! - deletions on either side stay deleted: sessions, sets, bodyweight, own
//!   programs and own exercises.

use liftsheet_domain::document::{bodyweight, exercises, program, session, settings};
use liftsheet_domain::exercise::{Implement, LoadKind};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::store::{self, merge, StoredDocument};
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;

mod document_support;
use document_support::{apply_waiting, day, lifter};

/// One thing the lifter does on one device.
#[derive(Clone, Debug)]
enum Op {
    /// Logs an off-plan session of `sets` curls, `on` days after the start.
    Log {
        sets: u32,
        on: i64,
    },
    /// Deletes the logged session at this index (modulo the log's length).
    Delete(usize),
    /// Adds a set to the session in progress.
    AddSet,
    /// Removes a set of the session in progress (index modulo its sets).
    RemoveSet(usize),
    /// Finishes the session in progress.
    Finish,
    Unit(Unit),
    BarKg(u32),
    Bodyweight {
        on: i64,
        kg: u32,
    },
    RemoveBodyweight(usize),
    /// Adds an own exercise by name (both devices may add the same one, and
    /// add one again after deleting it).
    OwnExercise(u8),
    /// Deletes the own exercise at this index (modulo their number).
    DeleteExercise(usize),
    /// Saves a copy of a built-in as an own program (a fresh id each time).
    OwnProgram(u8),
    /// Deletes the own program at this index (the lifter's document starts
    /// with one, which both devices may delete).
    DeleteProgram(usize),
    ApplyWaiting,
    DismissWaiting,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (1u32..4, 0i64..60).prop_map(|(sets, on)| Op::Log { sets, on }),
        2 => any::<usize>().prop_map(Op::Delete),
        2 => Just(Op::AddSet),
        1 => any::<usize>().prop_map(Op::RemoveSet),
        1 => Just(Op::Finish),
        1 => prop_oneof![Just(Unit::Kg), Just(Unit::Lb)].prop_map(Op::Unit),
        1 => (10u32..25).prop_map(Op::BarKg),
        2 => (0i64..10, 60u32..100).prop_map(|(on, kg)| Op::Bodyweight { on, kg }),
        1 => any::<usize>().prop_map(Op::RemoveBodyweight),
        2 => (0u8..3).prop_map(Op::OwnExercise),
        1 => any::<usize>().prop_map(Op::DeleteExercise),
        1 => (0u8..2).prop_map(Op::OwnProgram),
        1 => any::<usize>().prop_map(Op::DeleteProgram),
        1 => Just(Op::ApplyWaiting),
        1 => Just(Op::DismissWaiting),
    ]
}

/// `ops` done on `device` ("phone", "laptop"), as the app would: a change
/// the app would refuse changes nothing, as there.
fn on_device(mut doc: StoredDocument, device: &str, ops: &[Op]) -> StoredDocument {
    let today = day(100);
    for (n, op) in ops.iter().enumerate() {
        let _ = match op.clone() {
            Op::Log { sets, on } => {
                let mut s = Session::new(SessionId::new(format!("{device}-{n}")), day(on));
                s.add_exercise(LoggedExercise::new("curl", "Curl"));
                let done = (|| {
                    session::apply(&mut doc, session::Change::Start(s))?;
                    for reps in 0..sets {
                        let set = LoggedSet::done(SetKind::Work, Weight::kg(20.0), 8 + reps);
                        session::apply(&mut doc, session::Change::AddSet { exercise: 0, set })?;
                    }
                    session::apply(&mut doc, session::Change::Finish)
                })();
                done.map_err(|e| e.to_string())
            }
            Op::Delete(i) if !doc.log.is_empty() => {
                let id = doc.log[i % doc.log.len()].id.clone();
                session::apply(&mut doc, session::Change::DeleteLogged(id))
                    .map_err(|e| e.to_string())
            }
            Op::AddSet => {
                let set = LoggedSet::done(SetKind::Work, Weight::kg(22.5), 6);
                session::apply(&mut doc, session::Change::AddSet { exercise: 0, set })
                    .map_err(|e| e.to_string())
            }
            Op::RemoveSet(i) => match doc
                .in_progress
                .as_ref()
                .map(|s| s.sets().map(|(_, set)| set.id).collect::<Vec<_>>())
            {
                Some(ids) if !ids.is_empty() => {
                    session::apply(&mut doc, session::Change::RemoveSet(ids[i % ids.len()]))
                        .map_err(|e| e.to_string())
                }
                _ => Ok(()),
            },
            Op::Finish => {
                session::apply(&mut doc, session::Change::Finish).map_err(|e| e.to_string())
            }
            Op::Unit(unit) => {
                settings::apply(&mut doc, settings::Change::Unit(unit)).map_err(|e| e.to_string())
            }
            Op::BarKg(kg) => settings::apply(
                &mut doc,
                settings::Change::BarWeight(Weight::kg(f64::from(kg))),
            )
            .map_err(|e| e.to_string()),
            Op::Bodyweight { on, kg } => {
                let change = bodyweight::Change::Log {
                    date: day(on),
                    weight: Weight::kg(f64::from(kg)),
                    today,
                };
                bodyweight::apply(&mut doc, change).map_err(|e| e.to_string())
            }
            Op::RemoveBodyweight(i) if !doc.bodyweight.is_empty() => {
                let date = doc.bodyweight[i % doc.bodyweight.len()].date;
                bodyweight::apply(&mut doc, bodyweight::Change::Remove { date })
                    .map_err(|e| e.to_string())
            }
            Op::OwnExercise(k) => {
                let name = ["Sled push", "Yoke walk", "Sandbag carry"][usize::from(k)];
                let change = exercises::Change::AddOwn {
                    name: name.into(),
                    load: LoadKind::Fixed,
                    implement: Implement::Machine,
                };
                exercises::apply(&mut doc, change).map_err(|e| e.to_string())
            }
            Op::DeleteExercise(i) if !doc.exercises.is_empty() => {
                let id = LiftKey::new(doc.exercises[i % doc.exercises.len()].id.clone());
                exercises::apply(&mut doc, exercises::Change::DeleteOwn(id))
                    .map_err(|e| e.to_string())
            }
            Op::OwnProgram(k) => {
                let builtin = ["starting-strength", "texas-method"][usize::from(k)];
                let copy =
                    program::copy_for(&doc, &build(builtin, &BuiltinOptions::default()).unwrap());
                program::apply(&mut doc, program::Change::SaveCustom(copy))
                    .map_err(|e| e.to_string())
            }
            Op::DeleteProgram(i) if !doc.custom_programs.is_empty() => {
                let id = doc.custom_programs[i % doc.custom_programs.len()]
                    .id
                    .clone();
                program::apply(&mut doc, program::Change::DeleteCustom(id))
                    .map_err(|e| e.to_string())
            }
            Op::ApplyWaiting => {
                apply_waiting(&mut doc, today);
                Ok(())
            }
            Op::DismissWaiting => {
                let waiting = session::waiting(&doc).next().map(|p| p.session.clone());
                match waiting {
                    Some(id) => session::apply(&mut doc, session::Change::DismissProposals(id))
                        .map_err(|e| e.to_string()),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        };
    }
    doc
}

/// "Merge into my data" with `backup`'s file, as the Settings screen does.
fn merge_backup(here: &StoredDocument, backup: &StoredDocument) -> StoredDocument {
    let file = store::decode(&store::encode(backup)).unwrap();
    let mut doc = here.clone();
    let change = session::Change::Backup {
        backup: Box::new(file),
        replace: false,
    };
    session::apply(&mut doc, change).unwrap();
    doc
}

fn all_sessions(doc: &StoredDocument) -> impl Iterator<Item = &Session> {
    doc.log.iter().chain(&doc.in_progress)
}

/// Every session and set of `side` is in `merged`, unless deleted or removed
/// on either side: a set by its id under the same exercise, or (two devices
/// gave different sets the same id) as an equal set under a fresh id.
fn nothing_lost(
    side: &StoredDocument,
    other: &StoredDocument,
    merged: &StoredDocument,
) -> Result<(), TestCaseError> {
    let deleted = |id: &SessionId| side.deleted.contains(id) || other.deleted.contains(id);
    for s in all_sessions(side).filter(|s| !deleted(&s.id)) {
        let Some(m) = all_sessions(merged).find(|m| m.id == s.id) else {
            return Err(TestCaseError::fail(format!("session {:?} lost", s.id)));
        };
        let removed_elsewhere =
            |id| all_sessions(other).any(|o| o.id == s.id && o.removed_sets.contains(&id));
        for e in &s.lifts {
            for set in &e.sets {
                if removed_elsewhere(set.id) {
                    continue;
                }
                let kept = m
                    .lifts
                    .iter()
                    .filter(|me| me.lift == e.lift)
                    .flat_map(|me| &me.sets)
                    .any(|ms| {
                        ms.id == set.id
                            || LoggedSet {
                                id: set.id,
                                ..ms.clone()
                            } == *set
                    });
                prop_assert!(kept, "set {:?} of {:?} lost", set.id, s.id);
            }
        }
    }
    for p in &side.custom_programs {
        if !side.deleted_programs.contains(&p.id) && !other.deleted_programs.contains(&p.id) {
            prop_assert!(
                merged.custom_programs.iter().any(|m| m.id == p.id),
                "program {:?} lost",
                p.id
            );
        }
    }
    for e in &side.exercises {
        let key = LiftKey::new(e.id.clone());
        if !side.deleted_exercises.contains(&key) && !other.deleted_exercises.contains(&key) {
            prop_assert!(
                merged.exercises.iter().any(|m| m.id == e.id),
                "exercise {:?} lost",
                e.id
            );
        }
    }
    Ok(())
}

/// What either side deleted is not in `merged`.
fn deletions_hold(
    a: &StoredDocument,
    b: &StoredDocument,
    merged: &StoredDocument,
) -> Result<(), TestCaseError> {
    for side in [a, b] {
        for id in &side.deleted {
            prop_assert!(
                all_sessions(merged).all(|s| s.id != *id),
                "deleted {:?} came back",
                id
            );
            prop_assert!(merged.deleted.contains(id));
        }
        for s in all_sessions(side) {
            if let Some(m) = all_sessions(merged).find(|m| m.id == s.id) {
                for id in &s.removed_sets {
                    prop_assert!(
                        m.sets().all(|(_, set)| set.id != *id),
                        "removed set {:?} of {:?} came back",
                        id,
                        s.id
                    );
                }
            }
        }
        for gone in &side.bodyweight_removed {
            prop_assert!(
                !merged.bodyweight.contains(gone),
                "removed reading {:?} came back",
                gone
            );
        }
        for id in &side.deleted_programs {
            prop_assert!(
                merged.custom_programs.iter().all(|p| p.id != *id),
                "deleted program {:?} came back",
                id
            );
            prop_assert!(merged.deleted_programs.contains(id));
        }
        for id in &side.deleted_exercises {
            prop_assert!(
                merged.exercises.iter().all(|e| e.id != id.as_str()),
                "deleted exercise {:?} came back",
                id
            );
            prop_assert!(merged.deleted_exercises.contains(id));
        }
    }
    Ok(())
}

/// Where two documents differ: top-level fields, and sessions by id (a
/// readable failure instead of two whole documents).
fn differences(a: &StoredDocument, b: &StoredDocument) -> String {
    let (va, vb): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(&store::encode(a)).unwrap(),
        serde_json::from_str(&store::encode(b)).unwrap(),
    );
    let mut out = Vec::new();
    for (k, x) in va.as_object().unwrap() {
        let y = &vb[k];
        if x != y {
            out.push(format!("{k}: {x} != {y}"));
        }
    }
    for k in vb.as_object().unwrap().keys() {
        if va.get(k).is_none() {
            out.push(format!("{k} only in the second"));
        }
    }
    out.join("\n")
}

macro_rules! same {
    ($a:expr, $b:expr, $what:expr) => {
        prop_assert!($a == $b, "{}:\n{}", $what, differences(&$a, &$b))
    };
}

fn the_laws(phone: &StoredDocument, laptop: &StoredDocument) -> Result<(), TestCaseError> {
    // The phone merges the laptop's backup, and the laptop the phone's.
    let on_phone = merge_backup(phone, laptop);
    let on_laptop = merge_backup(laptop, phone);
    same!(on_phone, on_laptop, "the order matters");
    same!(
        merge(phone, laptop),
        on_phone,
        "a backup merged is the documents merged"
    );
    // Again, with either backup: nothing changes.
    same!(
        merge_backup(&on_phone, laptop),
        on_phone,
        "merging the laptop's again"
    );
    same!(
        merge_backup(&on_phone, phone),
        on_phone,
        "merging the phone's again"
    );
    same!(
        merge_backup(&on_phone, &on_laptop),
        on_phone,
        "merging the merged"
    );
    nothing_lost(phone, laptop, &on_phone)?;
    nothing_lost(laptop, phone, &on_phone)?;
    deletions_hold(phone, laptop, &on_phone)?;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_phone_and_a_laptop_merge_alike_in_either_order(
        misses in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => 1u32..3], 1..4),
        phone_ops in prop::collection::vec(op(), 0..10),
        laptop_ops in prop::collection::vec(op(), 0..10),
    ) {
        let start = lifter(&misses);
        let phone = on_device(start.clone(), "phone", &phone_ops);
        let laptop = on_device(start, "laptop", &laptop_ops);
        the_laws(&phone, &laptop)?;
    }

    #[test]
    fn two_unrelated_documents_merge_alike_in_either_order(
        misses_a in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => 1u32..3], 1..4),
        misses_b in prop::collection::vec(prop_oneof![3 => Just(0u32), 1 => 1u32..3], 1..4),
        ops_a in prop::collection::vec(op(), 0..6),
        ops_b in prop::collection::vec(op(), 0..6),
    ) {
        // Two lifters whose sessions share ids ("s000") with other sets.
        let a = on_device(lifter(&misses_a), "phone", &ops_a);
        let b = on_device(lifter(&misses_b), "phone", &ops_b);
        the_laws(&a, &b)?;
    }
}

#[test]
fn the_preview_counts_what_a_merge_adds_and_removes() {
    use liftsheet_domain::document::program;
    use liftsheet_domain::program::builtin::{build, BuiltinOptions};
    use liftsheet_domain::store::{merge_counts, MergeCounts};
    let start = lifter(&[0, 0]);
    let first = start.log[0].id.clone();
    let mut phone = on_device(
        start.clone(),
        "phone",
        &[
            Op::Finish,
            Op::Log { sets: 2, on: 50 },
            Op::Log { sets: 3, on: 51 },
            Op::Unit(Unit::Lb),
        ],
    );
    session::apply(&mut phone, session::Change::DeleteLogged(first)).unwrap();
    let own = program::copy_for(
        &phone,
        &build("starting-strength", &BuiltinOptions::default()).unwrap(),
    );
    program::apply(&mut phone, program::Change::SaveCustom(own)).unwrap();
    // The program both had (the lifter's from the start) deleted on the phone.
    let old = start.custom_programs[0].id.clone();
    program::apply(&mut phone, program::Change::DeleteCustom(old)).unwrap();
    let laptop = on_device(start, "laptop", &[Op::OwnExercise(0), Op::AddSet]);

    // The laptop merges the phone's backup.
    let on_laptop = merge_counts(&laptop, &phone);
    assert_eq!(
        on_laptop,
        MergeCounts {
            sessions_added: 2,
            sessions_removed: 1,
            programs_added: 1,
            programs_removed: 1,
            settings_taken: true,
            // An off-plan session moves no program, a saved one no max.
            training_taken: false,
            ..MergeCounts::default()
        }
    );
    // The phone merges the laptop's: the set added to the session the
    // phone finished, and the own exercise.
    let on_phone = merge_counts(&phone, &laptop);
    assert_eq!(
        on_phone,
        MergeCounts {
            sets_added: 1,
            exercises_added: 1,
            ..MergeCounts::default()
        }
    );
    // Nothing new: nothing to say.
    assert!(merge_counts(&phone, &phone).is_nothing());
    assert!(merge_counts(&merge(&phone, &laptop), &laptop).is_nothing());

    // The phone, with the laptop's own exercise merged in, deletes it: the
    // laptop's preview says so.
    let mut phone = merge(&phone, &laptop);
    let id = LiftKey::new(phone.exercises[0].id.clone());
    exercises::apply(&mut phone, exercises::Change::DeleteOwn(id)).unwrap();
    assert_eq!(
        merge_counts(&laptop, &phone).exercises_removed,
        1,
        "{:?}",
        merge_counts(&laptop, &phone)
    );
    assert_eq!(merge_counts(&phone, &laptop).exercises_added, 0);
}
