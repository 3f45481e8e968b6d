//! The compact persisted form of a [`Session`].
//!
//! Ten years of four sessions a week is about 2,000 sessions and 40,000 sets;
//! the whole store must stay well under 2 MB of JSON (localStorage holds about
//! 5 MB per origin). So, per session:
//!
//! | key | field | omitted when |
//! |---|---|---|
//! | `i` | id | never |
//! | `d` | date `"YYYY-MM-DD"` | never |
//! | `u` | unit of the weights below (`"kg"`/`"lb"`) | kg |
//! | `p` | program id | none |
//! | `l` | day label | empty |
//! | `n` | notes | empty |
//! | `f` | finished (`true`) | false |
//! | `v` | revision | 0 |
//! | `m` | next set id | it is one more than the largest set id (0 if no sets) |
//! | `r` | removed set ids | none |
//! | `x` | exercises: `{k: lift key, n: name, o: note, s: sets, t: program lift key}` (`t` omitted when none) | never |
//! | `z` | running rest `{s: start ms, d: seconds, k: kind}` | none |
//! | `y` | adjusted rest lengths `[[kind, seconds], ...]` | none |
//!
//! and per set (`s`):
//!
//! | key | field | omitted when |
//! |---|---|---|
//! | `s` | set id | it is one more than the previous set's (first: 0) |
//! | `k` | kind: `w` warm-up, `a` AMRAP, `s` supplemental, `x` accessory | work |
//! | `w` | weight as a plain number (`142.5`) | never |
//! | `u` | unit, when it differs from the session's | same |
//! | `r` | reps | never |
//! | `t` | target: `true` = as done (the usual planned set); `{w, u, r}` otherwise | no target |
//! | `x` | the top of the target's rep range ("8-12": 12) | not a range |
//! | `e` | RPE | none |
//! | `d` | done: `false` | done |
//! | `n` | note | empty |

use super::{LoggedExercise, LoggedSet, Session, SessionId, SetId, SetKind};
use crate::date::Date;
use crate::rpe::Rpe;
use crate::store::Unknown;
use crate::weight::{Unit, Weight, MILLI};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Largest magnitude (in whole units) a stored weight may have: far beyond any
/// lift, small enough that thousandths stay exact in an f64.
const MAX_STORED: f64 = 1e12;

/// A weight's number in thousandths, written as a plain decimal (`142.5`, `100`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Number(i64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % MILLI == 0 {
            s.serialize_i64(self.0 / MILLI)
        } else {
            // Shortest round-trip float print: 142.5, 0.125.
            s.serialize_f64(self.0 as f64 / MILLI as f64)
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        let value = f64::deserialize(d)?;
        if !value.is_finite() || value.abs() > MAX_STORED {
            return Err(serde::de::Error::custom("weight out of range"));
        }
        Ok(Number((value * MILLI as f64).round() as i64))
    }
}

/// An RPE written as its number (`8`, `8.5`) rather than in half steps.
#[derive(Clone, Copy, Debug, PartialEq)]
struct RpeNumber(Rpe);

impl Serialize for RpeNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let halves = self.0.half_steps();
        if halves.is_multiple_of(2) {
            s.serialize_u8(halves / 2)
        } else {
            s.serialize_f64(self.0.value())
        }
    }
}

impl<'de> Deserialize<'de> for RpeNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RpeNumber, D::Error> {
        let value = f64::deserialize(d)?;
        let halves = value * 2.0;
        // Exact half steps only: 8.5 is 17 halves; 8.3 is not an RPE.
        if halves.fract() != 0.0 || !(2.0..=20.0).contains(&halves) {
            return Err(serde::de::Error::custom(
                "RPE must be 1 to 10 in half steps",
            ));
        }
        Rpe::from_half_steps(halves as u8)
            .map(RpeNumber)
            .map_err(serde::de::Error::custom)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
enum KindCode {
    #[serde(rename = "w")]
    Warmup,
    #[serde(rename = "k")]
    Work,
    #[serde(rename = "a")]
    Amrap,
    #[serde(rename = "s")]
    Supplemental,
    #[serde(rename = "x")]
    Accessory,
    #[serde(rename = "h")]
    Hold,
}

impl From<SetKind> for KindCode {
    fn from(k: SetKind) -> KindCode {
        match k {
            SetKind::Warmup => KindCode::Warmup,
            SetKind::Work => KindCode::Work,
            SetKind::Amrap => KindCode::Amrap,
            SetKind::Supplemental => KindCode::Supplemental,
            SetKind::Accessory => KindCode::Accessory,
            SetKind::Hold => KindCode::Hold,
        }
    }
}

impl From<KindCode> for SetKind {
    fn from(k: KindCode) -> SetKind {
        match k {
            KindCode::Warmup => SetKind::Warmup,
            KindCode::Work => SetKind::Work,
            KindCode::Amrap => SetKind::Amrap,
            KindCode::Supplemental => SetKind::Supplemental,
            KindCode::Accessory => SetKind::Accessory,
            KindCode::Hold => SetKind::Hold,
        }
    }
}

fn is_work(k: &KindCode) -> bool {
    *k == KindCode::Work
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn yes() -> bool {
    true
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn is_kg(u: &Unit) -> bool {
    *u == Unit::Kg
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum TargetWire {
    /// `true`: the target is exactly what was done.
    Same(bool),
    Given {
        #[serde(rename = "w", default, skip_serializing_if = "Option::is_none")]
        weight: Option<Number>,
        #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
        unit: Option<Unit>,
        #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
        reps: Option<u32>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SetWire {
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    id: Option<u32>,
    #[serde(rename = "k", default = "work", skip_serializing_if = "is_work")]
    kind: KindCode,
    #[serde(rename = "w")]
    weight: Number,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
    #[serde(rename = "r")]
    reps: u32,
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    target: Option<TargetWire>,
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    target_top: Option<u32>,
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    rpe: Option<RpeNumber>,
    #[serde(rename = "d", default = "yes", skip_serializing_if = "is_true")]
    done: bool,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(flatten)]
    unknown: Unknown,
}

fn work() -> KindCode {
    KindCode::Work
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct ExerciseWire {
    #[serde(rename = "k")]
    lift: String,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(rename = "s", default)]
    sets: Vec<SetWire>,
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    program_lift: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct RestWire {
    #[serde(rename = "s")]
    started_ms: f64,
    #[serde(rename = "d")]
    seconds: u32,
    #[serde(rename = "k", default = "work")]
    after: KindCode,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SessionWire {
    #[serde(rename = "i")]
    id: SessionId,
    #[serde(rename = "d")]
    date: Date,
    #[serde(rename = "u", default, skip_serializing_if = "is_kg")]
    unit: Unit,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    program: Option<String>,
    #[serde(rename = "l", default, skip_serializing_if = "String::is_empty")]
    day_label: String,
    #[serde(rename = "x", default)]
    lifts: Vec<ExerciseWire>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(rename = "f", default, skip_serializing_if = "is_false")]
    finished: bool,
    #[serde(rename = "v", default, skip_serializing_if = "is_zero")]
    revision: u64,
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    next_set_id: Option<u32>,
    #[serde(rename = "r", default, skip_serializing_if = "Vec::is_empty")]
    removed_sets: Vec<u32>,
    #[serde(rename = "z", default, skip_serializing_if = "Option::is_none")]
    rest: Option<RestWire>,
    #[serde(rename = "y", default, skip_serializing_if = "Vec::is_empty")]
    rest_lengths: Vec<(KindCode, u32)>,
    #[serde(flatten)]
    unknown: Unknown,
}

/// The unit most of the session's sets are in (kg when tied or empty), so
/// few sets need their own `u`.
fn session_unit(session: &Session) -> Unit {
    let lb = session
        .sets()
        .filter(|(_, s)| s.weight.unit() == Unit::Lb)
        .count();
    if lb * 2 > session.set_count() {
        Unit::Lb
    } else {
        Unit::Kg
    }
}

fn set_to_wire(set: &LoggedSet, session_unit: Unit, expected_id: u32) -> SetWire {
    let unit = set.weight.unit();
    let target = match (set.target_weight, set.target_reps) {
        (None, None) => None,
        (Some(w), Some(r)) if w == set.weight && r == set.reps => Some(TargetWire::Same(true)),
        (w, r) => Some(TargetWire::Given {
            weight: w.map(|w| Number(w.milli())),
            unit: w.map(|w| w.unit()).filter(|u| *u != unit),
            reps: r,
        }),
    };
    SetWire {
        id: (set.id.0 != expected_id).then_some(set.id.0),
        kind: set.kind.into(),
        weight: Number(set.weight.milli()),
        unit: (unit != session_unit).then_some(unit),
        reps: set.reps,
        target,
        target_top: set.target_top,
        rpe: set.rpe.map(RpeNumber),
        done: set.done,
        note: set.note.clone(),
        unknown: set.unknown.clone(),
    }
}

fn set_from_wire(w: SetWire, session_unit: Unit, expected_id: u32) -> LoggedSet {
    let unit = w.unit.unwrap_or(session_unit);
    let weight = Weight::from_milli(w.weight.0, unit);
    let (target_weight, target_reps) = match w.target {
        None | Some(TargetWire::Same(false)) => (None, None),
        Some(TargetWire::Same(true)) => (Some(weight), Some(w.reps)),
        Some(TargetWire::Given {
            weight: tw,
            unit: tu,
            reps,
        }) => (
            tw.map(|n| Weight::from_milli(n.0, tu.unwrap_or(unit))),
            reps,
        ),
    };
    LoggedSet {
        id: SetId(w.id.unwrap_or(expected_id)),
        kind: w.kind.into(),
        target_weight,
        // A range's top means nothing without the range's bottom.
        target_top: w.target_top.filter(|_| target_reps.is_some()),
        target_reps,
        weight,
        reps: w.reps,
        rpe: w.rpe.map(|r| r.0),
        done: w.done,
        note: w.note,
        unknown: w.unknown,
    }
}

fn implied_next_id(max_id: Option<u32>) -> u32 {
    max_id.map_or(0, |m| m.saturating_add(1))
}

impl Serialize for Session {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let unit = session_unit(self);
        let mut expected = 0u32;
        let lifts = self
            .lifts
            .iter()
            .map(|e| ExerciseWire {
                lift: e.lift.clone(),
                name: e.name.clone(),
                note: e.note.clone(),
                program_lift: e.program_lift.clone(),
                unknown: e.unknown.clone(),
                sets: e
                    .sets
                    .iter()
                    .map(|set| {
                        let w = set_to_wire(set, unit, expected);
                        expected = set.id.0.wrapping_add(1);
                        w
                    })
                    .collect(),
            })
            .collect();
        let max_id = self.sets().map(|(_, s)| s.id.0).max();
        SessionWire {
            id: self.id.clone(),
            date: self.date,
            unit,
            program: self.program.clone(),
            day_label: self.day_label.clone(),
            lifts,
            notes: self.notes.clone(),
            finished: self.finished,
            revision: self.revision,
            next_set_id: (self.next_set_id != implied_next_id(max_id)).then_some(self.next_set_id),
            removed_sets: self.removed_sets.iter().map(|id| id.0).collect(),
            // A non-finite start would be written as `null` and not read back.
            rest: self
                .rest
                .filter(|r| r.started_ms.is_finite())
                .map(|r| RestWire {
                    started_ms: r.started_ms,
                    seconds: r.seconds,
                    after: r.after.into(),
                }),
            rest_lengths: self
                .rest_lengths
                .iter()
                .map(|(k, secs)| ((*k).into(), *secs))
                .collect(),
            unknown: self.unknown.clone(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Session, D::Error> {
        let w = SessionWire::deserialize(d)?;
        let mut expected = 0u32;
        let lifts: Vec<LoggedExercise> = w
            .lifts
            .into_iter()
            .map(|e| LoggedExercise {
                lift: e.lift,
                name: e.name,
                note: e.note,
                program_lift: e.program_lift,
                unknown: e.unknown,
                sets: e
                    .sets
                    .into_iter()
                    .map(|sw| {
                        let set = set_from_wire(sw, w.unit, expected);
                        expected = set.id.0.wrapping_add(1);
                        set
                    })
                    .collect(),
            })
            .collect();
        let max_id = lifts.iter().flat_map(|e| &e.sets).map(|s| s.id.0).max();
        Ok(Session {
            id: w.id,
            date: w.date,
            program: w.program,
            day_label: w.day_label,
            lifts,
            notes: w.notes,
            finished: w.finished,
            revision: w.revision,
            next_set_id: w.next_set_id.unwrap_or_else(|| implied_next_id(max_id)),
            removed_sets: w.removed_sets.into_iter().map(SetId).collect(),
            rest: w.rest.map(|r| super::Rest {
                started_ms: r.started_ms,
                seconds: r.seconds,
                after: r.after.into(),
            }),
            rest_lengths: w
                .rest_lengths
                .into_iter()
                .map(|(k, secs)| (k.into(), secs))
                .collect(),
            unknown: w.unknown,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LoggedExercise;

    #[test]
    fn planned_set_done_as_planned_is_compact() {
        let mut s = Session::new(SessionId::new("x"), Date::from_ymd(2024, 1, 2).unwrap());
        let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
        let id = s
            .add_set(ex, LoggedSet::planned(SetKind::Work, Weight::kg(142.5), 5))
            .unwrap();
        s.check_set(id, true).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert!(
            json.contains(r#""s":[{"w":142.5,"r":5,"t":true}]"#),
            "{json}"
        );
        let back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn whole_numbers_have_no_decimal_point() {
        let n = serde_json::to_string(&Number(100_000)).unwrap();
        assert_eq!(n, "100");
        assert_eq!(serde_json::to_string(&Number(125)).unwrap(), "0.125");
        let back: Number = serde_json::from_str("0.125").unwrap();
        assert_eq!(back, Number(125));
        assert!(serde_json::from_str::<Number>("1e300").is_err());
    }
}
