//! The app's first part in headless Chromium: its serde-free reader of the
//! stored document agrees with the domain's decoder, the calculator shows the
//! lifter's own settings and maxes, and the document takes in what the
//! outbox holds (maxes the calculator saved before the document's chunk was
//! here, programs older builds' share door adopted). The calculator posting
//! to the outbox needs the chunk to be late, so it is tested end to end
//! (tests/e2e/first-load.test.mjs).
#![cfg(target_arch = "wasm32")]

use liftsheet::storage::outbox::Posted;
use liftsheet::storage::{self, calculator_view, outbox};
use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxSource, MaxTable, OneRepMax};
use liftsheet_domain::plates::{BarSetup, PlateStock};
use liftsheet_domain::store::{self, StoredDocument, SCHEMA_VERSION};
use liftsheet_domain::training_max::{RoundingRule, TmPercent};
use liftsheet_domain::{Rounding, Unit, Weight};
use serde_json::{json, Value};
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The fixture of the schema this build writes.
const CURRENT: &str = include_str!("../crates/domain/tests/fixtures/store/v4.json");
/// An older schema: the first part leaves it to the document to migrate.
const V1: &str = include_str!("../crates/domain/tests/fixtures/store/v1.json");

/// Mounts the app in a fresh element and lets it render.
async fn start_calculator_app() -> Element {
    let root = mount::<liftsheet::app::App>(());
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
async fn a_store_the_first_part_cant_read_waits_for_the_document_which_keeps_it() {
    let _page = fresh_page();
    let newer = format!(r#"{{"schema": {}, "maxes": {{}}}}"#, SCHEMA_VERSION + 1);
    at_calculator();
    store(Some(&newer));
    let root = start_calculator_app().await;
    // The document says why it can't write, and the calculator still works.
    wait_for_selector(&root, "[role=alert]").await;
    wait_for_selector(&root, "#e1rm-weight").await;
    assert_eq!(stored().as_deref(), Some(newer.as_str()));
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
async fn the_document_saves_every_max_the_calculator_posted() {
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
async fn a_read_only_document_leaves_posted_maxes_in_the_outbox() {
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
async fn a_program_adopted_from_a_link_is_saved_once_and_an_older_builds_outbox_adds_no_copy() {
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
    let root = start_full_app();
    wait_for_text(&root, "Use this program").await;
    assert!(text_of(&root).contains("5/3/1 Boring But Big"));
    click(&button(&root, "button.primary")).await;
    wait_for_text(&root, "is now in your programs").await;
    wait_for("the adopted program to be saved", || stored().is_some()).await;
    let doc = store::decode(&stored().unwrap()).unwrap();
    assert_eq!(doc.custom_programs.len(), 1);
    assert_eq!(doc.custom_programs[0].id, share::adopted_id(&payload));
    assert_eq!(doc.custom_programs[0].name, shared.program.name);
    assert!(doc.program.is_none() && doc.log.is_empty());
    assert_eq!(outbox_text(), None);
    unmount_all();

    // The same link adopted by an older build's share door, which posted it
    // to the outbox: one copy, and the outbox is settled though nothing
    // changed.
    outbox::post_program(&payload).unwrap();
    let root = start_full_app();
    wait_for("the outbox to be settled", || outbox_text().is_none()).await;
    assert!(!text_of(&root).is_empty());
    let doc = store::decode(&stored().unwrap()).unwrap();
    assert_eq!(doc.custom_programs.len(), 1);
    unmount_all();
}
