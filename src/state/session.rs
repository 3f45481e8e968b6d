//! The session being logged and the log itself: starting, checking off and
//! editing sets, finishing into the log, imports and restoring a backup.
//!
//! Every change here is one [`Change`]; the app saves after each, so the
//! session in progress survives a reload or a killed tab.

use liftsheet_domain::import::{self, ImportPreview};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SetId};
use liftsheet_domain::progression::Proposal;
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::store::{self, StoredDocument};
use liftsheet_domain::Weight;

/// A change to the session in progress or the log.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Begin this session (built by the screen: from the plan, or empty).
    Start(Session),
    /// Add an exercise (no sets yet) to the session in progress.
    AddExercise {
        lift: String,
        name: String,
    },
    /// Add a set at the end of exercise `exercise`.
    AddSet {
        exercise: usize,
        set: LoggedSet,
    },
    /// Remove a set (it can be put back with [`Change::RestoreSet`]).
    RemoveSet(SetId),
    /// Undo a removal: put `set` back at `index` of exercise `exercise`.
    RestoreSet {
        exercise: usize,
        index: usize,
        set: LoggedSet,
    },
    /// Check a set off, or un-check it.
    Check {
        set: SetId,
        done: bool,
    },
    /// The weight and reps actually done.
    Actual {
        set: SetId,
        weight: Weight,
        reps: u32,
    },
    Rpe {
        set: SetId,
        rpe: Option<Rpe>,
    },
    Note {
        set: SetId,
        note: String,
    },
    /// The session's notes.
    Notes(String),
    /// Finish the session: it moves into the log, and the running program
    /// moves on to its next day if the session was its planned day.
    Finish,
    /// Apply the progressions the lifter confirmed (possibly edited; locked
    /// lifts left out): the program's state and the stored maxes change.
    ApplyProposals(Vec<Proposal>),
    /// Throw the session in progress away (the screen confirms first).
    Discard,
    /// Add previewed imported sessions to the log.
    Import(ImportPreview),
    /// Restore a JSON backup: merged with what is here, or replacing it.
    Backup {
        backup: Box<StoredDocument>,
        replace: bool,
    },
}

fn current(doc: &mut StoredDocument) -> Result<&mut Session, String> {
    doc.in_progress
        .as_mut()
        .ok_or_else(|| "No session is in progress.".to_string())
}

/// Applies `change`; refuses what the log refuses, with its message.
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), String> {
    let text = |e: liftsheet_domain::log::LogError| e.to_string();
    match change {
        Change::Start(session) => {
            if doc.in_progress.is_some() {
                return Err("A session is already in progress: finish or discard it first.".into());
            }
            doc.in_progress = Some(session);
        }
        Change::AddExercise { lift, name } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err("Name the exercise.".into());
            }
            let lift = match lift.trim() {
                "" => import::lift_key(&name),
                key => key.to_string(),
            };
            current(doc)?.add_exercise(LoggedExercise::new(lift, name));
        }
        Change::AddSet { exercise, set } => {
            current(doc)?.add_set(exercise, set).map_err(text)?;
        }
        Change::RemoveSet(id) => {
            current(doc)?.remove_set(id).map_err(text)?;
        }
        Change::RestoreSet {
            exercise,
            index,
            set,
        } => {
            current(doc)?
                .insert_set(exercise, index, set)
                .map_err(text)?;
        }
        Change::Check { set, done } => current(doc)?.check_set(set, done).map_err(text)?,
        Change::Actual { set, weight, reps } => {
            current(doc)?.edit_actual(set, weight, reps).map_err(text)?
        }
        Change::Rpe { set, rpe } => current(doc)?.set_rpe(set, rpe).map_err(text)?,
        Change::Note { set, note } => current(doc)?.set_note(set, note).map_err(text)?,
        Change::Notes(notes) => current(doc)?.set_notes(notes),
        Change::Finish => {
            let mut session = doc
                .in_progress
                .take()
                .ok_or_else(|| "No session is in progress.".to_string())?;
            session.finish();
            if let Some(active) = doc.program.as_mut() {
                if session.program.as_deref() == Some(active.program.id.as_str()) {
                    active.advance();
                }
            }
            doc.log = liftsheet_domain::log::merge(&doc.log, std::slice::from_ref(&session));
        }
        Change::Discard => doc.in_progress = None,
        Change::ApplyProposals(proposals) => {
            let active = doc
                .program
                .as_mut()
                .ok_or_else(|| "No program is running.".to_string())?;
            if let Some(p) = proposals.iter().find(|p| !p.to.max.is_positive()) {
                return Err(format!("The new max for {} must be above zero.", p.lift));
            }
            active.progress.apply(&proposals);
            for p in &proposals {
                doc.maxes.insert(p.lift.as_str().to_string(), p.to.max);
            }
        }
        Change::Import(mut preview) => {
            // The log may have changed since the preview: never add a session twice.
            preview
                .sessions
                .retain(|s| !doc.log.iter().any(|l| l.id == s.id));
            import::apply(&mut doc.log, preview);
        }
        Change::Backup { backup, replace } => {
            if replace {
                *doc = *backup;
            } else {
                *doc = store::merge(doc, &backup);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use liftsheet_domain::date::Date;
    use liftsheet_domain::import::ImportOptions;
    use liftsheet_domain::log::{SessionId, SetKind};

    fn started() -> StoredDocument {
        let mut doc = StoredDocument::default();
        let session = Session::new(
            SessionId::new("2024-03-05-abc123"),
            Date::from_ymd(2024, 3, 5).unwrap(),
        );
        apply(&mut doc, Change::Start(session)).unwrap();
        apply(
            &mut doc,
            Change::AddExercise {
                lift: String::new(),
                name: "Squat".into(),
            },
        )
        .unwrap();
        doc
    }

    fn set() -> LoggedSet {
        LoggedSet::planned(SetKind::Work, Weight::kg(100.0), 5)
    }

    #[test]
    fn logs_a_session_from_start_to_finish() {
        let mut doc = started();
        assert_eq!(doc.in_progress.as_ref().unwrap().lifts[0].lift, "squat");
        apply(
            &mut doc,
            Change::AddSet {
                exercise: 0,
                set: set(),
            },
        )
        .unwrap();
        apply(
            &mut doc,
            Change::AddSet {
                exercise: 0,
                set: set(),
            },
        )
        .unwrap();
        apply(
            &mut doc,
            Change::Check {
                set: SetId(0),
                done: true,
            },
        )
        .unwrap();
        apply(
            &mut doc,
            Change::Actual {
                set: SetId(1),
                weight: Weight::kg(102.5),
                reps: 4,
            },
        )
        .unwrap();
        apply(&mut doc, Change::Notes("Good".into())).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert!(doc.in_progress.is_none());
        assert_eq!(doc.log.len(), 1);
        let s = &doc.log[0];
        assert!(s.finished);
        assert!(s.set(SetId(0)).unwrap().done);
        assert_eq!(s.set(SetId(1)).unwrap().weight, Weight::kg(102.5));
        assert_eq!(s.notes, "Good");
        assert!(apply(&mut doc, Change::Finish).is_err());
    }

    #[test]
    fn remove_and_undo_keep_the_position() {
        let mut doc = started();
        for _ in 0..3 {
            apply(
                &mut doc,
                Change::AddSet {
                    exercise: 0,
                    set: set(),
                },
            )
            .unwrap();
        }
        let removed = doc
            .in_progress
            .as_ref()
            .unwrap()
            .set(SetId(1))
            .cloned()
            .unwrap();
        apply(&mut doc, Change::RemoveSet(SetId(1))).unwrap();
        assert_eq!(doc.in_progress.as_ref().unwrap().set_count(), 2);
        apply(
            &mut doc,
            Change::RestoreSet {
                exercise: 0,
                index: 1,
                set: removed,
            },
        )
        .unwrap();
        let s = doc.in_progress.as_ref().unwrap();
        assert_eq!(s.lifts[0].sets[1].id, SetId(3));
    }

    #[test]
    fn refuses_a_second_session_and_bad_edits() {
        let mut doc = started();
        let other = Session::new(SessionId::new("x"), Date::from_ymd(2024, 3, 6).unwrap());
        assert!(apply(&mut doc, Change::Start(other)).is_err());
        let too_many = Change::Actual {
            set: SetId(9),
            weight: Weight::kg(1.0),
            reps: 1,
        };
        assert_eq!(
            apply(&mut doc, too_many),
            Err("That set is no longer in this session.".into())
        );
        let nameless = Change::AddExercise {
            lift: String::new(),
            name: " ".into(),
        };
        assert!(apply(&mut doc, nameless).is_err());
        apply(&mut doc, Change::Discard).unwrap();
        assert!(doc.in_progress.is_none());
        assert!(apply(&mut doc, Change::Notes("x".into())).is_err());
    }

    #[test]
    fn importing_the_same_preview_twice_adds_nothing() {
        let csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n\
                   2024-01-02 07:00:00,Morning,1h,Squat (Barbell),1,100,5,0,0,,,\n";
        let mut doc = StoredDocument::default();
        let preview = import::preview(csv, &doc.log, &ImportOptions::default()).unwrap();
        apply(&mut doc, Change::Import(preview.clone())).unwrap();
        apply(&mut doc, Change::Import(preview)).unwrap();
        assert_eq!(doc.log.len(), 1);
    }

    #[test]
    fn finishing_the_planned_day_advances_the_program_and_proposals_apply() {
        use liftsheet_domain::log::session_from_plan;
        use liftsheet_domain::program::active::ActiveProgram;
        use liftsheet_domain::program::{builtin, LiftKey, Maxes, PlanSettings};
        use liftsheet_domain::progression::{self, Scope};
        use liftsheet_domain::Unit;
        let program = builtin::build("531-bbb", &builtin::BuiltinOptions::default()).unwrap();
        let mut maxes = Maxes::default();
        for lift in ["squat", "bench", "deadlift", "press"] {
            maxes.0.insert(LiftKey::new(lift), Weight::kg(100.0));
        }
        let mut doc = StoredDocument {
            program: Some(ActiveProgram::start(program.clone(), &maxes)),
            ..StoredDocument::default()
        };
        let base = PlanSettings::new(Unit::Kg);
        let active = doc.program.clone().unwrap();
        let next = active.next_day(&base).unwrap();
        let date = Date::from_ymd(2024, 3, 5).unwrap();
        let session = session_from_plan(SessionId::new("p"), date, &program.id, &next);
        apply(&mut doc, Change::Start(session)).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert_ne!(doc.program.as_ref().unwrap().next, active.next);

        let result = liftsheet_domain::log::session_result(&doc.log[0]);
        let proposals = progression::propose(
            &active.program,
            &active.progress,
            &[result],
            Scope::Cycle,
            &active.plan_settings(&base),
        )
        .unwrap();
        assert!(!proposals.is_empty());
        let mut edited = proposals[0].clone();
        edited.to.max = Weight::kg(97.5);
        let lift = edited.lift.clone();
        apply(&mut doc, Change::ApplyProposals(vec![edited.clone()])).unwrap();
        assert_eq!(doc.maxes.get(lift.as_str()), Some(&Weight::kg(97.5)));
        assert_eq!(
            doc.program
                .as_ref()
                .unwrap()
                .progress
                .get(&lift)
                .unwrap()
                .max,
            Weight::kg(97.5)
        );
        edited.to.max = Weight::kg(0.0);
        assert!(apply(&mut doc, Change::ApplyProposals(vec![edited])).is_err());
    }

    #[test]
    fn a_backup_merges_or_replaces() {
        let mut doc = started();
        apply(&mut doc, Change::Finish).unwrap();
        let mut backup = StoredDocument::default();
        backup.log.push(Session::new(
            SessionId::new("old"),
            Date::from_ymd(2020, 1, 1).unwrap(),
        ));
        apply(
            &mut doc,
            Change::Backup {
                backup: Box::new(backup.clone()),
                replace: false,
            },
        )
        .unwrap();
        assert_eq!(doc.log.len(), 2);
        apply(
            &mut doc,
            Change::Backup {
                backup: Box::new(backup),
                replace: true,
            },
        )
        .unwrap();
        assert_eq!(doc.log.len(), 1);
    }
}
