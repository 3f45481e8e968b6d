//! Equipment per exercise: the lifter sets what an exercise is done with (a
//! 25 kg trap bar for block pulls, his dumbbell rack) or puts it back to the
//! default for its implement. The gear itself is [`crate::equipment`]'s.

use crate::equipment::{Equipment, EquipmentError};
use crate::exercise::{library, Implement};
use crate::plates::BarSetup;
use crate::program::{LiftKey, Program};
use crate::store::StoredDocument;
use std::collections::BTreeMap;
use std::fmt;

/// Why an equipment change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EquipmentChangeError {
    /// No exercise was named.
    NoExercise,
    /// The equipment itself can't be used (a bar of zero, say).
    Equipment(EquipmentError),
}

impl fmt::Display for EquipmentChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EquipmentChangeError::NoExercise => f.write_str("Choose an exercise first."),
            EquipmentChangeError::Equipment(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for EquipmentChangeError {}

/// A change to the equipment table.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// `exercise` is done with `equipment` from now on.
    Set {
        exercise: LiftKey,
        equipment: Equipment,
    },
    /// `exercise` goes back to its implement's default.
    Reset { exercise: LiftKey },
}

/// Applies `change`; refuses an unnamed exercise or unusable equipment.
/// Counted as a settings change for merges ([`crate::store::Revisions`]).
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), EquipmentChangeError> {
    let result = apply_inner(doc, change);
    if result.is_ok() {
        doc.revisions.settings_changed();
    }
    result
}

fn apply_inner(doc: &mut StoredDocument, change: Change) -> Result<(), EquipmentChangeError> {
    match change {
        Change::Set {
            exercise,
            equipment,
        } => {
            if exercise.as_str().trim().is_empty() {
                return Err(EquipmentChangeError::NoExercise);
            }
            equipment
                .validate()
                .map_err(EquipmentChangeError::Equipment)?;
            doc.equipment.set(exercise, equipment);
        }
        Change::Reset { exercise } => {
            if exercise.as_str().trim().is_empty() {
                return Err(EquipmentChangeError::NoExercise);
            }
            doc.equipment.reset(exercise);
        }
    }
    Ok(())
}

/// The implement `exercise` is done with by default: its library entry's, or
/// the one the lifter gave his own exercise.
pub fn implement_of(doc: &StoredDocument, exercise: &LiftKey) -> Option<Implement> {
    crate::exercise::lookup(exercise.as_str(), &doc.exercises).map(|e| e.implement)
}

/// What `exercise` is done with: the lifter's choice, else its implement's
/// default in the lifter's unit; `None` for an exercise the library doesn't
/// know and the lifter set nothing for.
pub fn for_exercise(doc: &StoredDocument, exercise: &LiftKey) -> Option<Equipment> {
    doc.equipment
        .for_exercise(exercise, implement_of(doc, exercise), doc.settings.unit)
}

/// The equipment of every lift of `program` that has any, for
/// [`crate::program::PlanSettings::equipment`]. A lift tracked under a key
/// of its own (GZCLP's `squat-t2`) falls back to its movement's equipment.
pub fn for_program(doc: &StoredDocument, program: &Program) -> BTreeMap<LiftKey, Equipment> {
    crate::sort::map_from(program.lifts.iter().filter_map(|l| {
        let equipment = for_exercise(doc, &l.key)
            .or_else(|| l.movement.as_ref().and_then(|m| for_exercise(doc, m)))?;
        Some((l.key.clone(), equipment))
    }))
}

/// The bar, collars and plates `exercise` is loaded on (the settings' own
/// bar, or its trap bar with the settings' plates); `None` when it takes no
/// plates or its equipment isn't known.
pub fn bar_setup_for(doc: &StoredDocument, exercise: &LiftKey) -> Option<BarSetup> {
    for_exercise(doc, exercise)?.bar_setup(&doc.settings.bar)
}

/// An exercise the lifter set to a bar of its own (a trap bar for deadlifts,
/// a safety squat bar): what the calculator's plates and warm-ups may load
/// instead of his barbell.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseBar {
    pub exercise: LiftKey,
    /// The exercise's name ("Deadlift").
    pub name: String,
    /// The bar, as the Program tab names it ("Trap bar 25 kg").
    pub bar: String,
    /// His plates and collars on that bar.
    pub setup: BarSetup,
}

/// Every exercise the lifter set to a bar other than his barbell, in the
/// order [`exercises`] lists them.
pub fn own_bars(doc: &StoredDocument) -> Vec<ExerciseBar> {
    if doc.equipment.is_empty() {
        return Vec::new();
    }
    exercises(doc)
        .into_iter()
        .filter_map(|(exercise, name)| {
            let chosen = doc.equipment.get(&exercise)?;
            let bar = chosen.bar_label()?;
            let setup = chosen.bar_setup(&doc.settings.bar)?;
            Some(ExerciseBar {
                exercise,
                name,
                bar,
                setup,
            })
        })
        .collect()
}

/// The exercises a lifter may set equipment for, by id with their names:
/// the running program's lifts first, then what the log holds, then the
/// rest of the library; each once.
pub fn exercises(doc: &StoredDocument) -> Vec<(LiftKey, String)> {
    let mut out: Vec<(LiftKey, String)> = Vec::new();
    let mut add = |key: LiftKey, name: &str| {
        if !key.as_str().is_empty() && !out.iter().any(|(k, _)| *k == key) {
            out.push((key, name.to_string()));
        }
    };
    if let Some(active) = &doc.program {
        for lift in &active.program.lifts {
            add(lift.key.clone(), &lift.name);
        }
    }
    for exercise in doc.log.iter().rev().flat_map(|s| &s.lifts) {
        add(exercise.lift.as_str().into(), &exercise.name);
    }
    for entry in library::ENTRIES {
        add(entry.id.into(), entry.name);
    }
    out
}
