//! What History derives from a 10-year log (2,080 sessions, 39,520 sets), the
//! log of benches/store.rs: records and PR flags, holds, the exercises by
//! recency, one lift's weekly volume and the sessions newest first.

use criterion::{criterion_group, criterion_main, Criterion};
use liftsheet_domain::log::newest_first;
use liftsheet_domain::records::holds::hold_records;
use liftsheet_domain::records::progress::{exercises_by_recency, weekly};
use liftsheet_domain::records::{pr, Loads, Records};
use liftsheet_domain::weight::Unit;
use std::hint::black_box;

#[path = "../tests/log_support/mod.rs"]
mod log_support;

fn history(c: &mut Criterion) {
    let doc = log_support::ten_year_document();
    let log = &doc.log;
    let loads = Loads::library(&doc.bodyweight);
    c.bench_function("Records::compute_with 10 years", |b| {
        b.iter(|| Records::compute_with(black_box(log), Unit::Kg, loads))
    });
    c.bench_function("pr::flags 10 years", |b| {
        b.iter(|| pr::flags(black_box(log), loads))
    });
    c.bench_function("hold_records 10 years", |b| {
        b.iter(|| hold_records(black_box(log), Unit::Kg))
    });
    c.bench_function("exercises_by_recency 10 years", |b| {
        b.iter(|| exercises_by_recency(black_box(log)))
    });
    c.bench_function("weekly squat 10 years", |b| {
        b.iter(|| weekly(black_box(log), "squat", Unit::Kg, loads))
    });
    c.bench_function("newest_first 10 years", |b| {
        b.iter(|| newest_first(black_box(log)).len())
    });
}

criterion_group!(benches, history);
criterion_main!(benches);
