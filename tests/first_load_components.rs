//! The first-load app in headless Chromium: its serde-free reader of the
//! stored document agrees with the domain's decoder, it shows the lifter's own
//! settings and maxes, and it hands over to the full app (a store it must not
//! read, a max to save) through the page's boot script.
#![cfg(target_arch = "wasm32")]

use liftsheet::calculator_app::CalculatorApp;
use liftsheet::storage::{self, calculator_view};
use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxSource, MaxTable, OneRepMax};
use liftsheet_domain::plates::{BarSetup, PlateStock};
use liftsheet_domain::store::{self, StoredDocument, SCHEMA_VERSION};
use liftsheet_domain::training_max::{Increment, TmPercent};
use liftsheet_domain::{Rounding, Unit, Weight};
use serde_json::{json, Value};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// The fixture of the schema this build writes.
const CURRENT: &str = include_str!("../crates/domain/tests/fixtures/store/v2.json");
/// An older schema: the first-load app hands it to the full app to migrate.
const V1: &str = include_str!("../crates/domain/tests/fixtures/store/v1.json");

fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(40)).await;
}

/// Mounts the first-load app in a fresh element and lets it render.
async fn start_calculator_app() -> (Element, yew::AppHandle<CalculatorApp>) {
    let root = mount_point();
    let app = yew::Renderer::<CalculatorApp>::with_root(root.clone()).render();
    settle().await;
    (root, app)
}

/// The calculator app runs on `#/calc` (the test page has its own fragment).
fn at_calculator() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/calc")
        .unwrap();
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Runs `test` with `text` as the stored document, then puts back what was there.
async fn with_stored<F: std::future::Future<Output = ()>>(text: Option<&str>, test: F) {
    let previous = local().get_item(storage::KEY).unwrap();
    match text {
        Some(text) => local().set_item(storage::KEY, text).unwrap(),
        None => local().remove_item(storage::KEY).unwrap(),
    }
    test.await;
    match previous {
        Some(previous) => local().set_item(storage::KEY, &previous).unwrap(),
        None => local().remove_item(storage::KEY).unwrap(),
    }
}

/// Documents the way the app writes them, in every settings shape.
fn tm(lift: &str, max: Option<Weight>) -> storage::MaxChange {
    storage::MaxChange::TrainingMax {
        lift: lift.into(),
        max,
    }
}

fn written_documents() -> Vec<StoredDocument> {
    let mut lb = StoredDocument::default();
    lb.settings.unit = Unit::Lb;
    lb.settings.bar = BarSetup::lb_standard();
    lb.settings.rounding = Increment {
        step: Weight::lb(5.0),
        rounding: Rounding::Up,
    };
    lb.settings.tm_percent = TmPercent::EIGHTY_FIVE;
    lb.maxes = MaxTable::new()
        .with_training_max("squat", Weight::lb(315.0))
        .with_training_max("zercher-squat", Weight::kg(100.0))
        .with_one_rep_max(
            "squat",
            OneRepMax {
                weight: Weight::lb(350.0),
                date: Date::from_ymd(2026, 11, 30).ok(),
                source: MaxSource::Tested,
            },
        )
        .with_one_rep_max(
            "deadlift",
            OneRepMax {
                weight: Weight::kg(200.5),
                date: None,
                source: MaxSource::Estimated,
            },
        );

    let mut custom = StoredDocument::default();
    custom.settings.bar = BarSetup {
        bar: Weight::kg(15.0),
        collar: Weight::kg(2.5),
        plates: vec![
            PlateStock::new(Weight::kg(20.0), 6),
            PlateStock::new(Weight::lb(2.5), 2),
            PlateStock::new(Weight::kg(0.25), 0),
        ],
    };
    custom.settings.rounding = Increment {
        step: Weight::kg(1.0),
        rounding: Rounding::Down,
    };
    custom.settings.tm_percent = TmPercent::new(77).unwrap();
    custom.maxes = MaxTable::new().with_training_max("bench", Weight::kg(102.5));

    vec![StoredDocument::default(), lb, custom]
}

/// `read` says `Some` only where `decode` reads the same settings and maxes.
fn check_agreement(text: &str) -> bool {
    let view = calculator_view::read(text);
    if let Some(view) = &view {
        let doc = store::decode(text).unwrap_or_else(|e| panic!("read accepted {text}: {e}"));
        assert_eq!(view.settings, doc.settings, "{text}");
        assert_eq!(view.maxes, doc.maxes, "{text}");
    }
    view.is_some()
}

#[wasm_bindgen_test]
fn the_reader_agrees_with_decode_on_every_written_shape() {
    for doc in written_documents() {
        let text = store::encode(&doc);
        assert!(check_agreement(&text), "a written document reads: {text}");
    }
    assert!(check_agreement(CURRENT), "the schema fixture reads");
    assert!(
        calculator_view::read(V1).is_none(),
        "an older schema goes to the full app"
    );
    let empty = format!(r#"{{"schema": {SCHEMA_VERSION}}}"#);
    assert!(
        check_agreement(&empty),
        "an empty document reads as the defaults"
    );
}

#[wasm_bindgen_test]
fn the_reader_leaves_everything_else_to_the_full_app() {
    let v1: Value = serde_json::from_str(CURRENT).unwrap();
    let mutated = |path: &[&str], value: Value| {
        let mut doc = v1.clone();
        let mut at = &mut doc;
        for key in &path[..path.len() - 1] {
            at = at.get_mut(*key).unwrap();
        }
        at[path[path.len() - 1]] = value;
        doc.to_string()
    };
    let refused = [
        mutated(&["schema"], json!(SCHEMA_VERSION + 1)),
        mutated(&["schema"], json!(0)),
        mutated(&["schema"], json!("1")),
        mutated(&["settings"], Value::Null),
        mutated(&["settings", "unit"], json!("stone")),
        mutated(&["settings", "bar", "bar", "milli"], json!(1.5)),
        mutated(&["settings", "bar", "bar", "milli"], json!("45000")),
        mutated(&["settings", "bar", "plates"], json!({})),
        mutated(
            &["settings", "bar", "plates"],
            json!([{"weight": {"milli": 1, "unit": "kg"}, "count": -1}]),
        ),
        mutated(&["settings", "tm_percent"], json!(101)),
        mutated(
            &["settings", "rounding"],
            json!({"step": {"milli": 1, "unit": "kg"}, "rounding": "sideways"}),
        ),
        mutated(&["maxes"], json!([])),
        mutated(&["maxes"], json!({"squat": 100})),
        mutated(
            &["maxes"],
            json!({"squat": {"milli": 100000, "unit": "kg"}}),
        ),
        mutated(&["maxes"], json!({"squat": {"training_max": 100}})),
        mutated(
            &["maxes"],
            json!({"squat": {"one_rep_max": {"weight": {"milli": 1, "unit": "kg"}, "source": "guessed"}}}),
        ),
        mutated(
            &["maxes"],
            json!({"squat": {"one_rep_max": {"weight": {"milli": 1, "unit": "kg"}, "source": "tested", "date": "2026-13-01"}}}),
        ),
        CURRENT[..CURRENT.len() / 2].to_string(),
        String::from("not json"),
        String::from("[]"),
    ];
    for text in refused {
        assert!(!check_agreement(&text), "read refuses {text}");
    }
    // Every cut of the fixture: never an answer decode would not give.
    for (cut, _) in CURRENT.char_indices().step_by(7) {
        check_agreement(&CURRENT[..cut]);
    }
}

#[wasm_bindgen_test]
async fn the_calculator_app_shows_the_lifters_units_and_maxes() {
    let mut doc = StoredDocument::default();
    doc.settings.unit = Unit::Lb;
    doc.settings.bar = BarSetup::lb_standard();
    doc.maxes = MaxTable::new().with_training_max("squat", Weight::lb(315.0));
    at_calculator();
    with_stored(Some(&store::encode(&doc)), async {
        let (root, app) = start_calculator_app().await;
        let label = root
            .query_selector("label[for=e1rm-weight]")
            .unwrap()
            .unwrap_or_else(|| panic!("the weight field's label in {}", root.inner_html()))
            .text_content()
            .unwrap();
        assert!(label.contains("(lb)"), "{label}");
        let maxes = root
            .query_selector(".saved-maxes")
            .unwrap()
            .expect("the saved maxes");
        let text = maxes.text_content().unwrap();
        assert!(text.contains("Squat") && text.contains("315"), "{text}");
        app.destroy();
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_store_it_must_not_read_hands_over_to_the_full_app() {
    let window = web_sys::window().unwrap();
    let newer = format!(r#"{{"schema": {}, "maxes": {{}}}}"#, SCHEMA_VERSION + 1);
    at_calculator();
    with_stored(Some(&newer), async {
        // No boot script (as here): the lifter is told, not left on "Loading".
        let _ = js_sys::Reflect::delete_property(&window, &"liftsheetBoot".into());
        let (root, app) = start_calculator_app().await;
        let alert = root
            .query_selector("[role=alert]")
            .unwrap()
            .expect("an error banner");
        assert!(alert
            .text_content()
            .unwrap()
            .contains("couldn't load the rest of the app"));
        assert!(root.query_selector("#e1rm-weight").unwrap().is_none());
        app.destroy();

        // With a boot script: it is asked once, and the page says it is loading.
        let calls = js_sys::Array::new();
        let record = {
            let calls = calls.clone();
            wasm_bindgen::closure::Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
                calls.push(&JsValue::TRUE);
                js_sys::Promise::resolve(&JsValue::UNDEFINED)
            })
        };
        let boot = js_sys::Object::new();
        js_sys::Reflect::set(&boot, &"full".into(), record.as_ref().unchecked_ref()).unwrap();
        js_sys::Reflect::set(&window, &"liftsheetBoot".into(), &boot).unwrap();
        let (root, app) = start_calculator_app().await;
        assert_eq!(calls.length(), 1);
        assert!(root.text_content().unwrap().contains("Loading…"));
        assert!(root.query_selector("#e1rm-weight").unwrap().is_none());
        app.destroy();
        let _ = js_sys::Reflect::delete_property(&window, &"liftsheetBoot".into());
        drop(record);
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_full_app_saves_every_max_the_calculator_app_handed_over() {
    with_stored(None, async {
        assert!(storage::put_handoff(&[
            tm("deadlift", Some(Weight::kg(190.0))),
            tm("squat", Some(Weight::kg(150.0))),
            tm("deadlift", Some(Weight::kg(200.0))),
        ]));
        let root = mount_point();
        let app = yew::Renderer::<liftsheet::app::App>::with_root(root.clone()).render();
        settle().await;
        let stored = store::decode(&local().get_item(storage::KEY).unwrap().expect("saved"))
            .expect("a readable document");
        // Every change, in order: the later deadlift wins.
        assert_eq!(
            stored.maxes.training_max(&"deadlift".into()),
            Some(Weight::kg(200.0))
        );
        assert_eq!(
            stored.maxes.training_max(&"squat".into()),
            Some(Weight::kg(150.0))
        );
        // Taken once: a reload does not apply them again.
        assert_eq!(storage::take_handoff(), vec![]);
        app.destroy();
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_read_only_full_app_leaves_handed_over_maxes_waiting() {
    let newer = format!(r#"{{"schema": {}, "maxes": {{}}}}"#, SCHEMA_VERSION + 1);
    with_stored(Some(&newer), async {
        let change = vec![tm("squat", Some(Weight::kg(150.0)))];
        assert!(storage::put_handoff(&change));
        let root = mount_point();
        let app = yew::Renderer::<liftsheet::app::App>::with_root(root.clone()).render();
        settle().await;
        // The newer document is untouched, and the max is neither applied
        // nor dropped.
        assert_eq!(
            local().get_item(storage::KEY).unwrap().as_deref(),
            Some(newer.as_str())
        );
        assert_eq!(storage::waiting_handoff(), change);
        storage::clear_handoff();
        app.destroy();
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_max_the_browser_wont_pass_on_is_reported_and_the_calculator_stays() {
    at_calculator();
    let mut doc = StoredDocument::default();
    doc.maxes = MaxTable::new().with_training_max("odd\tlift", Weight::kg(60.0));
    with_stored(Some(&store::encode(&doc)), async {
        let (root, app) = start_calculator_app().await;
        let remove: web_sys::HtmlElement = root
            .query_selector(".saved-maxes button")
            .unwrap()
            .expect("a remove button")
            .dyn_into()
            .unwrap();
        remove.click();
        settle().await;
        let alert = root
            .query_selector("[role=alert]")
            .unwrap()
            .expect("a message");
        assert!(alert
            .text_content()
            .unwrap()
            .starts_with("Not saved: odd\tlift training max removed."));
        assert!(
            root.query_selector("#e1rm-weight").unwrap().is_some(),
            "the calculator stays"
        );
        assert_eq!(storage::waiting_handoff(), vec![]);
        app.destroy();
    })
    .await;
}
