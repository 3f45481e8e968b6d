//! Lifts loaded at a weight written in the program (accessories at a fixed
//! weight or bodyweight plus added weight): they ask for no max, and when
//! they progress, the weight written is where they start.

use super::model::{LiftDef, LiftKey, Maxes, Program, SetGroup, SetScheme};
use crate::weight::Weight;

/// Every set group of `lift` in `program`, stages included, in program order.
fn groups_of<'a>(program: &'a Program, lift: &'a LiftKey) -> impl Iterator<Item = &'a SetGroup> {
    program
        .exercises()
        .filter(move |e| &e.lift == lift)
        .flat_map(|e| match &e.sets {
            SetScheme::Fixed(groups) => groups.iter().collect::<Vec<_>>(),
            SetScheme::Staged(stages) => stages.iter().flat_map(|s| &s.sets).collect(),
        })
}

/// Whether every set of `lift` in `program` is loaded at a written weight or
/// bodyweight ([`super::Load::needs_max`] is false for all of them): such a
/// lift asks for no max. A lift with no sets at all asks for none either.
pub fn is_fixed_load(program: &Program, lift: &LiftKey) -> bool {
    groups_of(program, lift).all(|g| !g.load.needs_max())
}

/// The first weight written for `lift` (its first fixed or bodyweight-plus
/// set, in program order): where a progressing fixed-load lift starts.
pub fn fixed_start(program: &Program, lift: &LiftKey) -> Option<Weight> {
    groups_of(program, lift).find_map(|g| g.load.written_weight())
}

/// Whether the plan takes `lift`'s weight from the lifter's maxes (its
/// current working weight) rather than from the program: a fixed-load lift
/// with a progression rule that has a weight to move.
pub fn follows_working_weight(program: &Program, lift: &LiftDef) -> bool {
    lift.progression.is_some()
        && is_fixed_load(program, &lift.key)
        && fixed_start(program, &lift.key).is_some()
}

/// The starting working weights of `program`'s progressing fixed-load lifts,
/// keyed by [`LiftDef::max_key`]: what a new run of the program begins at
/// (the app stores them as the lifts' working weights when it starts).
pub fn starting_weights(program: &Program) -> Maxes {
    let mut maxes = Maxes::new();
    for lift in &program.lifts {
        if !follows_working_weight(program, lift) {
            continue;
        }
        if let Some(start) = fixed_start(program, &lift.key) {
            maxes.set(lift.max_key().clone(), start);
        }
    }
    maxes
}
