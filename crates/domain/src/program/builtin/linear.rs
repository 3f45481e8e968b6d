//! Novice linear progressions: Starting Strength and StrongLifts 5×5.
//!
//! Each lift's max is its working weight ([`MaxKind::WorkWeight`]); every
//! set is 100 % of it and the weight rises after every successful session.

use super::parts::{cycle, day, exact, lift, linear, lower, program, reset_by, sets, upper, week};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::load::UnitPair;
use crate::program::model::{Day, Exercise, MaxKind, Program, WarmupStyle};
use crate::program::rule::Cadence;

/// Sources: training-math.md §3.2, [S40][S41][S42][S18].
pub const INFO_SS: BuiltinInfo = BuiltinInfo {
    id: "starting-strength",
    name: "Starting Strength",
    summary: "Workouts A and B alternating three days a week; add weight every session.",
    source: "After Mark Rippetoe's Starting Strength novice progression",
};

/// Sources: training-math.md §3.3, [S43][S44][S45][S46].
pub const INFO_SL: BuiltinInfo = BuiltinInfo {
    id: "stronglifts-5x5",
    name: "StrongLifts 5×5",
    summary: "Workouts A and B alternating three days a week, 5×5; add weight every session.",
    source: "After Mehdi Hadim's StrongLifts 5×5",
};

/// Weeks 1 and 2 of an A/B alternation: A B A, then B A B.
fn alternating(a: &Day, b: &Day) -> Vec<crate::program::Week> {
    let name = |d: &Day, n: usize| crate::program::Day {
        name: format!("Day {n}: {}", d.name),
        ..d.clone()
    };
    vec![
        week("Week 1", vec![name(a, 1), name(b, 2), name(a, 3)]),
        week("Week 2", vec![name(b, 1), name(a, 2), name(b, 3)]),
    ]
}

/// Starting Strength novice LP (§3.2). A: squat 3×5, bench 3×5, deadlift
/// 1×5; B: squat 3×5, press 3×5, deadlift 1×5 ([S40][S18]). Every session:
/// +5 lb / +2.5 kg (Liftosaur's +5 lb, [S18]); deadlift +10 lb / +5 kg, the
/// early-phase jump Rippetoe describes ([S41]). A miss repeats the weight;
/// a second miss deloads 10 % ("8–10 %", [S42]; Liftosaur's −10 % after 2
/// failures, [S18]). Rounding: nearest (no source rounding; the weights are
/// the lifter's own).
pub fn starting_strength(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let rule = |inc| Some(linear(Cadence::Session, inc, 2, reset_by(10)));
    let a = day(
        "A",
        vec![
            Exercise::main("squat", vec![sets(3, exact(5), 100)]),
            Exercise::main("bench", vec![sets(3, exact(5), 100)]),
            Exercise::main("deadlift", vec![sets(1, exact(5), 100)]),
        ],
    );
    let b = day(
        "B",
        vec![
            Exercise::main("squat", vec![sets(3, exact(5), 100)]),
            Exercise::main("press", vec![sets(3, exact(5), 100)]),
            Exercise::main("deadlift", vec![sets(1, exact(5), 100)]),
        ],
    );
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        vec![
            lift("squat", "Squat", MaxKind::WorkWeight, rule(upper())),
            lift("bench", "Bench press", MaxKind::WorkWeight, rule(upper())),
            lift("press", "Press", MaxKind::WorkWeight, rule(upper())),
            lift("deadlift", "Deadlift", MaxKind::WorkWeight, rule(lower())),
        ],
        vec![cycle("Two weeks", alternating(&a, &b))],
    )
}

/// StrongLifts 5×5 (§3.3). A: squat, bench, barbell row 5×5; B: squat,
/// overhead press 5×5, deadlift 1×5 ([S43]). +2.5 kg / 5 lb per successful
/// session, deadlift +5 kg / 10 lb ([S43][S44][S45]); a failure repeats the
/// weight and the third failure in a row takes 10 % off ([S43][S44][S46]).
/// Rounding: nearest. Warm-ups: StrongLifts' own ladder (§5 [S47][S65]).
pub fn stronglifts(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let rule = |inc: UnitPair| Some(linear(Cadence::Session, inc, 3, reset_by(10)));
    let a = day(
        "A",
        vec![
            Exercise::main("squat", vec![sets(5, exact(5), 100)]),
            Exercise::main("bench", vec![sets(5, exact(5), 100)]),
            Exercise::main("row", vec![sets(5, exact(5), 100)]),
        ],
    );
    let b = day(
        "B",
        vec![
            Exercise::main("squat", vec![sets(5, exact(5), 100)]),
            Exercise::main("press", vec![sets(5, exact(5), 100)]),
            Exercise::main("deadlift", vec![sets(1, exact(5), 100)]),
        ],
    );
    program(
        info,
        options.rounding,
        WarmupStyle::StrongLifts,
        vec![
            lift("squat", "Squat", MaxKind::WorkWeight, rule(upper())),
            lift("bench", "Bench press", MaxKind::WorkWeight, rule(upper())),
            lift("row", "Barbell row", MaxKind::WorkWeight, rule(upper())),
            lift(
                "press",
                "Overhead press",
                MaxKind::WorkWeight,
                rule(upper()),
            ),
            lift("deadlift", "Deadlift", MaxKind::WorkWeight, rule(lower())),
        ],
        vec![cycle("Two weeks", alternating(&a, &b))],
    )
}
