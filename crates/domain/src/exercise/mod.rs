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
pub mod names;
pub mod search;

use serde::{Deserialize, Serialize};

pub use crate::program::LiftKey;

/// How an exercise's sets are loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Other names lifters and other apps use ("RDL", "Hex bar deadlift"):
    /// searched, and matched on import.
    pub aliases: &'static [&'static str],
}

/// An exercise the lifter added (or an import brought in under a name the
/// library doesn't know), kept in the document's `exercises`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnExercise {
    /// Unique among built-in and own ids; never changes once given (logs and
    /// programs refer to it).
    pub id: String,
    pub name: String,
    pub load: LoadKind,
    pub implement: Implement,
}

impl LoadKind {
    /// The kind in plain words, as a small tag beside a name.
    pub fn words(self) -> &'static str {
        match self {
            LoadKind::Barbell => "barbell",
            LoadKind::Fixed => "fixed weight",
            LoadKind::BodyweightPlus => "bodyweight + weight",
            LoadKind::Timed => "timed hold",
        }
    }
}

impl Implement {
    /// The implement in plain words ("trap bar", "dumbbell").
    pub fn words(self) -> &'static str {
        match self {
            Implement::Barbell => "barbell",
            Implement::TrapBar => "trap bar",
            Implement::SafetySquatBar => "safety squat bar",
            Implement::EzBar => "EZ bar",
            Implement::Dumbbell => "dumbbell",
            Implement::Kettlebell => "kettlebell",
            Implement::Machine => "machine or cable",
            Implement::Bodyweight => "bodyweight",
        }
    }
}

/// The tag shown beside an exercise's name: its implement for loaded lifts
/// ("barbell", "trap bar", "dumbbell"), its kind otherwise ("bodyweight +
/// weight", "timed hold").
pub fn kind_tag(load: LoadKind, implement: Implement) -> &'static str {
    match load {
        LoadKind::Barbell | LoadKind::Fixed => implement.words(),
        LoadKind::BodyweightPlus | LoadKind::Timed => load.words(),
    }
}

/// An exercise, built-in or the lifter's own, seen the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExerciseRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub load: LoadKind,
    pub implement: Implement,
    /// `true` for the lifter's own entries.
    pub own: bool,
}

impl<'a> From<&'a Entry> for ExerciseRef<'a> {
    fn from(e: &'a Entry) -> ExerciseRef<'a> {
        ExerciseRef {
            id: e.id,
            name: e.name,
            load: e.load,
            implement: e.implement,
            own: false,
        }
    }
}

impl<'a> From<&'a OwnExercise> for ExerciseRef<'a> {
    fn from(e: &'a OwnExercise) -> ExerciseRef<'a> {
        ExerciseRef {
            id: &e.id,
            name: &e.name,
            load: e.load,
            implement: e.implement,
            own: true,
        }
    }
}

/// The exercise with this id: a built-in entry first, then the lifter's own.
pub fn lookup<'a>(id: &str, own: &'a [OwnExercise]) -> Option<ExerciseRef<'a>> {
    library::find(id)
        .map(ExerciseRef::from)
        .or_else(|| own.iter().find(|e| e.id == id).map(ExerciseRef::from))
}
