//! GZCLP, Cody LeFever's linear progression in tiers (training-math.md §3.5).

use super::parts::{
    amrap, cycle, day, exact, linear, lower, program, reset_by, sets, staged, upper, week,
};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::load::UnitPair;
use crate::program::model::{Exercise, LiftDef, LiftKey, MaxKind, Program, SetGroup, WarmupStyle};
use crate::program::rule::{Advance, AmrapStep, Cadence, FailureAction, ProgressionRule};

/// Sources: training-math.md §3.5, [S54][S18].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "gzclp",
    name: "GZCLP",
    summary: "Four days: a heavy T1 lift, a volume T2 lift and T3 accessories; stages step down reps on failure.",
    source: "After Cody LeFever's GZCLP, as the community wiki describes it",
};

/// `n − 1` sets of `reps` and a last set of `reps+` at the working weight.
fn last_plus(n: u32, reps: u32) -> Vec<SetGroup> {
    vec![sets(n - 1, exact(reps), 100), sets(1, amrap(reps), 100)]
}

fn t1(key: &str) -> Exercise {
    staged(
        key,
        vec![
            ("5×3+", last_plus(5, 3)),
            ("6×2+", last_plus(6, 2)),
            ("10×1+", last_plus(10, 1)),
        ],
    )
}

fn t2(key: &str) -> Exercise {
    staged(
        key,
        vec![
            ("3×10", vec![sets(3, exact(10), 100)]),
            ("3×8", vec![sets(3, exact(8), 100)]),
            ("3×6", vec![sets(3, exact(6), 100)]),
        ],
    )
    .without_warmup()
}

fn t3(key: &str) -> Exercise {
    super::parts::accessory(key, last_plus(3, 15))
}

/// Every lift's max is its working weight ([`MaxKind::WorkWeight`]); T1 and
/// T2 of the same movement are tracked apart (`squat`, `squat-t2`).
///
/// Days ([S54]): 1 squat T1, bench T2, lat pulldown T3; 2 press T1,
/// deadlift T2, dumbbell row T3; 3 bench T1, squat T2, lat pulldown T3;
/// 4 deadlift T1, press T2, dumbbell row T3.
///
/// * T1 5 × 3+ → 6 × 2+ → 10 × 1+; T2 3 × 10 → 3 × 8 → 3 × 6 ([S54]).
/// * Success: +10 lb / 5 kg lower, +5 lb / 2.5 kg upper, next session;
///   failure: same weight, next stage ([S18][S54]).
/// * T1 failing 10 × 1+: restart 5 × 3+ about 10 % lower ("drop ~10 % and
///   restart"; or test a new 5RM and take 85 %, [S18]).
/// * T2 failing 3 × 6: restart 3 × 10 at the last 3 × 10 weight + 15 lb
///   (7.5 kg, the 5 lb ≈ 2.5 kg pairing used throughout) ([S18]).
/// * T3 3 × 15+: +5 lb / 2.5 kg once the last set reaches 25 reps ([S18];
///   the amount is not in the sources, [C]).
///
/// Rounding: nearest.
pub fn gzclp(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let t1_rule = |inc| {
        Some(linear(
            Cadence::Session,
            inc,
            1,
            FailureAction::NextStage {
                advance: false,
                last: Box::new(reset_by(10)),
            },
        ))
    };
    let t2_rule = |inc| {
        Some(linear(
            Cadence::Session,
            inc,
            1,
            FailureAction::NextStage {
                advance: false,
                last: Box::new(FailureAction::ReturnToFirstStage {
                    add: UnitPair::new(7.5, 15.0),
                }),
            },
        ))
    };
    let t3_rule = Some(ProgressionRule {
        cadence: Cadence::Session,
        advance: Advance::AmrapTable {
            set_min_reps: 15,
            steps: vec![AmrapStep {
                min_reps: 25,
                add: upper(),
            }],
        },
        after_failures: 1,
        on_failure: FailureAction::Repeat,
    });
    let mut lifts = Vec::new();
    for (key, name, inc) in [
        ("squat", "Squat", lower()),
        ("bench", "Bench press", upper()),
        ("press", "Overhead press", upper()),
        ("deadlift", "Deadlift", lower()),
    ] {
        lifts.push(super::parts::lift(
            key,
            &format!("{name} (T1)"),
            MaxKind::WorkWeight,
            t1_rule(inc),
        ));
        lifts.push(LiftDef {
            movement: Some(LiftKey::new(key)),
            ..super::parts::lift(
                &format!("{key}-t2"),
                &format!("{name} (T2)"),
                MaxKind::WorkWeight,
                t2_rule(inc),
            )
        });
    }
    for (key, name) in [
        ("lat-pulldown", "Lat pulldown"),
        ("dumbbell-row", "Dumbbell row"),
    ] {
        lifts.push(LiftDef {
            barbell: false,
            ..super::parts::lift(key, name, MaxKind::WorkWeight, t3_rule.clone())
        });
    }
    let days = vec![
        day(
            "Day 1",
            vec![t1("squat"), t2("bench-t2"), t3("lat-pulldown")],
        ),
        day(
            "Day 2",
            vec![t1("press"), t2("deadlift-t2"), t3("dumbbell-row")],
        ),
        day(
            "Day 3",
            vec![t1("bench"), t2("squat-t2"), t3("lat-pulldown")],
        ),
        day(
            "Day 4",
            vec![t1("deadlift"), t2("press-t2"), t3("dumbbell-row")],
        ),
    ];
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        lifts,
        vec![cycle("Week", vec![week("Week", days)])],
    )
}
