//! The program the lifter is running: a copy of the [`Program`], each lift's
//! [`ProgressState`], the cycle number and where the next session is.
//!
//! The log starts today's session from [`ActiveProgram::next_day`] and, once
//! the session is finished, moves on with [`ActiveProgram::advance`]. The
//! finished session is judged by [`crate::progression::propose`]: alone by
//! per-session rules, with its whole cycle by per-cycle rules when
//! [`ActiveProgram::advance`] reports the cycle finished. The plan view shows
//! [`ActiveProgram::plan`] and, for later cycles, [`project`]ed maxes.
//!
//! A running program keeps only what is its own: each lift's stage, failure
//! streak and working weight ([`LiftProgress`]). Training maxes and 1RMs are
//! read from the lifter's [`MaxTable`], so the calculator, the Program tab
//! and every program read one number.
//!
//! Stored in the document (`store::StoredDocument::program`) with short,
//! stable keys: `{"program": {..}, "progress": {..}, "cycle": 0, "next": [0, 0]}`.

use super::model::{LiftDef, LiftKey, MaxKind, Maxes, Program, SetScheme};
use super::plan::{generate, Plan, PlanError, PlanSettings, PlannedDay};
use crate::date::Date;
use crate::maxes::{MaxChange, MaxSource, MaxTable, OneRepMax};
use crate::progression::{self, Judged, LiftState, ProgressState, Proposal, SessionResult};
use crate::weight::Weight;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Where a session is in a cycle: 0-based week and day indexes into the
/// cycle template's `weeks[week].days[day]`. Stored as `[week, day]`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(from = "(u32, u32)", into = "(u32, u32)")]
pub struct Position {
    pub week: u32,
    pub day: u32,
}

impl Position {
    pub fn new(week: u32, day: u32) -> Position {
        Position { week, day }
    }
}

impl From<(u32, u32)> for Position {
    fn from((week, day): (u32, u32)) -> Position {
        Position { week, day }
    }
}

impl From<Position> for (u32, u32) {
    fn from(p: Position) -> (u32, u32) {
        (p.week, p.day)
    }
}

/// One lift's place in a running program: what belongs to this run of this
/// program and to nothing else. A training max or 1RM is not here: it is the
/// lifter's, kept once in [`crate::maxes::MaxTable`]; a working weight (the top
/// set a block climbs from) is, because it is this program's own number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LiftProgress {
    /// The current working weight, for a lift whose [`MaxKind`] is
    /// [`MaxKind::WorkWeight`]; `None` for every other kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_weight: Option<Weight>,
    /// Current stage, 0-based (5s are 0, 3s 1, singles 2).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub stage: u32,
    /// Failures in a row so far.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub failures: u32,
    /// The max when the lift last left its first stage (GZCLP T2, §3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_stage_max: Option<Weight>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The program being run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveProgram {
    /// The lifter's copy: later edits of a built-in or custom program don't
    /// change a running one.
    pub program: Program,
    /// Each lift's stage, failure streak and (for working-weight lifts) its
    /// working weight, keyed by the lift's [`LiftDef::max_key`].
    #[serde(default)]
    pub progress: BTreeMap<LiftKey, LiftProgress>,
    /// 0-based cycle number (cycle `n` runs `program.cycle(n)`).
    #[serde(default)]
    pub cycle: u32,
    /// The next session to do in this cycle.
    #[serde(default)]
    pub next: Position,
    /// Fields a newer build wrote that this one doesn't know, kept through
    /// a save ([`crate::store::Unknown`]).
    #[serde(flatten)]
    pub unknown: crate::store::Unknown,
}

/// The next session to lift, planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextDay {
    /// 0-based cycle.
    pub cycle: u32,
    /// Where it is in the cycle (always a real day with exercises).
    pub position: Position,
    pub week_name: String,
    pub day_name: String,
    /// "Week 3 · Day 1", for the session's label.
    pub label: String,
    /// The day's exercises with weights, plates and warm-ups.
    pub day: PlannedDay,
}

/// Where an edit left the running program's place ([`ActiveProgram::edited`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The next session is the same day as before.
    Kept,
    /// That day is gone: the next session is `to` (in the next cycle when
    /// `to` is not after `from`).
    Moved { from: Position, to: Position },
}

/// What [`ActiveProgram::advance`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advanced {
    /// The new next position.
    pub next: Position,
    /// The session just done was the cycle's last: `cycle` went up by one.
    /// Time to propose per-cycle progressions for the finished cycle.
    pub cycle_finished: bool,
}

/// Why confirmed proposals can't be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApplyError {
    /// A proposal names a lift the program doesn't have.
    UnknownLift { lift: LiftKey },
    /// A proposed max of zero or less.
    NotPositive { name: String },
}

impl fmt::Display for ApplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApplyError::UnknownLift { lift } => {
                write!(f, "The program no longer has the lift {lift}.")
            }
            ApplyError::NotPositive { name } => {
                write!(f, "The new max for {name} must be above zero.")
            }
        }
    }
}

impl std::error::Error for ApplyError {}

impl ActiveProgram {
    /// Starts `program` at cycle 1, week 1, its first day with exercises.
    /// `work_weights` are the first working weights of its working-weight
    /// lifts (others are read from the lifter's [`MaxTable`] as it goes).
    pub fn start(program: Program, work_weights: &Maxes) -> ActiveProgram {
        let mut progress = BTreeMap::new();
        for lift in own_max_lifts(&program) {
            if lift.max == MaxKind::WorkWeight {
                if let Some(w) = work_weights.get(&lift.key) {
                    progress.insert(
                        lift.key.clone(),
                        LiftProgress {
                            work_weight: Some(w),
                            ..LiftProgress::default()
                        },
                    );
                }
            }
        }
        let mut active = ActiveProgram {
            program,
            progress,
            cycle: 0,
            next: Position::default(),
            unknown: Default::default(),
        };
        active.next = active.first_day().unwrap_or_default();
        active
    }

    /// This run with `program` in place of its program, from the next
    /// session on: the cycle, stages, failure streaks and working weights
    /// stay. A lift the edit removed drops its progress; a working-weight
    /// lift the edit added, or whose written starting weight it changed (an
    /// accessory raised from 95 to 105 lb), takes its written weight. If the
    /// day the place points at is gone, the place moves to the next day with
    /// exercises ([`Place::Moved`]).
    pub fn edited(&self, program: Program) -> (ActiveProgram, Place) {
        let before = crate::program::starting_weights(&self.program);
        let written = crate::program::starting_weights(&program);
        let mut progress = self.progress.clone();
        progress.retain(|key, _| own_max_lifts(&program).any(|l| &l.key == key));
        for (key, weight) in written.0 {
            if before.get(&key) != Some(weight) {
                progress.entry(key).or_default().work_weight = Some(weight);
            }
        }
        let mut edited = ActiveProgram {
            program,
            progress,
            cycle: self.cycle,
            next: self.next,
            // What a newer build keeps with the running program stays.
            unknown: self.unknown.clone(),
        };
        let from = self.valid_next().unwrap_or_default();
        if edited.training_days().contains(&from) {
            edited.next = from;
            return (edited, Place::Kept);
        }
        match edited.training_days().into_iter().find(|p| *p > from) {
            Some(next) => edited.next = next,
            None => {
                edited.cycle += 1;
                edited.next = edited.first_day().unwrap_or_default();
            }
        }
        let to = edited.next;
        (edited, Place::Moved { from, to })
    }

    /// "Week 2 · Day 3" for `position` in this run's current cycle.
    pub fn day_label(&self, position: Position) -> String {
        let Some(cycle) = self.program.cycle(self.cycle) else {
            return String::new();
        };
        let week = cycle.weeks.get(position.week as usize);
        let day = week.and_then(|w| w.days.get(position.day as usize));
        session_label(
            self.cycle,
            cycle.weeks.len(),
            week.map_or("", |w| &w.name),
            day.map_or("", |d| &d.name),
            position,
        )
    }

    /// The lift (with its own max) for `key`.
    fn own_lift(&self, key: &LiftKey) -> Option<&LiftDef> {
        own_max_lifts(&self.program).find(|l| &l.key == key)
    }

    /// Every lift's state as progression and plans read it: the max from
    /// where its kind lives (the lifter's `maxes`, or this program's working
    /// weight), with this program's stage and streak. Lifts without a max
    /// yet are left out.
    pub fn state(&self, maxes: &MaxTable) -> ProgressState {
        let mut state = ProgressState::default();
        for lift in own_max_lifts(&self.program) {
            let progress = self.progress.get(&lift.key).copied().unwrap_or_default();
            let max = match lift.max {
                MaxKind::WorkWeight => progress.work_weight,
                kind => maxes.of_kind(&lift.key, kind),
            };
            if let Some(max) = max {
                state.0.insert(
                    lift.key.clone(),
                    LiftState {
                        max,
                        stage: progress.stage,
                        failures: progress.failures,
                        first_stage_max: progress.first_stage_max,
                    },
                );
            }
        }
        state
    }

    /// Sets (or clears) a working-weight lift's working weight, keeping its
    /// stage; clears its failure streak. Other kinds live in the lifter's
    /// [`MaxTable`] and are changed there.
    pub fn set_work_weight(&mut self, lift: &LiftKey, weight: Option<Weight>) {
        let entry = self.progress.entry(lift.clone()).or_default();
        entry.work_weight = weight;
        entry.failures = 0;
        if *entry == LiftProgress::default() {
            self.progress.remove(lift);
        }
    }

    /// Applies confirmed proposals: each lift's new max goes where its kind
    /// lives (a training max or 1RM into `maxes`, dated `today` for a 1RM; a
    /// working weight into this program), its stage and streak into this
    /// program. Nothing changes if any proposal is refused.
    pub fn apply(
        &mut self,
        maxes: &mut MaxTable,
        proposals: &[Proposal],
        today: Date,
    ) -> Result<(), ApplyError> {
        for p in proposals {
            let lift = self
                .own_lift(&p.lift)
                .ok_or_else(|| ApplyError::UnknownLift {
                    lift: p.lift.clone(),
                })?;
            if !p.to.max.is_positive() {
                return Err(ApplyError::NotPositive {
                    name: lift.name.clone(),
                });
            }
        }
        for p in proposals {
            let kind = self.own_lift(&p.lift).map(|l| l.max).unwrap_or_default();
            let to = p.to;
            let mut progress = LiftProgress {
                work_weight: None,
                stage: to.stage,
                failures: to.failures,
                first_stage_max: to.first_stage_max,
            };
            let change = match kind {
                MaxKind::WorkWeight => {
                    progress.work_weight = Some(to.max);
                    None
                }
                MaxKind::TrainingMax => Some(MaxChange::TrainingMax {
                    lift: p.lift.clone(),
                    max: Some(to.max),
                }),
                MaxKind::OneRepMax => Some(MaxChange::OneRepMax {
                    lift: p.lift.clone(),
                    max: Some(OneRepMax {
                        weight: to.max,
                        date: Some(today),
                        source: MaxSource::Estimated,
                    }),
                }),
            };
            if let Some(change) = change {
                // Checked above: the weight is positive and the key named.
                let _ = maxes.apply(change);
            }
            if progress == LiftProgress::default() {
                self.progress.remove(&p.lift);
            } else {
                self.progress.insert(p.lift.clone(), progress);
            }
        }
        Ok(())
    }

    /// `base` with each lift's current stage.
    pub fn plan_settings(&self, base: &PlanSettings) -> PlanSettings {
        PlanSettings {
            stages: crate::sort::map_from(self.progress.iter().map(|(k, p)| (k.clone(), p.stage))),
            ..base.clone()
        }
    }

    /// The current cycle, planned at the current maxes and stages.
    pub fn plan(&self, maxes: &MaxTable, base: &PlanSettings) -> Result<Plan, PlanError> {
        generate(
            &self.program,
            &self.state(maxes).maxes(),
            &self.plan_settings(base),
            self.cycle,
        )
    }

    /// The next planned day: [`ActiveProgram::next`] in the current cycle,
    /// at the current maxes and stages, with plates and warm-ups as `base`
    /// asks. A position that is no day with exercises (the program was
    /// edited, or its cycles differ in length) reads as the cycle's first.
    pub fn next_day(&self, maxes: &MaxTable, base: &PlanSettings) -> Result<NextDay, PlanError> {
        let position = self.valid_next().ok_or(PlanError::NoCycles)?;
        let mut plan = self.plan(maxes, base)?;
        let weeks_in_cycle = plan.weeks.len();
        let mut week = plan.weeks.swap_remove(position.week as usize);
        let day = week.days.swap_remove(position.day as usize);
        Ok(NextDay {
            cycle: self.cycle,
            position,
            label: session_label(self.cycle, weeks_in_cycle, &week.name, &day.name, position),
            week_name: week.name,
            day_name: day.name.clone(),
            day,
        })
    }

    /// Moves past the next session (call it when that session is finished):
    /// the next day with exercises in this cycle, else the first one of the
    /// next cycle (`cycle_finished`). Empty days are never a session.
    pub fn advance(&mut self) -> Advanced {
        let current = self.valid_next().unwrap_or_default();
        let later = self.training_days().into_iter().find(|p| *p > current);
        let cycle_finished = later.is_none();
        match later {
            Some(next) => self.next = next,
            None => {
                self.cycle += 1;
                self.next = self.first_day().unwrap_or_default();
            }
        }
        Advanced {
            next: self.next,
            cycle_finished,
        }
    }

    /// How many sessions the current cycle has (its days with exercises).
    pub fn sessions_in_cycle(&self) -> usize {
        self.training_days().len()
    }

    /// The days of the current cycle that have exercises, in order.
    fn training_days(&self) -> Vec<Position> {
        let Some(cycle) = self.program.cycle(self.cycle) else {
            return Vec::new();
        };
        cycle
            .weeks
            .iter()
            .enumerate()
            .flat_map(|(w, week)| {
                week.days
                    .iter()
                    .enumerate()
                    .filter(|(_, day)| !day.exercises.is_empty())
                    .map(move |(d, _)| Position::new(w as u32, d as u32))
            })
            .collect()
    }

    /// `next` if it names a day with exercises in the current cycle, else the
    /// cycle's first such day; `None` when the cycle has none.
    fn valid_next(&self) -> Option<Position> {
        let days = self.training_days();
        if days.contains(&self.next) {
            Some(self.next)
        } else {
            days.first().copied()
        }
    }

    fn first_day(&self) -> Option<Position> {
        self.training_days().first().copied()
    }
}

/// "Week 3 · Day 1": a program whose cycle is one week (the 5s/3s/1s block,
/// Texas Method) counts weeks across cycles; a longer cycle uses its own week
/// names ("Week 2" of a 5/3/1 cycle), or its week number when unnamed.
pub fn session_label(
    cycle: u32,
    weeks_in_cycle: usize,
    week_name: &str,
    day_name: &str,
    position: Position,
) -> String {
    let week = if weeks_in_cycle <= 1 {
        format!("Week {}", cycle + 1)
    } else if week_name.trim().is_empty() || week_name.trim() == "Week" {
        format!("Week {}", position.week + 1)
    } else {
        week_name.to_string()
    };
    let day = if day_name.trim().is_empty() {
        format!("Day {}", position.day + 1)
    } else {
        day_name.to_string()
    };
    format!("{week} · {day}")
}

/// The lifts that keep a max of their own (not another lift's, `max_of`).
fn own_max_lifts(program: &Program) -> impl Iterator<Item = &LiftDef> {
    program.lifts.iter().filter(|l| l.max_of.is_none())
}

/// The lifts whose max the lifter must enter to plan `program`: the owners
/// of every max a loaded set takes a percentage of (or an RPE set suggests
/// from), in the program's lift order, each once.
pub fn required_lifts(program: &Program) -> Vec<&LiftDef> {
    let mut keys: Vec<&LiftKey> = Vec::new();
    for exercise in program.exercises() {
        let groups: Vec<_> = match &exercise.sets {
            SetScheme::Fixed(g) => g.iter().collect(),
            SetScheme::Staged(stages) => stages.iter().flat_map(|s| &s.sets).collect(),
        };
        let needs_max = groups.iter().any(|g| g.load.needs_max());
        if !needs_max {
            continue;
        }
        if let Some(lift) = program.lift(&exercise.lift) {
            let key = lift.max_key();
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    program
        .lifts
        .iter()
        .filter(|l| keys.contains(&&l.key))
        .collect()
}

/// The progress state `cycles` cycles after `from` (starting at cycle
/// `cycle`), if the lifter makes every rep of every counted set (exactly the
/// minimum on AMRAP sets): what the plan view shows for later cycles.
/// Per-session rules step through each day, per-cycle rules once a cycle.
pub fn project(
    program: &Program,
    from: &ProgressState,
    cycle: u32,
    cycles: u32,
    base: &PlanSettings,
) -> Result<ProgressState, PlanError> {
    let mut state = from.clone();
    for n in cycle..cycle.saturating_add(cycles) {
        let settings = PlanSettings {
            stages: state.stages(),
            plates: false,
            warmups: false,
            ..base.clone()
        };
        let plan = generate(program, &state.maxes(), &settings, n)?;
        // Every rep made: each set's target (the minimum of a range or "5+").
        let sessions = SessionResult::all_from_plan(&plan, |_, target| target.min());
        let judged = Judged::whole_cycle(&sessions);
        let proposals =
            progression::propose(program, &state, judged, &settings).map_err(|e| match e {
                progression::ProgressionError::MissingMax { lift, name } => {
                    PlanError::MissingMax { lift, name }
                }
            })?;
        state.apply(&proposals);
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::builtin::{self, BuiltinOptions};
    use crate::program::{Load, Percent, Reps};
    use crate::weight::{Rounding, Unit};

    fn bbb() -> Program {
        builtin::build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    fn block() -> Program {
        builtin::build("5s-3s-1s", &BuiltinOptions::default()).unwrap()
    }

    fn lb_tms() -> MaxTable {
        MaxTable::new()
            .with_training_max("press", Weight::lb(150.0))
            .with_training_max("bench", Weight::lb(225.0))
            .with_training_max("squat", Weight::lb(285.0))
            .with_training_max("deadlift", Weight::lb(325.0))
    }

    fn today() -> Date {
        Date::from_ymd(2026, 12, 2).unwrap()
    }

    #[test]
    fn a_training_max_program_reads_the_lifters_maxes_and_keeps_none() {
        let active = ActiveProgram::start(bbb(), &Maxes::new());
        assert!(active.progress.is_empty(), "{:?}", active.progress);
        let state = active.state(&lb_tms());
        assert_eq!(state.0.len(), 4);
        assert_eq!(state.get(&"squat".into()).unwrap().max, Weight::lb(285.0));
        assert_eq!((active.cycle, active.next), (0, Position::new(0, 0)));
    }

    #[test]
    fn a_working_weight_program_keeps_its_own_and_never_touches_the_training_max() {
        let tms = lb_tms();
        let work = Maxes::new().with("deadlift", Weight::lb(265.0));
        let mut active = ActiveProgram::start(block(), &work);
        let deadlift = LiftKey::new("deadlift");
        assert_eq!(
            active.state(&tms).get(&deadlift).unwrap().max,
            Weight::lb(265.0)
        );
        let from = *active.state(&tms).get(&deadlift).unwrap();
        let to = LiftState {
            max: Weight::lb(275.0),
            stage: 1,
            ..from
        };
        let mut maxes = tms.clone();
        let proposal = Proposal {
            lift: deadlift.clone(),
            from,
            to,
            reason: String::new(),
        };
        active.apply(&mut maxes, &[proposal], today()).unwrap();
        assert_eq!(maxes, tms, "the 5/3/1 training maxes are untouched");
        let progress = active.progress[&deadlift];
        assert_eq!(
            (progress.work_weight, progress.stage),
            (Some(Weight::lb(275.0)), 1)
        );
    }

    #[test]
    fn applying_a_training_max_proposal_changes_the_lifters_training_max() {
        let mut active = ActiveProgram::start(bbb(), &Maxes::new());
        let mut maxes = lb_tms();
        let squat = LiftKey::new("squat");
        let from = *active.state(&maxes).get(&squat).unwrap();
        let up = Proposal {
            lift: squat.clone(),
            from,
            to: LiftState {
                max: Weight::lb(295.0),
                ..from
            },
            reason: String::new(),
        };
        active
            .apply(&mut maxes, std::slice::from_ref(&up), today())
            .unwrap();
        assert_eq!(maxes.training_max(&squat), Some(Weight::lb(295.0)));
        assert!(active.progress.is_empty());
        let zero = Proposal {
            to: LiftState {
                max: Weight::lb(0.0),
                ..from
            },
            ..up
        };
        let before = maxes.clone();
        assert!(matches!(
            active.apply(&mut maxes, &[zero], today()),
            Err(ApplyError::NotPositive { .. })
        ));
        assert_eq!(maxes, before);
    }

    #[test]
    fn required_lifts_are_the_four_mains_for_bbb() {
        let program = bbb();
        let keys: Vec<&str> = required_lifts(&program)
            .iter()
            .map(|l| l.key.as_str())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, vec!["bench", "deadlift", "press", "squat"]);
    }

    #[test]
    fn next_day_plans_the_position_and_advance_walks_the_cycle() {
        let maxes = lb_tms();
        let mut active = ActiveProgram::start(bbb(), &Maxes::new());
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let first = active.next_day(&maxes, &settings).unwrap();
        assert_eq!(first.position, Position::new(0, 0));
        assert_eq!(first.label, format!("Week 1 (5s) · {}", first.day_name));
        assert!(!first.day.exercises.is_empty());

        let days = active.sessions_in_cycle() as u32;
        let mut seen = vec![first.position];
        for i in 1..days {
            let step = active.advance();
            assert!(!step.cycle_finished, "cycle ended early at session {i}");
            seen.push(step.next);
        }
        // Every session visited once, in order.
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted);
        sorted.dedup();
        assert_eq!(sorted.len() as u32, days);

        let last = active.advance();
        assert!(last.cycle_finished);
        assert_eq!((active.cycle, active.next), (1, Position::new(0, 0)));
    }

    #[test]
    fn empty_days_are_skipped_and_a_one_day_week_counts_weeks() {
        let mut program = block();
        // The deadlift alone, once a week: day 1 emptied.
        program.cycles[0].weeks[0].days[0].exercises.clear();
        let work = Maxes::new()
            .with("deadlift", Weight::lb(265.0))
            .with("press", Weight::lb(95.0));
        let mut active = ActiveProgram::start(program, &work);
        assert_eq!(active.next, Position::new(0, 1));
        assert_eq!(active.sessions_in_cycle(), 1);
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        for week in 1..=3 {
            let next = active.next_day(&MaxTable::new(), &settings).unwrap();
            assert_eq!(next.position, Position::new(0, 1));
            assert_eq!(
                next.label,
                format!("Week {week} · {}", next.day_name),
                "week {week}"
            );
            assert!(active.advance().cycle_finished);
        }
    }

    #[test]
    fn session_labels_read_week_then_day() {
        let p = Position::new(1, 0);
        assert_eq!(session_label(3, 1, "Week", "Day 2", p), "Week 4 · Day 2");
        assert_eq!(session_label(0, 4, "Week 2", "Day 1", p), "Week 2 · Day 1");
        assert_eq!(session_label(0, 4, "", "", p), "Week 2 · Day 1");
    }

    #[test]
    fn week_one_squat_top_set_is_85_percent_of_tm() {
        let maxes = lb_tms();
        let active = ActiveProgram::start(bbb(), &Maxes::new());
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let plan = active.plan(&maxes, &settings).unwrap();
        let squat = plan.weeks[0]
            .days
            .iter()
            .flat_map(|d| &d.exercises)
            .find(|e| e.lift.as_str() == "squat")
            .unwrap();
        let top = &squat.sets[2];
        assert_eq!(top.reps, Reps::Amrap { min: 5 });
        assert_eq!(top.load, Load::Percent(Percent::whole(85)));
        // 0.85 × 285 = 242.25 → 240 to the nearest 5 lb.
        assert_eq!(top.weight, Some(Weight::lb(240.0)));
        let up = PlanSettings {
            rounding: Rounding::Up,
            ..settings
        };
        let plan = active.plan(&maxes, &up).unwrap();
        let top = plan.weeks[0]
            .days
            .iter()
            .flat_map(|d| &d.exercises)
            .find(|e| e.lift.as_str() == "squat")
            .unwrap()
            .sets[2]
            .weight;
        assert_eq!(top, Some(Weight::lb(245.0)));
    }

    #[test]
    fn a_bad_position_reads_as_the_first_day() {
        let mut active = ActiveProgram::start(bbb(), &Maxes::new());
        active.next = Position::new(40, 9);
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        assert_eq!(
            active.next_day(&lb_tms(), &settings).unwrap().position,
            Position::new(0, 0)
        );
        let step = active.advance();
        assert_eq!(step.next, Position::new(0, 1));
    }

    #[test]
    fn missing_max_names_the_lift() {
        let maxes = MaxTable::new().with_training_max("press", Weight::lb(150.0));
        let active = ActiveProgram::start(bbb(), &Maxes::new());
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let err = active.plan(&maxes, &settings).unwrap_err();
        assert!(matches!(err, PlanError::MissingMax { .. }));
        assert!(err.to_string().starts_with("Enter a max for "));
    }

    #[test]
    fn set_work_weight_keeps_the_stage() {
        let work = Maxes::new().with("squat", Weight::lb(200.0));
        let mut active = ActiveProgram::start(block(), &work);
        let squat = LiftKey::new("squat");
        active.progress.get_mut(&squat).unwrap().stage = 2;
        active.set_work_weight(&squat, Some(Weight::lb(300.0)));
        let state = active.progress[&squat];
        assert_eq!(
            (state.work_weight, state.stage),
            (Some(Weight::lb(300.0)), 2)
        );
        active.set_work_weight(&squat, None);
        assert_eq!(active.progress[&squat].stage, 2);
        assert!(active.state(&MaxTable::new()).get(&squat).is_none());
    }

    #[test]
    fn projection_adds_each_cycles_tm_increase() {
        let program = bbb();
        let state = ActiveProgram::start(program.clone(), &Maxes::new()).state(&lb_tms());
        let settings = PlanSettings::for_program(&program, Unit::Lb);
        let same = project(&program, &state, 0, 0, &settings).unwrap();
        assert_eq!(same, state);
        let two = project(&program, &state, 0, 2, &settings).unwrap();
        // +10 lb lower body, +5 lb upper body per cycle (§2.5).
        assert_eq!(two.get(&"squat".into()).unwrap().max, Weight::lb(305.0));
        assert_eq!(two.get(&"press".into()).unwrap().max, Weight::lb(160.0));
    }

    #[test]
    fn stored_form_is_compact_and_round_trips() {
        let work = Maxes::new().with("squat", Weight::lb(200.0));
        let active = ActiveProgram::start(block(), &work);
        let json = serde_json::to_value(&active).unwrap();
        assert_eq!(json["next"], serde_json::json!([0, 0]));
        assert_eq!(json["cycle"], 0);
        assert_eq!(
            json["progress"]["squat"],
            serde_json::json!({"work_weight": {"milli": 200000, "unit": "lb"}})
        );
        let back: ActiveProgram = serde_json::from_value(json).unwrap();
        assert_eq!(back, active);
    }
}
