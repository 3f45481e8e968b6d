//! nSuns 5/3/1 LP, 5-day version (training-math.md §3.6).

use super::parts::{amrap, cycle, day, exact, lift, pct, program, upper, week};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::load::{Reps, UnitPair};
use crate::program::model::{
    Exercise, LiftDef, LiftKey, MaxKind, Program, Role, SetGroup, WarmupStyle,
};
use crate::program::rule::{Advance, AmrapStep, Cadence, FailureAction, ProgressionRule};

/// Sources: training-math.md §3.6, [S18][S55].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "nsuns-5day",
    name: "nSuns 5/3/1 LP (5-day)",
    summary: "Five days of 9-set T1 and 8-set T2 waves; TMs rise weekly by the reps on the 1+ set.",
    source: "After nSuns' 5/3/1 LP, 5-day version",
};

/// Sets from `(percent of TM, reps)` pairs; `last_plus` makes the last one AMRAP,
/// and a 1-rep set at 95 % is the "1+" set.
fn wave(steps: &[(u32, u32)], last_plus: bool) -> Vec<SetGroup> {
    let n = steps.len();
    steps
        .iter()
        .enumerate()
        .map(|(i, &(p, r))| {
            let reps: Reps = if (last_plus && i == n - 1) || (p == 95 && r == 1) {
                amrap(r)
            } else {
                exact(r)
            };
            SetGroup::percent(1, reps, pct(p))
        })
        .collect()
}

const BENCH_VOLUME: [(u32, u32); 9] = [
    (65, 8),
    (75, 6),
    (85, 4),
    (85, 4),
    (85, 4),
    (80, 5),
    (75, 6),
    (70, 7),
    (65, 8),
];
const HEAVY_FIVES: [(u32, u32); 9] = [
    (75, 5),
    (85, 3),
    (95, 1),
    (90, 3),
    (85, 3),
    (80, 3),
    (75, 5),
    (70, 5),
    (65, 5),
];
const DEADLIFT: [(u32, u32); 9] = [
    (75, 5),
    (85, 3),
    (95, 1),
    (90, 3),
    (85, 3),
    (80, 3),
    (75, 3),
    (70, 3),
    (65, 3),
];
const BENCH_HEAVY: [(u32, u32); 9] = [
    (75, 5),
    (85, 3),
    (95, 1),
    (90, 3),
    (85, 5),
    (80, 3),
    (75, 5),
    (70, 3),
    (65, 5),
];
const T2_PRESS: [(u32, u32); 8] = [
    (50, 6),
    (60, 5),
    (70, 3),
    (70, 5),
    (70, 7),
    (70, 4),
    (70, 6),
    (70, 8),
];
const T2_PULL: [(u32, u32); 8] = [
    (50, 5),
    (60, 5),
    (70, 3),
    (70, 5),
    (70, 7),
    (70, 4),
    (70, 6),
    (70, 8),
];

fn t2(key: &str, steps: &[(u32, u32)]) -> Exercise {
    Exercise::supplemental(key, wave(steps, false)).with_role(Role::Supplemental)
}

/// Percentages of TM from the reconstructed table (§3.6, Liftosaur's 1RM %
/// ÷ 0.9 and trn.fitness, [S18][S55], [B/C]):
///
/// | Day | T1 | T2 |
/// |---|---|---|
/// | 1 | bench volume 65×8 … 65×8+ | press 50×6, 60×5, 70×3, 70×5, 70×7, 70×4, 70×6, 70×8 |
/// | 2 | squat 75×5, 85×3, 95×1+ … 65×5+ | sumo deadlift 50×5, 60×5, 70×3 … (deadlift TM) |
/// | 3 | press as squat day | incline bench as day 1's T2 (bench TM) |
/// | 4 | deadlift 75×5, 85×3, 95×1+ … 65×3+ | front squat as day 2's T2 (squat TM) |
/// | 5 | bench 75×5, 85×3, 95×1+ … 65×5+ | close-grip bench as day 1's T2 (bench TM) |
///
/// Weekly TM increase from the reps on the 95 % 1+ set: 0–1 none, 2–3
/// +5 lb, 4–5 +10 lb, 6+ +15 lb (Liftosaur, [S18]); kg +2.5/5/7.5 by the
/// 5 lb ≈ 2.5 kg pairing. Rounding: nearest.
pub fn nsuns_five_day(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let table = Some(ProgressionRule {
        cadence: Cadence::Cycle,
        advance: Advance::AmrapTable {
            set_min_reps: 1,
            steps: vec![
                AmrapStep {
                    min_reps: 2,
                    add: upper(),
                },
                AmrapStep {
                    min_reps: 4,
                    add: UnitPair::new(5.0, 10.0),
                },
                AmrapStep {
                    min_reps: 6,
                    add: UnitPair::new(7.5, 15.0),
                },
            ],
        },
        after_failures: 1,
        on_failure: FailureAction::Repeat,
    });
    let mut lifts = vec![
        lift("bench", "Bench press", MaxKind::TrainingMax, table.clone()),
        lift("squat", "Squat", MaxKind::TrainingMax, table.clone()),
        lift(
            "press",
            "Overhead press",
            MaxKind::TrainingMax,
            table.clone(),
        ),
        lift("deadlift", "Deadlift", MaxKind::TrainingMax, table),
    ];
    for (key, name, of) in [
        ("sumo-deadlift", "Sumo deadlift", "deadlift"),
        ("incline-bench", "Incline bench press", "bench"),
        ("front-squat", "Front squat", "squat"),
        ("close-grip-bench", "Close-grip bench press", "bench"),
    ] {
        lifts.push(LiftDef {
            max_of: Some(LiftKey::new(of)),
            ..lift(key, name, MaxKind::TrainingMax, None)
        });
    }
    let days = vec![
        day(
            "Day 1",
            vec![
                Exercise::main("bench", wave(&BENCH_VOLUME, true)),
                t2("press", &T2_PRESS),
            ],
        ),
        day(
            "Day 2",
            vec![
                Exercise::main("squat", wave(&HEAVY_FIVES, true)),
                t2("sumo-deadlift", &T2_PULL),
            ],
        ),
        day(
            "Day 3",
            vec![
                Exercise::main("press", wave(&HEAVY_FIVES, true)),
                t2("incline-bench", &T2_PRESS),
            ],
        ),
        day(
            "Day 4",
            vec![
                Exercise::main("deadlift", wave(&DEADLIFT, true)),
                t2("front-squat", &T2_PULL),
            ],
        ),
        day(
            "Day 5",
            vec![
                Exercise::main("bench", wave(&BENCH_HEAVY, true)),
                t2("close-grip-bench", &T2_PRESS),
            ],
        ),
    ];
    program(
        info,
        options.rounding,
        WarmupStyle::FiveThreeOne,
        lifts,
        vec![cycle("Week", vec![week("Week", days)])],
    )
}
