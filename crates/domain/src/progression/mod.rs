//! Progression: from a session's or cycle's results to proposed next maxes
//! and stages.
//!
//! [`propose`] reads each lift's [`ProgressionRule`] (plain data in the
//! program) and only proposes; the app applies a proposal
//! ([`ProgressState::apply`]) after the lifter confirms it.

mod results;
mod state;

pub use results::{Judged, LiftResult, SessionResult, SetResult};
pub use state::{LiftState, ProgressState};

use crate::program::{
    Advance, Cadence, FailureAction, LiftDef, LiftKey, PlanSettings, Program, ProgressionRule,
    SetScheme,
};
use crate::weight::{Rounding, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A proposed change to one lift's state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub lift: LiftKey,
    pub from: LiftState,
    pub to: LiftState,
    /// Why, in a lifter's words ("All reps done: +5 lb.").
    pub reason: String,
}

/// Why no proposal could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressionError {
    /// Results for a progressing lift that has no state (no max entered).
    MissingMax { lift: LiftKey, name: String },
}

impl fmt::Display for ProgressionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressionError::MissingMax { name, .. } => write!(f, "Enter a max for {name}."),
        }
    }
}

impl std::error::Error for ProgressionError {}

/// Proposes next states for every lift of `program` that has a rule and
/// results in `judged`, from `state`.
///
/// Each rule says its kind in the program ([`Cadence`]): a per-session rule
/// steps through [`Judged`]'s new sessions with the lift, one step each; a
/// per-cycle rule judges a finished cycle's sessions together, one step. A
/// lift fails when the lifter marked form breaking or any counted set fell
/// short of its minimum reps. Results for lifts without a rule, or not in
/// the program, are ignored. Weights computed by percentage are rounded to
/// `settings.increment`.
pub fn propose(
    program: &Program,
    state: &ProgressState,
    judged: Judged<'_>,
    settings: &PlanSettings,
) -> Result<Vec<Proposal>, ProgressionError> {
    let mut proposals = Vec::new();
    for lift in &program.lifts {
        let Some(rule) = &lift.progression else {
            continue;
        };
        let outcomes = |sessions: &[SessionResult]| -> Vec<Outcome> {
            sessions
                .iter()
                .filter_map(|session| Outcome::of(session, &lift.key))
                .collect()
        };
        let steps = match (rule.cadence, judged.cycle) {
            (Cadence::Session, _) => outcomes(judged.sessions),
            (Cadence::Cycle, Some(cycle)) => {
                let all = outcomes(cycle);
                if all.is_empty() {
                    all
                } else {
                    vec![Outcome::merge(all)]
                }
            }
            (Cadence::Cycle, None) => continue,
        };
        if steps.is_empty() {
            continue;
        }
        // A fixed-weight accessory without state yet starts at the weight
        // the program writes for it.
        let from = match state.get(&lift.key) {
            Some(s) => *s,
            None => crate::program::follows_working_weight(program, lift)
                .then(|| crate::program::fixed_start(program, &lift.key))
                .flatten()
                .map(LiftState::at)
                .ok_or_else(|| ProgressionError::MissingMax {
                    lift: lift.key.clone(),
                    name: lift.name.clone(),
                })?,
        };
        let engine = Engine {
            program,
            lift,
            rule,
            settings,
        };
        let mut to = from;
        let mut reasons = Vec::new();
        for outcome in &steps {
            let (next, reason) = engine.step(to, outcome);
            to = next;
            reasons.push(reason);
        }
        proposals.push(Proposal {
            lift: lift.key.clone(),
            from,
            to,
            reason: reasons.join(" "),
        });
    }
    Ok(proposals)
}

/// One judgment's worth of results for a lift.
struct Outcome {
    sets: Vec<SetResult>,
    form_broke: bool,
}

impl Outcome {
    /// The counted sets of `lift` in `session`, if there are any (or form broke).
    fn of(session: &SessionResult, lift: &LiftKey) -> Option<Outcome> {
        let mut outcome = Outcome {
            sets: Vec::new(),
            form_broke: false,
        };
        for r in session.lifts.iter().filter(|r| &r.lift == lift) {
            outcome.form_broke |= r.form_broke;
            outcome
                .sets
                .extend(r.sets.iter().filter(|s| s.counts).copied());
        }
        (outcome.form_broke || !outcome.sets.is_empty()).then_some(outcome)
    }

    fn merge(outcomes: Vec<Outcome>) -> Outcome {
        Outcome {
            form_broke: outcomes.iter().any(|o| o.form_broke),
            sets: outcomes.into_iter().flat_map(|o| o.sets).collect(),
        }
    }

    fn success(&self) -> bool {
        !self.form_broke && self.sets.iter().all(SetResult::met)
    }

    /// Every counted set reached the top of its target (a range's top).
    fn all_at_top(&self) -> bool {
        self.sets.iter().all(|s| s.achieved >= s.target.top())
    }

    /// Most reps done on an AMRAP set whose minimum is `min`.
    fn amrap_reps(&self, min: u32) -> Option<u32> {
        self.sets
            .iter()
            .filter(|s| s.target.is_amrap() && s.target.min() == min)
            .map(|s| s.achieved)
            .max()
    }
}

struct Engine<'a> {
    program: &'a Program,
    lift: &'a LiftDef,
    rule: &'a ProgressionRule,
    settings: &'a PlanSettings,
}

impl Engine<'_> {
    fn step(&self, state: LiftState, outcome: &Outcome) -> (LiftState, String) {
        if outcome.success() {
            return self.succeed(state, outcome);
        }
        let why = if outcome.form_broke {
            "Form broke"
        } else {
            "Missed reps"
        };
        let failures = state.failures + 1;
        let needed = self.rule.after_failures.max(1);
        if failures < needed {
            let next = LiftState { failures, ..state };
            let reason = format!(
                "{why} ({failures} of {needed} in a row): same weight, {}.",
                state.max
            );
            return (next, reason);
        }
        let cleared = LiftState {
            failures: 0,
            ..state
        };
        let (next, what) = self.fail(cleared, &self.rule.on_failure);
        let streak = if needed > 1 {
            format!(" {needed} times in a row")
        } else {
            String::new()
        };
        (next, format!("{why}{streak}: {what}"))
    }

    fn succeed(&self, state: LiftState, outcome: &Outcome) -> (LiftState, String) {
        let state = LiftState {
            failures: 0,
            ..state
        };
        let max = state.max;
        let (to, what) = match &self.rule.advance {
            Advance::DoubleProgression(inc) => {
                if !outcome.all_at_top() {
                    let next = LiftState { max, ..state };
                    let reason = format!(
                        "Not every set reached the top of its range yet: same weight, {max}."
                    );
                    return (next, reason);
                }
                let add = inc.pick(max.unit());
                let to = max.plus(add);
                let reason = format!(
                    "Top of the range on every set: +{add} ({to}), back to the fewest reps."
                );
                return (LiftState { max: to, ..state }, reason);
            }
            Advance::Hold => (max, "same weight".to_string()),
            Advance::Add(inc) => {
                let add = inc.pick(max.unit());
                (max.plus(add), format!("+{add}"))
            }
            Advance::Percent(p) => {
                let to = self.round(max.plus(p.of(max)));
                (to, format!("+{p}"))
            }
            Advance::AmrapTable {
                set_min_reps,
                steps,
            } => match outcome.amrap_reps(*set_min_reps) {
                None => (max, format!("no {set_min_reps}+ set logged, same weight")),
                Some(reps) => {
                    let step = steps
                        .iter()
                        .filter(|s| s.min_reps <= reps)
                        .max_by_key(|s| s.min_reps);
                    match step {
                        Some(s) => {
                            let add = s.add.pick(max.unit());
                            (
                                max.plus(add),
                                format!("{reps} reps on the {set_min_reps}+ set, +{add}"),
                            )
                        }
                        None => (
                            max,
                            format!("{reps} reps on the {set_min_reps}+ set, same weight"),
                        ),
                    }
                }
            },
        };
        let reason = format!("All reps done: {what} ({to}).");
        (LiftState { max: to, ..state }, reason)
    }

    /// Applies a failure action; returns the new state and what happened.
    fn fail(&self, state: LiftState, action: &FailureAction) -> (LiftState, String) {
        let max = state.max;
        match action {
            FailureAction::Repeat => (state, format!("same weight, {max}.")),
            FailureAction::ResetBy(p) => {
                let to = self.at_least_step(self.round(max.minus(p.of(max))));
                (LiftState { max: to, ..state }, format!("{p} off, {to}."))
            }
            FailureAction::StepBack(n) => {
                let inc = match self.increment() {
                    Some(inc) => inc.pick(max.unit()),
                    None => Weight::zero(max.unit()),
                };
                let to = self.at_least_step(max.minus(inc.times(i64::from(*n))));
                let what = format!("back {n} × {inc}, {to}.");
                (LiftState { max: to, ..state }, what)
            }
            FailureAction::NextStage { advance, last } => {
                let count = self.program.stage_count(&self.lift.key);
                if state.stage + 1 < count {
                    let stage = state.stage + 1;
                    let first_stage_max = if state.stage == 0 {
                        Some(max)
                    } else {
                        state.first_stage_max
                    };
                    let to = match (self.increment(), advance) {
                        (Some(inc), true) => max.plus(inc.pick(max.unit())),
                        _ => max,
                    };
                    let next = LiftState {
                        max: to,
                        stage,
                        failures: 0,
                        first_stage_max,
                    };
                    (next, format!("on to {}, {to}.", self.stage_name(stage)))
                } else {
                    let (after, what) = self.fail(state, last);
                    let next = LiftState {
                        stage: 0,
                        first_stage_max: None,
                        ..after
                    };
                    let back = format!("last stage missed, back to {}: {what}", self.stage_name(0));
                    (next, back)
                }
            }
            FailureAction::ReturnToFirstStage { add } => {
                let base = state.first_stage_max.unwrap_or(max);
                let add = add.pick(base.unit());
                let to = base.plus(add);
                let next = LiftState {
                    max: to,
                    stage: 0,
                    failures: 0,
                    first_stage_max: None,
                };
                (
                    next,
                    format!("last {} weight +{add}, {to}.", self.stage_name(0)),
                )
            }
        }
    }

    /// The fixed amount the rule adds on success, if it adds one.
    fn increment(&self) -> Option<crate::program::UnitPair> {
        match &self.rule.advance {
            Advance::Add(inc) | Advance::DoubleProgression(inc) => Some(*inc),
            _ => None,
        }
    }

    /// `w` rounded to the settings' step (as it is, for settings without one).
    fn round(&self, w: Weight) -> Weight {
        match self.settings.step() {
            Some(step) => w.round_to(step, Rounding::Nearest),
            None => w,
        }
    }

    /// Never propose a max of zero or less: one rounding step at least.
    fn at_least_step(&self, w: Weight) -> Weight {
        let step = match self.settings.step() {
            Some(step) => step.to(w.unit()).weight(),
            None => Weight::zero(w.unit()),
        };
        if w.cmp_mass(step).is_lt() {
            step
        } else {
            w
        }
    }

    /// The stage's name from the lift's staged exercise ("6×2+"), or "stage N".
    fn stage_name(&self, stage: u32) -> String {
        self.program
            .exercises()
            .filter(|e| e.lift == self.lift.key)
            .find_map(|e| match &e.sets {
                SetScheme::Staged(stages) => stages.get(stage as usize).map(|s| s.name.clone()),
                SetScheme::Fixed(_) => None,
            })
            .unwrap_or_else(|| format!("stage {}", stage + 1))
    }
}
