//! "Lifted on": the date a session was lifted, a native date picker that
//! offers no day after today, with its problem next to it. The field is a
//! plain function; [`use_lifted_on`] keeps a refused pick and sends a good
//! one on, for every screen that dates a session.

use liftsheet_domain::date::Date;
use liftsheet_domain::limits::{self, LimitError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A refused pick (what was picked, and why not), kept until a good one.
pub type Refused = Option<(String, &'static str)>;

/// The field's state and handler: a good pick goes to `on_date` (with
/// `today`, for the change the domain checks again), a refused one stays
/// shown with its reason.
#[hook]
pub fn use_lifted_on(today: Date, on_date: Callback<Date>) -> (Refused, Callback<String>) {
    let refused = use_state(|| None::<(String, &'static str)>);
    let on_text = {
        let refused = refused.clone();
        Callback::from(move |text: String| match parse(&text, today) {
            Ok(date) => {
                refused.set(None);
                on_date.emit(date);
            }
            Err(why) => refused.set(Some((text, why))),
        })
    };
    ((*refused).clone(), on_text)
}

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
