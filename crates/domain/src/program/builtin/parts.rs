//! Small constructors the built-ins share, so each program file reads like
//! its source's table.

use super::BuiltinInfo;
use crate::program::load::{Load, Percent, Reps, UnitPair};
use crate::program::model::{
    Cycle, Day, Exercise, LiftDef, LiftKey, MaxKind, Program, Role, SetGroup, SetScheme, Stage,
    WarmupStyle, Week,
};
use crate::program::rule::{Advance, Cadence, FailureAction, ProgressionRule};
use crate::weight::Rounding;

/// +5 lb / +2.5 kg: upper-body increment (§2.5 [S10][S22]; §3.3 [S43]; §3.5 [S54]).
pub fn upper() -> UnitPair {
    UnitPair::new(2.5, 5.0)
}

/// +10 lb / +5 kg: lower-body increment (§2.5 [S10][S22]; §3.3 [S43]; §3.5 [S54]).
pub fn lower() -> UnitPair {
    UnitPair::new(5.0, 10.0)
}

pub fn pct(whole: u32) -> Percent {
    Percent::whole(whole)
}

pub fn exact(n: u32) -> Reps {
    Reps::Exact(n)
}

pub fn amrap(min: u32) -> Reps {
    Reps::Amrap { min }
}

/// `count` × `reps` at `percent` % (whole) of the lift's max.
pub fn sets(count: u32, reps: Reps, percent: u32) -> SetGroup {
    SetGroup::percent(count, reps, pct(percent))
}

/// `count` × `reps` at `hundredths` / 100 % of the lift's max.
pub fn sets_h(count: u32, reps: Reps, hundredths: u32) -> SetGroup {
    SetGroup::percent(count, reps, Percent::from_hundredths(hundredths))
}

/// A barbell lift keeping a max of `kind`, progressing by `rule`.
pub fn lift(key: &str, name: &str, kind: MaxKind, rule: Option<ProgressionRule>) -> LiftDef {
    LiftDef {
        progression: rule,
        ..LiftDef::barbell(key, name, kind)
    }
}

/// Add `inc` per success; `on_failure` at the `after`-th failure in a row.
pub fn linear(
    cadence: Cadence,
    inc: UnitPair,
    after: u32,
    on_failure: FailureAction,
) -> ProgressionRule {
    ProgressionRule {
        cadence,
        advance: Advance::Add(inc),
        after_failures: after,
        on_failure,
    }
}

pub fn reset_by(percent: u32) -> FailureAction {
    FailureAction::ResetBy(pct(percent))
}

/// Staged main work (GZCLP tiers, Texas intensity day, 5s/3s/1s).
pub fn staged(lift: &str, stages: Vec<(&str, Vec<SetGroup>)>) -> Exercise {
    Exercise {
        lift: LiftKey::new(lift),
        role: Role::Main,
        sets: SetScheme::Staged(
            stages
                .into_iter()
                .map(|(name, sets)| Stage {
                    name: name.to_string(),
                    sets,
                })
                .collect(),
        ),
        counts: true,
        warmup: true,
    }
}

/// Accessory work on a non-barbell lift, counting for its own progression.
pub fn accessory(lift: &str, sets: Vec<SetGroup>) -> Exercise {
    Exercise {
        role: Role::Accessory,
        warmup: false,
        ..Exercise::main(lift, sets)
    }
}

/// Bodyweight or unloaded sets.
pub fn bodyweight(count: u32, reps: Reps) -> SetGroup {
    SetGroup::new(count, reps, Load::Bodyweight)
}

pub fn day(name: &str, exercises: Vec<Exercise>) -> Day {
    Day {
        name: name.to_string(),
        exercises,
    }
}

pub fn week(name: &str, days: Vec<Day>) -> Week {
    Week {
        name: name.to_string(),
        days,
    }
}

pub fn cycle(name: &str, weeks: Vec<Week>) -> Cycle {
    Cycle {
        name: name.to_string(),
        weeks,
    }
}

/// A program with `info`'s names, a 90 % training max (§2.1 [S10]).
pub fn program(
    info: &BuiltinInfo,
    rounding: Rounding,
    warmup: WarmupStyle,
    lifts: Vec<LiftDef>,
    cycles: Vec<Cycle>,
) -> Program {
    Program {
        id: info.id.to_string(),
        name: info.name.to_string(),
        summary: info.summary.to_string(),
        source: info.source.to_string(),
        training_max_percent: pct(90),
        rounding: Some(rounding),
        warmup,
        lifts,
        cycles,
        unknown: Default::default(),
    }
}
