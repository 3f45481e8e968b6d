//! Adding one of the program's lifts to the shown day (3 × 5 at 75 %, to
//! edit after).

use super::state::{EditorAction, FieldKey};
use super::{part_message, EditorPart};
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit::{EditOp, NodeId};
use liftsheet_domain::program::LiftKey;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddExerciseProps {
    pub day: NodeId,
    pub part: EditorPart,
}

#[function_component]
pub fn AddExercise(props: &AddExerciseProps) -> Html {
    let choice = use_state(String::new);
    let lifts = &props.part.state.program().lifts;
    let chosen = lifts
        .iter()
        .find(|l| l.key.as_str() == *choice)
        .or(lifts.first())
        .map(|l| l.key.to_string())
        .unwrap_or_default();
    let options: Vec<(AttrValue, AttrValue)> = lifts
        .iter()
        .map(|l| (l.key.to_string().into(), l.name.clone().into()))
        .collect();
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |v: String| choice.set(v))
    };
    let add = {
        let (dispatch, day, chosen) = (props.part.dispatch.clone(), props.day, chosen.clone());
        Callback::from(move |_| {
            dispatch.emit(EditorAction::Op(
                EditOp::AddExercise {
                    day,
                    lift: LiftKey::new(chosen.as_str()),
                },
                FieldKey::NewExercise(day),
            ))
        })
    };
    html! {
        <div class="edit-add-exercise">
            <div class="field-row">
                <SelectField id="edit-add-exercise" label="Lift to add to this day" selected={chosen}
                    {options} {onchange} />
            </div>
            <button type="button" onclick={add}>{"Add lift to this day"}</button>
            { part_message(&props.part, &FieldKey::NewExercise(props.day)) }
        </div>
    }
}
