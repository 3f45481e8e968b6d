//! Adding an exercise to the session: one of the big four, or any other
//! from the exercise library or the lifter's own (the picker).

use crate::components::exercise_picker::{ExercisePicker, Picked};
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
    let on_pick = {
        let app = app.clone();
        Callback::from(move |picked: Picked| {
            app.dispatch(Action::Session(Change::AddExercise {
                lift: picked.id,
                name: picked.name,
            }));
        })
    };
    let add = {
        let app = app.clone();
        let choice = choice.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some((k, n)) = LIFTS.iter().find(|(k, _)| *k == choice.as_str()) {
                app.dispatch(Action::Session(Change::AddExercise {
                    lift: k.to_string(),
                    name: n.to_string(),
                }));
            }
        })
    };
    html! {
        <form class="card add-exercise" onsubmit={add} aria-label="Add an exercise">
            <SelectField id="add-lift" label="Exercise" options={options}
                selected={(*choice).clone()} onchange={on_choice} />
            if other {
                <ExercisePicker id="add-pick" onpick={on_pick} />
            } else {
                <div class="actions">
                    <button class="button" type="submit">{"Add exercise"}</button>
                </div>
            }
        </form>
    }
}
