//! Component tests of the calculator pieces in headless Chromium: the bar
//! diagram's plates, labels and accessible name; the e1RM section updating
//! as a person types and explaining bad reps next to the field.
#![cfg(target_arch = "wasm32")]

use liftsheet::screens::calculator::CalculatorContext;
use liftsheet_domain::maxes::{MaxChange, MaxSource, MaxTable};
use liftsheet_domain::store::Settings;
use liftsheet_domain::Weight;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn bar_diagram_draws_and_labels_every_plate() {
    use liftsheet::components::bar_diagram::{bar_diagram, DiagramSize};
    let _page = fresh_page();
    let plates = vec![Weight::kg(20.0), Weight::kg(10.0), Weight::kg(2.5)];
    let root = mount_html(bar_diagram(&plates, Weight::kg(2.5), DiagramSize::Full));
    let svg = wait_for_selector(&root, "svg").await;
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Per side: 20, 10, 2.5 kg")
    );
    assert_eq!(root.query_selector_all("rect.plate").unwrap().length(), 3);
    let labels: Vec<String> = (0..3)
        .map(|i| {
            root.query_selector_all("text.plate-label")
                .unwrap()
                .item(i)
                .and_then(|n| n.text_content())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(labels, ["20", "10", "2.5"]);
    assert!(root.query_selector("rect.collar").unwrap().is_some());
    // Drawn to scale: the 20 kg disc is taller and thicker than the 2.5.
    let rects = root.query_selector_all("rect.plate").unwrap();
    let attr = |i: u32, name: &str| -> f64 {
        rects
            .item(i)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute(name)
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(attr(0, "height") > attr(2, "height") * 2.0);
    assert!(attr(0, "width") > attr(2, "width"));
    // IWF colours: 20 blue, 10 green, 2.5 red.
    let fills: Vec<String> = (0..3)
        .map(|i| {
            rects
                .item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("fill")
                .unwrap()
        })
        .collect();
    assert_eq!(fills, ["#1e63c4", "#2e8b3e", "#d32f2f"]);
}

#[wasm_bindgen_test]
async fn bar_diagram_of_an_empty_bar() {
    use liftsheet::components::bar_diagram::{bar_diagram, DiagramSize};
    let _page = fresh_page();
    let root = mount_html(bar_diagram(&[], Weight::kg(0.0), DiagramSize::Small));
    let svg = wait_for_selector(&root, "svg").await;
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Empty bar")
    );
    assert_eq!(root.query_selector_all("rect.plate").unwrap().length(), 0);
}

thread_local! {
    /// What the section asked its host to save, in order.
    static SAVED_MAXES: RefCell<Vec<MaxChange>> = const { RefCell::new(Vec::new()) };
}

/// The e1RM section under a calculator context with default settings and a
/// host that keeps the maxes it is asked to save, and records the requests.
#[function_component]
fn MaxSectionInApp() -> Html {
    let maxes = use_state(MaxTable::new);
    let context = CalculatorContext {
        settings: Rc::new(Settings::default()),
        maxes: Rc::new((*maxes).clone()),
        set_max: Callback::from(move |change: MaxChange| {
            SAVED_MAXES.with(|s| s.borrow_mut().push(change.clone()));
            let mut next = (*maxes).clone();
            next.apply(change).expect("a valid max");
            maxes.set(next);
        }),
        stored: true,
    };
    html! {
        <ContextProvider<CalculatorContext> {context}>
            <liftsheet::screens::calculator::OneRepMaxSection />
        </ContextProvider<CalculatorContext>>
    }
}

#[wasm_bindgen_test]
async fn e1rm_updates_as_you_type_and_explains_zero_reps() {
    let _page = fresh_page();
    let root = mount::<MaxSectionInApp>(());
    wait_for_text(&root, "Enter a weight and reps").await;

    type_into(&root, "e1rm-weight", "100").await;
    type_into(&root, "e1rm-reps", "5").await;
    let text = text_of(&root);
    // Epley 100 × (1 + 5/30) = 116.67; Brzycki 100 × 36/32 = 112.5.
    assert!(text.contains("116.7 kg"), "{text}");
    assert!(text.contains("112.5 kg"), "{text}");
    assert_eq!(
        root.query_selector_all(".e1rm-table tbody tr")
            .unwrap()
            .length(),
        9
    );

    type_into(&root, "e1rm-reps", "0").await;
    let error = root
        .query_selector("#e1rm-reps-error")
        .unwrap()
        .expect("an error next to the reps field");
    assert_eq!(error.text_content().unwrap(), "Enter at least one rep.");
    let reps = root.query_selector("#e1rm-reps").unwrap().unwrap();
    assert_eq!(reps.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(!text_of(&root).contains("116.7 kg"));

    // A single is its own max; many reps get a caution next to the field.
    type_into(&root, "e1rm-reps", "1").await;
    assert!(root
        .query_selector("output.big")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("100 kg"));
    type_into(&root, "e1rm-reps", "12").await;
    assert!(root.query_selector("#e1rm-reps-note").unwrap().is_some());

    // Near Lander's singularity (37.92 reps) its 1947 kg is left out of the
    // table and the headline (e1rm::Formula::valid_reps).
    type_into(&root, "e1rm-reps", "36").await;
    let text = text_of(&root);
    assert!(!text.contains("1947"), "{text}");
    assert!(text.contains("Not used above 10 reps"), "{text}");
    let headline = root
        .query_selector("output.big")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(headline, "189.4 kg");
}

#[wasm_bindgen_test]
async fn saving_a_training_max_asks_the_host_and_keeps_the_fields() {
    let _page = fresh_page();
    let root = mount::<MaxSectionInApp>(());
    wait_for_selector(&root, "#e1rm-weight").await;
    type_into(&root, "e1rm-weight", "100").await;
    type_into(&root, "e1rm-reps", "1").await;
    let save = button(&root, "button.primary");
    // A single is its own 1RM; the training max is 90 % of it (Wendler,
    // training-math.md §2.1): 90 kg, already a multiple of 2.5 kg.
    assert_eq!(
        save.text_content().unwrap(),
        "Save 90 kg as squat training max"
    );
    SAVED_MAXES.with(|s| s.borrow_mut().clear());
    click(&save).await;
    let saved = SAVED_MAXES.with(|s| s.borrow().clone());
    assert_eq!(
        saved,
        [MaxChange::TrainingMax {
            lift: "squat".into(),
            max: Some(Weight::kg(90.0))
        }]
    );
    assert!(text_of(&root).contains("Saved 90 kg as your squat training max"));

    // The 1RM goes to its own place, tested (a single to failure) and dated.
    let save_one = button(&root, ".save-max button:not(.primary)");
    assert_eq!(
        save_one.text_content().unwrap(),
        "Save 100 kg as squat tested 1RM"
    );
    SAVED_MAXES.with(|s| s.borrow_mut().clear());
    click(&save_one).await;
    let saved = SAVED_MAXES.with(|s| s.borrow().clone());
    match saved.as_slice() {
        [MaxChange::OneRepMax {
            lift,
            max: Some(one),
        }] => {
            assert_eq!(lift.as_str(), "squat");
            assert_eq!(one.weight, Weight::kg(100.0));
            assert_eq!(one.source, MaxSource::Tested);
            assert!(one.date.is_some(), "dated");
        }
        other => panic!("expected one 1RM saved, got {other:?}"),
    }
    let text = text(&root, ".saved-maxes");
    assert!(text.contains("90 kg") && text.contains("100 kg"), "{text}");

    // The typed set is a draft of this tab: a fresh mount shows it again
    // (as after a switch to another tab, or to the full app). This host starts
    // with no maxes again, so "Saved" is not claimed any more.
    unmount_all();
    let again = mount::<MaxSectionInApp>(());
    let weight: HtmlInputElement = wait_for_selector(&again, "#e1rm-weight")
        .await
        .dyn_into()
        .unwrap();
    assert_eq!(weight.value(), "100");
    assert!(!text_of(&again).contains("Saved 90 kg"));
    assert!(text_of(&again).contains("The training max is what 5/3/1-style programs run on"));
}

#[wasm_bindgen_test]
async fn only_fields_the_lifter_changed_become_drafts() {
    let _page = fresh_page();
    let draft = |key: &str| {
        session()
            .get_item(&format!("liftsheet.draft.{key}"))
            .unwrap()
    };
    let root = mount::<MaxSectionInApp>(());
    wait_for_selector(&root, ".chip").await;
    // Untouched, the training-max percent follows the settings (it may change
    // there); nothing is kept for it.
    assert_eq!(draft("calc.tm.percent"), None);
    assert_eq!(draft("calc.e1rm.weight.kg"), None);
    let chip: web_sys::HtmlElement = root
        .query_selector_all(".chip")
        .unwrap()
        .item(1)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(chip.text_content().unwrap(), "85 %");
    click(&chip).await;
    type_into(&root, "e1rm-weight", "140").await;
    assert_eq!(draft("calc.tm.percent").as_deref(), Some("85"));
    // Weights are kept per unit: 140 typed in kg is not offered in lb.
    assert_eq!(draft("calc.e1rm.weight.kg").as_deref(), Some("140"));
    assert_eq!(draft("calc.e1rm.weight.lb"), None);
}
