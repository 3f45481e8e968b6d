//! Progression rules over simulated sessions and cycles (training-math.md
//! §2.5, §3.1–§3.6, §4). Results are built from generated plans, as the app
//! would build them from its log.

use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::program::plan::Plan;
use liftsheet_domain::program::{
    generate, FailureAction, LiftKey, Maxes, PlanSettings, Program, Reps,
};
use liftsheet_domain::progression::{
    propose, Judged, LiftResult, LiftState, ProgressState, ProgressionError, Proposal,
    SessionResult, SetResult,
};
use liftsheet_domain::{Unit, Weight};

fn lb(v: f64) -> Weight {
    Weight::lb(v)
}
fn kg(v: f64) -> Weight {
    Weight::kg(v)
}

fn build(id: &str) -> Program {
    builtin::build(id, &BuiltinOptions::default()).unwrap()
}

fn key(k: &str) -> LiftKey {
    LiftKey::new(k)
}

fn settings_for(state: &ProgressState, unit: Unit) -> PlanSettings {
    PlanSettings {
        stages: state.stages(),
        ..PlanSettings::new(unit)
    }
}

/// Every session of a plan as results; `reps` decides the reps done on each set.
fn results(plan: &Plan, reps: impl Fn(&str, Reps) -> u32) -> Vec<SessionResult> {
    SessionResult::all_from_plan(plan, |lift, target| reps(lift.as_str(), target))
}

fn max_of(state: &ProgressState, lift: &str) -> Weight {
    state.get(&key(lift)).unwrap().max
}

fn one<'a>(proposals: &'a [Proposal], lift: &str) -> &'a Proposal {
    proposals.iter().find(|p| p.lift.as_str() == lift).unwrap()
}

/// One session of `lift` with `sets` × `target`, achieving `done` on each.
fn session(lift: &str, target: Reps, sets: usize, done: u32) -> SessionResult {
    SessionResult {
        lifts: vec![LiftResult::new(
            lift,
            vec![SetResult::new(target, done); sets],
        )],
    }
}

fn wendler_state() -> ProgressState {
    ProgressState::from_maxes(
        &Maxes::new()
            .with("press", lb(150.0))
            .with("bench", lb(225.0))
            .with("squat", lb(285.0))
            .with("deadlift", lb(325.0)),
    )
}

#[test]
fn wendler_tm_rises_each_successful_cycle() {
    // +5 lb upper, +10 lb lower per cycle (§2.5 [S10][S16]).
    let program = build("531-bbb");
    let mut state = wendler_state();
    for cycle in 0..3 {
        let s = settings_for(&state, Unit::Lb);
        let plan = generate(&program, &state.maxes(), &s, cycle).unwrap();
        let done = results(&plan, |_, r| r.min() + 2);
        // Mid-cycle, per-cycle rules don't move.
        assert!(propose(&program, &state, Judged::sessions(&done), &s)
            .unwrap()
            .is_empty());
        let proposals = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
        assert_eq!(proposals.len(), 4);
        state.apply(&proposals);
    }
    assert_eq!(max_of(&state, "press"), lb(165.0));
    assert_eq!(max_of(&state, "bench"), lb(240.0));
    assert_eq!(max_of(&state, "squat"), lb(315.0));
    assert_eq!(max_of(&state, "deadlift"), lb(355.0));
}

#[test]
fn wendler_missed_plus_set_resets_tm_by_ten_percent() {
    let program = build("531-bbb");
    let state = wendler_state();
    let s = settings_for(&state, Unit::Lb);
    let plan = generate(&program, &state.maxes(), &s, 0).unwrap();
    // Squat misses its 1+ set (0 reps); a failed BBB set doesn't count.
    let done = results(&plan, |lift, r| match (lift, r) {
        ("squat", Reps::Amrap { min: 1 }) => 0,
        ("bench", Reps::Exact(10)) => 7,
        _ => r.min(),
    });
    let proposals = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
    // 285 − 28.5 = 256.5 → 255 (nearest 5 lb; 256.5 is 1.5 over 255).
    let squat = one(&proposals, "squat");
    assert_eq!((squat.from.max, squat.to.max), (lb(285.0), lb(255.0)));
    assert!(squat.reason.contains("Missed reps"), "{}", squat.reason);
    assert_eq!(one(&proposals, "bench").to.max, lb(230.0));
}

#[test]
fn wendler_five_forward_three_back() {
    // "Step TM back three increments" ([S13][S18]): 30 lb lower, 15 lb upper.
    let options = BuiltinOptions {
        tm_failure: FailureAction::StepBack(3),
        ..BuiltinOptions::default()
    };
    let program = builtin::build("531", &options).unwrap();
    let state = ProgressState::from_maxes(
        &Maxes::new()
            .with("squat", lb(320.0))
            .with("press", lb(150.0)),
    );
    let s = PlanSettings::new(Unit::Lb);
    let failed = [
        session("squat", Reps::Amrap { min: 5 }, 1, 3),
        session("press", Reps::Amrap { min: 5 }, 1, 4),
    ];
    let proposals = propose(&program, &state, Judged::whole_cycle(&failed), &s).unwrap();
    assert_eq!(one(&proposals, "squat").to.max, lb(290.0));
    assert_eq!(one(&proposals, "press").to.max, lb(135.0));
}

#[test]
fn starting_strength_adds_every_session_and_deloads_after_two_misses() {
    // +5 lb a session; a miss repeats; a second miss deloads 10 % ([S42][S18]).
    let program = build("starting-strength");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", lb(200.0)));
    let s = PlanSettings::new(Unit::Lb);
    let five = Reps::Exact(5);
    let mut seen = Vec::new();
    for done in [5, 5, 4, 5, 4, 4, 5] {
        let p = propose(
            &program,
            &state,
            Judged::sessions(&[session("squat", five, 3, done)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
        seen.push(max_of(&state, "squat").milli() / 1000);
    }
    // 205, 210, (miss) 210, 215, (miss) 215, (miss) 193.5 → 195, 200.
    assert_eq!(seen, vec![205, 210, 210, 215, 215, 195, 200]);
}

#[test]
fn stronglifts_three_failures_take_ten_percent_off() {
    // Fail 3 sessions in a row → −10 % (100 kg → 90 kg, [S43][S46]).
    let program = build("stronglifts-5x5");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(100.0)));
    let s = PlanSettings::new(Unit::Kg);
    let five = Reps::Exact(5);
    let mut failures = Vec::new();
    for _ in 0..3 {
        let p = propose(
            &program,
            &state,
            Judged::sessions(&[session("squat", five, 5, 3)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
        failures.push((
            max_of(&state, "squat"),
            state.get(&key("squat")).unwrap().failures,
        ));
    }
    assert_eq!(
        failures,
        vec![(kg(100.0), 1), (kg(100.0), 2), (kg(90.0), 0)]
    );
    // A success in between clears the streak.
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(100.0)));
    for done in [3, 3, 5, 3, 3] {
        let p = propose(
            &program,
            &state,
            Judged::sessions(&[session("squat", five, 5, done)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
    }
    assert_eq!(max_of(&state, "squat"), kg(102.5));
    // Deadlift adds 5 kg a session ([S43]).
    let state = ProgressState::from_maxes(&Maxes::new().with("deadlift", kg(100.0)));
    let p = propose(
        &program,
        &state,
        Judged::sessions(&[session("deadlift", five, 1, 5)]),
        &s,
    )
    .unwrap();
    assert_eq!(p[0].to.max, kg(105.0));
}

#[test]
fn several_sessions_apply_in_order() {
    let program = build("stronglifts-5x5");
    let state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(60.0)));
    let s = PlanSettings::new(Unit::Kg);
    let week = [
        session("squat", Reps::Exact(5), 5, 5),
        session("squat", Reps::Exact(5), 5, 5),
        session("squat", Reps::Exact(5), 5, 4),
    ];
    let p = propose(&program, &state, Judged::sessions(&week), &s).unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(
        p[0].to,
        LiftState {
            max: kg(65.0),
            stage: 0,
            failures: 1,
            first_stage_max: None
        }
    );
}

#[test]
fn gzclp_t1_walks_the_stages_then_resets() {
    // Success +5 kg lower; failure → same weight, next stage; failing
    // 10×1+ restarts 5×3+ 10 % lower (§3.5 [S18][S54]).
    let program = build("gzclp");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(100.0)));
    let s = PlanSettings::new(Unit::Kg);
    let mut walk = Vec::new();
    for ok in [true, false, false, true, false] {
        let stage = state.get(&key("squat")).unwrap().stage;
        let (sets, r) = [(5, 3), (6, 2), (10, 1)][stage as usize];
        let done = if ok { r } else { r - 1 };
        let p = propose(
            &program,
            &state,
            Judged::sessions(&[session("squat", Reps::Exact(r), sets, done)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
        let st = state.get(&key("squat")).unwrap();
        walk.push((st.max, st.stage));
    }
    assert_eq!(
        walk,
        vec![
            (kg(105.0), 0),
            (kg(105.0), 1),
            (kg(105.0), 2),
            (kg(110.0), 2),
            // 110 − 11 = 99 → 100 (nearest 2.5)
            (kg(100.0), 0),
        ]
    );
}

#[test]
fn gzclp_t2_restarts_at_last_stage_one_weight_plus_15_lb() {
    let program = build("gzclp");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("bench-t2", lb(100.0)));
    let s = PlanSettings::new(Unit::Lb);
    let mut walk = Vec::new();
    for (target, ok) in [(10, false), (8, true), (8, false), (6, true), (6, false)] {
        let done = if ok { target } else { target - 2 };
        let p = propose(
            &program,
            &state,
            Judged::sessions(&[session("bench-t2", Reps::Exact(target), 3, done)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
        let st = state.get(&key("bench-t2")).unwrap();
        walk.push((st.max.milli() / 1000, st.stage));
    }
    // Fail 3×10 at 100 → 3×8; +5; fail → 3×6; +5; fail → 3×10 at 100 + 15.
    assert_eq!(walk, vec![(100, 1), (105, 1), (105, 2), (110, 2), (115, 0)]);
}

#[test]
fn gzclp_t3_moves_up_at_25_reps() {
    let program = build("gzclp");
    let state = ProgressState::from_maxes(&Maxes::new().with("lat-pulldown", kg(40.0)));
    let s = PlanSettings::new(Unit::Kg);
    let t3 = |last: u32| SessionResult {
        lifts: vec![LiftResult::new(
            "lat-pulldown",
            vec![
                SetResult::new(Reps::Exact(15), 15),
                SetResult::new(Reps::Exact(15), 15),
                SetResult::new(Reps::Amrap { min: 15 }, last),
            ],
        )],
    };
    let next = |last| {
        propose(&program, &state, Judged::sessions(&[t3(last)]), &s).unwrap()[0]
            .to
            .max
    };
    assert_eq!(next(24), kg(40.0));
    assert_eq!(next(25), kg(42.5));
    assert_eq!(next(14), kg(40.0));
}

#[test]
fn nsuns_amrap_table_on_the_one_plus_set() {
    // 0–1 reps: none; 2–3: +5 lb; 4–5: +10 lb; 6+: +15 lb ([S18]).
    let program = build("nsuns-5day");
    let maxes = Maxes::new()
        .with("squat", lb(300.0))
        .with("bench", lb(200.0))
        .with("press", lb(100.0))
        .with("deadlift", lb(400.0));
    let state = ProgressState::from_maxes(&maxes);
    let s = PlanSettings::new(Unit::Lb);
    let plan = generate(&program, &maxes, &s, 0).unwrap();
    let mut table = Vec::new();
    for reps in 0..=8u32 {
        let done = results(&plan, |_, r| match r {
            Reps::Amrap { min: 1 } => reps,
            _ => r.min(),
        });
        let p = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
        table.push(one(&p, "squat").to.max.milli() / 1000 - 300);
        // Bench's day-1 8+ set doesn't drive it: only day 5's 1+.
        assert_eq!(
            one(&p, "bench").to.max.minus(lb(200.0)),
            one(&p, "squat").to.max.minus(lb(300.0))
        );
    }
    assert_eq!(table, vec![0, 0, 5, 5, 10, 10, 15, 15, 15]);
    // kg lifters get kg steps: 4 reps → +5 kg.
    let state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(140.0)));
    let done = [session("squat", Reps::Amrap { min: 1 }, 1, 4)];
    let p = propose(
        &program,
        &state,
        Judged::whole_cycle(&done),
        &PlanSettings::new(Unit::Kg),
    )
    .unwrap();
    assert_eq!(p[0].to.max, kg(145.0));
}

#[test]
fn texas_method_rotates_intensity_day_then_resets() {
    let program = build("texas-method");
    let mut state = ProgressState::from_maxes(
        &Maxes::new()
            .with("squat", lb(300.0))
            .with("bench", lb(200.0))
            .with("press", lb(135.0))
            .with("deadlift", lb(365.0)),
    );
    let mut walk = Vec::new();
    // Week 1 success, then Friday fails four weeks running.
    for friday_ok in [true, false, false, false, false] {
        let s = settings_for(&state, Unit::Lb);
        let plan = generate(&program, &state.maxes(), &s, 0).unwrap();
        // Monday's volume squat is missed every week: it must not matter.
        let done = results(&plan, |lift, r| match (lift, r) {
            ("squat", Reps::Exact(5)) if !friday_ok => 3,
            ("squat", r) if !friday_ok => r.min() - 1,
            (_, r) => r.min(),
        });
        let p = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
        state.apply(&p);
        let st = state.get(&key("squat")).unwrap();
        walk.push((st.max.milli() / 1000, st.stage));
    }
    // +5/week; then 2×3, 3×2, 5×1 at 305; then 10 % off: 274.5 → 275.
    assert_eq!(walk, vec![(305, 0), (305, 1), (305, 2), (305, 3), (275, 0)]);
    assert_eq!(max_of(&state, "bench"), lb(225.0));
}

#[test]
fn texas_volume_day_miss_does_not_fail_the_week() {
    let program = build("texas-method");
    let state = ProgressState::from_maxes(&Maxes::new().with("squat", lb(300.0)));
    let s = PlanSettings::new(Unit::Lb);
    let done = [
        SessionResult {
            lifts: vec![LiftResult {
                lift: key("squat"),
                sets: vec![
                    SetResult {
                        target: Reps::Exact(5),
                        achieved: 2,
                        counts: false
                    };
                    5
                ],
                form_broke: false,
            }],
        },
        session("squat", Reps::Exact(5), 1, 5),
    ];
    let p = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
    assert_eq!(p[0].to.max, lb(305.0));
}

#[test]
fn madcow_adds_two_and_a_half_percent_a_week() {
    let program = build("madcow-5x5");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(100.0)));
    let s = PlanSettings::new(Unit::Kg);
    let mut seen = Vec::new();
    for _ in 0..3 {
        let p = propose(
            &program,
            &state,
            Judged::whole_cycle(&[session("squat", Reps::Exact(5), 5, 5)]),
            &s,
        )
        .unwrap();
        state.apply(&p);
        seen.push(max_of(&state, "squat").milli());
    }
    // 102.5; 102.5 × 1.025 = 105.06 → 105; 105 × 1.025 = 107.625 → 107.5.
    assert_eq!(seen, vec![102_500, 105_000, 107_500]);
}

#[test]
fn fives_threes_ones_block_walk() {
    // +5 kg a week; form breaks at 5s → 3s (still +5 kg), then singles,
    // then reset 10 % and back to 5s (§4).
    let program = build("5s-3s-1s");
    let mut state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(140.0)));
    let mut walk = Vec::new();
    for form_broke in [false, false, true, false, true, true] {
        let stage = state.get(&key("squat")).unwrap().stage;
        let r = [5, 3, 1][stage as usize];
        let mut result = LiftResult::new("squat", vec![SetResult::new(Reps::Exact(r), r)]);
        result.form_broke = form_broke;
        let done = [SessionResult {
            lifts: vec![result],
        }];
        let s = settings_for(&state, Unit::Kg);
        let p = propose(&program, &state, Judged::whole_cycle(&done), &s).unwrap();
        if form_broke {
            assert!(p[0].reason.starts_with("Form broke"), "{}", p[0].reason);
        }
        state.apply(&p);
        let st = state.get(&key("squat")).unwrap();
        walk.push((st.max.milli(), st.stage));
    }
    assert_eq!(
        walk,
        vec![
            (145_000, 0),
            (150_000, 0),
            (155_000, 1),
            (160_000, 1),
            (165_000, 2),
            // 165 × 0.9 = 148.5 → 147.5 (nearest 2.5: 1 over 147.5)
            (147_500, 0),
        ]
    );
}

#[test]
fn missing_state_is_a_typed_error_and_unknown_lifts_are_ignored() {
    let program = build("stronglifts-5x5");
    let state = ProgressState::default();
    let s = PlanSettings::new(Unit::Kg);
    let err = propose(
        &program,
        &state,
        Judged::sessions(&[session("squat", Reps::Exact(5), 5, 5)]),
        &s,
    )
    .unwrap_err();
    assert_eq!(
        err,
        ProgressionError::MissingMax {
            lift: key("squat"),
            name: "Squat".to_string()
        }
    );
    assert_eq!(err.to_string(), "Enter a max for Squat.");
    let other = propose(
        &program,
        &state,
        Judged::sessions(&[session("curl", Reps::Exact(10), 3, 10)]),
        &s,
    )
    .unwrap();
    assert!(other.is_empty());
}

#[test]
fn proposals_only_propose() {
    let program = build("stronglifts-5x5");
    let state = ProgressState::from_maxes(&Maxes::new().with("squat", kg(100.0)));
    let before = state.clone();
    let p = propose(
        &program,
        &state,
        Judged::sessions(&[session("squat", Reps::Exact(5), 5, 5)]),
        &PlanSettings::new(Unit::Kg),
    )
    .unwrap();
    assert_eq!(state, before);
    assert_eq!((p[0].from.max, p[0].to.max), (kg(100.0), kg(102.5)));
    assert!(p[0].reason.contains("+2.5 kg"), "{}", p[0].reason);
    let json = serde_json::to_string(&p[0]).unwrap();
    assert_eq!(serde_json::from_str::<Proposal>(&json).unwrap(), p[0]);
}
