//! Warm-up ladders (training-math.md §5, §2.4).

use liftsheet_domain::plates::{self, Aim, BarSetup, Collars, PlateStock};
use liftsheet_domain::warmup::{
    self, Ladder, LadderOptions, LiftosaurFamily, PercentStep, Scheme, WarmupError, WarmupStep,
};
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

#[test]
fn starting_strength_faq_examples() {
    // 275 lb → 45×5×2, 135×5, 185×3, 235×2; 95 lb → 45×5×2, 60×5, 75×3, 85×2 ([S42]).
    let setup = BarSetup::lb_standard();
    let opts = LadderOptions::default();
    let steps = warmup::ladder(lb(275.0), &Scheme::StartingStrength, &setup, &opts).unwrap();
    assert_eq!(
        summary(&steps),
        vec![
            (lb(45.0), 5, 2),
            (lb(135.0), 5, 1),
            (lb(185.0), 3, 1),
            (lb(235.0), 2, 1)
        ]
    );
    assert_eq!(steps[0].weight, lb(45.0));
    assert!(steps[0].loading.per_side.is_empty());
    // Corrected: this gave 65×5 where the FAQ has 60×5 (the 10 lb increment
    // on a 50 lb gap, and the big ladder's 40 % first jump).
    let steps = warmup::ladder(lb(95.0), &Scheme::StartingStrength, &setup, &opts).unwrap();
    assert_eq!(
        summary(&steps),
        vec![
            (lb(45.0), 5, 2),
            (lb(60.0), 5, 1),
            (lb(75.0), 3, 1),
            (lb(85.0), 2, 1)
        ]
    );
}

#[test]
fn stronglifts_published_warmups() {
    // 100 kg → 20×5, 20×5, 40×5, 60×3, 80×2, 90×1 ([S47]).
    let opts = LadderOptions::default();
    let steps = warmup::ladder(
        kg(100.0),
        &Scheme::StrongLifts,
        &BarSetup::kg_standard(),
        &opts,
    )
    .unwrap();
    assert_eq!(
        summary(&steps),
        vec![
            (kg(20.0), 5, 2),
            (kg(40.0), 5, 1),
            (kg(60.0), 3, 1),
            (kg(80.0), 2, 1),
            (kg(90.0), 1, 1)
        ]
    );
    // 135 lb → bar 2×5, then 90×3 ([S65]).
    let steps = warmup::ladder(
        lb(135.0),
        &Scheme::StrongLifts,
        &BarSetup::lb_standard(),
        &opts,
    )
    .unwrap();
    assert_eq!(summary(&steps), vec![(lb(45.0), 5, 2), (lb(90.0), 3, 1)]);
    // The first workouts on the empty bar have nothing to warm up to.
    assert!(warmup::ladder(
        kg(20.0),
        &Scheme::StrongLifts,
        &BarSetup::kg_standard(),
        &opts
    )
    .is_err());
}

/// Smallest plate in any warm-up of `steps`, if any are loaded.
fn lightest_plate(steps: &[WarmupStep]) -> Option<Weight> {
    steps
        .iter()
        .flat_map(|s| s.loading.per_side.iter().copied())
        .min_by(|a, b| a.cmp_mass(*b))
}

#[test]
fn starting_strength_warms_up_on_easy_loads() {
    // 140 kg: gap 120 kg; 40/60/83 % of it = 48, 72, 99.6 → on the 5 kg
    // increment above the bar ([S64]): 70, 90, 120. Each is 20 kg plus
    // whole 2.5 kg pairs, so no change plates.
    let setup = BarSetup::kg_standard();
    let steps = warmup::ladder(
        kg(140.0),
        &Scheme::StartingStrength,
        &setup,
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(
        summary(&steps),
        vec![
            (kg(20.0), 5, 2),
            (kg(70.0), 5, 1),
            (kg(90.0), 3, 1),
            (kg(120.0), 2, 1)
        ]
    );
    assert_ne!(
        lightest_plate(&steps).unwrap().cmp_mass(kg(2.5)),
        Ordering::Less
    );
    // A 2.5 kg increment instead: 67.5, 92.5, 120 (48 → 47.5, 72 → 72.5).
    let fine = LadderOptions {
        step: Some(kg(2.5)),
        ..LadderOptions::default()
    };
    let steps = warmup::ladder(kg(140.0), &Scheme::StartingStrength, &setup, &fine).unwrap();
    let weights: Vec<Weight> = steps.iter().map(|s| s.weight).collect();
    assert_eq!(weights, vec![kg(20.0), kg(67.5), kg(92.5), kg(120.0)]);
    // A zero increment loads the ideal weight itself: 68 kg is 24 a side,
    // 20/2.5/1.25/0.25, the fiddly load the increment avoids.
    let exact = LadderOptions {
        step: Some(kg(0.0)),
        ..LadderOptions::default()
    };
    let steps = warmup::ladder(kg(140.0), &Scheme::StartingStrength, &setup, &exact).unwrap();
    assert_eq!(steps[1].weight, kg(68.0));
    assert_eq!(
        lightest_plate(&steps[1..2]).unwrap().cmp_mass(kg(2.5)),
        Ordering::Less
    );
}

#[test]
fn light_work_falls_back_to_half_the_increment() {
    // 40 kg: gap 20 kg, under the FAQ's 95 lb ladder's 50 lb, so its
    // fractions 30/60/80 % ([S42]): 6, 12, 16 kg. 5 kg is not under a fifth
    // of the gap, so 2.5 kg steps are used: 5, 12.5, 15. (Corrected from
    // 27.5/32.5/37.5, the 275 lb ladder's fractions.)
    let steps = warmup::ladder(
        kg(40.0),
        &Scheme::StartingStrength,
        &BarSetup::kg_standard(),
        &LadderOptions::default(),
    )
    .unwrap();
    let weights: Vec<Weight> = steps.iter().map(|s| s.weight).collect();
    assert_eq!(weights, vec![kg(20.0), kg(25.0), kg(32.5), kg(35.0)]);
}

#[test]
fn five_three_one_rounds_to_the_normal_increment() {
    // TM 315 lb: 40/50/60 % = 126, 157.5, 189 → nearest 5 lb (§2.3): 125,
    // 160 (a half goes up), 190.
    let scheme = Scheme::FiveThreeOne {
        training_max: lb(315.0),
    };
    let steps = warmup::ladder(
        lb(205.0),
        &scheme,
        &BarSetup::lb_standard(),
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(
        summary(&steps),
        vec![(lb(125.0), 5, 1), (lb(160.0), 5, 1), (lb(190.0), 3, 1)]
    );
    // Rounding down when aiming at or below: 125, 155, 185.
    let below = LadderOptions {
        aim: Aim::AtOrBelow,
        ..LadderOptions::default()
    };
    let steps = warmup::ladder(lb(205.0), &scheme, &BarSetup::lb_standard(), &below).unwrap();
    let weights: Vec<Weight> = steps.iter().map(|s| s.weight).collect();
    assert_eq!(weights, vec![lb(125.0), lb(155.0), lb(185.0)]);
}

/// The ladder of `scheme` for `work` on `setup` with the default options.
fn default_ladder(work: Weight, scheme: &Scheme, setup: &BarSetup) -> Vec<(Weight, u32, u32)> {
    summary(&warmup::ladder(work, scheme, setup, &LadderOptions::default()).unwrap())
}

/// Sets of 5, one each, at these weights.
fn fives(weights: &[Weight]) -> Vec<(Weight, u32, u32)> {
    weights.iter().map(|&w| (w, 5, 1)).collect()
}

// Liftosaur's presets (§5, `src/models/exercise.ts` `warmupValues`,
// `warmup()` [S8]): 30/50/80 % × 5 of the work weight, each only if the work
// weight is above (not at) its threshold, each loaded as the heaviest
// loadable weight at or below the percentage. A percentage under the empty
// bar warms up with the bar. Standard setups: 45 lb bar with pairs of 45 (4),
// 35, 25 (2), 10 (2), 5 (2), 2.5 (2), 1.25 lb; 20 kg bar with pairs of 25 (2),
// 20 (2), 15, 10 (2), 5 (2), 2.5 (2), 1.25 (2), 0.5, 0.25 kg.

#[test]
fn liftosaur_squat_bench_press_ladders_lb() {
    // Family 45: thresholds 120/90/45 lb.
    let scheme = Scheme::Liftosaur(LiftosaurFamily::SquatBenchPress);
    assert_eq!(scheme, Scheme::liftosaur_barbell());
    let setup = BarSetup::lb_standard();
    // 100 lb squat: 100 ≤ 120, no 30 % set; 50 % = 50 (2.5 a side);
    // 80 % = 80 (10/5/2.5 a side). Liftosaur's 50, 80; the old 10 lb
    // increment rounded to nearest gave 55, 85.
    assert_eq!(
        default_ladder(lb(100.0), &scheme, &setup),
        fives(&[lb(50.0), lb(80.0)])
    );
    // 225 lb bench: 30 % = 67.5 (10/1.25 a side), 50 % = 112.5
    // (25/5/2.5/1.25), 80 % = 180 (45/10/10/2.5): all loadable exactly.
    assert_eq!(
        default_ladder(lb(225.0), &scheme, &setup),
        fives(&[lb(67.5), lb(112.5), lb(180.0)])
    );
    // 230 lb: 30 % = 69 → 12 a side → 11.25 (10/1.25) → 67.5; 50 % = 115
    // (35 a side); 80 % = 184 → 69.5 a side: 68.75 (45/10/10/2.5/1.25) is
    // below, 70 (45/25) nearer but above → 182.5.
    assert_eq!(
        default_ladder(lb(230.0), &scheme, &setup),
        fives(&[lb(67.5), lb(115.0), lb(182.5)])
    );
    // Strict thresholds. At 120 lb, no 30 % set: 50 % = 60 (5/2.5), 80 % =
    // 96 → 25.5 a side → 25 → 95.
    assert_eq!(
        default_ladder(lb(120.0), &scheme, &setup),
        fives(&[lb(60.0), lb(95.0)])
    );
    // At 125 lb the 30 % set is in: 37.5, under the bar, so the bar; 50 % =
    // 62.5 (5/2.5/1.25); 80 % = 100 (25/2.5).
    assert_eq!(
        default_ladder(lb(125.0), &scheme, &setup),
        fives(&[lb(45.0), lb(62.5), lb(100.0)])
    );
    // At 90 lb, only 80 % = 72 → 13.5 a side → 12.5 (10/2.5) → 70.
    assert_eq!(
        default_ladder(lb(90.0), &scheme, &setup),
        fives(&[lb(70.0)])
    );
}

#[test]
fn liftosaur_squat_bench_press_ladders_kg() {
    // Family 45: thresholds 60/45/20 kg.
    let scheme = Scheme::Liftosaur(LiftosaurFamily::SquatBenchPress);
    let setup = BarSetup::kg_standard();
    // 100 kg: 30, 50, 80 (5, 15, 30 a side).
    assert_eq!(
        default_ladder(kg(100.0), &scheme, &setup),
        fives(&[kg(30.0), kg(50.0), kg(80.0)])
    );
    // 101 kg: 30 % = 30.3 → 5.15 a side → 5 → 30; 50 % = 50.5 (15/0.25);
    // 80 % = 80.8 → 30.4 a side: 30.25 (25/5/0.25) is below, 30.5 nearer
    // but above → 80.5.
    assert_eq!(
        default_ladder(kg(101.0), &scheme, &setup),
        fives(&[kg(30.0), kg(50.5), kg(80.5)])
    );
    // Strict: at 60 kg no 30 % set; 50 % = 30; 80 % = 48 (10/2.5/1.25/0.25,
    // where the old 5 kg increment gave 50).
    assert_eq!(
        default_ladder(kg(60.0), &scheme, &setup),
        fives(&[kg(30.0), kg(48.0)])
    );
    // At 45 kg only 80 % = 36 (5/2.5/0.5).
    assert_eq!(
        default_ladder(kg(45.0), &scheme, &setup),
        fives(&[kg(36.0)])
    );
}

#[test]
fn liftosaur_deadlift_row_ladders_lb() {
    // Family 95: thresholds 150/125/95 lb.
    let scheme = Scheme::Liftosaur(LiftosaurFamily::DeadliftRow);
    assert_eq!(scheme, Scheme::liftosaur_pull());
    let setup = BarSetup::lb_standard();
    // 135 lb: 135 ≤ 150, no 30 % set; 50 % = 67.5 (10/1.25 a side); 80 % =
    // 108 → 31.5 a side → 31.25 (25/5/1.25) → 107.5.
    assert_eq!(
        default_ladder(lb(135.0), &scheme, &setup),
        fives(&[lb(67.5), lb(107.5)])
    );
    // Without 1.25 lb plates: 67.5 → 11.25 a side → 10 → 65; 108 → 31.5 a
    // side → 30 (25/5) → 105.
    let no_change = BarSetup::custom(
        lb(45.0),
        Collars::None,
        vec![
            PlateStock::new(lb(45.0), 8),
            PlateStock::new(lb(25.0), 4),
            PlateStock::new(lb(10.0), 4),
            PlateStock::new(lb(5.0), 4),
            PlateStock::new(lb(2.5), 4),
        ],
    );
    assert_eq!(
        default_ladder(lb(135.0), &scheme, &no_change),
        fives(&[lb(65.0), lb(105.0)])
    );
    // 315 lb: 30 % = 94.5 → 24.75 a side → 23.75 (10/10/2.5/1.25) → 92.5;
    // 50 % = 157.5 (45/10/1.25); 80 % = 252 → 103.5 a side → 102.5
    // (45/45/10/2.5) → 250.
    assert_eq!(
        default_ladder(lb(315.0), &scheme, &setup),
        fives(&[lb(92.5), lb(157.5), lb(250.0)])
    );
    // Strict: at 150 lb no 30 % set; 50 % = 75 (10/5); 80 % = 120 (35/2.5).
    assert_eq!(
        default_ladder(lb(150.0), &scheme, &setup),
        fives(&[lb(75.0), lb(120.0)])
    );
    // At 125 lb only 80 % = 100 (25/2.5); at 95 lb, none.
    assert_eq!(
        default_ladder(lb(125.0), &scheme, &setup),
        fives(&[lb(100.0)])
    );
    assert_eq!(default_ladder(lb(95.0), &scheme, &setup), vec![]);
}

#[test]
fn liftosaur_deadlift_row_ladders_kg() {
    // Family 95: thresholds 70/60/40 kg.
    let scheme = Scheme::Liftosaur(LiftosaurFamily::DeadliftRow);
    let setup = BarSetup::kg_standard();
    // 140 kg: 30 % = 42 → 11 a side → 10.75 (10/0.5/0.25) → 41.5; 50 % = 70
    // (25); 80 % = 112 → 46 a side → 45.75 (25/20/0.5/0.25) → 111.5.
    assert_eq!(
        default_ladder(kg(140.0), &scheme, &setup),
        fives(&[kg(41.5), kg(70.0), kg(111.5)])
    );
    // Strict: at 70 kg no 30 % set; 50 % = 35 (7.5: 5/2.5); 80 % = 56
    // (18: 15/2.5/0.5).
    assert_eq!(
        default_ladder(kg(70.0), &scheme, &setup),
        fives(&[kg(35.0), kg(56.0)])
    );
    // At 60 kg only 80 % = 48; at 40 kg, none.
    assert_eq!(
        default_ladder(kg(60.0), &scheme, &setup),
        fives(&[kg(48.0)])
    );
    assert_eq!(default_ladder(kg(40.0), &scheme, &setup), vec![]);
}

#[test]
fn liftosaur_light_ladders() {
    // Family 10: thresholds 60/30/10 lb, 30/15/5 kg.
    let scheme = Scheme::Liftosaur(LiftosaurFamily::Light);
    let lb_setup = BarSetup::lb_standard();
    // 100 lb: 30 % = 30, under the bar → 45; 50 % = 50; 80 % = 80.
    assert_eq!(
        default_ladder(lb(100.0), &scheme, &lb_setup),
        fives(&[lb(45.0), lb(50.0), lb(80.0)])
    );
    // At 60 lb no 30 % set; 50 % = 30 → the bar; 80 % = 48 → 1.5 a side →
    // 1.25 → 47.5.
    assert_eq!(
        default_ladder(lb(60.0), &scheme, &lb_setup),
        fives(&[lb(45.0), lb(47.5)])
    );
    let kg_setup = BarSetup::kg_standard();
    // 50 kg: 15 → the bar; 25 (2.5 a side); 40 (10 a side).
    assert_eq!(
        default_ladder(kg(50.0), &scheme, &kg_setup),
        fives(&[kg(20.0), kg(25.0), kg(40.0)])
    );
    // At 30 kg no 30 % set; 50 % = 15 → the bar; 80 % = 24 (1.25/0.5/0.25).
    assert_eq!(
        default_ladder(kg(30.0), &scheme, &kg_setup),
        fives(&[kg(20.0), kg(24.0)])
    );
}

#[test]
fn liftosaur_loads_at_or_below_whatever_the_aim() {
    // Liftosaur's solver never rounds up ([S8]): the ladder is the same for
    // every `aim` (101 kg: 80.8 is 80.5, not the nearer 81).
    for (work, family) in [
        (kg(101.0), LiftosaurFamily::SquatBenchPress),
        (kg(140.0), LiftosaurFamily::DeadliftRow),
    ] {
        let scheme = Scheme::Liftosaur(family);
        let setup = BarSetup::kg_standard();
        let expected = default_ladder(work, &scheme, &setup);
        for aim in [Aim::AtOrBelow, Aim::Nearest, Aim::AtOrAbove] {
            let opts = LadderOptions {
                aim,
                ..LadderOptions::default()
            };
            let steps = warmup::ladder(work, &scheme, &setup, &opts).unwrap();
            assert_eq!(summary(&steps), expected, "{aim:?}");
        }
    }
    assert_eq!(
        Scheme::liftosaur_barbell().warmup_step(Unit::Lb),
        Weight::zero(Unit::Lb)
    );
}

#[test]
fn percentages_round_to_the_warmup_increment() {
    // The generic scheme with Liftosaur's numbers still rounds to the 10 lb
    // increment, nearest: 100 lb → 50 → 55, 80 → 85 (Liftosaur: 50, 80).
    let scheme = Scheme::Percentages(LiftosaurFamily::SquatBenchPress.steps(Unit::Lb));
    assert_eq!(
        default_ladder(lb(100.0), &scheme, &BarSetup::lb_standard()),
        fives(&[lb(55.0), lb(85.0)])
    );
    let setup = BarSetup::kg_standard();
    let scheme = Scheme::Percentages(LiftosaurFamily::SquatBenchPress.steps(Unit::Kg));
    assert_eq!(
        default_ladder(kg(100.0), &scheme, &setup),
        fives(&[kg(30.0), kg(50.0), kg(80.0)])
    );
    // Below the bar, a step warms up with the empty bar.
    let low = Scheme::Percentages(vec![PercentStep {
        percent: 30,
        reps: 8,
        min_work: None,
    }]);
    assert_eq!(
        default_ladder(kg(40.0), &low, &setup),
        vec![(kg(20.0), 8, 1)]
    );
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

fn stacked() -> LadderOptions {
    LadderOptions {
        only_add_plates: true,
        ..LadderOptions::default()
    }
}

/// Every step's plates are a prefix of the next step's and of the work
/// set's, and the work set weighs what it weighs loaded on its own.
fn assert_stacks(ladder: &Ladder, setup: &BarSetup, work: Weight) {
    for pair in ladder.steps.windows(2) {
        assert!(pair[1]
            .loading
            .per_side
            .starts_with(&pair[0].loading.per_side));
    }
    for step in &ladder.steps {
        assert!(ladder.work.per_side.starts_with(&step.loading.per_side));
    }
    let alone = plates::load(setup, work, Aim::AtOrBelow).unwrap();
    assert_eq!(ladder.work.total, alone.total);
    let side: i64 = ladder
        .work
        .per_side
        .iter()
        .map(|p| p.to(work.unit()).milli())
        .sum();
    assert_eq!(
        setup.empty().to(work.unit()).milli() + 2 * side,
        alone.total.milli()
    );
}

#[test]
fn only_add_plates_builds_a_ladder_of_prefixes() {
    let kg_setup = BarSetup::kg_standard();
    let lb_setup = BarSetup::lb_standard();
    for (work, setup) in [
        (kg(140.0), &kg_setup),
        (kg(100.0), &kg_setup),
        (lb(225.0), &lb_setup),
        (lb(315.0), &lb_setup),
    ] {
        let l =
            warmup::ladder_with_work(work, &Scheme::StartingStrength, setup, &stacked()).unwrap();
        // The empty bar, then at least three loaded steps.
        assert_eq!(l.steps[0].weight, setup.empty());
        assert_eq!((l.steps[0].reps, l.steps[0].sets), (5, 2));
        let loaded = l.steps.iter().filter(|s| !s.loading.per_side.is_empty());
        assert!(loaded.count() >= 3, "{work}: {:?}", summary(&l.steps));
        assert_stacks(&l, setup, work);
        // `ladder` gives the same steps.
        let steps = warmup::ladder(work, &Scheme::StartingStrength, setup, &stacked()).unwrap();
        assert_eq!(steps, l.steps);
    }
    // 140 kg (60 kg a side): 25/15/10/10 gives 70, 100, 120 for the wanted
    // 70, 90, 120 (10 kg off in all) with four plates a side; 25/25/10 has
    // only two loaded prefixes, and no four-plate list does better.
    let l = warmup::ladder_with_work(kg(140.0), &Scheme::StartingStrength, &kg_setup, &stacked())
        .unwrap();
    let weights: Vec<Weight> = l.steps.iter().map(|s| s.weight).collect();
    assert_eq!(weights, vec![kg(20.0), kg(70.0), kg(100.0), kg(120.0)]);
    assert_eq!(
        l.work.per_side,
        vec![kg(25.0), kg(15.0), kg(10.0), kg(10.0)]
    );
}

#[test]
fn only_add_plates_with_percentages_and_five_three_one() {
    let setup = BarSetup::kg_standard();
    for scheme in [
        Scheme::liftosaur_barbell(),
        Scheme::liftosaur_pull(),
        Scheme::FiveThreeOne {
            training_max: kg(150.0),
        },
    ] {
        let l = warmup::ladder_with_work(kg(100.0), &scheme, &setup, &stacked()).unwrap();
        assert_eq!(l.steps.len(), 3, "{scheme:?}: {:?}", summary(&l.steps));
        assert_stacks(&l, &setup, kg(100.0));
    }
    // Without the constraint all three Liftosaur steps load on their own.
    let free = warmup::ladder_with_work(
        kg(100.0),
        &Scheme::liftosaur_barbell(),
        &setup,
        &LadderOptions::default(),
    )
    .unwrap();
    assert_eq!(free.steps.len(), 3);
    assert_eq!(
        free.work,
        plates::load(&setup, kg(100.0), Aim::AtOrBelow).unwrap()
    );
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
        Just(Scheme::liftosaur_barbell()),
        Just(Scheme::liftosaur_pull()),
        Just(Scheme::Liftosaur(LiftosaurFamily::Light)),
        Just(Scheme::Percentages(
            LiftosaurFamily::SquatBenchPress.steps(unit)
        )),
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
                Just(None),
                Just(Some(Weight::zero(unit))),
                (1i64..20).prop_map(move |h| Some(Weight::from_milli(h * 500, unit))),
            ],
            prop_oneof![
                Just(Aim::AtOrBelow),
                Just(Aim::Nearest),
                Just(Aim::AtOrAbove)
            ],
        )
            .prop_map(|(s, w, sc, only_add_plates, step, aim)| {
                (
                    s,
                    w,
                    sc,
                    LadderOptions {
                        only_add_plates,
                        aim,
                        step,
                    },
                )
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn ladders_increase_below_work_and_load((setup, work, scheme, opts) in case()) {
        let ladder = warmup::ladder_with_work(work, &scheme, &setup, &opts).unwrap();
        let steps = &ladder.steps;
        prop_assert_eq!(
            ladder.work.total,
            plates::load(&setup, work, Aim::AtOrBelow).unwrap().total
        );
        for s in steps {
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
        if opts.only_add_plates {
            for s in steps {
                prop_assert!(ladder.work.per_side.starts_with(&s.loading.per_side));
            }
        }
    }

    /// Above light weights, Starting Strength warm-ups on the default
    /// increment use no plate lighter than 2.5 kg / 5 lb ([S64]).
    #[test]
    fn starting_strength_warmups_use_no_change_plates(
        lb_setup in any::<bool>(),
        whole in 0i64..160,
        only_add_plates in any::<bool>(),
    ) {
        let (setup, work, smallest) = if lb_setup {
            (BarSetup::lb_standard(), lb(135.0 + whole as f64 * 2.5), lb(5.0))
        } else {
            (BarSetup::kg_standard(), kg(60.0 + whole as f64 * 1.25), kg(2.5))
        };
        let opts = LadderOptions { only_add_plates, ..LadderOptions::default() };
        let steps = warmup::ladder(work, &Scheme::StartingStrength, &setup, &opts).unwrap();
        prop_assert_eq!(steps.len(), 4);
        if let Some(p) = lightest_plate(&steps) {
            prop_assert_ne!(p.cmp_mass(smallest), Ordering::Less, "{} at {}", p, work);
        }
    }
}

/// The loader path (used by plan generation) gives exactly the same ladders.
#[test]
fn ladder_with_loader_matches_ladder() {
    use liftsheet_domain::plates::PlateLoader;
    use liftsheet_domain::warmup::{ladder, ladder_with_loader};
    for setup in [BarSetup::kg_standard(), BarSetup::lb_standard()] {
        let unit = setup.bar.unit();
        let loader = PlateLoader::new(&setup).expect("standard setups load");
        let schemes = [
            Scheme::StartingStrength,
            Scheme::FiveThreeOne {
                training_max: Weight::new(150.0, unit),
            },
            Scheme::liftosaur_barbell(),
            Scheme::liftosaur_pull(),
            Scheme::Liftosaur(LiftosaurFamily::Light),
        ];
        for scheme in &schemes {
            for whole in (30..=300).step_by(7) {
                let work = Weight::new(f64::from(whole), unit);
                let options = LadderOptions::default();
                assert_eq!(
                    ladder_with_loader(work, scheme, &setup, &loader, &options),
                    ladder(work, scheme, &setup, &options),
                    "{work} {scheme:?}"
                );
            }
        }
    }
}
