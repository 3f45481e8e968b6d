//! Built-in programs reproduce their published tables and set structures
//! (training-math.md §2–§4). Expected weights are worked out by hand from the
//! sources' percentages and written here as literals.

use liftsheet_domain::program::builtin::{self, BuiltinOptions, Deload};
use liftsheet_domain::program::plan::{Plan, PlannedExercise};
use liftsheet_domain::program::{
    generate, LiftKey, Load, Maxes, Percent, PlanSettings, Program, Reps, Role, UnitPair,
};
use liftsheet_domain::{Rounding, Unit, Weight};

fn lb(v: f64) -> Weight {
    Weight::lb(v)
}
fn kg(v: f64) -> Weight {
    Weight::kg(v)
}

fn build(id: &str, options: &BuiltinOptions) -> Program {
    builtin::build(id, options).unwrap_or_else(|| panic!("built-in {id} exists"))
}

fn settings(unit: Unit, rounding: Rounding) -> PlanSettings {
    PlanSettings {
        rounding,
        ..PlanSettings::new(unit)
    }
}

/// Weights of an exercise's sets, in whole units (None for bodyweight).
fn whole(e: &PlannedExercise) -> Vec<i64> {
    e.sets
        .iter()
        .map(|s| {
            let w = s.weight.expect("a weight");
            assert_eq!(w.milli() % 1000, 0, "{w} is a whole number");
            w.milli() / 1000
        })
        .collect()
}

fn reps(e: &PlannedExercise) -> Vec<Reps> {
    e.sets.iter().map(|s| s.reps).collect()
}

/// The exercises of `lift` with `role` on day `day` of week `week`.
fn find<'a>(
    plan: &'a Plan,
    week: usize,
    day: usize,
    lift: &str,
    role: Role,
) -> &'a PlannedExercise {
    plan.weeks[week].days[day]
        .exercises
        .iter()
        .find(|e| e.lift.as_str() == lift && e.role == role)
        .unwrap_or_else(|| panic!("{lift} {role:?} in week {week} day {day}"))
}

fn wendler_maxes() -> Maxes {
    // The 2nd-edition worked example's TMs (§2.2–2.3, [S12]).
    Maxes::new()
        .with("press", lb(150.0))
        .with("bench", lb(225.0))
        .with("squat", lb(285.0))
        .with("deadlift", lb(325.0))
}

#[test]
fn wendler_second_edition_table_all_48_cells() {
    // 65/75/85, 70/80/90, 75/85/95, deload 50/60/70 % of TM, each rounded
    // UP to 5 lb (§2.2–2.3): e.g. 225 × 0.65 = 146.25 → 150.
    let options = BuiltinOptions {
        deload: Deload::SecondEdition,
        rounding: Rounding::Up,
        ..BuiltinOptions::default()
    };
    let program = build("531", &options);
    let plan = generate(
        &program,
        &wendler_maxes(),
        &settings(Unit::Lb, Rounding::Up),
        0,
    )
    .unwrap();
    // Days are press, deadlift, bench, squat (Wendler's 4-day order).
    let expected: [(&str, usize, [[i64; 3]; 4]); 4] = [
        // TM 150: 97.5→100, 112.5→115, 127.5→130 | 105, 120, 135 |
        // 112.5→115, 127.5→130, 142.5→145 | 75, 90, 105
        (
            "press",
            0,
            [
                [100, 115, 130],
                [105, 120, 135],
                [115, 130, 145],
                [75, 90, 105],
            ],
        ),
        // TM 325: 211.25→215, 243.75→245, 276.25→280 | 227.5→230, 260, 292.5→295 |
        // 243.75→245, 276.25→280, 308.75→310 | 162.5→165, 195, 227.5→230
        (
            "deadlift",
            1,
            [
                [215, 245, 280],
                [230, 260, 295],
                [245, 280, 310],
                [165, 195, 230],
            ],
        ),
        // TM 225: 146.25→150, 168.75→170, 191.25→195 | 157.5→160, 180, 202.5→205 |
        // 168.75→170, 191.25→195, 213.75→215 | 112.5→115, 135, 157.5→160
        (
            "bench",
            2,
            [
                [150, 170, 195],
                [160, 180, 205],
                [170, 195, 215],
                [115, 135, 160],
            ],
        ),
        // TM 285: 185.25→190, 213.75→215, 242.25→245 | 199.5→200, 228→230, 256.5→260 |
        // 213.75→215, 242.25→245, 270.75→275 | 142.5→145, 171→175, 199.5→200
        (
            "squat",
            3,
            [
                [190, 215, 245],
                [200, 230, 260],
                [215, 245, 275],
                [145, 175, 200],
            ],
        ),
    ];
    let mut cells = 0;
    for (lift, day, weeks) in expected {
        for (week, row) in weeks.iter().enumerate() {
            let e = find(&plan, week, day, lift, Role::Main);
            assert_eq!(whole(e), row.to_vec(), "{lift} week {}", week + 1);
            assert!(e.sets.iter().all(|s| s.weight.unwrap().unit() == Unit::Lb));
            cells += row.len();
        }
    }
    assert_eq!(cells, 48);
    // Reps: 5/5/5+, 3/3/3+, 5/3/1+, deload 5/5/5 with no + set ([S10][S12]).
    let bench = |w| reps(find(&plan, w, 2, "bench", Role::Main));
    assert_eq!(
        bench(0),
        vec![Reps::Exact(5), Reps::Exact(5), Reps::Amrap { min: 5 }]
    );
    assert_eq!(
        bench(1),
        vec![Reps::Exact(3), Reps::Exact(3), Reps::Amrap { min: 3 }]
    );
    assert_eq!(
        bench(2),
        vec![Reps::Exact(5), Reps::Exact(3), Reps::Amrap { min: 1 }]
    );
    assert_eq!(bench(3), vec![Reps::Exact(5); 3]);
}

#[test]
fn wendler_article_deload_and_nearest_rounding() {
    // T-Nation article: deload 40/50/60 %; TM 285 week 1 "185 … 215 … and
    // 240 or 245" for 242.25 (§2.2–2.3, [S10]): nearest gives 185/215/240.
    let program = build("531", &BuiltinOptions::default());
    assert_eq!(program.rounding, Some(Rounding::Nearest));
    let plan = generate(
        &program,
        &wendler_maxes(),
        &settings(Unit::Lb, Rounding::Nearest),
        0,
    )
    .unwrap();
    assert_eq!(
        whole(find(&plan, 0, 3, "squat", Role::Main)),
        vec![185, 215, 240]
    );
    // 285 × 0.4/0.5/0.6 = 114 → 115, 142.5 → 145, 171 → 170.
    assert_eq!(
        whole(find(&plan, 3, 3, "squat", Role::Main)),
        vec![115, 145, 170]
    );
}

#[test]
fn boring_but_big_adds_5x10_at_50_percent_except_deload() {
    let program = build("531-bbb", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("press", kg(60.0))
        .with("bench", kg(100.0))
        .with("squat", kg(140.0))
        .with("deadlift", kg(180.0));
    let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    for week in 0..3 {
        let bbb = find(&plan, week, 3, "squat", Role::Supplemental);
        assert_eq!(whole(bbb), vec![70; 5], "140 × 50 % = 70");
        assert_eq!(reps(bbb), vec![Reps::Exact(10); 5]);
        assert!(!bbb.counts);
        assert_eq!(
            whole(find(&plan, week, 2, "bench", Role::Supplemental)),
            vec![50; 5]
        );
    }
    assert!(plan.weeks[3]
        .days
        .iter()
        .all(|d| d.exercises.iter().all(|e| e.role == Role::Main)));
    // The BBB percentage is an option: 60 % of 140 = 84 → 85 (nearest 2.5).
    let sixty = build(
        "531-bbb",
        &BuiltinOptions {
            bbb_percent: Percent::whole(60),
            ..BuiltinOptions::default()
        },
    );
    let plan = generate(&sixty, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    assert_eq!(
        whole(find(&plan, 0, 3, "squat", Role::Supplemental)),
        vec![85; 5]
    );
}

#[test]
fn bbb_challenge_runs_50_60_70_over_three_cycles_without_plus_sets() {
    let program = build("531-bbb-challenge", &BuiltinOptions::default());
    assert_eq!(program.cycles.len(), 3);
    let maxes = wendler_maxes();
    let s = settings(Unit::Lb, Rounding::Nearest);
    // Bench TM 225: 112.5 → 115, 135, 157.5 → 160 (nearest 5, halves up).
    for (cycle, expected) in [(0, 115), (1, 135), (2, 160), (3, 115)] {
        let plan = generate(&program, &maxes, &s, cycle).unwrap();
        let bbb = find(&plan, 0, 2, "bench", Role::Supplemental);
        assert_eq!(whole(bbb), vec![expected; 5], "cycle {cycle}");
        let main = find(&plan, 0, 2, "bench", Role::Main);
        assert!(
            main.sets.iter().all(|s| !s.reps.is_amrap()),
            "prescribed reps only"
        );
    }
}

#[test]
fn first_set_last_and_fives_pro() {
    let maxes = wendler_maxes();
    let s = settings(Unit::Lb, Rounding::Up);
    let fsl = build("531-fsl", &BuiltinOptions::default());
    let plan = generate(&fsl, &maxes, &s, 0).unwrap();
    // Bench TM 225, first sets 65/70/75 %: 150, 160, 170 (rounded up).
    for (week, first) in [(0, 150), (1, 160), (2, 170)] {
        let extra = find(&plan, week, 2, "bench", Role::Supplemental);
        assert_eq!(whole(extra), vec![first; 5]);
        assert_eq!(reps(extra), vec![Reps::Exact(5); 5]);
        assert_eq!(whole(find(&plan, week, 2, "bench", Role::Main))[0], first);
    }
    let pro = build("531-5s-pro", &BuiltinOptions::default());
    let plan = generate(&pro, &maxes, &s, 0).unwrap();
    for week in 0..3 {
        let main = find(&plan, week, 3, "squat", Role::Main);
        assert_eq!(
            reps(main),
            vec![Reps::Exact(5); 3],
            "5's PRO: every set × 5"
        );
    }
    // Week 3 at TM 285: 75/85/95 % → 215, 245, 275.
    assert_eq!(
        whole(find(&plan, 2, 3, "squat", Role::Main)),
        vec![215, 245, 275]
    );
}

#[test]
fn boring_but_strong_is_13_weeks_of_10x5_at_70_75_80_85() {
    let program = build("531-bbs", &BuiltinOptions::default());
    let weeks: Vec<usize> = program.cycles.iter().map(|c| c.weeks.len()).collect();
    assert_eq!(weeks, vec![3, 4, 3, 3]);
    let maxes = Maxes::new()
        .with("press", kg(60.0))
        .with("bench", kg(100.0))
        .with("squat", kg(140.0))
        .with("deadlift", kg(200.0));
    for (cycle, expected) in [(0, 140), (1, 150), (2, 160), (3, 170)] {
        let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), cycle).unwrap();
        let extra = find(&plan, 0, 1, "deadlift", Role::Supplemental);
        assert_eq!(whole(extra), vec![expected; 10], "cycle {cycle}");
        assert_eq!(reps(extra), vec![Reps::Exact(5); 10]);
    }
    let block = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 1).unwrap();
    assert_eq!(block.weeks[3].name, "Week 7 (deload)");
    assert_eq!(block.weeks[0].name, "Week 4 (5s)");
}

#[test]
fn leader_anchor_with_seventh_weeks() {
    let program = build("531-leader-anchor", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("press", lb(100.0))
        .with("bench", lb(200.0))
        .with("squat", lb(300.0))
        .with("deadlift", lb(400.0));
    let s = settings(Unit::Lb, Rounding::Nearest);
    let leader = generate(&program, &maxes, &s, 0).unwrap();
    assert_eq!(leader.weeks.len(), 3);
    let main = find(&leader, 0, 3, "squat", Role::Main);
    assert_eq!(reps(main), vec![Reps::Exact(5); 3]);
    assert_eq!(
        whole(find(&leader, 0, 3, "squat", Role::Supplemental)),
        vec![195; 5]
    );
    // Leader 2 ends in the high-intensity deload: TM 300 → 210×3, 240×3,
    // 270×1-3, 300×1 ([S35]).
    let second = generate(&program, &maxes, &s, 1).unwrap();
    let deload = find(&second, 3, 3, "squat", Role::Main);
    assert_eq!(whole(deload), vec![210, 240, 270, 300]);
    assert_eq!(
        reps(deload),
        vec![
            Reps::Exact(3),
            Reps::Exact(3),
            Reps::range(1, 3).unwrap(),
            Reps::Exact(1)
        ]
    );
    // Anchor: 3s week with a + set, FSL 3×5; then the TM test 70/80/90 % × 5,
    // TM × 3–5 ([S14][S18]).
    let anchor = generate(&program, &maxes, &s, 2).unwrap();
    let w1 = find(&anchor, 0, 3, "squat", Role::Main);
    assert_eq!(whole(w1), vec![210, 240, 270]);
    assert_eq!(w1.sets[2].reps, Reps::Amrap { min: 3 });
    assert_eq!(
        whole(find(&anchor, 0, 3, "squat", Role::Supplemental)),
        vec![210; 3]
    );
    let test = find(&anchor, 3, 3, "squat", Role::Main);
    assert_eq!(whole(test), vec![210, 240, 270, 300]);
    assert_eq!(test.sets[3].reps, Reps::range(3, 5).unwrap());
}

#[test]
fn joker_sets_are_optional_and_5_10_percent_above_the_top_set() {
    let options = BuiltinOptions {
        joker_sets: true,
        ..BuiltinOptions::default()
    };
    let program = build("531", &options);
    let maxes = Maxes::new()
        .with("press", kg(50.0))
        .with("bench", kg(100.0))
        .with("squat", kg(150.0))
        .with("deadlift", kg(200.0));
    let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    // Week 1 bench: 65, 75, 85 %, jokers at 90 and 95 % ([S32][S33]).
    let bench = find(&plan, 0, 2, "bench", Role::Main);
    assert_eq!(whole(bench), vec![65, 75, 85, 90, 95]);
    let optional: Vec<bool> = bench.sets.iter().map(|s| s.optional).collect();
    assert_eq!(optional, vec![false, false, false, true, true]);
    // Week 3 (95 % top): 100 and 105 %.
    assert_eq!(
        whole(find(&plan, 2, 2, "bench", Role::Main))[3..],
        [100, 105]
    );
    // No jokers on the deload, nor without the option.
    assert_eq!(find(&plan, 3, 2, "bench", Role::Main).sets.len(), 3);
    let plain = generate(
        &build("531", &BuiltinOptions::default()),
        &maxes,
        &PlanSettings::new(Unit::Kg),
        0,
    )
    .unwrap();
    assert_eq!(find(&plain, 0, 2, "bench", Role::Main).sets.len(), 3);
}

#[test]
fn texas_method_volume_recovery_intensity() {
    let program = build("texas-method", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", lb(300.0))
        .with("bench", lb(200.0))
        .with("press", lb(135.0))
        .with("deadlift", lb(365.0));
    let mut s = settings(Unit::Lb, Rounding::Nearest);
    let plan = generate(&program, &maxes, &s, 0).unwrap();
    // Monday 5×5 at 90 % of Friday's 300: 270; Wednesday 2×5 at 80 % of
    // Monday's = 216 → 215; Friday 1×5 at 300 ([S36][S37][S38]).
    let mon = find(&plan, 0, 0, "squat", Role::Main);
    assert_eq!(
        (whole(mon), reps(mon)),
        (vec![270; 5], vec![Reps::Exact(5); 5])
    );
    assert!(!mon.counts, "only Friday decides progression");
    let wed = find(&plan, 0, 1, "squat", Role::Main);
    assert_eq!(whole(wed), vec![215, 215]);
    let fri = find(&plan, 0, 2, "squat", Role::Main);
    assert_eq!((whole(fri), reps(fri)), (vec![300], vec![Reps::Exact(5)]));
    assert!(fri.counts);
    assert_eq!(whole(find(&plan, 0, 0, "bench", Role::Main)), vec![180; 5]);
    // Back extensions: bodyweight, no weight planned.
    let ext = find(&plan, 0, 1, "back-extension", Role::Accessory);
    assert_eq!(ext.sets.len(), 5);
    assert!(ext
        .sets
        .iter()
        .all(|s| s.weight.is_none() && s.load == Load::Bodyweight));
    // Stalled at 5s: the intensity day rotates 2×3, 3×2, 5×1 ([S37][S18]).
    for (stage, count, r) in [(1, 2, 3), (2, 3, 2), (3, 5, 1)] {
        s.stages.insert(LiftKey::new("squat"), stage);
        let plan = generate(&program, &maxes, &s, 0).unwrap();
        let fri = find(&plan, 0, 2, "squat", Role::Main);
        assert_eq!(reps(fri), vec![Reps::Exact(r); count]);
        assert_eq!(whole(fri), vec![300; count]);
        assert_eq!(whole(find(&plan, 0, 0, "squat", Role::Main)), vec![270; 5]);
    }
}

#[test]
fn starting_strength_alternates_a_and_b() {
    let program = build("starting-strength", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", lb(225.0))
        .with("bench", lb(155.0))
        .with("press", lb(105.0))
        .with("deadlift", lb(275.0));
    let plan = generate(&program, &maxes, &settings(Unit::Lb, Rounding::Nearest), 0).unwrap();
    let lifts = |w: usize, d: usize| -> Vec<(String, usize, i64)> {
        plan.weeks[w].days[d]
            .exercises
            .iter()
            .map(|e| (e.lift.to_string(), e.sets.len(), whole(e)[0]))
            .collect()
    };
    let a = vec![
        ("squat".to_string(), 3, 225),
        ("bench".to_string(), 3, 155),
        ("deadlift".to_string(), 1, 275),
    ];
    let b = vec![
        ("squat".to_string(), 3, 225),
        ("press".to_string(), 3, 105),
        ("deadlift".to_string(), 1, 275),
    ];
    assert_eq!(plan.weeks.len(), 2);
    assert_eq!(
        [lifts(0, 0), lifts(0, 1), lifts(0, 2)],
        [a.clone(), b.clone(), a.clone()]
    );
    assert_eq!(
        [lifts(1, 0), lifts(1, 1), lifts(1, 2)],
        [b.clone(), a.clone(), b]
    );
}

#[test]
fn stronglifts_is_5x5_with_a_single_set_deadlift() {
    let program = build("stronglifts-5x5", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", kg(60.0))
        .with("bench", kg(45.0))
        .with("row", kg(50.0))
        .with("press", kg(32.5))
        .with("deadlift", kg(80.0));
    let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    let day = |w: usize, d: usize| -> Vec<(String, Vec<i64>, Vec<Reps>)> {
        plan.weeks[w].days[d]
            .exercises
            .iter()
            .map(|e| {
                (
                    e.lift.to_string(),
                    e.sets.iter().map(|s| s.weight.unwrap().milli()).collect(),
                    reps(e),
                )
            })
            .collect()
    };
    let five = vec![Reps::Exact(5); 5];
    assert_eq!(
        day(0, 0),
        vec![
            ("squat".to_string(), vec![60_000; 5], five.clone()),
            ("bench".to_string(), vec![45_000; 5], five.clone()),
            ("row".to_string(), vec![50_000; 5], five.clone()),
        ]
    );
    assert_eq!(
        day(0, 1),
        vec![
            ("squat".to_string(), vec![60_000; 5], five.clone()),
            ("press".to_string(), vec![32_500; 5], five),
            ("deadlift".to_string(), vec![80_000], vec![Reps::Exact(5)]),
        ]
    );
}

#[test]
fn madcow_ramps_in_12_5_percent_steps() {
    let program = build("madcow-5x5", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", kg(100.0))
        .with("bench", kg(80.0))
        .with("row", kg(70.0))
        .with("press", kg(50.0))
        .with("deadlift", kg(120.0));
    let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    let milli = |e: &PlannedExercise| -> Vec<i64> {
        e.sets.iter().map(|s| s.weight.unwrap().milli()).collect()
    };
    // Monday 50/62.5/75/87.5/100 % of 100 kg ([S48][S49]).
    assert_eq!(
        milli(find(&plan, 0, 0, "squat", Role::Main)),
        vec![50_000, 62_500, 75_000, 87_500, 100_000]
    );
    // Wednesday squat: the first three and the third again ([S49][S18]).
    assert_eq!(
        milli(find(&plan, 0, 1, "squat", Role::Main)),
        vec![50_000, 62_500, 75_000, 75_000]
    );
    // Friday: four ramp sets, a triple at 102.5 %, back-off 8 at 75 % ([S52]).
    let fri = find(&plan, 0, 2, "squat", Role::Main);
    assert_eq!(milli(fri), vec![50_000, 62_500, 75_000, 87_500, 102_500]);
    assert_eq!(fri.sets[4].reps, Reps::Exact(3));
    let back = find(&plan, 0, 2, "squat", Role::Supplemental);
    assert_eq!(
        (milli(back), reps(back)),
        (vec![75_000], vec![Reps::Exact(8)])
    );
    // Bench 80 kg: 40, 50, 60, 70, 80.
    assert_eq!(
        milli(find(&plan, 0, 0, "bench", Role::Main)),
        vec![40_000, 50_000, 60_000, 70_000, 80_000]
    );
}

#[test]
fn gzclp_tiers_and_stages() {
    let program = build("gzclp", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", kg(100.0))
        .with("bench", kg(70.0))
        .with("press", kg(45.0))
        .with("deadlift", kg(120.0))
        .with("squat-t2", kg(70.0))
        .with("bench-t2", kg(50.0))
        .with("press-t2", kg(30.0))
        .with("deadlift-t2", kg(85.0))
        .with("lat-pulldown", kg(40.0))
        .with("dumbbell-row", kg(20.0));
    let mut s = PlanSettings::new(Unit::Kg);
    let plan = generate(&program, &maxes, &s, 0).unwrap();
    let d1: Vec<&str> = plan.weeks[0].days[0]
        .exercises
        .iter()
        .map(|e| e.lift.as_str())
        .collect();
    assert_eq!(d1, vec!["squat", "bench-t2", "lat-pulldown"]);
    let t1 = &plan.weeks[0].days[0].exercises[0];
    assert_eq!(t1.stage.as_deref(), Some("5×3+"));
    let mut expected = vec![Reps::Exact(3); 4];
    expected.push(Reps::Amrap { min: 3 });
    assert_eq!(reps(t1), expected);
    assert_eq!(whole(t1), vec![100; 5]);
    let t2 = &plan.weeks[0].days[0].exercises[1];
    assert_eq!(
        (reps(t2), whole(t2)),
        (vec![Reps::Exact(10); 3], vec![50; 3])
    );
    let t3 = &plan.weeks[0].days[0].exercises[2];
    assert_eq!(
        reps(t3),
        vec![Reps::Exact(15), Reps::Exact(15), Reps::Amrap { min: 15 }]
    );
    assert!(t3.warmup.is_empty() && t3.role == Role::Accessory);
    // Stage 2 and 3 of T1: 6×2+ and 10×1+; of T2: 3×8 and 3×6 ([S54]).
    for (stage, t1_sets, t1_reps, t2_reps) in [(1, 6, 2, 8), (2, 10, 1, 6)] {
        s.stages.insert(LiftKey::new("squat"), stage);
        s.stages.insert(LiftKey::new("bench-t2"), stage);
        let plan = generate(&program, &maxes, &s, 0).unwrap();
        let t1 = &plan.weeks[0].days[0].exercises[0];
        let mut expected = vec![Reps::Exact(t1_reps); t1_sets - 1];
        expected.push(Reps::Amrap { min: t1_reps });
        assert_eq!(reps(t1), expected);
        assert_eq!(
            reps(&plan.weeks[0].days[0].exercises[1]),
            vec![Reps::Exact(t2_reps); 3]
        );
        // Day 3's bench T1 is its own lift: still 5×3+.
        assert_eq!(plan.weeks[0].days[2].exercises[0].sets.len(), 5);
    }
}

#[test]
fn nsuns_day_waves_in_percent_of_tm() {
    let program = build("nsuns-5day", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("bench", lb(200.0))
        .with("squat", lb(300.0))
        .with("press", lb(100.0))
        .with("deadlift", lb(400.0));
    let plan = generate(&program, &maxes, &settings(Unit::Lb, Rounding::Nearest), 0).unwrap();
    // Day 5 bench TM 200: 75×5, 85×3, 95×1+, 90×3, 85×5, 80×3, 75×5, 70×3, 65×5+.
    let bench = find(&plan, 0, 4, "bench", Role::Main);
    assert_eq!(
        whole(bench),
        vec![150, 170, 190, 180, 170, 160, 150, 140, 130]
    );
    assert_eq!(bench.sets[2].reps, Reps::Amrap { min: 1 });
    assert_eq!(bench.sets[8].reps, Reps::Amrap { min: 5 });
    // Day 1 T2 press at TM 100: 50×6, 60×5, 70×3, 70×5, 70×7, 70×4, 70×6, 70×8.
    let press = find(&plan, 0, 0, "press", Role::Supplemental);
    assert_eq!(whole(press), vec![50, 60, 70, 70, 70, 70, 70, 70]);
    let r: Vec<u32> = press.sets.iter().map(|s| s.reps.min()).collect();
    assert_eq!(r, vec![6, 5, 3, 5, 7, 4, 6, 8]);
    // Day 2 sumo deadlift off the deadlift TM 400: 200, 240, 280 × 6.
    let sumo = find(&plan, 0, 1, "sumo-deadlift", Role::Supplemental);
    assert_eq!(whole(sumo), vec![200, 240, 280, 280, 280, 280, 280, 280]);
    // Day 4 deadlift ends 65×3+ = 260.
    let dl = find(&plan, 0, 3, "deadlift", Role::Main);
    assert_eq!(whole(dl), vec![300, 340, 380, 360, 340, 320, 300, 280, 260]);
    assert_eq!(dl.sets[8].reps, Reps::Amrap { min: 3 });
}

#[test]
fn smolov_jr_weeks_with_increment_settings() {
    let program = build("smolov-jr", &BuiltinOptions::default());
    let maxes = Maxes::new().with("squat", kg(200.0));
    let plan = generate(&program, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    // 6×6 @ 70 %, 7×5 @ 75 %, 8×4 @ 80 %, 10×3 @ 85 % of 1RM 200 kg ([S57]);
    // weeks 2 and 3 +5 kg and +10 kg by default ([S61]).
    let expected = [
        [140, 150, 160, 170],
        [145, 155, 165, 175],
        [150, 160, 170, 180],
    ];
    for (w, row) in expected.iter().enumerate() {
        for (d, (&weight, (count, r))) in row
            .iter()
            .zip([(6, 6), (7, 5), (8, 4), (10, 3)])
            .enumerate()
        {
            let e = find(&plan, w, d, "squat", Role::Main);
            assert_eq!(
                whole(e),
                vec![weight; count],
                "week {} day {}",
                w + 1,
                d + 1
            );
            assert_eq!(reps(e), vec![Reps::Exact(r); count]);
        }
    }
    // Increments are settings: +10 lb / +20 lb on a 400 lb 1RM: 280 → 290 → 300.
    let options = BuiltinOptions {
        smolov_week2: UnitPair::new(5.0, 10.0),
        smolov_week3: UnitPair::new(10.0, 20.0),
        ..BuiltinOptions::default()
    };
    let program = build("smolov-jr", &options);
    let maxes = Maxes::new().with("squat", lb(400.0));
    let plan = generate(&program, &maxes, &settings(Unit::Lb, Rounding::Nearest), 0).unwrap();
    let day1: Vec<i64> = (0..3)
        .map(|w| whole(find(&plan, w, 0, "squat", Role::Main))[0])
        .collect();
    assert_eq!(day1, vec![280, 290, 300]);
}

#[test]
fn fives_threes_ones_stages() {
    let program = build("5s-3s-1s", &BuiltinOptions::default());
    let maxes = Maxes::new()
        .with("squat", kg(140.0))
        .with("bench", kg(100.0))
        .with("deadlift", kg(180.0))
        .with("press", kg(60.0));
    let mut s = PlanSettings::new(Unit::Kg);
    for (stage, r, name) in [(0, 5, "5s"), (1, 3, "3s"), (2, 1, "Singles")] {
        s.stages.insert(LiftKey::new("squat"), stage);
        let plan = generate(&program, &maxes, &s, 0).unwrap();
        let squat = find(&plan, 0, 0, "squat", Role::Main);
        assert_eq!(
            (whole(squat), reps(squat)),
            (vec![140], vec![Reps::Exact(r)])
        );
        assert_eq!(squat.stage.as_deref(), Some(name));
    }
}

#[test]
fn catalog_lists_every_builtin_and_each_builds() {
    let catalog = builtin::catalog();
    let ids: Vec<&str> = catalog.iter().map(|i| i.id).collect();
    for id in [
        "531",
        "531-bbb",
        "531-bbb-challenge",
        "531-fsl",
        "531-5s-pro",
        "531-bbs",
        "531-leader-anchor",
        "texas-method",
        "starting-strength",
        "stronglifts-5x5",
        "madcow-5x5",
        "gzclp",
        "nsuns-5day",
        "smolov-jr",
        "5s-3s-1s",
    ] {
        assert!(ids.contains(&id), "{id} in catalog");
    }
    for info in &catalog {
        let p = build(info.id, &BuiltinOptions::default());
        assert_eq!(p.id, info.id);
        // What the lifter reads is plain words: source tags stay in doc comments.
        assert!(
            info.source.starts_with("After ") || info.source.starts_with("A "),
            "{}: {}",
            info.id,
            info.source
        );
        let texts = [info.name, info.summary, info.source]
            .into_iter()
            .chain(p.cycles.iter().map(|c| c.name.as_str()))
            .chain(
                p.cycles
                    .iter()
                    .flat_map(|c| &c.weeks)
                    .map(|w| w.name.as_str()),
            );
        for text in texts {
            for tag in ["§", "[S", ".md"] {
                assert!(!text.contains(tag), "{}: {text:?} shows {tag:?}", info.id);
            }
        }
        assert!(!p.cycles.is_empty());
        // Every exercise names a lift the program defines.
        assert!(
            p.exercises().all(|e| p.lift(&e.lift).is_some()),
            "{}",
            info.id
        );
    }
    assert_eq!(
        builtin::build("no-such-program", &BuiltinOptions::default()),
        None
    );
}

#[test]
fn built_programs_are_plain_data_that_round_trip_and_edit() {
    for info in builtin::catalog() {
        let p = build(info.id, &BuiltinOptions::default());
        let json = serde_json::to_string(&p).unwrap();
        let back: Program = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p, "{}", info.id);
    }
    // Percentages serialize as the numbers in the sources.
    let json = serde_json::to_string(&Percent::from_hundredths(8750)).unwrap();
    assert_eq!(json, "87.5");
    // A copy renamed to a custom lift plans under the new key.
    let mut p = build("smolov-jr", &BuiltinOptions::default());
    p.lifts[0].key = LiftKey::new("bench");
    p.lifts[0].name = "Bench press".to_string();
    for c in &mut p.cycles {
        for w in &mut c.weeks {
            for d in &mut w.days {
                for e in &mut d.exercises {
                    e.lift = LiftKey::new("bench");
                }
            }
        }
    }
    let plan = generate(
        &p,
        &Maxes::new().with("bench", kg(100.0)),
        &PlanSettings::new(Unit::Kg),
        0,
    )
    .unwrap();
    assert_eq!(whole(&plan.weeks[0].days[0].exercises[0])[0], 70);
}
