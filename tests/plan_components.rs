//! Component tests for the Program tab: a planned set's row shows what a
//! lifter reads off the sheet.
#![cfg(target_arch = "wasm32")]

use liftsheet::screens::plan::set_row::{PlannedSetRow, PlannedSetRowProps};
use liftsheet_domain::plates::Loading;
use liftsheet_domain::program::plan::PlannedSet;
use liftsheet_domain::program::{Load, Percent, Reps};
use liftsheet_domain::Weight;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn cells(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("td").unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn amrap_top_set_shows_percent_weight_reps_and_plates() {
    let _page = fresh_page();
    let root = table_body();
    let set = PlannedSet {
        reps: Reps::Amrap { min: 5 },
        load: Load::Percent(Percent::whole(85)),
        weight: Some(Weight::lb(245.0)),
        loading: Some(Loading {
            per_side: vec![Weight::lb(45.0), Weight::lb(45.0), Weight::lb(10.0)],
            total: Weight::lb(245.0),
            target: Weight::lb(245.0),
        }),
        optional: false,
        note: None,
        unowned: None,
    };
    render_into::<PlannedSetRow>(&root, PlannedSetRowProps { number: 3, set });
    wait_for_selector(&root, "tr").await;
    assert_eq!(cells(&root), vec!["3", "85%", "245 lb × 5+", "45 45 10 lb"]);
    let row = root.query_selector("tr").unwrap().unwrap();
    assert!(row.class_name().split(' ').any(|c| c == "amrap"));
}

#[wasm_bindgen_test]
async fn bodyweight_optional_set_says_reps_and_optional() {
    let _page = fresh_page();
    let root = table_body();
    let set = PlannedSet {
        reps: Reps::Exact(10),
        load: Load::Bodyweight,
        weight: None,
        loading: None,
        optional: true,
        note: Some("chin-ups".into()),
        unowned: None,
    };
    render_into::<PlannedSetRow>(&root, PlannedSetRowProps { number: 1, set });
    wait_for_selector(&root, "tr").await;
    let cells = cells(&root);
    assert_eq!(cells[1], "bodyweight");
    assert_eq!(cells[2], "10 reps optional chin-ups");
    assert_eq!(cells[3], "");
}

#[wasm_bindgen_test]
async fn holds_read_in_seconds_and_added_weight_says_bodyweight_plus() {
    let _page = fresh_page();
    let root = table_body();
    let plank = PlannedSet {
        reps: Reps::Hold { seconds: 45 },
        load: Load::Bodyweight,
        weight: None,
        loading: None,
        optional: false,
        note: None,
        unowned: None,
    };
    render_into::<PlannedSetRow>(
        &root,
        PlannedSetRowProps {
            number: 1,
            set: plank,
        },
    );
    wait_for_selector(&root, "tr").await;
    assert_eq!(cells(&root), vec!["1", "bodyweight", "45 s", ""]);
    let root = table_body();
    let held = PlannedSet {
        reps: Reps::Hold { seconds: 30 },
        load: Load::BodyweightPlus(Weight::lb(10.0)),
        weight: Some(Weight::lb(10.0)),
        loading: None,
        optional: false,
        note: None,
        unowned: None,
    };
    render_into::<PlannedSetRow>(
        &root,
        PlannedSetRowProps {
            number: 2,
            set: held,
        },
    );
    wait_for_selector(&root, "tr").await;
    assert_eq!(cells(&root), vec!["2", "BW+", "BW + 10 lb × 30 s", ""]);
}

/// A report, not a timing gate: how long this browser takes to plan a year of
/// a 4-day program (5/3/1 BBB, 13 cycles) with warm-ups and plate loads; the
/// issue wants it well under one 16 ms frame. Same work as benches/plan.rs.
#[wasm_bindgen_test]
fn measures_planning_a_year_in_the_browser() {
    use liftsheet_domain::program::builtin::{self, BuiltinOptions};
    use liftsheet_domain::program::{generate, Maxes, PlanSettings};
    use liftsheet_domain::Unit;
    let program = builtin::build("531-bbb", &BuiltinOptions::default()).expect("built in");
    let settings = PlanSettings::new(Unit::Lb).with_plates_and_warmups();
    let maxes: Vec<Maxes> = (0..13)
        .map(|cycle| {
            let n = f64::from(cycle);
            Maxes::new()
                .with("press", Weight::lb(135.0 + 5.0 * n))
                .with("bench", Weight::lb(225.0 + 5.0 * n))
                .with("squat", Weight::lb(315.0 + 10.0 * n))
                .with("deadlift", Weight::lb(405.0 + 10.0 * n))
        })
        .collect();
    let mut times = Vec::new();
    let mut sets = 0;
    for _ in 0..5 {
        let t0 = performance_now();
        sets = 0;
        for (cycle, m) in maxes.iter().enumerate() {
            let plan = generate(&program, m, &settings, cycle as u32).expect("plans");
            sets += plan
                .exercises()
                .map(|e| e.sets.len() + e.warmup.len())
                .sum::<usize>();
        }
        times.push(performance_now() - t0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    assert!(
        sets > 13 * 4 * 4 * 8,
        "a year of BBB has many sets, got {sets}"
    );
    console_log!(
        "plan a year of 5/3/1 BBB ({sets} sets with warm-ups and plates): median {:.2} ms (min {:.2}, max {:.2}) over 5 runs",
        times[2],
        times[0],
        times[4]
    );
}

/// A plan of Starting Strength with the deadlift on a 25 kg trap bar, as the
/// domain makes it.
fn trap_bar_plan() -> liftsheet_domain::program::Plan {
    use liftsheet_domain::equipment::{BarKind, Equipment};
    use liftsheet_domain::program::builtin::{self, BuiltinOptions};
    use liftsheet_domain::program::{generate, LiftKey, Maxes, PlanSettings};
    use liftsheet_domain::Unit;
    let program = builtin::build("starting-strength", &BuiltinOptions::default()).unwrap();
    let maxes = Maxes::new()
        .with("squat", Weight::kg(100.0))
        .with("bench", Weight::kg(60.0))
        .with("press", Weight::kg(40.0))
        .with("deadlift", Weight::kg(120.0));
    let settings = PlanSettings {
        equipment: [(
            LiftKey::new("deadlift"),
            Equipment::Bar {
                kind: BarKind::TrapBar,
                bar: Weight::kg(25.0),
            },
        )]
        .into(),
        ..PlanSettings::new(Unit::Kg).with_plates_and_warmups()
    };
    generate(&program, &maxes, &settings, 0).unwrap()
}

#[wasm_bindgen_test]
async fn a_lift_on_a_trap_bar_says_so_and_labels_its_drawing() {
    use liftsheet::screens::plan::cycle::{CycleView, CycleViewProps};
    let _page = fresh_page();
    let root = mount_point();
    render_into::<CycleView>(
        &root,
        CycleViewProps {
            plan: trap_bar_plan(),
            warmups: true,
            diagrams: true,
            open: 0,
            printing: false,
            waiting: false,
        },
    );
    wait_for_text(&root, "Deadlift on a 25 kg trap bar").await;
    let notes = root.query_selector_all(".plan-equipment").unwrap();
    // Only the deadlift is on another bar; the squat and presses say nothing.
    for i in 0..notes.length() {
        let text = notes.item(i).unwrap().text_content().unwrap();
        assert_eq!(text, "Deadlift on a 25 kg trap bar");
    }
    assert!(text_of(&root).contains("Trap bar 25 kg"));
}

#[wasm_bindgen_test]
async fn a_written_weight_he_doesnt_own_is_said_beside_the_nearest() {
    let _page = fresh_page();
    let root = table_body();
    let set = PlannedSet {
        reps: Reps::Exact(15),
        load: Load::Fixed(Weight::lb(53.0)),
        weight: Some(Weight::lb(50.0)),
        loading: None,
        optional: false,
        note: None,
        unowned: Some(Weight::lb(53.0)),
    };
    render_into::<PlannedSetRow>(&root, PlannedSetRowProps { number: 1, set });
    wait_for_selector(&root, "tr").await;
    assert_eq!(
        cells(&root)[2],
        "50 lb × 15 53 lb written, which you don't have"
    );
}
