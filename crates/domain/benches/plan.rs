//! A year of 5/3/1 Boring But Big (13 four-week cycles, 52 weeks, 4 days a
//! week) planned with plates per side and warm-up ladders, the TMs rising
//! each cycle as the progression engine proposes.

use criterion::{criterion_group, criterion_main, Criterion};
use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::program::{generate, Maxes, PlanSettings};
use liftsheet_domain::{Unit, Weight};
use std::hint::black_box;

fn year_of_bbb(c: &mut Criterion) {
    let program = builtin::build("531-bbb", &BuiltinOptions::default()).expect("BBB is built in");
    let settings = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    // +5 lb upper / +10 lb lower a cycle (§2.5).
    let maxes_for = |cycle: u32| {
        let n = f64::from(cycle);
        Maxes::new()
            .with("press", Weight::lb(135.0 + 5.0 * n))
            .with("bench", Weight::lb(225.0 + 5.0 * n))
            .with("squat", Weight::lb(315.0 + 10.0 * n))
            .with("deadlift", Weight::lb(405.0 + 10.0 * n))
    };
    let maxes: Vec<Maxes> = (0..13).map(maxes_for).collect();
    c.bench_function(
        "plan: 5/3/1 BBB, 13 cycles (52 weeks) with plates and warm-ups",
        |b| {
            b.iter(|| {
                for (cycle, m) in maxes.iter().enumerate() {
                    let plan = generate(&program, m, &settings, cycle as u32).expect("plans");
                    black_box(plan);
                }
            })
        },
    );
}

/// A year of the reshaped block the way the app runs it: "5s, then 3s, then
/// singles" for the deadlift alone, once a week, with two fixed-weight
/// accessories. Each of the 52 weeks: plan the next day (plates, warm-ups),
/// start it, check every set off, finish (proposals made), apply them.
fn year_of_the_deadlift_block(c: &mut Criterion) {
    use liftsheet_domain::document::{program, session};
    use liftsheet_domain::log::{session_from_program, SessionId};
    use liftsheet_domain::program::{Exercise, LiftDef, Load, MaxKind, Reps, Role, SetGroup};
    use liftsheet_domain::store::StoredDocument;

    let mut block = builtin::build("5s-3s-1s", &BuiltinOptions::default()).expect("built in");
    block.lifts.retain(|l| l.key.as_str() == "deadlift");
    for (key, name, w) in [
        ("hyperextension", "Hyperextension", 25.0),
        ("good-morning", "Good morning", 95.0),
    ] {
        block.lifts.push(LiftDef {
            barbell: key == "good-morning",
            ..LiftDef::barbell(key, name, MaxKind::WorkWeight)
        });
        block.cycles[0].weeks[0].days[1].exercises.push(
            Exercise::main(
                key,
                vec![SetGroup::new(
                    3,
                    Reps::Exact(10),
                    Load::Fixed(Weight::lb(w)),
                )],
            )
            .with_role(Role::Accessory)
            .not_counted()
            .without_warmup(),
        );
    }
    for week in &mut block.cycles[0].weeks {
        for day in &mut week.days {
            day.exercises
                .retain(|e| block.lifts.iter().any(|l| l.key == e.lift));
        }
        week.days.retain(|d| !d.exercises.is_empty());
    }
    let mut start = StoredDocument::default();
    start.settings.unit = Unit::Lb;
    start.settings.bar = liftsheet_domain::plates::BarSetup::lb_standard();
    program::apply(
        &mut start,
        program::Change::Start {
            program: block,
            work_weights: Maxes::new().with("deadlift", Weight::lb(265.0)),
        },
    )
    .expect("starts");
    let date = liftsheet_domain::date::Date::from_ymd(2026, 1, 5).expect("a date");
    // The same block edited in place before its first session: good
    // mornings raised from 95 to 105 lb (program::Change::EditRunning).
    let mut edited = start.clone();
    let mut raised = edited.program.clone().expect("running").program;
    for day in raised.cycles[0].weeks.iter_mut().flat_map(|w| &mut w.days) {
        for e in day
            .exercises
            .iter_mut()
            .filter(|e| e.lift.as_str() == "good-morning")
        {
            if let liftsheet_domain::program::SetScheme::Fixed(groups) = &mut e.sets {
                groups[0].load = Load::Fixed(Weight::lb(105.0));
            }
        }
    }
    raised.id = program::own_id(&edited).expect("running");
    program::apply(&mut edited, program::Change::EditRunning(raised)).expect("edits");
    for (name, start) in [
        ("program: a year of the deadlift block (52 sessions planned, logged, proposed, applied)", start),
        ("program: a year of the deadlift block edited in place (52 sessions planned, logged, proposed, applied)", edited),
    ] {
    c.bench_function(
        name,
        |b| {
            b.iter(|| {
                let mut doc = start.clone();
                for week in 0..52 {
                    let active = doc.program.clone().expect("running");
                    let base = session::plan_base(&doc, &active.program);
                    let next = active.next_day(&doc.maxes, &base).expect("plans");
                    let id = SessionId::new(format!("w{week}"));
                    let s = session_from_program(id, date, &active.program, &next);
                    let sets: Vec<_> = s.sets().map(|(_, x)| x.id).collect();
                    session::apply(&mut doc, session::Change::Start(s)).expect("starts");
                    for set in sets {
                        let check = session::Change::Check { set, done: true };
                        session::apply(&mut doc, check).expect("checks");
                    }
                    session::apply(&mut doc, session::Change::Finish).expect("finishes");
                    if let Some(p) = doc.pending.first().cloned() {
                        let apply = session::Change::ApplyProposals {
                            session: p.session,
                            proposals: p.proposals,
                            today: date,
                        };
                        session::apply(&mut doc, apply).expect("applies");
                    }
                }
                black_box(doc);
            })
        },
    );
    }
}

criterion_group!(benches, year_of_bbb, year_of_the_deadlift_block);
criterion_main!(benches);
