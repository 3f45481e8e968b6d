//! Accessories: fixed weight, bodyweight, bodyweight plus added weight and
//! timed holds; their own progression (double progression); the rep range
//! type; and the plan following a progressing accessory's working weight.

use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::program::edit::{self, Accessory, AccessoryLoad, DayAt, WeekAt};
use liftsheet_domain::program::{
    generate, required_lifts, starting_weights, Advance, LiftKey, Load, MaxKind, Maxes,
    PlanSettings, Program, RepRangeError, Reps, UnitPair,
};
use liftsheet_domain::progression::{
    propose, Judged, LiftResult, LiftState, ProgressState, SessionResult, SetResult,
};
use liftsheet_domain::{Unit, Weight};

fn block() -> Program {
    builtin::build("5s-3s-1s", &BuiltinOptions::default()).unwrap()
}

fn day0() -> DayAt {
    DayAt {
        week: WeekAt { cycle: 0, week: 0 },
        day: 0,
    }
}

fn key(k: &str) -> LiftKey {
    LiftKey::new(k)
}

/// The 5s block with a hyperextension 3 × 8-12 at 20 lb (double progression
/// +5 lb), a weighted back-extension hold and a plank on day 1.
fn with_accessories() -> (Program, LiftKey, LiftKey, LiftKey) {
    let mut p = block();
    let hyper = edit::add_accessory(
        &mut p,
        day0(),
        &Accessory {
            name: "Hyperextension".into(),
            load: AccessoryLoad::Fixed(Weight::lb(20.0)),
            sets: 3,
            reps: Reps::range(8, 12).unwrap(),
        },
    )
    .unwrap();
    edit::set_double_progression(&mut p, &hyper, Some(UnitPair::new(2.5, 5.0))).unwrap();
    let hold = edit::add_accessory(
        &mut p,
        day0(),
        &Accessory {
            name: "Back-extension hold".into(),
            load: AccessoryLoad::BodyweightPlus(Weight::lb(10.0)),
            sets: 2,
            reps: Reps::Hold { seconds: 30 },
        },
    )
    .unwrap();
    let plank = edit::add_accessory(
        &mut p,
        day0(),
        &Accessory {
            name: "Plank".into(),
            load: AccessoryLoad::Bodyweight,
            sets: 3,
            reps: Reps::Hold { seconds: 45 },
        },
    )
    .unwrap();
    (p, hyper, hold, plank)
}

fn maxes_lb() -> Maxes {
    Maxes::new()
        .with("squat", Weight::lb(225.0))
        .with("bench", Weight::lb(185.0))
        .with("deadlift", Weight::lb(275.0))
        .with("press", Weight::lb(115.0))
}

#[test]
fn a_rep_range_stays_a_range() {
    assert_eq!(
        Reps::range(12, 8),
        Err(RepRangeError::MinAboveMax { min: 12, max: 8 })
    );
    assert_eq!(Reps::range(0, 8), Err(RepRangeError::ZeroMin));
    let r = Reps::range(8, 12).unwrap();
    assert_eq!((r.min(), r.top()), (8, 12));
    assert_eq!(r.to_string(), "8-12");
    // The stored form is unchanged, and an upside-down range doesn't load.
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json, r#"{"range":{"min":8,"max":12}}"#);
    assert_eq!(serde_json::from_str::<Reps>(&json).unwrap(), r);
    assert!(serde_json::from_str::<Reps>(r#"{"range":{"min":12,"max":8}}"#).is_err());
    // Holds read in seconds.
    let hold = Reps::Hold { seconds: 30 };
    assert_eq!(hold.to_string(), "30 s");
    assert!(hold.is_hold() && !hold.is_amrap());
    assert_eq!(hold.min(), 30);
}

#[test]
fn accessories_ask_for_no_max_and_plan_at_their_weights() {
    let (p, hyper, hold, plank) = with_accessories();
    let required: Vec<&str> = required_lifts(&p).iter().map(|l| l.key.as_str()).collect();
    assert_eq!(required, ["squat", "bench", "deadlift", "press"]);
    for k in [&hyper, &hold, &plank] {
        let lift = p.lift(k).unwrap();
        assert_eq!(lift.max, MaxKind::WorkWeight, "{k}");
        assert!(!lift.barbell);
    }
    let settings = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    let plan = generate(&p, &maxes_lb(), &settings, 0).expect("no max asked for accessories");
    let day = &plan.weeks[0].days[0];
    let find = |k: &LiftKey| day.exercises.iter().find(|e| &e.lift == k).unwrap();
    let h = find(&hyper);
    assert_eq!(h.sets.len(), 3);
    assert!(h.warmup.is_empty());
    assert!(h
        .sets
        .iter()
        .all(|s| s.weight == Some(Weight::lb(20.0)) && s.loading.is_none()));
    assert_eq!(h.sets[0].reps, Reps::range(8, 12).unwrap());
    let b = find(&hold);
    assert!(b.sets.iter().all(|s| s.weight == Some(Weight::lb(10.0))));
    assert_eq!(b.sets[0].load, Load::BodyweightPlus(Weight::lb(10.0)));
    assert_eq!(b.sets[0].reps.to_string(), "30 s");
    let k = find(&plank);
    assert!(k.sets.iter().all(|s| s.weight.is_none()));
}

#[test]
fn starting_weights_are_the_progressing_fixed_weights() {
    let (p, hyper, hold, plank) = with_accessories();
    let start = starting_weights(&p);
    assert_eq!(start.get(&hyper), Some(Weight::lb(20.0)));
    // Without a progression rule the weight doesn't move: nothing to start.
    assert_eq!(start.get(&hold), None);
    assert_eq!(start.get(&plank), None);
    assert_eq!(start.0.len(), 1);
    // Percentage lifts never get a starting weight from here.
    assert_eq!(start.get(&key("deadlift")), None);
}

#[test]
fn the_plan_follows_the_working_weight_of_a_progressing_accessory() {
    let (p, hyper, _, _) = with_accessories();
    let settings = PlanSettings::new(Unit::Lb);
    let maxes = maxes_lb().with(hyper.as_str(), Weight::lb(35.0));
    let plan = generate(&p, &maxes, &settings, 0).unwrap();
    let h = plan.exercises().find(|e| e.lift == hyper).unwrap();
    assert!(h.sets.iter().all(|s| s.weight == Some(Weight::lb(35.0))));
    // A kg working weight on an lb plan is converted and rounded.
    let maxes = maxes_lb().with(hyper.as_str(), Weight::kg(20.0));
    let plan = generate(&p, &maxes, &settings, 0).unwrap();
    let h = plan.exercises().find(|e| e.lift == hyper).unwrap();
    assert_eq!(h.sets[0].weight, Some(Weight::lb(45.0)), "44.09 lb to 5 lb");
    // Without a progression rule the written weight stands.
    let mut fixed = p.clone();
    edit::set_double_progression(&mut fixed, &hyper, None).unwrap();
    let maxes = maxes_lb().with(hyper.as_str(), Weight::lb(35.0));
    let plan = generate(&fixed, &maxes, &settings, 0).unwrap();
    let h = plan.exercises().find(|e| e.lift == hyper).unwrap();
    assert!(h.sets.iter().all(|s| s.weight == Some(Weight::lb(20.0))));
}

fn hyper_session(lift: &LiftKey, done: [u32; 3]) -> SessionResult {
    let target = Reps::range(8, 12).unwrap();
    SessionResult {
        lifts: vec![LiftResult {
            lift: lift.clone(),
            sets: done.iter().map(|&d| SetResult::new(target, d)).collect(),
            form_broke: false,
        }],
    }
}

#[test]
fn double_progression_adds_weight_only_at_the_top_of_the_range() {
    let (p, hyper, _, _) = with_accessories();
    let settings = PlanSettings::new(Unit::Lb);
    let state = ProgressState::from_maxes(&starting_weights(&p));
    let propose_one = |state: &ProgressState, done: [u32; 3]| {
        let got = propose(
            &p,
            state,
            Judged::sessions(&[hyper_session(&hyper, done)]),
            &settings,
        )
        .unwrap();
        got.into_iter().find(|x| x.lift == hyper).unwrap()
    };
    // Reps climbing but not all at 12: same weight, no failure counted.
    let short = propose_one(&state, [12, 11, 9]);
    assert_eq!(short.to, LiftState::at(Weight::lb(20.0)));
    assert!(short.reason.contains("same weight"), "{}", short.reason);
    // All three at the top: +5 lb.
    let top = propose_one(&state, [12, 12, 13]);
    assert_eq!(top.to.max, Weight::lb(25.0));
    assert_eq!(top.to.failures, 0);
    assert!(top.reason.contains("+5 lb"), "{}", top.reason);
    // A set below the bottom is a failure: the rule repeats the weight.
    let below = propose_one(&state, [12, 12, 6]);
    assert_eq!(below.to.max, Weight::lb(20.0));
    assert!(below.reason.starts_with("Missed reps"), "{}", below.reason);
    // A kg lifter adds the kg step.
    let kg_state = ProgressState::from_maxes(&Maxes::new().with(hyper.as_str(), Weight::kg(10.0)));
    let got = propose(
        &p,
        &kg_state,
        Judged::sessions(&[hyper_session(&hyper, [12, 12, 12])]),
        &PlanSettings::new(Unit::Kg),
    )
    .unwrap();
    let kg = got.iter().find(|x| x.lift == hyper).unwrap();
    assert_eq!(kg.to.max, Weight::kg(12.5));
}

#[test]
fn a_progressing_accessory_without_state_starts_at_its_written_weight() {
    let (p, hyper, _, _) = with_accessories();
    // The lifter's state has only the main lifts (a program started before
    // the accessory had a working weight).
    let state = ProgressState::from_maxes(&maxes_lb());
    let got = propose(
        &p,
        &state,
        Judged::sessions(&[hyper_session(&hyper, [12, 12, 12])]),
        &PlanSettings::new(Unit::Lb),
    )
    .unwrap();
    let h = got.iter().find(|x| x.lift == hyper).unwrap();
    assert_eq!(h.from.max, Weight::lb(20.0));
    assert_eq!(h.to.max, Weight::lb(25.0));
}

#[test]
fn double_progression_is_a_rule_like_any_other() {
    let (p, hyper, _, _) = with_accessories();
    let rule = p.lift(&hyper).unwrap().progression.clone().unwrap();
    assert_eq!(
        rule.advance,
        Advance::DoubleProgression(UnitPair::new(2.5, 5.0))
    );
    // It survives the share-link checks and a JSON round trip.
    assert_eq!(liftsheet_domain::share::validate::program(&p), Ok(()));
    let json = serde_json::to_string(&p).unwrap();
    let back: Program = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
}

#[test]
fn a_logged_hold_records_its_seconds_as_reps_and_is_no_record() {
    use liftsheet_domain::date::Date;
    use liftsheet_domain::log::{session_from_program, SessionId, SetKind};
    use liftsheet_domain::program::ActiveProgram;
    let (p, hyper, _, plank) = with_accessories();
    let active = ActiveProgram::start(p.clone(), &maxes_lb());
    let none = liftsheet_domain::maxes::MaxTable::new();
    let next = active
        .next_day(&none, &PlanSettings::new(Unit::Lb))
        .unwrap();
    let date = Date::from_ymd(2026, 11, 30).unwrap();
    let session = session_from_program(SessionId::new("s"), date, &p, &next);
    let logged = |k: &LiftKey| session.lifts.iter().find(|e| e.lift == k.as_str()).unwrap();
    let plank_sets = &logged(&plank).sets;
    assert_eq!(plank_sets.len(), 3);
    assert!(plank_sets
        .iter()
        .all(|s| s.kind == SetKind::Hold && s.reps == 45 && s.target_reps == Some(45)));
    assert!(!SetKind::Hold.judged_for_progression());
    // The hyperextension is an accessory at its weight, the range's bottom.
    let h = &logged(&hyper).sets;
    assert!(h
        .iter()
        .all(|s| s.kind == SetKind::Accessory && s.reps == 8 && s.weight == Weight::lb(20.0)));
}
