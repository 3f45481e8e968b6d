//! The PR rule (`records::pr::flags`): the cases and properties.
//! e1RM numbers are Wendler's `w · r · 0.0333 + w` (training-math.md §1.1,
//! [S10]) or the RTS chart (§1.2, [S9]), worked by hand.

use liftsheet_domain::bodyweight::{self, BodyweightEntry};
use liftsheet_domain::date::Date;
use liftsheet_domain::import::{self, ImportOptions};
use liftsheet_domain::log::newest_first;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::records::derived::{Derived, Deriving};
use liftsheet_domain::records::holds::hold_records;
use liftsheet_domain::records::pr::{flags, Lookup, PrKind};
use liftsheet_domain::records::progress::exercises_by_recency;
use liftsheet_domain::records::{estimate, record_load, Loads, Records};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::weight::{Unit, Weight};
use proptest::prelude::*;

#[path = "log_support/mod.rs"]
mod log_support;

fn day(d: i64) -> Date {
    Date::from_ymd(2024, 3, 1).unwrap().add_days(d).unwrap()
}

/// A session of one exercise, its sets done as given.
fn session(id: &str, on: i64, lift: &str, sets: Vec<LoggedSet>) -> Session {
    let mut s = Session::new(SessionId::new(id), day(on));
    let ex = s.add_exercise(LoggedExercise::new(lift, lift));
    for set in sets {
        s.add_set(ex, set).unwrap();
    }
    s
}

fn work(w: Weight, reps: u32) -> LoggedSet {
    LoggedSet::done(SetKind::Work, w, reps)
}

/// (session, set id, kind) of every PR, in order.
fn prs(log: &[Session]) -> Vec<(String, u32, PrKind)> {
    flags(log, Loads::weights_only())
        .into_iter()
        .map(|p| (p.at.session.0, p.at.set.0, p.kind))
        .collect()
}

#[test]
fn a_lighter_set_at_fewer_reps_after_a_heavier_one_is_no_pr() {
    // FitNotes exports kg to two decimals of a pound: 37.5 kg is 82.67 lb,
    // 25 kg is 55.12 lb (the importer reads them back as those kg loads; 35
    // kg is 77.16 lb). 25 kg × 4 was the first 4-rep set, so the old rule
    // flagged it; 37.5 kg × 8 just before it shows more.
    let csv =
        "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n\
               2023-11-13,Lat Pulldown,Back,77.16,lbs,8,,,,\n\
               2023-11-20,Lat Pulldown,Back,82.67,lbs,8,,,,\n\
               2023-11-20,Lat Pulldown,Back,55.12,lbs,4,,,,\n";
    let options = ImportOptions::new(Unit::Kg, Date::from_ymd(2026, 12, 2).unwrap());
    let preview = import::preview(csv, &[], &options).unwrap();
    let log = preview.sessions;
    assert_eq!(log.len(), 2);
    let second = &log[1];
    let sets: Vec<(Weight, u32)> = second.lifts[0]
        .sets
        .iter()
        .map(|s| (s.weight, s.reps))
        .collect();
    assert_eq!(
        sets,
        vec![(Weight::kg(37.5), 8), (Weight::kg(25.0), 4)],
        "one session, in file order"
    );
    // 37.5 kg × 8 beats 35 kg × 8 (both kinds); 25 kg × 4 is no PR.
    let got = prs(&log);
    assert_eq!(
        got,
        vec![(
            second.id.0.clone(),
            second.lifts[0].sets[0].id.0,
            PrKind::RepAndE1rm
        )]
    );
}

#[test]
fn a_first_session_sets_the_baseline() {
    // A lifter with a 335 lb 1RM: 175, 205, 235 and 265 × 5 the first day
    // (the old rule flagged all four), then 275 × 5 a week later.
    let lb = Weight::lb;
    let first = session(
        "a",
        0,
        "deadlift",
        vec![
            work(lb(175.0), 5),
            work(lb(205.0), 5),
            work(lb(235.0), 5),
            work(lb(265.0), 5),
        ],
    );
    assert!(prs(std::slice::from_ref(&first)).is_empty());
    let next = session("b", 7, "deadlift", vec![work(lb(275.0), 5)]);
    assert_eq!(
        prs(&[first, next]),
        vec![("b".into(), 0, PrKind::RepAndE1rm)]
    );
}

#[test]
fn a_set_is_judged_against_earlier_sets_of_its_own_session_too() {
    let kg = Weight::kg;
    let log = [
        session("a", 0, "squat", vec![work(kg(100.0), 5)]),
        // 110 × 5 beats 100 × 5; the second 110 × 5 only ties it.
        session(
            "b",
            7,
            "squat",
            vec![work(kg(110.0), 5), work(kg(110.0), 5)],
        ),
    ];
    assert_eq!(prs(&log), vec![("b".into(), 0, PrKind::RepAndE1rm)]);
}

#[test]
fn rep_and_e1rm_prs_apart() {
    let kg = Weight::kg;
    let at_rpe = |w, reps, rpe: u8| LoggedSet {
        rpe: Some(Rpe::from_half_steps(rpe * 2).unwrap()),
        ..work(w, reps)
    };
    let log = [
        // Baseline: 140 × 1 (e1RM 140), 100 × 5 (116.65), 110 × 3 (120.989).
        session(
            "a",
            0,
            "squat",
            vec![work(kg(140.0), 1), work(kg(100.0), 5), work(kg(110.0), 3)],
        ),
        // 105 × 5: heavier than any earlier set of 5 reps or more, e1RM
        // 122.483 < 140: a rep PR only.
        session("b", 7, "squat", vec![work(kg(105.0), 5)]),
        // 105 × 3 @7: 83.7 % on the chart, e1RM 125.448 < 140: none. 130 × 3
        // @9 (89.2 %): e1RM 145.740, and heavier than any set of 3+: both.
        // 125 × 2 @6 (83.7 %): 149.343, but 130 × 3 was heavier: e1RM only.
        session(
            "c",
            14,
            "squat",
            vec![
                at_rpe(kg(105.0), 3, 7),
                at_rpe(kg(130.0), 3, 9),
                at_rpe(kg(125.0), 2, 6),
            ],
        ),
    ];
    assert_eq!(
        prs(&log),
        vec![
            ("b".into(), 0, PrKind::Rep),
            ("c".into(), 1, PrKind::RepAndE1rm),
            ("c".into(), 2, PrKind::E1rm),
        ]
    );
}

#[test]
fn a_missed_set_is_no_pr_but_counts_for_what_it_did() {
    let lb = Weight::lb;
    let mut missed = LoggedSet::planned(SetKind::Work, lb(255.0), 5);
    missed.reps = 4;
    missed.done = true;
    assert!(missed.missed());
    let log = [
        session("a", 0, "squat", vec![work(lb(225.0), 4)]),
        // 255 × 4 of a planned 5: heavier than any earlier 4, but a miss.
        session("b", 7, "squat", vec![missed]),
        // 250 × 4: 255 × 4 was heavier. 260 × 4: a PR.
        session(
            "c",
            14,
            "squat",
            vec![work(lb(250.0), 4), work(lb(260.0), 4)],
        ),
    ];
    assert_eq!(prs(&log), vec![("c".into(), 1, PrKind::RepAndE1rm)]);
}

#[test]
fn the_log_is_judged_in_date_order_then_by_session_id() {
    let kg = Weight::kg;
    // Stored out of order; two sessions on day 7, "b1" started before "b2".
    let log = [
        session("b2", 7, "squat", vec![work(kg(110.0), 5)]),
        session("c", 14, "squat", vec![work(kg(105.0), 5)]),
        session("b1", 7, "squat", vec![work(kg(105.0), 5)]),
        session("a", 0, "squat", vec![work(kg(100.0), 5)]),
    ];
    assert_eq!(
        prs(&log),
        vec![
            ("b1".into(), 0, PrKind::RepAndE1rm),
            ("b2".into(), 0, PrKind::RepAndE1rm),
        ]
    );
}

#[test]
fn weights_compare_by_mass_across_units() {
    // 220.462 lb is 100 kg to the gram: a tie. 225 lb (102.058 kg) beats it.
    let log = [
        session("a", 0, "squat", vec![work(Weight::kg(100.0), 5)]),
        session("b", 7, "squat", vec![work(Weight::lb(220.462), 5)]),
        session("c", 14, "squat", vec![work(Weight::lb(225.0), 5)]),
    ];
    assert_eq!(prs(&log), vec![("c".into(), 0, PrKind::RepAndE1rm)]);
}

#[test]
fn a_bodyweight_exercise_counts_the_bodyweight_of_its_date() {
    let kg = Weight::kg;
    let log = [
        session("a", 0, "chin-up", vec![work(kg(10.0), 5)]),
        session("b", 7, "chin-up", vec![work(kg(10.0), 5)]),
    ];
    // Without a bodyweight the loads are unknown: nothing to judge.
    assert!(flags(&log, Loads::library(&[])).is_empty());
    // 80 kg + 10 on day 0, 82 kg + 10 on day 7: 92 × 5 beats 90 × 5.
    let bw = [
        BodyweightEntry {
            date: day(0),
            weight: kg(80.0),
        },
        BodyweightEntry {
            date: day(5),
            weight: kg(82.0),
        },
    ];
    let got: Vec<_> = flags(&log, Loads::library(&bw))
        .into_iter()
        .map(|p| (p.at.session.0, p.kind))
        .collect();
    assert_eq!(got, vec![("b".to_string(), PrKind::RepAndE1rm)]);
}

// Properties, against the rule stated directly over the counted sets.

const LIFTS: [&str; 2] = ["squat", "chin-up"];

fn arb_set() -> impl Strategy<Value = LoggedSet> {
    (
        0usize..5,
        0i64..8,
        any::<bool>(),
        prop_oneof![9 => 0u32..8, 1 => 8u32..14],
        proptest::option::of(12u8..=20),
        proptest::bool::weighted(0.85),
        proptest::option::weighted(0.2, 1u32..8),
    )
        .prop_map(|(kind, steps, lb, reps, rpe, done, target)| {
            let kind = [
                SetKind::Warmup,
                SetKind::Work,
                SetKind::Amrap,
                SetKind::Supplemental,
                SetKind::Accessory,
            ][kind];
            // Few weights and rep counts, so ties are common; in lb, the
            // same masses (100 kg is 220.462 lb): ties across units too.
            let kg = Weight::kg(10.0 * steps as f64);
            let weight = if lb { kg.to(Unit::Lb) } else { kg };
            LoggedSet {
                rpe: rpe.and_then(|r| Rpe::from_half_steps(r).ok()),
                done,
                target_reps: target,
                ..LoggedSet::done(kind, weight, reps)
            }
        })
}

/// A log of up to 8 sessions on up to 5 dates (so some share one), each
/// with one or two exercises, and the bodyweight readings.
fn arb_log() -> impl Strategy<Value = (Vec<Session>, Vec<BodyweightEntry>)> {
    let sessions = proptest::collection::vec(
        (
            0i64..5,
            proptest::collection::vec(
                (0usize..2, proptest::collection::vec(arb_set(), 0..5)),
                1..3,
            ),
        ),
        0..8,
    );
    let readings = proptest::collection::vec((0i64..5, 60i64..100), 0..3);
    (sessions, readings).prop_map(|(sessions, readings)| {
        let log = sessions
            .into_iter()
            .enumerate()
            .map(|(i, (on, exercises))| {
                let mut s = Session::new(SessionId::new(format!("s{i}")), day(on * 7));
                for (lift, sets) in exercises {
                    let ex = s.add_exercise(LoggedExercise::new(LIFTS[lift], LIFTS[lift]));
                    for set in sets {
                        s.add_set(ex, set).unwrap();
                    }
                }
                s
            })
            .collect();
        let mut bw = Vec::new();
        for (on, kg) in readings {
            bodyweight::record(
                &mut bw,
                BodyweightEntry {
                    date: day(on * 7),
                    weight: Weight::kg(kg as f64),
                },
            );
        }
        (log, bw)
    })
}

/// One set that counts, as the rule sees it.
#[derive(Clone, Debug)]
struct Counted {
    /// Index of its session in the order the log happened.
    session: usize,
    session_id: String,
    set: u32,
    lift: &'static str,
    reps: u32,
    missed: bool,
    /// Thousandths of a kg.
    load: i64,
    e1rm: Option<i64>,
}

/// Every counted set in the order the log happened, sorted here by
/// (date, id) and walked set by set, independently of the library's walk.
fn counted(log: &[Session], bw: &[BodyweightEntry]) -> Vec<Counted> {
    let mut order: Vec<&Session> = log.iter().collect();
    order.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let mut out = Vec::new();
    for (i, s) in order.iter().enumerate() {
        for ex in &s.lifts {
            let lift = LIFTS.iter().find(|l| **l == ex.lift).unwrap();
            for set in &ex.sets {
                let Some(load) = record_load(Loads::library(bw), lift, s.date, set, Unit::Kg)
                else {
                    continue;
                };
                out.push(Counted {
                    session: i,
                    session_id: s.id.0.clone(),
                    set: set.id.0,
                    lift,
                    reps: set.reps,
                    missed: set.missed(),
                    load: load.total.milli(),
                    e1rm: estimate(load.total, set.reps, set.rpe).map(|w| w.milli()),
                });
            }
        }
    }
    out
}

fn flagged(log: &[Session], bw: &[BodyweightEntry]) -> Vec<(String, u32, PrKind)> {
    flags(log, Loads::library(bw))
        .into_iter()
        .map(|p| (p.at.session.0, p.at.set.0, p.kind))
        .collect()
}

/// What History derives made a slice at a time is what it is made in one
/// go, and each part is what it is worked out alone over the whole log.
fn derived_in_slices_is_the_whole(
    log: &[Session],
    bw: &[BodyweightEntry],
    unit: Unit,
    work: usize,
) {
    let whole = Derived::of(log, bw, unit);
    let mut deriving = Deriving::new(log, bw, unit);
    let mut steps = 0;
    while !deriving.step(work) {
        steps += 1;
        assert!(steps <= log.len(), "never done");
        let (done, of) = deriving.progress();
        assert!(done > 0 && done < of);
    }
    assert_eq!(deriving.finish(), whole, "in steps of {work} sets");
    let records = Records::compute_with(log, unit, Loads::library(bw));
    assert_eq!(whole.prs, Lookup::new(&flags(log, Loads::library(bw))));
    assert_eq!(whole.records, records);
    assert_eq!(whole.holds, hold_records(log, unit));
    assert_eq!(whole.exercises, exercises_by_recency(log));
    let newest: Vec<&Session> = whole.newest.iter().map(|&i| &log[i]).collect();
    assert_eq!(newest, newest_first(log));
}

#[test]
fn ten_years_derived_in_slices_are_the_whole() {
    let doc = log_support::ten_year_document();
    for work in [1, 19, 500, 40_000] {
        derived_in_slices_is_the_whole(&doc.log, &doc.bodyweight, Unit::Kg, work);
    }
    derived_in_slices_is_the_whole(&doc.log, &doc.bodyweight, Unit::Lb, 300);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn what_history_derives_in_slices_is_the_whole(
        (log, bw) in arb_log(),
        work in 1usize..12,
        lb in any::<bool>(),
    ) {
        derived_in_slices_is_the_whole(&log, &bw, if lb { Unit::Lb } else { Unit::Kg }, work);
    }

    #[test]
    fn no_set_of_an_exercises_first_session_is_a_pr((log, bw) in arb_log()) {
        let sets = counted(&log, &bw);
        for (id, set, _) in flagged(&log, &bw) {
            let c = sets.iter().find(|c| c.session_id == id && c.set == set).unwrap();
            let first = sets.iter().find(|e| e.lift == c.lift).unwrap();
            prop_assert!(first.session < c.session, "{id} {set} is in its first session");
        }
    }

    #[test]
    fn a_missed_set_is_never_a_pr((log, bw) in arb_log()) {
        let sets = counted(&log, &bw);
        for (id, set, _) in flagged(&log, &bw) {
            let c = sets.iter().find(|c| c.session_id == id && c.set == set).unwrap();
            prop_assert!(!c.missed);
        }
    }

    /// A flagged set beats every earlier set as its kind says; a set of a
    /// later session, not missed, that beats them is flagged.
    #[test]
    fn a_pr_beats_every_earlier_set_and_a_set_that_does_is_one((log, bw) in arb_log()) {
        let sets = counted(&log, &bw);
        let got = flagged(&log, &bw);
        for (i, c) in sets.iter().enumerate() {
            let earlier: Vec<&Counted> = sets[..i].iter().filter(|e| e.lift == c.lift).collect();
            let heavier_at_reps = earlier.iter().filter(|e| e.reps >= c.reps).all(|e| c.load > e.load);
            let estimates: Vec<i64> = earlier.iter().filter_map(|e| e.e1rm).collect();
            let higher_e1rm = c.e1rm.is_some_and(|x| !estimates.is_empty() && estimates.iter().all(|e| x > *e));
            let judged = !c.missed && earlier.first().is_some_and(|first| first.session < c.session);
            let flag = got.iter().find(|(id, set, _)| *id == c.session_id && *set == c.set).map(|f| f.2);
            match flag {
                Some(kind) => {
                    prop_assert!(judged);
                    prop_assert_eq!(kind.is_rep(), heavier_at_reps, "{:?}", c);
                    prop_assert_eq!(kind.is_e1rm(), higher_e1rm, "{:?}", c);
                }
                None => prop_assert!(!judged || (!heavier_at_reps && !higher_e1rm), "{:?} is not flagged", c),
            }
        }
        // Only counted sets are flagged.
        prop_assert!(got.iter().all(|(id, set, _)| sets.iter().any(|c| c.session_id == *id && c.set == *set)));
    }

    /// Finding a set's flag by set (History's pages) gives what a scan of
    /// the flags gives, for every set of the log.
    #[test]
    fn the_lookup_finds_each_sets_flag((log, bw) in arb_log()) {
        let all = flags(&log, Loads::library(&bw));
        let lookup = Lookup::new(&all);
        for session in &log {
            for (_, set) in session.sets() {
                let scanned = all.iter().find(|p| p.at.session == session.id && p.at.set == set.id).map(|p| p.kind);
                prop_assert_eq!(lookup.of(&session.id, set.id), scanned);
            }
            let mine = all.iter().filter(|p| p.at.session == session.id).count();
            prop_assert_eq!(lookup.session(&session.id).len(), mine);
        }
    }

    /// The order sessions are stored in doesn't matter: dates (then ids) do.
    #[test]
    fn stored_order_changes_nothing(
        ((log, bw), order) in arb_log().prop_flat_map(|(log, bw)| {
            let n = log.len();
            (Just((log, bw)), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let shuffled: Vec<Session> = order.iter().map(|&i| log[i].clone()).collect();
        // Flags come in the order the log happened: the same list.
        prop_assert_eq!(flagged(&shuffled, &bw), flagged(&log, &bw));
    }

    /// A later session never takes a PR away from an earlier set.
    #[test]
    fn a_pr_stays_a_pr((log, bw) in arb_log(), later in proptest::collection::vec(arb_set(), 0..5)) {
        let before = flagged(&log, &bw);
        let mut more = log.clone();
        more.push(session("zz", 60, "squat", later));
        let after = flagged(&more, &bw);
        prop_assert_eq!(&after[..before.len()], &before[..]);
        prop_assert!(after[before.len()..].iter().all(|(id, _, _)| id == "zz"));
    }
}
