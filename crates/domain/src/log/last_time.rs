//! "Last time": what the lifter did in the same set of the last session of
//! an exercise, shown in small print under each set he logs, as the gym
//! apps lifters come from (Strong, Hevy) show their "previous" column.

use super::{LoggedExercise, LoggedSet, Session, SetKind};

/// The exercise as it was done in the newest finished session of `log` on or
/// before `session`'s day, other than `session` itself. The same exercise is
/// the same progression key: GZCLP's T1 and T2 squats are two exercises.
///
/// `log` is in the log's one order, oldest first ([`super::oldest_first`]):
/// the search walks back from the end and stops at the first match, so a
/// ten-year log costs only the sessions since the exercise was last done.
pub fn last_time<'a>(
    log: &'a [Session],
    session: &Session,
    exercise: &LoggedExercise,
) -> Option<&'a LoggedExercise> {
    let key = exercise.progression_key();
    log.iter()
        .rev()
        .filter(|s| s.finished && s.id != session.id && s.date <= session.date)
        .find_map(|s| s.lifts.iter().find(|e| e.progression_key() == key))
}

/// For each set of `now`, the same set of `before`: warm-ups and the rest are
/// counted apart (warm-up 2 pairs with warm-up 2, set 3 with set 3), so a
/// ladder that grew a step still pairs the work sets. A set skipped last
/// time (left unchecked) pairs with nothing.
pub fn same_sets<'a>(
    before: &'a LoggedExercise,
    now: &LoggedExercise,
) -> Vec<Option<&'a LoggedSet>> {
    let (warmups, rest): (Vec<&LoggedSet>, Vec<&LoggedSet>) =
        before.sets.iter().partition(|s| s.kind == SetKind::Warmup);
    let (mut w, mut r) = (0, 0);
    now.sets
        .iter()
        .map(|set| {
            let (list, n) = if set.kind == SetKind::Warmup {
                w += 1;
                (&warmups, w)
            } else {
                r += 1;
                (&rest, r)
            };
            list.get(n - 1).copied().filter(|s| s.done)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::log::SessionId;
    use crate::weight::Weight;

    fn session(id: &str, day: u8, finished: bool, lifts: Vec<LoggedExercise>) -> Session {
        Session {
            finished,
            lifts,
            ..Session::new(
                SessionId::new(id),
                Date::from_ymd(2026, 11, u32::from(day)).unwrap(),
            )
        }
    }

    fn deadlift(sets: &[(SetKind, f64, u32, bool)]) -> LoggedExercise {
        let mut ex = LoggedExercise::new("deadlift", "Deadlift");
        for &(kind, lb, reps, done) in sets {
            ex.sets.push(LoggedSet {
                done,
                ..LoggedSet::done(kind, Weight::lb(lb), reps)
            });
        }
        ex
    }

    #[test]
    fn the_newest_finished_session_on_or_before_the_day() {
        let old = deadlift(&[(SetKind::Work, 315.0, 5, true)]);
        let last = deadlift(&[(SetKind::Work, 325.0, 5, true)]);
        let later = deadlift(&[(SetKind::Work, 335.0, 5, true)]);
        let log = vec![
            session("a", 2, true, vec![old]),
            session("b", 9, true, vec![last.clone()]),
            // Logged after a late entry for the 10th: not "last time" for it.
            session("c", 16, true, vec![later]),
        ];
        let now = session("d", 10, false, vec![deadlift(&[])]);
        assert_eq!(last_time(&log, &now, &now.lifts[0]), Some(&last));
        // Another exercise was never done: nothing.
        let squat = LoggedExercise::new("squat", "Squat");
        assert_eq!(last_time(&log, &now, &squat), None);
    }

    #[test]
    fn a_session_being_edited_is_not_its_own_last_time() {
        let ex = deadlift(&[(SetKind::Work, 325.0, 5, true)]);
        let log = vec![session("a", 9, true, vec![ex.clone()])];
        assert_eq!(last_time(&log, &log[0], &ex), None);
        let unfinished = vec![session("b", 9, false, vec![ex.clone()])];
        let now = session("c", 10, false, vec![]);
        assert_eq!(last_time(&unfinished, &now, &ex), None);
    }

    #[test]
    fn gzclp_tiers_are_two_exercises() {
        let mut t2 = LoggedExercise::new("squat", "Squat");
        t2.program_lift = Some("squat-t2".into());
        t2.sets
            .push(LoggedSet::done(SetKind::Work, Weight::kg(80.0), 10));
        let log = vec![session("a", 9, true, vec![t2])];
        let now = session("b", 10, false, vec![]);
        assert_eq!(
            last_time(&log, &now, &LoggedExercise::new("squat", "Squat")),
            None
        );
    }

    #[test]
    fn warm_ups_and_work_sets_pair_apart() {
        let before = deadlift(&[
            (SetKind::Warmup, 135.0, 5, true),
            (SetKind::Work, 325.0, 5, true),
            (SetKind::Work, 325.0, 4, false),
        ]);
        let now = deadlift(&[
            (SetKind::Warmup, 135.0, 5, false),
            (SetKind::Warmup, 225.0, 3, false),
            (SetKind::Work, 335.0, 5, false),
            (SetKind::Work, 335.0, 5, false),
            (SetKind::Amrap, 335.0, 5, false),
        ]);
        let got: Vec<Option<(f64, u32)>> = same_sets(&before, &now)
            .into_iter()
            .map(|s| s.map(|s| (s.weight.value(), s.reps)))
            .collect();
        assert_eq!(got, [Some((135.0, 5)), None, Some((325.0, 5)), None, None]);
    }
}
