//! Making and opening the 5/3/1 BBB share link with four maxes, and drawing
//! its QR code: what the app does when a lifter taps "Share" or opens a link.

use criterion::{criterion_group, criterion_main, Criterion};
use liftsheet_domain::program::{builtin, Maxes};
use liftsheet_domain::share::{self, qr, SharedProgram};
use liftsheet_domain::Weight;
use std::hint::black_box;

fn bbb_link(c: &mut Criterion) {
    let shared = SharedProgram {
        program: builtin::build("531-bbb", &Default::default()).expect("BBB is built in"),
        maxes: Some(
            Maxes::new()
                .with("squat", Weight::kg(140.0))
                .with("bench", Weight::kg(100.0))
                .with("deadlift", Weight::kg(180.0))
                .with("press", Weight::kg(60.0)),
        ),
    };
    let payload = share::encode(&shared).expect("BBB encodes");
    let url = format!("https://liftsheet.example.org/#/share/{payload}");
    println!("BBB + 4 maxes: {} chars of payload", payload.len());
    c.bench_function("share::encode BBB", |b| {
        b.iter(|| share::encode(black_box(&shared)))
    });
    c.bench_function("share::decode BBB", |b| {
        b.iter(|| share::decode(black_box(&payload)))
    });
    c.bench_function("share::qr::svg BBB URL", |b| {
        b.iter(|| qr::svg(black_box(&url)))
    });
}

criterion_group!(benches, bbb_link);
criterion_main!(benches);
