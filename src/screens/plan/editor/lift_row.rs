//! One lift: its name, its progression (double progression for accessories
//! at a written weight), the increase per success, and removing it.

use super::increment_field::IncrementField;
use super::state::{EditorAction, FieldKey};
use super::{bound_field, part_message, EditorPart};
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit::{self, EditOp};
use liftsheet_domain::program::{fixed_start, is_fixed_load, Advance, LiftKey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiftRowProps {
    pub lift: LiftKey,
    pub part: EditorPart,
}

pub fn lift_row(props: &LiftRowProps) -> Html {
    let part = &props.part;
    let program = part.state.program();
    let Some(lift) = program.lift(&props.lift) else {
        return html! {};
    };
    let key = lift.key.clone();
    let slug = edit::slug(key.as_str());
    let name = {
        let key = key.clone();
        bound_field(
            part,
            FieldKey::LiftName(key.clone()),
            format!("edit-lift-{slug}"),
            "Lift name".into(),
            lift.name.clone(),
            "text",
            None,
            Rc::new(move |text, _| {
                edit::check_name(text)?;
                Ok(EditOp::RenameLift(key.clone(), text.to_string()))
            }),
        )
    };
    // An accessory at a written weight may double-progress, or not move.
    let accessory = is_fixed_load(program, &key) && fixed_start(program, &key).is_some();
    let double = matches!(
        lift.progression.as_ref().map(|r| &r.advance),
        Some(Advance::DoubleProgression(_))
    );
    let progression = accessory.then(|| {
        let onchange = {
            let (dispatch, key) = (part.dispatch.clone(), key.clone());
            Callback::from(move |v: String| {
                dispatch.emit(EditorAction::Op(
                    EditOp::SetDoubleProgression(key.clone(), v == "double"),
                    FieldKey::Lift(key.clone()),
                ))
            })
        };
        html! {
            <SelectField id={format!("edit-progression-{slug}")} label={format!("{}: progression", lift.name)}
                selected={if double { "double" } else { "none" }} {onchange}
                options={vec![
                    ("none".into(), "None: same weight".into()),
                    ("double".into(), "Double progression: reps to the top, then weight".into()),
                ]} />
        }
    });
    let increment = edit::increment(program, &key, part.state.draft.unit())
        .map(|_| html! { <IncrementField lift={key.clone()} part={part.clone()} /> });
    let remove = {
        let (dispatch, key) = (part.dispatch.clone(), key.clone());
        Callback::from(move |_| {
            dispatch.emit(EditorAction::Op(
                EditOp::RemoveLift(key.clone()),
                FieldKey::Lift(key.clone()),
            ))
        })
    };
    html! {
        <li class="edit-lift">
            <fieldset>
            <legend>{ lift.name.clone() }</legend>
            { name }
            { progression.unwrap_or_default() }
            { increment.unwrap_or_default() }
            { part_message(part, &FieldKey::Lift(key.clone())) }
            <button type="button" class="danger" onclick={remove}>{ format!("Remove {}", lift.name) }</button>
            </fieldset>
        </li>
    }
}
