//! The program editor in headless Chromium: cutting the 5s block down to one
//! deadlift day with accessories and saving it, field messages that stay
//! with their exercise when it moves, and an increase typed in kg in an lb
//! program. Waits for renders by polling, never for a fixed time.
#![cfg(target_arch = "wasm32")]

use liftsheet::screens::plan::editor::{EditorProps, ProgramEditor};
use liftsheet_domain::program::builtin::{build, BuiltinOptions};
use liftsheet_domain::program::{edit, required_lifts, Program, Reps, SetScheme};
use liftsheet_domain::{Unit, Weight};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Polls until `ready` holds (a render has happened), for at most 2 s.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().trim().to_string()
}

/// The control labelled `label` (exactly) under `root`, if there is one.
fn labelled(root: &Element, label: &str) -> Option<Element> {
    let target = all(root, "label").into_iter().find(|l| text(l) == label)?;
    let id = target.get_attribute("for")?;
    root.query_selector(&format!("#{id}")).ok()?
}

/// The button named `name`: its `aria-label`, else its text.
fn button(root: &Element, name: &str) -> Option<HtmlElement> {
    all(root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").unwrap_or_else(|| text(b)) == name)
        .and_then(|b| b.dyn_into().ok())
}

fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn type_into(root: &Element, label: &str, value: &str) {
    let input: HtmlInputElement = labelled(root, label)
        .unwrap_or_else(|| panic!("a field labelled {label:?}"))
        .dyn_into()
        .unwrap();
    input.set_value(value);
    fire(&input, "input");
}

fn choose(root: &Element, label: &str, value: &str) {
    let select: HtmlSelectElement = labelled(root, label)
        .unwrap_or_else(|| panic!("a select labelled {label:?}"))
        .dyn_into()
        .unwrap();
    select.set_value(value);
    fire(&select, "change");
}

async fn click(root: &Element, name: &str) {
    let b = button(root, name).unwrap_or_else(|| panic!("a button {name:?}"));
    b.click();
    yew::platform::time::sleep(Duration::from_millis(0)).await;
}

/// Searches the accessory form's picker for `name` and picks its result.
async fn pick(form: &dyn Fn() -> Element, name: &str, tag: &str) {
    type_into(&form(), "Search exercises", name);
    let result = format!("{name}, {tag}");
    until(&result, || button(&form(), &result).is_some()).await;
    click(&form(), &result).await;
    until("the pick", || {
        text(&form()).contains(&format!("Picked: {name}"))
    })
    .await;
}

/// The exercise card whose heading starts with `name`.
fn card(root: &Element, name: &str) -> Option<Element> {
    all(root, "article.edit-exercise").into_iter().find(|a| {
        a.query_selector("h4")
            .ok()
            .flatten()
            .is_some_and(|h| text(&h).starts_with(name))
    })
}

/// Mounts the editor on `program` (lb, 2.5 lb plate pairs); returns the root
/// and what Save emits.
fn mount(program: Program) -> (Element, Rc<RefCell<Option<Program>>>) {
    let root = mount_point();
    let saved = Rc::new(RefCell::new(None));
    let on_save = {
        let saved = saved.clone();
        Callback::from(move |p: Program| *saved.borrow_mut() = Some(p))
    };
    yew::Renderer::<ProgramEditor>::with_root_and_props(
        root.clone(),
        EditorProps {
            program,
            unit: Unit::Lb,
            step: liftsheet_domain::Step::of(Weight::lb(2.5)).unwrap(),
            on_save,
            on_cancel: Callback::noop(),
            title: "Edit your copy".into(),
        },
    )
    .render();
    (root, saved)
}

fn block_copy() -> Program {
    let block = build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
    edit::copy_of(&block, &|_| false)
}

#[wasm_bindgen_test]
async fn the_5s_block_becomes_one_deadlift_day_with_accessories_and_saves() {
    let (root, saved) = mount(block_copy());
    until("the editor", || button(&root, "Remove Squat").is_some()).await;
    for lift in ["Squat", "Bench press", "Press"] {
        click(&root, &format!("Remove {lift}")).await;
        until(lift, || button(&root, &format!("Remove {lift}")).is_none()).await;
    }
    // Day 1 is empty now, and says so.
    until("the empty day", || {
        text(&root).contains("Nothing on this day yet")
    })
    .await;
    click(&root, "Remove this day").await;
    until("one day left", || {
        labelled(&root, "Day").is_some_and(|d| all(&d, "option").len() == 1)
    })
    .await;
    assert!(card(&root, "Deadlift").is_some(), "day 2 is shown");
    // Two fixed-weight accessories and a plank, in the day's "add" form.
    let form = || {
        root.query_selector("fieldset.edit-add-accessory")
            .unwrap()
            .expect("the add-accessory form")
    };
    for (name, tag, sets, reps) in [
        ("Leg curl", "machine or cable", "5", "10"),
        ("Good morning", "barbell", "3", "8"),
    ] {
        pick(&form, name, tag).await;
        type_into(&form(), "Weight (lb)", "45");
        type_into(&form(), "Sets", sets);
        type_into(&form(), "Reps", reps);
        click(&form(), "Add accessory").await;
        until(name, || card(&root, name).is_some()).await;
    }
    pick(&form, "Plank", "timed hold").await;
    choose(&form(), "Loaded with", "bodyweight");
    choose(&form(), "Reps or hold", "hold");
    until("the seconds field", || {
        labelled(&form(), "Seconds").is_some()
    })
    .await;
    type_into(&form(), "Seconds", "45");
    type_into(&form(), "Sets", "3");
    click(&form(), "Add accessory").await;
    until("the plank", || card(&root, "Plank").is_some()).await;
    assert!(button(&root, "Save program").is_some_and(|b| !b.has_attribute("disabled")));
    click(&root, "Save program").await;
    let program = saved.borrow().clone().expect("saved");
    let required: Vec<&str> = required_lifts(&program)
        .iter()
        .map(|l| l.key.as_str())
        .collect();
    assert_eq!(required, ["deadlift"]);
    let days = &program.cycles[0].weeks[0].days;
    assert_eq!(days.len(), 1);
    let names: Vec<&str> = days[0]
        .exercises
        .iter()
        .map(|e| program.lift(&e.lift).unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["Deadlift", "Leg curl", "Good morning", "Plank"]);
    let SetScheme::Fixed(plank) = &days[0].exercises[3].sets else {
        panic!("an accessory's sets are fixed");
    };
    assert_eq!(plank[0].reps, Reps::Hold { seconds: 45 });
    assert_eq!(plank[0].count, 3);
}

#[wasm_bindgen_test]
async fn a_field_message_stays_with_its_exercise_when_it_moves() {
    let (root, saved) = mount(block_copy());
    until("the editor", || card(&root, "Squat").is_some()).await;
    // Day 1: squat then bench. Bad sets on bench's first stage.
    let bench = card(&root, "Bench press").unwrap();
    type_into(&bench, "Sets", "lots");
    until("the message", || {
        card(&root, "Bench press")
            .is_some_and(|c| text(&c).contains("Sets: a whole number from 1 to 100."))
    })
    .await;
    assert!(button(&root, "Save program").is_some_and(|b| b.has_attribute("disabled")));
    // Bench moves up: the message and the typed text go with it.
    click(&root, "Move Bench press up").await;
    until("bench first", || {
        all(&root, "article.edit-exercise h4")
            .first()
            .is_some_and(|h| text(h).starts_with("Bench press"))
    })
    .await;
    let bench = card(&root, "Bench press").unwrap();
    assert!(text(&bench).contains("Sets: a whole number from 1 to 100."));
    let squat = card(&root, "Squat").unwrap();
    assert!(!text(&squat).contains("a whole number"), "{}", text(&squat));
    let sets: HtmlInputElement = labelled(&bench, "Sets").unwrap().dyn_into().unwrap();
    assert_eq!(sets.value(), "lots");
    // Fixed, saving works again and takes the number.
    type_into(&bench, "Sets", "2");
    until("no message", || !text(&root).contains("a whole number")).await;
    click(&root, "Save program").await;
    let program = saved.borrow().clone().expect("saved");
    let day = &program.cycles[0].weeks[0].days[0];
    assert_eq!(day.exercises[0].lift.as_str(), "bench");
    let (groups, _) = day.exercises[0].sets_for(0);
    assert_eq!(groups[0].count, 2);
}

#[wasm_bindgen_test]
async fn an_increase_typed_in_kg_shows_the_lb_step_it_becomes() {
    let (root, saved) = mount(block_copy());
    until("the editor", || {
        labelled(&root, "Deadlift: add per success (lb)").is_some()
    })
    .await;
    choose(&root, "Deadlift: typed in", "kg");
    until("the kg field", || {
        labelled(&root, "Deadlift: add per success (kg)").is_some()
    })
    .await;
    type_into(&root, "Deadlift: add per success (kg)", "5");
    until("the step", || {
        text(&root).contains("5 kg → 10 lb in your plans")
    })
    .await;
    // A range typed upside down is refused next to its field.
    let deadlift = card(&root, "Deadlift");
    assert!(deadlift.is_none(), "day 1 has squat and bench");
    let squat = card(&root, "Squat").unwrap();
    choose(&squat, "Reps or hold", "range");
    until("the range fields", || {
        card(&root, "Squat").is_some_and(|c| labelled(&c, "Most reps").is_some())
    })
    .await;
    let squat = card(&root, "Squat").unwrap();
    type_into(&squat, "Fewest reps", "9");
    until("the range message", || {
        text(&root).contains("can't be more than the most")
    })
    .await;
    type_into(&card(&root, "Squat").unwrap(), "Fewest reps", "4");
    until("no range message", || {
        !text(&root).contains("can't be more than")
    })
    .await;
    click(&root, "Save program").await;
    let program = saved.borrow().clone().expect("saved");
    assert_eq!(
        edit::increment(&program, &"deadlift".into(), Unit::Lb),
        Some(Weight::lb(10.0))
    );
    assert_eq!(
        edit::increment(&program, &"deadlift".into(), Unit::Kg),
        Some(Weight::kg(5.0))
    );
    let (groups, _) = program.cycles[0].weeks[0].days[0].exercises[0].sets_for(0);
    assert_eq!(groups[0].reps, Reps::range(4, 7).unwrap());
}
