//! Documents built the way the app builds them, shared by the document
//! tests: a running StrongLifts 5×5 with sessions logged (misses where
//! asked), proposals applied and one waiting, a custom program, and a
//! session in progress.
#![allow(dead_code)]

use liftsheet_domain::date::Date;
use liftsheet_domain::document::program;
use liftsheet_domain::document::session::{self, plan_base};
use liftsheet_domain::log::{session_from_program, SessionId, SetKind};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::Maxes;
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::Weight;

pub fn day(n: i64) -> Date {
    Date::from_ymd(2026, 1, 5).unwrap().add_days(n).unwrap()
}

/// The next planned day of the running program, started in the document.
pub fn start_next(doc: &mut StoredDocument, n: usize) {
    let active = doc.program.clone().unwrap();
    let next = active
        .next_day(&doc.maxes, &plan_base(doc, &active.program))
        .unwrap();
    let id = SessionId::new(format!("s{n:03}"));
    let planned = session_from_program(id, day(n as i64), &active.program, &next);
    session::apply(doc, session::Change::Start(planned)).unwrap();
}

/// StrongLifts' first working weights in kg.
pub fn stronglifts_start() -> Maxes {
    Maxes::new()
        .with("squat", Weight::kg(60.0))
        .with("bench", Weight::kg(40.0))
        .with("row", Weight::kg(40.0))
        .with("press", Weight::kg(30.0))
        .with("deadlift", Weight::kg(80.0))
}

/// StrongLifts in kg with `misses[i]` reps short on session `i`'s work sets,
/// every proposal applied but the last session's, and one more session in
/// progress with its first sets checked.
pub fn lifter(misses: &[u32]) -> StoredDocument {
    let mut doc = StoredDocument::default();
    let program = build("stronglifts-5x5", &BuiltinOptions::default()).unwrap();
    let work = stronglifts_start();
    program::apply(
        &mut doc,
        program::Change::Start {
            program,
            work_weights: work,
        },
    )
    .unwrap();
    for (n, &short) in misses.iter().enumerate() {
        start_next(&mut doc, n);
        let session = doc.in_progress.clone().unwrap();
        for set in session.lifts.iter().flat_map(|e| &e.sets) {
            let reps = match set.kind {
                SetKind::Warmup => set.reps,
                _ => set.reps.saturating_sub(short).max(1),
            };
            let edits = [
                session::Change::Actual {
                    set: set.id,
                    weight: set.weight,
                    reps,
                },
                session::Change::Check {
                    set: set.id,
                    done: true,
                },
            ];
            for change in edits {
                session::apply(&mut doc, change).unwrap();
            }
        }
        session::apply(&mut doc, session::Change::Finish).unwrap();
        if n + 1 < misses.len() {
            apply_waiting(&mut doc, day(n as i64));
        }
    }
    // A custom program, to delete.
    let own = program::copy_for(
        &doc,
        &build("texas-method", &BuiltinOptions::default()).unwrap(),
    );
    program::apply(&mut doc, program::Change::SaveCustom(own)).unwrap();
    // Waiting proposals stop the next day from starting: log one off-plan.
    let mut extra = liftsheet_domain::log::Session::new(SessionId::new("extra"), day(40));
    extra.add_exercise(liftsheet_domain::log::LoggedExercise::new("curl", "Curl"));
    session::apply(&mut doc, session::Change::Start(extra)).unwrap();
    for reps in [12, 10] {
        let set = liftsheet_domain::log::LoggedSet::done(SetKind::Work, Weight::kg(20.0), reps);
        session::apply(&mut doc, session::Change::AddSet { exercise: 0, set }).unwrap();
    }
    doc
}

/// Applies every proposal waiting, as the lifter taps Apply on each.
pub fn apply_waiting(doc: &mut StoredDocument, today: Date) {
    loop {
        let Some(p) = session::waiting(doc).next().cloned() else {
            break;
        };
        let apply = session::Change::ApplyProposals {
            session: p.session,
            proposals: p.proposals,
            today,
        };
        session::apply(doc, apply).unwrap();
    }
}
