//! Bodyweight: log a reading (a date's second reading replaces its first),
//! see the recent ones with a way to remove each, and their chart.

use crate::clock;
use crate::components::field::Field;
use crate::components::time_chart::{ChartKind, TimeChart};
use crate::state::{bodyweight::Change, use_app, Action};
use liftsheet_domain::date::Date;
use liftsheet_domain::document::bodyweight::{check, BodyweightError};
use liftsheet_domain::Weight;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Readings listed (newest first); the chart and its table show them all.
const RECENT: usize = 7;

#[function_component]
pub fn BodyweightCard() -> Html {
    let app = use_app();
    let unit = app.doc.settings.unit;
    let readings = &app.doc.bodyweight;
    let weight_text = use_state(String::new);
    let date_text = use_state(|| clock::today().to_string());
    // Errors are shown once the lifter tries to log, then follow the typing.
    let tried = use_state(|| false);

    let today = clock::today();
    let weight = Weight::parse(weight_text.trim(), unit).map_err(|e| e.to_string());
    let date =
        Date::parse(date_text.trim()).map_err(|_| "Pick a date (year-month-day).".to_string());
    let (mut weight_error, mut date_error) = (weight.clone().err(), date.clone().err());
    if let (Ok(w), Ok(d)) = (&weight, &date) {
        match check(*d, *w, today) {
            Err(e @ BodyweightError::Date(_)) => date_error = Some(e.to_string()),
            Err(e) => weight_error = Some(e.to_string()),
            Ok(()) => {}
        }
    }
    let replaces = date
        .as_ref()
        .ok()
        .and_then(|d| readings.iter().find(|e| e.date == *d))
        .map(|e| {
            format!(
                "Replaces the {} logged that day: one reading a day.",
                e.weight
            )
        });

    let on_weight = {
        let weight_text = weight_text.clone();
        Callback::from(move |v: String| weight_text.set(v))
    };
    let on_date = {
        let date_text = date_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            date_text.set(input.value());
        })
    };
    let onsubmit = {
        let (app, weight_text, tried) = (app.clone(), weight_text.clone(), tried.clone());
        let ready = match (&weight, &date, &weight_error, &date_error) {
            (Ok(w), Ok(d), None, None) => Some((*w, *d)),
            _ => None,
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match ready {
                Some((weight, date)) => {
                    app.dispatch(Action::Bodyweight(Change::Log {
                        date,
                        weight,
                        today: clock::today(),
                    }));
                    weight_text.set(String::new());
                    tried.set(false);
                }
                None => tried.set(true),
            }
        })
    };
    let show = |error: Option<String>| (*tried).then_some(error).flatten().map(AttrValue::from);

    let points = Rc::new(
        readings
            .iter()
            .map(|e| (e.date, e.weight.to(unit)))
            .collect::<Vec<_>>(),
    );
    html! {
        <section class="card bodyweight" aria-labelledby="bodyweight-title">
            <h2 id="bodyweight-title">{"Bodyweight"}</h2>
            <form class="bodyweight-form" {onsubmit} novalidate=true>
                <Field id="bodyweight-weight" label="Bodyweight" unit={unit.symbol()}
                    value={(*weight_text).clone()} oninput={on_weight}
                    error={show(weight_error)} hint={replaces.map(AttrValue::from)} />
                <div class="field">
                    <label for="bodyweight-date">{"Date"}</label>
                    <input id="bodyweight-date" type="date" value={(*date_text).clone()}
                        max={liftsheet_domain::limits::latest_date(today).to_string()}
                        aria-invalid={show(date_error.clone()).is_some().then_some("true")}
                        aria-describedby={show(date_error.clone()).is_some().then_some("bodyweight-date-error")}
                        oninput={on_date} />
                    if let Some(error) = show(date_error) {
                        <p class="field-error" id="bodyweight-date-error">{ error }</p>
                    }
                </div>
                <div class="actions">
                    <button type="submit" class="button primary">{"Log bodyweight"}</button>
                </div>
            </form>
            if !readings.is_empty() {
                <h3>{"Recent"}</h3>
                <ul class="bodyweight-list" aria-label="Recent bodyweight">
                    { for readings.iter().rev().take(RECENT).map(|e| {
                        let date = e.date;
                        let app = app.clone();
                        let remove = Callback::from(move |_| {
                            app.dispatch(Action::Bodyweight(Change::Remove { date }));
                        });
                        html! {
                            <li>
                                <span>{ format!("{}: {}", e.date, e.weight) }</span>
                                <button type="button" class="button" onclick={remove}
                                    aria-label={format!("Remove bodyweight of {}", e.date)}>{"Remove"}</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <TimeChart subject="Bodyweight" id="bodyweight" {points} {unit}
                kind={ChartKind::PlainLine} value_heading="Bodyweight"
                empty="No bodyweight logged yet. Bodyweight exercises (weighted chin-ups, dips) use the latest reading." />
        </section>
    }
}
