//! The program the lifter is running: a copy of the [`Program`], each lift's
//! [`ProgressState`], the cycle number and where the next session is.
//!
//! The log starts today's session from [`ActiveProgram::next_day`] and, once
//! the session is finished, moves on with [`ActiveProgram::advance`] (and, when
//! that reports a finished cycle, runs [`crate::progression::propose`] with
//! [`crate::progression::Scope::Cycle`]). The plan view shows
//! [`ActiveProgram::plan`] and, for later cycles, [`project`]ed maxes.
//!
//! Stored in the document (`store::StoredDocument::program`) with short,
//! stable keys: `{"program": {..}, "progress": {..}, "cycle": 0, "next": [0, 0]}`.

use super::model::{LiftDef, LiftKey, Maxes, Program, SetScheme};
use super::plan::{generate, Plan, PlanError, PlanSettings, PlannedDay};
use crate::progression::{self, LiftState, ProgressState, Scope, SessionResult};
use crate::weight::Weight;
use serde::{Deserialize, Serialize};

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

/// The program being run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveProgram {
    /// The lifter's copy: later edits of a built-in or custom program don't
    /// change a running one.
    pub program: Program,
    /// Each lift's max, stage and failure streak (keyed by the lift's
    /// [`LiftDef::max_key`]).
    #[serde(default)]
    pub progress: ProgressState,
    /// 0-based cycle number (cycle `n` runs `program.cycle(n)`).
    #[serde(default)]
    pub cycle: u32,
    /// The next session to do in this cycle.
    #[serde(default)]
    pub next: Position,
}

/// The next session to lift, planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextDay {
    /// 0-based cycle.
    pub cycle: u32,
    /// Where it is in the cycle (always a real week and day).
    pub position: Position,
    pub week_name: String,
    pub day_name: String,
    /// "Week 1 · Day 1", for the session's label.
    pub label: String,
    /// The day's exercises with weights, plates and warm-ups.
    pub day: PlannedDay,
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

impl ActiveProgram {
    /// Starts `program` at cycle 1, week 1, day 1, each lift at its max in
    /// `maxes` (lifts without a max start without state; enter one with
    /// [`ActiveProgram::set_max`]).
    pub fn start(program: Program, maxes: &Maxes) -> ActiveProgram {
        let mut progress = ProgressState::default();
        for lift in required_lifts(&program) {
            if let Some(max) = maxes.get(&lift.key) {
                progress.0.insert(lift.key.clone(), LiftState::at(max));
            }
        }
        ActiveProgram {
            program,
            progress,
            cycle: 0,
            next: Position::default(),
        }
    }

    /// Sets (or clears) a lift's max, keeping its stage; clears its failure streak.
    pub fn set_max(&mut self, lift: &LiftKey, max: Option<Weight>) {
        match max {
            Some(max) => {
                let state = self
                    .progress
                    .0
                    .entry(lift.clone())
                    .or_insert(LiftState::at(max));
                state.max = max;
                state.failures = 0;
            }
            None => {
                self.progress.0.remove(lift);
            }
        }
    }

    /// `base` with each lift's current stage from the progress state.
    pub fn plan_settings(&self, base: &PlanSettings) -> PlanSettings {
        PlanSettings {
            stages: self.progress.stages(),
            ..base.clone()
        }
    }

    /// The current cycle, planned at the current maxes and stages.
    pub fn plan(&self, base: &PlanSettings) -> Result<Plan, PlanError> {
        generate(
            &self.program,
            &self.progress.maxes(),
            &self.plan_settings(base),
            self.cycle,
        )
    }

    /// The next planned day: [`ActiveProgram::next`] in the current cycle,
    /// at the current maxes and stages, with plates and warm-ups as `base`
    /// asks. A position past the cycle's end (the program's cycles differ in
    /// length) reads as the cycle's first day.
    pub fn next_day(&self, base: &PlanSettings) -> Result<NextDay, PlanError> {
        let position = self.valid_next().ok_or(PlanError::NoCycles)?;
        let mut plan = self.plan(base)?;
        let mut week = plan.weeks.swap_remove(position.week as usize);
        let day = week.days.swap_remove(position.day as usize);
        Ok(NextDay {
            cycle: self.cycle,
            position,
            label: format!("{} · {}", week.name, day.name),
            week_name: week.name,
            day_name: day.name.clone(),
            day,
        })
    }

    /// Moves past the next session (call it when that session is finished):
    /// the next day of the week, else the first day of the next week that
    /// has days, else the first day of the next cycle (`cycle_finished`).
    pub fn advance(&mut self) -> Advanced {
        let current = self.valid_next().unwrap_or_default();
        let weeks: Vec<u32> = self
            .program
            .cycle(self.cycle)
            .map(|c| c.weeks.iter().map(|w| w.days.len() as u32).collect())
            .unwrap_or_default();
        let later = (current.week as usize..weeks.len()).find_map(|w| {
            let from = if w == current.week as usize {
                current.day + 1
            } else {
                0
            };
            (from < weeks[w]).then_some(Position::new(w as u32, from))
        });
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

    /// `next` if it names a real day of the current cycle, else the cycle's
    /// first day; `None` when the cycle has no days at all.
    fn valid_next(&self) -> Option<Position> {
        let cycle = self.program.cycle(self.cycle)?;
        let ok = cycle
            .weeks
            .get(self.next.week as usize)
            .is_some_and(|w| (self.next.day as usize) < w.days.len());
        if ok {
            Some(self.next)
        } else {
            self.first_day()
        }
    }

    fn first_day(&self) -> Option<Position> {
        let cycle = self.program.cycle(self.cycle)?;
        let week = cycle.weeks.iter().position(|w| !w.days.is_empty())?;
        Some(Position::new(week as u32, 0))
    }
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
        let proposals = progression::propose(program, &state, &sessions, Scope::Cycle, &settings)
            .map_err(|e| match e {
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

    fn lb_maxes() -> Maxes {
        Maxes::new()
            .with("press", Weight::lb(150.0))
            .with("bench", Weight::lb(225.0))
            .with("squat", Weight::lb(285.0))
            .with("deadlift", Weight::lb(325.0))
    }

    #[test]
    fn start_takes_the_programs_maxes_only() {
        let maxes = lb_maxes().with("curl", Weight::lb(60.0));
        let active = ActiveProgram::start(bbb(), &maxes);
        assert_eq!(active.progress.0.len(), 4);
        assert_eq!(
            active.progress.get(&"squat".into()).unwrap().max,
            Weight::lb(285.0)
        );
        assert_eq!((active.cycle, active.next), (0, Position::new(0, 0)));
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
        let mut active = ActiveProgram::start(bbb(), &lb_maxes());
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let first = active.next_day(&settings).unwrap();
        assert_eq!(first.position, Position::new(0, 0));
        assert_eq!(
            first.label,
            format!("{} · {}", first.week_name, first.day_name)
        );
        assert!(!first.day.exercises.is_empty());

        let days: u32 = active.program.cycles[0]
            .weeks
            .iter()
            .map(|w| w.days.len() as u32)
            .sum();
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
    fn week_one_squat_top_set_is_85_percent_of_tm() {
        let active = ActiveProgram::start(bbb(), &lb_maxes());
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let plan = active.plan(&settings).unwrap();
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
        let plan = active.plan(&up).unwrap();
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
        let mut active = ActiveProgram::start(bbb(), &lb_maxes());
        active.next = Position::new(40, 9);
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        assert_eq!(
            active.next_day(&settings).unwrap().position,
            Position::new(0, 0)
        );
        let step = active.advance();
        assert_eq!(step.next, Position::new(0, 1));
    }

    #[test]
    fn missing_max_names_the_lift() {
        let maxes = Maxes::new().with("press", Weight::lb(150.0));
        let active = ActiveProgram::start(bbb(), &maxes);
        let settings = PlanSettings::for_program(&active.program, Unit::Lb);
        let err = active.plan(&settings).unwrap_err();
        assert!(matches!(err, PlanError::MissingMax { .. }));
        assert!(err.to_string().starts_with("Enter a max for "));
    }

    #[test]
    fn set_max_keeps_the_stage() {
        let mut active = ActiveProgram::start(bbb(), &lb_maxes());
        let squat = LiftKey::new("squat");
        active.progress.0.get_mut(&squat).unwrap().stage = 2;
        active.set_max(&squat, Some(Weight::lb(300.0)));
        let state = active.progress.get(&squat).unwrap();
        assert_eq!((state.max, state.stage), (Weight::lb(300.0), 2));
        active.set_max(&squat, None);
        assert!(active.progress.get(&squat).is_none());
    }

    #[test]
    fn projection_adds_each_cycles_tm_increase() {
        let program = bbb();
        let state = ProgressState::from_maxes(&lb_maxes());
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
        let active = ActiveProgram::start(bbb(), &lb_maxes());
        let json = serde_json::to_value(&active).unwrap();
        assert_eq!(json["next"], serde_json::json!([0, 0]));
        assert_eq!(json["cycle"], 0);
        let back: ActiveProgram = serde_json::from_value(json).unwrap();
        assert_eq!(back, active);
    }
}
