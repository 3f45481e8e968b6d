//! The program being run and the lifter's own programs.

use crate::program::{ActiveProgram, LiftKey, MaxKind, Maxes, Program};
use crate::store::StoredDocument;
use crate::Weight;
use std::fmt;

/// A change to the active program or the custom programs.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Run this program from its first day (replaces any active program;
    /// the screen confirms that first). Training maxes and 1RMs are read
    /// from the lifter's maxes as it runs; `work_weights` are the first
    /// working weights of its working-weight lifts (the Program tab
    /// suggests them from the 1RM, [`crate::maxes::suggested_start`]).
    Start {
        program: Program,
        work_weights: Maxes,
    },
    /// Stop running the active program.
    Stop,
    /// Save a custom program (replaces the one with the same id).
    SaveCustom(Program),
    /// Add the program a share link carries (`#/share/<payload>`) to the
    /// lifter's programs, under an id the link itself gives
    /// ([`crate::share::adopted_id`]): adopting the same link twice, or
    /// once from each app (the first-load share door posts it to the
    /// outbox, the full app adopts it there), keeps one copy, and a copy
    /// already there, perhaps edited since, is kept as it is. The log, the
    /// maxes and the running program are not touched.
    AdoptShared { payload: String },
    /// Delete the custom program with this id. Its id is marked deleted
    /// (`StoredDocument::deleted_programs`), so a merge with a copy that
    /// still has it doesn't bring it back, and no new program takes the id.
    DeleteCustom(String),
    /// Edit the running program in place ([`ActiveProgram::edited`]): from
    /// its next session on it runs this program, keeping its place, stages,
    /// working weights, failure streaks and waiting proposals. The edit is
    /// the lifter's own program too, one entry under its id: editing a
    /// running built-in gives it an id of its own once ([`own_id`]), and the
    /// running program, its waiting proposals and its logged sessions move
    /// to that id.
    EditRunning(Program),
    /// Set (Some) or clear (None) a working-weight lift's working weight in
    /// the running program. Training maxes and 1RMs are changed with
    /// [`super::settings::Change::Max`], in the one place they live.
    WorkWeight {
        lift: LiftKey,
        weight: Option<Weight>,
    },
}

/// Why a program change was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgramError {
    /// The name is blank or too long.
    Name(String),
    /// It fails the checks a shared program must pass.
    Invalid(String),
    /// Not one day of its first cycle has an exercise.
    NoTrainingDays,
    /// No program is running.
    NotRunning,
    /// The running program has no working-weight lift of this key.
    NotAWorkWeight { lift: LiftKey },
    /// A working weight of zero or less.
    NotPositive,
    /// A share link that can't be opened (says why).
    Link(crate::share::ShareError),
}

impl fmt::Display for ProgramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgramError::Name(why) => f.write_str(why),
            ProgramError::Invalid(why) => write!(f, "This program can't be saved: {why}."),
            ProgramError::NoTrainingDays => {
                f.write_str("This program has no day with exercises yet.")
            }
            ProgramError::NotRunning => f.write_str("No program is running."),
            ProgramError::NotAWorkWeight { lift } => {
                write!(f, "The running program keeps no working weight for {lift}.")
            }
            ProgramError::NotPositive => f.write_str("A working weight must be above zero."),
            ProgramError::Link(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for ProgramError {}

/// The id the running program has as the lifter's own: its own if it is
/// one of his programs already, else (a built-in, or one he deleted from
/// his list) a new one, made once.
pub fn own_id(doc: &StoredDocument) -> Option<String> {
    let active = doc.program.as_ref()?;
    let id = &active.program.id;
    if doc.custom_programs.iter().any(|p| &p.id == id) {
        return Some(id.clone());
    }
    Some(copy_for(doc, &active.program).id)
}

/// A copy of `program` to edit as a new program of the lifter's own, under
/// an id none of his programs has or had: a deleted program's mark would
/// take a new one under its id away in the next merge.
pub fn copy_for(doc: &StoredDocument, program: &Program) -> Program {
    crate::program::edit::copy_of(program, &|id| {
        doc.custom_programs.iter().any(|p| p.id == id) || deleted(doc, id)
    })
}

/// Whether the lifter deleted an own program of this id.
fn deleted(doc: &StoredDocument, id: &str) -> bool {
    doc.deleted_programs.iter().any(|d| d == id)
}

/// `program` as it is kept: its source in plain words (one shared before
/// sources were plain words carries tags) and its summary saying the days
/// it really has.
fn as_saved(mut program: Program) -> Program {
    use crate::program::edit::{days_a_week, plain_source, summary_with_days};
    program.source = plain_source(&program.source);
    program.summary = summary_with_days(&program.summary, days_a_week(&program));
    program
}

/// Applies `change`; refuses programs that can't be run or stored.
/// Counted as a training change for merges ([`crate::store::Revisions`]).
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), ProgramError> {
    let result = apply_inner(doc, change);
    if result.is_ok() {
        doc.revisions.training_changed();
    }
    result
}

fn apply_inner(doc: &mut StoredDocument, change: Change) -> Result<(), ProgramError> {
    match change {
        Change::Start {
            program,
            work_weights,
        } => {
            check(&program)?;
            let mut weights = crate::program::starting_weights(&program);
            for (lift, w) in work_weights.0 {
                if !w.is_positive() {
                    return Err(ProgramError::NotPositive);
                }
                weights.set(lift, w);
            }
            let active = ActiveProgram::start(program, &weights);
            if active.sessions_in_cycle() == 0 {
                return Err(ProgramError::NoTrainingDays);
            }
            // Proposals for another program are moot once it stops.
            doc.pending.clear();
            doc.program = Some(active);
        }
        Change::Stop => {
            doc.program = None;
            doc.pending.clear();
        }
        Change::SaveCustom(program) => {
            check(&program)?;
            let mut program = as_saved(program);
            if deleted(doc, &program.id) {
                // Deleted while its editor was open (in another tab): saved
                // as a new program, not under the mark that removes it.
                program.id = copy_for(doc, &program).id;
            }
            match doc.custom_programs.iter_mut().find(|p| p.id == program.id) {
                Some(slot) => *slot = program,
                None => doc.custom_programs.push(program),
            }
        }
        Change::AdoptShared { payload } => {
            // The link's own id, unless a copy of it was deleted: adopting it
            // again is then a new program, under the next free id.
            let id = crate::program::edit::unique(&crate::share::adopted_id(&payload), &|id| {
                deleted(doc, id)
            });
            if doc.custom_programs.iter().any(|p| p.id == id) {
                return Ok(());
            }
            let mut program = crate::share::decode(&payload)
                .map_err(ProgramError::Link)?
                .program;
            program.id = id;
            return apply(doc, Change::SaveCustom(program));
        }
        Change::DeleteCustom(id) => {
            doc.custom_programs.retain(|p| p.id != id);
            if !deleted(doc, &id) {
                doc.deleted_programs.push(id);
            }
        }
        Change::EditRunning(program) => {
            check(&program)?;
            let program = as_saved(program);
            let active = doc.program.as_ref().ok_or(ProgramError::NotRunning)?;
            let (edited, _) = active.edited(program.clone());
            if edited.sessions_in_cycle() == 0 {
                return Err(ProgramError::NoTrainingDays);
            }
            let old = active.program.id.clone();
            if program.id != old {
                // The same run under its new id: what judges the cycle and
                // decides what waits finds its sessions.
                let id = Some(program.id.clone());
                let this_run = doc.pending.iter_mut().chain(doc.applied.iter_mut());
                for p in this_run.filter(|p| p.program == old) {
                    p.program.clone_from(&program.id);
                }
                let ours = |s: &&mut crate::log::Session| s.program.as_deref() == Some(&*old);
                for s in doc
                    .log
                    .iter_mut()
                    .chain(doc.in_progress.as_mut())
                    .filter(ours)
                {
                    s.program.clone_from(&id);
                }
            }
            doc.program = Some(edited);
            apply(doc, Change::SaveCustom(program))?;
        }
        Change::WorkWeight { lift, weight } => {
            let active = doc.program.as_mut().ok_or(ProgramError::NotRunning)?;
            let keeps = active
                .program
                .lifts
                .iter()
                .any(|l| l.key == lift && l.max_of.is_none() && l.max == MaxKind::WorkWeight);
            if !keeps {
                return Err(ProgramError::NotAWorkWeight { lift });
            }
            if weight.is_some_and(|w| !w.is_positive()) {
                return Err(ProgramError::NotPositive);
            }
            active.set_work_weight(&lift, weight);
        }
    }
    Ok(())
}

/// A program must have a name and pass the same checks as a shared one.
fn check(program: &Program) -> Result<(), ProgramError> {
    crate::program::edit::check_name(&program.name)
        .map_err(|e| ProgramError::Name(e.to_string()))?;
    crate::share::validate::program(program)
        .map_err(|problem| ProgramError::Invalid(problem.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::builtin::{build, BuiltinOptions};

    fn bbb() -> Program {
        build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    fn block() -> Program {
        build("5s-3s-1s", &BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn a_block_starts_at_its_working_weights_and_leaves_the_training_maxes_alone() {
        let mut doc = StoredDocument {
            maxes: crate::maxes::MaxTable::new().with_training_max("deadlift", Weight::lb(300.0)),
            ..StoredDocument::default()
        };
        let before = doc.maxes.clone();
        let work_weights = Maxes::new().with("deadlift", Weight::lb(265.0));
        apply(
            &mut doc,
            Change::Start {
                program: block(),
                work_weights,
            },
        )
        .unwrap();
        let active = doc.program.as_ref().unwrap();
        let deadlift = LiftKey::new("deadlift");
        assert_eq!(
            active.progress[&deadlift].work_weight,
            Some(Weight::lb(265.0))
        );
        assert_eq!(doc.maxes, before);
        apply(
            &mut doc,
            Change::WorkWeight {
                lift: deadlift.clone(),
                weight: Some(Weight::lb(270.0)),
            },
        )
        .unwrap();
        assert_eq!(
            doc.program.as_ref().unwrap().progress[&deadlift].work_weight,
            Some(Weight::lb(270.0))
        );
        assert_eq!(doc.maxes, before);
        // 5/3/1 started now reads the training max, untouched.
        apply(
            &mut doc,
            Change::Start {
                program: bbb(),
                work_weights: Maxes::new(),
            },
        )
        .unwrap();
        let active = doc.program.as_ref().unwrap();
        assert_eq!(
            active.state(&doc.maxes).get(&deadlift).unwrap().max,
            Weight::lb(300.0)
        );
        assert_eq!(
            apply(
                &mut doc,
                Change::WorkWeight {
                    lift: deadlift,
                    weight: Some(Weight::lb(1.0))
                }
            ),
            Err(ProgramError::NotAWorkWeight {
                lift: LiftKey::new("deadlift")
            })
        );
        apply(&mut doc, Change::Stop).unwrap();
        assert!(doc.program.is_none());
    }

    #[test]
    fn a_program_without_a_training_day_is_not_started() {
        let mut doc = StoredDocument::default();
        let mut empty = block();
        for day in &mut empty.cycles[0].weeks[0].days {
            day.exercises.clear();
        }
        let start = Change::Start {
            program: empty,
            work_weights: Maxes::new(),
        };
        assert!(apply(&mut doc, start).is_err());
        assert!(doc.program.is_none());
    }

    #[test]
    fn custom_programs_are_saved_replaced_and_deleted() {
        let mut doc = StoredDocument::default();
        let mut mine = copy_for(&doc, &bbb());
        apply(&mut doc, Change::SaveCustom(mine.clone())).unwrap();
        mine.name = "Renamed".into();
        apply(&mut doc, Change::SaveCustom(mine.clone())).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        assert_eq!(doc.custom_programs[0].name, "Renamed");
        mine.name = "  ".into();
        assert!(matches!(
            apply(&mut doc, Change::SaveCustom(mine.clone())),
            Err(ProgramError::Name(_))
        ));
        apply(&mut doc, Change::DeleteCustom(mine.id.clone())).unwrap();
        assert!(doc.custom_programs.is_empty());
        assert_eq!(doc.deleted_programs, [mine.id.clone()]);
        // A new copy never takes the deleted one's id, nor does the old
        // copy saved from an editor left open.
        let again = copy_for(&doc, &bbb());
        assert_ne!(again.id, mine.id);
        mine.name = "Renamed".into();
        apply(&mut doc, Change::SaveCustom(mine.clone())).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        assert_ne!(doc.custom_programs[0].id, mine.id);
        assert_eq!(doc.custom_programs[0].name, "Renamed");
    }

    #[test]
    fn a_shared_link_adopted_twice_is_one_copy_and_an_edited_copy_is_kept() {
        let shared = crate::share::SharedProgram {
            program: bbb(),
            maxes: None,
        };
        let payload = crate::share::encode(&shared).unwrap();
        let mut doc = StoredDocument::default();
        let adopt = || Change::AdoptShared {
            payload: payload.clone(),
        };
        apply(&mut doc, adopt()).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        let copy = &doc.custom_programs[0];
        assert_eq!(copy.id, crate::share::adopted_id(&payload));
        assert_ne!(copy.id, bbb().id, "never the built-in's own id");
        assert_eq!(copy.name, bbb().name);
        doc.custom_programs[0].name = "BBB, my way".into();
        apply(&mut doc, adopt()).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        assert_eq!(doc.custom_programs[0].name, "BBB, my way");
        assert!(doc.program.is_none() && doc.log.is_empty());
        // Deleted, then adopted again: a new copy under a new id.
        let first = doc.custom_programs[0].id.clone();
        apply(&mut doc, Change::DeleteCustom(first.clone())).unwrap();
        apply(&mut doc, adopt()).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        assert_eq!(doc.custom_programs[0].id, format!("{first}-2"));
        apply(&mut doc, adopt()).unwrap();
        assert_eq!(doc.custom_programs.len(), 1, "still one copy");
        // A link cut short adds nothing and says why.
        let cut = &payload[..payload.len() / 2];
        let mut empty = StoredDocument::default();
        assert!(matches!(
            apply(
                &mut empty,
                Change::AdoptShared {
                    payload: cut.to_string()
                }
            ),
            Err(ProgramError::Link(_))
        ));
        assert!(empty.custom_programs.is_empty());
    }
}
