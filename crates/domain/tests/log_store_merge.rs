//! `store::merge`: two tabs' copies of the document combine without losing a set.

use liftsheet_domain::date::Date;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::store::{merge, StoredDocument};
use liftsheet_domain::{Unit, Weight};

fn session(id: &str, sets: u32) -> Session {
    let mut s = Session::new(SessionId::new(id), Date::from_ymd(2026, 11, 2).unwrap());
    let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
    for i in 0..sets {
        s.add_set(
            ex,
            LoggedSet::done(SetKind::Work, Weight::kg(100.0 + i as f64), 5),
        )
        .unwrap();
    }
    s
}

fn total_sets(doc: &StoredDocument) -> usize {
    doc.log.iter().map(Session::set_count).sum::<usize>()
        + doc.in_progress.as_ref().map_or(0, Session::set_count)
}

#[test]
fn the_settings_changed_more_win_in_either_order_and_logs_are_united() {
    use liftsheet_domain::document::settings::{apply, Change};
    let mut a = StoredDocument::default();
    apply(&mut a, Change::Unit(Unit::Lb)).unwrap();
    a.log.push(session("a1", 3));
    let mut b = StoredDocument::default();
    b.log.push(session("b1", 2));
    let merged = merge(&a, &b);
    assert_eq!(merged.settings.unit, Unit::Lb);
    assert_eq!(merged.log.len(), 2);
    assert_eq!(total_sets(&merged), 5);
    assert_eq!(merge(&b, &a), merged);
    // Changed twice on the other side since: that side's settings win.
    apply(&mut b, Change::Unit(Unit::Lb)).unwrap();
    apply(&mut b, Change::Unit(Unit::Kg)).unwrap();
    assert_eq!(merge(&a, &b).settings.unit, Unit::Kg);
    assert_eq!(merge(&b, &a).settings.unit, Unit::Kg);
}

#[test]
fn sets_added_in_two_tabs_to_the_same_session_are_both_kept() {
    // Tab A adds a set and saves; tab B, which also added one before A's
    // storage event arrived, writes next: B's save merges what is stored.
    let base = session("s", 1);
    let mut a = StoredDocument {
        in_progress: Some(base.clone()),
        ..StoredDocument::default()
    };
    let mut b = a.clone();
    a.in_progress
        .as_mut()
        .unwrap()
        .add_set(0, LoggedSet::done(SetKind::Work, Weight::kg(110.0), 3))
        .unwrap();
    let b_session = b.in_progress.as_mut().unwrap();
    let ex = b_session.add_exercise(LoggedExercise::new("bench", "Bench press"));
    b_session
        .add_set(ex, LoggedSet::done(SetKind::Work, Weight::kg(80.0), 5))
        .unwrap();
    let stored_by_b = merge(&b, &a);
    assert_eq!(total_sets(&stored_by_b), 3);
    // A then hears B's storage event and takes the stored copy as primary.
    let seen_by_a = merge(&stored_by_b, &a);
    assert_eq!(total_sets(&seen_by_a), 3);
    // And a later edit in A, merged with storage again, loses nothing.
    let mut a2 = seen_by_a.clone();
    a2.in_progress
        .as_mut()
        .unwrap()
        .add_set(0, LoggedSet::done(SetKind::Work, Weight::kg(115.0), 2))
        .unwrap();
    assert_eq!(total_sets(&merge(&a2, &stored_by_b)), 4);
}

#[test]
fn a_different_session_in_progress_elsewhere_is_kept_in_the_log() {
    let a = StoredDocument {
        in_progress: Some(session("mine", 2)),
        ..StoredDocument::default()
    };
    let b = StoredDocument {
        in_progress: Some(session("theirs", 4)),
        ..StoredDocument::default()
    };
    let merged = merge(&a, &b);
    // The later of the two (same day: by id) stays in progress, in either order.
    assert_eq!(merged.in_progress.as_ref().unwrap().id.as_str(), "theirs");
    assert_eq!(merge(&b, &a), merged);
    assert_eq!(merged.log.len(), 1);
    assert_eq!(total_sets(&merged), 6);
}

#[test]
fn a_session_finished_in_one_tab_leaves_progress_in_both() {
    let mut finished = session("s", 2);
    finished.finish();
    let a = StoredDocument {
        log: vec![finished],
        ..StoredDocument::default()
    };
    let b = StoredDocument {
        in_progress: Some(session("s", 2)),
        ..StoredDocument::default()
    };
    for merged in [merge(&a, &b), merge(&b, &a)] {
        assert!(merged.in_progress.is_none());
        assert_eq!(merged.log.len(), 1);
        assert_eq!(total_sets(&merged), 2);
    }
}
