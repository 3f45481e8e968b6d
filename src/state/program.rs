//! The program being run and the lifter's own programs.

use liftsheet_domain::program::{ActiveProgram, LiftKey, Maxes, Program};
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::Weight;

/// A change to the active program or the custom programs.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Run this program from its first day, at the stored maxes (replaces
    /// any active program; the screen confirms that first).
    Start(Program),
    /// Stop running the active program.
    Stop,
    /// Save a custom program (replaces the one with the same id).
    SaveCustom(Program),
    /// Delete the custom program with this id.
    DeleteCustom(String),
    /// Set (Some) or clear (None) a lift's max: the stored max the calculator
    /// shares, and the active program's if it uses the lift.
    Max { lift: String, max: Option<Weight> },
}

/// The stored maxes as the program module keys them.
pub fn maxes_of(doc: &StoredDocument) -> Maxes {
    Maxes(
        doc.maxes
            .iter()
            .map(|(k, w)| (LiftKey::new(k.as_str()), *w))
            .collect(),
    )
}

/// Applies `change`; refuses programs that can't be run or stored.
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), String> {
    match change {
        Change::Start(program) => {
            check(&program)?;
            doc.program = Some(ActiveProgram::start(program, &maxes_of(doc)));
        }
        Change::Stop => doc.program = None,
        Change::SaveCustom(program) => {
            check(&program)?;
            match doc.custom_programs.iter_mut().find(|p| p.id == program.id) {
                Some(slot) => *slot = program,
                None => doc.custom_programs.push(program),
            }
        }
        Change::DeleteCustom(id) => doc.custom_programs.retain(|p| p.id != id),
        Change::Max { lift, max } => {
            super::settings::apply(
                doc,
                super::settings::Change::Max {
                    lift: lift.clone(),
                    max,
                },
            )?;
            if let Some(active) = &mut doc.program {
                let key = LiftKey::new(lift.trim());
                if active.program.lifts.iter().any(|l| l.max_key() == &key) {
                    active.set_max(&key, max);
                }
            }
        }
    }
    Ok(())
}

/// A program must have a name and pass the same checks as a shared one.
fn check(program: &Program) -> Result<(), String> {
    liftsheet_domain::program::edit::check_name(&program.name)?;
    liftsheet_domain::share::validate::program(program)
        .map_err(|problem| format!("This program can't be saved: {problem}."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use liftsheet_domain::program::builtin::{build, BuiltinOptions};

    fn bbb() -> Program {
        build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn start_takes_the_stored_maxes_and_max_updates_follow() {
        let mut doc = StoredDocument::default();
        doc.maxes.insert("squat".into(), Weight::lb(285.0));
        apply(&mut doc, Change::Start(bbb())).unwrap();
        let active = doc.program.as_ref().unwrap();
        assert_eq!(active.program.id, "531-bbb");
        assert_eq!(active.progress.0.len(), 1);
        apply(
            &mut doc,
            Change::Max {
                lift: "bench".into(),
                max: Some(Weight::lb(225.0)),
            },
        )
        .unwrap();
        assert_eq!(doc.maxes["bench"], Weight::lb(225.0));
        let bench = LiftKey::new("bench");
        let active = doc.program.as_ref().unwrap();
        assert_eq!(active.progress.get(&bench).unwrap().max, Weight::lb(225.0));
        apply(&mut doc, Change::Stop).unwrap();
        assert!(doc.program.is_none());
    }

    #[test]
    fn custom_programs_are_saved_replaced_and_deleted() {
        let mut doc = StoredDocument::default();
        let mut mine = liftsheet_domain::program::edit::copy_of(&bbb(), &[]);
        apply(&mut doc, Change::SaveCustom(mine.clone())).unwrap();
        mine.name = "Renamed".into();
        apply(&mut doc, Change::SaveCustom(mine.clone())).unwrap();
        assert_eq!(doc.custom_programs.len(), 1);
        assert_eq!(doc.custom_programs[0].name, "Renamed");
        mine.name = "  ".into();
        assert!(apply(&mut doc, Change::SaveCustom(mine.clone())).is_err());
        apply(&mut doc, Change::DeleteCustom(mine.id)).unwrap();
        assert!(doc.custom_programs.is_empty());
    }
}
