//! Records of timed holds (planks, back-extension holds, dead hangs): the
//! longest hold, and the longest at the heaviest added weight.
//!
//! A hold set is [`SetKind::Hold`]: its `reps` are the seconds held. Unlike a
//! rep set, a hold that fell short of its planned time still counts here at
//! the time it was held: the record is "the longest you held", and 38 s held
//! is a true 38 s, whatever the plan said. Only done sets of at least one
//! second count. Added weights are compared after converting to one unit, so
//! a log that mixes kg and lb still ranks correctly.

use crate::date::Date;
use crate::log::{Session, SetKind};
use crate::weight::{Unit, Weight};
use std::cmp::Ordering;

/// One hold: how long, with how much added, when.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hold {
    pub secs: u32,
    /// As logged (zero for no added weight).
    pub added: Weight,
    pub date: Date,
}

/// The hold records of one exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct HoldRecords {
    /// Exercise key (`plank`).
    pub lift: String,
    /// Name as last logged.
    pub name: String,
    /// The longest hold (the earliest, on a tie: that is when it was set).
    pub longest: Hold,
    /// The longest hold at the heaviest added weight, when any was added.
    pub heaviest: Option<Hold>,
    /// Hold sets done, in all.
    pub sets: u32,
}

/// Every exercise's hold records, by name. Weights compare in `unit`.
pub fn hold_records(sessions: &[Session], unit: Unit) -> Vec<HoldRecords> {
    let mut order: Vec<&Session> = sessions.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| crate::log::oldest_first(a, b));
    let mut out: Vec<HoldRecords> = Vec::new();
    for session in order {
        for exercise in &session.lifts {
            for set in &exercise.sets {
                if set.kind != SetKind::Hold || !set.done || set.reps == 0 {
                    continue;
                }
                let hold = Hold {
                    secs: set.reps,
                    added: set.weight,
                    date: session.date,
                };
                let at = match out.iter().position(|r| r.lift == exercise.lift) {
                    Some(at) => at,
                    None => {
                        out.push(HoldRecords {
                            lift: exercise.lift.clone(),
                            name: exercise.name.clone(),
                            longest: hold,
                            heaviest: None,
                            sets: 0,
                        });
                        out.len() - 1
                    }
                };
                let record = &mut out[at];
                record.name.clone_from(&exercise.name);
                record.sets += 1;
                if hold.secs > record.longest.secs {
                    record.longest = hold;
                }
                if hold.added.milli() > 0 {
                    let better = match record.heaviest {
                        None => true,
                        Some(best) => match compare(hold.added, best.added, unit) {
                            Ordering::Greater => true,
                            Ordering::Equal => hold.secs > best.secs,
                            Ordering::Less => false,
                        },
                    };
                    if better {
                        record.heaviest = Some(hold);
                    }
                }
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.name.cmp(&b.name));
    out
}

fn compare(a: Weight, b: Weight, unit: Unit) -> Ordering {
    a.to(unit).milli().cmp(&b.to(unit).milli())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::{LoggedExercise, LoggedSet, SessionId};

    fn session(id: &str, date: &str, sets: &[(SetKind, Weight, u32, bool)]) -> Session {
        let mut s = Session::new(SessionId::new(id), Date::parse(date).unwrap());
        let mut plank = LoggedExercise::new("plank", "Plank");
        for &(kind, weight, secs, done) in sets {
            let mut set = LoggedSet::done(kind, weight, secs);
            set.done = done;
            plank.sets.push(set);
        }
        s.lifts.push(plank);
        s
    }

    #[test]
    fn the_longest_and_the_heaviest_hold_are_kept_with_their_dates() {
        let none = Weight::zero(Unit::Kg);
        let log = [
            session(
                "b",
                "2026-11-10",
                &[
                    (SetKind::Hold, none, 60, true),
                    (SetKind::Hold, Weight::kg(10.0), 40, true),
                ],
            ),
            session(
                "a",
                "2026-11-03",
                &[
                    (SetKind::Hold, none, 45, true),
                    (SetKind::Hold, Weight::lb(25.0), 30, true),
                ],
            ),
            // Not done, or no seconds, or not a hold: none counts.
            session(
                "c",
                "2026-11-17",
                &[
                    (SetKind::Hold, none, 300, false),
                    (SetKind::Hold, Weight::kg(40.0), 0, true),
                    (SetKind::Accessory, Weight::kg(40.0), 99, true),
                ],
            ),
        ];
        let records = hold_records(&log, Unit::Kg);
        assert_eq!(records.len(), 1);
        let plank = &records[0];
        assert_eq!(plank.sets, 4);
        assert_eq!(plank.longest.secs, 60);
        assert_eq!(plank.longest.date, Date::parse("2026-11-10").unwrap());
        // 25 lb is 11.3 kg: heavier than 10 kg, though logged earlier.
        let heaviest = plank.heaviest.unwrap();
        assert_eq!(heaviest.added, Weight::lb(25.0));
        assert_eq!(heaviest.secs, 30);
    }

    #[test]
    fn a_hold_short_of_its_plan_counts_at_the_time_held() {
        let mut s = session("a", "2026-11-03", &[]);
        let mut set = LoggedSet::planned(SetKind::Hold, Weight::zero(Unit::Kg), 60);
        set.reps = 38;
        set.done = true;
        s.lifts[0].sets.push(set);
        let records = hold_records(&[s], Unit::Kg);
        assert_eq!(records[0].longest.secs, 38);
        assert_eq!(records[0].heaviest, None);
    }
}
