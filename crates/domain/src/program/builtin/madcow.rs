//! Madcow 5×5, Bill Starr's linear version for intermediates (training-math.md §3.4).

use super::parts::{cycle, day, exact, lift, program, sets_h, week};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::load::{Percent, Reps};
use crate::program::model::{Exercise, MaxKind, Program, SetGroup, WarmupStyle};
use crate::program::rule::{Advance, Cadence, FailureAction, ProgressionRule};

/// Sources: training-math.md §3.4, [S48][S49][S50][S51][S52][S18].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "madcow-5x5",
    name: "Madcow 5×5",
    summary: "Heavy/light/medium 5×5 ramps to one top set; top sets up about 2.5 % a week.",
    source: "After Madcow's 5×5, the intermediate version of Bill Starr's 5×5",
};

/// One set each at these hundredths of a percent, `reps` each.
fn ramp(hundredths: &[u32], reps: Reps) -> Vec<SetGroup> {
    hundredths.iter().map(|&h| sets_h(1, reps, h)).collect()
}

/// Each lift's max is its Monday top set of 5 ([`MaxKind::WorkWeight`]).
///
/// * Monday: squat, bench, row 5 × 5 ramping in 12.5 % steps to the top set
///   (50, 62.5, 75, 87.5, 100 %, [S48][S49][S50]).
/// * Wednesday: squat 4 × 5, the first three sets as Monday and the 4th
///   repeating the 3rd ([S49][S18]); press and deadlift 4 × 5 ramping to
///   their own top set ([S49][S51], [B/C]).
/// * Friday: the first four ramp sets, a triple at 102.5 % of Monday's top
///   ("≈ +2.5 %", [S52][S18]) and a back-off 8 at the 3rd set's weight
///   (75 %, [S52][S18]).
///
/// Monday's top set and Friday's triple decide progression: +2.5 % a week
/// ([S53], [C]); a miss repeats the week's weights. Rounding: nearest.
pub fn madcow(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let monday_sets = || ramp(&[5000, 6250, 7500, 8750, 10_000], exact(5));
    let friday_sets = || {
        let mut s = ramp(&[5000, 6250, 7500, 8750], exact(5));
        s.push(sets_h(1, exact(3), 10_250));
        s
    };
    let back_off = |key: &str| Exercise::supplemental(key, vec![sets_h(1, exact(8), 7500)]);
    let monday = day(
        "Monday (heavy)",
        ["squat", "bench", "row"]
            .iter()
            .map(|k| Exercise::main(k, monday_sets()))
            .collect(),
    );
    let wednesday = day(
        "Wednesday (light)",
        vec![
            Exercise::main("squat", ramp(&[5000, 6250, 7500, 7500], exact(5))).not_counted(),
            Exercise::main("press", ramp(&[6250, 7500, 8750, 10_000], exact(5))),
            Exercise::main("deadlift", ramp(&[6250, 7500, 8750, 10_000], exact(5))),
        ],
    );
    let friday = day(
        "Friday (medium)",
        ["squat", "bench", "row"]
            .iter()
            .flat_map(|k| [Exercise::main(k, friday_sets()), back_off(k)])
            .collect(),
    );
    let rule = Some(ProgressionRule {
        cadence: Cadence::Cycle,
        advance: Advance::Percent(Percent::from_hundredths(250)),
        after_failures: 1,
        on_failure: FailureAction::Repeat,
    });
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        vec![
            lift("squat", "Squat", MaxKind::WorkWeight, rule.clone()),
            lift("bench", "Bench press", MaxKind::WorkWeight, rule.clone()),
            lift("row", "Barbell row", MaxKind::WorkWeight, rule.clone()),
            lift("press", "Press", MaxKind::WorkWeight, rule.clone()),
            lift("deadlift", "Deadlift", MaxKind::WorkWeight, rule),
        ],
        vec![cycle(
            "Week",
            vec![week("Week", vec![monday, wednesday, friday])],
        )],
    )
}
