//! Plans with each lift's own equipment: a block pull on a trap bar is
//! loaded and warmed up on that bar, a dumbbell row takes a dumbbell from
//! the rack; the document rules that set and reset it; merging two tabs.

use liftsheet_domain::document::equipment::{self as rules, Change, EquipmentChangeError};
use liftsheet_domain::document::session::plan_base;
use liftsheet_domain::equipment::{BarKind, Equipment, EquipmentError};
use liftsheet_domain::exercise::Implement;
use liftsheet_domain::plates::BarSetup;
use liftsheet_domain::program::plan::PlannedExercise;
use liftsheet_domain::program::{
    generate, Cycle, Day, Exercise, LiftDef, LiftKey, Load, MaxKind, Maxes, Percent, PlanSettings,
    Program, Reps, Role, SetGroup, WarmupStyle, Week,
};
use liftsheet_domain::store::{self, StoredDocument};
use liftsheet_domain::{Unit, Weight};

/// The exercise the lead's story sets to a trap bar.
const BLOCK_PULL: &str = "block-pull";

fn kg(v: f64) -> Weight {
    Weight::kg(v)
}

fn key(k: &str) -> LiftKey {
    LiftKey::new(k)
}

fn group(count: u32, reps: u32, load: Load) -> SetGroup {
    SetGroup {
        count,
        reps: Reps::Exact(reps),
        load,
        plus: None,
        optional: false,
        note: None,
    }
}

/// One day: block pulls 3 × 5 at 85 % of a training max, dumbbell rows
/// 3 × 10 at 23 kg.
fn program() -> Program {
    let mut row = LiftDef::barbell("db-row", "Dumbbell row", MaxKind::WorkWeight);
    row.barbell = false;
    Program {
        id: "pulls".into(),
        name: "Pulls".into(),
        summary: String::new(),
        source: String::new(),
        training_max_percent: Percent::whole(90),
        unknown: Default::default(),
        rounding: None,
        warmup: WarmupStyle::StartingStrength,
        lifts: vec![
            LiftDef::barbell(BLOCK_PULL, "Block pull", MaxKind::TrainingMax),
            row,
        ],
        cycles: vec![Cycle {
            name: "Cycle".into(),
            weeks: vec![Week {
                name: "Week".into(),
                days: vec![Day {
                    name: "Day".into(),
                    exercises: vec![
                        Exercise::main(
                            BLOCK_PULL,
                            vec![group(3, 5, Load::Percent(Percent::whole(85)))],
                        ),
                        Exercise::supplemental("db-row", vec![group(3, 10, Load::Fixed(kg(23.0)))])
                            .with_role(Role::Accessory),
                    ],
                }],
            }],
        }],
    }
}

fn maxes() -> Maxes {
    Maxes::new().with(BLOCK_PULL, kg(100.0))
}

fn trap_bar(bar: Weight) -> Equipment {
    Equipment::Bar {
        kind: BarKind::TrapBar,
        bar,
    }
}

fn plan(settings: &PlanSettings) -> Vec<PlannedExercise> {
    generate(&program(), &maxes(), settings, 0).unwrap().weeks[0].days[0]
        .exercises
        .clone()
}

fn per_side_milli(e: &PlannedExercise) -> i64 {
    e.sets[0]
        .loading
        .as_ref()
        .unwrap()
        .per_side
        .iter()
        .map(|p| p.milli())
        .sum()
}

#[test]
fn a_block_pull_on_a_trap_bar_is_loaded_and_warmed_up_on_it() {
    let base = PlanSettings::new(Unit::Kg).with_plates_and_warmups();
    // On the lifter's 20 kg bar: 85 kg is 32.5 a side.
    let on_bar = plan(&base);
    assert_eq!(on_bar[0].sets[0].weight, Some(kg(85.0)));
    assert_eq!(per_side_milli(&on_bar[0]), 32_500);
    assert_eq!(on_bar[0].warmup[0].weight, kg(20.0));
    assert_eq!(on_bar[0].equipment, None);

    // On a 25 kg trap bar: 30 a side, the ladder starts at 25 kg.
    let settings = PlanSettings {
        equipment: [(key(BLOCK_PULL), trap_bar(kg(25.0)))].into(),
        ..base
    };
    let on_trap = plan(&settings);
    let pull = &on_trap[0];
    assert_eq!(pull.equipment, Some(trap_bar(kg(25.0))));
    assert_eq!(pull.sets[0].weight, Some(kg(85.0)));
    let loading = pull.sets[0].loading.as_ref().unwrap();
    assert!(loading.is_exact());
    assert_eq!(loading.total, kg(85.0));
    assert_eq!(loading.per_side, vec![kg(25.0), kg(5.0)]);
    assert_eq!(pull.warmup[0].weight, kg(25.0));
    assert!(pull.warmup[0].loading.per_side.is_empty());
    assert!(pull.warmup.iter().all(|s| s.weight.milli() >= 25_000));
    assert!(pull.warmup.iter().all(|s| s.weight.milli() < 85_000));
    // Every warm-up is loaded on the trap bar: its plates make its weight.
    for step in &pull.warmup {
        let side: i64 = step.loading.per_side.iter().map(|p| p.milli()).sum();
        assert_eq!(25_000 + 2 * side, step.weight.milli());
    }
}

#[test]
fn a_trap_bar_heavier_than_the_work_has_no_warm_up_and_is_the_set() {
    let settings = PlanSettings {
        equipment: [(key(BLOCK_PULL), trap_bar(kg(90.0)))].into(),
        ..PlanSettings::new(Unit::Kg).with_plates_and_warmups()
    };
    let pull = &plan(&settings)[0];
    assert!(pull.warmup.is_empty());
    assert_eq!(pull.sets[0].weight, Some(kg(90.0)));
}

#[test]
fn a_dumbbell_row_rounds_to_the_rack() {
    let settings = PlanSettings {
        equipment: [(
            key("db-row"),
            Equipment::default_for(Implement::Dumbbell, Unit::Kg),
        )]
        .into(),
        ..PlanSettings::new(Unit::Kg).with_plates_and_warmups()
    };
    let row = &plan(&settings)[1];
    // 23 kg: the 2.5 kg rack has 22.5 and 25; 22.5 is closer. The 23 kg
    // written is kept with the set, so the screens say it was changed.
    assert!(row.sets.iter().all(|s| s.weight == Some(kg(22.5))));
    assert!(row.sets.iter().all(|s| s.unowned == Some(kg(23.0))));
    assert!(row.sets.iter().all(|s| s.loading.is_none()));
    assert!(row.warmup.is_empty());
    // Without the rack it rounds to the 2.5 kg step, to 22.5 or 25 by the
    // step's rule (nearest: 22.5 — 23 is closer).
    let plain = &plan(&PlanSettings::new(Unit::Kg))[1];
    assert_eq!(plain.sets[0].weight, Some(kg(22.5)));
    assert_eq!(plain.equipment, None);
    assert_eq!(
        plain.sets[0].unowned, None,
        "a step is rounding, not equipment"
    );
    // A rack that has the 23 kg pair: planned as written.
    let owned = Equipment::default_for(Implement::Dumbbell, Unit::Kg)
        .with(kg(23.0))
        .unwrap()
        .unwrap();
    let settings = PlanSettings {
        equipment: [(key("db-row"), owned)].into(),
        ..PlanSettings::new(Unit::Kg).with_plates_and_warmups()
    };
    let row = &plan(&settings)[1];
    assert!(row
        .sets
        .iter()
        .all(|s| s.weight == Some(kg(23.0)) && s.unowned.is_none()));
    // Percentages of a max are rounded to what exists without a word.
    assert_eq!(plan(&settings)[0].sets[0].unowned, None);
}

#[test]
fn the_document_sets_and_resets_an_exercises_equipment() {
    let mut doc = StoredDocument::default();
    // Until set: the library's implement default (a barbell for block pulls).
    assert_eq!(
        rules::for_exercise(&doc, &key(BLOCK_PULL)),
        Some(Equipment::Barbell)
    );
    assert_eq!(rules::for_exercise(&doc, &key("made-up")), None);

    rules::apply(
        &mut doc,
        Change::Set {
            exercise: key(BLOCK_PULL),
            equipment: trap_bar(kg(25.0)),
        },
    )
    .unwrap();
    assert_eq!(
        rules::for_exercise(&doc, &key(BLOCK_PULL)),
        Some(trap_bar(kg(25.0)))
    );
    // The running program's plan settings carry it.
    let base = plan_base(&doc, &program());
    assert_eq!(
        base.equipment.get(&key(BLOCK_PULL)),
        Some(&trap_bar(kg(25.0)))
    );
    let pull = &plan(&base)[0];
    assert_eq!(pull.warmup[0].weight, kg(25.0));

    // Refused: no exercise, a bar of nothing.
    assert_eq!(
        rules::apply(
            &mut doc,
            Change::Set {
                exercise: key(" "),
                equipment: Equipment::Barbell
            }
        ),
        Err(EquipmentChangeError::NoExercise)
    );
    assert_eq!(
        rules::apply(
            &mut doc,
            Change::Set {
                exercise: key(BLOCK_PULL),
                equipment: trap_bar(kg(0.0))
            }
        ),
        Err(EquipmentChangeError::Equipment(
            EquipmentError::NotPositive(kg(0.0))
        ))
    );
    assert_eq!(
        rules::for_exercise(&doc, &key(BLOCK_PULL)),
        Some(trap_bar(kg(25.0)))
    );

    // Stored and read back.
    let again = store::decode(&store::encode(&doc)).unwrap();
    assert_eq!(again.equipment, doc.equipment);

    rules::apply(
        &mut doc,
        Change::Reset {
            exercise: key(BLOCK_PULL),
        },
    )
    .unwrap();
    assert_eq!(
        rules::for_exercise(&doc, &key(BLOCK_PULL)),
        Some(Equipment::Barbell)
    );
}

#[test]
fn a_lift_tracked_under_its_own_key_uses_its_movements_equipment() {
    let mut doc = StoredDocument::default();
    rules::apply(
        &mut doc,
        Change::Set {
            exercise: key("squat"),
            equipment: Equipment::Bar {
                kind: BarKind::SafetySquatBar,
                bar: kg(30.0),
            },
        },
    )
    .unwrap();
    let mut p = program();
    let mut t2 = LiftDef::barbell("squat-t2", "Squat (T2)", MaxKind::WorkWeight);
    t2.movement = Some(key("squat"));
    p.lifts.push(t2);
    let table = rules::for_program(&doc, &p);
    assert!(matches!(
        table.get(&key("squat-t2")),
        Some(Equipment::Bar {
            kind: BarKind::SafetySquatBar,
            ..
        })
    ));
}

#[test]
fn two_tabs_merge_their_equipment_and_a_reset_stays_reset() {
    let set = |doc: &mut StoredDocument, exercise: &str, equipment: Equipment| {
        rules::apply(
            doc,
            Change::Set {
                exercise: key(exercise),
                equipment,
            },
        )
        .unwrap()
    };
    let mut older = StoredDocument::default();
    set(&mut older, BLOCK_PULL, trap_bar(kg(25.0)));
    set(
        &mut older,
        "db-row",
        Equipment::default_for(Implement::Dumbbell, Unit::Kg),
    );

    // This tab reset the block pull and set a 15 kg bar for the press.
    let mut newer = older.clone();
    rules::apply(
        &mut newer,
        Change::Reset {
            exercise: key(BLOCK_PULL),
        },
    )
    .unwrap();
    set(&mut newer, "press", Equipment::fifteen_kg_bar());
    // Meanwhile the other tab set kettlebells for swings.
    let mut other = older.clone();
    set(
        &mut other,
        "kb-swing",
        Equipment::default_for(Implement::Kettlebell, Unit::Kg),
    );
    set(&mut other, "press", trap_bar(kg(22.0)));

    // Merged as tabs merge: against the copy both last agreed on.
    let base = store::Footprint::of(&older);
    let (merged, _) = store::reconcile(&newer, &other, &base);
    let (back, _) = store::reconcile(&other, &newer, &base);
    assert_eq!(merged, back, "either order");
    let got = |k: &str| merged.equipment.get(&key(k)).cloned();
    // The reset wins over the other's older trap bar.
    assert_eq!(got(BLOCK_PULL), None);
    assert_eq!(
        rules::for_exercise(&merged, &key(BLOCK_PULL)),
        Some(Equipment::Barbell)
    );
    // Both sides' own entries are kept.
    assert!(matches!(got("db-row"), Some(Equipment::Dumbbells(_))));
    assert!(matches!(got("kb-swing"), Some(Equipment::Kettlebells(_))));
    // Both changed the press: one of the two, whichever order.
    let press = got("press");
    assert!(
        press == Some(Equipment::fifteen_kg_bar()) || press == Some(trap_bar(kg(22.0))),
        "{press:?}"
    );
}

#[test]
fn a_plan_with_a_bar_setup_the_plates_cant_use_is_refused_not_panicking() {
    let mut own = BarSetup::kg_standard();
    own.plates[0].weight = kg(0.0);
    let settings = PlanSettings {
        bar: own,
        equipment: [(key(BLOCK_PULL), trap_bar(kg(25.0)))].into(),
        ..PlanSettings::new(Unit::Kg).with_plates_and_warmups()
    };
    assert!(generate(&program(), &maxes(), &settings, 0).is_err());
}

#[test]
fn the_exercises_to_equip_are_the_programs_then_the_logs_then_the_library() {
    use liftsheet_domain::date::Date;
    use liftsheet_domain::log::{LoggedExercise, Session, SessionId};
    use liftsheet_domain::program::active::ActiveProgram;
    let mut doc = StoredDocument {
        program: Some(ActiveProgram::start(program(), &Maxes::new())),
        ..StoredDocument::default()
    };
    let mut session = Session::new(SessionId::new("a"), Date::from_ymd(2024, 3, 5).unwrap());
    session
        .lifts
        .push(LoggedExercise::new("kb-swing", "Kettlebell swing"));
    session
        .lifts
        .push(LoggedExercise::new("deadlift", "Deadlift"));
    doc.log.push(session);
    let ids: Vec<String> = rules::exercises(&doc)
        .into_iter()
        .map(|(k, _)| k.as_str().to_string())
        .collect();
    assert_eq!(&ids[..3], &[BLOCK_PULL, "db-row", "kb-swing"]);
    // Each once: the log's deadlift and the library's are one entry.
    assert_eq!(ids.iter().filter(|i| *i == "deadlift").count(), 1);
    assert!(ids.iter().any(|i| i == "squat"));
}

#[test]
fn the_lifters_own_exercise_defaults_to_the_implement_he_gave_it() {
    use liftsheet_domain::exercise::{LoadKind, OwnExercise};
    let mut doc = StoredDocument::default();
    doc.exercises.push(OwnExercise {
        id: "sled-push".into(),
        name: "Sled push".into(),
        load: LoadKind::Fixed,
        implement: Implement::Kettlebell,
    });
    let sled = key("sled-push");
    assert_eq!(
        rules::implement_of(&doc, &sled),
        Some(Implement::Kettlebell)
    );
    assert!(matches!(
        rules::for_exercise(&doc, &sled),
        Some(Equipment::Kettlebells(_))
    ));
    // Unknown to the library and to the lifter: nothing to plan it on.
    assert_eq!(rules::implement_of(&doc, &key("mystery")), None);
}

#[test]
fn own_bars_are_the_exercises_set_to_a_bar_of_their_own_with_his_plates() {
    let mut doc = StoredDocument::default();
    assert!(
        rules::own_bars(&doc).is_empty(),
        "none set: his barbell for all"
    );
    rules::apply(
        &mut doc,
        Change::Set {
            exercise: key("deadlift"),
            equipment: trap_bar(kg(25.0)),
        },
    )
    .unwrap();
    // Dumbbells are no bar: not listed.
    rules::apply(
        &mut doc,
        Change::Set {
            exercise: key("bench"),
            equipment: Equipment::default_for(Implement::Dumbbell, Unit::Kg),
        },
    )
    .unwrap();
    let bars = rules::own_bars(&doc);
    assert_eq!(bars.len(), 1, "{bars:?}");
    let deadlift = &bars[0];
    assert_eq!(deadlift.exercise, key("deadlift"));
    assert_eq!(deadlift.name, "Deadlift");
    assert_eq!(deadlift.bar, "Trap bar 25 kg");
    // His plates and collars, on the trap bar.
    assert_eq!(deadlift.setup.bar, kg(25.0));
    assert_eq!(deadlift.setup.plates, doc.settings.bar.plates);
    assert_eq!(deadlift.setup.collar, doc.settings.bar.collar);
}
