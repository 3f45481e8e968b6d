//! The training log: sessions of exercises of sets, and the edits the log
//! screen makes to them.
//!
//! Every edit is a method on [`Session`] that bumps its [`Session::revision`],
//! so two copies of the same session (two browser tabs) can be reconciled by
//! [`merge`] without losing a set. Sets have ids unique within their session;
//! removing a set leaves a tombstone so a merge doesn't bring it back.
//!
//! A session is persisted in a compact form (see the `wire` submodule): ten
//! years of training must fit comfortably in localStorage.

mod last_time;
mod merge;
mod planned;
pub mod rest;
mod results;
mod wire;

pub use last_time::{last_time, same_sets};
pub use merge::{merge, merge_session};
pub use planned::{session_from_plan, session_from_program};
pub use rest::Rest;
pub use results::{new_session_id, new_session_id_at, newest_first, oldest_first, session_result};

use crate::date::Date;
use crate::program::Reps;
use crate::rpe::Rpe;
use crate::store::Unknown;
use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A logged set's weight as History shows it: in the unit the set was done
/// in, exactly as logged, and, when the lifter now uses the other unit, the
/// conversion rounded to a tenth as estimates are shown elsewhere
/// ([`crate::calculator::to_tenth`]; 1 lb = 0.45359237 kg, §6.4 [S77]).
/// "82.5 lb (37.4 kg)"; "100 kg" when the units agree; a bodyweight set (no
/// weight) is "0 kg" with no conversion.
pub fn logged_weight_text(weight: Weight, lifter: Unit) -> String {
    if weight.unit() == lifter || weight.is_zero() {
        weight.to_string()
    } else {
        let converted = crate::calculator::to_tenth(weight.to(lifter));
        format!("{weight} ({converted})")
    }
}

/// A logged set as History shows it: "82.5 lb (37.4 kg) × 8"
/// ([`logged_weight_text`]).
pub fn logged_set_text(weight: Weight, reps: u32, lifter: Unit) -> String {
    format!("{} × {reps}", logged_weight_text(weight, lifter))
}

/// A logged hold as History shows it: "42 s", or "42 s with 10 kg" when
/// weight was added ([`logged_weight_text`]).
pub fn logged_hold_text(added: Weight, secs: u32, lifter: Unit) -> String {
    if added.is_zero() {
        format!("{secs} s")
    } else {
        format!("{secs} s with {}", logged_weight_text(added, lifter))
    }
}

/// Identifies a session across tabs and devices. The caller makes it unique,
/// e.g. the date plus a random or time-based suffix (`"2024-03-05-k3x9"`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub String);

impl SessionId {
    pub fn new(id: impl Into<String>) -> SessionId {
        SessionId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Identifies a set within its session. Allocated by [`Session::add_set`] from
/// a counter that only grows, so a removed set's id is never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SetId(pub u32);

/// What a set is for; only work and AMRAP sets count toward records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SetKind {
    Warmup,
    #[default]
    Work,
    /// "As many reps as possible" (the 5/3/1 "+" set, or a set to failure).
    Amrap,
    /// Volume after the main work (Boring But Big, First Set Last, back-offs).
    Supplemental,
    Accessory,
    /// A timed hold (plank, back-extension hold): its reps are seconds.
    Hold,
}

impl SetKind {
    /// Whether a planned set of this kind is judged by its lift's
    /// progression rule: work, AMRAP and accessory sets (GZCLP's T3 and
    /// double-progression accessories progress from their own sets, §3.5).
    /// Warm-ups and supplemental volume never are, nor holds.
    pub fn judged_for_progression(self) -> bool {
        matches!(self, SetKind::Work | SetKind::Amrap | SetKind::Accessory)
    }

    /// Whether the set makes records of its exercise: work and AMRAP sets, and
    /// an accessory's own sets (block pulls 3 × 5 are the block pull's work).
    /// Warm-ups don't, nor supplemental volume (BBB's 5 × 10 at 50 % would
    /// make a 10-rep record of the main lift), nor holds (their records are
    /// [`crate::records::holds`]).
    pub fn makes_records(self) -> bool {
        matches!(self, SetKind::Work | SetKind::Amrap | SetKind::Accessory)
    }

    /// Whether the set's reps are seconds held.
    pub fn is_hold(self) -> bool {
        self == SetKind::Hold
    }
}

/// The most reps one set may record; more is a typing slip.
pub const MAX_REPS: u32 = crate::limits::MAX_LOGGED_REPS;

/// One set: what was planned (if anything) and what was done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedSet {
    pub id: SetId,
    pub kind: SetKind,
    /// The program's weight, when the set came from a program.
    pub target_weight: Option<Weight>,
    /// The program's reps (the minimum, for an AMRAP set or a range).
    pub target_reps: Option<u32>,
    /// The top of the program's rep range ("8-12": 12), when it gave a
    /// range: double progression adds weight once every set reaches it.
    pub target_top: Option<u32>,
    /// The weight actually lifted.
    pub weight: Weight,
    /// The reps actually done.
    pub reps: u32,
    pub rpe: Option<Rpe>,
    pub done: bool,
    pub note: String,
    /// Fields of the stored set a newer build wrote (kept through a save).
    #[serde(skip)]
    pub unknown: Unknown,
}

impl LoggedSet {
    /// A set from the program, not done yet; the actual numbers start at the
    /// targets so checking it off records "done as planned". The id is assigned
    /// by [`Session::add_set`].
    pub fn planned(kind: SetKind, weight: Weight, reps: u32) -> LoggedSet {
        LoggedSet {
            id: SetId(0),
            kind,
            target_weight: Some(weight),
            target_reps: Some(reps),
            target_top: None,
            weight,
            reps,
            rpe: None,
            done: false,
            note: String::new(),
            unknown: Unknown::default(),
        }
    }

    /// A set from the program's `reps` ("5", "8-12", "15+"), not done yet:
    /// the lifter's reps start at the minimum; a range keeps its top.
    pub fn planned_for(kind: SetKind, weight: Weight, reps: Reps) -> LoggedSet {
        LoggedSet {
            target_top: match reps {
                Reps::Range(r) => Some(r.max()),
                _ => None,
            },
            ..LoggedSet::planned(kind, weight, reps.min())
        }
    }

    /// What the program asked of this set, when it came from one: an AMRAP
    /// set's minimum with a "+", a range with its top.
    pub fn target(&self) -> Option<Reps> {
        let min = self.target_reps?;
        Some(match (self.kind, self.target_top) {
            (SetKind::Amrap, _) => Reps::Amrap { min },
            (SetKind::Hold, _) => Reps::Hold { seconds: min },
            (_, Some(top)) => Reps::range(min, top).unwrap_or(Reps::Exact(min)),
            (_, None) => Reps::Exact(min),
        })
    }

    /// Fewer reps than the set asked for: a miss, never a record.
    pub fn missed(&self) -> bool {
        self.target_reps.is_some_and(|target| self.reps < target)
    }

    /// A set that was done without a plan (added by hand, or imported).
    pub fn done(kind: SetKind, weight: Weight, reps: u32) -> LoggedSet {
        LoggedSet {
            id: SetId(0),
            kind,
            target_weight: None,
            target_reps: None,
            target_top: None,
            weight,
            reps,
            rpe: None,
            done: true,
            note: String::new(),
            unknown: Unknown::default(),
        }
    }
}

/// One exercise in a session and its sets, in the order they were done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoggedExercise {
    /// Stable key: `squat`, `bench`, `deadlift`, `press`, or a slug of the name.
    pub lift: String,
    /// Name as shown ("Squat", "Dumbbell Row").
    pub name: String,
    /// A note about the exercise as a whole (imports carry these).
    pub note: String,
    pub sets: Vec<LoggedSet>,
    /// The program's key for this lift when it differs from `lift`: GZCLP's
    /// T2 squat is logged under the movement `squat` (so History keeps one
    /// record per movement) but progresses as `squat-t2`. See
    /// [`LoggedExercise::progression_key`].
    pub program_lift: Option<String>,
    /// Fields of the stored exercise a newer build wrote (kept through a save).
    #[serde(skip)]
    pub unknown: Unknown,
}

impl LoggedExercise {
    pub fn new(lift: impl Into<String>, name: impl Into<String>) -> LoggedExercise {
        LoggedExercise {
            lift: lift.into(),
            name: name.into(),
            note: String::new(),
            sets: Vec::new(),
            program_lift: None,
            unknown: Unknown::default(),
        }
    }

    /// The key progression results use: the program's lift key when it has
    /// one of its own, else `lift`.
    pub fn progression_key(&self) -> &str {
        self.program_lift.as_deref().unwrap_or(&self.lift)
    }
}

/// One training session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub id: SessionId,
    pub date: Date,
    /// The program it came from (its id), if any.
    pub program: Option<String>,
    /// The program day ("Week 1 Day 2", "Workout A") or an imported workout's name.
    pub day_label: String,
    pub lifts: Vec<LoggedExercise>,
    pub notes: String,
    pub finished: bool,
    /// Edit counter: every edit method adds one. [`merge`] prefers the higher.
    pub revision: u64,
    /// The id the next added set gets.
    pub next_set_id: u32,
    /// Ids of sets removed from this session, so a merge doesn't revive them.
    pub removed_sets: Vec<SetId>,
    /// The rest running between sets (kept with the session so it survives a
    /// tab switch or a reload); `None` when no rest runs.
    pub rest: Option<Rest>,
    /// Rest lengths the lifter adjusted this session, per kind of set.
    pub rest_lengths: Vec<(SetKind, u32)>,
    /// Fields of the stored session a newer build wrote (kept through a save).
    pub unknown: Unknown,
}

/// Why an edit of the log was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogError {
    NoSuchExercise,
    NoSuchSet,
    TooManyReps,
    NegativeWeight,
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LogError::NoSuchExercise => "That exercise is no longer in this session.",
            LogError::NoSuchSet => "That set is no longer in this session.",
            LogError::TooManyReps => "That's more reps than one set can log (max 999).",
            LogError::NegativeWeight => "A weight can't be negative.",
        })
    }
}

impl std::error::Error for LogError {}

fn check_reps(reps: u32) -> Result<u32, LogError> {
    if reps > MAX_REPS {
        Err(LogError::TooManyReps)
    } else {
        Ok(reps)
    }
}

fn check_weight(weight: Weight) -> Result<Weight, LogError> {
    if weight.milli() < 0 {
        Err(LogError::NegativeWeight)
    } else {
        Ok(weight)
    }
}

impl Session {
    /// An empty, unfinished session.
    pub fn new(id: SessionId, date: Date) -> Session {
        Session {
            id,
            date,
            program: None,
            day_label: String::new(),
            lifts: Vec::new(),
            notes: String::new(),
            finished: false,
            revision: 0,
            next_set_id: 0,
            removed_sets: Vec::new(),
            rest: None,
            rest_lengths: Vec::new(),
            unknown: Unknown::default(),
        }
    }

    /// Every set, with the index of its exercise.
    pub fn sets(&self) -> impl Iterator<Item = (usize, &LoggedSet)> {
        self.lifts
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.sets.iter().map(move |s| (i, s)))
    }

    /// Number of sets in the session.
    pub fn set_count(&self) -> usize {
        self.lifts.iter().map(|e| e.sets.len()).sum()
    }

    /// The set with this id.
    pub fn set(&self, id: SetId) -> Option<&LoggedSet> {
        self.sets().map(|(_, s)| s).find(|s| s.id == id)
    }

    fn set_mut(&mut self, id: SetId) -> Result<&mut LoggedSet, LogError> {
        self.lifts
            .iter_mut()
            .flat_map(|e| e.sets.iter_mut())
            .find(|s| s.id == id)
            .ok_or(LogError::NoSuchSet)
    }

    fn touch(&mut self) {
        self.revision = self.revision.saturating_add(1);
    }

    /// Adds an exercise at the end, giving its sets fresh ids; returns its index.
    /// Its sets are kept as given (no reps or weight check: they come from a
    /// program or an import, not from typing).
    pub fn add_exercise(&mut self, exercise: LoggedExercise) -> usize {
        let mut exercise = exercise;
        for set in &mut exercise.sets {
            set.id = SetId(self.next_set_id);
            self.next_set_id = self.next_set_id.saturating_add(1);
        }
        self.lifts.push(exercise);
        self.touch();
        self.lifts.len() - 1
    }

    /// Adds `set` at the end of exercise `exercise`, giving it a fresh id.
    pub fn add_set(&mut self, exercise: usize, set: LoggedSet) -> Result<SetId, LogError> {
        check_reps(set.reps)?;
        check_weight(set.weight)?;
        let id = SetId(self.next_set_id);
        let ex = self
            .lifts
            .get_mut(exercise)
            .ok_or(LogError::NoSuchExercise)?;
        ex.sets.push(LoggedSet { id, ..set });
        self.next_set_id = self.next_set_id.saturating_add(1);
        self.touch();
        Ok(id)
    }

    /// Removes a set, remembering its id so a merge won't bring it back.
    pub fn remove_set(&mut self, id: SetId) -> Result<LoggedSet, LogError> {
        for ex in &mut self.lifts {
            if let Some(i) = ex.sets.iter().position(|s| s.id == id) {
                let removed = ex.sets.remove(i);
                if !self.removed_sets.contains(&id) {
                    self.removed_sets.push(id);
                }
                self.touch();
                return Ok(removed);
            }
        }
        Err(LogError::NoSuchSet)
    }

    /// Checks a set off (or un-checks it).
    pub fn check_set(&mut self, id: SetId, done: bool) -> Result<(), LogError> {
        self.set_mut(id)?.done = done;
        self.touch();
        Ok(())
    }

    /// Records the weight and reps actually lifted.
    pub fn edit_actual(&mut self, id: SetId, weight: Weight, reps: u32) -> Result<(), LogError> {
        let weight = check_weight(weight)?;
        let reps = check_reps(reps)?;
        let set = self.set_mut(id)?;
        set.weight = weight;
        set.reps = reps;
        self.touch();
        Ok(())
    }

    /// Records an AMRAP result: the reps done and optionally the RPE; the set is
    /// checked off.
    pub fn record_amrap(&mut self, id: SetId, reps: u32, rpe: Option<Rpe>) -> Result<(), LogError> {
        let reps = check_reps(reps)?;
        let set = self.set_mut(id)?;
        set.reps = reps;
        set.rpe = rpe;
        set.done = true;
        self.touch();
        Ok(())
    }

    /// Sets or clears a set's RPE.
    pub fn set_rpe(&mut self, id: SetId, rpe: Option<Rpe>) -> Result<(), LogError> {
        self.set_mut(id)?.rpe = rpe;
        self.touch();
        Ok(())
    }

    /// Replaces a set's note.
    pub fn set_note(&mut self, id: SetId, note: impl Into<String>) -> Result<(), LogError> {
        self.set_mut(id)?.note = note.into();
        self.touch();
        Ok(())
    }

    /// Replaces the session's notes.
    pub fn set_notes(&mut self, notes: impl Into<String>) {
        self.notes = notes.into();
        self.touch();
    }

    /// The day it was lifted (the caller checks it: [`crate::limits::lifted_on`]).
    pub fn set_date(&mut self, date: Date) {
        self.date = date;
        self.touch();
    }

    /// Marks the session finished. Sets not checked off stay as they are (a
    /// skipped set is history too).
    pub fn finish(&mut self) {
        self.finished = true;
        self.rest = None;
        self.rest_lengths.clear();
        self.touch();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::from_ymd(2024, 3, 5).unwrap()
    }

    #[test]
    fn holds_read_as_seconds_with_what_was_added() {
        assert_eq!(
            logged_hold_text(Weight::zero(Unit::Kg), 42, Unit::Kg),
            "42 s"
        );
        assert_eq!(
            logged_hold_text(Weight::kg(10.0), 30, Unit::Kg),
            "30 s with 10 kg"
        );
        assert_eq!(
            logged_hold_text(Weight::lb(25.0), 30, Unit::Kg),
            "30 s with 25 lb (11.3 kg)"
        );
    }

    #[test]
    fn edits_bump_revision_and_validate() {
        let mut s = Session::new(SessionId::new("a"), day());
        let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
        let id = s
            .add_set(ex, LoggedSet::planned(SetKind::Amrap, Weight::kg(100.0), 5))
            .unwrap();
        let rev = s.revision;
        s.record_amrap(id, 9, Rpe::from_half_steps(17).ok())
            .unwrap();
        assert!(s.revision > rev);
        let set = s.set(id).unwrap();
        assert!(set.done);
        assert_eq!(set.reps, 9);
        assert_eq!(set.target_reps, Some(5));
        assert_eq!(s.record_amrap(id, 1000, None), Err(LogError::TooManyReps));
        assert_eq!(
            s.edit_actual(id, Weight::kg(-1.0), 5),
            Err(LogError::NegativeWeight)
        );
        assert_eq!(s.check_set(SetId(77), true), Err(LogError::NoSuchSet));
        assert_eq!(
            s.add_set(5, LoggedSet::done(SetKind::Work, Weight::kg(1.0), 1)),
            Err(LogError::NoSuchExercise)
        );
    }

    #[test]
    fn an_added_exercise_keeps_all_its_sets() {
        let mut s = Session::new(SessionId::new("a"), day());
        s.add_exercise(LoggedExercise::new("squat", "Squat"));
        let mut ex = LoggedExercise::new("run", "Run");
        ex.sets = vec![LoggedSet::done(SetKind::Accessory, Weight::kg(0.0), 5000); 2];
        let at = s.add_exercise(ex);
        let ids: Vec<SetId> = s.lifts[at].sets.iter().map(|x| x.id).collect();
        assert_eq!(ids, vec![SetId(0), SetId(1)]);
        assert_eq!(s.next_set_id, 2);
    }

    #[test]
    fn removed_ids_are_never_reused() {
        let mut s = Session::new(SessionId::new("a"), day());
        let ex = s.add_exercise(LoggedExercise::new("bench", "Bench"));
        let set = LoggedSet::done(SetKind::Work, Weight::kg(60.0), 5);
        let first = s.add_set(ex, set.clone()).unwrap();
        s.remove_set(first).unwrap();
        let second = s.add_set(ex, set).unwrap();
        assert_ne!(first, second);
        assert_eq!(s.removed_sets, vec![first]);
        assert_eq!(s.remove_set(first), Err(LogError::NoSuchSet));
    }
}
