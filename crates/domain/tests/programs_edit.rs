//! Editing programs: weeks and days, exercises, set groups, stages, and the
//! editor's draft whose ids survive reordering. Ends with the lifter's
//! story: the 5s block cut down to one deadlift day a week with accessories.

use liftsheet_domain::plates::BarSetup;
use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::program::edit::{
    self, layout, sets, Accessory, AccessoryLoad, DayAt, Direction, Draft, EditError, EditOp,
    ExerciseAt, GroupAt, StageAt, WeekAt,
};
use liftsheet_domain::program::{
    generate, required_lifts, ActiveProgram, LiftKey, Load, Maxes, Percent, PlanSettings, Program,
    Reps, SetScheme,
};
use liftsheet_domain::{Unit, Weight};

fn build(id: &str) -> Program {
    builtin::build(id, &BuiltinOptions::default()).unwrap()
}

fn week(c: usize, w: usize) -> WeekAt {
    WeekAt { cycle: c, week: w }
}

fn day(w: usize, d: usize) -> DayAt {
    DayAt {
        week: week(0, w),
        day: d,
    }
}

fn exercise(w: usize, d: usize, e: usize) -> ExerciseAt {
    ExerciseAt {
        day: day(w, d),
        exercise: e,
    }
}

fn group(e: ExerciseAt, stage: usize, group: usize) -> GroupAt {
    GroupAt {
        stage: StageAt { exercise: e, stage },
        group,
    }
}

fn names<T>(list: &[T], name: impl Fn(&T) -> &str) -> Vec<String> {
    list.iter().map(|x| name(x).to_string()).collect()
}

#[test]
fn weeks_are_added_removed_moved_and_renamed() {
    let mut p = build("531-bbb");
    let weeks = |p: &Program| names(&p.cycles[0].weeks, |w| &w.name);
    assert_eq!(weeks(&p).len(), 4);
    let added = layout::add_week(&mut p, 0).unwrap();
    assert_eq!(added, 4);
    assert_eq!(weeks(&p)[4], "Week 5");
    assert_eq!(
        p.cycles[0].weeks[4].days.len(),
        4,
        "as many days as the last"
    );
    assert!(p.cycles[0].weeks[4]
        .days
        .iter()
        .all(|d| d.exercises.is_empty()));
    assert_eq!(layout::move_week(&mut p, week(0, 4), Direction::Up), Ok(3));
    assert_eq!(weeks(&p)[3], "Week 5");
    assert_eq!(weeks(&p)[4], "Week 4 (deload)");
    assert_eq!(
        layout::move_week(&mut p, week(0, 0), Direction::Up),
        Err(EditError::CantMove)
    );
    assert_eq!(
        layout::move_week(&mut p, week(0, 9), Direction::Up),
        Err(EditError::Gone)
    );
    layout::rename_week(&mut p, week(0, 3), " Heavy week ").unwrap();
    assert_eq!(weeks(&p)[3], "Heavy week");
    assert!(matches!(
        layout::rename_week(&mut p, week(0, 3), ""),
        Err(EditError::Name(_))
    ));
    let removed = layout::remove_week(&mut p, week(0, 3)).unwrap();
    assert_eq!(removed.name, "Heavy week");
    for _ in 0..3 {
        layout::remove_week(&mut p, week(0, 0)).unwrap();
    }
    assert_eq!(
        layout::remove_week(&mut p, week(0, 0)),
        Err(EditError::LastWeek)
    );
    assert_eq!(weeks(&p), ["Week 4 (deload)"]);
    assert_eq!(
        layout::add_week(&mut p, 5),
        Err(EditError::Gone),
        "no such cycle"
    );
}

#[test]
fn days_are_added_removed_moved_renamed_and_counted() {
    let mut p = build("531-bbb");
    let days = |p: &Program, w: usize| names(&p.cycles[0].weeks[w].days, |d| &d.name);
    assert_eq!(layout::add_day(&mut p, week(0, 0)), Ok(4));
    assert_eq!(days(&p, 0)[4], "Day 5");
    assert_eq!(layout::move_day(&mut p, day(0, 4), Direction::Up), Ok(3));
    // A day called by its number takes its new place's number.
    assert_eq!(days(&p, 0)[3], "Day 4");
    layout::rename_day(&mut p, day(0, 3), "Conditioning").unwrap();
    assert_eq!(days(&p, 0)[3], "Conditioning");
    assert_eq!(
        layout::remove_day(&mut p, day(0, 3)).unwrap().name,
        "Conditioning"
    );
    // Fewer days a week: refused while a dropped day still has exercises.
    assert_eq!(
        layout::set_days_per_week(&mut p, 0, 3),
        Err(EditError::DaysNotEmpty {
            week: "Week 1 (5s)".into(),
            day: "Squat day".into()
        })
    );
    assert_eq!(days(&p, 0).len(), 4, "nothing changed");
    // More days: every week gets empty ones.
    layout::set_days_per_week(&mut p, 0, 6).unwrap();
    for w in 0..4 {
        assert_eq!(days(&p, w).len(), 6);
        assert_eq!(days(&p, w)[5], "Day 6");
        assert!(p.cycles[0].weeks[w].days[5].exercises.is_empty());
    }
    // And back: the empty ones go.
    layout::set_days_per_week(&mut p, 0, 4).unwrap();
    assert_eq!(days(&p, 3).len(), 4);
    assert!(matches!(
        layout::set_days_per_week(&mut p, 0, 0),
        Err(EditError::WholeNumber { .. })
    ));
    // The last day of a week stays.
    let mut one = build("5s-3s-1s");
    layout::remove_day(&mut one, day(0, 0)).unwrap();
    assert_eq!(
        layout::remove_day(&mut one, day(0, 0)),
        Err(EditError::LastDay)
    );
}

#[test]
fn exercises_and_set_groups() {
    let mut p = build("531-bbb");
    let press = LiftKey::new("press");
    let at = exercise(0, 0, 0);
    assert_eq!(
        sets::add_exercise(&mut p, day(0, 0), edit::new_exercise(&press)),
        Ok(2)
    );
    assert_eq!(
        sets::move_exercise(&mut p, exercise(0, 0, 2), Direction::Up),
        Ok(1)
    );
    let moved = &p.cycles[0].weeks[0].days[0].exercises[1];
    assert_eq!(moved, &edit::new_exercise(&press));
    sets::remove_exercise(&mut p, exercise(0, 0, 1)).unwrap();
    assert_eq!(p.cycles[0].weeks[0].days[0].exercises.len(), 2);
    assert_eq!(
        sets::add_exercise(&mut p, day(0, 0), edit::new_exercise(&LiftKey::new("nope"))),
        Err(EditError::Gone)
    );
    // Groups: count, reps (a range stays a range), load.
    let g = group(at, 0, 0);
    sets::set_count(&mut p, g, 2).unwrap();
    assert!(matches!(
        sets::set_count(&mut p, g, 0),
        Err(EditError::WholeNumber { .. })
    ));
    let range = Reps::range(3, 5).unwrap();
    sets::set_reps(&mut p, g, range).unwrap();
    assert!(sets::set_reps(&mut p, g, Reps::Hold { seconds: 0 }).is_err());
    sets::set_load(&mut p, g, Load::Percent(Percent::whole(70))).unwrap();
    assert_eq!(
        sets::set_load(&mut p, g, Load::Percent(Percent::whole(250))),
        Err(EditError::Percentage)
    );
    assert_eq!(
        sets::set_load(&mut p, g, Load::Fixed(Weight::kg(0.0))),
        Err(EditError::WeightNotPositive)
    );
    let SetScheme::Fixed(groups) = &p.cycles[0].weeks[0].days[0].exercises[0].sets else {
        panic!("5/3/1 main work is a fixed scheme");
    };
    assert_eq!(groups[0].count, 2);
    assert_eq!(groups[0].reps, range);
    assert_eq!(groups[0].load, Load::Percent(Percent::whole(70)));
    // A plan keeps the range.
    let maxes = Maxes::new()
        .with("press", Weight::kg(60.0))
        .with("bench", Weight::kg(90.0))
        .with("squat", Weight::kg(120.0))
        .with("deadlift", Weight::kg(150.0));
    let plan = generate(&p, &maxes, &PlanSettings::new(Unit::Kg), 0).unwrap();
    assert_eq!(plan.weeks[0].days[0].exercises[0].sets[0].reps, range);
    // Groups are added like the last, removed down to one.
    assert_eq!(
        sets::add_group(
            &mut p,
            StageAt {
                exercise: at,
                stage: 0
            }
        ),
        Ok(3)
    );
    for _ in 0..3 {
        sets::remove_group(&mut p, group(at, 0, 0)).unwrap();
    }
    assert_eq!(
        sets::remove_group(&mut p, group(at, 0, 0)),
        Err(EditError::LastGroup)
    );
}

#[test]
fn staged_schemes_are_edited() {
    let mut p = build("5s-3s-1s");
    let at = exercise(0, 1, 0); // deadlift
    let stage_names = |p: &Program| match &p.cycles[0].weeks[0].days[1].exercises[0].sets {
        SetScheme::Staged(stages) => names(stages, |s| &s.name),
        SetScheme::Fixed(_) => vec![],
    };
    assert_eq!(stage_names(&p), ["5s", "3s", "Singles"]);
    let s = |stage| StageAt {
        exercise: at,
        stage,
    };
    sets::rename_stage(&mut p, s(2), "1s").unwrap();
    assert_eq!(sets::add_stage(&mut p, at, "Doubles"), Ok(3));
    assert_eq!(sets::move_stage(&mut p, s(3), Direction::Up), Ok(2));
    assert_eq!(stage_names(&p), ["5s", "3s", "Doubles", "1s"]);
    sets::set_reps(&mut p, group(at, 2, 0), Reps::Exact(2)).unwrap();
    sets::add_group(&mut p, s(2)).unwrap();
    sets::set_count(&mut p, group(at, 2, 1), 2).unwrap();
    sets::remove_stage(&mut p, s(0)).unwrap();
    assert_eq!(stage_names(&p), ["3s", "Doubles", "1s"]);
    assert_eq!(p.stage_count(&LiftKey::new("deadlift")), 3);
    sets::remove_stage(&mut p, s(0)).unwrap();
    sets::remove_stage(&mut p, s(0)).unwrap();
    assert_eq!(sets::remove_stage(&mut p, s(0)), Err(EditError::LastStage));
    // A fixed scheme becomes staged when a stage is added: GZCLP-style.
    let mut b = build("531-bbb");
    let main = exercise(0, 0, 0);
    sets::add_stage(&mut b, main, "6×2+").unwrap();
    let SetScheme::Staged(stages) = &b.cycles[0].weeks[0].days[0].exercises[0].sets else {
        panic!("now staged");
    };
    assert_eq!(names(stages, |s| &s.name), ["Stage 1", "6×2+"]);
    assert_eq!(stages[0].sets, stages[1].sets);
    assert_eq!(
        sets::rename_stage(
            &mut b,
            StageAt {
                exercise: exercise(0, 0, 1),
                stage: 0
            },
            "x"
        ),
        Err(EditError::NotThisKind("staged exercises")),
        "BBB's 5×10 is not staged"
    );
}

fn draft(p: Program) -> Draft {
    Draft::new(
        p,
        Unit::Lb,
        liftsheet_domain::Step::of(Weight::lb(2.5)).unwrap(),
    )
}

#[test]
fn draft_ids_follow_their_parts_when_they_move_or_others_go() {
    let mut d = draft(build("531-bbb"));
    let weeks = d.week_ids(0);
    let days = d.day_ids(week(0, 0));
    assert_eq!((weeks.len(), days.len()), (4, 4));
    // Moving the first week down: its id goes with it.
    d.apply(EditOp::MoveWeek(weeks[0], Direction::Down))
        .unwrap();
    assert_eq!(d.week_ids(0)[1], weeks[0]);
    assert_eq!(d.program().cycles[0].weeks[1].name, "Week 1 (5s)");
    // Its days kept their ids too.
    assert_eq!(d.day_ids(week(0, 1)), days);
    // Removing the day before another: the other's id stays with it.
    d.apply(EditOp::RemoveDay(days[0])).unwrap();
    assert_eq!(d.day_ids(week(0, 1)), days[1..]);
    assert_eq!(d.path(days[1]), Some(vec![0, 1, 0]));
    assert_eq!(d.path(days[0]), None);
    // A gone id is refused, and nothing changes.
    let before = d.clone();
    assert_eq!(
        d.apply(EditOp::RenameDay(days[0], "x".into())),
        Err(EditError::Gone)
    );
    assert_eq!(d, before);
    // Removing a lift drops its exercises' ids and keeps the others'.
    let deadlift_day = days[1];
    let exercises = d.exercise_ids(day(1, 0));
    assert_eq!(exercises.len(), 2);
    let squat_day = d.day_ids(week(0, 1))[2];
    let squat_exercises = d.exercise_ids(day(1, 2));
    d.apply(EditOp::RemoveLift(LiftKey::new("deadlift")))
        .unwrap();
    assert_eq!(d.path(deadlift_day), Some(vec![0, 1, 0]));
    assert!(d.exercise_ids(day(1, 0)).is_empty());
    assert!(exercises.iter().all(|id| d.path(*id).is_none()));
    assert_eq!(d.exercise_ids(day(1, 2)), squat_exercises);
    assert_eq!(d.path(squat_day), Some(vec![0, 1, 2]));
    // New parts get new ids, never an old one.
    d.apply(EditOp::AddDay {
        week: d.week_ids(0)[1],
    })
    .unwrap();
    let new_day = *d.day_ids(week(0, 1)).last().unwrap();
    assert!(!days.contains(&new_day) && !exercises.contains(&new_day));
    // Every group's id resolves to a group.
    let e = exercise(1, 2, 0);
    for g in d.group_ids(StageAt {
        exercise: e,
        stage: 0,
    }) {
        d.apply(EditOp::SetCount(g, 1)).unwrap();
    }
}

#[test]
fn draft_ops_return_typed_errors_and_leave_the_program_alone() {
    let mut d = draft(build("5s-3s-1s"));
    let before = d.program().clone();
    let day1 = d.day_ids(week(0, 0))[0];
    assert!(matches!(
        d.apply(EditOp::RenameDay(day1, "  ".into())),
        Err(EditError::Name(_))
    ));
    let g = d.group_ids(StageAt {
        exercise: exercise(0, 0, 0),
        stage: 0,
    })[0];
    assert!(matches!(
        d.apply(EditOp::SetCount(g, 1000)),
        Err(EditError::WholeNumber { .. })
    ));
    assert_eq!(d.program(), &before);
    // An increase typed in kg in an lb program becomes the lb step.
    d.apply(EditOp::SetIncrement(
        LiftKey::new("deadlift"),
        Weight::kg(5.0),
    ))
    .unwrap();
    assert_eq!(
        edit::increment(d.program(), &LiftKey::new("deadlift"), Unit::Lb),
        Some(Weight::lb(10.0))
    );
}

/// The lifter: the 5s block for the deadlift alone, once a week,
/// with hyperextensions and good mornings at a fixed weight and a plank.
#[test]
fn one_lift_one_day_a_week_is_a_normal_program() {
    let block = build("5s-3s-1s");
    let copy = edit::copy_of(&block, &|_| false);
    let step = edit::smallest_step(&BarSetup::lb_standard(), Unit::Lb);
    let mut d = Draft::new(copy, Unit::Lb, step);
    for lift in ["squat", "bench", "press"] {
        d.apply(EditOp::RemoveLift(LiftKey::new(lift))).unwrap();
    }
    let days = d.day_ids(week(0, 0));
    assert!(d.program().cycles[0].weeks[0].days[0].exercises.is_empty());
    d.apply(EditOp::RemoveDay(days[0])).unwrap();
    let only = d.day_ids(week(0, 0));
    assert_eq!(only, [days[1]]);
    for (name, sets, reps) in [("Hyperextension", 5, 10), ("Good morning", 3, 8)] {
        d.apply(EditOp::AddAccessory {
            day: only[0],
            accessory: Accessory {
                name: name.into(),
                load: AccessoryLoad::Fixed(Weight::lb(45.0)),
                sets,
                reps: Reps::Exact(reps),
            },
        })
        .unwrap();
    }
    d.apply(EditOp::AddAccessory {
        day: only[0],
        accessory: Accessory {
            name: "Plank".into(),
            load: AccessoryLoad::Bodyweight,
            sets: 3,
            reps: Reps::Hold { seconds: 45 },
        },
    })
    .unwrap();
    let p = d.into_program();
    // Valid, and as the share checks see it.
    assert_eq!(edit::check_name(&p.name), Ok(()));
    assert_eq!(liftsheet_domain::share::validate::program(&p), Ok(()));
    assert!(!p.source.contains("§") && !p.source.contains("[S"));
    // It asks for the deadlift only.
    let required: Vec<&str> = required_lifts(&p).iter().map(|l| l.key.as_str()).collect();
    assert_eq!(required, ["deadlift"]);
    // And runs: one session a week, deadlift then the three accessories.
    let maxes = Maxes::new().with("deadlift", Weight::lb(270.0));
    let active = ActiveProgram::start(p.clone(), &maxes);
    let base = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    let next = active
        .next_day(&liftsheet_domain::maxes::MaxTable::new(), &base)
        .unwrap();
    let lifts: Vec<&str> = next.day.exercises.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        lifts,
        ["Deadlift", "Hyperextension", "Good morning", "Plank"]
    );
    assert_eq!(
        next.day.exercises[0].sets[0].weight,
        Some(Weight::lb(270.0))
    );
    assert_eq!(next.day.exercises[0].stage.as_deref(), Some("5s"));
    assert_eq!(next.day.exercises[1].sets.len(), 5);
    assert_eq!(next.day.exercises[3].sets[0].reps.to_string(), "45 s");
    let plan = generate(&p, &maxes, &base, 0).unwrap();
    assert_eq!(plan.weeks.len(), 1);
    assert_eq!(plan.weeks[0].days.len(), 1);
}

/// Percentages as a lifter types them into the editor and the program
/// options: exact decimals, either separator, no float parser.
#[test]
fn percentages_parse_as_typed_and_show_as_stored() {
    use liftsheet_domain::program::PercentError;
    assert_eq!(Percent::parse("87.5"), Ok(Percent::from_hundredths(8750)));
    assert_eq!(Percent::parse(" 87,5 "), Ok(Percent::from_hundredths(8750)));
    assert_eq!(Percent::parse("65"), Ok(Percent::whole(65)));
    assert_eq!(Percent::parse("72.125"), Ok(Percent::from_hundredths(7213)));
    assert_eq!(Percent::parse("0"), Ok(Percent::whole(0)));
    assert_eq!(Percent::parse("1000"), Ok(Percent::whole(1000)));
    assert_eq!(Percent::parse("1000.01"), Err(PercentError::TooLarge));
    assert_eq!(Percent::parse("-5"), Err(PercentError::Negative));
    assert_eq!(Percent::parse(""), Err(PercentError::NotANumber));
    assert_eq!(Percent::parse("1e2"), Err(PercentError::NotANumber));
    assert_eq!(Percent::parse("abc"), Err(PercentError::NotANumber));
    assert_eq!(Percent::from_hundredths(8750).number_text(), "87.5");
    assert_eq!(Percent::whole(65).number_text(), "65");
    assert_eq!(Percent::from_hundredths(7205).number_text(), "72.05");
}

proptest::proptest! {
    /// What a field shows reads back as the same percentage, and agrees with
    /// the float path it replaced (`Percent::new` of the parsed number).
    #[test]
    fn percentage_text_round_trips(hundredths in 0u32..=100_000) {
        let p = Percent::from_hundredths(hundredths);
        proptest::prop_assert_eq!(Percent::parse(&p.number_text()), Ok(p));
        let float: f64 = p.number_text().parse().unwrap();
        proptest::prop_assert_eq!(Percent::new(float), Ok(p));
    }
}

/// The days of every week of the first cycle, as names, with their lifts.
fn layout_of(p: &Program) -> Vec<Vec<(String, Vec<String>)>> {
    p.cycles[0]
        .weeks
        .iter()
        .map(|w| {
            w.days
                .iter()
                .map(|d| {
                    let lifts = d.exercises.iter().map(|e| e.lift.to_string()).collect();
                    (d.name.clone(), lifts)
                })
                .collect()
        })
        .collect()
}

#[test]
fn trimming_asks_this_week_or_every_week_and_does_what_it_says() {
    // Stock 5/3/1: four weeks of four days (press, deadlift, bench, squat,
    // training-math.md §3.1).
    let p = build("531");
    let weeks = p.cycles[0].weeks.len();
    assert_eq!(weeks, 4);
    let press_day = |w: usize, d: &Draft| d.day_ids(week(0, w))[0];

    // "This week": week 1 loses its press day, weeks 2 to 4 keep theirs.
    let mut d = draft(p.clone());
    d.apply(EditOp::RemoveDay(press_day(0, &d))).unwrap();
    let l = layout_of(d.program());
    assert_eq!(l[0].len(), 3);
    assert!(l[1..].iter().all(|w| w.len() == 4));

    // "Every week": no week has it.
    let mut d = draft(p.clone());
    d.apply(EditOp::RemoveDayEveryWeek(press_day(1, &d)))
        .unwrap();
    let l = layout_of(d.program());
    assert!(l.iter().all(|w| w.len() == 3), "{l:?}");
    assert!(l
        .iter()
        .flatten()
        .all(|(_, lifts)| !lifts.contains(&"press".to_string())));
    // The ids still name the days that stay.
    assert_eq!(d.day_ids(week(0, 2)).len(), 3);

    // A lift from one day, every week: the bench day's bench goes from each
    // week (an empty day then, in every week), this week only from one.
    let mut d = draft(p.clone());
    let bench_day = 2;
    let bench = d.exercise_ids(day(0, bench_day))[0];
    d.apply(EditOp::RemoveExerciseEveryWeek(bench)).unwrap();
    assert!(layout_of(d.program())
        .iter()
        .all(|w| w[bench_day].1.iter().all(|l| l != "bench")));
    let mut d = draft(p);
    let bench = d.exercise_ids(day(0, bench_day))[0];
    d.apply(EditOp::RemoveExercise(bench)).unwrap();
    let l = layout_of(d.program());
    assert!(l[0][bench_day].1.is_empty());
    assert!(l[1..]
        .iter()
        .all(|w| w[bench_day].1 == vec!["bench".to_string()]));
}

#[test]
fn five_three_one_trimmed_to_the_deadlift_alone_says_one_day_a_week() {
    let mut d = draft(build("531"));
    for _ in 0..3 {
        // Whatever day is first and isn't the deadlift's goes, every week.
        let first = layout_of(d.program())[0]
            .iter()
            .position(|(_, lifts)| !lifts.contains(&"deadlift".to_string()))
            .unwrap();
        let id = d.day_ids(week(0, 0))[first];
        d.apply(EditOp::RemoveDayEveryWeek(id)).unwrap();
    }
    let p = d.into_program();
    assert!(layout_of(&p)
        .iter()
        .all(|w| w.len() == 1 && w[0].1 == vec!["deadlift".to_string()]));
    assert_eq!(edit::days_a_week(&p), 1);
    assert!(p.summary.starts_with("Four days a week"), "{}", p.summary);
    assert!(edit::summary_with_days(&p.summary, 1).starts_with("One day a week, one main lift"));
    // Other phrasings, and none.
    assert_eq!(
        edit::summary_with_days("Workouts A and B alternating three days a week.", 2),
        "Workouts A and B alternating two days a week."
    );
    assert_eq!(
        edit::summary_with_days("Four days: T1, T2, T3.", 3),
        "Three days: T1, T2, T3."
    );
    assert_eq!(
        edit::summary_with_days("One day a week.", 2),
        "Two days a week."
    );
    assert_eq!(
        edit::summary_with_days("Heavy/light/medium 5×5.", 2),
        "Heavy/light/medium 5×5."
    );
    assert_eq!(
        edit::summary_with_days("Three weeks, four squat days: 6×6", 2),
        "Three weeks, four squat days: 6×6",
        "a count that isn't days a week stays"
    );
}

#[test]
fn a_stock_program_plans_the_lifts_that_have_maxes_and_names_the_rest() {
    let p = build("531");
    let settings = PlanSettings::for_program(&p, Unit::Lb);
    let maxes = Maxes::new().with("deadlift", Weight::lb(300.0));
    assert!(
        generate(&p, &maxes, &settings, 0).is_err(),
        "all or nothing before"
    );
    let known = liftsheet_domain::program::generate_known(&p, &maxes, &settings, 0).unwrap();
    let mut missing = known.missing.clone();
    missing.sort();
    assert_eq!(missing, ["Bench press", "Press", "Squat"]);
    let planned: Vec<_> = known
        .plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .flat_map(|d| &d.exercises)
        .map(|e| e.lift.to_string())
        .collect();
    assert!(
        !planned.is_empty() && planned.iter().all(|l| l == "deadlift"),
        "{planned:?}"
    );
    // Week 1's top set: 85 % of a 300 lb TM is 255 lb (§3.1).
    let top = known.plan.weeks[0]
        .days
        .iter()
        .flat_map(|d| &d.exercises)
        .flat_map(|e| &e.sets)
        .filter_map(|s| s.weight)
        .max_by(|a, b| a.cmp_mass(*b))
        .unwrap();
    assert_eq!(top, Weight::lb(255.0));
    // With every max, it is the whole plan, nothing missing.
    let all = maxes
        .with("squat", Weight::lb(300.0))
        .with("bench", Weight::lb(200.0))
        .with("press", Weight::lb(120.0));
    let known = liftsheet_domain::program::generate_known(&p, &all, &settings, 0).unwrap();
    assert!(known.missing.is_empty());
    assert_eq!(Ok(known.plan), generate(&p, &all, &settings, 0));
}
