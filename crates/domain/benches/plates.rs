//! Exact plate loading for every target from the empty bar to 500 kg in
//! 0.5 kg steps, with a large inventory (ten pairs of every kg size); plate
//! paths (sets that build on the last) over a 10-set ladder on it.

use criterion::{criterion_group, criterion_main, Criterion};
use liftsheet_domain::plates::{self, Aim, BarSetup, Collars, PlateStock};
use liftsheet_domain::{Unit, Weight};
use std::hint::black_box;

/// The kg competition sizes (training-math.md §6.2), ten pairs of each.
fn large_kg_setup() -> BarSetup {
    let sizes = [
        25_000, 20_000, 15_000, 10_000, 5_000, 2_500, 2_000, 1_500, 1_250, 1_000, 500, 250,
    ];
    BarSetup::custom(
        Weight::from_milli(20_000, Unit::Kg),
        Collars::None,
        sizes
            .iter()
            .map(|&m| PlateStock::new(Weight::from_milli(m, Unit::Kg), 20))
            .collect(),
    )
}

fn every_target(c: &mut Criterion) {
    let setup = large_kg_setup();
    let targets: Vec<Weight> = (40..=1000)
        .map(|half| Weight::from_milli(half * 500, Unit::Kg))
        .collect();
    for (name, aim) in [("at_or_below", Aim::AtOrBelow), ("nearest", Aim::Nearest)] {
        c.bench_function(&format!("plates::load 20..=500 kg by 0.5 ({name})"), |b| {
            b.iter(|| {
                for &t in &targets {
                    black_box(plates::load(&setup, black_box(t), aim).ok());
                }
            })
        });
    }
    let loader = plates::PlateLoader::new(&setup).unwrap();
    c.bench_function(
        "PlateLoader (prepared once) 20..=500 kg by 0.5 (at_or_below)",
        |b| {
            b.iter(|| {
                for &t in &targets {
                    black_box(loader.load(black_box(t), Aim::AtOrBelow).ok());
                }
            })
        },
    );
    c.bench_function("PlateLoader::new + 20..=500 kg by 0.5 (at_or_below)", |b| {
        b.iter(|| {
            let loader = plates::PlateLoader::new(black_box(&setup)).unwrap();
            for &t in &targets {
                black_box(loader.load(black_box(t), Aim::AtOrBelow).ok());
            }
        })
    });
    let lb = BarSetup::lb_standard();
    let lb_targets: Vec<Weight> = (18..=400)
        .map(|q| Weight::from_milli(q * 2_500, Unit::Lb))
        .collect();
    c.bench_function("plates::load 45..=1000 lb by 2.5 (lb standard)", |b| {
        b.iter(|| {
            for &t in &lb_targets {
                black_box(plates::load(&lb, black_box(t), Aim::AtOrBelow).ok());
            }
        })
    });
}

fn ten_set_ladder(c: &mut Criterion) {
    let setup = large_kg_setup();
    let kg =
        |v: &[i64]| -> Vec<Weight> { v.iter().map(|&m| Weight::from_milli(m, Unit::Kg)).collect() };
    // Warm-ups, a top single, work sets and a back-off: a session's squat.
    let ladder = kg(&[
        20_000, 60_000, 100_000, 140_000, 170_000, 190_000, 205_000, 212_500, 212_500, 180_000,
    ]);
    // Odd totals in 0.5 kg steps: thousands of stacks make each one.
    let odd = kg(&[
        41_500, 83_000, 117_500, 151_000, 166_500, 188_000, 203_500, 226_000, 231_500, 197_000,
    ]);
    for (name, targets) in [("ladder", &ladder), ("odd totals", &odd)] {
        c.bench_function(
            &format!("plates::path 10 sets, 12 kg sizes x 10 pairs ({name})"),
            |b| b.iter(|| black_box(plates::path(&setup, black_box(targets), Aim::AtOrBelow))),
        );
        c.bench_function(
            &format!("plates::load each of the 10 sets alone ({name})"),
            |b| {
                b.iter(|| {
                    for &t in targets.iter() {
                        black_box(plates::load(&setup, black_box(t), Aim::AtOrBelow).ok());
                    }
                })
            },
        );
    }
}

criterion_group!(benches, every_target, ten_set_ladder);
criterion_main!(benches);
