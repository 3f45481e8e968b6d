//! A generated ten-year training log, shared by the store tests and the
//! store benchmark (`benches/store.rs` includes this file by path).
#![allow(dead_code)]

use liftsheet_domain::date::Date;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::rpe::Rpe;
use liftsheet_domain::store::{ActiveProgram, StoredDocument};
use liftsheet_domain::weight::{Rounding, Weight};

/// Small deterministic generator (64-bit LCG, Knuth's MMIX constants).
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const MAIN: [(&str, &str, f64); 4] = [
    ("squat", "Squat", 140.0),
    ("bench", "Bench Press", 100.0),
    ("deadlift", "Deadlift", 180.0),
    ("press", "Overhead Press", 60.0),
];

const ACCESSORIES: [(&str, &str); 4] = [
    ("chin-up", "Chin-up"),
    ("dumbbell-row", "Dumbbell Row"),
    ("dip", "Dip"),
    ("back-extension", "Back Extension"),
];

fn kg(x: f64) -> Weight {
    Weight::kg(x).round_to(
        liftsheet_domain::Step::of(Weight::kg(2.5)).unwrap(),
        Rounding::Nearest,
    )
}

/// One 5/3/1 Boring But Big session, all sets done: 3 warm-ups, 3 work sets
/// (the last AMRAP), 5×10 supplemental, two accessories of 4 sets: 19 sets.
pub fn session(n: usize, date: Date, rng: &mut Lcg) -> Session {
    let (lift, name, start) = MAIN[n % 4];
    let cycle = n / 16;
    let week = (n / 4) % 4;
    let tm = start
        + 2.5
            * cycle as f64
            * if lift == "bench" || lift == "press" {
                1.0
            } else {
                2.0
            };
    let mut s = Session::new(
        SessionId(format!("{date}-{:04x}", rng.below(0x10000))),
        date,
    );
    s.program = Some("531-bbb".into());
    s.day_label = format!("Week {} Day {}", week + 1, n % 4 + 1);
    let main = s.add_exercise(LoggedExercise::new(lift, name));
    for pct in [0.4, 0.5, 0.6] {
        let id = s
            .add_set(main, LoggedSet::planned(SetKind::Warmup, kg(tm * pct), 5))
            .unwrap();
        s.check_set(id, true).unwrap();
    }
    let (pcts, reps) = match week {
        0 => ([0.65, 0.75, 0.85], [5, 5, 5]),
        1 => ([0.70, 0.80, 0.90], [3, 3, 3]),
        2 => ([0.75, 0.85, 0.95], [5, 3, 1]),
        _ => ([0.40, 0.50, 0.60], [5, 5, 5]),
    };
    for i in 0..3 {
        let kind = if i == 2 && week < 3 {
            SetKind::Amrap
        } else {
            SetKind::Work
        };
        let id = s
            .add_set(main, LoggedSet::planned(kind, kg(tm * pcts[i]), reps[i]))
            .unwrap();
        if kind == SetKind::Amrap {
            let done = reps[i] + rng.below(6) as u32;
            let rpe = Rpe::from_half_steps(16 + rng.below(4) as u8).ok();
            s.record_amrap(id, done, rpe).unwrap();
        } else {
            s.check_set(id, true).unwrap();
        }
    }
    for _ in 0..5 {
        let id = s
            .add_set(
                main,
                LoggedSet::planned(SetKind::Supplemental, kg(tm * 0.5), 10),
            )
            .unwrap();
        s.check_set(id, true).unwrap();
    }
    for k in 0..2 {
        let (key, acc) = ACCESSORIES[(n + k) % 4];
        let ex = s.add_exercise(LoggedExercise::new(key, acc));
        for _ in 0..4 {
            let w = if key == "chin-up" || key == "dip" {
                0.0
            } else {
                20.0 + rng.below(10) as f64 * 2.5
            };
            s.add_set(
                ex,
                LoggedSet::done(SetKind::Accessory, kg(w), 8 + rng.below(5) as u32),
            )
            .unwrap();
        }
    }
    if rng.below(10) == 0 {
        s.notes = "Felt strong, slept well.".into();
    }
    s.finish();
    s
}

/// Ten years of four sessions a week (2,080 sessions, 39,520 sets) in a full
/// stored document.
pub fn ten_year_document() -> StoredDocument {
    let mut rng = Lcg::new(531);
    let start = Date::from_ymd(2015, 1, 5).unwrap();
    let mut doc = StoredDocument::default();
    let offsets = [0, 1, 3, 4]; // Mon, Tue, Thu, Fri
    for n in 0..(52 * 10 * 4) {
        let date = start.add_days((n / 4) as i64 * 7 + offsets[n % 4]).unwrap();
        doc.log.push(session(n, date, &mut rng));
    }
    for (lift, _, start) in MAIN {
        doc.maxes = doc.maxes.with_training_max(lift, Weight::kg(start));
    }
    let bbb = liftsheet_domain::program::builtin::build("531-bbb", &Default::default())
        .expect("BBB is built in");
    let mut active = ActiveProgram::start(bbb.clone(), &Default::default());
    active.cycle = 130;
    active.next = liftsheet_domain::store::Position::new(1, 2);
    doc.program = Some(active);
    doc.custom_programs.push(bbb);
    doc
}
