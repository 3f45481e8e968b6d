//! Today's session from the running program's next planned day: warm-ups and
//! work sets prefilled with the target weight and reps, not yet done.

use super::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use crate::date::Date;
use crate::program::active::NextDay;
use crate::program::{Program, Reps, Role};
use crate::weight::Weight;

/// The kind of a planned set: a hold when its reps are seconds, AMRAP when
/// they say "+" (main work, or an accessory's last set like GZCLP's T3
/// 15+, whose reps decide its progression), else by the exercise's role;
/// sets that don't decide progression are never main work.
fn kind_of(role: Role, counts: bool, reps: Reps) -> SetKind {
    let amrap = reps.is_amrap();
    if reps.is_hold() {
        return SetKind::Hold;
    }
    match role {
        Role::Main | Role::Accessory if amrap && counts => SetKind::Amrap,
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
            let kind = kind_of(planned.role, planned.counts, set.reps);
            let weight = set.weight.unwrap_or_else(|| Weight::zero(next_unit(next)));
            let mut logged = LoggedSet::planned_for(kind, weight, set.reps);
            if let Some(note) = &set.note {
                logged.note = note.clone();
            }
            exercise.sets.push(logged);
        }
        session.add_exercise(exercise);
    }
    session
}

/// [`session_from_plan`] for `program` (the running program `next` comes
/// from): a lift the program tracks under its own key but which is another
/// lift's movement (GZCLP's `squat-t2`, movement `squat`) is logged under the
/// movement, so History and records see one squat, while
/// [`LoggedExercise::program_lift`] keeps the program's key for progression.
pub fn session_from_program(
    id: SessionId,
    date: Date,
    program: &Program,
    next: &NextDay,
) -> Session {
    let mut session = session_from_plan(id, date, &program.id, next);
    for exercise in &mut session.lifts {
        let movement = program
            .lifts
            .iter()
            .find(|l| l.key.as_str() == exercise.lift)
            .and_then(|l| l.movement.as_ref())
            .filter(|m| m.as_str() != exercise.lift);
        if let Some(movement) = movement {
            exercise.program_lift = Some(std::mem::replace(
                &mut exercise.lift,
                movement.as_str().to_string(),
            ));
        }
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
    use crate::log::SetId;
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
        let tms = maxes
            .0
            .iter()
            .fold(crate::maxes::MaxTable::new(), |t, (k, w)| {
                t.with_training_max(k.as_str(), *w)
            });
        let active = ActiveProgram::start(program.clone(), &Maxes::new());
        let base = PlanSettings::new(Unit::Kg).with_plates_and_warmups();
        let next = active.next_day(&tms, &base).unwrap();
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

    #[test]
    fn gzclp_t2_is_logged_as_its_movement_but_progresses_as_t2() {
        use crate::progression::{self, Judged};
        let program = builtin::build("gzclp", &builtin::BuiltinOptions::default()).unwrap();
        let mut maxes = Maxes::default();
        for lift in &program.lifts {
            maxes.0.insert(lift.key.clone(), Weight::kg(60.0));
        }
        let active = ActiveProgram::start(program.clone(), &maxes);
        let none = crate::maxes::MaxTable::new();
        let base = PlanSettings::new(Unit::Kg);
        let next = active.next_day(&none, &base).unwrap();
        let date = Date::from_ymd(2024, 3, 5).unwrap();
        let mut s = session_from_program(SessionId::new("g"), date, &program, &next);
        let t2 = s
            .lifts
            .iter()
            .find(|e| {
                e.program_lift
                    .as_deref()
                    .is_some_and(|k| k.ends_with("-t2"))
            })
            .expect("day 1 has a T2 lift");
        let t2_key = t2.program_lift.clone().unwrap();
        let t2 = t2.clone();
        assert_eq!(
            format!("{}-t2", t2.lift),
            t2_key,
            "logged under its movement"
        );
        assert_eq!(s.lifts[0].program_lift, None, "T1 keeps its own key");
        // Every planned set done as planned.
        let ids: Vec<SetId> = s.sets().map(|(_, x)| x.id).collect();
        for id in ids {
            s.check_set(id, true).unwrap();
        }
        let result = session_result(&s);
        let keys: Vec<&str> = result.lifts.iter().map(|l| l.lift.as_str()).collect();
        assert!(keys.contains(&t2_key.as_str()), "{keys:?}");
        // Progression moves the T2 lift's own max, not the T1 lift's.
        let proposals = progression::propose(
            &active.program,
            &active.state(&none),
            Judged::sessions(&[result]),
            &active.plan_settings(&base),
        )
        .unwrap();
        let moved: Vec<&str> = proposals
            .iter()
            .filter(|p| p.from != p.to)
            .map(|p| p.lift.as_str())
            .collect();
        assert!(moved.contains(&t2_key.as_str()), "{moved:?}");
        assert!(!moved.contains(&t2.lift.as_str()), "{moved:?}");
        // Records see the movement: the T2 sets count for it.
        let records = crate::records::Records::compute(std::slice::from_ref(&s), Unit::Kg);
        assert!(records.lifts.contains_key(t2.lift.as_str()));
        assert!(!records.lifts.contains_key(t2_key.as_str()));
    }
}
