//! The session being logged and the log itself: starting, checking off and
//! editing sets, finishing into the log, imports and restoring a backup.
//!
//! Every change here is one [`Change`]; the app saves after each, so the
//! session in progress survives a reload or a killed tab.

use crate::date::Date;
use crate::import::{self, ImportPreview};
use crate::log::{
    session_result, LogError, LoggedExercise, LoggedSet, Session, SessionId, SetId, SetKind,
};
use crate::program::active::ApplyError;
use crate::program::{PlanSettings, Program};
use crate::progression::{self, Judged, Proposal};
use crate::rpe::Rpe;
use crate::store::{self, PendingProposals, StoredDocument};
use crate::Weight;
use std::fmt;

/// Why a change to the session or the log was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    AlreadyInProgress,
    NoneInProgress,
    NotInLog,
    /// An exercise added without a name.
    NoExerciseName,
    NoProgramRunning,
    /// The running program's next day can't start while proposals for it
    /// wait: they decide what that day lifts.
    ProposalsWaiting,
    /// The proposals were decided already (in another tab, say).
    ProposalsGone,
    Apply(ApplyError),
    Log(LogError),
    /// A session's date outside [`crate::limits::lifted_on`].
    Date(crate::limits::LimitError),
    /// The applied proposals to take back aren't remembered (too old, or
    /// for a program no longer running).
    NotApplied,
    /// A lift the applied proposals moved has moved again since.
    MovedSince {
        lift: crate::program::LiftKey,
    },
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::AlreadyInProgress => {
                f.write_str("A session is already in progress: finish or discard it first.")
            }
            SessionError::NoneInProgress => f.write_str("No session is in progress."),
            SessionError::NotInLog => f.write_str("That session is no longer in your log."),
            SessionError::NoExerciseName => f.write_str("Name the exercise."),
            SessionError::NoProgramRunning => f.write_str("No program is running."),
            SessionError::ProposalsWaiting => f.write_str(
                "Apply or keep the proposed changes first: they decide the next session's weights.",
            ),
            SessionError::ProposalsGone => {
                f.write_str("Those proposed changes were already applied or dismissed.")
            }
            SessionError::Apply(e) => e.fmt(f),
            SessionError::Log(e) => e.fmt(f),
            SessionError::Date(e) => write!(f, "That date can't be used: {e}."),
            SessionError::NotApplied => {
                f.write_str("Those changes can't be taken back here any more.")
            }
            SessionError::MovedSince { lift } => write!(
                f,
                "{lift} has changed since: set it on the Program tab instead."
            ),
        }
    }
}

impl std::error::Error for SessionError {}

impl From<LogError> for SessionError {
    fn from(e: LogError) -> SessionError {
        SessionError::Log(e)
    }
}

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
    /// Remove a set (undone with [`super::undo::Undo`]).
    RemoveSet(SetId),
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
    /// The day the session in progress was lifted (today unless the lifter
    /// logs an earlier one); `today` is the lifter's calendar date.
    Date {
        date: Date,
        today: Date,
    },
    /// Start the rest after a set of `after`, at `now_ms` (`Date.now()`).
    StartRest {
        now_ms: f64,
        after: SetKind,
    },
    /// Lengthen (or, negative, shorten) the running rest by seconds.
    AdjustRest(i32),
    /// Stop the running rest.
    StopRest,
    /// Finish the session: it moves into the log (unless no set was ever
    /// added: an empty session is not logged), and the running program
    /// moves on to its next day if the session was its planned day. Its
    /// proposed next maxes wait in the document until applied or dismissed.
    Finish,
    /// Apply the progressions the lifter confirmed for `session` (possibly
    /// edited; locked lifts left out): training maxes and 1RMs change in the
    /// lifter's maxes (a 1RM dated `today`), stages and working weights in
    /// the program, and those proposals are done with.
    ApplyProposals {
        session: SessionId,
        proposals: Vec<Proposal>,
        today: Date,
    },
    /// Drop the proposals `session` made without changing anything.
    DismissProposals(SessionId),
    /// Take back the proposals of `session` the lifter applied (after a
    /// correction showed they were wrong): each lift they moved goes back
    /// to where it was, and the session, as now logged, proposes again.
    /// Refused if a lift has moved since ([`SessionError::MovedSince`]).
    Unapply {
        session: SessionId,
        today: Date,
    },
    /// Correct a set of a logged session (from History).
    EditLogged {
        session: SessionId,
        set: SetId,
        weight: Weight,
        reps: u32,
    },
    /// Correct the day a logged session was lifted (from History): History,
    /// records, charts and trends follow it.
    LoggedDate {
        session: SessionId,
        date: Date,
        today: Date,
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

/// Plan settings for the running program: the lifter's unit and bar, each
/// lift's equipment, the program's rounding, plates and warm-ups planned.
pub fn plan_base(doc: &StoredDocument, program: &Program) -> PlanSettings {
    PlanSettings {
        bar: doc.settings.bar.clone(),
        equipment: super::equipment::for_program(doc, program),
        ..PlanSettings::for_program(program, doc.settings.unit)
    }
    .with_plates_and_warmups()
}

/// Proposals for finishing `session` of the running program, only the
/// lifts that would change; `None` when the session isn't the running
/// program's. Nothing is applied.
///
/// Per-session rules judge this session alone: the program's earlier
/// sessions were judged as each finished, and the lifter applied (or
/// dismissed) what they proposed before this one could start. When this
/// session ends the cycle, per-cycle rules judge the cycle's sessions
/// together ([`Judged::cycle_end`]).
pub fn proposals_for(doc: &StoredDocument, session: &Session) -> Option<PendingProposals> {
    let active = doc.program.as_ref()?;
    judge(doc, session, active.clone().advance().cycle_finished)
}

/// [`proposals_for`] with whether `session` ended its cycle given: at
/// finishing, the running program says; for a correction, the waiting
/// proposals remember ([`PendingProposals::ends_cycle`]).
fn judge(doc: &StoredDocument, session: &Session, cycle_ends: bool) -> Option<PendingProposals> {
    let active = doc.program.as_ref()?;
    if session.program.as_deref() != Some(active.program.id.as_str()) {
        return None;
    }
    let this = session_result(session);
    let cycle: Vec<_> = if cycle_ends {
        // The cycle's sessions: this one and the program's latest before it,
        // as many as the cycle has days with exercises.
        let days = active.sessions_in_cycle().max(1);
        let mut earlier: Vec<&Session> = doc
            .log
            .iter()
            .filter(|s| s.program == session.program && s.id != session.id)
            .collect();
        crate::sort::sort_by(&mut earlier, |a, b| crate::log::oldest_first(a, b));
        let skip = earlier.len().saturating_sub(days.saturating_sub(1));
        let mut results: Vec<_> = earlier[skip..].iter().map(|s| session_result(s)).collect();
        results.push(this.clone());
        results
    } else {
        Vec::new()
    };
    let judged = if cycle_ends {
        Judged::cycle_end(&this, &cycle)
    } else {
        Judged::sessions(std::slice::from_ref(&this))
    };
    let base = plan_base(doc, &active.program);
    let proposed = progression::propose(
        &active.program,
        &active.state(&doc.maxes),
        judged,
        &active.plan_settings(&base),
    );
    let (proposals, problem) = match proposed {
        Ok(list) => (
            list.into_iter()
                .filter(|p| !p.from.same_state(&p.to))
                .collect(),
            None,
        ),
        Err(e) => (Vec::new(), Some(e.to_string())),
    };
    Some(PendingProposals {
        program: active.program.id.clone(),
        session: session.id.clone(),
        proposals,
        problem,
        ends_cycle: cycle_ends,
    })
}

/// After a correction to logged session `id`: the proposals it made that
/// still wait are judged again from the corrected sets (dropped when the
/// correction leaves nothing to change). Applied or dismissed ones stay as
/// they were: [`applied_before_correction`] says so to the lifter.
fn rejudge(doc: &mut StoredDocument, id: &SessionId) {
    let Some(i) = doc.pending.iter().position(|p| p.session == *id) else {
        return;
    };
    let ends_cycle = doc.pending[i].ends_cycle;
    let fresh = doc
        .log
        .iter()
        .find(|s| s.id == *id)
        .and_then(|s| judge(doc, s, ends_cycle))
        .filter(|p| !p.proposals.is_empty() || p.problem.is_some());
    match fresh {
        Some(p) => doc.pending[i] = p,
        None => {
            doc.pending.remove(i);
        }
    }
}

/// Where the proposals of logged session `id` that the lifter applied are
/// remembered, if they are for the running program and can be taken back
/// ([`Change::Unapply`]).
pub fn unapplicable(doc: &StoredDocument, id: &SessionId) -> Option<usize> {
    let running = doc.program.as_ref()?.program.id.as_str();
    doc.applied
        .iter()
        .position(|a| a.session == *id && a.program == running)
}

/// Whether logged session `id` made proposals for the running program that
/// the lifter already applied or dismissed: correcting it now changes the
/// log and records but not the maxes those proposals moved.
pub fn applied_before_correction(doc: &StoredDocument, id: &SessionId) -> bool {
    let running = doc.program.as_ref().map(|a| a.program.id.as_str());
    doc.decided.contains(id)
        && doc
            .log
            .iter()
            .any(|s| s.id == *id && s.program.as_deref() == running)
}

fn logged<'a>(
    doc: &'a mut StoredDocument,
    id: &SessionId,
) -> Result<&'a mut Session, SessionError> {
    doc.log
        .iter_mut()
        .find(|s| s.id == *id)
        .ok_or(SessionError::NotInLog)
}

fn current(doc: &mut StoredDocument) -> Result<&mut Session, SessionError> {
    doc.in_progress.as_mut().ok_or(SessionError::NoneInProgress)
}

/// The proposals waiting for the running program, oldest first.
pub fn waiting(doc: &StoredDocument) -> impl Iterator<Item = &PendingProposals> {
    let running = doc.program.as_ref().map(|a| a.program.id.as_str());
    doc.pending
        .iter()
        .filter(move |p| Some(p.program.as_str()) == running)
}

fn decide(doc: &mut StoredDocument, session: &SessionId) {
    doc.pending.retain(|p| p.session != *session);
    if !doc.decided.contains(session) {
        doc.decided.push(session.clone());
    }
}

/// Applies `change`; refuses what the log refuses, with its reason.
pub fn apply(doc: &mut StoredDocument, change: Change) -> Result<(), SessionError> {
    match change {
        Change::Start(session) => {
            if doc.in_progress.is_some() {
                return Err(SessionError::AlreadyInProgress);
            }
            let of_running = doc
                .program
                .as_ref()
                .is_some_and(|a| session.program.as_deref() == Some(a.program.id.as_str()));
            if of_running && waiting(doc).next().is_some() {
                return Err(SessionError::ProposalsWaiting);
            }
            doc.in_progress = Some(session);
        }
        Change::AddExercise { lift, name } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err(SessionError::NoExerciseName);
            }
            let lift = match lift.trim() {
                "" => super::exercises::id_for_name(doc, &name),
                key => key.to_string(),
            };
            current(doc)?.add_exercise(LoggedExercise::new(lift, name));
        }
        Change::AddSet { exercise, set } => {
            current(doc)?.add_set(exercise, set)?;
        }
        Change::RemoveSet(id) => {
            current(doc)?.remove_set(id)?;
        }
        Change::Check { set, done } => current(doc)?.check_set(set, done)?,
        Change::Actual { set, weight, reps } => current(doc)?.edit_actual(set, weight, reps)?,
        Change::Rpe { set, rpe } => current(doc)?.set_rpe(set, rpe)?,
        Change::Note { set, note } => current(doc)?.set_note(set, note)?,
        Change::Notes(notes) => current(doc)?.set_notes(notes),
        Change::Date { date, today } => {
            let date = crate::limits::lifted_on(date, today).map_err(SessionError::Date)?;
            current(doc)?.set_date(date);
        }
        Change::StartRest { now_ms, after } => current(doc)?.start_rest(now_ms, after),
        Change::AdjustRest(by) => current(doc)?.adjust_rest(by),
        Change::StopRest => current(doc)?.stop_rest(),
        Change::Finish => {
            let mut session = doc.in_progress.take().ok_or(SessionError::NoneInProgress)?;
            if session.set_count() == 0 {
                // Nothing was lifted: nothing to log, and the program stays.
                return Ok(());
            }
            session.finish();
            // Proposed from the program as it is before this session moves it
            // on; added to (never replacing) what still waits.
            if let Some(p) = proposals_for(doc, &session)
                .filter(|p| !p.proposals.is_empty() || p.problem.is_some())
            {
                doc.pending.retain(|q| q.session != p.session);
                doc.pending.push(p);
            }
            if let Some(active) = doc.program.as_mut() {
                if session.program.as_deref() == Some(active.program.id.as_str()) {
                    active.advance();
                    doc.revisions.training_changed();
                }
            }
            doc.log = crate::log::merge(&doc.log, std::slice::from_ref(&session));
        }
        Change::Discard => doc.in_progress = None,
        Change::ApplyProposals {
            session,
            proposals,
            today,
        } => {
            if !doc.pending.iter().any(|p| p.session == session) {
                return Err(SessionError::ProposalsGone);
            }
            let active = doc.program.as_mut().ok_or(SessionError::NoProgramRunning)?;
            active
                .apply(&mut doc.maxes, &proposals, today)
                .map_err(SessionError::Apply)?;
            let mut applied = doc
                .pending
                .iter()
                .find(|p| p.session == session)
                .cloned()
                .ok_or(SessionError::ProposalsGone)?;
            applied.proposals = proposals;
            doc.applied.retain(|a| a.session != session);
            doc.applied.push(applied);
            let over = doc.applied.len().saturating_sub(store::APPLIED_KEPT);
            doc.applied.drain(..over);
            decide(doc, &session);
            doc.revisions.training_changed();
        }
        Change::Unapply { session, today } => {
            let i = unapplicable(doc, &session).ok_or(SessionError::NotApplied)?;
            let applied = doc.applied[i].clone();
            let active = doc.program.as_mut().ok_or(SessionError::NoProgramRunning)?;
            let now = active.state(&doc.maxes);
            if let Some(p) = applied
                .proposals
                .iter()
                .find(|p| now.get(&p.lift) != Some(&p.to))
            {
                return Err(SessionError::MovedSince {
                    lift: p.lift.clone(),
                });
            }
            let back: Vec<Proposal> = applied
                .proposals
                .iter()
                .map(|p| Proposal {
                    from: p.to,
                    to: p.from,
                    ..p.clone()
                })
                .collect();
            active
                .apply(&mut doc.maxes, &back, today)
                .map_err(SessionError::Apply)?;
            doc.applied.remove(i);
            doc.decided.retain(|d| *d != session);
            doc.revisions.training_changed();
            // The session as now logged proposes again.
            let fresh = doc
                .log
                .iter()
                .find(|s| s.id == session)
                .and_then(|s| judge(doc, s, applied.ends_cycle))
                .filter(|p| !p.proposals.is_empty() || p.problem.is_some());
            if let Some(p) = fresh {
                doc.pending.push(p);
            }
        }
        Change::DismissProposals(session) => {
            if !doc.pending.iter().any(|p| p.session == session) {
                return Err(SessionError::ProposalsGone);
            }
            decide(doc, &session);
        }
        Change::EditLogged {
            session,
            set,
            weight,
            reps,
        } => {
            logged(doc, &session)?.edit_actual(set, weight, reps)?;
            rejudge(doc, &session);
        }
        Change::LoggedDate {
            session,
            date,
            today,
        } => {
            let date = crate::limits::lifted_on(date, today).map_err(SessionError::Date)?;
            logged(doc, &session)?.set_date(date);
            // The log stays oldest first, as merging keeps it.
            crate::sort::sort_by(&mut doc.log, crate::log::oldest_first);
        }
        Change::DeleteLogged(id) => {
            logged(doc, &id)?;
            doc.log.retain(|s| s.id != id);
            doc.pending.retain(|p| p.session != id);
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
            // Names the library doesn't have become the lifter's own exercises.
            super::exercises::adopt_logged(doc, &preview.sessions);
            import::apply(&mut doc.log, preview);
        }
        Change::Backup { backup, replace } => {
            if replace {
                // A new generation: other tabs take it as it is rather than
                // merging what it replaced back in (store::reconcile).
                let generation = doc.generation.max(backup.generation) + 1;
                *doc = StoredDocument {
                    generation,
                    ..*backup
                };
            } else {
                // Merged, it stays this browser's generation: other tabs
                // merge it like any change (a newer generation would make
                // them drop what they hold).
                let generation = doc.generation;
                *doc = StoredDocument {
                    generation,
                    ..store::merge(doc, &backup)
                };
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::import::ImportOptions;
    use crate::log::{SessionId, SetKind};

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
            apply(&mut doc, too_many).unwrap_err().to_string(),
            "That set is no longer in this session."
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

    fn today() -> Date {
        Date::from_ymd(2024, 3, 5).unwrap()
    }

    #[test]
    fn finishing_the_planned_day_advances_the_program_and_proposals_apply() {
        use crate::log::session_from_plan;
        use crate::maxes::MaxTable;
        use crate::program::active::ActiveProgram;
        use crate::program::{builtin, LiftKey, Maxes, PlanSettings};
        use crate::progression::{self, Judged};
        use crate::Unit;
        let program = builtin::build("531-bbb", &builtin::BuiltinOptions::default()).unwrap();
        let mut maxes = MaxTable::new();
        for lift in ["squat", "bench", "deadlift", "press"] {
            maxes = maxes.with_training_max(lift, Weight::kg(100.0));
        }
        let mut doc = StoredDocument {
            program: Some(ActiveProgram::start(program.clone(), &Maxes::new())),
            maxes: maxes.clone(),
            ..StoredDocument::default()
        };
        let base = PlanSettings::new(Unit::Kg);
        let active = doc.program.clone().unwrap();
        let next = active.next_day(&maxes, &base).unwrap();
        let session = session_from_plan(SessionId::new("p"), today(), &program.id, &next);
        apply(&mut doc, Change::Start(session)).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert_ne!(doc.program.as_ref().unwrap().next, active.next);
        let _ = LiftKey::new("squat");

        let result = crate::log::session_result(&doc.log[0]);
        let proposals = progression::propose(
            &active.program,
            &active.state(&maxes),
            Judged::whole_cycle(&[result]),
            &active.plan_settings(&base),
        )
        .unwrap();
        assert!(!proposals.is_empty());
        let mut edited = proposals[0].clone();
        edited.to.max = Weight::kg(97.5);
        let lift = edited.lift.clone();
        // Nothing waits for session "p" (the week isn't over): refused.
        let apply_p = |proposals| Change::ApplyProposals {
            session: SessionId::new("p"),
            proposals,
            today: today(),
        };
        assert_eq!(
            apply(&mut doc, apply_p(vec![edited.clone()])),
            Err(SessionError::ProposalsGone)
        );
        doc.pending.push(PendingProposals {
            program: program.id.clone(),
            session: SessionId::new("p"),
            proposals: vec![edited.clone()],
            problem: None,
            ends_cycle: false,
        });
        let mut zero = edited.clone();
        zero.to.max = Weight::kg(0.0);
        assert!(apply(&mut doc, apply_p(vec![zero])).is_err());
        apply(&mut doc, apply_p(vec![edited])).unwrap();
        assert_eq!(doc.maxes.training_max(&lift), Some(Weight::kg(97.5)));
        let active = doc.program.as_ref().unwrap();
        assert_eq!(
            active.state(&doc.maxes).get(&lift).unwrap().max,
            Weight::kg(97.5)
        );
        assert!(doc.pending.is_empty());
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
        use crate::log::session_from_program;
        use crate::program::active::ActiveProgram;
        use crate::program::{builtin, Maxes};
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
        let next = active
            .next_day(&doc.maxes, &plan_base(&doc, &program))
            .unwrap();
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
        let before = doc.program.clone();
        apply(&mut doc, Change::Finish).unwrap();
        assert_eq!(doc.pending.len(), 1, "finishing proposes next weights");
        let pending = doc.pending[0].clone();
        assert_eq!(pending.session.as_str(), "ss");
        assert!(!pending.proposals.is_empty());
        let p = &pending.proposals[0];
        let unapplied =
            |doc: &StoredDocument| doc.program.as_ref().unwrap().progress[&p.lift].work_weight;
        assert_eq!(
            unapplied(&doc),
            before.as_ref().unwrap().progress[&p.lift].work_weight,
            "nothing changes before the lifter applies"
        );
        // Kept through a save and a reload.
        let back = store::decode(&store::encode(&doc)).unwrap();
        assert_eq!(back.pending, vec![pending.clone()]);
        // The next program day can't start over it; a free session can, and
        // finishing one leaves the proposals where they are.
        let active = doc.program.clone().unwrap();
        let next = active
            .next_day(&doc.maxes, &plan_base(&doc, &active.program))
            .unwrap();
        let planned = crate::log::session_from_program(
            SessionId::new("next"),
            today(),
            &active.program,
            &next,
        );
        assert_eq!(
            apply(&mut doc, Change::Start(planned)),
            Err(SessionError::ProposalsWaiting)
        );
        let mut free = Session::new(SessionId::new("free"), today());
        free.add_exercise(LoggedExercise::new("plank", "Plank"));
        free.add_set(0, set()).unwrap();
        apply(&mut doc, Change::Start(free)).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert_eq!(doc.pending, vec![pending.clone()]);

        let mut dismissed = doc.clone();
        apply(
            &mut dismissed,
            Change::DismissProposals(pending.session.clone()),
        )
        .unwrap();
        assert!(dismissed.pending.is_empty());
        assert_eq!(dismissed.program, doc.program);
        // Another tab's older copy doesn't bring them back.
        let merged = store::merge(&dismissed, &doc);
        assert!(merged.pending.is_empty(), "{:?}", merged.pending);
        let merged = store::merge(&doc, &dismissed);
        assert!(merged.pending.is_empty(), "{:?}", merged.pending);

        apply(
            &mut doc,
            Change::ApplyProposals {
                session: pending.session.clone(),
                proposals: pending.proposals.clone(),
                today: today(),
            },
        )
        .unwrap();
        assert!(doc.pending.is_empty());
        assert_eq!(unapplied(&doc), Some(p.to.max));
    }

    #[test]
    fn a_session_with_no_sets_is_not_logged() {
        let mut doc = StoredDocument::default();
        let empty = Session::new(SessionId::new("empty"), today());
        apply(&mut doc, Change::Start(empty)).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert!(doc.log.is_empty());
        assert!(doc.in_progress.is_none());
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
        assert!(doc.pending.is_empty(), "its proposals go with it");
        // Another tab's older copy doesn't bring it back.
        assert!(store::merge(&doc, &old_copy).log.is_empty());
        assert!(apply(&mut doc, Change::DeleteLogged(id)).is_err());
    }

    #[test]
    fn a_session_is_dated_the_day_it_was_lifted_never_tomorrow() {
        let mut doc = started();
        let today = Date::from_ymd(2024, 3, 5).unwrap();
        let yesterday = Date::from_ymd(2024, 3, 4).unwrap();
        let tomorrow = Date::from_ymd(2024, 3, 6).unwrap();
        let date = |date| Change::Date { date, today };
        assert!(matches!(
            apply(&mut doc, date(tomorrow)),
            Err(SessionError::Date(crate::limits::LimitError::DateInFuture(
                _
            )))
        ));
        apply(&mut doc, date(yesterday)).unwrap();
        apply(
            &mut doc,
            Change::AddSet {
                exercise: 0,
                set: set(),
            },
        )
        .unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        assert_eq!(doc.log[0].date, yesterday);
        // An earlier session logged later takes its place: oldest first.
        let mut later = Session::new(SessionId::new("2024-03-05-b"), today);
        later.add_exercise(LoggedExercise::new("squat", "Squat"));
        later.add_set(0, set()).unwrap();
        apply(&mut doc, Change::Start(later)).unwrap();
        apply(&mut doc, Change::Finish).unwrap();
        let ids = |doc: &StoredDocument| -> Vec<String> {
            doc.log.iter().map(|s| s.id.to_string()).collect()
        };
        assert_eq!(ids(&doc), ["2024-03-05-abc123", "2024-03-05-b"]);
        // Corrected from History: moved back two days, it sorts first.
        let id = SessionId::new("2024-03-05-b");
        let rev = doc.log[1].revision;
        let two_days_ago = Date::from_ymd(2024, 3, 3).unwrap();
        let change = |date| Change::LoggedDate {
            session: id.clone(),
            date,
            today,
        };
        assert!(apply(&mut doc, change(tomorrow)).is_err());
        apply(&mut doc, change(two_days_ago)).unwrap();
        assert_eq!(ids(&doc), ["2024-03-05-b", "2024-03-05-abc123"]);
        assert_eq!(doc.log[0].date, two_days_ago);
        assert!(
            doc.log[0].revision > rev,
            "the change wins a merge with an old copy"
        );
    }

    #[test]
    fn a_backup_merges_or_replaces() {
        let mut doc = started();
        apply(
            &mut doc,
            Change::AddSet {
                exercise: 0,
                set: set(),
            },
        )
        .unwrap();
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
