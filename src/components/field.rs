//! A labelled input with its message next to it: every input in the app has a
//! real `<label>`, and bad input is explained right under the field.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// Unique in the page; the label's `for` and the message ids derive from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Every keystroke, as text (parse it in the screen, show errors via `error`).
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A non-fatal note (e.g. "estimates are less reliable above 10 reps").
    #[prop_or_default]
    pub warning: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `decimal` (default), `numeric` or `text`: picks the phone keyboard.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    /// Unit shown after the label ("kg").
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

#[function_component]
pub fn Field(props: &FieldProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let error_id = format!("{}-error", props.id);
    let note_id = format!("{}-note", props.id);
    let described = match (&props.error, &props.warning, &props.hint) {
        (Some(_), _, _) => Some(error_id.clone()),
        (None, Some(_), _) | (None, None, Some(_)) => Some(note_id.clone()),
        _ => None,
    };
    let label = match &props.unit {
        Some(unit) => format!("{} ({unit})", props.label),
        None => props.label.to_string(),
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ label }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode={props.inputmode.clone()}
                autocomplete="off"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}
                {oninput}
            />
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            } else if let Some(warning) = &props.warning {
                <p class="field-warn" id={note_id}>{ warning.clone() }</p>
            } else if let Some(hint) = &props.hint {
                <p class="field-hint" id={note_id}>{ hint.clone() }</p>
            }
        </div>
    }
}
