//! The program's lifts, one row each, and a field to add a barbell lift.

use super::lift_row::{lift_row, LiftRowProps};
use super::state::{EditorAction, FieldKey};
use super::EditorPart;
use crate::components::field::Field;
use liftsheet_domain::program::edit::{self, EditOp};
use yew::prelude::*;

#[function_component]
pub fn LiftList(part: &EditorPart) -> Html {
    let new_lift = use_state(String::new);
    let on_new_lift = {
        let s = new_lift.clone();
        Callback::from(move |t: String| s.set(t))
    };
    let add = {
        let (dispatch, new_lift) = (part.dispatch.clone(), new_lift.clone());
        let program = part.state.program().clone();
        Callback::from(move |_| {
            // Cleared only when it will be added; otherwise it stays with its message.
            let fits = edit::add_lift(&mut program.clone(), &new_lift).is_ok();
            dispatch.emit(EditorAction::Op(
                EditOp::AddLift((*new_lift).clone()),
                FieldKey::NewLift,
            ));
            if fits {
                new_lift.set(String::new());
            }
        })
    };
    let rows = part.state.program().lifts.iter().map(|lift| {
        html! { <key={lift.key.to_string()}>{ lift_row(&LiftRowProps { lift: lift.key.clone(), part: part.clone() }) }</> }
    });
    html! {
        <section aria-labelledby="edit-lifts-title">
            <h3 id="edit-lifts-title">{"Lifts"}</h3>
            <ul class="edit-lifts">{ for rows }</ul>
            <div class="field-row">
                <Field id="edit-new-lift" label="New barbell lift" inputmode="text" value={(*new_lift).clone()}
                    oninput={on_new_lift} error={part.state.error(&FieldKey::NewLift)} />
            </div>
            <button type="button" onclick={add}>{"Add lift"}</button>
        </section>
    }
}
