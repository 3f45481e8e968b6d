//! Every built-in program family through the app's own path: the program
//! running in the document, each next day started from its plan, its sets
//! checked off with scripted reps, finished with `document::session`, and
//! every proposal applied as the lifter would. Each family runs at least two
//! full cycles, with all-made sessions, a miss, and repeated misses up to a
//! stage change and a deload where its rules have them. Expected weights are
//! written out from the published rules (training-math.md, cited per test).
//!
//! A property test then checks the path against the engine: logging a cycle
//! session by session and applying each proposal ends where stepping
//! `progression::propose` over the same results ends.

use liftsheet_domain::date::Date;
use liftsheet_domain::document::program;
use liftsheet_domain::document::session::{self, plan_base, waiting};
use liftsheet_domain::document::settings;
use liftsheet_domain::log::{session_from_program, session_result, SessionId, SetKind};
use liftsheet_domain::maxes::{MaxChange, MaxSource, OneRepMax};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::edit::{self, Accessory, AccessoryLoad, DayAt, WeekAt};
use liftsheet_domain::program::{LiftKey, Maxes, Program, Reps, UnitPair};
use liftsheet_domain::progression::{propose, Judged, ProgressState, SessionResult};
use liftsheet_domain::store::StoredDocument;
use liftsheet_domain::{Unit, Weight};
use proptest::prelude::*;

/// What the lifter did on one planned set: `(lift, session number from 0,
/// the set's place among the exercise's work sets, its target)` → reps
/// done. The lift is the program's key for it (GZCLP's T2 squat is
/// `squat-t2`).
type Script<'a> = &'a dyn Fn(&str, usize, usize, Reps) -> u32;

/// Every set as written: an AMRAP set's minimum, a range's bottom.
fn as_written(_: &str, _: usize, _: usize, target: Reps) -> u32 {
    target.min()
}

/// A lifter running one program in his document.
struct Lifter {
    doc: StoredDocument,
    /// Sessions logged so far.
    n: usize,
    /// Every proposal's reason, per session, in order.
    reasons: Vec<Vec<(String, String)>>,
}

impl Lifter {
    /// Runs built-in `id` in `unit`: `tms` into the lifter's training maxes,
    /// `one_rms` as tested 1RMs, `work` as the program's first working weights.
    fn start(
        id: &str,
        unit: Unit,
        tms: &[(&str, f64)],
        one_rms: &[(&str, f64)],
        work: &[(&str, f64)],
    ) -> Lifter {
        let program = build(id, &BuiltinOptions::default()).unwrap();
        Lifter::start_program(program, unit, tms, one_rms, work)
    }

    /// [`Lifter::start`] for any program.
    fn start_program(
        program: Program,
        unit: Unit,
        tms: &[(&str, f64)],
        one_rms: &[(&str, f64)],
        work: &[(&str, f64)],
    ) -> Lifter {
        let w = |n: f64| match unit {
            Unit::Kg => Weight::kg(n),
            Unit::Lb => Weight::lb(n),
        };
        let mut doc = StoredDocument::default();
        settings::apply(&mut doc, settings::Change::Unit(unit)).unwrap();
        for &(lift, max) in tms {
            let change = MaxChange::TrainingMax {
                lift: LiftKey::new(lift),
                max: Some(w(max)),
            };
            settings::apply(&mut doc, settings::Change::Max(change)).unwrap();
        }
        for &(lift, max) in one_rms {
            let change = MaxChange::OneRepMax {
                lift: LiftKey::new(lift),
                max: Some(OneRepMax {
                    weight: w(max),
                    date: Some(day(-1)),
                    source: MaxSource::Tested,
                }),
            };
            settings::apply(&mut doc, settings::Change::Max(change)).unwrap();
        }
        let mut work_weights = Maxes::new();
        for &(lift, weight) in work {
            work_weights = work_weights.with(lift, w(weight));
        }
        program::apply(
            &mut doc,
            program::Change::Start {
                program,
                work_weights,
            },
        )
        .unwrap();
        Lifter {
            doc,
            n: 0,
            reasons: Vec::new(),
        }
    }

    /// The heaviest planned set of `lift` on the next day, with its sets'
    /// count and target; `None` when the day doesn't train it.
    fn next_top(&self, lift: &str) -> Option<(Weight, usize, Reps)> {
        let active = self.doc.program.as_ref().unwrap();
        let next = active
            .next_day(&self.doc.maxes, &plan_base(&self.doc, &active.program))
            .expect("the next day plans");
        let e = next
            .day
            .exercises
            .iter()
            .find(|e| e.lift.as_str() == lift)?;
        let top = e
            .sets
            .iter()
            .max_by(|a, b| a.weight.unwrap().cmp_mass(b.weight.unwrap()))
            .unwrap();
        Some((top.weight.unwrap(), e.sets.len(), top.reps))
    }

    /// Logs the next day with `script`'s reps on every planned set (warm-ups
    /// as written), finishes it and applies every proposal it made. Returns
    /// the session's results as the engine reads them.
    fn log(&mut self, script: Script<'_>) -> SessionResult {
        let id = self.finish(script);
        self.apply_waiting();
        let logged = self.doc.log.iter().find(|s| s.id == id).unwrap();
        session_result(logged)
    }

    /// Logs and finishes the next day as [`Lifter::log`] does, leaving what
    /// it proposed waiting. Returns its id.
    fn finish(&mut self, script: Script<'_>) -> SessionId {
        let active = self.doc.program.clone().expect("a program runs");
        let next = active
            .next_day(&self.doc.maxes, &plan_base(&self.doc, &active.program))
            .unwrap();
        let id = SessionId::new(format!("s{:03}", self.n));
        let planned = session_from_program(id.clone(), day(self.n as i64), &active.program, &next);
        session::apply(&mut self.doc, session::Change::Start(planned)).unwrap();
        let session = self.doc.in_progress.clone().unwrap();
        for exercise in &session.lifts {
            let lift = exercise.progression_key().to_string();
            let mut place = 0;
            for set in &exercise.sets {
                let reps = match (set.kind, set.target()) {
                    (SetKind::Warmup, _) | (_, None) => set.reps,
                    (_, Some(target)) => {
                        place += 1;
                        script(&lift, self.n, place - 1, target)
                    }
                };
                let actual = session::Change::Actual {
                    set: set.id,
                    weight: set.weight,
                    reps,
                };
                session::apply(&mut self.doc, actual).unwrap();
                let check = session::Change::Check {
                    set: set.id,
                    done: true,
                };
                session::apply(&mut self.doc, check).unwrap();
            }
        }
        session::apply(&mut self.doc, session::Change::Finish).unwrap();
        self.n += 1;
        id
    }

    /// Applies every proposal waiting, noting their reasons.
    fn apply_waiting(&mut self) {
        let today = day(self.n as i64);
        let mut reasons = Vec::new();
        loop {
            let Some(p) = waiting(&self.doc).next().cloned() else {
                break;
            };
            reasons.extend(
                p.proposals
                    .iter()
                    .map(|q| (q.lift.as_str().to_string(), q.reason.clone())),
            );
            assert_eq!(p.problem, None);
            session::apply(
                &mut self.doc,
                session::Change::ApplyProposals {
                    session: p.session,
                    proposals: p.proposals,
                    today,
                },
            )
            .unwrap();
        }
        self.reasons.push(reasons);
    }

    /// The reason the last session gave for `lift`, if it proposed for it.
    fn last_reason(&self, lift: &str) -> Option<&str> {
        self.reasons
            .last()?
            .iter()
            .find(|(l, _)| l == lift)
            .map(|(_, r)| r.as_str())
    }

    /// The state each lift is in now (maxes from the lifter's table).
    fn state(&self) -> ProgressState {
        let active = self.doc.program.as_ref().unwrap();
        active.state(&self.doc.maxes)
    }

    fn max(&self, lift: &str) -> Weight {
        self.state().get(&LiftKey::new(lift)).unwrap().max
    }

    fn stage(&self, lift: &str) -> u32 {
        self.state().get(&LiftKey::new(lift)).unwrap().stage
    }
}

fn day(n: i64) -> Date {
    Date::from_ymd(2026, 1, 5).unwrap().add_days(n).unwrap()
}

fn kg(n: f64) -> Weight {
    Weight::kg(n)
}

fn lb(n: f64) -> Weight {
    Weight::lb(n)
}

/// Logs `sessions` days, recording each day's top `lift` weight before it
/// is lifted (`None` on days without it).
fn walk(l: &mut Lifter, sessions: usize, lift: &str, script: Script<'_>) -> Vec<Option<Weight>> {
    (0..sessions)
        .map(|_| {
            let top = l.next_top(lift).map(|(w, _, _)| w);
            l.log(script);
            top
        })
        .collect()
}

fn on_days(weights: &[Option<Weight>]) -> Vec<Weight> {
    weights.iter().flatten().copied().collect()
}

#[test]
fn stronglifts_adds_once_a_session_and_deloads_after_three_misses() {
    // §3.3: +2.5 kg a successful session, deadlift +5 kg ([S43][S44][S45]);
    // a failure repeats the weight, the third in a row takes 10 % off
    // ([S43][S44][S46]). A/B alternating, a cycle of two weeks: 6 sessions.
    let mut l = Lifter::start(
        "stronglifts-5x5",
        Unit::Kg,
        &[],
        &[],
        &[
            ("squat", 100.0),
            ("bench", 60.0),
            ("row", 50.0),
            ("press", 40.0),
            ("deadlift", 100.0),
        ],
    );
    // Cycle 1: every rep made. Cycle 2: squat misses its last set in
    // sessions 7 to 9 (0-based 6 to 8); deadlift misses once, session 8.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n) {
        ("squat", 6..=8) | ("deadlift", 7) => target.min() - 1,
        _ => target.min(),
    };
    let squat = walk(&mut l, 6, "squat", &script);
    assert_eq!(
        on_days(&squat),
        [100.0, 102.5, 105.0, 107.5, 110.0, 112.5].map(kg),
        "six sessions, +2.5 kg each"
    );
    assert_eq!(
        l.last_reason("squat"),
        Some("All reps done: +2.5 kg (115 kg)."),
        "the cycle's last session counts once"
    );
    assert_eq!(l.max("squat"), kg(115.0));
    assert_eq!(l.max("bench"), kg(67.5), "A days 1, 3, 5: 60 → 67.5");
    assert_eq!(l.max("deadlift"), kg(115.0), "B days 2, 4, 6: 100 → 115");
    let squat = walk(&mut l, 6, "squat", &script);
    // 115 missed three times in a row: 115 − 11.5 = 103.5 → 102.5 (nearest
    // 2.5 kg), then made: 105, 107.5, and 110 next.
    assert_eq!(
        on_days(&squat),
        [115.0, 115.0, 115.0, 102.5, 105.0, 107.5].map(kg)
    );
    assert_eq!(l.max("squat"), kg(110.0));
    // Deadlift on B days 8, 10, 12: 115 missed once (1 of 3), then made twice.
    assert_eq!(l.max("deadlift"), kg(125.0));
}

#[test]
fn starting_strength_adds_every_session_and_deloads_after_two_misses() {
    // §3.2: +5 lb a session (Liftosaur's +5 lb, [S18]), deadlift +10 lb
    // ([S41]); a miss repeats, a second miss deloads 10 % ([S42][S18]).
    let mut l = Lifter::start(
        "starting-strength",
        Unit::Lb,
        &[],
        &[],
        &[
            ("squat", 200.0),
            ("bench", 135.0),
            ("press", 95.0),
            ("deadlift", 225.0),
        ],
    );
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n) {
        ("squat", 6 | 7) => target.min() - 2,
        _ => target.min(),
    };
    let squat = walk(&mut l, 6, "squat", &script);
    assert_eq!(
        on_days(&squat),
        [200.0, 205.0, 210.0, 215.0, 220.0, 225.0].map(lb)
    );
    assert_eq!(
        l.max("squat"),
        lb(230.0),
        "not 255: each session counted once"
    );
    assert_eq!(l.max("deadlift"), lb(285.0), "six sessions, +10 lb each");
    let squat = walk(&mut l, 6, "squat", &script);
    // 230 missed twice: 207 → 205 (nearest 5 lb), then +5 a session.
    assert_eq!(
        on_days(&squat),
        [230.0, 230.0, 205.0, 210.0, 215.0, 220.0].map(lb)
    );
    assert_eq!(l.max("squat"), lb(225.0));
}

#[test]
fn gzclp_tiers_progress_once_and_accessories_progress_from_their_own_sets() {
    // §3.5 [S54][S18]: success +5 kg lower / +2.5 kg upper next session;
    // failure keeps the weight and moves to the next stage; T1 failing
    // 10 × 1+ drops ~10 % back to 5 × 3+; T2 failing 3 × 6 restarts 3 × 10
    // at the last 3 × 10 weight + 7.5 kg (15 lb); T3 adds 2.5 kg once the
    // 15+ set reaches 25 reps. One week of four days is the cycle.
    let mut l = Lifter::start(
        "gzclp",
        Unit::Kg,
        &[],
        &[],
        &[
            ("squat", 100.0),
            ("bench", 70.0),
            ("press", 45.0),
            ("deadlift", 120.0),
            ("squat-t2", 70.0),
            ("bench-t2", 50.0),
            ("press-t2", 30.0),
            ("deadlift-t2", 90.0),
            ("lat-pulldown", 30.0),
            ("dumbbell-row", 20.0),
        ],
    );
    // Squat T1 (day 1 each week) makes week 1, then misses weeks 2, 3, 4;
    // bench T2 (day 1) likewise. Lat pulldown's 15+ set: 20 reps in week 1
    // day 1, then 25 on day 3, then 18.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n, target) {
        ("squat" | "bench-t2", 4.., _) if n.is_multiple_of(4) => target.min().saturating_sub(1),
        ("lat-pulldown", 0, Reps::Amrap { .. }) => 20,
        ("lat-pulldown", 2, Reps::Amrap { .. }) => 25,
        ("lat-pulldown", _, Reps::Amrap { .. }) => 18,
        _ => target.min(),
    };
    let mut squat = Vec::new();
    let mut bench_t2 = Vec::new();
    let mut pulldown = Vec::new();
    for _ in 0..16 {
        squat.push(l.next_top("squat").map(|(w, n, r)| (w, n, r.min())));
        bench_t2.push(l.next_top("bench-t2").map(|(w, n, r)| (w, n, r.min())));
        let trains = l.next_top("lat-pulldown").is_some();
        l.log(&script);
        if trains {
            pulldown.push(l.max("lat-pulldown"));
        }
        if l.n == 1 {
            assert_eq!(
                l.last_reason("squat"),
                Some("All reps done: +5 kg (105 kg).")
            );
        }
    }
    // Squat T1: 5 × 3+ at 100, made → 105; missed → 6 × 2+ at 105; missed →
    // 10 × 1+ at 105; missed → 105 − 10.5 = 94.5 → 95 (nearest 2.5), 5 × 3+.
    let squat: Vec<_> = squat.into_iter().flatten().collect();
    assert_eq!(
        squat,
        [
            (kg(100.0), 5, 3),
            (kg(105.0), 5, 3),
            (kg(105.0), 6, 2),
            (kg(105.0), 10, 1)
        ]
    );
    assert_eq!((l.max("squat"), l.stage("squat")), (kg(95.0), 0));
    // Bench T2: 3 × 10 at 50, made → 52.5; then 3 × 10, 3 × 8, 3 × 6 at 52.5
    // each missed → 52.5 + 7.5 = 60 at 3 × 10.
    let bench_t2: Vec<_> = bench_t2.into_iter().flatten().collect();
    assert_eq!(
        bench_t2,
        [
            (kg(50.0), 3, 10),
            (kg(52.5), 3, 10),
            (kg(52.5), 3, 8),
            (kg(52.5), 3, 6)
        ]
    );
    assert_eq!((l.max("bench-t2"), l.stage("bench-t2")), (kg(60.0), 0));
    // T3 on days 1 and 3, its working weight after each: 20 reps keeps
    // 30, 25 reps adds 2.5, 18 keeps 32.5. (The plan then loads it on the
    // lifter's machine stack.)
    assert_eq!(
        pulldown,
        [30.0, 32.5, 32.5, 32.5, 32.5, 32.5, 32.5, 32.5].map(kg)
    );
    // Every other lift made every rep of four weeks: four steps each.
    assert_eq!(l.max("deadlift"), kg(140.0));
    assert_eq!(l.max("press"), kg(55.0));
    // Dumbbell row's 15+ sets never reached 25: no proposal, still 20.
    assert_eq!(l.max("dumbbell-row"), kg(20.0));
}

#[test]
fn five_three_one_moves_the_training_max_once_a_cycle() {
    // §2.5: +5 lb upper, +10 lb lower on the TM after each cycle
    // ([S10][S16]); a missed + set takes the TM 10 % down ([S11][S18]).
    // Four weeks of four days: 16 sessions a cycle. TMs from the book's
    // example (§2.3 [S12]).
    let mut l = Lifter::start(
        "531",
        Unit::Lb,
        &[
            ("press", 150.0),
            ("bench", 225.0),
            ("squat", 285.0),
            ("deadlift", 325.0),
        ],
        &[],
        &[],
    );
    // Cycle 2, week 3: the squat's 1+ set missed.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, target) {
        ("squat", Reps::Amrap { min: 1 }) if n >= 16 => 0,
        (_, Reps::Amrap { min }) => min + 3,
        _ => target.min(),
    };
    let squat = walk(&mut l, 16, "squat", &script);
    // Nearest 5 lb of 285 × 65/75/85 %, 70/80/90 %, 75/85/95 %, 40/50/60 %
    // (§2.2): the top sets 240, 255, 270, 170.
    assert_eq!(on_days(&squat), [240.0, 255.0, 270.0, 170.0].map(lb));
    for (i, reasons) in l.reasons.iter().enumerate().take(15) {
        assert!(
            reasons.is_empty(),
            "session {i} proposed mid-cycle: {reasons:?}"
        );
    }
    assert_eq!(l.max("press"), lb(155.0));
    assert_eq!(l.max("bench"), lb(230.0));
    assert_eq!(l.max("squat"), lb(295.0));
    assert_eq!(l.max("deadlift"), lb(335.0));
    assert_eq!(
        l.doc.maxes.training_max(&LiftKey::new("squat")),
        Some(lb(295.0))
    );
    let squat = walk(&mut l, 16, "squat", &script);
    // 295: 250.75 → 250, 265.5 → 265, 280.25 → 280, 177 → 175.
    assert_eq!(on_days(&squat), [250.0, 265.0, 280.0, 175.0].map(lb));
    // 295 − 29.5 = 265.5 → 265; the others step on.
    assert_eq!(l.max("squat"), lb(265.0));
    assert_eq!(l.max("press"), lb(160.0));
    assert_eq!(l.max("bench"), lb(235.0));
    assert_eq!(l.max("deadlift"), lb(345.0));
}

#[test]
fn texas_method_adds_weekly_and_cycles_the_intensity_day_when_it_stalls() {
    // §3.1: Monday 5 × 5 at 90 % of Friday's 5RM weight, Friday a new 5RM;
    // +5 lb a week ([S39]); a stalled Friday cycles 1 × 5 → 2 × 3 → 3 × 2 →
    // 5 × 1 ([S37][S18]). A week is the cycle.
    let mut l = Lifter::start(
        "texas-method",
        Unit::Lb,
        &[],
        &[],
        &[
            ("squat", 300.0),
            ("bench", 200.0),
            ("press", 150.0),
            ("deadlift", 350.0),
        ],
    );
    // Week 2's Friday squat falls a rep short.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n) {
        ("squat", 5) => target.min() - 1,
        _ => target.min(),
    };
    let mut monday = Vec::new();
    let mut friday = Vec::new();
    for week in 0..3 {
        monday.push(l.next_top("squat").unwrap().0);
        l.log(&script);
        l.log(&script);
        friday.push(
            l.next_top("squat")
                .map(|(w, n, r)| (w, n, r.min()))
                .unwrap(),
        );
        l.log(&script);
        if week == 0 {
            assert_eq!(
                l.last_reason("squat"),
                Some("All reps done: +5 lb (305 lb).")
            );
        }
    }
    // Monday 90 %: 270, 274.5 → 275, 275.
    assert_eq!(monday, [270.0, 275.0, 275.0].map(lb));
    // Friday: 1 × 5 at 300 made; 1 × 5 at 305 missed → 2 × 3 at 305, made.
    assert_eq!(
        friday,
        [(lb(300.0), 1, 5), (lb(305.0), 1, 5), (lb(305.0), 2, 3)]
    );
    assert_eq!((l.max("squat"), l.stage("squat")), (lb(310.0), 1));
    assert_eq!(l.max("press"), lb(165.0), "three weeks, +5 lb each");
    assert_eq!(l.max("deadlift"), lb(365.0));
}

#[test]
fn madcow_adds_two_and_a_half_percent_a_week_and_repeats_a_missed_week() {
    // §3.4: +2.5 % a week on the top sets ([S53], [C]); a miss repeats the
    // week's weights. Mon/Wed/Fri: a week is the cycle.
    let mut l = Lifter::start(
        "madcow-5x5",
        Unit::Lb,
        &[],
        &[],
        &[
            ("squat", 200.0),
            ("bench", 160.0),
            ("row", 140.0),
            ("press", 100.0),
            ("deadlift", 240.0),
        ],
    );
    // Week 2's Monday squat top set misses a rep.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n) {
        ("squat", 3) => target.min() - 1,
        _ => target.min(),
    };
    let squat = walk(&mut l, 9, "squat", &script);
    let mondays: Vec<Weight> = [0, 3, 6].iter().filter_map(|&i| squat[i]).collect();
    // 200 → 205 (+2.5 %); week 2 missed → 205 again; then 210.125 → 210.
    assert_eq!(mondays, [200.0, 205.0, 205.0].map(lb));
    assert_eq!(l.max("squat"), lb(210.0));
    // Bench every week made: 160 → 164 → 165 (nearest 5) → 169.1 → 170
    // → 174.25 → 175.
    assert_eq!(l.max("bench"), lb(175.0));
}

#[test]
fn nsuns_moves_each_training_max_by_its_one_plus_set() {
    // §3.6: on the 95 % 1+ set, 0–1 reps nothing, 2–3 +5 lb, 4–5 +10 lb,
    // 6+ +15 lb ([S18]). Five days a week, the week is the cycle.
    let mut l = Lifter::start(
        "nsuns-5day",
        Unit::Lb,
        &[
            ("bench", 200.0),
            ("squat", 300.0),
            ("press", 120.0),
            ("deadlift", 400.0),
        ],
        &[],
        &[],
    );
    // Week 1: squat's 1+ set 5 reps, deadlift 7, press 1, bench 3. Week 2:
    // squat 2, deadlift 1, press 4, bench 6.
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, target, n / 5) {
        ("squat", Reps::Amrap { min: 1 }, 0) => 5,
        ("deadlift", Reps::Amrap { min: 1 }, 0) => 7,
        ("press", Reps::Amrap { min: 1 }, 0) => 1,
        ("bench", Reps::Amrap { min: 1 }, 0) => 3,
        ("squat", Reps::Amrap { min: 1 }, _) => 2,
        ("deadlift", Reps::Amrap { min: 1 }, _) => 1,
        ("press", Reps::Amrap { min: 1 }, _) => 4,
        ("bench", Reps::Amrap { min: 1 }, _) => 6,
        _ => target.min(),
    };
    walk(&mut l, 5, "squat", &script);
    assert_eq!(
        [
            l.max("squat"),
            l.max("deadlift"),
            l.max("press"),
            l.max("bench")
        ],
        [310.0, 415.0, 120.0, 205.0].map(lb)
    );
    for (i, reasons) in l.reasons.iter().enumerate().take(4) {
        assert!(reasons.is_empty(), "day {i} proposed mid-week: {reasons:?}");
    }
    walk(&mut l, 5, "squat", &script);
    assert_eq!(
        [
            l.max("squat"),
            l.max("deadlift"),
            l.max("press"),
            l.max("bench")
        ],
        [315.0, 415.0, 130.0, 220.0].map(lb)
    );
}

#[test]
fn smolov_jr_plans_as_written_and_never_proposes() {
    // §3.7: 6 × 6 @ 70 %, 7 × 5 @ 75 %, 8 × 4 @ 80 %, 10 × 3 @ 85 % of the
    // tested 1RM; weeks 2 and 3 +5 and +10 kg over week 1 ([S61]). No
    // progression: the block ends with a new test.
    let mut l = Lifter::start("smolov-jr", Unit::Kg, &[], &[("squat", 200.0)], &[]);
    let week1 = [140.0, 150.0, 160.0, 170.0];
    let expected: Vec<Weight> = [0.0, 5.0, 10.0]
        .iter()
        .flat_map(|plus| week1.iter().map(move |w| kg(w + plus)))
        .collect();
    for _cycle in 0..2 {
        let squat = walk(&mut l, 12, "squat", &as_written);
        assert_eq!(on_days(&squat), expected);
    }
    assert!(l.reasons.iter().all(Vec::is_empty));
    assert_eq!(l.doc.program.as_ref().unwrap().cycle, 2);
}

#[test]
fn the_fives_threes_singles_block_sheds_reps_and_keeps_adding() {
    // §4: +5 kg a week on the top set; a miss moves 5s → 3s → singles and
    // still adds 5 kg; a miss at singles resets 10 % lower to 5s (the
    // reference's suggested formalisation). Two days a week, the week is the
    // cycle.
    let mut l = Lifter::start(
        "5s-3s-1s",
        Unit::Kg,
        &[],
        &[],
        &[
            ("squat", 140.0),
            ("bench", 100.0),
            ("deadlift", 180.0),
            ("press", 60.0),
        ],
    );
    // The squat misses in weeks 2, 4 and 6 (sessions 2, 6, 10).
    let script = |lift: &str, n: usize, _: usize, target: Reps| match (lift, n) {
        ("squat", 2 | 6 | 10) => target.min() - 1,
        _ => target.min(),
    };
    let mut squat = Vec::new();
    for _ in 0..12 {
        squat.push(l.next_top("squat").map(|(w, _, r)| (w, r.min())));
        l.log(&script);
    }
    let squat: Vec<_> = squat.into_iter().flatten().collect();
    assert_eq!(
        squat,
        [
            (kg(140.0), 5),
            (kg(145.0), 5), // missed → 3s, +5
            (kg(150.0), 3),
            (kg(155.0), 3), // missed → singles, +5
            (kg(160.0), 1),
            (kg(165.0), 1), // missed → 165 − 16.5 = 148.5 → 147.5, 5s
        ]
    );
    assert_eq!((l.max("squat"), l.stage("squat")), (kg(147.5), 0));
    assert_eq!(l.max("deadlift"), kg(210.0), "six weeks, +5 kg each");
}

#[test]
fn accessories_progress_by_their_own_rule_and_only_with_one() {
    // Double progression (reps first, then load, the idea of GZCLP's T3
    // rule, §3.5 [S18]): 3 × 8-12 at 20 lb moves to 25 once every set
    // reaches 12, and stays while any set is short of it. A curl added
    // without a rule never proposes.
    let mut p = build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
    let day1 = DayAt {
        week: WeekAt { cycle: 0, week: 0 },
        day: 0,
    };
    let accessory = |name: &str, reps| Accessory {
        name: name.into(),
        load: AccessoryLoad::Fixed(Weight::lb(20.0)),
        sets: 3,
        reps,
    };
    let range = Reps::range(8, 12).unwrap();
    let hyper = edit::add_accessory(&mut p, day1, &accessory("Hyperextension", range)).unwrap();
    edit::set_double_progression(&mut p, &hyper, Some(UnitPair::new(2.5, 5.0))).unwrap();
    let curl = edit::add_accessory(&mut p, day1, &accessory("Curl", Reps::Exact(12))).unwrap();
    let mut l = Lifter::start_program(
        p,
        Unit::Lb,
        &[],
        &[],
        &[
            ("squat", 225.0),
            ("bench", 185.0),
            ("deadlift", 275.0),
            ("press", 115.0),
        ],
    );
    assert_eq!(
        l.next_top(hyper.as_str()).unwrap().2,
        range,
        "planned as a range"
    );
    // Day 1 of weeks 1 to 3 (sessions 0, 2, 4): 10/12/12, then 12/12/12,
    // then 12/11/9. Curls always 15.
    let hyper_key = hyper.as_str().to_string();
    let curl_key = curl.as_str().to_string();
    let script = move |lift: &str, n: usize, set: usize, target: Reps| {
        if lift == hyper_key {
            let reps: [u32; 3] = match n {
                0 => [10, 12, 12],
                2 => [12, 12, 12],
                _ => [12, 11, 9],
            };
            reps[set]
        } else if lift == curl_key {
            15
        } else {
            target.min()
        }
    };
    let mut after = Vec::new();
    for _ in 0..6 {
        let trains = l.next_top(hyper.as_str()).is_some();
        l.log(&script);
        if trains {
            after.push(l.max(hyper.as_str()));
            assert!(
                l.last_reason(curl.as_str()).is_none(),
                "no rule, no proposal"
            );
        }
    }
    assert_eq!(after, [20.0, 25.0, 25.0].map(lb));
    assert!(l.state().get(&curl).is_none());
}

/// Corrects every work set of `squat` in logged session `id` to `reps`.
fn correct_squat(l: &mut Lifter, id: &SessionId, reps: u32) {
    let session = l.doc.log.iter().find(|s| s.id == *id).unwrap().clone();
    for ex in session
        .lifts
        .iter()
        .filter(|e| e.progression_key() == "squat")
    {
        for set in ex.sets.iter().filter(|s| s.kind == SetKind::Work) {
            let change = session::Change::EditLogged {
                session: id.clone(),
                set: set.id,
                weight: set.weight,
                reps,
            };
            session::apply(&mut l.doc, change).unwrap();
        }
    }
}

#[test]
fn a_corrected_set_reaches_the_proposal_that_waits() {
    // Starting Strength (§3.2): all made proposes +5 lb; corrected into a
    // miss it proposes the same weight, one miss of two ([S42]); corrected
    // back, +5 lb again. Once applied, a correction leaves the maxes and
    // says so.
    let mut l = runnable(1);
    let id = l.finish(&as_written);
    let squat = |l: &Lifter| {
        let p = waiting(&l.doc).next().cloned();
        p.and_then(|p| p.proposals.into_iter().find(|q| q.lift.as_str() == "squat"))
    };
    assert_eq!(squat(&l).unwrap().reason, "All reps done: +5 lb (140 lb).");
    correct_squat(&mut l, &id, 4);
    let missed = squat(&l).unwrap();
    assert_eq!(
        missed.reason,
        "Missed reps (1 of 2 in a row): same weight, 135 lb."
    );
    assert_eq!((missed.to.max, missed.to.failures), (lb(135.0), 1));
    assert!(!session::applied_before_correction(&l.doc, &id));
    correct_squat(&mut l, &id, 5);
    assert_eq!(squat(&l).unwrap().reason, "All reps done: +5 lb (140 lb).");
    l.apply_waiting();
    assert_eq!(l.max("squat"), lb(140.0));
    correct_squat(&mut l, &id, 3);
    assert!(session::applied_before_correction(&l.doc, &id));
    assert_eq!(
        l.max("squat"),
        lb(140.0),
        "an applied proposal stays applied"
    );
    assert!(waiting(&l.doc).next().is_none());
}

#[test]
fn applied_changes_are_taken_back_after_a_correction_while_nothing_moved_since() {
    // Starting Strength (§3.2): 135 × 5 × 3 all made, +5 lb applied; the
    // sets were really 4s. Taken back, the squat is at 135 again with no
    // miss counted, and the session as corrected proposes the miss: same
    // weight, one of two ([S42]).
    let mut l = runnable(1);
    let id = l.finish(&as_written);
    let before = l.state().get(&LiftKey::new("squat")).copied();
    l.apply_waiting();
    assert_eq!(l.max("squat"), lb(140.0));
    correct_squat(&mut l, &id, 4);
    assert!(session::unapplicable(&l.doc, &id).is_some());
    let take_back = session::Change::Unapply {
        session: id.clone(),
        today: day(1),
    };
    session::apply(&mut l.doc, take_back.clone()).unwrap();
    assert_eq!(l.state().get(&LiftKey::new("squat")).copied(), before);
    let squat = waiting(&l.doc)
        .next()
        .and_then(|p| {
            p.proposals
                .iter()
                .find(|q| q.lift.as_str() == "squat")
                .cloned()
        })
        .expect("the corrected session proposes again");
    assert_eq!(
        squat.reason,
        "Missed reps (1 of 2 in a row): same weight, 135 lb."
    );
    // Once taken back, there is nothing left to take back.
    assert_eq!(
        session::apply(&mut l.doc, take_back),
        Err(session::SessionError::NotApplied)
    );

    // Applied again, then the squat set by hand: taking back is refused,
    // and nothing changes.
    l.apply_waiting();
    let moved = program::Change::WorkWeight {
        lift: LiftKey::new("squat"),
        weight: Some(lb(150.0)),
    };
    program::apply(&mut l.doc, moved).unwrap();
    let kept = l.doc.clone();
    let again = session::Change::Unapply {
        session: id,
        today: day(1),
    };
    assert_eq!(
        session::apply(&mut l.doc, again),
        Err(session::SessionError::MovedSince {
            lift: LiftKey::new("squat")
        })
    );
    assert_eq!(l.doc, kept);
}

/// The built-ins whose rules move maxes, with a start for each lift.
fn runnable(which: usize) -> Lifter {
    match which {
        0 => Lifter::start(
            "stronglifts-5x5",
            Unit::Kg,
            &[],
            &[],
            &[
                ("squat", 60.0),
                ("bench", 40.0),
                ("row", 40.0),
                ("press", 30.0),
                ("deadlift", 80.0),
            ],
        ),
        1 => Lifter::start(
            "starting-strength",
            Unit::Lb,
            &[],
            &[],
            &[
                ("squat", 135.0),
                ("bench", 95.0),
                ("press", 75.0),
                ("deadlift", 155.0),
            ],
        ),
        2 => Lifter::start(
            "gzclp",
            Unit::Kg,
            &[],
            &[],
            &[
                ("squat", 80.0),
                ("bench", 50.0),
                ("press", 35.0),
                ("deadlift", 100.0),
                ("squat-t2", 60.0),
                ("bench-t2", 40.0),
                ("press-t2", 25.0),
                ("deadlift-t2", 80.0),
                ("lat-pulldown", 30.0),
                ("dumbbell-row", 20.0),
            ],
        ),
        3 => Lifter::start(
            "531-bbb",
            Unit::Lb,
            &[
                ("press", 100.0),
                ("bench", 180.0),
                ("squat", 250.0),
                ("deadlift", 300.0),
            ],
            &[],
            &[],
        ),
        4 => Lifter::start(
            "texas-method",
            Unit::Kg,
            &[],
            &[],
            &[
                ("squat", 120.0),
                ("bench", 80.0),
                ("press", 50.0),
                ("deadlift", 150.0),
            ],
        ),
        5 => Lifter::start(
            "nsuns-5day",
            Unit::Kg,
            &[
                ("bench", 90.0),
                ("squat", 130.0),
                ("press", 55.0),
                ("deadlift", 170.0),
            ],
            &[],
            &[],
        ),
        6 => Lifter::start(
            "madcow-5x5",
            Unit::Kg,
            &[],
            &[],
            &[
                ("squat", 100.0),
                ("bench", 70.0),
                ("row", 60.0),
                ("press", 45.0),
                ("deadlift", 120.0),
            ],
        ),
        _ => Lifter::start(
            "5s-3s-1s",
            Unit::Kg,
            &[],
            &[],
            &[
                ("squat", 100.0),
                ("bench", 70.0),
                ("deadlift", 120.0),
                ("press", 40.0),
            ],
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Finishing a session and then correcting its squat sets proposes what
    /// finishing the corrected session would have, at any point of a cycle.
    #[test]
    fn a_correction_proposes_what_the_corrected_session_would(
        which in 0usize..8,
        before in 0usize..7,
        logged in 0u32..8,
        corrected in 0u32..8,
    ) {
        let mut l = runnable(which);
        for _ in 0..before {
            l.log(&as_written);
        }
        let squat_reps = move |reps: u32| move |lift: &str, _: usize, _: usize, target: Reps| {
            if lift == "squat" && !target.is_amrap() { reps } else { target.min() }
        };
        let mut direct = Lifter { doc: l.doc.clone(), n: l.n, reasons: Vec::new() };
        let id = l.finish(&squat_reps(logged));
        correct_squat(&mut l, &id, corrected);
        direct.finish(&squat_reps(corrected));
        let got: Vec<_> = waiting(&l.doc).map(|p| &p.proposals).collect();
        let want: Vec<_> = waiting(&direct.doc).map(|p| &p.proposals).collect();
        prop_assert_eq!(got, want);
    }

    /// The app's path (each session finished and its proposals applied)
    /// ends where the engine, stepped over the same results a cycle at a
    /// time, ends.
    #[test]
    fn the_apps_path_equals_the_engine(which in 0usize..8, cycles in 1usize..3, seed in any::<u64>()) {
        let mut l = runnable(which);
        let start = l.state();
        let days = l.doc.program.as_ref().unwrap().sessions_in_cycle();
        // Reps from the seed: each set made, one short, or (AMRAP) up to +8.
        let script = move |lift: &str, n: usize, _: usize, target: Reps| {
            let mut h = seed ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            for b in lift.bytes().chain([target.min() as u8]) {
                h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
            }
            match (target, h % 5) {
                (_, 0) => target.min().saturating_sub(1),
                (Reps::Amrap { min }, k) => min + (h >> 8) as u32 % 9 * u32::from(k > 1),
                (Reps::Range(r), 4) => r.max(),
                _ => target.min(),
            }
        };
        let mut results = Vec::new();
        for _ in 0..cycles * days {
            results.push(l.log(&script));
        }
        let active = l.doc.program.as_ref().unwrap();
        let base = plan_base(&l.doc, &active.program);
        let settings = active.plan_settings(&base);
        let mut engine = start;
        for cycle in results.chunks(days) {
            let proposals = propose(&active.program, &engine, Judged::whole_cycle(cycle), &settings).unwrap();
            engine.apply(&proposals);
        }
        let app = l.state();
        for (lift, want) in &engine.0 {
            let got = app.get(lift).unwrap();
            prop_assert!(got.same_state(want), "{lift}: app {got:?}, engine {want:?}");
        }
    }
}
