//! Exercises on a day, their set groups (count, reps, load) and staged
//! schemes (stage names and their groups: 5s/3s/Singles, GZCLP's
//! 5×3+/6×2+/10×1+).

use super::{check_name, shift, DayAt, Direction, EditError, ExerciseAt, GroupAt, StageAt};
use crate::program::load::{Load, Percent, Reps};
use crate::program::model::{Day, Exercise, LiftKey, Program, SetGroup, SetScheme, Stage};
use crate::share::validate::{
    MAX_EXERCISES, MAX_HOLD_SECONDS, MAX_PERCENT, MAX_REPS, MAX_SETS, MAX_SET_GROUPS, MAX_STAGES,
};

pub(crate) fn day_mut(program: &mut Program, at: DayAt) -> Result<&mut Day, EditError> {
    program
        .cycles
        .get_mut(at.week.cycle)
        .and_then(|c| c.weeks.get_mut(at.week.week))
        .and_then(|w| w.days.get_mut(at.day))
        .ok_or(EditError::Gone)
}

pub(crate) fn exercise_mut(
    program: &mut Program,
    at: ExerciseAt,
) -> Result<&mut Exercise, EditError> {
    day_mut(program, at.day)?
        .exercises
        .get_mut(at.exercise)
        .ok_or(EditError::Gone)
}

/// The set groups of a stage (a fixed scheme's groups are stage 0).
pub(crate) fn groups_mut(
    program: &mut Program,
    at: StageAt,
) -> Result<&mut Vec<SetGroup>, EditError> {
    match &mut exercise_mut(program, at.exercise)?.sets {
        SetScheme::Fixed(groups) if at.stage == 0 => Ok(groups),
        SetScheme::Fixed(_) => Err(EditError::Gone),
        SetScheme::Staged(stages) => stages
            .get_mut(at.stage)
            .map(|s| &mut s.sets)
            .ok_or(EditError::Gone),
    }
}

fn group_mut(program: &mut Program, at: GroupAt) -> Result<&mut SetGroup, EditError> {
    groups_mut(program, at.stage)?
        .get_mut(at.group)
        .ok_or(EditError::Gone)
}

/// A new exercise of `lift`: main work, 3 × 5 at 75 %, warmed up.
pub fn new_exercise(lift: &LiftKey) -> Exercise {
    Exercise::main(
        lift.as_str(),
        vec![SetGroup::percent(3, Reps::Exact(5), Percent::whole(75))],
    )
}

/// Adds `exercise` at the end of `day`; returns its index.
pub fn add_exercise(
    program: &mut Program,
    day: DayAt,
    exercise: Exercise,
) -> Result<usize, EditError> {
    if program.lift(&exercise.lift).is_none() {
        return Err(EditError::Gone);
    }
    let day = day_mut(program, day)?;
    if day.exercises.len() >= MAX_EXERCISES {
        return Err(EditError::TooMany {
            what: "exercises a day",
            most: MAX_EXERCISES,
        });
    }
    day.exercises.push(exercise);
    Ok(day.exercises.len() - 1)
}

/// Removes an exercise from its day (the lift stays in the program).
pub fn remove_exercise(program: &mut Program, at: ExerciseAt) -> Result<Exercise, EditError> {
    let day = day_mut(program, at.day)?;
    if at.exercise >= day.exercises.len() {
        return Err(EditError::Gone);
    }
    Ok(day.exercises.remove(at.exercise))
}

/// Moves an exercise one place up or down its day; returns its new index.
pub fn move_exercise(
    program: &mut Program,
    at: ExerciseAt,
    direction: Direction,
) -> Result<usize, EditError> {
    shift(
        &mut day_mut(program, at.day)?.exercises,
        at.exercise,
        direction,
    )
}

/// Adds a set group to a stage, like its last one (or 1 × 5 at 75 %);
/// returns its index.
pub fn add_group(program: &mut Program, at: StageAt) -> Result<usize, EditError> {
    let groups = groups_mut(program, at)?;
    if groups.len() >= MAX_SET_GROUPS {
        return Err(EditError::TooMany {
            what: "set groups",
            most: MAX_SET_GROUPS,
        });
    }
    let next = groups
        .last()
        .map(|g| SetGroup {
            count: 1,
            ..g.clone()
        })
        .unwrap_or_else(|| SetGroup::percent(1, Reps::Exact(5), Percent::whole(75)));
    groups.push(next);
    Ok(groups.len() - 1)
}

/// Removes a set group; a stage keeps at least one.
pub fn remove_group(program: &mut Program, at: GroupAt) -> Result<(), EditError> {
    let groups = groups_mut(program, at.stage)?;
    if at.group >= groups.len() {
        return Err(EditError::Gone);
    }
    if groups.len() == 1 {
        return Err(EditError::LastGroup);
    }
    groups.remove(at.group);
    Ok(())
}

/// Sets how many sets a group has (1 to [`MAX_SETS`]).
pub fn set_count(program: &mut Program, at: GroupAt, count: u32) -> Result<(), EditError> {
    if !(1..=MAX_SETS).contains(&count) {
        return Err(EditError::WholeNumber {
            what: "Sets",
            min: 1,
            max: MAX_SETS,
        });
    }
    group_mut(program, at)?.count = count;
    Ok(())
}

/// Checks reps a lifter entered: 1 to [`MAX_REPS`] reps (an AMRAP's minimum
/// may be 0), a range's top within the same bound, a hold 1 to
/// [`MAX_HOLD_SECONDS`] seconds. A range is ordered by its type.
pub fn check_reps(reps: Reps) -> Result<Reps, EditError> {
    let (n, what, min, max) = match reps {
        Reps::Exact(n) => (n, "Reps", 1, MAX_REPS),
        Reps::Amrap { min } => (min, "Reps", 0, MAX_REPS),
        Reps::Range(r) => (r.max(), "Most reps", 1, MAX_REPS),
        Reps::Hold { seconds } => (seconds, "Seconds", 1, MAX_HOLD_SECONDS),
    };
    if (min..=max).contains(&n) {
        Ok(reps)
    } else {
        Err(EditError::WholeNumber { what, min, max })
    }
}

/// Sets a group's reps (exact, range, AMRAP or hold).
pub fn set_reps(program: &mut Program, at: GroupAt, reps: Reps) -> Result<(), EditError> {
    group_mut(program, at)?.reps = check_reps(reps)?;
    Ok(())
}

/// Checks a load a lifter entered: percentages 1–200 %, weights above zero.
pub fn check_load(load: Load) -> Result<Load, EditError> {
    match load {
        Load::Percent(p) | Load::PercentOfOneRepMax(p)
            if p.hundredths() == 0 || p > MAX_PERCENT =>
        {
            Err(EditError::Percentage)
        }
        Load::Fixed(w) | Load::BodyweightPlus(w) if !w.is_positive() => {
            Err(EditError::WeightNotPositive)
        }
        other => Ok(other),
    }
}

/// Sets a group's load.
pub fn set_load(program: &mut Program, at: GroupAt, load: Load) -> Result<(), EditError> {
    group_mut(program, at)?.load = check_load(load)?;
    Ok(())
}

/// Turns a fixed scheme into a staged one whose first stage is the current
/// sets, named `name`; a staged exercise is left as it is.
pub fn make_staged(program: &mut Program, at: ExerciseAt, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    let exercise = exercise_mut(program, at)?;
    if let SetScheme::Fixed(groups) = &exercise.sets {
        exercise.sets = SetScheme::Staged(vec![Stage {
            name: name.trim().to_string(),
            sets: groups.clone(),
        }]);
    }
    Ok(())
}

/// Adds a stage named `name` after the last, with the last stage's sets;
/// returns its index. A fixed scheme becomes staged first (its sets are
/// stage 1, "Stage 1").
pub fn add_stage(program: &mut Program, at: ExerciseAt, name: &str) -> Result<usize, EditError> {
    check_name(name)?;
    make_staged(program, at, "Stage 1")?;
    let SetScheme::Staged(stages) = &mut exercise_mut(program, at)?.sets else {
        return Err(EditError::Gone);
    };
    if stages.len() >= MAX_STAGES {
        return Err(EditError::TooMany {
            what: "stages",
            most: MAX_STAGES,
        });
    }
    let sets = stages.last().map(|s| s.sets.clone()).unwrap_or_default();
    stages.push(Stage {
        name: name.trim().to_string(),
        sets,
    });
    Ok(stages.len() - 1)
}

fn stages_mut(program: &mut Program, at: ExerciseAt) -> Result<&mut Vec<Stage>, EditError> {
    match &mut exercise_mut(program, at)?.sets {
        SetScheme::Staged(stages) => Ok(stages),
        SetScheme::Fixed(_) => Err(EditError::NotThisKind("staged exercises")),
    }
}

/// Renames a stage ("5s", "6×2+").
pub fn rename_stage(program: &mut Program, at: StageAt, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    stages_mut(program, at.exercise)?
        .get_mut(at.stage)
        .ok_or(EditError::Gone)?
        .name = name.trim().to_string();
    Ok(())
}

/// Removes a stage; the last one stays. When one stage is left the scheme
/// stays staged (its name still shows in the log).
pub fn remove_stage(program: &mut Program, at: StageAt) -> Result<(), EditError> {
    let stages = stages_mut(program, at.exercise)?;
    if at.stage >= stages.len() {
        return Err(EditError::Gone);
    }
    if stages.len() == 1 {
        return Err(EditError::LastStage);
    }
    stages.remove(at.stage);
    Ok(())
}

/// Moves a stage one place earlier or later in the order a lift steps
/// through them; returns its new index.
pub fn move_stage(
    program: &mut Program,
    at: StageAt,
    direction: Direction,
) -> Result<usize, EditError> {
    shift(stages_mut(program, at.exercise)?, at.stage, direction)
}
