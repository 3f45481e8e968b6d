//! The running program edited in place (issue "A lifter lives with it for
//! months", item 2): from its next session on it runs the edit; its place,
//! stages, working weights, failure streaks and waiting proposals stay; a
//! day that is gone moves the place to the next one; a built-in becomes the
//! lifter's own program once and stays one entry.

use liftsheet_domain::date::Date;
use liftsheet_domain::document::program::{self, own_id, Change, ProgramError};
use liftsheet_domain::document::session::{self, plan_base};
use liftsheet_domain::log::{session_from_program, SessionId, SetKind};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::edit::{self, Accessory, AccessoryLoad, DayAt, WeekAt};
use liftsheet_domain::program::{LiftKey, Place, Position, Program, Reps, UnitPair};
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::Weight;

mod document_support;

fn day(n: i64) -> Date {
    Date::from_ymd(2026, 1, 5).unwrap().add_days(n).unwrap()
}

const DAY1: DayAt = DayAt {
    week: WeekAt { cycle: 0, week: 0 },
    day: 0,
};

/// StrongLifts with good mornings at `gm` kg on its first day, on double
/// progression (+2.5 kg at 3 × 10).
fn with_good_mornings(gm: f64) -> Program {
    let mut p = build("stronglifts-5x5", &BuiltinOptions::default()).unwrap();
    let accessory = Accessory {
        name: "Good morning".into(),
        load: AccessoryLoad::Fixed(Weight::kg(gm)),
        sets: 3,
        reps: Reps::range(8, 10).unwrap(),
    };
    let key = edit::add_accessory(&mut p, DAY1, &accessory).unwrap();
    edit::set_double_progression(&mut p, &key, Some(UnitPair::new(2.5, 5.0))).unwrap();
    p
}

/// The program started, `sessions` days logged with every rep made and
/// their proposals applied but the last one's, which waits.
fn running(sessions: usize) -> StoredDocument {
    let mut doc = StoredDocument::default();
    let work = document_support::stronglifts_start();
    let start = Change::Start {
        program: with_good_mornings(40.0),
        work_weights: work,
    };
    program::apply(&mut doc, start).unwrap();
    for n in 0..sessions {
        document_support::apply_waiting(&mut doc, day(n as i64));
        let active = doc.program.clone().unwrap();
        let next = active
            .next_day(&doc.maxes, &plan_base(&doc, &active.program))
            .unwrap();
        let id = SessionId::new(format!("s{n}"));
        let planned = session_from_program(id, day(n as i64), &active.program, &next);
        session::apply(&mut doc, session::Change::Start(planned)).unwrap();
        let sets: Vec<_> = doc
            .in_progress
            .as_ref()
            .unwrap()
            .sets()
            .map(|(_, s)| s.clone())
            .collect();
        for set in sets {
            let reps = if set.kind == SetKind::Warmup {
                set.reps
            } else {
                set.target_top.unwrap_or(set.reps)
            };
            session::apply(
                &mut doc,
                session::Change::Actual {
                    set: set.id,
                    weight: set.weight,
                    reps,
                },
            )
            .unwrap();
            session::apply(
                &mut doc,
                session::Change::Check {
                    set: set.id,
                    done: true,
                },
            )
            .unwrap();
        }
        session::apply(&mut doc, session::Change::Finish).unwrap();
    }
    doc
}

fn work_weight(doc: &StoredDocument, lift: &str) -> Option<Weight> {
    doc.program
        .as_ref()?
        .progress
        .get(&LiftKey::new(lift))?
        .work_weight
}

/// The running program as the editor opens it: the lifter's own id.
fn draft(doc: &StoredDocument, program: Program) -> Program {
    Program {
        id: own_id(doc).unwrap(),
        ..program
    }
}

#[test]
fn raising_an_accessory_mid_block_keeps_the_place_and_the_working_weights() {
    let mut doc = running(2);
    let before = doc.program.clone().unwrap();
    let waiting = doc.pending.clone();
    assert!(!waiting.is_empty(), "the second session's proposals wait");
    let squat = work_weight(&doc, "squat");

    let edited = draft(&doc, with_good_mornings(45.0));
    let own = edited.id.clone();
    assert_ne!(
        own, before.program.id,
        "a built-in becomes the lifter's own"
    );
    program::apply(&mut doc, Change::EditRunning(edited)).unwrap();

    let after = doc.program.as_ref().unwrap();
    assert_eq!(
        (after.cycle, after.next),
        (before.cycle, before.next),
        "same place"
    );
    assert_eq!(
        work_weight(&doc, "squat"),
        squat,
        "the block's working weight stays"
    );
    assert_eq!(
        work_weight(&doc, "good-morning"),
        Some(Weight::kg(45.0)),
        "the raise takes"
    );
    assert_eq!(after.program.id, own);
    // Still the same run: its proposals wait, its sessions are its own.
    assert_eq!(doc.pending.len(), waiting.len());
    assert!(doc.pending.iter().all(|p| p.program == own));
    assert!(doc
        .log
        .iter()
        .all(|s| s.program.as_deref() == Some(own.as_str())));
    assert_eq!(
        session::waiting(&doc).count(),
        waiting.len(),
        "and still wait for it"
    );
    // One entry: the lifter's own program under the running id, once.
    assert_eq!(
        doc.custom_programs.iter().filter(|p| p.id == own).count(),
        1
    );

    // A second edit keeps that id: no second copy.
    assert_eq!(own_id(&doc).as_deref(), Some(own.as_str()));
    let again = draft(&doc, with_good_mornings(50.0));
    program::apply(&mut doc, Change::EditRunning(again)).unwrap();
    assert_eq!(doc.custom_programs.len(), 1);
    assert_eq!(work_weight(&doc, "good-morning"), Some(Weight::kg(50.0)));
}

#[test]
fn an_accessory_that_climbed_keeps_its_weight_through_an_unrelated_edit() {
    let mut doc = running(3);
    // Double progression moved it past its written 40 kg? Either way, an
    // edit that doesn't touch it keeps what the run has.
    let gm = work_weight(&doc, "good-morning");
    let mut edited = draft(&doc, with_good_mornings(40.0));
    edited.name = "My 5×5".into();
    program::apply(&mut doc, Change::EditRunning(edited)).unwrap();
    assert_eq!(work_weight(&doc, "good-morning"), gm);
}

#[test]
fn removing_the_day_the_place_points_at_moves_it_to_the_next_and_says_so() {
    let doc = running(2);
    let active = doc.program.clone().unwrap();
    assert_eq!(active.next, Position::new(0, 2));
    let mut edited = active.program.clone();
    let at = DayAt {
        week: WeekAt { cycle: 0, week: 0 },
        day: 2,
    };
    edit::layout::remove_day(&mut edited, at).unwrap();
    let (moved, place) = active.edited(edited.clone());
    assert_eq!(
        place,
        Place::Moved {
            from: Position::new(0, 2),
            to: Position::new(1, 0)
        }
    );
    assert_eq!(active.day_label(Position::new(0, 2)), "Week 1 · Day 3: A");
    assert_eq!(moved.day_label(Position::new(1, 0)), "Week 2 · Day 1: B");

    // A day ahead of the place removed: the place stays.
    let mut later = active.program.clone();
    let at = DayAt {
        week: WeekAt { cycle: 0, week: 1 },
        day: 2,
    };
    edit::layout::remove_day(&mut later, at).unwrap();
    assert_eq!(active.edited(later).1, Place::Kept);
}

#[test]
fn refused_edits_are_typed_and_change_nothing() {
    let mut idle = StoredDocument::default();
    let p = with_good_mornings(40.0);
    assert_eq!(
        program::apply(&mut idle, Change::EditRunning(p.clone())),
        Err(ProgramError::NotRunning)
    );
    let mut doc = running(1);
    let kept = doc.clone();
    let mut empty = draft(&doc, p);
    for week in &mut empty.cycles[0].weeks {
        for d in &mut week.days {
            d.exercises.clear();
        }
    }
    assert_eq!(
        program::apply(&mut doc, Change::EditRunning(empty)),
        Err(ProgramError::NoTrainingDays)
    );
    assert_eq!(doc, kept);
}
