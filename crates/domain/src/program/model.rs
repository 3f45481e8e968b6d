//! The shape of a program: lifts, cycles, weeks, days, exercises, sets.

use super::load::{Load, Percent, Reps, UnitPair};
use super::rule::ProgressionRule;
use crate::weight::{Rounding, Weight};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A stable key naming a lift: "squat", "bench", "deadlift", "press", or a
/// lifter's own ("pause-squat"). Logs, maxes and progression state use it;
/// the display name lives in [`LiftDef::name`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LiftKey(String);

impl LiftKey {
    pub fn new(key: impl Into<String>) -> LiftKey {
        LiftKey(key.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for LiftKey {
    fn from(key: &str) -> LiftKey {
        LiftKey::new(key)
    }
}

impl fmt::Display for LiftKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of number a lift's max is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum MaxKind {
    /// A 5/3/1-style training max, [`Program::training_max_percent`] of the 1RM (§2.1).
    #[default]
    TrainingMax,
    /// A tested or estimated one-rep max (Smolov Jr, §3.7).
    OneRepMax,
    /// The current working (top-set) weight of a linear progression
    /// (Starting Strength, StrongLifts, GZCLP, Texas Method's 5RM).
    WorkWeight,
}

/// A lift as a program tracks it: its own max and its own progression.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiftDef {
    pub key: LiftKey,
    /// Shown to the lifter ("Squat (T2)").
    pub name: String,
    pub max: MaxKind,
    /// Loaded on a barbell (plates and warm-ups are planned) or not
    /// (dumbbells, machines, bodyweight).
    pub barbell: bool,
    /// The movement when it is tracked under a second key: GZCLP's T2 squat
    /// is `squat-t2` with its own max and stages, but the movement is `squat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub movement: Option<LiftKey>,
    /// Take percentages of another lift's max instead of keeping one
    /// (nSuns' sumo deadlift off the deadlift TM, §3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_of: Option<LiftKey>,
    /// How the max moves; `None` keeps it where the lifter puts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progression: Option<ProgressionRule>,
}

impl LiftDef {
    /// A barbell lift keeping a max of `max` kind, without progression.
    pub fn barbell(key: &str, name: &str, max: MaxKind) -> LiftDef {
        LiftDef {
            key: LiftKey::new(key),
            name: name.to_string(),
            max,
            barbell: true,
            movement: None,
            max_of: None,
            progression: None,
        }
    }

    /// The key whose max this lift's percentages use.
    pub fn max_key(&self) -> &LiftKey {
        self.max_of.as_ref().unwrap_or(&self.key)
    }
}

/// What an exercise is for (5/3/1's vocabulary, §2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The lift's main work.
    #[default]
    Main,
    /// Extra sets of a main lift (BBB 5×10, FSL).
    Supplemental,
    /// Assistance work (rows, hyperextensions).
    Accessory,
}

/// One or more identical sets ("5×10 @ 50 %").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetGroup {
    pub count: u32,
    pub reps: Reps,
    pub load: Load,
    /// Added after the percentage (Smolov Jr's week-2 and week-3 additions, §3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus: Option<UnitPair>,
    /// Done only if the lifter feels like it (Joker sets, §2.6).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl SetGroup {
    /// `count` × `reps` at `percent` % of the lift's max.
    pub fn percent(count: u32, reps: Reps, percent: Percent) -> SetGroup {
        SetGroup::new(count, reps, Load::Percent(percent))
    }

    pub fn new(count: u32, reps: Reps, load: Load) -> SetGroup {
        SetGroup {
            count,
            reps,
            load,
            plus: None,
            optional: false,
            note: None,
        }
    }
}

/// A named set scheme a lift can be in (GZCLP "5×3+").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub name: String,
    pub sets: Vec<SetGroup>,
}

/// The sets of an exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetScheme {
    /// The same sets every time.
    Fixed(Vec<SetGroup>),
    /// The lift's current stage picks the sets (stage past the end: the last).
    Staged(Vec<Stage>),
}

/// One lift on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    pub lift: LiftKey,
    pub role: Role,
    pub sets: SetScheme,
    /// Whether these sets decide the lift's progression. Main work does;
    /// supplemental work and light days don't (Texas Method progresses on
    /// the intensity day only, §3.1).
    pub counts: bool,
    /// Plan a warm-up ladder before the first set.
    pub warmup: bool,
}

impl Exercise {
    /// Main work on `lift` that counts for progression, warmed up.
    pub fn main(lift: &str, sets: Vec<SetGroup>) -> Exercise {
        Exercise {
            lift: LiftKey::new(lift),
            role: Role::Main,
            sets: SetScheme::Fixed(sets),
            counts: true,
            warmup: true,
        }
    }

    /// Supplemental work on `lift`: no warm-up, doesn't count.
    pub fn supplemental(lift: &str, sets: Vec<SetGroup>) -> Exercise {
        Exercise {
            lift: LiftKey::new(lift),
            role: Role::Supplemental,
            sets: SetScheme::Fixed(sets),
            counts: false,
            warmup: false,
        }
    }

    /// This exercise, not counting for progression.
    pub fn not_counted(mut self) -> Exercise {
        self.counts = false;
        self
    }

    /// This exercise with another role.
    pub fn with_role(mut self, role: Role) -> Exercise {
        self.role = role;
        self
    }

    /// This exercise without a warm-up.
    pub fn without_warmup(mut self) -> Exercise {
        self.warmup = false;
        self
    }

    /// The sets for a lift in `stage` (0-based; past the end: the last).
    pub fn sets_for(&self, stage: u32) -> (&[SetGroup], Option<&str>) {
        match &self.sets {
            SetScheme::Fixed(sets) => (sets, None),
            SetScheme::Staged(stages) => {
                let i = (stage as usize).min(stages.len().saturating_sub(1));
                match stages.get(i) {
                    Some(s) => (&s.sets, Some(&s.name)),
                    None => (&[], None),
                }
            }
        }
    }
}

/// A training day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub name: String,
    pub exercises: Vec<Exercise>,
}

/// A week of training days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    pub name: String,
    pub days: Vec<Day>,
}

/// A cycle: the weeks between two [`super::Cadence::Cycle`] progressions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cycle {
    pub name: String,
    pub weeks: Vec<Week>,
}

/// The warm-up ladder a program uses before main work (§2.4, §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WarmupStyle {
    /// 40 % × 5, 50 % × 5, 60 % × 3 of the training max (§2.4, [S20]);
    /// lifts without a training max fall back to Starting Strength's.
    FiveThreeOne,
    /// Empty bar 2 × 5, then even jumps, reps 5/3/2 (§5, [S42]).
    #[default]
    StartingStrength,
    /// StrongLifts' own: empty bar 2 × 5, then 20 kg / 45 lb jumps, reps
    /// falling (§5 [S47][S65]).
    StrongLifts,
}

/// A training program, as plain data a lifter can copy and edit.
///
/// Cycle `n` (0-based) runs `cycles[n % cycles.len()]`, so a program whose
/// cycles differ (BBB's 3-month challenge at 50/60/70 %, Leader/Anchor)
/// lists each one, and a program that repeats lists one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Program {
    /// Stable identifier ("531-bbb"); copies get a new one.
    pub id: String,
    pub name: String,
    /// One line on what it is.
    pub summary: String,
    /// Where it comes from, in plain words shown to the lifter (no source
    /// tags: those belong in doc comments).
    pub source: String,
    /// The training max as a percentage of 1RM, for sets given in % of 1RM
    /// on lifts that keep a training max (90 %, §2.1 [S10]).
    pub training_max_percent: Percent,
    /// The rounding the source uses, if it says (5/3/1's book rounds up,
    /// §2.3); the lifter's setting wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<Rounding>,
    pub warmup: WarmupStyle,
    pub lifts: Vec<LiftDef>,
    pub cycles: Vec<Cycle>,
    /// Fields a newer build wrote that this one doesn't know, kept through
    /// a save ([`crate::store::Unknown`]).
    #[serde(flatten)]
    pub unknown: crate::store::Unknown,
}

impl Program {
    /// The lift with this key.
    pub fn lift(&self, key: &LiftKey) -> Option<&LiftDef> {
        self.lifts.iter().find(|l| &l.key == key)
    }

    /// The cycle template that cycle `n` (0-based) runs.
    pub fn cycle(&self, n: u32) -> Option<&Cycle> {
        if self.cycles.is_empty() {
            None
        } else {
            self.cycles.get(n as usize % self.cycles.len())
        }
    }

    /// How many stages `lift` has: the most of any of its staged exercises, at least 1.
    pub fn stage_count(&self, lift: &LiftKey) -> u32 {
        self.exercises()
            .filter(|e| &e.lift == lift)
            .map(|e| match &e.sets {
                SetScheme::Fixed(_) => 1,
                SetScheme::Staged(s) => s.len() as u32,
            })
            .max()
            .unwrap_or(1)
            .max(1)
    }

    /// The name of `lift`'s stage `stage` ("3s", "6×2+"), if it has staged sets.
    pub fn stage_name(&self, lift: &LiftKey, stage: u32) -> Option<String> {
        self.exercises()
            .filter(|e| &e.lift == lift)
            .find_map(|e| match &e.sets {
                SetScheme::Staged(stages) => stages.get(stage as usize).map(|s| s.name.clone()),
                SetScheme::Fixed(_) => None,
            })
    }

    /// Every exercise of every day of every cycle.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.cycles
            .iter()
            .flat_map(|c| &c.weeks)
            .flat_map(|w| &w.days)
            .flat_map(|d| &d.exercises)
    }
}

/// The lifter's maxes: lift key → training max, 1RM or working weight, as
/// each lift's [`MaxKind`] says.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Maxes(pub BTreeMap<LiftKey, Weight>);

impl Maxes {
    pub fn new() -> Maxes {
        Maxes::default()
    }

    /// These maxes with `lift` set to `max`.
    pub fn with(mut self, lift: &str, max: Weight) -> Maxes {
        self.0.insert(LiftKey::new(lift), max);
        self
    }

    pub fn get(&self, lift: &LiftKey) -> Option<Weight> {
        self.0.get(lift).copied()
    }

    pub fn set(&mut self, lift: LiftKey, max: Weight) {
        self.0.insert(lift, max);
    }
}
