//! The Texas Method (Rippetoe / Pendlay, training-math.md §3.1).

use super::parts::{
    accessory, bodyweight, cycle, day, exact, lift, linear, program, reset_by, sets, staged, upper,
    week,
};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::model::{Exercise, LiftDef, MaxKind, Program, WarmupStyle};
use crate::program::rule::{Cadence, FailureAction};

/// Sources: training-math.md §3.1, [S36][S37][S38][S39][S18].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "texas-method",
    name: "Texas Method",
    summary: "Volume Monday, light Wednesday, a new 5RM Friday; weight goes up weekly.",
    source: "After the Texas Method as Mark Rippetoe and Glenn Pendlay describe it",
};

/// Each lift's max is its Friday 5RM target ([`MaxKind::WorkWeight`]).
///
/// * Monday (volume): squat and bench 5 × 5 at 90 % of Friday's weight
///   ([S36][S37][S38]); deadlift 1 × 5.
/// * Wednesday (recovery): squat 2 × 5 at 80 % of Monday's, i.e. 72 %
///   ([S36]); press 3 × 5, the lighter pressing variant ([S38]); back
///   extensions 5 × 10 at bodyweight (Liftosaur's recovery day, [S18]).
/// * Friday (intensity): squat and bench at the 5RM weight. When it stalls
///   the rep target cycles 1 × 5 → 2 × 3 → 3 × 2 → 5 × 1, then resets 10 %
///   lower (Rippetoe's 5/3/1-RM cycling [S37]; Liftosaur's stages [S18], [C]).
///
/// Only Friday's sets (and the deadlift and press, trained once a week)
/// decide progression: +5 lb / +2.5 kg a week ([S39]). The bench/press
/// alternation some write-ups use ([S18]) is simplified to bench Monday and
/// Friday, press Wednesday. Rounding: nearest.
pub fn texas_method(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let stalls = FailureAction::NextStage {
        advance: false,
        last: Box::new(reset_by(10)),
    };
    let intensity = |key: &str| {
        staged(
            key,
            vec![
                ("1×5", vec![sets(1, exact(5), 100)]),
                ("2×3", vec![sets(2, exact(3), 100)]),
                ("3×2", vec![sets(3, exact(2), 100)]),
                ("5×1", vec![sets(5, exact(1), 100)]),
            ],
        )
    };
    let monday = day(
        "Monday (volume)",
        vec![
            Exercise::main("squat", vec![sets(5, exact(5), 90)]).not_counted(),
            Exercise::main("bench", vec![sets(5, exact(5), 90)]).not_counted(),
            Exercise::main("deadlift", vec![sets(1, exact(5), 100)]),
        ],
    );
    let wednesday = day(
        "Wednesday (recovery)",
        vec![
            Exercise::main("squat", vec![sets(2, exact(5), 72)]).not_counted(),
            Exercise::main("press", vec![sets(3, exact(5), 100)]),
            accessory("back-extension", vec![bodyweight(5, exact(10))]).not_counted(),
        ],
    );
    let friday = day(
        "Friday (intensity)",
        vec![intensity("squat"), intensity("bench")],
    );
    let weekly = |fail| Some(linear(Cadence::Cycle, upper(), 1, fail));
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        vec![
            lift(
                "squat",
                "Squat",
                MaxKind::WorkWeight,
                weekly(stalls.clone()),
            ),
            lift("bench", "Bench press", MaxKind::WorkWeight, weekly(stalls)),
            lift(
                "press",
                "Press",
                MaxKind::WorkWeight,
                weekly(FailureAction::Repeat),
            ),
            lift(
                "deadlift",
                "Deadlift",
                MaxKind::WorkWeight,
                weekly(FailureAction::Repeat),
            ),
            LiftDef {
                barbell: false,
                ..lift(
                    "back-extension",
                    "Back extension",
                    MaxKind::WorkWeight,
                    None,
                )
            },
        ],
        vec![cycle(
            "Week",
            vec![week("Week", vec![monday, wednesday, friday])],
        )],
    )
}
