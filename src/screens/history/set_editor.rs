//! Correcting one set of a logged session: its weight and reps, saved as
//! typed (when valid), the message next to the fields otherwise.

use crate::components::set_field::{set_field, SetFieldProps};
use crate::screens::log::set_row::parse_reps;
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::{LoggedSet, SessionId};
use liftsheet_domain::Weight;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetEditorProps {
    pub session: SessionId,
    pub set: LoggedSet,
    /// "Squat set 2": names the fields.
    pub name: AttrValue,
}

#[function_component]
pub fn SetEditor(props: &SetEditorProps) -> Html {
    let app = use_app();
    let set = &props.set;
    let unit = set.weight.unit();
    let weight_text = use_state(|| set.weight.number());
    let reps_text = use_state(|| set.reps.to_string());
    let base = format!("edit-{}-{}", props.session, set.id.0);
    let error_id = AttrValue::from(format!("{base}-error"));

    let send = {
        let app = app.clone();
        let session = props.session.clone();
        let id = set.id;
        let (stored_weight, stored_reps) = (set.weight, set.reps);
        move |w: &str, r: &str| {
            if let (Ok(weight), Ok(reps)) = (Weight::parse(w, unit), parse_reps(r)) {
                if !weight.same_mass(stored_weight) || reps != stored_reps {
                    app.dispatch(Action::Session(Change::EditLogged {
                        session: session.clone(),
                        set: id,
                        weight,
                        reps,
                    }));
                }
            }
        }
    };
    let on_weight = {
        let (weight_text, reps_text, send) = (weight_text.clone(), reps_text.clone(), send.clone());
        Callback::from(move |v: String| {
            send(&v, &reps_text);
            weight_text.set(v);
        })
    };
    let on_reps = {
        let (weight_text, reps_text) = (weight_text.clone(), reps_text.clone());
        Callback::from(move |v: String| {
            send(&weight_text, &v);
            reps_text.set(v);
        })
    };
    let weight_bad = Weight::parse(&weight_text, unit)
        .err()
        .map(|e| e.to_string());
    let reps_bad = parse_reps(&reps_text).err();
    let error = weight_bad.clone().or(reps_bad.clone());
    html! {
        <li class="set-edit">
            <span class="set-name">{ props.name.clone() }</span>
            <div class="set-inputs">
                { set_field(SetFieldProps {
                    invalid: weight_bad.is_some(),
                    described_by: Some(error_id.clone().into()),
                    ..SetFieldProps::new(format!("{base}-w"), props.name.clone(),
                        format!("Weight ({unit})").into(), (*weight_text).clone(), on_weight)
                }) }
                { set_field(SetFieldProps {
                    inputmode: "numeric".into(),
                    invalid: reps_bad.is_some(),
                    described_by: Some(error_id.clone().into()),
                    ..SetFieldProps::new(format!("{base}-r"), props.name.clone(),
                        "Reps".into(), (*reps_text).clone(), on_reps)
                }) }
            </div>
            <p class="field-error" id={error_id} aria-live="polite">
                { error.unwrap_or_default() }
            </p>
        </li>
    }
}
