//! The exercise library: its data, search, other apps' names (with the
//! import fixtures), and the lifter's own exercises.

use liftsheet_domain::document::exercises::{self, Change, ExerciseError};
use liftsheet_domain::document::session;
use liftsheet_domain::exercise::names::{library_entry, lift_id};
use liftsheet_domain::exercise::search::{fold, search, Rank};
use liftsheet_domain::exercise::{library, lookup, Implement, LoadKind, OwnExercise};
use liftsheet_domain::import::{self, ImportOptions};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::program::builtin::{self, BuiltinOptions};
use liftsheet_domain::store::{self, StoredDocument};
use liftsheet_domain::weight::{Unit, Weight};
use std::collections::HashSet;

mod import_support;
use import_support::{fixture, today};

const IMPORT_FIXTURES: &[&str] = &[
    "strong_ios.csv",
    "strong_android.csv",
    "hevy_kg.csv",
    "hevy_lbs.csv",
    "fitnotes.csv",
    "fitnotes_lbs_edge.csv",
    "stronglifts_kg.csv",
    "stronglifts_lb.csv",
];

fn own(id: &str, name: &str) -> OwnExercise {
    OwnExercise {
        id: id.into(),
        name: name.into(),
        load: LoadKind::Fixed,
        implement: Implement::Machine,
    }
}

// --- The data -------------------------------------------------------------

#[test]
fn ids_are_unique_kebab_case_and_names_unique() {
    let entries = library::ENTRIES;
    assert!(
        (80..=130).contains(&entries.len()),
        "{} entries",
        entries.len()
    );
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for e in entries {
        assert!(ids.insert(e.id), "id {} twice", e.id);
        assert!(
            !e.id.is_empty()
                && !e.id.starts_with('-')
                && !e.id.ends_with('-')
                && !e.id.contains("--")
                && e.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id {:?} is not kebab-case",
            e.id
        );
        assert!(names.insert(fold(e.name)), "name {} twice", e.name);
        assert_eq!(e.name.trim(), e.name);
    }
    // No alias is another entry's name or alias (an import or a search would
    // not know which one is meant).
    let mut all = HashSet::new();
    for e in entries {
        for n in std::iter::once(&e.name).chain(e.aliases) {
            assert!(all.insert(fold(n)), "{n:?} ({}) names two entries", e.id);
        }
    }
}

#[test]
fn the_big_four_and_the_story_entries_are_there() {
    for (id, name, load, implement) in [
        ("squat", "Squat", LoadKind::Barbell, Implement::Barbell),
        (
            "bench",
            "Bench press",
            LoadKind::Barbell,
            Implement::Barbell,
        ),
        (
            "deadlift",
            "Deadlift",
            LoadKind::Barbell,
            Implement::Barbell,
        ),
        (
            "press",
            "Overhead press",
            LoadKind::Barbell,
            Implement::Barbell,
        ),
        (
            "block-pull",
            "Block pull",
            LoadKind::Barbell,
            Implement::Barbell,
        ),
        (
            "chin-up",
            "Chin-up",
            LoadKind::BodyweightPlus,
            Implement::Bodyweight,
        ),
        ("plank", "Plank", LoadKind::Timed, Implement::Bodyweight),
        (
            "trap-bar-deadlift",
            "Trap bar deadlift",
            LoadKind::Barbell,
            Implement::TrapBar,
        ),
        (
            "kb-swing",
            "Kettlebell swing",
            LoadKind::Fixed,
            Implement::Kettlebell,
        ),
    ] {
        let e = library::find(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(
            (e.name, e.load, e.implement),
            (name, load, implement),
            "{id}"
        );
    }
    // Each kind of load and every implement has entries.
    for load in [
        LoadKind::Barbell,
        LoadKind::Fixed,
        LoadKind::BodyweightPlus,
        LoadKind::Timed,
    ] {
        assert!(
            library::ENTRIES.iter().filter(|e| e.load == load).count() >= 5,
            "{load:?}"
        );
    }
    for implement in [
        Implement::Barbell,
        Implement::TrapBar,
        Implement::SafetySquatBar,
        Implement::EzBar,
        Implement::Dumbbell,
        Implement::Kettlebell,
        Implement::Machine,
        Implement::Bodyweight,
    ] {
        assert!(
            library::ENTRIES.iter().any(|e| e.implement == implement),
            "{implement:?}"
        );
    }
}

/// Keys only programs use: GZCLP tracks its T2 lifts under `<movement>-t2`
/// (with `movement` naming the library exercise), so the T2 squat keeps its
/// own working weight and stage.
fn program_only(key: &str) -> bool {
    key.ends_with("-t2")
}

#[test]
fn every_builtin_program_lift_is_a_library_exercise() {
    let options = BuiltinOptions::default();
    let mut seen = 0;
    for info in builtin::catalog() {
        let program = builtin::build(info.id, &options).expect(info.id);
        for lift in &program.lifts {
            let key = lift.key.as_str();
            if program_only(key) {
                let movement = lift.movement.as_ref().expect("a T2 key names its movement");
                assert!(
                    library::find(movement.as_str()).is_some(),
                    "{}: {movement:?}",
                    info.id
                );
            } else {
                assert!(
                    library::find(key).is_some(),
                    "{}: lift {key} not in the library",
                    info.id
                );
            }
            seen += 1;
        }
    }
    assert!(seen > 20);
}

#[test]
fn serde_names_are_snake_case() {
    let json = serde_json::to_string(&OwnExercise {
        id: "x".into(),
        name: "X".into(),
        load: LoadKind::BodyweightPlus,
        implement: Implement::SafetySquatBar,
    })
    .unwrap();
    assert_eq!(
        json,
        r#"{"id":"x","name":"X","load":"bodyweight_plus","implement":"safety_squat_bar"}"#
    );
}

// --- Search -----------------------------------------------------------------

fn ids<'a>(hits: &[liftsheet_domain::exercise::search::Hit<'a>]) -> Vec<&'a str> {
    hits.iter().map(|h| h.exercise.id).collect()
}

#[test]
fn search_finds_by_word_prefix_and_ranks() {
    let hits = search("block", &[]);
    assert_eq!(hits[0].exercise.name, "Block pull");
    assert_eq!(hits[0].rank, Rank::NamePrefix);
    assert_eq!(ids(&search("bl pu", &[]))[0], "block-pull");
    assert_eq!(ids(&search("PULL BLO", &[]))[0], "block-pull");

    // Exact, then names starting with it, then word prefixes, then aliases.
    let squat = search("squat", &[]);
    assert_eq!(
        (squat[0].exercise.id, squat[0].rank),
        ("squat", Rank::Exact)
    );
    let ranks: Vec<Rank> = squat.iter().map(|h| h.rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted, "ranked best first");
    assert!(ranks.contains(&Rank::WordPrefix));
    let front = squat
        .iter()
        .position(|h| h.exercise.id == "front-squat")
        .unwrap();
    assert_eq!(squat[front].rank, Rank::WordPrefix);

    // Aliases: "RDL", "hex bar", "chins".
    let rdl = search("rdl", &[]);
    assert_eq!((rdl[0].exercise.id, rdl[0].rank), ("rdl", Rank::Alias));
    assert_eq!(ids(&search("hex bar", &[]))[0], "trap-bar-deadlift");
    assert_eq!(ids(&search("Chins", &[]))[0], "chin-up");

    // Nothing matches nonsense; everything matches nothing typed.
    assert!(search("zzqx", &[]).is_empty());
    assert_eq!(search("  ", &[]).len(), library::ENTRIES.len());
}

#[test]
fn search_folds_case_and_accents_and_includes_own_entries() {
    let mine = [
        own("developpe-couche", "Développé couché"),
        own("sled-push", "Sled push"),
    ];
    assert_eq!(ids(&search("developpe", &mine)), ["developpe-couche"]);
    assert_eq!(ids(&search("DÉVELOPPÉ COU", &mine)), ["developpe-couche"]);
    assert_eq!(ids(&search("couche", &mine)), ["developpe-couche"]);
    let sled = search("sled", &mine);
    assert_eq!(ids(&sled), ["sled-push"]);
    assert!(sled[0].exercise.own);
    assert_eq!(ids(&search("farmers", &[]))[0], "farmers-walk");
    assert_eq!(ids(&search("pec déck", &[]))[0], "pec-deck");
    // Own entries come after built-ins in the empty list.
    let all = search("", &mine);
    assert_eq!(all.last().unwrap().exercise.id, "sled-push");
}

// --- Other apps' names ----------------------------------------------------

#[test]
fn other_apps_names_map_to_library_entries() {
    for (name, id) in [
        // Strong and Hevy: "Name (Equipment)".
        ("Deadlift (Barbell)", "deadlift"),
        ("Romanian Deadlift (Barbell)", "rdl"),
        ("Romanian Deadlift (Dumbbell)", "dumbbell-rdl"),
        ("Bench Press (Dumbbell)", "dumbbell-bench"),
        ("Bench Press (Barbell)", "bench"),
        ("Lat Pulldown (Cable)", "lat-pulldown"),
        ("Triceps Pushdown (Cable)", "triceps-pushdown"),
        ("Deadlift (Trap bar)", "trap-bar-deadlift"),
        ("Goblet Squat (Kettlebell)", "goblet-squat"),
        ("Front Squat (Barbell)", "front-squat"),
        ("Bent Over Row (Barbell)", "row"),
        ("Chin Up (Weighted)", "chin-up"),
        ("Pull Up", "pull-up"),
        ("Plank", "plank"),
        // FitNotes: the equipment first, or not named.
        ("Deadlift", "deadlift"),
        ("Flat Barbell Bench Press", "bench"),
        ("Flat Dumbbell Bench Press", "dumbbell-bench"),
        ("Barbell Squat", "squat"),
        ("Seated Cable Row", "cable-row"),
        ("Chin Up", "chin-up"),
        ("Dumbbell Curl", "dumbbell-curl"),
        ("Trap Bar Deadlift", "trap-bar-deadlift"),
        // StrongLifts.
        ("Barbell Row", "row"),
        ("Overhead Press", "press"),
        ("Chin-ups", "chin-up"),
        ("Dips", "dip"),
    ] {
        assert_eq!(library_entry(name).map(|e| e.id), Some(id), "{name}");
    }
    // Different exercises don't map to a lift they resemble.
    for name in [
        "Bench Press (Smith Machine)",
        "Pull Up (Assisted)",
        "Treadmill",
        "Rest Timer",
        "Squat (Band)",
    ] {
        assert_eq!(library_entry(name).map(|e| e.id), None, "{name}");
    }
    assert_eq!(lift_id("Pull Up (Assisted)"), "pull-up-assisted");
}

#[test]
fn every_name_in_the_import_fixtures_maps_or_becomes_the_lifters_own() {
    let options = ImportOptions::new(Unit::Kg, today());
    let mut mapped = 0;
    let mut adopted = 0;
    for file in IMPORT_FIXTURES {
        let preview = import::preview(&fixture(file), &[], &options)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let names: Vec<(String, String)> = preview
            .sessions
            .iter()
            .flat_map(|s| &s.lifts)
            .map(|e| (e.lift.clone(), e.name.clone()))
            .collect();
        assert!(!names.is_empty(), "{file}");
        let mut doc = StoredDocument::default();
        session::apply(&mut doc, session::Change::Import(preview)).unwrap();
        for (lift, name) in names {
            // The logged name stays what the file said.
            assert!(
                doc.log
                    .iter()
                    .flat_map(|s| &s.lifts)
                    .any(|e| e.lift == lift && e.name == name),
                "{file}: {name}"
            );
            match library::find(&lift) {
                Some(entry) => {
                    assert_eq!(library_entry(&name).map(|e| e.id), Some(entry.id));
                    mapped += 1;
                }
                None => {
                    let own = doc
                        .exercises
                        .iter()
                        .find(|e| e.id == lift)
                        .unwrap_or_else(|| panic!("{file}: {name} ({lift}) was lost"));
                    assert_eq!(own.name, name);
                    adopted += 1;
                }
            }
        }
        // Own entries are never duplicated.
        let unique: HashSet<&str> = doc.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(unique.len(), doc.exercises.len(), "{file}");
    }
    // Every name in these fixtures is a library exercise (their cardio and
    // rest-timer rows are skipped by the importers); the next test renames
    // some to names the library lacks.
    assert!(mapped >= 25, "{mapped} mapped");
    assert_eq!(adopted, 0);
}

#[test]
fn imported_unknown_names_get_a_likely_kind_and_survive_a_save() {
    let options = ImportOptions::new(Unit::Kg, today());
    let mut doc = StoredDocument::default();
    // Strong's and Hevy's files, with exercises the library doesn't have.
    let strong =
        fixture("strong_ios.csv").replace("Lat Pulldown (Cable)", "Landmine Press (Barbell)");
    let hevy = fixture("hevy_kg.csv").replace("Triceps Pushdown (Cable)", "Tate Press (Dumbbell)");
    let preview = import::preview(&strong, &[], &options).unwrap();
    session::apply(&mut doc, session::Change::Import(preview.clone())).unwrap();
    let hevy_preview = import::preview(&hevy, &doc.log, &options).unwrap();
    session::apply(&mut doc, session::Change::Import(hevy_preview)).unwrap();
    let kinds: Vec<(&str, &str, LoadKind, Implement)> = doc
        .exercises
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str(), e.load, e.implement))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "landmine-press-barbell",
                "Landmine Press (Barbell)",
                LoadKind::Barbell,
                Implement::Barbell
            ),
            (
                "tate-press-dumbbell",
                "Tate Press (Dumbbell)",
                LoadKind::Fixed,
                Implement::Dumbbell
            ),
        ]
    );
    let logged_ids: Vec<String> = kinds.iter().map(|k| k.0.to_string()).collect();
    // Sets logged in seconds make a timed hold.
    let mut held = Session::new(SessionId::new("held"), today());
    let at = held.add_exercise(LoggedExercise::new("copenhagen-plank", "Copenhagen plank"));
    held.add_set(
        at,
        LoggedSet::done(SetKind::Hold, Weight::zero(Unit::Kg), 30),
    )
    .unwrap();
    exercises::adopt_logged(&mut doc, std::slice::from_ref(&held));
    let plank = doc.exercises.last().unwrap();
    assert_eq!(
        (plank.id.as_str(), plank.load),
        ("copenhagen-plank", LoadKind::Timed)
    );
    doc.exercises.pop();
    // The log refers to them by those ids.
    for id in &logged_ids {
        assert!(
            doc.log.iter().flat_map(|s| &s.lifts).any(|e| e.lift == *id),
            "{id}"
        );
    }
    // Importing again adds nothing.
    let before = doc.exercises.clone();
    session::apply(&mut doc, session::Change::Import(preview)).unwrap();
    assert_eq!(doc.exercises, before);
    let back = store::decode(&store::encode(&doc)).unwrap();
    assert_eq!(back.exercises, doc.exercises);
}

// --- The lifter's own -----------------------------------------------------

fn add(doc: &mut StoredDocument, name: &str, load: LoadKind) -> Result<(), ExerciseError> {
    exercises::apply(
        doc,
        Change::AddOwn {
            name: name.into(),
            load,
            implement: Implement::Machine,
        },
    )
}

#[test]
fn own_exercises_get_unique_ids_and_plain_name_errors() {
    let mut doc = StoredDocument::default();
    add(&mut doc, "  Sled push ", LoadKind::Fixed).unwrap();
    assert_eq!(doc.exercises, [own("sled-push", "Sled push")]);
    let found = lookup("sled-push", &doc.exercises).unwrap();
    assert!(found.own);

    // "Row" is no library name, but `row` is the barbell row's id.
    add(&mut doc, "Row", LoadKind::Fixed).unwrap();
    assert_eq!(doc.exercises[1].id, "row-2");
    assert_eq!(exercises::id_for_name(&doc, "row"), "row-2");
    assert_eq!(exercises::id_for_name(&doc, "Barbell Row"), "row");

    // Names that are taken, empty or too long.
    for (name, err) in [
        (
            "sled PUSH",
            ExerciseError::AlreadyYours {
                existing: "Sled push".into(),
            },
        ),
        (
            "Block Pull",
            ExerciseError::InLibrary {
                existing: "Block pull",
            },
        ),
        (
            "rdl",
            ExerciseError::InLibrary {
                existing: "Romanian deadlift",
            },
        ),
        ("   ", ExerciseError::NoName),
        ("!!", ExerciseError::NoName),
    ] {
        assert_eq!(add(&mut doc, name, LoadKind::Fixed), Err(err), "{name}");
    }
    let long = "a".repeat(81);
    let e = add(&mut doc, &long, LoadKind::Fixed).unwrap_err();
    assert!(matches!(e, ExerciseError::Name(_)));
    assert_eq!(
        e.to_string(),
        "The exercise name is longer than 80 characters."
    );
    assert_eq!(
        ExerciseError::InLibrary {
            existing: "Block pull"
        }
        .to_string(),
        "The library has this one already: pick “Block pull”."
    );
    assert_eq!(doc.exercises.len(), 2, "nothing added on an error");

    // A name whose slug is taken by another own entry gets the next number.
    add(&mut doc, "Sled-push!", LoadKind::Fixed).unwrap_err();
    add(&mut doc, "Sled push 2", LoadKind::Fixed).unwrap();
    add(&mut doc, "Sled (push)", LoadKind::Timed).unwrap_err();
    let ids: Vec<&str> = doc.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["sled-push", "row-2", "sled-push-2"]);
}

#[test]
fn an_own_exercise_is_deleted_only_when_unused_and_its_id_is_never_given_again() {
    use liftsheet_domain::program::LiftKey;
    let mut doc = StoredDocument::default();
    add(&mut doc, "Sled push", LoadKind::Fixed).unwrap();
    add(&mut doc, "Yoke", LoadKind::Fixed).unwrap();
    // Logged: it stays, and says why.
    let mut s = Session::new(SessionId::new("s"), today());
    s.add_exercise(LoggedExercise::new("yoke", "Yoke"));
    session::apply(&mut doc, session::Change::Start(s)).unwrap();
    let delete = |id: &str| Change::DeleteOwn(LiftKey::new(id));
    let e = exercises::apply(&mut doc, delete("yoke")).unwrap_err();
    assert_eq!(e.to_string(), "Yoke is in a logged session, so it stays.");
    assert_eq!(
        exercises::apply(&mut doc, delete("squat")),
        Err(ExerciseError::NotYours),
        "a library exercise is no one's to delete"
    );
    exercises::apply(&mut doc, delete("sled-push")).unwrap();
    let ids: Vec<&str> = doc.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["yoke"]);
    assert_eq!(doc.deleted_exercises, [LiftKey::new("sled-push")]);
    // Added again by the same name: a new id, which the mark doesn't take.
    add(&mut doc, "Sled push", LoadKind::Fixed).unwrap();
    assert_eq!(doc.exercises[1].id, "sled-push-2");
    assert_eq!(exercises::id_for_name(&doc, "Sled push"), "sled-push-2");
    assert_eq!(exercises::id_for_name(&doc, "Sled pull"), "sled-pull");
    let back = store::decode(&store::encode(&doc)).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn an_own_exercise_logged_by_name_is_logged_under_its_id() {
    let mut doc = StoredDocument::default();
    add(&mut doc, "Row", LoadKind::Fixed).unwrap();
    let s = Session::new(SessionId::new("s"), today());
    session::apply(&mut doc, session::Change::Start(s)).unwrap();
    for name in ["row", "Block pull", "Hex bar deadlift"] {
        session::apply(
            &mut doc,
            session::Change::AddExercise {
                lift: String::new(),
                name: name.into(),
            },
        )
        .unwrap();
    }
    let lifts: Vec<&str> = doc
        .in_progress
        .as_ref()
        .unwrap()
        .lifts
        .iter()
        .map(|e| e.lift.as_str())
        .collect();
    assert_eq!(lifts, ["row-2", "block-pull", "trap-bar-deadlift"]);
}

#[test]
fn an_accessory_picked_from_the_library_takes_its_id_and_its_bar() {
    use liftsheet_domain::program::edit::{add_accessory, Accessory, AccessoryLoad, DayAt, WeekAt};
    use liftsheet_domain::program::Reps;
    let mut program = builtin::build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
    let day = DayAt {
        week: WeekAt { cycle: 0, week: 0 },
        day: 0,
    };
    let mut add = |name: &str| {
        let accessory = Accessory {
            name: name.into(),
            load: AccessoryLoad::Fixed(Weight::kg(60.0)),
            sets: 3,
            reps: Reps::Exact(5),
        };
        let key = add_accessory(&mut program, day, &accessory).unwrap();
        let lift = program.lift(&key).unwrap();
        (key.as_str().to_string(), lift.barbell)
    };
    assert_eq!(add("Block pull"), ("block-pull".to_string(), true));
    assert_eq!(add("Leg curl"), ("leg-curl".to_string(), false));
    assert_eq!(add("Sled push"), ("sled-push".to_string(), false));
}
