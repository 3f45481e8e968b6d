//! "Lifted on": the date a session was lifted, a native date picker that
//! offers no day after today, with its problem next to it. A plain function
//! (no state of its own): the screen keeps the error and dispatches the date.

use liftsheet_domain::date::Date;
use liftsheet_domain::limits::{self, LimitError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the field shows: a refused pick while it is refused, else `date`.
pub fn shown(refused: &Option<(String, &'static str)>, date: Date) -> String {
    match refused {
        Some((text, _)) => text.clone(),
        None => date.to_string(),
    }
}

/// Reads what the picker holds: a day from the limits' earliest to `today`,
/// or why not, in a lifter's words.
pub fn parse(text: &str, today: Date) -> Result<Date, &'static str> {
    let date = Date::parse(text.trim()).map_err(|_| "Pick a date (year-month-day).")?;
    limits::lifted_on(date, today).map_err(|e| match e {
        LimitError::DateInFuture(_) => "That day hasn't come yet: pick today or earlier.",
        _ => "Pick a later date.",
    })
}

/// The field: `id` must be unique in the page; `value` is what it shows
/// (the session's date, or what was picked and refused, so the message
/// sits next to the date it is about); `on_text` gets what the picker holds
/// on every change.
pub fn lifted_on(
    id: &'static str,
    value: String,
    today: Date,
    error: Option<&'static str>,
    on_text: Callback<String>,
) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_text.emit(input.value());
    });
    let error_id = format!("{id}-error");
    html! {
        <div class="field lifted-on">
            <label for={id}>{"Lifted on"}</label>
            <input {id} type="date" {value} max={today.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| error_id.clone())}
                {oninput} />
            if let Some(error) = error {
                <p class="field-error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
