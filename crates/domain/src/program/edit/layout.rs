//! Weeks and days: add, remove, move up or down, rename, and how many days
//! each week of a cycle has.

use super::{check_name, shift, DayAt, Direction, EditError, WeekAt};
use crate::program::model::{Cycle, Day, Program, Week};
use crate::share::validate::{MAX_DAYS, MAX_WEEKS};

fn cycle_mut(program: &mut Program, cycle: usize) -> Result<&mut Cycle, EditError> {
    program.cycles.get_mut(cycle).ok_or(EditError::Gone)
}

fn week_mut(program: &mut Program, at: WeekAt) -> Result<&mut Week, EditError> {
    cycle_mut(program, at.cycle)?
        .weeks
        .get_mut(at.week)
        .ok_or(EditError::Gone)
}

/// "Day 3": the first "Day n" no day of `days` is called.
fn next_day_name(days: &[Day]) -> String {
    (days.len() + 1..)
        .map(|n| format!("Day {n}"))
        .find(|name| days.iter().all(|d| &d.name != name))
        .expect("some name is free")
}

/// Adds a week at the end of `cycle`, with as many empty days as its last
/// week has (named like them), named "Week n"; returns its index.
pub fn add_week(program: &mut Program, cycle: usize) -> Result<usize, EditError> {
    let cycle = cycle_mut(program, cycle)?;
    if cycle.weeks.len() >= MAX_WEEKS {
        return Err(EditError::TooMany {
            what: "weeks a cycle",
            most: MAX_WEEKS,
        });
    }
    let days = match cycle.weeks.last() {
        Some(last) => last
            .days
            .iter()
            .map(|d| Day {
                name: d.name.clone(),
                exercises: Vec::new(),
            })
            .collect(),
        None => vec![Day {
            name: "Day 1".into(),
            exercises: Vec::new(),
        }],
    };
    let name = (cycle.weeks.len() + 1..)
        .map(|n| format!("Week {n}"))
        .find(|name| cycle.weeks.iter().all(|w| &w.name != name))
        .expect("some name is free");
    cycle.weeks.push(Week { name, days });
    Ok(cycle.weeks.len() - 1)
}

/// Removes a week; a cycle keeps at least one.
pub fn remove_week(program: &mut Program, at: WeekAt) -> Result<Week, EditError> {
    let cycle = cycle_mut(program, at.cycle)?;
    if at.week >= cycle.weeks.len() {
        return Err(EditError::Gone);
    }
    if cycle.weeks.len() == 1 {
        return Err(EditError::LastWeek);
    }
    Ok(cycle.weeks.remove(at.week))
}

/// Moves a week one place earlier or later; returns its new index.
pub fn move_week(
    program: &mut Program,
    at: WeekAt,
    direction: Direction,
) -> Result<usize, EditError> {
    shift(&mut cycle_mut(program, at.cycle)?.weeks, at.week, direction)
}

/// Renames a week ("Week 1 (5s)").
pub fn rename_week(program: &mut Program, at: WeekAt, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    week_mut(program, at)?.name = name.trim().to_string();
    Ok(())
}

/// Adds an empty day at the end of a week ("Day n"); returns its index.
pub fn add_day(program: &mut Program, at: WeekAt) -> Result<usize, EditError> {
    let week = week_mut(program, at)?;
    if week.days.len() >= MAX_DAYS {
        return Err(EditError::TooMany {
            what: "days a week",
            most: MAX_DAYS,
        });
    }
    let name = next_day_name(&week.days);
    week.days.push(Day {
        name,
        exercises: Vec::new(),
    });
    Ok(week.days.len() - 1)
}

/// Removes a day and its exercises; a week keeps at least one day.
pub fn remove_day(program: &mut Program, at: DayAt) -> Result<Day, EditError> {
    let week = week_mut(program, at.week)?;
    if at.day >= week.days.len() {
        return Err(EditError::Gone);
    }
    if week.days.len() == 1 {
        return Err(EditError::LastDay);
    }
    let removed = week.days.remove(at.day);
    renumber_days(&mut week.days);
    Ok(removed)
}

/// Days still called by their number ("Day 2") take their new place's
/// number, so a week whose first day was removed starts at "Day 1" and a
/// session reads "Week 3 · Day 1". Days the lifter named keep their names.
fn renumber_days(days: &mut [Day]) {
    for (i, day) in days.iter_mut().enumerate() {
        let numbered = day
            .name
            .strip_prefix("Day ")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if numbered {
            day.name = format!("Day {}", i + 1);
        }
    }
}

/// Moves a day one place earlier or later in its week; returns its new index.
pub fn move_day(
    program: &mut Program,
    at: DayAt,
    direction: Direction,
) -> Result<usize, EditError> {
    let week = week_mut(program, at.week)?;
    let to = shift(&mut week.days, at.day, direction)?;
    renumber_days(&mut week.days);
    Ok(to)
}

/// Renames a day ("Heavy day").
pub fn rename_day(program: &mut Program, at: DayAt, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    super::sets::day_mut(program, at)?.name = name.trim().to_string();
    Ok(())
}

/// Gives every week of `cycle` `days` days (1 to [`MAX_DAYS`]): weeks with
/// fewer get empty days added at the end, weeks with more lose their last
/// days, which must be empty (nothing is dropped silently). All or nothing:
/// on an error no week has changed.
pub fn set_days_per_week(program: &mut Program, cycle: usize, days: u32) -> Result<(), EditError> {
    let days = days as usize;
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(EditError::WholeNumber {
            what: "Days a week",
            min: 1,
            max: MAX_DAYS as u32,
        });
    }
    let cycle = cycle_mut(program, cycle)?;
    for week in &cycle.weeks {
        if let Some(full) = week
            .days
            .iter()
            .skip(days)
            .find(|d| !d.exercises.is_empty())
        {
            return Err(EditError::DaysNotEmpty {
                week: week.name.clone(),
                day: full.name.clone(),
            });
        }
    }
    for week in &mut cycle.weeks {
        week.days.truncate(days);
        while week.days.len() < days {
            let name = next_day_name(&week.days);
            week.days.push(Day {
                name,
                exercises: Vec::new(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod renumbering {
    use super::*;
    use crate::program::builtin::{build, BuiltinOptions};

    #[test]
    fn removing_the_first_day_renumbers_numbered_days_only() {
        let mut p = build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
        let at = |day| DayAt {
            week: WeekAt { cycle: 0, week: 0 },
            day,
        };
        remove_day(&mut p, at(0)).unwrap();
        assert_eq!(p.cycles[0].weeks[0].days[0].name, "Day 1");
        add_day(&mut p, WeekAt { cycle: 0, week: 0 }).unwrap();
        rename_day(&mut p, at(0), "Pull day").unwrap();
        move_day(&mut p, at(0), Direction::Down).unwrap();
        let names: Vec<&str> = p.cycles[0].weeks[0]
            .days
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(names, ["Day 1", "Pull day"]);
    }
}
