//! Checks on what a link carries, so a hand-made link can't put an unusable or
//! hostile program into the app. Text stays text (Yew escapes it when shown);
//! these checks only refuse what no real program holds. The bounds are
//! generous multiples of the largest built-in program (training-math.md
//! §2–§4: at most 4 cycles of 4 weeks, 5 days a week, 6 exercises a day,
//! 10 sets in a group, 10 lifts).

use super::{Problem, SharedProgram};
use crate::limits;
use crate::program::{
    Advance, FailureAction, Load, Maxes, Percent, Program, ProgressionRule, Reps, SetGroup,
    SetScheme, UnitPair,
};
use crate::weight::{Weight, MAX_INPUT, MILLI};
use std::collections::BTreeSet;

/// Longest name or label (program, lift, cycle, week, day, stage, key), in
/// characters (Unicode scalar values): [`limits::MAX_NAME_CHARS`].
pub use crate::limits::MAX_NAME_CHARS;
/// Longest free text (summary, source, set note), in characters:
/// [`limits::MAX_TEXT_CHARS`].
pub use crate::limits::MAX_TEXT_CHARS;
/// Most lifts in a program, and most maxes in a link.
pub const MAX_LIFTS: usize = 64;
pub const MAX_CYCLES: usize = 12;
pub const MAX_WEEKS: usize = 26;
/// Days per week: two sessions a day, every day.
pub const MAX_DAYS: usize = 14;
pub const MAX_EXERCISES: usize = 30;
/// Set groups per exercise (or per stage), and stages per exercise.
pub const MAX_SET_GROUPS: usize = 30;
pub const MAX_STAGES: usize = 10;
/// Sets in one group.
pub const MAX_SETS: u32 = 100;
/// Reps in one set: [`limits::MAX_PLANNED_REPS`].
pub const MAX_REPS: u32 = limits::MAX_PLANNED_REPS;
/// Highest percentage anywhere in a shared program
/// ([`limits::MAX_LOAD_PERCENT`]).
pub const MAX_PERCENT: Percent = limits::MAX_LOAD_PERCENT;
/// Longest timed hold, in seconds: ten minutes is past any plank a program
/// writes.
pub const MAX_HOLD_SECONDS: u32 = 600;
/// Failure rules nest through `NextStage { last }`; GZCLP needs 2 levels.
pub const MAX_RULE_DEPTH: usize = 8;
/// Steps in an AMRAP table, consecutive failures, steps back.
pub const MAX_RULE_STEPS: u32 = 100;

/// Checks a whole shared program and its maxes.
pub fn shared(shared: &SharedProgram) -> Result<(), Problem> {
    program(&shared.program)?;
    if let Some(maxes) = &shared.maxes {
        self::maxes(maxes)?;
    }
    Ok(())
}

/// Checks one name: not over [`MAX_NAME_CHARS`], no control characters, and,
/// when `required`, not blank.
pub fn name(text: &str, required: bool) -> Result<(), Problem> {
    bounded_text(text, MAX_NAME_CHARS, false, Problem::NameTooLong)?;
    if required && text.trim().is_empty() {
        return Err(Problem::EmptyName);
    }
    Ok(())
}

/// Checks free text: not over [`MAX_TEXT_CHARS`]; line breaks allowed, no
/// other control characters.
pub fn text(text: &str) -> Result<(), Problem> {
    bounded_text(text, MAX_TEXT_CHARS, true, Problem::TextTooLong)
}

fn bounded_text(text: &str, most: usize, newlines: bool, too_long: Problem) -> Result<(), Problem> {
    if text
        .chars()
        .any(|c| c.is_control() && !(newlines && c == '\n'))
    {
        return Err(Problem::ControlCharacter);
    }
    // Bytes bound chars from above: cheap rejection before counting.
    if text.len() > most && text.chars().count() > most {
        return Err(too_long);
    }
    Ok(())
}

/// Checks a lift-key → max map: few enough lifts, sane keys, and each max a
/// weight from one plate step to the input limit ([`limits::loaded_weight`]).
pub fn maxes(maxes: &Maxes) -> Result<(), Problem> {
    if maxes.0.len() > MAX_LIFTS {
        return Err(Problem::TooMany("lifts"));
    }
    for (lift, max) in &maxes.0 {
        name(lift.as_str(), true)?;
        if limits::loaded_weight(*max).is_err() {
            return Err(Problem::Max);
        }
    }
    Ok(())
}

/// Checks that `n` is in `1..=most`, naming `what` in the problem.
pub fn count(n: usize, most: usize, what: &'static str) -> Result<(), Problem> {
    match n {
        0 => Err(Problem::NoneOf(what)),
        n if n > most => Err(Problem::TooMany(what)),
        _ => Ok(()),
    }
}

/// Checks a program's texts, counts, lifts, sets and progression rules.
pub fn program(p: &Program) -> Result<(), Problem> {
    name(&p.id, false)?;
    name(&p.name, true)?;
    text(&p.summary)?;
    text(&p.source)?;
    percent(p.training_max_percent)?;
    if p.training_max_percent.hundredths() == 0 {
        return Err(Problem::Percentage);
    }

    count(p.lifts.len(), MAX_LIFTS, "lifts")?;
    let mut keys = BTreeSet::new();
    for lift in &p.lifts {
        name(lift.key.as_str(), true)?;
        name(&lift.name, true)?;
        if !keys.insert(&lift.key) {
            return Err(Problem::Program("two lifts share one key".into()));
        }
        if let Some(movement) = &lift.movement {
            name(movement.as_str(), true)?;
        }
        if let Some(rule) = &lift.progression {
            progression(rule)?;
        }
    }
    for lift in &p.lifts {
        if let Some(of) = &lift.max_of {
            if !keys.contains(of) {
                return Err(unknown_lift(of.as_str()));
            }
        }
    }

    count(p.cycles.len(), MAX_CYCLES, "cycles")?;
    for cycle in &p.cycles {
        name(&cycle.name, false)?;
        count(cycle.weeks.len(), MAX_WEEKS, "weeks")?;
        for week in &cycle.weeks {
            name(&week.name, false)?;
            count(week.days.len(), MAX_DAYS, "days")?;
            for day in &week.days {
                name(&day.name, false)?;
                if day.exercises.len() > MAX_EXERCISES {
                    return Err(Problem::TooMany("exercises"));
                }
                for exercise in &day.exercises {
                    if !keys.contains(&exercise.lift) {
                        return Err(unknown_lift(exercise.lift.as_str()));
                    }
                    scheme(&exercise.sets)?;
                }
            }
        }
    }
    Ok(())
}

fn unknown_lift(key: &str) -> Problem {
    // Keys were checked as names, but this one may not be a listed lift's.
    let shown: String = key.chars().take(MAX_NAME_CHARS).collect();
    Problem::Program(format!("it uses a lift it doesn't define (“{shown}”)"))
}

fn scheme(sets: &SetScheme) -> Result<(), Problem> {
    match sets {
        SetScheme::Fixed(groups) => set_groups(groups),
        SetScheme::Staged(stages) => {
            count(stages.len(), MAX_STAGES, "stages")?;
            for stage in stages {
                name(&stage.name, false)?;
                set_groups(&stage.sets)?;
            }
            Ok(())
        }
    }
}

fn set_groups(groups: &[SetGroup]) -> Result<(), Problem> {
    count(groups.len(), MAX_SET_GROUPS, "sets")?;
    for group in groups {
        if group.count == 0 {
            return Err(Problem::NoneOf("sets"));
        }
        if group.count > MAX_SETS {
            return Err(Problem::TooMany("sets"));
        }
        reps(group.reps)?;
        match group.load {
            Load::Percent(p) | Load::PercentOfOneRepMax(p) => {
                limits::load_percent(p).map_err(|_| Problem::Percentage)?;
            }
            Load::Fixed(w) | Load::BodyweightPlus(w) if limits::logged_weight(w).is_err() => {
                return Err(Problem::Max)
            }
            // An Rpe is checked by its own type when it is read.
            Load::Fixed(_) | Load::BodyweightPlus(_) | Load::Rpe(_) | Load::Bodyweight => {}
        }
        if let Some(plus) = group.plus {
            increment(plus)?;
        }
        if let Some(note) = &group.note {
            text(note)?;
        }
    }
    Ok(())
}

fn reps(reps: Reps) -> Result<(), Problem> {
    let ok = match reps {
        Reps::Exact(n) => (1..=MAX_REPS).contains(&n),
        // A range is ordered by its type; only its top is bounded here.
        Reps::Range(range) => range.max() <= MAX_REPS,
        Reps::Amrap { min } => min <= MAX_REPS,
        Reps::Hold { seconds } => (1..=MAX_HOLD_SECONDS).contains(&seconds),
    };
    if ok {
        Ok(())
    } else {
        Err(Problem::Reps)
    }
}

fn percent(p: Percent) -> Result<(), Problem> {
    if p > MAX_PERCENT {
        Err(Problem::Percentage)
    } else {
        Ok(())
    }
}

fn within_input(w: Weight) -> bool {
    w.milli().abs() <= MAX_INPUT * MILLI
}

fn increment(inc: UnitPair) -> Result<(), Problem> {
    for w in [inc.kg, inc.lb] {
        if w.milli() < 0 || !within_input(w) {
            return Err(Problem::Program("an increment is out of range".into()));
        }
    }
    Ok(())
}

fn progression(rule: &ProgressionRule) -> Result<(), Problem> {
    match &rule.advance {
        Advance::Hold => {}
        Advance::Add(inc) | Advance::DoubleProgression(inc) => increment(*inc)?,
        Advance::Percent(p) => percent(*p)?,
        Advance::AmrapTable {
            set_min_reps,
            steps,
        } => {
            if *set_min_reps > MAX_REPS {
                return Err(Problem::Reps);
            }
            if steps.len() > MAX_RULE_STEPS as usize {
                return Err(Problem::TooMany("progression steps"));
            }
            for step in steps {
                if step.min_reps > MAX_REPS {
                    return Err(Problem::Reps);
                }
                increment(step.add)?;
            }
        }
    }
    if rule.after_failures > MAX_RULE_STEPS {
        return Err(Problem::TooMany("failures before a reset"));
    }
    failure(&rule.on_failure, 0)
}

fn failure(action: &FailureAction, depth: usize) -> Result<(), Problem> {
    if depth >= MAX_RULE_DEPTH {
        return Err(Problem::TooMany("nested failure rules"));
    }
    match action {
        FailureAction::Repeat => Ok(()),
        FailureAction::ResetBy(p) if *p > Percent::whole(100) => Err(Problem::Percentage),
        FailureAction::ResetBy(_) => Ok(()),
        FailureAction::StepBack(n) if *n > MAX_RULE_STEPS => Err(Problem::TooMany("steps back")),
        FailureAction::StepBack(_) => Ok(()),
        FailureAction::NextStage { last, .. } => failure(last, depth + 1),
        FailureAction::ReturnToFirstStage { add } => increment(*add),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::weight::Unit;

    #[test]
    fn names() {
        assert_eq!(name("Squat <script>alert(1)</script>", true), Ok(()));
        assert_eq!(name("Bänkpress 🏋", true), Ok(()));
        assert_eq!(name("a\u{0}b", true), Err(Problem::ControlCharacter));
        assert_eq!(name("a\nb", true), Err(Problem::ControlCharacter));
        assert_eq!(text("a\nb"), Ok(()));
        assert_eq!(text("a\rb"), Err(Problem::ControlCharacter));
        assert_eq!(text(&"x".repeat(301)), Err(Problem::TextTooLong));
        assert_eq!(name("a\u{9b}b", true), Err(Problem::ControlCharacter));
        assert_eq!(name(&"x".repeat(80), true), Ok(()));
        assert_eq!(name(&"x".repeat(81), true), Err(Problem::NameTooLong));
        // 80 two-byte characters are 160 bytes but still 80 characters.
        assert_eq!(name(&"é".repeat(80), true), Ok(()));
        assert_eq!(name("  ", true), Err(Problem::EmptyName));
        assert_eq!(name("", false), Ok(()));
    }

    #[test]
    fn max_bounds() {
        let one = |w: Weight| Maxes::new().with("squat", w);
        assert_eq!(maxes(&one(Weight::kg(140.0))), Ok(()));
        assert_eq!(maxes(&one(Weight::lb(2000.0))), Ok(()));
        assert_eq!(maxes(&one(Weight::lb(2000.001))), Err(Problem::Max));
        assert_eq!(maxes(&one(Weight::zero(Unit::Kg))), Err(Problem::Max));
        assert_eq!(maxes(&one(Weight::kg(-5.0))), Err(Problem::Max));
        let many = (0..65).fold(Maxes::new(), |m, i| {
            m.with(&format!("lift {i}"), Weight::kg(100.0))
        });
        assert_eq!(maxes(&many), Err(Problem::TooMany("lifts")));
    }

    #[test]
    fn nested_failure_rules_stop_at_the_depth_limit() {
        let mut action = FailureAction::Repeat;
        for _ in 0..MAX_RULE_DEPTH - 1 {
            action = FailureAction::NextStage {
                advance: false,
                last: Box::new(action),
            };
        }
        assert_eq!(failure(&action, 0), Ok(()));
        let deeper = FailureAction::NextStage {
            advance: false,
            last: Box::new(action),
        };
        assert_eq!(
            failure(&deeper, 0),
            Err(Problem::TooMany("nested failure rules"))
        );
    }
}
