//! Liftsheet's domain: the training math, programs, progressions, log model and
//! share codec, in plain Rust with no web dependencies, so it tests natively and
//! could serve another front end.
//!
//! Sources for every number are in `training-math.md` (the project's reference
//! sheet); citations like `[S10]` point at its source list.

// Units and the calculators (issue: calculators).
pub mod calculator;
pub mod decimal;
pub mod e1rm;
pub mod equipment;
pub mod limits;
pub mod maxes;
pub mod plates;
pub mod rpe;
pub mod training_max;
pub mod warmup;
pub mod weight;

// Programs and progression (issue: programs).
pub mod program;
pub mod progression;

// Training log, records, persistence, import/export (issue: training log).
pub mod bodyweight;
pub mod date;
pub mod document;
pub mod exercise;
pub mod import;
pub mod log;
pub mod records;
pub mod store;

// Sharing a program as a link (issue: PWA and share links).
pub mod share;

// One stable sort shared by every list (size: one copy of the sort).
pub mod sort;

pub use weight::{Rounding, Step, Unit, Weight};
