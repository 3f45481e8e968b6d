//! Smolov Jr, the 3-week squat (or bench) peaking block (training-math.md §3.7).

use super::parts::{cycle, day, exact, lift, program, sets, week};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::load::UnitPair;
use crate::program::model::{Exercise, MaxKind, Program, SetGroup, WarmupStyle, Week};

/// Sources: training-math.md §3.7, [S57][S58][S59][S60][S61].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "smolov-jr",
    name: "Smolov Jr",
    summary:
        "Three weeks, four squat days: 6×6, 7×5, 8×4, 10×3 at 70–85 % of 1RM, heavier each week.",
    source: "After Smolov Jr, the short version of Sergey Smolov's squat cycle",
};

/// Day 1 6 × 6 @ 70 %, day 2 7 × 5 @ 75 %, day 3 8 × 4 @ 80 %, day 4
/// 10 × 3 @ 85 % of the tested 1RM ([S57][S58][S59]). Weeks 2 and 3 add
/// [`BuiltinOptions::smolov_week2`] and [`BuiltinOptions::smolov_week3`] over
/// week 1, since the sources disagree (+5/+10 kg [S61], +10/+15 lb [S60],
/// [C]). Written for the squat; a bench block is a copy with the lift changed.
/// No progression: the block ends with a new 1RM test. Rounding: nearest.
pub fn smolov_jr(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let make_week = |n: u32, plus: Option<UnitPair>| -> Week {
        let days = [(6, 6, 70), (7, 5, 75), (8, 4, 80), (10, 3, 85)]
            .iter()
            .enumerate()
            .map(|(i, &(count, reps, p))| {
                let group = SetGroup {
                    plus,
                    ..sets(count, exact(reps), p)
                };
                day(
                    &format!("Day {}", i + 1),
                    vec![Exercise::main("squat", vec![group])],
                )
            })
            .collect();
        week(&format!("Week {n}"), days)
    };
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        vec![lift("squat", "Squat", MaxKind::OneRepMax, None)],
        vec![cycle(
            "Block",
            vec![
                make_week(1, None),
                make_week(2, Some(options.smolov_week2)),
                make_week(3, Some(options.smolov_week3)),
            ],
        )],
    )
}
