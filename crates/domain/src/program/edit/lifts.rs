//! Lifts: add, rename, remove; accessories and their progression; the
//! increase per success, typed in either unit.

use super::{check_name, unique, DayAt, EditError};
use crate::plates::BarSetup;
use crate::program::load::{Load, Reps, UnitPair};
use crate::program::model::{Exercise, LiftDef, LiftKey, MaxKind, Program, Role, SetGroup};
use crate::program::rule::{Advance, Cadence, FailureAction, ProgressionRule};
use crate::program::{fixed_start, is_fixed_load};
use crate::weight::{Rounding, Step, Unit, Weight};

/// The kind of max a new barbell lift keeps: that of the program's first
/// lift that keeps one (an accessory's working weight doesn't say), else a
/// training max.
fn main_max_kind(program: &Program) -> MaxKind {
    program
        .lifts
        .iter()
        .find(|l| !is_fixed_load(program, &l.key))
        .map(|l| l.max)
        .unwrap_or(MaxKind::TrainingMax)
}

fn check_new_name(program: &Program, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    let name = name.trim();
    if program
        .lifts
        .iter()
        .any(|l| l.name.eq_ignore_ascii_case(name))
    {
        return Err(EditError::DuplicateLift {
            name: name.to_string(),
        });
    }
    Ok(())
}

/// A new lift's key: the exercise library's id when the name is a library
/// exercise (so the program, the log and the library meet on it), else a
/// slug of the name; unique in the program either way.
fn new_key(program: &Program, name: &str) -> LiftKey {
    let base = crate::exercise::names::library_entry(name)
        .map_or_else(|| super::slug(name), |e| e.id.to_string());
    LiftKey::new(unique(&base, &|k| {
        program.lifts.iter().any(|l| l.key.as_str() == k)
    }))
}

/// Adds a barbell lift named `name` (its max of the kind the program's main
/// lifts keep) and returns its new key.
pub fn add_lift(program: &mut Program, name: &str) -> Result<LiftKey, EditError> {
    check_new_name(program, name)?;
    let kind = main_max_kind(program);
    let key = new_key(program, name.trim());
    program
        .lifts
        .push(LiftDef::barbell(key.as_str(), name.trim(), kind));
    Ok(key)
}

fn lift_mut<'a>(program: &'a mut Program, lift: &LiftKey) -> Result<&'a mut LiftDef, EditError> {
    program
        .lifts
        .iter_mut()
        .find(|l| &l.key == lift)
        .ok_or(EditError::Gone)
}

/// Renames a lift (its key, and so its max and log history, stay).
pub fn rename_lift(program: &mut Program, lift: &LiftKey, name: &str) -> Result<(), EditError> {
    check_name(name)?;
    let name = name.trim();
    if program
        .lifts
        .iter()
        .any(|l| &l.key != lift && l.name.eq_ignore_ascii_case(name))
    {
        return Err(EditError::DuplicateLift {
            name: name.to_string(),
        });
    }
    lift_mut(program, lift)?.name = name.to_string();
    Ok(())
}

/// Removes a lift and every exercise of it; lifts that took their
/// percentages from it keep their own max instead. The last lift stays.
pub fn remove_lift(program: &mut Program, lift: &LiftKey) -> Result<(), EditError> {
    if program.lift(lift).is_none() {
        return Err(EditError::Gone);
    }
    if program.lifts.len() == 1 {
        return Err(EditError::LastLift);
    }
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
    Ok(())
}

/// How an accessory is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessoryLoad {
    /// At this weight (dumbbells, a machine, a bar at a set weight).
    Fixed(Weight),
    /// Bodyweight only (chin-ups, planks).
    Bodyweight,
    /// Bodyweight plus this much added (a plate held, a dip belt).
    BodyweightPlus(Weight),
}

impl AccessoryLoad {
    fn load(self) -> Result<Load, EditError> {
        match self {
            AccessoryLoad::Fixed(w) | AccessoryLoad::BodyweightPlus(w) if !w.is_positive() => {
                Err(EditError::WeightNotPositive)
            }
            AccessoryLoad::Fixed(w) => Ok(Load::Fixed(w)),
            AccessoryLoad::Bodyweight => Ok(Load::Bodyweight),
            AccessoryLoad::BodyweightPlus(w) => Ok(Load::BodyweightPlus(w)),
        }
    }
}

/// An accessory to add to a day: "Hyperextension" 5 × 10 at 20 kg,
/// "Plank" 3 × 30 s at bodyweight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accessory {
    pub name: String,
    pub load: AccessoryLoad,
    pub sets: u32,
    /// Reps, a rep range, or a timed hold.
    pub reps: Reps,
}

/// Adds `accessory` to `day` and returns its lift's key. A lift of that name
/// already in the program is reused (the same accessory on another day);
/// otherwise a new lift keeping a working weight (on a barbell, so with its
/// plates planned, when the name is a library barbell exercise; not
/// otherwise)
/// ([`MaxKind::WorkWeight`]) and no progression is added. The exercise
/// counts for the lift's own progression and has no warm-up. It asks for no
/// max: its weight is the one written here.
pub fn add_accessory(
    program: &mut Program,
    day: DayAt,
    accessory: &Accessory,
) -> Result<LiftKey, EditError> {
    check_name(&accessory.name)?;
    let load = accessory.load.load()?;
    if !(1..=crate::share::validate::MAX_SETS).contains(&accessory.sets) {
        return Err(EditError::WholeNumber {
            what: "Sets",
            min: 1,
            max: crate::share::validate::MAX_SETS,
        });
    }
    super::sets::day_mut(program, day)?;
    let name = accessory.name.trim();
    let existing = program
        .lifts
        .iter()
        .find(|l| l.name.eq_ignore_ascii_case(name))
        .map(|l| l.key.clone());
    let key = match existing {
        Some(key) => key,
        None => {
            let key = new_key(program, name);
            // A library barbell exercise (a good morning, a block pull) at a
            // written weight still has its plates planned.
            let barbell = crate::exercise::names::library_entry(name)
                .is_some_and(|e| e.load == crate::exercise::LoadKind::Barbell);
            program.lifts.push(LiftDef {
                barbell,
                ..LiftDef::barbell(key.as_str(), name, MaxKind::WorkWeight)
            });
            key
        }
    };
    let exercise = Exercise {
        role: Role::Accessory,
        warmup: false,
        ..Exercise::main(
            key.as_str(),
            vec![SetGroup::new(accessory.sets, accessory.reps, load)],
        )
    };
    super::sets::day_mut(program, day)?.exercises.push(exercise);
    Ok(key)
}

/// Gives a fixed-weight lift double progression by `step` each time every
/// counted set reaches the top of its rep range (see
/// [`Advance::DoubleProgression`]), judged after every session; a set below
/// the range's bottom repeats the weight. `None` takes its progression away.
/// Only for lifts whose every set is at a written weight, and that have one
/// to move.
pub fn set_double_progression(
    program: &mut Program,
    lift: &LiftKey,
    step: Option<UnitPair>,
) -> Result<(), EditError> {
    if program.lift(lift).is_none() {
        return Err(EditError::Gone);
    }
    if step.is_some() && (!is_fixed_load(program, lift) || fixed_start(program, lift).is_none()) {
        return Err(EditError::NotThisKind(
            "exercises at a fixed or added weight",
        ));
    }
    lift_mut(program, lift)?.progression = step.map(|inc| ProgressionRule {
        cadence: Cadence::Session,
        advance: Advance::DoubleProgression(inc),
        after_failures: 1,
        on_failure: FailureAction::Repeat,
    });
    Ok(())
}

/// The amount a success adds to `lift`'s max, in `unit`, if its rule adds a
/// fixed amount.
pub fn increment(program: &Program, lift: &LiftKey, unit: Unit) -> Option<Weight> {
    match &program.lift(lift)?.progression.as_ref()?.advance {
        Advance::Add(inc) | Advance::DoubleProgression(inc) => Some(inc.pick(unit)),
        _ => None,
    }
}

/// The smallest change of weight `bar`'s plates make, in `unit`: two of the
/// smallest plate owned at least in a pair (one on each side), or 2.5 kg /
/// 5 lb when no plate comes in pairs.
pub fn smallest_step(bar: &BarSetup, unit: Unit) -> Step {
    bar.plates
        .iter()
        .filter(|p| p.count >= 2)
        .filter_map(|p| Step::of(p.weight.to(unit).times(2)))
        .min_by(|a, b| a.weight().cmp_mass(b.weight()))
        .unwrap_or(Step::plate_pair(unit))
}

/// An increase typed in either unit as the step a lifter working in `unit`
/// adds: unchanged in `unit`; from the other unit, converted by the exact
/// pound and rounded to the nearest multiple of `step` (the lifter's
/// smallest plate pair, [`smallest_step`]), at least one step. 5 kg in an lb
/// program with 1.25 lb plates becomes 10 lb.
///
/// Why round: a barbell's weight changes only by plates loaded one per side,
/// so the smallest change is a pair of the smallest plate (5 lb = 2 × 2.5 lb,
/// 2.5 kg = 2 × 1.25 kg, training-math.md §6.5 [S8][S17]); 5 kg is 11.023 lb,
/// which no lb plate set loads. The reference keeps exact conversion for
/// display and a plate-equivalent mapping for converting a program's numbers
/// (§6.4, Liftosaur's `smartConvert` rounds converted template weights to
/// plate steps [S8]); an increment is a program number. Nearest keeps the
/// weekly rate as close as the plates allow to what was asked (10 lb is
/// 4.5 kg, 12.5 lb would be 5.7 kg), and at least one step so an increase
/// never becomes nothing.
pub fn convert_increment(amount: Weight, unit: Unit, step: Step) -> Weight {
    if amount.unit() == unit {
        return amount;
    }
    let step = step.to(unit);
    let converted = amount.to(unit).round_to(step, Rounding::Nearest);
    if amount.is_positive() && !converted.is_positive() {
        step.weight()
    } else {
        converted
    }
}

/// Sets the amount a success adds to `lift`'s max to `amount`, typed in
/// either unit, for a lifter working in `unit` with `step` their smallest
/// plate pair. `amount`'s own unit takes it as typed; when that is not the
/// lifter's unit, the lifter's unit takes [`convert_increment`] of it (the
/// other unit's amount stays otherwise). Returns the step the lifter adds,
/// in `unit`. Refuses negative amounts and lifts whose rule doesn't add a
/// fixed amount.
pub fn set_increment(
    program: &mut Program,
    lift: &LiftKey,
    amount: Weight,
    unit: Unit,
    step: Step,
) -> Result<Weight, EditError> {
    if amount.milli() < 0 {
        return Err(EditError::NegativeIncrement);
    }
    let rule = lift_mut(program, lift)?
        .progression
        .as_mut()
        .ok_or(EditError::NoFixedIncrement)?;
    let inc = match &mut rule.advance {
        Advance::Add(inc) | Advance::DoubleProgression(inc) => inc,
        _ => return Err(EditError::NoFixedIncrement),
    };
    let set = |inc: &mut UnitPair, w: Weight| match w.unit() {
        Unit::Kg => inc.kg = w,
        Unit::Lb => inc.lb = w,
    };
    set(inc, amount);
    let picked = convert_increment(amount, unit, step);
    set(inc, picked);
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::builtin::{self, BuiltinOptions};
    use crate::program::edit::new_exercise;

    fn bbb() -> Program {
        builtin::build("531-bbb", &BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn add_rename_remove_lift() {
        let mut p = bbb();
        let key = add_lift(&mut p, "Front Squat").unwrap();
        assert_eq!(key.as_str(), "front-squat");
        assert_eq!(p.lift(&key).unwrap().max, MaxKind::TrainingMax);
        assert!(matches!(
            add_lift(&mut p, "front squat"),
            Err(EditError::DuplicateLift { .. })
        ));
        assert!(matches!(add_lift(&mut p, "   "), Err(EditError::Name(_))));
        rename_lift(&mut p, &key, "Zercher").unwrap();
        assert_eq!(p.lift(&key).unwrap().name, "Zercher");
        assert!(matches!(
            rename_lift(&mut p, &key, "squat"),
            Err(EditError::DuplicateLift { .. })
        ));
        p.cycles[0].weeks[0].days[0]
            .exercises
            .push(new_exercise(&key));
        let squat = LiftKey::new("squat");
        remove_lift(&mut p, &squat).unwrap();
        assert!(p.lift(&squat).is_none());
        assert!(p.exercises().all(|e| e.lift != squat));
        assert!(p.exercises().any(|e| e.lift == key));
        assert_eq!(remove_lift(&mut p, &squat), Err(EditError::Gone));
    }

    #[test]
    fn the_last_lift_stays() {
        let mut p = bbb();
        for key in ["squat", "bench", "press"] {
            remove_lift(&mut p, &LiftKey::new(key)).unwrap();
        }
        assert_eq!(
            remove_lift(&mut p, &LiftKey::new("deadlift")),
            Err(EditError::LastLift)
        );
        assert_eq!(p.lifts.len(), 1);
    }

    #[test]
    fn increments_per_unit() {
        let mut p = bbb();
        let squat = LiftKey::new("squat");
        let step = Step::of(Weight::lb(2.5)).unwrap();
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(10.0)));
        let got = set_increment(&mut p, &squat, Weight::lb(5.0), Unit::Lb, step).unwrap();
        assert_eq!(got, Weight::lb(5.0));
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(5.0)));
        assert_eq!(increment(&p, &squat, Unit::Kg), Some(Weight::kg(5.0)));
        assert_eq!(
            set_increment(&mut p, &squat, Weight::lb(-5.0), Unit::Lb, step),
            Err(EditError::NegativeIncrement)
        );
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(5.0)));
    }

    #[test]
    fn an_increment_in_the_other_unit_becomes_a_loadable_step() {
        let lb_step = smallest_step(&BarSetup::lb_standard(), Unit::Lb);
        assert_eq!(lb_step.weight(), Weight::lb(2.5), "two 1.25 lb plates");
        let kg_step = smallest_step(&BarSetup::kg_standard(), Unit::Kg);
        assert_eq!(kg_step.weight(), Weight::kg(0.5), "two 0.25 kg plates");
        // 5 kg is 11.02 lb: nearest 2.5 lb step is 10 lb.
        assert_eq!(
            convert_increment(Weight::kg(5.0), Unit::Lb, lb_step),
            Weight::lb(10.0)
        );
        // 2.5 kg is 5.51 lb: 5 lb.
        assert_eq!(
            convert_increment(Weight::kg(2.5), Unit::Lb, lb_step),
            Weight::lb(5.0)
        );
        // With only 2.5 lb plates as the smallest, the step is 5 lb: 5 kg → 10 lb.
        assert_eq!(
            convert_increment(
                Weight::kg(5.0),
                Unit::Lb,
                Step::of(Weight::lb(5.0)).unwrap()
            ),
            Weight::lb(10.0)
        );
        // A tiny increase never rounds to nothing.
        assert_eq!(
            convert_increment(
                Weight::kg(0.5),
                Unit::Lb,
                Step::of(Weight::lb(5.0)).unwrap()
            ),
            Weight::lb(5.0)
        );
        // In the lifter's own unit it stays as typed.
        assert_eq!(
            convert_increment(Weight::lb(7.0), Unit::Lb, lb_step),
            Weight::lb(7.0)
        );
        // Set on a lift: the kg side is as typed, the lb side the step.
        let mut p = bbb();
        let squat = LiftKey::new("squat");
        let got = set_increment(&mut p, &squat, Weight::kg(5.0), Unit::Lb, lb_step).unwrap();
        assert_eq!(got, Weight::lb(10.0));
        assert_eq!(increment(&p, &squat, Unit::Kg), Some(Weight::kg(5.0)));
        assert_eq!(increment(&p, &squat, Unit::Lb), Some(Weight::lb(10.0)));
    }

    fn hyperextension() -> Accessory {
        Accessory {
            name: "Hyperextension".into(),
            load: AccessoryLoad::Fixed(Weight::kg(10.0)),
            sets: 5,
            reps: Reps::Exact(10),
        }
    }

    #[test]
    fn accessories_ask_for_no_max_and_can_double_progress() {
        let mut p = bbb();
        let day = DayAt {
            week: crate::program::edit::WeekAt { cycle: 0, week: 0 },
            day: 0,
        };
        let key = add_accessory(&mut p, day, &hyperextension()).unwrap();
        let lift = p.lift(&key).unwrap();
        assert_eq!(lift.max, MaxKind::WorkWeight);
        assert!(!lift.barbell);
        assert!(crate::program::required_lifts(&p)
            .iter()
            .all(|l| l.key != key));
        // Same name again: the same lift, on another exercise.
        let again = add_accessory(&mut p, day, &hyperextension()).unwrap();
        assert_eq!(again, key);
        assert_eq!(p.exercises().filter(|e| e.lift == key).count(), 2);
        set_double_progression(&mut p, &key, Some(UnitPair::new(2.5, 5.0))).unwrap();
        assert_eq!(increment(&p, &key, Unit::Kg), Some(Weight::kg(2.5)));
        set_double_progression(&mut p, &key, None).unwrap();
        assert_eq!(increment(&p, &key, Unit::Kg), None);
        // A percentage lift can't double progress; nor a weightless plank.
        assert!(matches!(
            set_double_progression(&mut p, &LiftKey::new("squat"), Some(UnitPair::zero())),
            Err(EditError::NotThisKind(_))
        ));
        let plank = add_accessory(
            &mut p,
            day,
            &Accessory {
                name: "Plank".into(),
                load: AccessoryLoad::Bodyweight,
                sets: 3,
                reps: Reps::Hold { seconds: 30 },
            },
        )
        .unwrap();
        assert!(matches!(
            set_double_progression(&mut p, &plank, Some(UnitPair::zero())),
            Err(EditError::NotThisKind(_))
        ));
        // Bad input is refused with a reason.
        let zero = Accessory {
            load: AccessoryLoad::Fixed(Weight::kg(0.0)),
            name: "Good morning".into(),
            ..hyperextension()
        };
        assert_eq!(
            add_accessory(&mut p, day, &zero),
            Err(EditError::WeightNotPositive)
        );
        let blank = Accessory {
            name: " ".into(),
            ..hyperextension()
        };
        assert!(matches!(
            add_accessory(&mut p, day, &blank),
            Err(EditError::Name(_))
        ));
        let nowhere = DayAt { day: 9, ..day };
        assert_eq!(
            add_accessory(&mut p, nowhere, &hyperextension()),
            Err(EditError::Gone)
        );
    }
}
