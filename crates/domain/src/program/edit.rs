//! Editing a program as the lifter's own copy: new ids, lifts added, renamed
//! and removed, progression increments changed. Pure data changes, each
//! leaving the program consistent (no exercise names a lift that's gone).

use super::load::{Increment, Percent, Reps};
use super::model::{Exercise, LiftDef, LiftKey, MaxKind, Program, SetGroup};
use super::rule::Advance;
use crate::weight::{Unit, Weight};

/// Lowercase ASCII letters and digits joined by single dashes ("Pause Squat" → "pause-squat").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `base`, or `base-2`, `base-3`... whichever `taken` doesn't hold.
fn unique(base: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let base = if base.is_empty() { "custom" } else { base };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

/// A copy of `program` for the lifter to edit: named "My <name>", with an id
/// (`custom-...`) that no program in `existing` has.
pub fn copy_of(program: &Program, existing: &[Program]) -> Program {
    let name = format!("My {}", program.name);
    let base = format!("custom-{}", slug(&program.name));
    let id = unique(&base, &|id| existing.iter().any(|p| p.id == id));
    Program {
        id,
        name,
        source: format!("Copy of {} ({})", program.name, program.source),
        ..program.clone()
    }
}

/// Checks a name the lifter typed: not blank, at most 80 characters.
pub fn check_name(name: &str) -> Result<(), String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        Err("Give it a name.".into())
    } else if trimmed.chars().count() > 80 {
        Err("Keep the name under 80 characters.".into())
    } else {
        Ok(())
    }
}

/// Adds a barbell lift named `name` (its max of the same kind as the
/// program's first lift) and returns its new key.
pub fn add_lift(program: &mut Program, name: &str) -> Result<LiftKey, String> {
    check_name(name)?;
    let name = name.trim();
    if program
        .lifts
        .iter()
        .any(|l| l.name.eq_ignore_ascii_case(name))
    {
        return Err(format!("{name} is already in this program."));
    }
    let kind = program
        .lifts
        .first()
        .map(|l| l.max)
        .unwrap_or(MaxKind::TrainingMax);
    let base = slug(name);
    let key = unique(&base, &|k| {
        program.lifts.iter().any(|l| l.key.as_str() == k)
    });
    program.lifts.push(LiftDef::barbell(&key, name, kind));
    Ok(LiftKey::new(key))
}

/// Renames a lift (its key, and so its max and log history, stay).
pub fn rename_lift(program: &mut Program, lift: &LiftKey, name: &str) -> Result<(), String> {
    check_name(name)?;
    let def = program
        .lifts
        .iter_mut()
        .find(|l| &l.key == lift)
        .ok_or("That lift is no longer in the program.")?;
    def.name = name.trim().to_string();
    Ok(())
}

/// Removes a lift and every exercise of it; lifts that took their
/// percentages from it keep their own max instead.
pub fn remove_lift(program: &mut Program, lift: &LiftKey) {
    program.lifts.retain(|l| &l.key != lift);
    for l in &mut program.lifts {
        if l.max_of.as_ref() == Some(lift) {
            l.max_of = None;
        }
    }
    for day in program
        .cycles
        .iter_mut()
        .flat_map(|c| &mut c.weeks)
        .flat_map(|w| &mut w.days)
    {
        day.exercises.retain(|e| &e.lift != lift);
    }
}

/// A new exercise of `lift`: main work, 3 × 5 at 75 %, warmed up.
pub fn new_exercise(lift: &LiftKey) -> Exercise {
    Exercise::main(
        lift.as_str(),
        vec![SetGroup::percent(3, Reps::Exact(5), Percent::whole(75))],
    )
}

/// The amount a success adds to `lift`'s max, in `unit`, if its rule adds a
/// fixed amount.
pub fn increment(program: &Program, lift: &LiftKey, unit: Unit) -> Option<Weight> {
    match &program.lift(lift)?.progression.as_ref()?.advance {
        Advance::Add(inc) => Some(inc.pick(unit)),
        _ => None,
    }
}

/// Sets the amount a success adds to `lift`'s max for lifters in `amount`'s
/// unit (the other unit's amount stays). Refuses negative amounts and lifts
/// whose rule doesn't add a fixed amount.
pub fn set_increment(program: &mut Program, lift: &LiftKey, amount: Weight) -> Result<(), String> {
    if amount.milli() < 0 {
        return Err("The increase can't be negative.".into());
    }
    let rule = program
        .lifts
        .iter_mut()
        .find(|l| &l.key == lift)
        .and_then(|l| l.progression.as_mut())
        .ok_or("This lift has no progression to change.")?;
    match &mut rule.advance {
        Advance::Add(inc) => {
            *inc = match amount.unit() {
                Unit::Kg => Increment { kg: amount, ..*inc },
                Unit::Lb => Increment { lb: amount, ..*inc },
            };
            Ok(())
        }
        _ => Err("This lift doesn't progress by a fixed amount.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::builtin::{self, BuiltinOptions};

    fn bbb() -> Program {
        builtin::build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn slugs_and_unique_copy_ids() {
        assert_eq!(slug("  Pause Squat (T2) "), "pause-squat-t2");
        let first = copy_of(&bbb(), &[]);
        assert_eq!(first.id, "custom-5-3-1-boring-but-big");
        assert_eq!(first.name, "My 5/3/1 Boring But Big");
        let second = copy_of(&bbb(), std::slice::from_ref(&first));
        assert_eq!(second.id, "custom-5-3-1-boring-but-big-2");
        assert_eq!(second.cycles, bbb().cycles);
    }

    #[test]
    fn add_rename_remove_lift() {
        let mut p = bbb();
        let key = add_lift(&mut p, "Front Squat").unwrap();
        assert_eq!(key.as_str(), "front-squat");
        assert!(add_lift(&mut p, "front squat").is_err());
        assert!(add_lift(&mut p, "   ").is_err());
        rename_lift(&mut p, &key, "Zercher").unwrap();
        assert_eq!(p.lift(&key).unwrap().name, "Zercher");
        p.cycles[0].weeks[0].days[0]
            .exercises
            .push(new_exercise(&key));
        let squat = LiftKey::new("squat");
        remove_lift(&mut p, &squat);
        assert!(p.lift(&squat).is_none());
        assert!(p.exercises().all(|e| e.lift != squat));
        assert!(p.exercises().any(|e| e.lift == key));
    }

    #[test]
    fn increments_per_unit() {
        let mut p = bbb();
        let squat = LiftKey::new("squat");
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(10.0)));
        set_increment(&mut p, &squat, Weight::lb(5.0)).unwrap();
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(5.0)));
        assert_eq!(increment(&p, &squat, Unit::Kg), Some(Weight::kg(5.0)));
        assert!(set_increment(&mut p, &squat, Weight::lb(-5.0)).is_err());
    }
}
