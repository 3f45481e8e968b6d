//! A compact labelled input inside a set (weight, reps, RPE, note), used by
//! the Log's set rows and History's set editor. The visible label is short
//! ("Reps"); a visually-hidden prefix ("Squat set 2 ") gives it its full name.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SetFieldProps {
    /// Unique in the page: the input's id and the label's `for`.
    pub id: AttrValue,
    /// "Squat set 2": the hidden prefix of the label.
    pub set_name: AttrValue,
    /// The visible label ("Weight (kg)", "Reps").
    pub label: AttrValue,
    pub value: AttrValue,
    /// Every keystroke, as text.
    pub oninput: Callback<String>,
    /// Marks the input `aria-invalid="true"`.
    #[prop_or_default]
    pub invalid: bool,
    /// Id of the message that explains this input.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// `decimal`, `numeric` or `text`: picks the phone keyboard.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Extra classes on the `.set-field` wrapper.
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn SetField(props: &SetFieldProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    html! {
        <div class={classes!("set-field", props.class.clone())}>
            <label for={props.id.clone()}>
                <span class="visually-hidden">{ format!("{} ", props.set_name) }</span>
                { props.label.clone() }
            </label>
            <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()}
                autocomplete="off" placeholder={props.placeholder.clone()}
                value={props.value.clone()} {oninput}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={props.described_by.clone()} />
        </div>
    }
}
