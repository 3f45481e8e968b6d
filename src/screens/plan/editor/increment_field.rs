//! The increase per success, typed in either unit: in the other unit it
//! shows the step it becomes ("5 kg → 10 lb", `edit::convert_increment`).

use super::state::FieldKey;
use super::{bound_field, EditorPart};
use crate::components::select_field::SelectField;
use liftsheet_domain::program::edit::{self, EditOp};
use liftsheet_domain::program::{Advance, LiftKey};
use liftsheet_domain::{Unit, Weight};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IncrementFieldProps {
    pub lift: LiftKey,
    pub part: EditorPart,
}

#[function_component]
pub fn IncrementField(props: &IncrementFieldProps) -> Html {
    let part = &props.part;
    let unit = part.state.draft.unit();
    // The unit the lifter types the increase in; starts as theirs.
    let typed_unit = use_state(|| unit);
    let program = part.state.program();
    let Some(lift) = program.lift(&props.lift) else {
        return html! {};
    };
    let inc = match lift.progression.as_ref().map(|r| &r.advance) {
        Some(Advance::Add(inc) | Advance::DoubleProgression(inc)) => *inc,
        _ => return html! {},
    };
    let key = lift.key.clone();
    let slug = edit::slug(key.as_str());
    let typed = *typed_unit;
    let field = {
        let key = key.clone();
        bound_field(
            part,
            FieldKey::Increment(key.clone()),
            format!("edit-inc-{slug}"),
            format!("{}: add per success", lift.name),
            inc.pick(typed).number(),
            "decimal",
            Some(typed.symbol()),
            Rc::new(move |text, _| {
                let amount = Weight::parse(text, typed)?;
                Ok(EditOp::SetIncrement(key.clone(), amount))
            }),
        )
    };
    let on_unit = {
        let typed_unit = typed_unit.clone();
        Callback::from(move |v: String| typed_unit.set(Unit::from_symbol(&v).unwrap_or(unit)))
    };
    let becomes = (typed != unit
        && part
            .state
            .error(&FieldKey::Increment(key.clone()))
            .is_none())
    .then(|| format!("{} → {} in your plans", inc.pick(typed), inc.pick(unit)));
    html! {
        <div class="field-row">
            { field }
            <SelectField id={format!("edit-inc-unit-{slug}")} label={format!("{}: typed in", lift.name)} selected={typed.symbol()}
                onchange={on_unit}
                options={vec![("kg".into(), "kg".into()), ("lb".into(), "lb".into())]} />
            if let Some(becomes) = becomes { <p class="field-hint" role="status">{ becomes }</p> }
        </div>
    }
}
