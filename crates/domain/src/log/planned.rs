//! Today's session from the running program's next planned day: warm-ups and
//! work sets prefilled with the target weight and reps, not yet done.

use super::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use crate::date::Date;
use crate::program::active::NextDay;
use crate::program::Role;
use crate::weight::Weight;

/// The kind of a planned set: AMRAP when its reps say "+", else by the
/// exercise's role; sets that don't decide progression are never main work.
fn kind_of(role: Role, counts: bool, amrap: bool) -> SetKind {
    match role {
        Role::Main if amrap => SetKind::Amrap,
        Role::Main if counts => SetKind::Work,
        Role::Main | Role::Supplemental => SetKind::Supplemental,
        Role::Accessory => SetKind::Accessory,
    }
}

/// A session for `next` (the program's next day), with id `id` on `date`.
/// Each exercise gets its warm-up ladder (a step of `n` sets becomes `n`
/// warm-up sets) then its sets at the planned weight (zero for bodyweight
/// work) and minimum reps. `program` is the program's id, kept on the session.
pub fn session_from_plan(id: SessionId, date: Date, program: &str, next: &NextDay) -> Session {
    let mut session = Session::new(id, date);
    session.program = Some(program.to_string());
    session.day_label = next.label.clone();
    for planned in &next.day.exercises {
        let mut exercise = LoggedExercise::new(planned.lift.as_str(), planned.name.clone());
        if let Some(stage) = &planned.stage {
            exercise.note = stage.clone();
        }
        for step in &planned.warmup {
            for _ in 0..step.sets.max(1) {
                exercise
                    .sets
                    .push(LoggedSet::planned(SetKind::Warmup, step.weight, step.reps));
            }
        }
        for set in &planned.sets {
            let kind = kind_of(planned.role, planned.counts, set.reps.is_amrap());
            let weight = set.weight.unwrap_or_else(|| Weight::zero(next_unit(next)));
            let mut logged = LoggedSet::planned(kind, weight, set.reps.min());
            if let Some(note) = &set.note {
                logged.note = note.clone();
            }
            exercise.sets.push(logged);
        }
        session.add_exercise(exercise);
    }
    session
}

/// The unit the day is planned in (its first weight's), kg if it has none.
fn next_unit(next: &NextDay) -> crate::weight::Unit {
    next.day
        .exercises
        .iter()
        .flat_map(|e| &e.sets)
        .find_map(|s| s.weight)
        .map(|w| w.unit())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::session_result;
    use crate::program::active::ActiveProgram;
    use crate::program::{builtin, LiftKey, Maxes, PlanSettings};
    use crate::weight::Unit;

    fn bbb() -> crate::program::Program {
        let id = builtin::catalog()
            .into_iter()
            .find(|p| p.id.contains("bbb"))
            .expect("a BBB program in the catalog")
            .id;
        builtin::build(id, &builtin::BuiltinOptions::default()).unwrap()
    }

    #[test]
    fn first_day_of_bbb_has_warmups_work_amrap_and_supplemental() {
        let program = bbb();
        let mut maxes = Maxes::default();
        for lift in ["squat", "bench", "deadlift", "press"] {
            maxes.0.insert(LiftKey::new(lift), Weight::kg(100.0));
        }
        let active = ActiveProgram::start(program.clone(), &maxes);
        let base = PlanSettings::new(Unit::Kg).with_plates_and_warmups();
        let next = active.next_day(&base).unwrap();
        let date = Date::from_ymd(2024, 3, 5).unwrap();
        let s = session_from_plan(SessionId::new("x"), date, &program.id, &next);
        assert_eq!(s.program.as_deref(), Some(program.id.as_str()));
        assert_eq!(s.day_label, next.label);
        let main = &s.lifts[0];
        let kinds: Vec<SetKind> = main.sets.iter().map(|x| x.kind).collect();
        assert!(kinds.contains(&SetKind::Warmup), "{kinds:?}");
        assert!(kinds.contains(&SetKind::Amrap), "{kinds:?}");
        assert!(s.sets().all(|(_, x)| !x.done && x.target_reps.is_some()));
        // Ids are assigned in order, unique.
        let ids: Vec<u32> = s.sets().map(|(_, x)| x.id.0).collect();
        assert_eq!(ids, (0..ids.len() as u32).collect::<Vec<_>>());
        // Nothing done yet: every counted set falls short.
        let r = session_result(&s);
        assert!(!r.lifts.is_empty());
        assert!(r
            .lifts
            .iter()
            .flat_map(|l| &l.sets)
            .all(|x| x.achieved == 0));
    }
}
