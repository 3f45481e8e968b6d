//! The first-load app in headless Chromium: its serde-free reader of the
//! stored document agrees with the domain's decoder, it shows the lifter's own
//! settings and maxes, the maxes it saves go to the outbox (and the full app
//! drains it), and it hands over to the full app (a store it must not read)
//! through the page's boot script.
#![cfg(target_arch = "wasm32")]

use liftsheet::calculator_app::CalculatorApp;
use liftsheet::storage::outbox::Posted;
use liftsheet::storage::{self, calculator_view, outbox};
use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxSource, MaxTable, OneRepMax};
use liftsheet_domain::plates::{BarSetup, PlateStock};
use liftsheet_domain::store::{self, StoredDocument, SCHEMA_VERSION};
use liftsheet_domain::training_max::{RoundingRule, TmPercent};
use liftsheet_domain::{Rounding, Unit, Weight};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The fixture of the schema this build writes.
const CURRENT: &str = include_str!("../crates/domain/tests/fixtures/store/v4.json");
/// An older schema: the first-load app hands it to the full app to migrate.
const V1: &str = include_str!("../crates/domain/tests/fixtures/store/v1.json");

/// Mounts the first-load app in a fresh element and lets it render.
async fn start_calculator_app() -> Element {
    let root = mount::<CalculatorApp>(());
    idle().await;
    root
}

/// The calculator app runs on `#/calc` (the test page has its own fragment).
fn at_calculator() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/calc")
        .unwrap();
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
    lb.settings.rounding = RoundingRule {
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
    custom.settings.rounding = RoundingRule {
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
    let _page = fresh_page();
    let mut doc = StoredDocument::default();
    doc.settings.unit = Unit::Lb;
    doc.settings.bar = BarSetup::lb_standard();
    doc.maxes = MaxTable::new().with_training_max("squat", Weight::lb(315.0));
    at_calculator();
    store(Some(&store::encode(&doc)));
    let root = start_calculator_app().await;
    let label = wait_for_selector(&root, "label[for=e1rm-weight]")
        .await
        .text_content()
        .unwrap();
    assert!(label.contains("(lb)"), "{label}");
    let text = text(&root, ".saved-maxes");
    assert!(text.contains("Squat") && text.contains("315"), "{text}");
}

#[wasm_bindgen_test]
async fn a_store_it_must_not_read_hands_over_to_the_full_app() {
    let _page = fresh_page();
    let newer = format!(r#"{{"schema": {}, "maxes": {{}}}}"#, SCHEMA_VERSION + 1);
    at_calculator();
    store(Some(&newer));
    // No boot script (as here): the lifter is told, not left on "Loading".
    set_global("liftsheetBoot", None);
    let root = start_calculator_app().await;
    let alert = wait_for_selector(&root, "[role=alert]").await;
    assert!(alert
        .text_content()
        .unwrap()
        .contains("couldn't load the rest of the app"));
    assert!(root.query_selector("#e1rm-weight").unwrap().is_none());
    unmount_all();

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
    set_global("liftsheetBoot", Some(&boot));
    let root = start_calculator_app().await;
    wait_for_text(&root, "Loading…").await;
    // Asked once: by now the app has run every render, effect and promise
    // callback that its start queued, so a second request would be in.
    assert_eq!(calls.length(), 1);
    assert!(root.query_selector("#e1rm-weight").unwrap().is_none());
    unmount_all();
    set_global("liftsheetBoot", None);
    drop(record);
}

/// Mounts the full app in a fresh element.
fn start_full_app() -> Element {
    mount::<liftsheet::app::App>(())
}

/// The outbox's text, as stored.
fn outbox_text() -> Option<String> {
    local().get_item(outbox::KEY).unwrap()
}

#[wasm_bindgen_test]
async fn a_max_saved_on_the_calculator_is_in_the_outbox_and_shown_at_once() {
    let _page = fresh_page();
    at_calculator();
    let doc = StoredDocument {
        maxes: MaxTable::new().with_training_max("squat", Weight::kg(140.0)),
        ..StoredDocument::default()
    };
    let text = store::encode(&doc);
    store(Some(&text));
    // No boot script: nothing may depend on the full app loading.
    set_global("liftsheetBoot", None);
    let root = start_calculator_app().await;
    wait_for_selector(&root, ".saved-maxes button").await;
    click(&button(&root, ".saved-maxes button")).await;
    wait_for("the removed max to go from the table", || {
        root.query_selector(".saved-maxes").unwrap().is_none()
    })
    .await;
    assert_eq!(
        outbox_text().as_deref(),
        Some(format!("{}\ntm -\tsquat\n", outbox::HEADER).as_str())
    );
    // The document itself is the full app's to write.
    assert_eq!(stored().as_deref(), Some(text.as_str()));
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_outbox_settles_only_what_was_taken() {
    let _page = fresh_page();
    let first = tm("squat", Some(Weight::kg(150.0)));
    let second = tm("bench", Some(Weight::kg(100.0)));
    outbox::post(&first).unwrap();
    assert_eq!(outbox::take(), vec![Posted::Max(first.clone())]);
    // Taken already: not again.
    assert_eq!(outbox::take(), vec![]);
    outbox::post(&second).unwrap();
    // Posted after the take: it stays when the take settles...
    outbox::settle();
    assert_eq!(outbox::pending(), vec![second.clone()]);
    // ...and is the next take.
    assert_eq!(outbox::take(), vec![Posted::Max(second)]);
    outbox::settle();
    assert_eq!(outbox_text(), None);
}

#[wasm_bindgen_test]
async fn an_outbox_of_a_newer_format_is_kept_and_not_added_to() {
    let _page = fresh_page();
    let newer = "liftsheet-outbox 3\nsomething else\n";
    local().set_item(outbox::KEY, newer).unwrap();
    assert_eq!(
        outbox::post(&tm("squat", Some(Weight::kg(150.0)))),
        Err(outbox::PostError::Unreadable)
    );
    assert_eq!(outbox::take(), vec![]);
    outbox::settle();
    assert_eq!(outbox_text().as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn the_full_app_saves_every_max_the_calculator_app_posted() {
    let _page = fresh_page();
    for change in [
        tm("deadlift", Some(Weight::kg(190.0))),
        tm("squat", Some(Weight::kg(150.0))),
        tm("deadlift", Some(Weight::kg(200.0))),
    ] {
        outbox::post(&change).unwrap();
    }
    start_full_app();
    wait_for("the posted maxes to be saved", || stored().is_some()).await;
    let stored = store::decode(&stored().expect("saved")).expect("a readable document");
    // Every change, in order: the later deadlift wins.
    assert_eq!(
        stored.maxes.training_max(&"deadlift".into()),
        Some(Weight::kg(200.0))
    );
    assert_eq!(
        stored.maxes.training_max(&"squat".into()),
        Some(Weight::kg(150.0))
    );
    // Settled once saved: a reload does not apply them again.
    assert_eq!(outbox_text(), None);
}

#[wasm_bindgen_test]
async fn a_read_only_full_app_leaves_posted_maxes_in_the_outbox() {
    let _page = fresh_page();
    let newer = format!(r#"{{"schema": {}, "maxes": {{}}}}"#, SCHEMA_VERSION + 1);
    store(Some(&newer));
    outbox::post(&tm("squat", Some(Weight::kg(150.0)))).unwrap();
    let posted = outbox_text();
    let root = start_full_app();
    // What is checked is that nothing happens: waiting for the app's first
    // screen (and, in `wait_for`, for every render, effect and promise
    // callback its start queued) is when a save or a settled outbox would be in.
    wait_for("the full app to render", || !text_of(&root).is_empty()).await;
    // The newer document is untouched, and the max is neither applied
    // nor dropped.
    assert_eq!(stored().as_deref(), Some(newer.as_str()));
    assert_eq!(outbox_text(), posted);
}

#[wasm_bindgen_test]
async fn a_max_the_outbox_cant_take_is_reported_and_the_calculator_stays() {
    let _page = fresh_page();
    at_calculator();
    let doc = StoredDocument {
        maxes: MaxTable::new().with_training_max("odd\tlift", Weight::kg(60.0)),
        ..StoredDocument::default()
    };
    store(Some(&store::encode(&doc)));
    let root = start_calculator_app().await;
    wait_for_selector(&root, ".saved-maxes button").await;
    click(&button(&root, ".saved-maxes button")).await;
    let alert = wait_for_selector(&root, "[role=alert]").await;
    assert!(alert
        .text_content()
        .unwrap()
        .starts_with("Not saved: odd\tlift training max removed."));
    assert!(
        root.query_selector("#e1rm-weight").unwrap().is_some(),
        "the calculator stays"
    );
    assert_eq!(outbox_text(), None);
}

#[wasm_bindgen_test]
async fn a_program_adopted_on_the_share_door_waits_in_the_outbox_and_the_full_app_keeps_one_copy() {
    use liftsheet_domain::program::builtin::{build, BuiltinOptions};
    use liftsheet_domain::share::{self, SharedProgram};
    let _page = fresh_page();
    let shared = SharedProgram {
        program: build("531-bbb", &BuiltinOptions::default()).unwrap(),
        maxes: None,
    };
    let payload = share::encode(&shared).unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("#/share/{payload}"))
        .unwrap();
    let root = mount::<liftsheet::share_app::ShareApp>(());
    wait_for_text(&root, "Use this program").await;
    assert!(text_of(&root).contains("5/3/1 Boring But Big"));
    click(&button(&root, "button.primary")).await;
    wait_for_text(&root, "is now in your programs").await;
    // Posted at once; the door never writes the document.
    assert_eq!(
        outbox_text(),
        Some(format!("{}\nprogram\t{payload}\n", outbox::HEADER))
    );
    assert_eq!(stored(), None);
    unmount_all();

    start_full_app();
    wait_for("the adopted program to be saved", || stored().is_some()).await;
    let doc = store::decode(&stored().unwrap()).unwrap();
    assert_eq!(doc.custom_programs.len(), 1);
    assert_eq!(doc.custom_programs[0].id, share::adopted_id(&payload));
    assert_eq!(doc.custom_programs[0].name, shared.program.name);
    assert!(doc.program.is_none() && doc.log.is_empty());
    assert_eq!(outbox_text(), None, "settled once saved");
    unmount_all();

    // The same link adopted again (another tab, a second tap): one copy,
    // and the outbox is settled though nothing changed.
    outbox::post_program(&payload).unwrap();
    let root = start_full_app();
    wait_for("the outbox to be settled", || outbox_text().is_none()).await;
    assert!(!text_of(&root).is_empty());
    let doc = store::decode(&stored().unwrap()).unwrap();
    assert_eq!(doc.custom_programs.len(), 1);
    unmount_all();
}
