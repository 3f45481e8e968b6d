//! Adding an exercise to the session: one of the big four, or any name.

use crate::components::field::Field;
use crate::components::select_field::SelectField;
use crate::state::{session::Change, use_app, Action};
use yew::prelude::*;

const LIFTS: [(&str, &str); 4] = [
    ("squat", "Squat"),
    ("bench", "Bench press"),
    ("deadlift", "Deadlift"),
    ("press", "Overhead press"),
];

#[function_component]
pub fn AddExercise() -> Html {
    let app = use_app();
    let choice = use_state(|| "squat".to_string());
    let name = use_state(String::new);
    let tried = use_state(|| false);
    let other = *choice == "other";
    let mut options: Vec<(AttrValue, AttrValue)> = LIFTS
        .iter()
        .map(|(k, n)| (AttrValue::from(*k), AttrValue::from(*n)))
        .collect();
    options.push(("other".into(), "Other exercise…".into()));

    let on_choice = {
        let choice = choice.clone();
        Callback::from(move |v: String| choice.set(v))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    let error =
        (other && *tried && name.trim().is_empty()).then(|| AttrValue::from("Name the exercise."));
    let add = {
        let app = app.clone();
        let choice = choice.clone();
        let name = name.clone();
        let tried = tried.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (lift, label) = match LIFTS.iter().find(|(k, _)| *k == choice.as_str()) {
                Some((k, n)) => (k.to_string(), n.to_string()),
                None => (String::new(), name.trim().to_string()),
            };
            if label.is_empty() {
                tried.set(true);
                return;
            }
            app.dispatch(Action::Session(Change::AddExercise { lift, name: label }));
            name.set(String::new());
            tried.set(false);
        })
    };
    html! {
        <form class="card" onsubmit={add} aria-label="Add an exercise">
            <h2>{"Add an exercise"}</h2>
            <SelectField id="add-lift" label="Exercise" options={options}
                selected={(*choice).clone()} onchange={on_choice} />
            if other {
                <Field id="add-name" label="Exercise name" inputmode="text"
                    value={(*name).clone()} oninput={on_name} error={error} />
            }
            <div class="actions">
                <button class="button" type="submit">{"Add exercise"}</button>
            </div>
        </form>
    }
}
