//! Personal records from a hand-built log. e1RM numbers are Wendler's
//! `w · r · 0.0333 + w` (training-math.md §1.1, [S10]) worked by hand.

use liftsheet_domain::date::Date;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetId, SetKind};
use liftsheet_domain::records::{pr, Records};
use liftsheet_domain::weight::{Unit, Weight};

fn session(id: &str, day: u32, sets: &[(SetKind, Weight, u32, bool)]) -> Session {
    let mut s = Session::new(SessionId::new(id), Date::from_ymd(2024, 3, day).unwrap());
    let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
    for &(kind, w, reps, done) in sets {
        let set = LoggedSet {
            done,
            ..LoggedSet::done(kind, w, reps)
        };
        s.add_set(ex, set).unwrap();
    }
    s
}

fn log() -> Vec<Session> {
    use SetKind::*;
    let first = session(
        "one",
        1,
        &[
            (Warmup, Weight::kg(150.0), 5, true), // warm-ups never count
            (Work, Weight::kg(100.0), 5, true),   // id 1
            (Work, Weight::kg(105.0), 3, true),   // id 2
            (Amrap, Weight::kg(110.0), 8, true),  // id 3
            (Supplemental, Weight::kg(140.0), 10, true),
            (Work, Weight::kg(200.0), 1, false), // not done
        ],
    );
    let second = session(
        "two",
        8,
        &[
            (Work, Weight::kg(102.5), 5, true),   // id 0
            (Amrap, Weight::kg(110.0), 8, true),  // id 1: a tie is no PR
            (Work, Weight::lb(250.0), 1, true),   // id 2: 113.398 kg
            (Amrap, Weight::kg(100.0), 15, true), // id 3: too many reps for an e1RM
            (Work, Weight::kg(0.0), 12, true),    // bodyweight: no record
        ],
    );
    // Out of order on purpose: records go by date.
    vec![second, first]
}

#[test]
fn rep_records_are_the_heaviest_counted_set_per_rep_count() {
    let r = Records::compute(&log(), Unit::Kg);
    let squat = r.lift("squat").unwrap();
    let got: Vec<(u32, i64, &str)> = squat
        .rep_records
        .iter()
        .map(|x| (x.reps, x.weight.milli(), x.at.session.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (1, 113_398, "two"), // 250 lb × 0.45359237
            (3, 105_000, "one"),
            (5, 102_500, "two"),
            (8, 110_000, "one"), // the later tie doesn't take it
            (15, 100_000, "two"),
        ]
    );
}

#[test]
fn best_e1rm_ignores_sets_past_ten_reps() {
    let r = Records::compute(&log(), Unit::Kg);
    let best = r.lift("squat").unwrap().best_e1rm.clone().unwrap();
    // 110 × 8: 110 + 110·8·0.0333 = 139.304. (100 × 15 would be 149.95.)
    assert_eq!(best.e1rm, Weight::kg(139.304));
    assert_eq!(
        (best.reps, best.at.session.as_str(), best.at.set),
        (8, "one", SetId(3))
    );
}

#[test]
fn series_has_the_best_e1rm_of_each_date() {
    let r = Records::compute(&log(), Unit::Kg);
    let series: Vec<(String, i64)> = r
        .lift("squat")
        .unwrap()
        .e1rm_series
        .iter()
        .map(|p| (p.date.to_string(), p.e1rm.milli()))
        .collect();
    // Day 2: max(102.5×5 = 119.566, 110×8 = 139.304, 113.398×1 = 113.398).
    assert_eq!(
        series,
        vec![
            ("2024-03-01".into(), 139_304),
            ("2024-03-08".into(), 139_304)
        ]
    );
}

#[test]
fn pr_flags_mark_sets_that_beat_all_earlier_ones() {
    use liftsheet_domain::records::PrKind::Rep;
    let r = Records::compute(&log(), Unit::Kg);
    let flags: Vec<(&str, u32, _)> = r
        .prs
        .iter()
        .map(|p| (p.at.session.as_str(), p.at.set.0, p.kind))
        .collect();
    // Session one is the squat's baseline: its records are no PRs.
    // 102.5 × 5: 110 × 8 was heavier at more reps, and its e1RM (119.566)
    // is below 139.304. 110 × 8 again is a tie.
    assert_eq!(
        flags,
        vec![
            ("two", 2, Rep), // 250 lb single: heavier than any earlier set
            ("two", 3, Rep), // 100 × 15: no earlier set of 15 reps or more
        ]
    );
    let lookup = pr::Lookup::new(&r.prs);
    assert!(lookup.of(&SessionId::new("two"), SetId(0)).is_none());
    assert!(lookup.of(&SessionId::new("two"), SetId(1)).is_none());
    assert_eq!(lookup.of(&SessionId::new("two"), SetId(2)), Some(Rep));
}

#[test]
fn records_in_pounds_rank_the_same() {
    let kg = Records::compute(&log(), Unit::Kg);
    let lb = Records::compute(&log(), Unit::Lb);
    assert_eq!(lb.unit, Unit::Lb);
    assert_eq!(kg.prs, lb.prs);
    let single = &lb.lift("squat").unwrap().rep_records[0];
    assert_eq!(single.weight, Weight::lb(250.0));
}

#[test]
fn lifts_with_only_uncounted_sets_have_no_records() {
    let s = session("w", 1, &[(SetKind::Warmup, Weight::kg(60.0), 5, true)]);
    let r = Records::compute(&[s], Unit::Kg);
    assert!(r.lifts.is_empty() && r.prs.is_empty());
    assert!(Records::compute(&[], Unit::Kg).lifts.is_empty());
}

#[test]
fn a_missed_set_is_never_a_pr() {
    // 255 × 5 planned, 255 × 4 done: heavier than any earlier 4-rep set, but
    // a miss.
    let mut earlier = session("a", 1, &[(SetKind::Work, Weight::lb(225.0), 4, true)]);
    earlier.finish();
    let mut missed = Session::new(SessionId::new("b"), Date::from_ymd(2024, 3, 8).unwrap());
    let ex = missed.add_exercise(LoggedExercise::new("squat", "Squat"));
    let mut set = LoggedSet::planned(SetKind::Work, Weight::lb(255.0), 5);
    set.reps = 4;
    set.done = true;
    assert!(set.missed());
    missed.add_set(ex, set.clone()).unwrap();
    let records = Records::compute(&[earlier.clone(), missed.clone()], Unit::Lb);
    assert!(records.prs.iter().all(|p| p.at.session != missed.id));
    // It still happened: 255 × 4 is the best 4-rep set.
    let best = &records.lift("squat").unwrap().rep_records[0];
    assert_eq!((best.reps, best.weight), (4, Weight::lb(255.0)));
    // The same set made in full is one.
    let mut made = missed.clone();
    made.lifts[0].sets[0].reps = 5;
    let records = Records::compute(&[earlier, made.clone()], Unit::Lb);
    assert!(records.prs.iter().any(|p| p.at.session == made.id));
}

#[test]
fn an_accessorys_own_sets_make_its_records() {
    let mut s = session("a", 1, &[]);
    let mut pulls = LoggedExercise::new("block-pull", "Block pull");
    for _ in 0..3 {
        pulls
            .sets
            .push(LoggedSet::done(SetKind::Accessory, Weight::kg(100.0), 5));
    }
    s.lifts.push(pulls);
    let r = Records::compute(&[s], Unit::Kg);
    let pulls = r.lift("block-pull").expect("block pulls have records");
    assert_eq!(pulls.rep_records[0].reps, 5);
    assert_eq!(pulls.rep_records[0].weight, Weight::kg(100.0));
    assert_eq!(pulls.e1rm_series.len(), 1);
}
