//! Progress at a glance (History): RPE-aware e1RM, best set per rep count,
//! weekly volume and hard sets, the trend since a date, bodyweight and
//! bodyweight-plus loads, and the bodyweight log in the stored document.
//! RPE numbers are the RTS chart (training-math.md §1.2, [S9]), the others
//! Wendler's `w · r · 0.0333 + w` (§1.1, [S10]), worked by hand.

use liftsheet_domain::bodyweight::{self, BodyweightEntry};
use liftsheet_domain::date::Date;
use liftsheet_domain::document::bodyweight::{apply, Change};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::records::progress::{
    exercises_by_recency, is_hard_set, trend, weekly, IsoWeek, Volume,
};
use liftsheet_domain::records::{load_text, Loads, Records};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::store::{self, merge, StoredDocument};
use liftsheet_domain::weight::{Unit, Weight};
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn set(kind: SetKind, w: Weight, reps: u32, rpe: Option<f64>) -> LoggedSet {
    LoggedSet {
        rpe: rpe.map(|r| Rpe::from_half_steps((r * 2.0) as u8).unwrap()),
        ..LoggedSet::done(kind, w, reps)
    }
}

fn session(id: &str, on: Date, lift: &str, sets: Vec<LoggedSet>) -> Session {
    let mut s = Session::new(SessionId::new(id), on);
    let name = match lift {
        "squat" => "Squat",
        "chin-up" => "Chin-up",
        other => other,
    };
    let ex = s.add_exercise(LoggedExercise::new(lift, name));
    for x in sets {
        s.add_set(ex, x).unwrap();
    }
    s
}

#[test]
fn e1rm_uses_the_rpe_where_logged_and_wendler_otherwise() {
    use SetKind::Work;
    let log = vec![
        // 100 × 5 @8: 81.1 % on the RTS chart -> 100 / 0.811 = 123.3046 kg.
        session(
            "a",
            date(2024, 3, 1),
            "squat",
            vec![set(Work, Weight::kg(100.0), 5, Some(8.0))],
        ),
        // 100 × 5, no RPE: 100 · 5 · 0.0333 + 100 = 116.65 kg.
        session(
            "b",
            date(2024, 3, 8),
            "squat",
            vec![set(Work, Weight::kg(100.0), 5, None)],
        ),
        // 140 × 1 @10 is 100 %: 140 kg. RPE 5 is off the chart: Wendler (120 × 3 = 131.988).
        session(
            "c",
            date(2024, 3, 15),
            "squat",
            vec![
                set(Work, Weight::kg(140.0), 1, Some(10.0)),
                set(Work, Weight::kg(120.0), 3, Some(5.0)),
            ],
        ),
        // 60 × 12 @8: index 2·11 + 4 = 26 of the chart, 62.6 %: 95.847 kg,
        // although Wendler alone would give no estimate past 10 reps.
        session(
            "d",
            date(2024, 3, 22),
            "squat",
            vec![set(Work, Weight::kg(60.0), 12, Some(8.0))],
        ),
    ];
    let r = Records::compute(&log, Unit::Kg);
    let series: Vec<Weight> = r
        .lift("squat")
        .unwrap()
        .e1rm_series
        .iter()
        .map(|p| p.e1rm)
        .collect();
    assert_eq!(
        series,
        vec![
            Weight::kg(123.305),
            Weight::kg(116.65),
            Weight::kg(140.0),
            Weight::kg(95.847)
        ]
    );
    assert_eq!(
        r.lift("squat").unwrap().best_e1rm.as_ref().unwrap().e1rm,
        Weight::kg(140.0)
    );
}

#[test]
fn best_set_per_rep_count_with_its_date() {
    use SetKind::*;
    let log = vec![
        session(
            "a",
            date(2024, 3, 1),
            "squat",
            vec![
                set(Warmup, Weight::kg(200.0), 5, None),
                set(Work, Weight::kg(100.0), 5, None),
                set(Work, Weight::kg(110.0), 3, None),
            ],
        ),
        session(
            "b",
            date(2024, 3, 8),
            "squat",
            vec![
                set(Work, Weight::kg(105.0), 5, None),
                set(Amrap, Weight::kg(100.0), 8, None),
            ],
        ),
    ];
    let r = Records::compute(&log, Unit::Kg);
    let best: Vec<(u32, Weight, Date)> = r
        .lift("squat")
        .unwrap()
        .rep_records
        .iter()
        .map(|x| (x.reps, x.weight, x.date))
        .collect();
    assert_eq!(
        best,
        vec![
            (3, Weight::kg(110.0), date(2024, 3, 1)),
            (5, Weight::kg(105.0), date(2024, 3, 8)),
            (8, Weight::kg(100.0), date(2024, 3, 8)),
        ]
    );
}

#[test]
fn weekly_volume_by_iso_week_across_a_year_end() {
    use SetKind::*;
    let log = vec![
        // Sunday 2024-12-29: ISO 2024-W52.
        session(
            "a",
            date(2024, 12, 29),
            "squat",
            vec![set(Work, Weight::kg(100.0), 5, None)],
        ),
        // Monday 2024-12-30 and Wednesday 2025-01-01: both 2025-W01.
        session(
            "b",
            date(2024, 12, 30),
            "squat",
            vec![
                set(Warmup, Weight::kg(60.0), 5, None),
                set(Work, Weight::kg(100.0), 5, Some(8.0)),
                set(Work, Weight::kg(100.0), 5, Some(6.0)),
            ],
        ),
        session(
            "c",
            date(2025, 1, 1),
            "squat",
            vec![set(Supplemental, Weight::lb(110.0), 10, None)],
        ),
    ];
    let weeks = weekly(&log, "squat", Unit::Kg, Loads::weights_only());
    assert_eq!(weeks.len(), 2);
    assert_eq!((weeks[0].week.year, weeks[0].week.week), (2024, 52));
    assert_eq!(weeks[0].volume, Volume::Known(Weight::kg(500.0)));
    assert_eq!((weeks[1].week.year, weeks[1].week.week), (2025, 1));
    assert_eq!(weeks[1].week.monday, date(2024, 12, 30));
    // 2 × 500 kg + 10 × 110 lb (49.895 kg each: 498.95 kg), warm-up left out.
    assert_eq!(weeks[1].volume, Volume::Known(Weight::kg(1498.95)));
    assert_eq!(weeks[1].sets, 3);
    // RPE 6 is not hard; the supplemental set without an RPE is.
    assert_eq!(weeks[1].hard_sets, 2);
    assert_eq!(IsoWeek::of(date(2025, 1, 5)), weeks[1].week);
}

#[test]
fn hard_sets() {
    use SetKind::*;
    let w = Weight::kg(100.0);
    assert!(is_hard_set(&set(Work, w, 5, None)));
    assert!(is_hard_set(&set(Amrap, w, 5, Some(7.0))));
    assert!(!is_hard_set(&set(Work, w, 5, Some(6.5))));
    assert!(!is_hard_set(&set(Warmup, w, 5, None)));
    assert!(!is_hard_set(&set(Hold, w, 30, None)));
    let not_done = LoggedSet {
        done: false,
        ..set(Work, w, 5, None)
    };
    assert!(!is_hard_set(&not_done));
}

#[test]
fn trend_since_a_date() {
    use SetKind::Work;
    let log: Vec<Session> = [(1, 100.0), (15, 105.0), (29, 110.0)]
        .iter()
        .map(|&(d, kg)| {
            session(
                &format!("s{d}"),
                date(2024, 3, d),
                "squat",
                vec![set(Work, Weight::kg(kg), 1, None)],
            )
        })
        .collect();
    let r = Records::compute(&log, Unit::Kg);
    let series = &r.lift("squat").unwrap().e1rm_series;
    let t = trend(series, date(2024, 2, 1)).unwrap();
    assert_eq!(t.change, Weight::kg(10.0));
    assert_eq!(t.percent_tenths, 100);
    assert_eq!(t.text(), "+10 kg (+10 %)");
    let t = trend(series, date(2024, 3, 10)).unwrap();
    assert_eq!(t.from.date, date(2024, 3, 15));
    assert_eq!(t.text(), "+5 kg (+4.8 %)");
    // One point since then: no trend, the value is shown instead.
    assert!(trend(series, date(2024, 3, 20)).is_none());
}

#[test]
fn bodyweight_plus_loads_are_bodyweight_and_added_weight() {
    use SetKind::Work;
    let bw = vec![
        BodyweightEntry {
            date: date(2024, 3, 1),
            weight: Weight::kg(80.0),
        },
        BodyweightEntry {
            date: date(2024, 3, 10),
            weight: Weight::lb(176.0),
        },
    ];
    let log = vec![
        // On 3-5 the latest reading is 80 kg: 80 + 10 = 90 kg × 5.
        session(
            "a",
            date(2024, 3, 5),
            "chin-up",
            vec![set(Work, Weight::kg(10.0), 5, None)],
        ),
        // On 3-12: 176 lb = 79.832 kg, + 0: bodyweight alone × 8.
        session(
            "b",
            date(2024, 3, 12),
            "chin-up",
            vec![set(Work, Weight::kg(0.0), 8, None)],
        ),
    ];
    let r = Records::compute_with(&log, Unit::Kg, Loads::library(&bw));
    let chin = r.lift("chin-up").unwrap();
    assert_eq!(chin.rep_records[0].weight, Weight::kg(90.0));
    assert_eq!(chin.rep_records[0].bodyweight, Some(Weight::kg(80.0)));
    assert_eq!(chin.rep_records[1].weight, Weight::kg(79.832));
    // 90 · 5 · 0.0333 + 90 = 104.985 kg.
    assert_eq!(chin.e1rm_series[0].e1rm, Weight::kg(104.985));
    assert_eq!(
        load_text(
            chin.rep_records[0].logged,
            chin.rep_records[0].bodyweight,
            Unit::Kg
        ),
        "BW + 10 kg"
    );
    assert_eq!(
        load_text(Weight::kg(0.0), Some(Weight::kg(80.0)), Unit::Kg),
        "BW"
    );
    let weeks = weekly(&log, "chin-up", Unit::Kg, Loads::library(&bw));
    assert_eq!(weeks[0].volume, Volume::Known(Weight::kg(450.0)));
    // A caller-supplied predicate works the same (the lookup is only a default).
    let dips = |lift: &str| lift == "dip";
    let loads = Loads {
        bodyweight: &bw,
        is_bodyweight_plus: &dips,
    };
    let log = vec![session(
        "c",
        date(2024, 3, 5),
        "dip",
        vec![set(Work, Weight::kg(20.0), 3, None)],
    )];
    let r = Records::compute_with(&log, Unit::Kg, loads);
    assert_eq!(
        r.lift("dip").unwrap().rep_records[0].weight,
        Weight::kg(100.0)
    );
    // Without any bodyweight the load is unknown: no record rather than a wrong one.
    let r = Records::compute_with(
        &log,
        Unit::Kg,
        Loads {
            bodyweight: &[],
            ..loads
        },
    );
    assert!(r.lift("dip").is_none());
    // Nor a volume of 0 kg: the week's set counts, its volume needs a bodyweight.
    let weeks = weekly(
        &log,
        "dip",
        Unit::Kg,
        Loads {
            bodyweight: &[],
            ..loads
        },
    );
    assert_eq!(weeks[0].sets, 1);
    assert_eq!(weeks[0].volume, Volume::NeedsBodyweight);
}

#[test]
fn back_extensions_count_the_bodyweight_of_the_sessions_date() {
    use SetKind::Work;
    // The case: back extensions read "volume 0 lb" until a
    // bodyweight was logged.
    let log = vec![
        session(
            "a",
            date(2024, 3, 4),
            "back-extension",
            vec![
                set(Work, Weight::lb(0.0), 12, None),
                set(Work, Weight::lb(25.0), 10, None),
            ],
        ),
        session(
            "b",
            date(2024, 3, 11),
            "back-extension",
            vec![set(Work, Weight::lb(0.0), 15, None)],
        ),
    ];
    let none = weekly(&log, "back-extension", Unit::Lb, Loads::library(&[]));
    assert!(none.iter().all(|w| w.volume == Volume::NeedsBodyweight));
    assert_eq!(none.iter().map(|w| w.sets).sum::<u32>(), 3);
    // 180 lb on 3-1, 178 lb on 3-10: 180 · 12 + 205 · 10 = 4210 lb, then
    // 178 · 15 = 2670 lb.
    let bw = [
        BodyweightEntry {
            date: date(2024, 3, 1),
            weight: Weight::lb(180.0),
        },
        BodyweightEntry {
            date: date(2024, 3, 10),
            weight: Weight::lb(178.0),
        },
    ];
    let weeks = weekly(&log, "back-extension", Unit::Lb, Loads::library(&bw));
    let volumes: Vec<Volume> = weeks.iter().map(|w| w.volume).collect();
    assert_eq!(
        volumes,
        vec![
            Volume::Known(Weight::lb(4210.0)),
            Volume::Known(Weight::lb(2670.0))
        ]
    );
    // The e1RM counts it too: 205 × 10 is 205 · 10 · 0.0333 + 205 = 273.265 lb.
    let r = Records::compute_with(&log, Unit::Lb, Loads::library(&bw));
    let best = r.lift("back-extension").unwrap().best_e1rm.clone().unwrap();
    assert_eq!(best.e1rm, Weight::lb(273.265));
    assert_eq!(
        load_text(best.logged, best.bodyweight, Unit::Lb),
        "BW + 25 lb"
    );
}

#[test]
fn exercises_most_recent_first() {
    use SetKind::Work;
    let w = Weight::kg(50.0);
    let log = vec![
        session("a", date(2024, 3, 1), "squat", vec![set(Work, w, 5, None)]),
        session(
            "b",
            date(2024, 3, 8),
            "chin-up",
            vec![set(Work, w, 5, None)],
        ),
        session("c", date(2024, 3, 4), "squat", vec![set(Work, w, 5, None)]),
    ];
    let keys: Vec<String> = exercises_by_recency(&log)
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(keys, vec!["chin-up", "squat"]);
}

#[test]
fn one_bodyweight_per_date_in_the_document_and_through_a_merge() {
    let today = date(2024, 3, 20);
    let log = |doc: &mut StoredDocument, d: u32, w: Weight| {
        apply(
            doc,
            Change::Log {
                date: date(2024, 3, d),
                weight: w,
                today,
            },
        )
        .unwrap()
    };
    let mut a = StoredDocument::default();
    log(&mut a, 1, Weight::kg(80.0));
    log(&mut a, 1, Weight::kg(80.4));
    assert_eq!(
        a.bodyweight.len(),
        1,
        "the second reading of a date replaces the first"
    );
    let mut b = a.clone();
    log(&mut a, 5, Weight::kg(80.1));
    log(&mut b, 6, Weight::lb(177.0));
    log(&mut b, 1, Weight::kg(81.0));
    apply(
        &mut b,
        Change::Remove {
            date: date(2024, 3, 1),
        },
    )
    .unwrap();
    // a's own 3-1 reading (80.4) is not the one b removed (81.0): it stays.
    let m = merge(&a, &b);
    let dates: Vec<u32> = m.bodyweight.iter().map(|e| e.date.day()).collect();
    assert_eq!(dates, vec![1, 5, 6]);
    assert!(bodyweight::is_well_formed(&m.bodyweight));
    // b removes 3-5 after seeing a's: the merge either way keeps it removed.
    let mut b2 = m.clone();
    apply(
        &mut b2,
        Change::Remove {
            date: date(2024, 3, 5),
        },
    )
    .unwrap();
    for merged in [merge(&a, &b2), merge(&b2, &a)] {
        let dates: Vec<u32> = merged.bodyweight.iter().map(|e| e.date.day()).collect();
        assert_eq!(dates, vec![1, 6]);
    }
    // Same date in both copies: the primary's reading wins, the other isn't duplicated.
    let mut c = StoredDocument::default();
    log(&mut c, 6, Weight::kg(79.0));
    assert_eq!(
        merge(&c, &b)
            .bodyweight
            .iter()
            .find(|e| e.date.day() == 6)
            .unwrap()
            .weight,
        Weight::kg(79.0)
    );
    // Stored and read back.
    let text = store::encode(&m);
    assert_eq!(store::decode(&text).unwrap(), m);
    assert_eq!(
        bodyweight::latest_on(&m.bodyweight, date(2024, 3, 5))
            .unwrap()
            .weight,
        Weight::kg(80.1)
    );
}

fn arb_set() -> impl Strategy<Value = LoggedSet> {
    (
        0usize..6,
        -5_000i64..2_000_000,
        any::<bool>(),
        0u32..1000,
        proptest::option::of(2u8..=20),
        any::<bool>(),
    )
        .prop_map(|(kind, milli, lb, reps, rpe, done)| {
            let kind = [
                SetKind::Warmup,
                SetKind::Work,
                SetKind::Amrap,
                SetKind::Supplemental,
                SetKind::Accessory,
                SetKind::Hold,
            ][kind];
            let unit = if lb { Unit::Lb } else { Unit::Kg };
            LoggedSet {
                rpe: rpe.and_then(|r| Rpe::from_half_steps(r).ok()),
                done,
                ..LoggedSet::done(kind, Weight::from_milli(milli.max(0), unit), reps)
            }
        })
}

proptest! {
    #[test]
    fn progress_never_panics_or_makes_nan(
        sessions in proptest::collection::vec(
            (0i64..4000, 0usize..3, proptest::collection::vec(arb_set(), 0..6)),
            0..12,
        ),
        bw in proptest::collection::vec((0i64..4000, 20_000i64..300_000), 0..5),
        since in 0i64..4000,
    ) {
        let start = date(2015, 1, 1);
        let lifts = ["squat", "chin-up", "kb-swing"];
        let log: Vec<Session> = sessions
            .into_iter()
            .enumerate()
            .map(|(i, (day, lift, sets))| {
                session(&format!("s{i}"), start.add_days(day).unwrap(), lifts[lift], sets)
            })
            .collect();
        let mut readings = Vec::new();
        for (day, milli) in bw {
            bodyweight::record(&mut readings, BodyweightEntry {
                date: start.add_days(day).unwrap(),
                weight: Weight::from_milli(milli, Unit::Kg),
            });
        }
        for unit in [Unit::Kg, Unit::Lb] {
            let loads = Loads::library(&readings);
            let r = Records::compute_with(&log, unit, loads);
            for rec in r.lifts.values() {
                let series = &rec.e1rm_series;
                prop_assert!(series.windows(2).all(|w| w[0].date < w[1].date));
                prop_assert!(series.iter().all(|p| p.e1rm.is_positive()));
                if let Some(l) = liftsheet_domain::records::chart::layout(series, liftsheet_domain::records::chart::Frame::phone()) {
                    prop_assert!(l.points.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
                }
                if let Some(t) = trend(series, start.add_days(since).unwrap()) {
                    prop_assert!(!t.text().is_empty());
                }
            }
            for lift in lifts {
                let weeks = weekly(&log, lift, unit, loads);
                prop_assert!(weeks.windows(2).all(|w| w[0].week < w[1].week));
                prop_assert!(weeks.iter().all(|w| w.hard_sets <= w.sets));
                for w in &weeks {
                    match w.volume {
                        Volume::Known(v) => prop_assert!(v.milli() >= 0),
                        // Only a bodyweight exercise with no bodyweight logged.
                        Volume::NeedsBodyweight => prop_assert!(lift == "chin-up" && readings.is_empty()),
                    }
                }
                let bars: Vec<(Date, Weight)> = weeks.iter().filter_map(|w| Some((w.week.monday, w.volume.known()?))).collect();
                if let Some(b) = liftsheet_domain::records::chart::bars(&bars, liftsheet_domain::records::chart::Frame::phone()) {
                    prop_assert!(b.bars.iter().all(|x| x.y.is_finite() && x.height.is_finite() && x.height >= 0.0));
                }
            }
        }
    }
}
