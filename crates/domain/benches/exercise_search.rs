//! Searching the whole exercise library (plus twenty own entries) as the
//! lifter types: one query per keystroke of "block pull", and the empty,
//! alias and no-match cases.

use criterion::{criterion_group, criterion_main, Criterion};
use liftsheet_domain::exercise::search::search;
use liftsheet_domain::exercise::{Implement, LoadKind, OwnExercise};
use std::hint::black_box;

fn own_entries() -> Vec<OwnExercise> {
    (0..20)
        .map(|i| OwnExercise {
            id: format!("own-{i}"),
            name: format!("Développé variation {i}"),
            load: LoadKind::Fixed,
            implement: Implement::Machine,
        })
        .collect()
}

fn whole_library(c: &mut Criterion) {
    let own = own_entries();
    let typed = "block pull";
    c.bench_function("exercise::search each keystroke of \"block pull\"", |b| {
        b.iter(|| {
            for end in 1..=typed.len() {
                black_box(search(black_box(&typed[..end]), &own));
            }
        })
    });
    for query in ["", "b", "rdl", "dévelop", "zzqx"] {
        c.bench_function(&format!("exercise::search {query:?}"), |b| {
            b.iter(|| black_box(search(black_box(query), &own)))
        });
    }
}

criterion_group!(benches, whole_library);
criterion_main!(benches);
