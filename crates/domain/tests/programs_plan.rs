//! Plan generation: errors, units, plates, warm-ups, and invariants over
//! every built-in program.

use liftsheet_domain::plates::BarSetup;
use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::program::plan::PlannedExercise;
use liftsheet_domain::program::{
    generate, Cycle, Day, Exercise, LiftDef, LiftKey, Load, MaxKind, Maxes, Percent, PlanError,
    PlanSettings, Program, Reps, Role, SetGroup, WarmupStyle, Week,
};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::{Rounding, Unit, Weight};
use proptest::prelude::*;

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}
fn lb(v: f64) -> Weight {
    Weight::lb(v)
}

fn bbb() -> Program {
    builtin::build("531-bbb", &BuiltinOptions::default()).unwrap()
}

fn bbb_maxes_lb() -> Maxes {
    Maxes::new()
        .with("press", lb(135.0))
        .with("bench", lb(225.0))
        .with("squat", lb(315.0))
        .with("deadlift", lb(405.0))
}

/// A one-day program with the given lifts and sets, for edge cases.
fn custom(lifts: Vec<LiftDef>, exercises: Vec<Exercise>) -> Program {
    Program {
        id: "custom".to_string(),
        name: "Custom".to_string(),
        summary: String::new(),
        source: String::new(),
        training_max_percent: Percent::whole(90),
        unknown: Default::default(),
        rounding: None,
        warmup: WarmupStyle::StartingStrength,
        lifts,
        cycles: vec![Cycle {
            name: "Cycle".to_string(),
            weeks: vec![Week {
                name: "Week".to_string(),
                days: vec![Day {
                    name: "Day".to_string(),
                    exercises,
                }],
            }],
        }],
    }
}

fn first(program: &Program, maxes: &Maxes, s: &PlanSettings) -> PlannedExercise {
    generate(program, maxes, s, 0).unwrap().weeks[0].days[0].exercises[0].clone()
}

#[test]
fn missing_max_names_the_lift() {
    let maxes = Maxes::new()
        .with("press", lb(135.0))
        .with("bench", lb(225.0));
    let err = generate(&bbb(), &maxes, &PlanSettings::new(Unit::Lb), 0).unwrap_err();
    assert_eq!(
        err,
        PlanError::MissingMax {
            lift: LiftKey::new("deadlift"),
            name: "Deadlift".to_string()
        }
    );
    assert_eq!(err.to_string(), "Enter a max for Deadlift.");
    // nSuns' sumo deadlift needs the deadlift TM, and says so.
    let nsuns = builtin::build("nsuns-5day", &BuiltinOptions::default()).unwrap();
    let maxes = Maxes::new()
        .with("bench", lb(200.0))
        .with("squat", lb(300.0))
        .with("press", lb(100.0));
    let err = generate(&nsuns, &maxes, &PlanSettings::new(Unit::Lb), 0).unwrap_err();
    assert_eq!(err.to_string(), "Enter a max for Deadlift.");
}

#[test]
fn bad_inputs_are_typed_errors() {
    let zero = bbb_maxes_lb().with("squat", lb(0.0));
    let err = generate(&bbb(), &zero, &PlanSettings::new(Unit::Lb), 0).unwrap_err();
    assert_eq!(err.to_string(), "The max for Squat must be above zero.");
    let s = PlanSettings {
        increment: lb(0.0),
        ..PlanSettings::new(Unit::Lb)
    };
    assert_eq!(
        generate(&bbb(), &bbb_maxes_lb(), &s, 0).unwrap_err(),
        PlanError::IncrementNotPositive
    );
    let mut empty = bbb();
    empty.cycles.clear();
    assert_eq!(
        generate(&empty, &bbb_maxes_lb(), &PlanSettings::new(Unit::Lb), 0).unwrap_err(),
        PlanError::NoCycles
    );
    let stray = custom(
        vec![],
        vec![Exercise::main(
            "curl",
            vec![SetGroup::percent(3, Reps::Exact(10), Percent::whole(50))],
        )],
    );
    let err = generate(&stray, &Maxes::new(), &PlanSettings::new(Unit::Kg), 0).unwrap_err();
    assert_eq!(
        err,
        PlanError::UnknownLift {
            lift: LiftKey::new("curl")
        }
    );
    // % of 1RM on a lift that keeps only a working weight.
    let p = custom(
        vec![LiftDef::barbell("squat", "Squat", MaxKind::WorkWeight)],
        vec![Exercise::main(
            "squat",
            vec![SetGroup::new(
                1,
                Reps::Exact(5),
                Load::PercentOfOneRepMax(Percent::whole(80)),
            )],
        )],
    );
    let err = generate(
        &p,
        &Maxes::new().with("squat", kg(100.0)),
        &PlanSettings::new(Unit::Kg),
        0,
    )
    .unwrap_err();
    assert!(matches!(err, PlanError::NeedsOneRepMax { .. }));
}

#[test]
fn maxes_in_another_unit_are_converted_first() {
    // TM 100 kg = 220.462 lb; 85 % = 187.39 lb → 185 lb (nearest 5).
    let maxes = Maxes::new()
        .with("press", kg(60.0))
        .with("bench", kg(100.0))
        .with("squat", kg(140.0))
        .with("deadlift", kg(180.0));
    let plan = generate(&bbb(), &maxes, &PlanSettings::new(Unit::Lb), 0).unwrap();
    assert_eq!(plan.unit, Unit::Lb);
    let bench = &plan.weeks[0].days[2].exercises[0];
    assert_eq!(bench.sets[2].weight, Some(lb(185.0)));
}

#[test]
fn loads_other_than_percent_of_max() {
    let lifts = vec![
        LiftDef::barbell("squat", "Squat", MaxKind::TrainingMax),
        LiftDef {
            barbell: false,
            ..LiftDef::barbell("hyperextension", "Hyperextension", MaxKind::WorkWeight)
        },
    ];
    let squat = |load| Exercise::main("squat", vec![SetGroup::new(1, Reps::Exact(3), load)]);
    let p = custom(
        lifts,
        vec![
            // TM 90 → 1RM 100 kg: 80 % of 1RM = 80 kg.
            squat(Load::PercentOfOneRepMax(Percent::whole(80))),
            // RPE 8 × 3 = 86.3 % of 1RM ([S9]): 86.3 → 87.5 (nearest 2.5).
            squat(Load::Rpe(Rpe::parse("8").unwrap())),
            squat(Load::Fixed(kg(61.0))),
            Exercise::main(
                "hyperextension",
                vec![SetGroup::new(5, Reps::Exact(10), Load::Bodyweight)],
            )
            .with_role(Role::Accessory),
        ],
    );
    // Bodyweight work needs no max.
    let maxes = Maxes::new().with("squat", kg(90.0));
    let plan = generate(&p, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    let weights: Vec<Option<Weight>> = plan.weeks[0].days[0]
        .exercises
        .iter()
        .map(|e| e.sets[0].weight)
        .collect();
    assert_eq!(
        weights,
        vec![Some(kg(80.0)), Some(kg(87.5)), Some(kg(60.0)), None]
    );
    assert_eq!(plan.weeks[0].days[0].exercises[3].sets.len(), 5);
}

#[test]
fn plates_and_warmups_when_asked() {
    let s = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    let plan = generate(&bbb(), &bbb_maxes_lb(), &s, 0).unwrap();
    // Squat day, week 1: TM 315 → 205, 235, 270 (nearest 5); BBB 5×10 at 157.5 → 160.
    let squat = &plan.weeks[0].days[3].exercises[0];
    let weights: Vec<Weight> = squat.sets.iter().map(|s| s.weight.unwrap()).collect();
    assert_eq!(weights, vec![lb(205.0), lb(235.0), lb(270.0)]);
    // 205 on a 45 lb bar: 80 a side = 45 + 35.
    let loading = squat.sets[0].loading.as_ref().unwrap();
    assert_eq!(loading.per_side, vec![lb(45.0), lb(35.0)]);
    assert_eq!(loading.total, lb(205.0));
    // 5/3/1 warm-up: 40/50/60 % of TM 315 = 126 → 125, 157.5, 189 (loadable,
    // nearest), before the 205 first set ([S20]).
    let warm: Vec<(i64, u32)> = squat
        .warmup
        .iter()
        .map(|w| (w.weight.milli(), w.reps))
        .collect();
    assert_eq!(warm.len(), 3);
    assert_eq!(warm.iter().map(|w| w.1).collect::<Vec<_>>(), vec![5, 5, 3]);
    assert!(warm.windows(2).all(|p| p[0].0 < p[1].0));
    assert!(warm.iter().all(|w| w.0 < 205_000));
    for (got, ideal) in warm.iter().zip([126_000, 157_500, 189_000]) {
        assert!((got.0 - ideal).abs() <= 2_500, "{} near {}", got.0, ideal);
    }
    // Supplemental work gets plates but no warm-up.
    let extra = &plan.weeks[0].days[3].exercises[1];
    assert!(extra.warmup.is_empty());
    assert!(extra.sets.iter().all(|s| s.loading.is_some()));
    // Without the flags: neither.
    let bare = generate(&bbb(), &bbb_maxes_lb(), &PlanSettings::new(Unit::Lb), 0).unwrap();
    assert!(bare
        .exercises()
        .all(|e| e.warmup.is_empty() && e.sets.iter().all(|s| s.loading.is_none())));
}

#[test]
fn stronglifts_plans_its_own_warmup() {
    // StrongLifts squat at 100 kg warms up 20×5, 20×5, 40×5, 60×3, 80×2,
    // 90×1 ([S47]), not with the Starting Strength ladder; bench at 135 lb
    // is bar 2×5, then 90×3 ([S65]).
    let program = builtin::build("stronglifts-5x5", &BuiltinOptions::default()).unwrap();
    assert_eq!(program.warmup, WarmupStyle::StrongLifts);
    let ladder = |unit: Unit, lift: &str, work: Weight| {
        let maxes = ["squat", "bench", "row", "press", "deadlift"]
            .into_iter()
            .fold(Maxes::new(), |m, l| {
                m.with(
                    l,
                    if l == lift {
                        work
                    } else {
                        Weight::from_milli(work.milli() / 2, unit)
                    },
                )
            });
        let s = PlanSettings::new(unit).with_plates_and_warmups();
        let plan = generate(&program, &maxes, &s, 0).unwrap();
        let e = plan
            .exercises()
            .find(|e| e.lift.as_str() == lift)
            .unwrap()
            .clone();
        assert_eq!(e.sets[0].weight, Some(work));
        e.warmup
            .iter()
            .map(|w| (w.weight, w.reps, w.sets))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ladder(Unit::Kg, "squat", kg(100.0)),
        vec![
            (kg(20.0), 5, 2),
            (kg(40.0), 5, 1),
            (kg(60.0), 3, 1),
            (kg(80.0), 2, 1),
            (kg(90.0), 1, 1)
        ]
    );
    assert_eq!(
        ladder(Unit::Lb, "bench", lb(135.0)),
        vec![(lb(45.0), 5, 2), (lb(90.0), 3, 1)]
    );
}

#[test]
fn sets_below_the_bar_become_the_bar() {
    // Press TM 50 lb: deload 40 % = 20 lb, lighter than the 45 lb bar.
    let maxes = bbb_maxes_lb().with("press", lb(50.0));
    let s = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    let plan = generate(&bbb(), &maxes, &s, 0).unwrap();
    let press = &plan.weeks[3].days[0].exercises[0];
    assert_eq!(press.sets[0].weight, Some(lb(45.0)));
    assert!(press.sets[0].loading.as_ref().unwrap().per_side.is_empty());
    assert!(press.warmup.is_empty(), "nothing to warm up to at the bar");
}

#[test]
fn round_up_rounds_every_set_up() {
    let s = PlanSettings {
        rounding: Rounding::Up,
        ..PlanSettings::new(Unit::Kg)
    };
    let p = custom(
        vec![LiftDef::barbell("squat", "Squat", MaxKind::TrainingMax)],
        vec![Exercise::main(
            "squat",
            vec![SetGroup::percent(1, Reps::Exact(5), Percent::whole(65))],
        )],
    );
    // 101 × 0.65 = 65.65 → 67.5 up, 65 nearest.
    let maxes = Maxes::new().with("squat", kg(101.0));
    assert_eq!(first(&p, &maxes, &s).sets[0].weight, Some(kg(67.5)));
    assert_eq!(
        first(&p, &maxes, &PlanSettings::new(Unit::Kg)).sets[0].weight,
        Some(kg(65.0))
    );
}

fn builtin_ids() -> Vec<&'static str> {
    builtin::catalog().iter().map(|i| i.id).collect()
}

/// Every lift that any built-in keeps a max for, at `base` scaled per lift.
fn all_maxes(base: Weight) -> Maxes {
    let keys = [
        "squat",
        "bench",
        "press",
        "deadlift",
        "row",
        "squat-t2",
        "bench-t2",
        "press-t2",
        "deadlift-t2",
        "lat-pulldown",
        "dumbbell-row",
        "back-extension",
    ];
    let mut maxes = Maxes::new();
    for (i, k) in keys.iter().enumerate() {
        maxes.set(LiftKey::new(*k), base.plus(base.percent(5.0 * i as f64)));
    }
    maxes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Every planned weight is positive, in the plan's unit, and a multiple
    /// of the rounding step, for every built-in, unit, step and rounding.
    #[test]
    fn every_set_weight_is_positive_in_unit_and_a_multiple_of_the_step(
        id_index in 0usize..15,
        max_milli in 20_000i64..400_000,
        max_in_kg in any::<bool>(),
        unit_kg in any::<bool>(),
        step_index in 0usize..2,
        rounding_index in 0usize..3,
        plates in any::<bool>(),
        cycle in 0u32..4,
    ) {
        let ids = builtin_ids();
        let id = ids[id_index % ids.len()];
        let program = builtin::build(id, &BuiltinOptions { joker_sets: true, ..BuiltinOptions::default() }).unwrap();
        let max_unit = if max_in_kg { Unit::Kg } else { Unit::Lb };
        let unit = if unit_kg { Unit::Kg } else { Unit::Lb };
        let step = match (unit, step_index) {
            (Unit::Kg, 0) => kg(2.5),
            (Unit::Kg, _) => kg(5.0),
            (Unit::Lb, 0) => lb(5.0),
            (Unit::Lb, _) => lb(2.5),
        };
        let settings = PlanSettings {
            increment: step,
            rounding: [Rounding::Nearest, Rounding::Up, Rounding::Down][rounding_index],
            plates,
            warmups: plates,
            bar: if unit_kg { BarSetup::kg_standard() } else { BarSetup::lb_standard() },
            ..PlanSettings::new(unit)
        };
        let maxes = all_maxes(Weight::from_milli(max_milli, max_unit));
        let plan = generate(&program, &maxes, &settings, cycle).unwrap();
        prop_assert_eq!(plan.unit, unit);
        let mut count = 0;
        for e in plan.exercises() {
            for s in &e.sets {
                let Some(w) = s.weight else {
                    prop_assert_eq!(s.load, Load::Bodyweight);
                    continue;
                };
                count += 1;
                prop_assert!(w.is_positive(), "{} {}: {}", id, e.lift, w);
                prop_assert_eq!(w.unit(), unit);
                prop_assert_eq!(w.milli() % step.milli(), 0, "{} {}: {} not a multiple of {}", id, e.lift, w, step);
                prop_assert!(w.value().is_finite());
                if let Some(l) = &s.loading {
                    prop_assert_eq!(l.target, w);
                    prop_assert!(l.difference().milli().abs() < step.to(unit).milli());
                }
            }
            for warm in &e.warmup {
                prop_assert!(warm.weight.is_positive());
                prop_assert!(warm.weight.cmp_mass(e.sets[0].weight.unwrap()).is_lt());
            }
        }
        prop_assert!(count > 0);
    }

    /// Plans never panic on arbitrary (even absurd) maxes: they plan or
    /// return a typed error.
    #[test]
    fn arbitrary_maxes_never_panic(milli in -1_000_000i64..5_000_000, id_index in 0usize..15) {
        let ids = builtin_ids();
        let program = builtin::build(ids[id_index % ids.len()], &BuiltinOptions::default()).unwrap();
        let maxes = all_maxes(Weight::from_milli(milli, Unit::Kg));
        let s = PlanSettings::new(Unit::Kg).with_plates_and_warmups();
        match generate(&program, &maxes, &s, 0) {
            Ok(plan) => prop_assert!(plan.exercises().flat_map(|e| &e.sets).all(|s| s.weight.is_none_or(|w| w.is_positive()))),
            Err(e) => prop_assert!(matches!(e, PlanError::MaxNotPositive { .. }), "{e}"),
        }
    }
}

#[test]
fn plates_short_of_the_target_show_the_closest_load() {
    // The standard lb set loads at most 45 + 2 × 301.25 = 647.5 lb: a
    // 650 lb set stays 650 (a multiple of 5) and its plates say 647.5.
    let p = custom(
        vec![LiftDef::barbell(
            "deadlift",
            "Deadlift",
            MaxKind::WorkWeight,
        )],
        vec![Exercise::main(
            "deadlift",
            vec![SetGroup::percent(1, Reps::Exact(1), Percent::whole(100))],
        )],
    );
    let s = PlanSettings {
        rounding: Rounding::Down,
        plates: true,
        ..PlanSettings::new(Unit::Lb)
    };
    let set = &first(&p, &Maxes::new().with("deadlift", lb(650.0)), &s).sets[0];
    assert_eq!(set.weight, Some(lb(650.0)));
    let loading = set.loading.as_ref().unwrap();
    assert_eq!((loading.total, loading.is_exact()), (lb(647.5), false));
    // Far past the plates: no loading at all.
    let set = &first(&p, &Maxes::new().with("deadlift", lb(900.0)), &s).sets[0];
    assert_eq!((set.weight, set.loading.is_none()), (Some(lb(900.0)), true));
}
