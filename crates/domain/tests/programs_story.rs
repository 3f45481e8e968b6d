//! The lifter's whole path through the document's rules, natively: a 335 lb
//! deadlift 1RM and a 300 lb training max saved; "5s, then 3s, then singles"
//! for the deadlift alone, once a week, started at its suggested first top
//! set; three weeks logged, the third with a missed rep; the proposal kept
//! through a reload and a free session, then applied; the next session is
//! triples at a higher weight; the 5/3/1 training max untouched; no empty
//! session and no PR for the miss.

use liftsheet_domain::date::Date;
use liftsheet_domain::document::session::{self, plan_base, waiting, SessionError};
use liftsheet_domain::document::{program, settings};
use liftsheet_domain::log::{session_from_program, LoggedExercise, LoggedSet, SessionId, SetKind};
use liftsheet_domain::maxes::{suggested_start, MaxChange, MaxSource, OneRepMax};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::{LiftKey, Maxes, Program};
use liftsheet_domain::records::Records;
use liftsheet_domain::store::{self, StoredDocument};
use liftsheet_domain::{Unit, Weight};

fn deadlift() -> LiftKey {
    LiftKey::new("deadlift")
}

fn day(n: i64) -> Date {
    Date::from_ymd(2026, 11, 2)
        .unwrap()
        .add_days(n * 7)
        .unwrap()
}

/// The built-in block for the deadlift only, on one day a week.
fn deadlift_block() -> Program {
    let mut p = build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
    p.id = "custom-deadlift-block".into();
    p.name = "My deadlift block".into();
    p.lifts.retain(|l| l.key == deadlift());
    for week in &mut p.cycles[0].weeks {
        for d in &mut week.days {
            d.exercises.retain(|e| e.lift == deadlift());
        }
        week.days.retain(|d| !d.exercises.is_empty());
    }
    p
}

/// Logs the running program's next day: every set done as planned, except
/// the deadlift top set, done for `top_reps`.
fn log_week(doc: &mut StoredDocument, n: i64, top_reps: u32) -> SessionId {
    let active = doc.program.clone().expect("a program runs");
    let next = active
        .next_day(&doc.maxes, &plan_base(doc, &active.program))
        .expect("the next day plans");
    let id = SessionId::new(format!("week-{n}"));
    let planned = session_from_program(id.clone(), day(n), &active.program, &next);
    session::apply(doc, session::Change::Start(planned)).unwrap();
    let sets: Vec<_> = doc
        .in_progress
        .as_ref()
        .unwrap()
        .sets()
        .map(|(_, s)| (s.id, s.kind, s.weight))
        .collect();
    for (set, kind, weight) in sets {
        session::apply(doc, session::Change::Check { set, done: true }).unwrap();
        if kind == SetKind::Work {
            let change = session::Change::Actual {
                set,
                weight,
                reps: top_reps,
            };
            session::apply(doc, change).unwrap();
        }
    }
    session::apply(doc, session::Change::Finish).unwrap();
    id
}

fn top_set(doc: &StoredDocument) -> (Weight, u32) {
    let active = doc.program.as_ref().unwrap();
    let next = active
        .next_day(&doc.maxes, &plan_base(doc, &active.program))
        .unwrap();
    let dl = next
        .day
        .exercises
        .iter()
        .find(|e| e.lift == deadlift())
        .unwrap();
    let top = dl.sets.last().unwrap();
    (top.weight.unwrap(), top.reps.min())
}

fn apply_all(doc: &mut StoredDocument, today: Date) {
    let p = waiting(doc).next().expect("a proposal waits").clone();
    session::apply(
        doc,
        session::Change::ApplyProposals {
            session: p.session,
            proposals: p.proposals,
            today,
        },
    )
    .unwrap();
}

#[test]
fn a_lifter_runs_his_own_deadlift_block_from_his_one_rep_max() {
    let mut doc = StoredDocument::default();
    settings::apply(&mut doc, settings::Change::Unit(Unit::Lb)).unwrap();
    // From the calculator: a tested 335 lb single, and 90 % of it as the TM.
    let tested = OneRepMax {
        weight: Weight::lb(335.0),
        date: Some(day(-1)),
        source: MaxSource::Tested,
    };
    for change in [
        MaxChange::OneRepMax {
            lift: deadlift(),
            max: Some(tested),
        },
        MaxChange::TrainingMax {
            lift: deadlift(),
            max: Some(Weight::lb(300.0)),
        },
    ] {
        settings::apply(&mut doc, settings::Change::Max(change)).unwrap();
    }
    let tm_before = doc.maxes.clone();

    // Started at the suggested first top set: 80 % of 335, down to 265.
    let start = suggested_start(
        Weight::lb(335.0),
        doc.settings.rounding.rounding_step().unwrap(),
    );
    assert_eq!(start, Weight::lb(265.0));
    program::apply(
        &mut doc,
        program::Change::Start {
            program: deadlift_block(),
            work_weights: Maxes::new().with("deadlift", start),
        },
    )
    .unwrap();
    assert_eq!(top_set(&doc), (Weight::lb(265.0), 5));

    // Weeks 1 and 2 made: +10 lb a week (5 kg in lb, §4), applied each time.
    log_week(&mut doc, 0, 5);
    apply_all(&mut doc, day(0));
    assert_eq!(top_set(&doc), (Weight::lb(275.0), 5));
    log_week(&mut doc, 1, 5);
    apply_all(&mut doc, day(1));
    assert_eq!(top_set(&doc), (Weight::lb(285.0), 5));

    // Week 3: 285 × 4, a miss. The proposal (on to 3s) waits...
    let missed = log_week(&mut doc, 2, 4);
    let pending = waiting(&doc).next().unwrap().clone();
    assert_eq!(pending.session, missed);
    assert!(pending.proposals[0].reason.contains("3s"), "{pending:?}");
    // ...through a reload (a save and a read back)...
    doc = store::decode(&store::encode(&doc)).unwrap();
    assert_eq!(waiting(&doc).next(), Some(&pending));
    // ...and a free session, while the next program day waits for it.
    let mut free = liftsheet_domain::log::Session::new(SessionId::new("free"), day(3));
    free.add_exercise(LoggedExercise::new("plank", "Plank"));
    free.add_set(0, LoggedSet::done(SetKind::Accessory, Weight::lb(0.0), 1))
        .unwrap();
    session::apply(&mut doc, session::Change::Start(free)).unwrap();
    session::apply(&mut doc, session::Change::Finish).unwrap();
    assert_eq!(waiting(&doc).next(), Some(&pending));
    let active = doc.program.clone().unwrap();
    let next = active
        .next_day(&doc.maxes, &plan_base(&doc, &active.program))
        .unwrap();
    let blocked = session_from_program(SessionId::new("x"), day(3), &active.program, &next);
    assert_eq!(
        session::apply(&mut doc, session::Change::Start(blocked)),
        Err(SessionError::ProposalsWaiting)
    );

    // Applied: the next session is triples, and the weight still climbs.
    apply_all(&mut doc, day(3));
    assert_eq!(top_set(&doc), (Weight::lb(295.0), 3));
    let next = doc
        .program
        .as_ref()
        .unwrap()
        .next_day(
            &doc.maxes,
            &plan_base(&doc, &doc.program.as_ref().unwrap().program),
        )
        .unwrap();
    assert_eq!(next.label, "Week 4 · Day 2");

    // The lifter's training max and 1RM are untouched by the block.
    assert_eq!(doc.maxes, tm_before);
    let bbb = build("531-bbb", &BuiltinOptions::default()).unwrap();
    let state =
        liftsheet_domain::program::ActiveProgram::start(bbb, &Maxes::new()).state(&doc.maxes);
    assert_eq!(
        state.get(&deadlift()).unwrap().max,
        Weight::lb(300.0),
        "5/3/1 still reads 300 lb: 195/225/255 in week 1"
    );

    // History: four sessions (three of the block, one free), none empty;
    // week 0 is the deadlift's baseline (265 × 5 for a 335 lb 1RM is no
    // PR), week 1's 275 × 5 is one, and the missed 285 × 4 is none.
    assert_eq!(doc.log.len(), 4);
    assert!(doc.log.iter().all(|s| s.set_count() > 0));
    let records = Records::compute(&doc.log, Unit::Lb);
    assert!(
        records.prs.iter().all(|p| p.at.session != missed),
        "{:?}",
        records.prs
    );
    assert!(
        records
            .prs
            .iter()
            .all(|p| p.at.session.as_str() != "week-0"),
        "{:?}",
        records.prs
    );
    assert!(records
        .prs
        .iter()
        .any(|p| p.at.session.as_str() == "week-1"));
}
