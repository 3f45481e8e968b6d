//! From the log to what other parts read: the progression engine's
//! [`SessionResult`], fresh session ids, undoing a removal, history order.

use super::{Session, SessionId, SetId};
use crate::date::Date;
use crate::program::LiftKey;
use crate::progression::{LiftResult, SessionResult, SetResult};

/// A session id unique across tabs and devices: the date and six base-36
/// characters from `random` (a number in `[0, 1)`, e.g. `Math.random()`),
/// like `"2024-03-05-k3x9q0"`. Out-of-range input is clamped, never a panic.
pub fn new_session_id(date: Date, random: f64) -> SessionId {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    const SPACE: u64 = 36u64.pow(6);
    let r = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mut n = ((r * SPACE as f64) as u64).min(SPACE - 1);
    let mut suffix = [b'0'; 6];
    for slot in suffix.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    let suffix = String::from_utf8_lossy(&suffix);
    SessionId(format!("{date}-{suffix}"))
}

/// A session id that sorts after every earlier one of the same day:
/// `2024-03-05-` + the time of day (milliseconds since midnight, six base-36
/// digits, so text order is time order) + four random base-36 digits, so two
/// devices starting at the same millisecond still differ. The log orders
/// sessions of a day by id ([`crate::log::merge`]); plain
/// [`new_session_id`]s (older data) have no time in them.
pub fn new_session_id_at(date: Date, ms_of_day: f64, random: f64) -> SessionId {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let base36 = |mut n: u64, width: usize| {
        let mut out = vec![b'0'; width];
        for slot in out.iter_mut().rev() {
            *slot = DIGITS[(n % 36) as usize];
            n /= 36;
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    let clamp = |x: f64, hi: f64| if x.is_finite() { x.clamp(0.0, hi) } else { 0.0 };
    let ms = clamp(ms_of_day, 86_399_999.0) as u64;
    let r = (clamp(random, 1.0) * 36f64.powi(4)) as u64;
    SessionId(format!(
        "{date}-{}{}",
        base36(ms, 6),
        base36(r.min(36u64.pow(4) - 1), 4)
    ))
}

/// What the session's planned sets achieved, for
/// [`crate::progression::propose`].
///
/// Planned (target reps set) work, AMRAP and accessory sets count, each
/// with its whole target (a range's top, an AMRAP's "+"): the engine reads
/// them only for lifts with a rule, so an accessory without one never
/// proposes. Warm-ups and supplemental volume never decide progression, nor
/// do sets added by hand. A set not checked off counts as zero reps: it
/// wasn't done. Lifts with no such set are left out.
pub fn session_result(session: &Session) -> SessionResult {
    let mut lifts: Vec<LiftResult> = Vec::new();
    for exercise in &session.lifts {
        let sets: Vec<SetResult> = exercise
            .sets
            .iter()
            .filter(|s| s.kind.judged_for_progression())
            .filter_map(|s| {
                let target = s.target()?;
                Some(SetResult::new(target, if s.done { s.reps } else { 0 }))
            })
            .collect();
        if sets.is_empty() {
            continue;
        }
        match lifts
            .iter_mut()
            .find(|l| l.lift.as_str() == exercise.progression_key())
        {
            Some(l) => l.sets.extend(sets),
            None => lifts.push(LiftResult {
                lift: LiftKey::new(exercise.progression_key()),
                sets,
                form_broke: false,
            }),
        }
    }
    SessionResult { lifts }
}

/// The log's one order: by the day lifted, then by id (two sessions of one
/// day keep a fixed order). The log is stored in it; History reads it back
/// to front ([`newest_first`]); records and PRs judge sets in it.
pub fn oldest_first(a: &Session, b: &Session) -> std::cmp::Ordering {
    a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
}

/// Sessions newest first (date, then id, both descending): the history list.
pub fn newest_first(log: &[Session]) -> Vec<&Session> {
    let mut out: Vec<&Session> = log.iter().collect();
    crate::sort::sort_by(&mut out, |a, b| oldest_first(b, a));
    out
}

impl Session {
    /// Where a set is: (exercise index, position in it).
    pub fn position(&self, id: SetId) -> Option<(usize, usize)> {
        self.lifts
            .iter()
            .enumerate()
            .find_map(|(e, ex)| ex.sets.iter().position(|s| s.id == id).map(|i| (e, i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::{LoggedExercise, LoggedSet, SetKind};
    use crate::program::Reps;
    use crate::weight::Weight;

    fn day() -> Date {
        Date::from_ymd(2024, 3, 5).unwrap()
    }

    #[test]
    fn ids_are_date_plus_six_base36_chars() {
        assert_eq!(new_session_id(day(), 0.0).as_str(), "2024-03-05-000000");
        let id = new_session_id(day(), 0.5);
        assert_eq!(id.as_str().len(), "2024-03-05-".len() + 6);
        assert_ne!(new_session_id(day(), 0.1), new_session_id(day(), 0.1000001));
        assert_eq!(new_session_id(day(), 1.0).as_str(), "2024-03-05-zzzzzz");
        assert_eq!(
            new_session_id(day(), f64::NAN).as_str(),
            "2024-03-05-000000"
        );
    }

    #[test]
    fn ids_with_a_time_sort_in_the_order_sessions_started() {
        let morning = new_session_id_at(day(), 7.0 * 3_600_000.0, 0.9);
        let noon = new_session_id_at(day(), 12.0 * 3_600_000.0, 0.1);
        let evening = new_session_id_at(day(), 19.5 * 3_600_000.0, 0.5);
        assert!(
            morning < noon && noon < evening,
            "{morning:?} {noon:?} {evening:?}"
        );
        assert_eq!(morning.as_str().len(), "2024-03-05-".len() + 10);
        // Newest first, in History, for sessions of one day.
        let sessions: Vec<Session> = [&noon, &evening, &morning]
            .iter()
            .map(|id| Session::new((*id).clone(), day()))
            .collect();
        let order: Vec<&SessionId> = newest_first(&sessions).iter().map(|s| &s.id).collect();
        assert_eq!(order, [&evening, &noon, &morning]);
        // Nonsense times and randoms stay in range.
        assert_eq!(
            new_session_id_at(day(), f64::NAN, f64::INFINITY).as_str(),
            "2024-03-05-0000000000"
        );
        // Past midnight reads as the day's last millisecond (86,399,999 is
        // 1ffunz in base 36).
        assert_eq!(
            new_session_id_at(day(), 1e12, 1.0).as_str(),
            "2024-03-05-1ffunzzzzz"
        );
    }

    #[test]
    fn result_counts_planned_work_and_accessories_with_their_targets() {
        let mut s = Session::new(SessionId::new("a"), day());
        let mut squat = LoggedExercise::new("squat", "Squat");
        squat.sets = vec![
            LoggedSet::planned(SetKind::Warmup, Weight::kg(60.0), 5),
            LoggedSet::planned(SetKind::Work, Weight::kg(100.0), 5),
            LoggedSet::planned(SetKind::Amrap, Weight::kg(110.0), 5),
            LoggedSet::planned(SetKind::Supplemental, Weight::kg(50.0), 10),
        ];
        s.add_exercise(squat);
        let mut curl = LoggedExercise::new("curl", "Curl");
        curl.sets = vec![LoggedSet::done(SetKind::Work, Weight::kg(15.0), 12)];
        s.add_exercise(curl);
        let mut row = LoggedExercise::new("row", "Row");
        row.sets = vec![
            LoggedSet::planned_for(
                SetKind::Accessory,
                Weight::kg(30.0),
                Reps::range(8, 12).unwrap(),
            ),
            LoggedSet::planned_for(SetKind::Amrap, Weight::kg(30.0), Reps::Amrap { min: 15 }),
        ];
        s.add_exercise(row);
        s.check_set(SetId(1), true).unwrap();
        s.record_amrap(SetId(2), 9, None).unwrap();
        s.edit_actual(SetId(5), Weight::kg(30.0), 11).unwrap();
        s.check_set(SetId(5), true).unwrap();
        s.record_amrap(SetId(6), 22, None).unwrap();

        let r = session_result(&s);
        let lifts: Vec<&str> = r.lifts.iter().map(|l| l.lift.as_str()).collect();
        assert_eq!(lifts, ["squat", "row"], "hand-added work has no target");
        assert_eq!(
            r.lifts[0].sets,
            vec![
                SetResult::new(Reps::Exact(5), 5),
                SetResult::new(Reps::Amrap { min: 5 }, 9),
            ]
        );
        assert_eq!(
            r.lifts[1].sets,
            vec![
                SetResult::new(Reps::range(8, 12).unwrap(), 11),
                SetResult::new(Reps::Amrap { min: 15 }, 22),
            ],
            "an accessory's own sets, with their whole targets"
        );
    }

    #[test]
    fn an_unchecked_set_is_zero_reps() {
        let mut s = Session::new(SessionId::new("a"), day());
        let mut bench = LoggedExercise::new("bench", "Bench");
        bench.sets = vec![LoggedSet::planned(SetKind::Work, Weight::kg(80.0), 5)];
        s.add_exercise(bench);
        let r = session_result(&s);
        assert_eq!(r.lifts[0].sets[0].achieved, 0);
        assert!(!r.lifts[0].sets[0].met());
    }

    #[test]
    fn history_is_newest_first() {
        let a = Session::new(SessionId::new("a"), day());
        let b = Session::new(SessionId::new("b"), day().add_days(1).unwrap());
        let c = Session::new(SessionId::new("c"), day());
        let log = vec![a, b, c];
        let ids: Vec<&str> = newest_first(&log).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["b", "c", "a"]);
    }
}
