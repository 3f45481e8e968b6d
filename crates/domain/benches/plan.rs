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

criterion_group!(benches, year_of_bbb);
criterion_main!(benches);
