//! The "5s, then 3s, then singles" block (training-math.md §4).

use super::parts::{cycle, day, exact, lift, lower, program, reset_by, sets, staged, week};
use super::{BuiltinInfo, BuiltinOptions};
use crate::program::model::{MaxKind, Program, WarmupStyle};
use crate::program::rule::{Advance, Cadence, FailureAction, ProgressionRule};

/// Sources: training-math.md §4 (forum rule); formalisation after GZCLP T1 [S18][S54] and the Texas Method [S37].
pub const INFO: BuiltinInfo = BuiltinInfo {
    id: "5s-3s-1s",
    name: "5s, then 3s, then singles",
    summary: "Work up to a top set of 5, +5 kg (10 lb) a week; triples when form breaks, then singles, then reset.",
    source: "A lifting-forum rule of thumb, with stages laid out like GZCLP's heavy lift",
};

/// Each lift's max is its top-set weight ([`MaxKind::WorkWeight`]); the
/// work-up to it is the warm-up ladder.
///
/// The forum rule (§4): each week work up to a clean top set of 5 and add
/// 5 kg (10 lb); when the lifter marks form breaking, switch to triples and
/// keep adding; when triples break, singles; when singles break, reset.
/// There is no established program for it; the reference's suggested
/// formalisation is followed: stages 1 × 5 → 1 × 3 → 1 × 1, and the reset
/// takes the top weight 10 % down ("× 0.85–0.9") back to 5s. The two-day
/// layout (squat and bench, deadlift and press) is this crate's choice.
/// Rounding: nearest.
pub fn fives_threes_ones(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let top = |key: &str| {
        staged(
            key,
            vec![
                ("5s", vec![sets(1, exact(5), 100)]),
                ("3s", vec![sets(1, exact(3), 100)]),
                ("Singles", vec![sets(1, exact(1), 100)]),
            ],
        )
    };
    let rule = Some(ProgressionRule {
        cadence: Cadence::Cycle,
        advance: Advance::Add(lower()),
        after_failures: 1,
        on_failure: FailureAction::NextStage {
            advance: true,
            last: Box::new(reset_by(10)),
        },
    });
    program(
        info,
        options.rounding,
        WarmupStyle::StartingStrength,
        vec![
            lift("squat", "Squat", MaxKind::WorkWeight, rule.clone()),
            lift("bench", "Bench press", MaxKind::WorkWeight, rule.clone()),
            lift("deadlift", "Deadlift", MaxKind::WorkWeight, rule.clone()),
            lift("press", "Press", MaxKind::WorkWeight, rule),
        ],
        // One week repeats: the cycle is the block, its week "Week", so the
        // running program's label reads "Week 3 · Day 1" from the week count.
        vec![cycle(
            "Block",
            vec![week(
                "Week",
                vec![
                    day("Day 1", vec![top("squat"), top("bench")]),
                    day("Day 2", vec![top("deadlift"), top("press")]),
                ],
            )],
        )],
    )
}
