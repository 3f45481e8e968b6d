//! Warm-up ladders (training-math.md §5, §2.4).

use liftsheet_domain::plates::{self, Aim, BarSetup, Collars, PlateStock};
use liftsheet_domain::warmup::{self, LadderOptions, PercentStep, Scheme, WarmupError, WarmupStep};
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;
use std::cmp::Ordering;

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}
fn lb(v: f64) -> Weight {
    Weight::lb(v)
}

fn summary(steps: &[WarmupStep]) -> Vec<(Weight, u32, u32)> {
    steps.iter().map(|s| (s.weight, s.reps, s.sets)).collect()
}

#[test]
fn five_three_one_is_40_50_60_of_tm() {
    // 40 % × 5, 50 % × 5, 60 % × 3 of TM ([S20]).
    let scheme = Scheme::FiveThreeOne {
        training_max: kg(100.0),
    };
    let steps = warmup::ladder(
        kg(65.0),
        &scheme,
        &BarSetup::kg_standard(),
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(
        summary(&steps),
        vec![(kg(40.0), 5, 1), (kg(50.0), 5, 1), (kg(60.0), 3, 1)]
    );
    // A 5/3/1 ladder stays below the work set even when the TM is high.
    let steps = warmup::ladder(
        kg(55.0),
        &scheme,
        &BarSetup::kg_standard(),
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(summary(&steps), vec![(kg(40.0), 5, 1), (kg(50.0), 5, 1)]);
}

/// Within 5 lb (one pair of 2.5 lb plates) of the FAQ's numbers.
fn close(got: &[WarmupStep], want: &[(f64, u32, u32)]) {
    assert_eq!(got.len(), want.len(), "{:?}", summary(got));
    for (g, &(w, reps, sets)) in got.iter().zip(want) {
        let diff = g.weight.minus(lb(w)).milli().abs();
        assert!(diff <= 5_000, "{} vs {w}", g.weight);
        assert_eq!((g.reps, g.sets), (reps, sets));
    }
}

#[test]
fn starting_strength_faq_examples() {
    // 275 lb → 45×5×2, 135×5, 185×3, 235×2; 95 lb → 45×5×2, 60×5, 75×3, 85×2 ([S42]).
    let setup = BarSetup::lb_standard();
    let opts = LadderOptions::default();
    let steps = warmup::ladder(lb(275.0), &Scheme::StartingStrength, &setup, &opts).unwrap();
    close(
        &steps,
        &[(45.0, 5, 2), (135.0, 5, 1), (185.0, 3, 1), (235.0, 2, 1)],
    );
    assert_eq!(steps[0].weight, lb(45.0));
    assert!(steps[0].loading.per_side.is_empty());
    let steps = warmup::ladder(lb(95.0), &Scheme::StartingStrength, &setup, &opts).unwrap();
    close(
        &steps,
        &[(45.0, 5, 2), (60.0, 5, 1), (75.0, 3, 1), (85.0, 2, 1)],
    );
}

#[test]
fn liftosaur_percentages_with_thresholds() {
    // 30/50/80 % × 5, only above 60/45/20 kg of work ([S8]).
    let scheme = Scheme::liftosaur_barbell(Unit::Kg);
    let setup = BarSetup::kg_standard();
    let opts = LadderOptions::default();
    let steps = warmup::ladder(kg(100.0), &scheme, &setup, &opts).unwrap();
    assert_eq!(
        summary(&steps),
        vec![(kg(30.0), 5, 1), (kg(50.0), 5, 1), (kg(80.0), 5, 1)]
    );
    let steps = warmup::ladder(kg(50.0), &scheme, &setup, &opts).unwrap();
    assert_eq!(summary(&steps), vec![(kg(25.0), 5, 1), (kg(40.0), 5, 1)]);
    // Below the bar, a step warms up with the empty bar.
    let low = Scheme::Percentages(vec![PercentStep {
        percent: 30,
        reps: 8,
        min_work: None,
    }]);
    let steps = warmup::ladder(kg(40.0), &low, &setup, &opts).unwrap();
    assert_eq!(summary(&steps), vec![(kg(20.0), 8, 1)]);
}

#[test]
fn custom_steps_drop_duplicates_and_the_work_weight() {
    let scheme = Scheme::Custom(vec![
        (kg(20.0), 5),
        (kg(20.0), 5),
        (kg(60.0), 3),
        (kg(100.0), 1),
        (kg(50.0), 2),
    ]);
    let steps = warmup::ladder(
        kg(100.0),
        &scheme,
        &BarSetup::kg_standard(),
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(summary(&steps), vec![(kg(20.0), 5, 1), (kg(60.0), 3, 1)]);
}

#[test]
fn nothing_to_warm_up_to() {
    let e = warmup::ladder(
        kg(20.0),
        &Scheme::StartingStrength,
        &BarSetup::kg_standard(),
        &LadderOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e, WarmupError::WorkAtOrBelowBar { empty: kg(20.0) });
    assert_eq!(
        e.to_string(),
        "The work weight must be above the empty bar (20 kg)."
    );
}

#[test]
fn only_add_plates_stacks_without_stripping() {
    let opts = LadderOptions {
        only_add_plates: true,
        ..LadderOptions::default()
    };
    let setup = BarSetup::kg_standard();
    let steps = warmup::ladder(
        kg(100.0),
        &Scheme::liftosaur_barbell(Unit::Kg),
        &setup,
        &opts,
    )
    .unwrap();
    // 30/50/80 % of 100 kg. Starting at 5 a side would leave only plates of
    // 5 kg and less (18.25 a side at most) for the rest, so the 30 kg step
    // can't stay if 80 kg and the 100 kg work set are to follow: the best
    // stack keeps two steps, 15 → 15+10+5, and the work set adds 5+2.5+2.5.
    let got: Vec<(Weight, Vec<Weight>)> = steps
        .iter()
        .map(|s| (s.weight, s.loading.per_side.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (kg(50.0), vec![kg(15.0)]),
            (kg(80.0), vec![kg(15.0), kg(10.0), kg(5.0)])
        ]
    );
    for pair in steps.windows(2) {
        assert!(pair[1]
            .loading
            .per_side
            .starts_with(&pair[0].loading.per_side));
    }
    // Without the constraint all three steps load on their own.
    let free = warmup::ladder(
        kg(100.0),
        &Scheme::liftosaur_barbell(Unit::Kg),
        &setup,
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(free.len(), 3);
    let work = plates::load(&setup, kg(100.0), Aim::AtOrBelow).unwrap();
    assert_eq!(work.total, kg(100.0));
}

// ---- properties ----

fn setups() -> impl Strategy<Value = BarSetup> {
    prop_oneof![
        Just(BarSetup::kg_standard()),
        Just(BarSetup::lb_standard()),
        Just(BarSetup::womens_kg().with_collars(Collars::Competition)),
        Just(BarSetup::custom(
            kg(20.0),
            Collars::None,
            vec![
                PlateStock::new(kg(20.0), 4),
                PlateStock::new(kg(10.0), 2),
                PlateStock::new(kg(5.0), 2),
                PlateStock::new(kg(2.5), 2)
            ],
        )),
    ]
}

fn schemes(unit: Unit) -> impl Strategy<Value = Scheme> {
    prop_oneof![
        Just(Scheme::StartingStrength),
        Just(Scheme::liftosaur_barbell(unit)),
        (40i64..400).prop_map(move |tm| Scheme::FiveThreeOne {
            training_max: Weight::from_milli(tm * 1000, unit)
        }),
        prop::collection::vec((10i64..300, 1u32..6), 0..5).prop_map(move |v| {
            Scheme::Custom(
                v.into_iter()
                    .map(|(w, r)| (Weight::from_milli(w * 1000, unit), r))
                    .collect(),
            )
        }),
    ]
}

fn case() -> impl Strategy<Value = (BarSetup, Weight, Scheme, LadderOptions)> {
    setups().prop_flat_map(|setup| {
        let unit = setup.unit();
        let empty = setup.empty().milli();
        (
            Just(setup),
            (empty + 1..empty + 300_000).prop_map(move |m| Weight::from_milli(m, unit)),
            schemes(unit),
            any::<bool>(),
            prop_oneof![
                Just(Aim::AtOrBelow),
                Just(Aim::Nearest),
                Just(Aim::AtOrAbove)
            ],
        )
            .prop_map(|(s, w, sc, only_add_plates, aim)| {
                (
                    s,
                    w,
                    sc,
                    LadderOptions {
                        only_add_plates,
                        aim,
                    },
                )
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn ladders_increase_below_work_and_load((setup, work, scheme, opts) in case()) {
        let steps = warmup::ladder(work, &scheme, &setup, &opts).unwrap();
        for s in &steps {
            prop_assert_eq!(s.weight, s.loading.total);
            prop_assert_eq!(s.weight.cmp_mass(work), Ordering::Less);
            prop_assert!(s.reps >= 1 && s.sets >= 1);
            // Loadable: the solver loads that exact weight.
            prop_assert_eq!(plates::load(&setup, s.weight, Aim::AtOrBelow).unwrap().total, s.weight);
            // Never more plates than owned.
            for p in &setup.plates {
                let used = s.loading.per_side.iter().filter(|w| **w == p.weight).count() as u32;
                prop_assert!(2 * used <= p.count);
            }
            // Heaviest first.
            prop_assert!(s.loading.per_side.windows(2).all(|w| w[0].cmp_mass(w[1]) != Ordering::Less));
        }
        for pair in steps.windows(2) {
            prop_assert_eq!(pair[1].weight.cmp_mass(pair[0].weight), Ordering::Greater);
            if opts.only_add_plates {
                prop_assert!(pair[1].loading.per_side.starts_with(&pair[0].loading.per_side));
            }
        }
    }
}
