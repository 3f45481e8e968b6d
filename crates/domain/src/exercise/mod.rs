//! Exercises: the built-in library and the lifter's own entries.
//!
//! An exercise is known by a stable id, the same string a program's
//! [`LiftKey`] and a logged exercise's `lift` carry (`deadlift`,
//! `block-pull`, `kb-swing`), so a program, the log and History all meet on
//! it. Each entry says how it is loaded ([`LoadKind`]) and what it is done
//! with by default ([`Implement`]); the lifter's own gear for an implement
//! (the weight of his trap bar, the dumbbells he owns) is
//! [`crate::equipment`]'s.

pub mod library;

pub use crate::program::LiftKey;

/// How an exercise's sets are loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadKind {
    /// Plates on a bar: plates, warm-ups and percentages of a max apply.
    Barbell,
    /// One implement of a written weight: a dumbbell, a kettlebell, a machine
    /// stack or a cable.
    Fixed,
    /// The lifter's bodyweight plus any added weight (dips, chins, back
    /// extensions holding a plate).
    BodyweightPlus,
    /// Held for time: a set is seconds, not reps (planks, back-extension
    /// holds).
    Timed,
}

/// What an exercise is done with unless the lifter says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Implement {
    /// The lifter's own bar, collars and plates (settings).
    Barbell,
    /// A trap (hex) bar, loaded with the lifter's plates.
    TrapBar,
    /// A safety squat bar, loaded with the lifter's plates.
    SafetySquatBar,
    /// An EZ curl bar, loaded with the lifter's plates.
    EzBar,
    Dumbbell,
    Kettlebell,
    /// A selectorised machine or a cable stack.
    Machine,
    /// Nothing but the lifter (and a belt or a plate for added weight).
    Bodyweight,
}

/// A built-in library entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id: never changes once released (stored logs and programs use it).
    pub id: &'static str,
    /// The name shown ("Block pull").
    pub name: &'static str,
    pub load: LoadKind,
    pub implement: Implement,
}
