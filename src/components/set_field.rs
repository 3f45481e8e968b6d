//! A compact labelled input inside a set (weight, reps, RPE, note), used by
//! the Log's set rows and History's set editor. The visible label is short
//! ("Reps"); a visually-hidden prefix ("Squat set 2 ") gives it its full name.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What [`set_field`] shows; [`SetFieldProps::new`] has the defaults.
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
    pub invalid: bool,
    /// Id of the message that explains this input.
    pub described_by: Option<AttrValue>,
    /// `decimal`, `numeric` or `text`: picks the phone keyboard.
    pub inputmode: AttrValue,
    pub placeholder: Option<AttrValue>,
    /// Extra classes on the `.set-field` wrapper.
    pub class: Classes,
}

impl SetFieldProps {
    /// A valid decimal field with no placeholder, message or extra class.
    pub fn new(
        id: String,
        set_name: AttrValue,
        label: AttrValue,
        value: String,
        oninput: Callback<String>,
    ) -> SetFieldProps {
        SetFieldProps {
            id: id.into(),
            set_name,
            label,
            value: value.into(),
            oninput,
            invalid: false,
            described_by: None,
            inputmode: AttrValue::Static("decimal"),
            placeholder: None,
            class: Classes::new(),
        }
    }
}

/// The field. A plain function, not a component: it has no state, and each
/// component type costs the app its own copy of Yew's lifecycle code.
pub fn set_field(props: SetFieldProps) -> Html {
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

/// What Finish (Log) and Done (History) say when [`any_invalid`] holds.
pub const FIX_RED_FIELD: &str =
    "A field above is marked in red: its number can't be kept. Fix it first.";

/// Whether any set field inside `scope` is marked invalid: a number the lifter
/// typed that can't be kept. Finishing or closing over one would quietly keep
/// the last good number instead.
pub fn any_invalid(scope: &web_sys::Element) -> bool {
    scope
        .query_selector("[aria-invalid=\"true\"]")
        .ok()
        .flatten()
        .is_some()
}
