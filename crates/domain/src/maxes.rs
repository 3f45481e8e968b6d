//! The lifter's own numbers for each lift, kept once in the stored document:
//! a training max and a tested or estimated one-rep max (with its date).
//!
//! A program says which kind of number it runs on ([`MaxKind`]): 5/3/1 and
//! nSuns take the training max (training-math.md §2.1, §3.6), Smolov Jr the
//! 1RM (§3.7). A linear program's working weight (the top set a block climbs
//! from) is not a fact about the lifter but about one run of one program, so
//! it lives in that program's state ([`crate::program::active::ActiveProgram`]),
//! never here: two programs can't overwrite each other's numbers.

use crate::date::Date;
use crate::program::{LiftKey, MaxKind, Percent};
use crate::weight::{Rounding, Step, Weight};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// How a one-rep max was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaxSource {
    /// Lifted: a real single.
    Tested,
    /// Estimated from a rep set (an e1RM formula or RPE).
    Estimated,
}

/// A one-rep max and when it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneRepMax {
    pub weight: Weight,
    /// The day it was tested or estimated; `None` for numbers saved before
    /// dates were kept (schema 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    pub source: MaxSource,
}

/// Everything the lifter has saved about one lift. Unknown fields are
/// refused: a bare weight (schema 1's form) must never read as "no max".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LiftMaxes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_max: Option<Weight>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_rep_max: Option<OneRepMax>,
}

impl LiftMaxes {
    fn is_empty(&self) -> bool {
        self.training_max.is_none() && self.one_rep_max.is_none()
    }
}

/// Which of a lift's saved numbers a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SavedMax {
    TrainingMax,
    OneRepMax,
}

/// A change to one saved number: set (`Some`) or cleared (`None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MaxChange {
    TrainingMax {
        lift: LiftKey,
        max: Option<Weight>,
    },
    OneRepMax {
        lift: LiftKey,
        max: Option<OneRepMax>,
    },
}

impl MaxChange {
    pub fn lift(&self) -> &LiftKey {
        match self {
            MaxChange::TrainingMax { lift, .. } | MaxChange::OneRepMax { lift, .. } => lift,
        }
    }

    pub fn kind(&self) -> SavedMax {
        match self {
            MaxChange::TrainingMax { .. } => SavedMax::TrainingMax,
            MaxChange::OneRepMax { .. } => SavedMax::OneRepMax,
        }
    }

    /// The weight set, if any.
    pub fn weight(&self) -> Option<Weight> {
        match self {
            MaxChange::TrainingMax { max, .. } => *max,
            MaxChange::OneRepMax { max, .. } => max.map(|m| m.weight),
        }
    }
}

/// Why a max can't be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MaxError {
    /// The lift key is blank.
    NoLift,
    /// Zero or less.
    NotPositive,
}

impl fmt::Display for MaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MaxError::NoLift => "A max needs a lift.",
            MaxError::NotPositive => "A max must be above zero.",
        })
    }
}

impl std::error::Error for MaxError {}

/// Every lift's saved numbers, by lift key: the one place a training max or
/// 1RM is kept. Stored as a JSON object keyed by lift.
///
/// A vector sorted by key rather than a `BTreeMap`: a lifter has a handful
/// of lifts, and the first-load app (which reads this table on every visit)
/// then carries no B-tree code for it (about 4 KB of wasm).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MaxTable(Vec<(LiftKey, LiftMaxes)>);

impl Serialize for MaxTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for MaxTable {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<MaxTable, D::Error> {
        let map = BTreeMap::<LiftKey, LiftMaxes>::deserialize(d)?;
        Ok(MaxTable(
            map.into_iter().filter(|(_, m)| !m.is_empty()).collect(),
        ))
    }
}

impl MaxTable {
    pub fn new() -> MaxTable {
        MaxTable::default()
    }

    pub fn get(&self, lift: &LiftKey) -> Option<&LiftMaxes> {
        self.find(lift).ok().map(|i| &self.0[i].1)
    }

    /// Where `lift` is (or would go, keeping the keys sorted).
    fn find(&self, lift: &LiftKey) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(lift))
    }

    /// `lift`'s entry, made empty if it had none.
    fn entry(&mut self, lift: LiftKey) -> &mut LiftMaxes {
        let i = match self.find(&lift) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (lift, LiftMaxes::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// In key order.
    pub fn iter(&self) -> impl Iterator<Item = (&LiftKey, &LiftMaxes)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many lifts have a saved number.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn training_max(&self, lift: &LiftKey) -> Option<Weight> {
        self.get(lift).and_then(|m| m.training_max)
    }

    pub fn one_rep_max(&self, lift: &LiftKey) -> Option<OneRepMax> {
        self.get(lift).and_then(|m| m.one_rep_max)
    }

    /// The number a program of `kind` reads here: the training max or the
    /// 1RM. A working weight is never here (it is the program's own).
    pub fn of_kind(&self, lift: &LiftKey, kind: MaxKind) -> Option<Weight> {
        match kind {
            MaxKind::TrainingMax => self.training_max(lift),
            MaxKind::OneRepMax => self.one_rep_max(lift).map(|m| m.weight),
            MaxKind::WorkWeight => None,
        }
    }

    /// Applies `change`; refuses a blank lift or a weight of zero or less.
    pub fn apply(&mut self, change: MaxChange) -> Result<(), MaxError> {
        let lift = LiftKey::new(change.lift().as_str().trim());
        if lift.as_str().is_empty() {
            return Err(MaxError::NoLift);
        }
        if change.weight().is_some_and(|w| !w.is_positive()) {
            return Err(MaxError::NotPositive);
        }
        let entry = self.entry(lift.clone());
        match change {
            MaxChange::TrainingMax { max, .. } => entry.training_max = max,
            MaxChange::OneRepMax { max, .. } => entry.one_rep_max = max,
        }
        if entry.is_empty() {
            // As strings: the smallest code for the first load, which has this.
            self.0.retain(|(k, _)| k.as_str() != lift.as_str());
        }
        Ok(())
    }

    /// This table with `lift`'s training max set (for tests and fixtures).
    pub fn with_training_max(mut self, lift: &str, max: Weight) -> MaxTable {
        self.entry(LiftKey::new(lift)).training_max = Some(max);
        self
    }

    /// This table with `lift`'s 1RM set (for tests and fixtures).
    pub fn with_one_rep_max(mut self, lift: &str, max: OneRepMax) -> MaxTable {
        self.entry(LiftKey::new(lift)).one_rep_max = Some(max);
        self
    }
}

/// What a working-weight program (the "5s, then 3s, then singles" block,
/// linear programs) suggests as a lift's first top set: [`START_PERCENT`] of
/// the 1RM, rounded down to `step` so it starts "fairly easy".
///
/// Why 80 %: a 1RM predicts a 5RM of about 86 % (Epley, training-math.md
/// §1.1: 1RM = w·(1 + 5/30)); GZCLP restarts its T1 lift at 85 % of a new
/// 5RM after a reset (§3.5, [S18][S54]) and the §4 block resets to
/// "× 0.85–0.9" of the top weight. 80 % of the 1RM is about 93 % of that
/// 5RM: a clean first set of 5 with room to climb 5 kg a week. The lifter can
/// change it before starting.
pub fn suggested_start(one_rep_max: Weight, step: Step) -> Weight {
    let start = START_PERCENT.of(one_rep_max);
    let rounded = start.round_to(step, Rounding::Down);
    if rounded.is_positive() {
        rounded
    } else {
        start
    }
}

/// The share of the 1RM a working-weight block starts at (see [`suggested_start`]).
pub const START_PERCENT: Percent = Percent::whole(80);

#[cfg(test)]
mod tests {
    use super::*;

    fn tested(weight: Weight) -> OneRepMax {
        OneRepMax {
            weight,
            date: Date::from_ymd(2026, 11, 30).ok(),
            source: MaxSource::Tested,
        }
    }

    #[test]
    fn a_training_max_and_a_one_rep_max_are_kept_apart() {
        let mut table = MaxTable::new();
        let deadlift = LiftKey::new("deadlift");
        table
            .apply(MaxChange::OneRepMax {
                lift: deadlift.clone(),
                max: Some(tested(Weight::lb(335.0))),
            })
            .unwrap();
        table
            .apply(MaxChange::TrainingMax {
                lift: deadlift.clone(),
                max: Some(Weight::lb(300.0)),
            })
            .unwrap();
        assert_eq!(
            table.of_kind(&deadlift, MaxKind::TrainingMax),
            Some(Weight::lb(300.0))
        );
        assert_eq!(
            table.of_kind(&deadlift, MaxKind::OneRepMax),
            Some(Weight::lb(335.0))
        );
        assert_eq!(table.of_kind(&deadlift, MaxKind::WorkWeight), None);
        assert_eq!(
            table.one_rep_max(&deadlift).unwrap().date,
            Date::from_ymd(2026, 11, 30).ok()
        );
        // Clearing one keeps the other; clearing both forgets the lift.
        table
            .apply(MaxChange::TrainingMax {
                lift: deadlift.clone(),
                max: None,
            })
            .unwrap();
        assert_eq!(table.training_max(&deadlift), None);
        assert!(table.one_rep_max(&deadlift).is_some());
        table
            .apply(MaxChange::OneRepMax {
                lift: deadlift.clone(),
                max: None,
            })
            .unwrap();
        assert!(table.is_empty());
    }

    #[test]
    fn the_table_stays_sorted_and_reads_as_a_json_object() {
        let table = MaxTable::new()
            .with_training_max("squat", Weight::kg(140.0))
            .with_training_max("bench", Weight::kg(100.0))
            .with_training_max("deadlift", Weight::kg(180.0));
        let keys: Vec<&str> = table.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["bench", "deadlift", "squat"]);
        let json = serde_json::to_value(&table).unwrap();
        assert_eq!(
            json["squat"],
            serde_json::json!({"training_max": {"milli": 140000, "unit": "kg"}})
        );
        let back: MaxTable = serde_json::from_value(json).unwrap();
        assert_eq!(back, table);
        // An empty entry reads as no lift at all.
        let empty: MaxTable = serde_json::from_str(r#"{"press": {}}"#).unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn bad_maxes_are_refused() {
        let mut table = MaxTable::new();
        let zero = MaxChange::TrainingMax {
            lift: LiftKey::new("squat"),
            max: Some(Weight::kg(0.0)),
        };
        assert_eq!(table.apply(zero), Err(MaxError::NotPositive));
        let blank = MaxChange::TrainingMax {
            lift: LiftKey::new("  "),
            max: Some(Weight::kg(100.0)),
        };
        assert_eq!(table.apply(blank), Err(MaxError::NoLift));
        assert!(table.is_empty());
    }

    #[test]
    fn a_block_starts_at_80_percent_of_the_one_rep_max_rounded_down() {
        // 335 lb × 0.8 = 268 → 265 on a 5 lb step.
        assert_eq!(
            suggested_start(Weight::lb(335.0), Step::of(Weight::lb(5.0)).unwrap()),
            Weight::lb(265.0)
        );
        // 150 kg × 0.8 = 120 exactly.
        assert_eq!(
            suggested_start(Weight::kg(150.0), Step::of(Weight::kg(2.5)).unwrap()),
            Weight::kg(120.0)
        );
        // A kg step on an lb max is taken in lb.
        let start = suggested_start(Weight::lb(200.0), Step::of(Weight::kg(2.5)).unwrap());
        assert_eq!(start.unit(), crate::Unit::Lb);
        assert!(start.cmp_mass(Weight::lb(160.0)).is_le());
    }
}
