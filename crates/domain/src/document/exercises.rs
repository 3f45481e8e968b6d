//! The lifter's own exercises: adding one by name, and keeping every
//! exercise an import brings in that the library doesn't have.
//!
//! An own exercise's id is a slug of its name ([`names::slug`]), made unique
//! against the library and the lifter's other entries, present or deleted,
//! so it never takes a built-in's id nor a deleted entry's (whose mark would
//! take it away in the next merge); its name may not repeat a library name
//! or alias, nor another own entry's name (compared without case or accents).
//!
//! An own exercise is deleted only while nothing refers to it: no logged
//! session, no program of his and not the running one. Its id is then
//! marked deleted (`StoredDocument::deleted_exercises`), so merging a copy
//! that still has it doesn't bring it back.

use crate::exercise::names;
use crate::exercise::search::fold;
use crate::exercise::{library, lookup, Implement, LoadKind, OwnExercise};
use crate::limits::{self, LimitError};
use crate::log::{Session, SetKind};
use crate::program::LiftKey;
use crate::store::StoredDocument;
use std::fmt;

/// Why an exercise change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExerciseError {
    /// Nothing but spaces.
    NoName,
    /// Too long, or a control character in it.
    Name(LimitError),
    /// The library already has it, under `existing` (its name).
    InLibrary { existing: &'static str },
    /// One of the lifter's own entries has this name already.
    AlreadyYours { existing: String },
    /// Not one of the lifter's own exercises (a library one, or gone).
    NotYours,
    /// Logged in this many sessions: deleting it would leave them an
    /// exercise the app doesn't know.
    Logged { name: String, sessions: usize },
    /// One of his programs (this one, by name) has it.
    InProgram { name: String, program: String },
}

impl fmt::Display for ExerciseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExerciseError::NoName => f.write_str("Type the exercise's name."),
            ExerciseError::Name(e) => {
                let text = e.to_string();
                let mut chars = text.chars();
                match chars.next() {
                    Some(first) => write!(f, "{}{}.", first.to_uppercase(), chars.as_str()),
                    None => Ok(()),
                }
            }
            ExerciseError::InLibrary { existing } => {
                write!(f, "The library has this one already: pick “{existing}”.")
            }
            ExerciseError::AlreadyYours { existing } => {
                write!(f, "You have an exercise called “{existing}” already.")
            }
            ExerciseError::NotYours => f.write_str("Only exercises you added can be deleted."),
            ExerciseError::Logged { name, sessions } => {
                let sessions = match sessions {
                    1 => "a logged session".to_string(),
                    n => format!("{n} logged sessions"),
                };
                write!(f, "{name} is in {sessions}, so it stays.")
            }
            ExerciseError::InProgram { name, program } => {
                write!(
                    f,
                    "“{program}” has {name}: take it out of the program first."
                )
            }
        }
    }
}

impl std::error::Error for ExerciseError {}

/// A change to the lifter's own exercises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Add an exercise of the lifter's own; it gets a new id ([`new_id`]).
    AddOwn {
        name: String,
        load: LoadKind,
        implement: Implement,
    },
    /// Delete one of the lifter's own exercises (nothing may refer to it).
    DeleteOwn(LiftKey),
}

/// `name`, trimmed, if it can name a new own exercise.
pub fn check_name(doc: &StoredDocument, name: &str) -> Result<String, ExerciseError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ExerciseError::NoName);
    }
    limits::name(name, "exercise name").map_err(ExerciseError::Name)?;
    let folded = fold(name);
    if folded.is_empty() {
        return Err(ExerciseError::NoName);
    }
    for entry in library::ENTRIES {
        if std::iter::once(&entry.name)
            .chain(entry.aliases)
            .any(|n| fold(n) == folded)
        {
            return Err(ExerciseError::InLibrary {
                existing: entry.name,
            });
        }
    }
    if let Some(own) = doc.exercises.iter().find(|e| fold(&e.name) == folded) {
        return Err(ExerciseError::AlreadyYours {
            existing: own.name.clone(),
        });
    }
    Ok(name.to_string())
}

/// The id a new own exercise named `name` gets: its slug, with `-2`, `-3`...
/// when the library or an own entry has that id already.
pub fn new_id(doc: &StoredDocument, name: &str) -> String {
    let base = names::slug(name);
    let taken = |id: &str| lookup(id, &doc.exercises).is_some() || deleted(doc, id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// The id to log an exercise named `name` under: the library's entry for it
/// (the library name or an alias, or another app's name for it), else the
/// lifter's own entry of that name, else a slug of it.
pub fn id_for_name(doc: &StoredDocument, name: &str) -> String {
    if let Some(entry) = names::library_entry(name) {
        return entry.id.to_string();
    }
    let folded = fold(name);
    doc.exercises
        .iter()
        .find(|e| fold(&e.name) == folded)
        .map_or_else(
            || {
                let slug = names::slug(name);
                // A deleted entry's id would be taken away with it again.
                if deleted(doc, &slug) {
                    new_id(doc, name)
                } else {
                    slug
                }
            },
            |e| e.id.clone(),
        )
}

/// Whether the lifter deleted an own exercise of this id.
fn deleted(doc: &StoredDocument, id: &str) -> bool {
    doc.deleted_exercises.iter().any(|k| k.as_str() == id)
}

/// Why the own exercise `id` can't be deleted now, if so: it isn't his, or
/// a logged session or one of his programs has it.
pub fn check_delete(doc: &StoredDocument, id: &LiftKey) -> Result<(), ExerciseError> {
    let own = doc
        .exercises
        .iter()
        .find(|e| e.id == id.as_str())
        .ok_or(ExerciseError::NotYours)?;
    let sessions = doc
        .log
        .iter()
        .chain(&doc.in_progress)
        .filter(|s| s.lifts.iter().any(|x| x.lift == own.id))
        .count();
    if sessions > 0 {
        return Err(ExerciseError::Logged {
            name: own.name.clone(),
            sessions,
        });
    }
    let running = doc.program.iter().map(|a| &a.program);
    if let Some(p) = running
        .chain(&doc.custom_programs)
        .find(|p| p.lift(id).is_some() || p.exercises().any(|x| &x.lift == id))
    {
        return Err(ExerciseError::InProgram {
            name: own.name.clone(),
            program: p.name.clone(),
        });
    }
    Ok(())
}

/// How an exercise the library doesn't have is most likely loaded, from the
/// equipment its name says ("Landmine Press (Barbell)", "Sled Push", "Plank
/// hold") and whether it was logged in seconds: a guess the lifter can see
/// in the tag beside its name.
fn likely_kind(name: &str, timed: bool) -> (LoadKind, Implement) {
    if timed {
        return (LoadKind::Timed, Implement::Bodyweight);
    }
    match names::named_equipment(name) {
        Some(
            i @ (Implement::Barbell
            | Implement::TrapBar
            | Implement::SafetySquatBar
            | Implement::EzBar),
        ) => (LoadKind::Barbell, i),
        Some(Implement::Bodyweight) => (LoadKind::BodyweightPlus, Implement::Bodyweight),
        Some(i) => (LoadKind::Fixed, i),
        None => (LoadKind::Fixed, Implement::Machine),
    }
}

/// Keeps every exercise of `sessions` as an exercise the app knows: an id
/// neither the library nor the lifter's own entries have becomes an own
/// entry under that same id (so the log and the entry meet), named as the
/// session names it. Imports call this, so no imported name is lost.
pub fn adopt_logged(doc: &mut StoredDocument, sessions: &[Session]) {
    for session in sessions {
        for ex in &session.lifts {
            if ex.lift.is_empty() || lookup(&ex.lift, &doc.exercises).is_some() {
                continue;
            }
            let timed = !ex.sets.is_empty() && ex.sets.iter().all(|s| s.kind == SetKind::Hold);
            let (load, implement) = likely_kind(&ex.name, timed);
            let name = ex.name.trim();
            doc.exercises.push(OwnExercise {
                id: ex.lift.clone(),
                name: if name.is_empty() {
                    ex.lift.clone()
                } else {
                    name.to_string()
                },
                load,
                implement,
            });
        }
    }
}

/// Applies `change`, or says why not.
/// Counted as a settings change for merges ([`crate::store::Revisions`]).
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), ExerciseError> {
    let result = apply_inner(doc, change);
    if result.is_ok() {
        doc.revisions.settings_changed();
    }
    result
}

fn apply_inner(doc: &mut StoredDocument, change: Change) -> Result<(), ExerciseError> {
    match change {
        Change::AddOwn {
            name,
            load,
            implement,
        } => {
            let name = check_name(doc, &name)?;
            let id = new_id(doc, &name);
            doc.exercises.push(OwnExercise {
                id,
                name,
                load,
                implement,
            });
        }
        Change::DeleteOwn(id) => {
            check_delete(doc, &id)?;
            doc.exercises.retain(|e| e.id != id.as_str());
            if !deleted(doc, id.as_str()) {
                doc.deleted_exercises.push(id);
            }
        }
    }
    Ok(())
}
