//! The session being logged and the log itself: starting, checking off and
//! editing sets, finishing into the log, imports and restoring a backup.
//!
//! Every change here is one [`Change`]; the app saves after each, so the
//! session in progress survives a reload or a killed tab.

use liftsheet_domain::import::{self, ImportPreview};
use liftsheet_domain::log::{
    session_result, LoggedExercise, LoggedSet, Session, SessionId, SetId, SetKind,
};
use liftsheet_domain::program::{PlanSettings, Program};
use liftsheet_domain::progression::{self, Proposal, Scope};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::store::{self, PendingProposals, StoredDocument};
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
    /// Start the rest after a set of `after`, at `now_ms` (`Date.now()`).
    StartRest {
        now_ms: f64,
        after: SetKind,
    },
    /// Lengthen (or, negative, shorten) the running rest by seconds.
    AdjustRest(i32),
    /// Stop the running rest.
    StopRest,
    /// Finish the session: it moves into the log, and the running program
    /// moves on to its next day if the session was its planned day. Its
    /// proposed next maxes are kept as pending until applied or dismissed.
    Finish,
    /// Apply the progressions the lifter confirmed (possibly edited; locked
    /// lifts left out): the program's state and the stored maxes change, and
    /// the pending proposals are done with.
    ApplyProposals(Vec<Proposal>),
    /// Drop the pending proposals without changing anything.
    DismissProposals,
    /// Correct a set of a logged session (from History).
    EditLogged {
        session: SessionId,
        set: SetId,
        weight: Weight,
        reps: u32,
    },
    /// Delete a logged session (History confirms first).
    DeleteLogged(SessionId),
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

/// Plan settings for the running program: the lifter's unit and bar, the
/// program's rounding, plates and warm-ups planned.
pub fn plan_base(doc: &StoredDocument, program: &Program) -> PlanSettings {
    PlanSettings {
        bar: doc.settings.bar.clone(),
        ..PlanSettings::for_program(program, doc.settings.unit)
    }
    .with_plates_and_warmups()
}

/// Proposals for finishing `session` of the running program: the session's
/// results (and, when it ends the cycle, the cycle's sessions of the program
/// with per-cycle rules) through `progression::propose`, only the lifts that
/// would change. `None` when the session isn't the running program's.
/// Nothing is applied.
pub fn proposals_for(doc: &StoredDocument, session: &Session) -> Option<PendingProposals> {
    let active = doc.program.as_ref()?;
    if session.program.as_deref() != Some(active.program.id.as_str()) {
        return None;
    }
    let cycle_ends = active.clone().advance().cycle_finished;
    let (results, scope) = if cycle_ends {
        // The cycle's sessions: this one and the program's latest before it,
        // as many as the cycle has days.
        let days: usize = active
            .program
            .cycle(active.cycle)
            .map(|c| c.weeks.iter().map(|w| w.days.len()).sum())
            .unwrap_or(1);
        let mut earlier: Vec<&Session> = doc
            .log
            .iter()
            .filter(|s| s.program == session.program && s.id != session.id)
            .collect();
        earlier.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        let skip = earlier.len().saturating_sub(days.saturating_sub(1));
        let mut results: Vec<_> = earlier[skip..].iter().map(|s| session_result(s)).collect();
        results.push(session_result(session));
        (results, Scope::Cycle)
    } else {
        (vec![session_result(session)], Scope::Sessions)
    };
    let base = plan_base(doc, &active.program);
    let proposed = progression::propose(
        &active.program,
        &active.progress,
        &results,
        scope,
        &active.plan_settings(&base),
    );
    let (proposals, problem) = match proposed {
        Ok(list) => (list.into_iter().filter(|p| p.from != p.to).collect(), None),
        Err(e) => (Vec::new(), Some(e.to_string())),
    };
    Some(PendingProposals {
        program: active.program.id.clone(),
        session: session.id.clone(),
        proposals,
        problem,
    })
}

fn logged<'a>(doc: &'a mut StoredDocument, id: &SessionId) -> Result<&'a mut Session, String> {
    doc.log
        .iter_mut()
        .find(|s| s.id == *id)
        .ok_or_else(|| "That session is no longer in your log.".to_string())
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
        Change::StartRest { now_ms, after } => current(doc)?.start_rest(now_ms, after),
        Change::AdjustRest(by) => current(doc)?.adjust_rest(by),
        Change::StopRest => current(doc)?.stop_rest(),
        Change::Finish => {
            let mut session = doc
                .in_progress
                .take()
                .ok_or_else(|| "No session is in progress.".to_string())?;
            session.finish();
            // Proposed from the program as it is before this session moves it on.
            doc.pending = proposals_for(doc, &session)
                .filter(|p| !p.proposals.is_empty() || p.problem.is_some());
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
            doc.pending = None;
        }
        Change::DismissProposals => doc.pending = None,
        Change::EditLogged {
            session,
            set,
            weight,
            reps,
        } => logged(doc, &session)?
            .edit_actual(set, weight, reps)
            .map_err(text)?,
        Change::DeleteLogged(id) => {
            logged(doc, &id)?;
            doc.log.retain(|s| s.id != id);
            if doc.pending.as_ref().is_some_and(|p| p.session == id) {
                doc.pending = None;
            }
            if !doc.deleted.contains(&id) {
                doc.deleted.push(id);
            }
        }
        Change::Import(mut preview) => {
            // Importing a session again undoes its deletion.
            doc.deleted
                .retain(|d| !preview.sessions.iter().any(|s| s.id == *d));
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
        let preview = import::preview(
            csv,
            &doc.log,
            &ImportOptions::new(Default::default(), Date::from_ymd(2026, 12, 2).unwrap()),
        )
        .unwrap();
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
    fn the_rest_lives_in_the_session_and_survives_a_save() {
        let mut doc = started();
        apply(
            &mut doc,
            Change::StartRest {
                now_ms: 1_000.0,
                after: SetKind::Work,
            },
        )
        .unwrap();
        apply(&mut doc, Change::AdjustRest(30)).unwrap();
        let back = store::decode(&store::encode(&doc)).unwrap();
        let rest = back.in_progress.as_ref().unwrap().rest.unwrap();
        assert_eq!((rest.started_ms, rest.seconds), (1_000.0, 210));
        apply(&mut doc, Change::StopRest).unwrap();
        assert_eq!(doc.in_progress.as_ref().unwrap().rest, None);
        apply(&mut doc, Change::Finish).unwrap();
        assert!(apply(&mut doc, Change::StopRest).is_err());
    }

    /// Starting Strength running, today's planned day started with every set
    /// checked off.
    fn ss_day_done() -> StoredDocument {
        use liftsheet_domain::log::session_from_program;
        use liftsheet_domain::program::active::ActiveProgram;
        use liftsheet_domain::program::{builtin, Maxes};
        let program =
            builtin::build("starting-strength", &builtin::BuiltinOptions::default()).unwrap();
        let mut maxes = Maxes::default();
        for lift in &program.lifts {
            maxes.0.insert(lift.key.clone(), Weight::kg(100.0));
        }
        let mut doc = StoredDocument {
            program: Some(ActiveProgram::start(program.clone(), &maxes)),
            ..StoredDocument::default()
        };
        let active = doc.program.clone().unwrap();
        let next = active.next_day(&plan_base(&doc, &program)).unwrap();
        let date = Date::from_ymd(2024, 3, 5).unwrap();
        let session = session_from_program(SessionId::new("ss"), date, &program, &next);
        let ids: Vec<SetId> = session.sets().map(|(_, x)| x.id).collect();
        apply(&mut doc, Change::Start(session)).unwrap();
        for set in ids {
            apply(&mut doc, Change::Check { set, done: true }).unwrap();
        }
        doc
    }

    #[test]
    fn proposals_wait_in_the_document_until_applied_or_dismissed() {
        let mut doc = ss_day_done();
        let before = doc.maxes.clone();
        apply(&mut doc, Change::Finish).unwrap();
        let pending = doc.pending.clone().expect("finishing proposes next maxes");
        assert_eq!(pending.session.as_str(), "ss");
        assert!(!pending.proposals.is_empty());
        assert_eq!(
            doc.maxes, before,
            "nothing changes before the lifter applies"
        );
        // Kept through a save and a reload.
        let back = store::decode(&store::encode(&doc)).unwrap();
        assert_eq!(back.pending, Some(pending.clone()));
        let mut dismissed = doc.clone();
        apply(&mut dismissed, Change::DismissProposals).unwrap();
        assert_eq!((dismissed.pending, &dismissed.maxes), (None, &before));
        apply(&mut doc, Change::ApplyProposals(pending.proposals.clone())).unwrap();
        assert_eq!(doc.pending, None);
        let p = &pending.proposals[0];
        assert_eq!(doc.maxes.get(p.lift.as_str()), Some(&p.to.max));
    }

    #[test]
    fn a_logged_session_can_be_corrected_or_deleted() {
        let mut doc = ss_day_done();
        apply(&mut doc, Change::Finish).unwrap();
        let id = doc.log[0].id.clone();
        let set = doc.log[0].lifts[0].sets.last().unwrap().id;
        let rev = doc.log[0].revision;
        apply(
            &mut doc,
            Change::EditLogged {
                session: id.clone(),
                set,
                weight: Weight::kg(100.0),
                reps: 8,
            },
        )
        .unwrap();
        assert_eq!(doc.log[0].set(set).unwrap().reps, 8);
        assert!(
            doc.log[0].revision > rev,
            "the edit wins a merge with an old copy"
        );
        let bad = Change::EditLogged {
            session: id.clone(),
            set,
            weight: Weight::kg(1.0),
            reps: 1000,
        };
        assert!(apply(&mut doc, bad).is_err());
        let old_copy = doc.clone();
        apply(&mut doc, Change::DeleteLogged(id.clone())).unwrap();
        assert!(doc.log.is_empty());
        assert_eq!(doc.pending, None, "its proposals go with it");
        // Another tab's older copy doesn't bring it back.
        assert!(store::merge(&doc, &old_copy).log.is_empty());
        assert!(apply(&mut doc, Change::DeleteLogged(id)).is_err());
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
