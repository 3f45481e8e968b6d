//! Component tests for the Program tab: a planned set's row shows what a
//! lifter reads off the sheet.
#![cfg(target_arch = "wasm32")]

use liftsheet::screens::plan::set_row::{PlannedSetRow, PlannedSetRowProps};
use liftsheet_domain::plates::Loading;
use liftsheet_domain::program::plan::PlannedSet;
use liftsheet_domain::program::{Load, Percent, Reps};
use liftsheet_domain::Weight;
use std::time::Duration;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A `<tbody>` in a `<table>` attached to the document, to mount a row into.
fn tbody() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let table = document.create_element("table").unwrap();
    let body = document.create_element("tbody").unwrap();
    table.append_child(&body).unwrap();
    document.body().unwrap().append_child(&table).unwrap();
    body
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

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
    let root = tbody();
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
    };
    yew::Renderer::<PlannedSetRow>::with_root_and_props(
        root.clone(),
        PlannedSetRowProps { number: 3, set },
    )
    .render();
    settle().await;
    assert_eq!(cells(&root), vec!["3", "85%", "245 lb × 5+", "45 45 10 lb"]);
    let row = root.query_selector("tr").unwrap().unwrap();
    assert!(row.class_name().split(' ').any(|c| c == "amrap"));
}

#[wasm_bindgen_test]
async fn bodyweight_optional_set_says_reps_and_optional() {
    let root = tbody();
    let set = PlannedSet {
        reps: Reps::Exact(10),
        load: Load::Bodyweight,
        weight: None,
        loading: None,
        optional: true,
        note: Some("chin-ups".into()),
    };
    yew::Renderer::<PlannedSetRow>::with_root_and_props(
        root.clone(),
        PlannedSetRowProps { number: 1, set },
    )
    .render();
    settle().await;
    let cells = cells(&root);
    assert_eq!(cells[1], "bodyweight");
    assert_eq!(cells[2], "10 reps optional chin-ups");
    assert_eq!(cells[3], "");
}
