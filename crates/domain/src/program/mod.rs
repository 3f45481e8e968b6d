//! Programs as data: lifts, cycles, weeks, days, sets and progression rules.
//!
//! A [`Program`] is plain serde data a lifter can copy and edit. Built-in
//! programs ([`builtin`]) are instances of it, [`plan::generate`] turns one
//! cycle into concrete weights, and [`crate::progression::propose`] reads its
//! [`ProgressionRule`]s; neither has code for any particular program.

pub mod active;
pub mod builtin;
pub mod edit;
mod fixed;
mod load;
mod model;
pub mod plan;
mod rule;

pub use active::{
    required_lifts, session_label, ActiveProgram, Advanced, LiftProgress, NextDay, Place, Position,
};
pub use fixed::{fixed_start, follows_working_weight, is_fixed_load, starting_weights};
pub use load::{
    Load, Percent, PercentError, RepRange, RepRangeError, Reps, UnitPair, MAX_PERCENT_HUNDREDTHS,
};
pub use model::{
    Cycle, Day, Exercise, LiftDef, LiftKey, MaxKind, Maxes, Program, Role, SetGroup, SetScheme,
    Stage, WarmupStyle, Week,
};
pub use plan::{generate, generate_known, KnownPlan, Plan, PlanError, PlanSettings};
pub use rule::{Advance, AmrapStep, Cadence, FailureAction, ProgressionRule};
