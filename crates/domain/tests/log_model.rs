//! The log model: edits the log screen makes, and merging two tabs' copies.

use liftsheet_domain::date::Date;
use liftsheet_domain::log::{
    merge, merge_session, LoggedExercise, LoggedSet, Session, SessionId, SetId, SetKind,
};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::weight::Weight;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn date(d: u32) -> Date {
    Date::from_ymd(2024, 3, d).unwrap()
}

/// A planned session: squat 3×5 and bench 3×5, nothing done yet.
fn planned(id: &str) -> Session {
    let mut s = Session::new(SessionId::new(id), date(5));
    for (lift, kg) in [("squat", 100.0), ("bench", 70.0)] {
        let ex = s.add_exercise(LoggedExercise::new(lift, lift));
        for _ in 0..3 {
            s.add_set(ex, LoggedSet::planned(SetKind::Work, Weight::kg(kg), 5))
                .unwrap();
        }
    }
    s
}

#[test]
fn the_log_screen_flow() {
    let mut s = planned("a");
    assert_eq!(s.set_count(), 6);
    s.check_set(SetId(0), true).unwrap();
    s.edit_actual(SetId(1), Weight::kg(102.5), 4).unwrap();
    s.check_set(SetId(1), true).unwrap();
    let amrap = s
        .add_set(0, LoggedSet::planned(SetKind::Amrap, Weight::kg(105.0), 5))
        .unwrap();
    s.record_amrap(amrap, 8, Some(Rpe::parse("9").unwrap()))
        .unwrap();
    s.set_note(amrap, "grindy last rep").unwrap();
    s.remove_set(SetId(2)).unwrap();
    s.set_notes("good day");
    s.finish();

    let squat = &s.lifts[0].sets;
    assert_eq!(squat.len(), 3);
    assert!(squat[0].done);
    assert_eq!((squat[1].weight, squat[1].reps), (Weight::kg(102.5), 4));
    assert_eq!(squat[1].target_weight, Some(Weight::kg(100.0)));
    assert_eq!(squat[2].id, amrap);
    assert_eq!((squat[2].reps, squat[2].target_reps), (8, Some(5)));
    assert_eq!(squat[2].note, "grindy last rep");
    assert!(s.finished);
    assert_eq!(s.removed_sets, vec![SetId(2)]);
    assert!(s.revision >= 8);
    // Undone sets stay in the record.
    assert!(!s.lifts[1].sets[0].done);
}

#[test]
fn a_stale_tab_does_not_undo_a_newer_edit_or_duplicate_sets() {
    let stale = planned("a");
    let mut fresh = stale.clone();
    fresh.edit_actual(SetId(1), Weight::kg(95.0), 5).unwrap();
    fresh.check_set(SetId(1), true).unwrap();
    let merged = merge_session(&stale, &fresh);
    assert_eq!(merged, fresh);
    assert_eq!(merge_session(&fresh, &stale), fresh);
}

#[test]
fn checks_in_two_tabs_are_both_kept() {
    let base = planned("a");
    let mut tab1 = base.clone();
    let mut tab2 = base.clone();
    tab1.check_set(SetId(0), true).unwrap();
    tab2.check_set(SetId(3), true).unwrap();
    let merged = merge_session(&tab1, &tab2);
    assert!(merged.set(SetId(0)).unwrap().done);
    assert!(merged.set(SetId(3)).unwrap().done);
    assert_eq!(merged.set_count(), 6);
    assert!(merged.revision > tab1.revision.max(tab2.revision));
}

#[test]
fn sets_added_in_two_tabs_are_both_kept() {
    let base = planned("a");
    let mut tab1 = base.clone();
    let mut tab2 = base.clone();
    let a = tab1
        .add_set(0, LoggedSet::done(SetKind::Work, Weight::kg(110.0), 1))
        .unwrap();
    let b = tab2
        .add_set(1, LoggedSet::done(SetKind::Work, Weight::kg(80.0), 1))
        .unwrap();
    assert_eq!(a, b, "both tabs allocate the same next id");
    let merged = merge_session(&tab1, &tab2);
    assert_eq!(merged.set_count(), 8);
    let weights: Vec<Weight> = merged
        .lifts
        .iter()
        .map(|e| e.sets.last().unwrap().weight)
        .collect();
    assert_eq!(weights, vec![Weight::kg(110.0), Weight::kg(80.0)]);
    let ids: BTreeSet<SetId> = merged.sets().map(|(_, s)| s.id).collect();
    assert_eq!(ids.len(), 8, "ids stay unique");
    assert!(merged.next_set_id > ids.iter().next_back().unwrap().0);
    // Merging again with either tab changes nothing.
    assert_eq!(merge_session(&merged, &tab2), merged);
    assert_eq!(merge_session(&tab1, &merged), merged);
}

#[test]
fn a_removal_sticks_across_merges() {
    let base = planned("a");
    let mut tab1 = base.clone();
    tab1.remove_set(SetId(4)).unwrap();
    let merged = merge_session(&tab1, &base);
    assert!(merged.set(SetId(4)).is_none());
    assert_eq!(merged.set_count(), 5);
}

#[test]
fn log_merge_is_the_union_of_sessions_in_date_order() {
    let mut later = planned("b");
    later.date = date(7);
    let earlier = planned("a");
    let merged = merge(&[later.clone()], &[earlier.clone(), later.clone()]);
    assert_eq!(merged, vec![earlier, later]);
}

/// An edit one tab might make.
#[derive(Clone, Debug)]
enum Edit {
    Add { exercise: usize, kg: u32, reps: u32 },
    AddLift { kg: u32 },
    Remove(usize),
    Actual(usize, u32, u32),
    Check(usize, bool),
    Amrap(usize, u32),
    Finish,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..2, 20u32..200, 1u32..10).prop_map(|(exercise, kg, reps)| Edit::Add {
            exercise,
            kg,
            reps
        }),
        (5u32..50).prop_map(|kg| Edit::AddLift { kg }),
        (0usize..20).prop_map(Edit::Remove),
        (0usize..20, 20u32..200, 1u32..10).prop_map(|(i, kg, r)| Edit::Actual(i, kg, r)),
        (0usize..20, prop::bool::ANY).prop_map(|(i, d)| Edit::Check(i, d)),
        (0usize..20, 1u32..20).prop_map(|(i, r)| Edit::Amrap(i, r)),
        Just(Edit::Finish),
    ]
}

/// Applies `edits`; indexes pick among the current sets (wrapping).
fn apply(mut s: Session, edits: &[Edit]) -> Session {
    for e in edits {
        let ids: Vec<SetId> = s.sets().map(|(_, set)| set.id).collect();
        let pick = |i: usize| ids.get(i % ids.len().max(1)).copied();
        match *e {
            Edit::Add { exercise, kg, reps } => {
                s.add_set(
                    exercise,
                    LoggedSet::done(SetKind::Work, Weight::kg(kg.into()), reps),
                )
                .unwrap();
            }
            Edit::AddLift { kg } => {
                let ex = match s.lifts.iter().position(|e| e.lift == "row") {
                    Some(i) => i,
                    None => s.add_exercise(LoggedExercise::new("row", "Row")),
                };
                s.add_set(
                    ex,
                    LoggedSet::done(SetKind::Accessory, Weight::kg(kg.into()), 10),
                )
                .unwrap();
            }
            Edit::Remove(i) => {
                if let Some(id) = pick(i) {
                    s.remove_set(id).unwrap();
                }
            }
            Edit::Actual(i, kg, r) => {
                if let Some(id) = pick(i) {
                    s.edit_actual(id, Weight::kg(kg.into()), r).unwrap();
                }
            }
            Edit::Check(i, d) => {
                if let Some(id) = pick(i) {
                    s.check_set(id, d).unwrap();
                }
            }
            Edit::Amrap(i, r) => {
                if let Some(id) = pick(i) {
                    s.record_amrap(id, r, None).unwrap();
                }
            }
            Edit::Finish => s.finish(),
        }
    }
    s
}

/// Every live set of `input` is in `merged` under its lift: either its own
/// id (possibly as the newer edit of it) or, for a colliding add, its exact
/// content under a fresh id.
fn keeps_every_set(input: &Session, merged: &Session, removed: &BTreeSet<SetId>) -> bool {
    input.lifts.iter().all(|ex| {
        ex.sets
            .iter()
            .filter(|s| !removed.contains(&s.id))
            .all(|s| {
                merged
                    .lifts
                    .iter()
                    .filter(|m| m.lift == ex.lift)
                    .flat_map(|m| &m.sets)
                    .any(|m| {
                        m.id == s.id
                            || LoggedSet {
                                id: s.id,
                                ..m.clone()
                            } == *s
                    })
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merge_never_loses_a_set(
        shared in prop::collection::vec(edit(), 0..6),
        left in prop::collection::vec(edit(), 0..8),
        right in prop::collection::vec(edit(), 0..8),
    ) {
        let base = apply(planned("s"), &shared);
        let a = apply(base.clone(), &left);
        let b = apply(base, &right);
        let m = merge_session(&a, &b);
        let removed: BTreeSet<SetId> = a.removed_sets.iter().chain(&b.removed_sets).copied().collect();

        prop_assert!(keeps_every_set(&a, &m, &removed));
        prop_assert!(keeps_every_set(&b, &m, &removed));
        prop_assert!(m.sets().all(|(_, s)| !removed.contains(&s.id)), "a removed set came back");
        let ids: Vec<SetId> = m.sets().map(|(_, s)| s.id).collect();
        let unique: BTreeSet<SetId> = ids.iter().copied().collect();
        prop_assert_eq!(ids.len(), unique.len(), "ids stay unique");
        prop_assert!(unique.iter().all(|id| id.0 < m.next_set_id));
        // Same answer either way round, and merging again is a no-op.
        prop_assert_eq!(&merge_session(&b, &a), &m);
        prop_assert_eq!(&merge_session(&m, &a), &m);
        prop_assert_eq!(&merge_session(&b, &m), &m);
        // The merged copy survives the store round trip.
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(serde_json::from_str::<Session>(&json).unwrap(), m);
    }

    #[test]
    fn log_merge_keeps_every_session(
        left in prop::collection::vec(0u8..6, 0..6),
        right in prop::collection::vec(0u8..6, 0..6),
    ) {
        let make = |ids: &[u8]| -> Vec<Session> { ids.iter().map(|i| planned(&format!("s{i}"))).collect() };
        let (a, b) = (make(&left), make(&right));
        let merged = merge(&a, &b);
        let want: BTreeSet<String> = left.iter().chain(&right).map(|i| format!("s{i}")).collect();
        let got: Vec<String> = merged.iter().map(|s| s.id.0.clone()).collect();
        prop_assert_eq!(got, want.into_iter().collect::<Vec<_>>());
    }
}
