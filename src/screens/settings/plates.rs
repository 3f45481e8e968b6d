//! The plate inventory: how many of each size, adding and removing sizes,
//! and the standard kg / lb sets.

use crate::components::field::Field;
use crate::screens::calculator::{error_of, positive_weight, setter};
use crate::state::{settings::Change, use_app, Action};
use liftsheet_domain::plates::PlateColour;
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

/// A count typed by the lifter: a whole number, 0 to 99.
fn parse_count(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if n < 100 => Ok(n),
        _ => Err("Enter a whole number from 0 to 99.".into()),
    }
}

#[derive(Properties, PartialEq)]
struct PlateRowProps {
    weight: Weight,
    count: u32,
}

#[function_component]
fn PlateRow(props: &PlateRowProps) -> Html {
    let app = use_app();
    let text = use_state(|| props.count.to_string());
    let weight = props.weight;
    let error = parse_count(&text).err().map(AttrValue::from);
    let oninput = {
        let app = app.clone();
        let text = text.clone();
        Callback::from(move |value: String| {
            if let Ok(count) = parse_count(&value) {
                app.dispatch(Action::Settings(Change::PlateCount { weight, count }));
            }
            text.set(value);
        })
    };
    let remove = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Settings(Change::RemovePlate(weight))))
    };
    let id = format!("plate-count-{}-{}", weight.milli(), weight.unit());
    let colour = PlateColour::of(weight);
    html! {
        <li class="plate-row">
            <span class={classes!("plate-swatch", colour.name())} aria-hidden="true"></span>
            <Field id={id} label={format!("{weight} plates")} inputmode="numeric"
                value={(*text).clone()} {oninput} error={error} />
            <button type="button" class="danger" aria-label={format!("Remove {weight} plates")} onclick={remove}>{"Remove"}</button>
        </li>
    }
}

#[function_component]
pub fn PlatesCard() -> Html {
    let app = use_app();
    let settings = &app.doc.settings;
    let unit = settings.unit;
    let new_weight = use_state(String::new);
    let new_count = use_state(|| String::from("2"));
    let weight = positive_weight(&new_weight, unit);
    let count = parse_count(&new_count);

    let add = {
        let app = app.clone();
        let new_weight = new_weight.clone();
        let weight = weight.clone();
        let count = count.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let (Some(Ok(weight)), Ok(count)) = (&weight, &count) {
                app.dispatch(Action::Settings(Change::AddPlate {
                    weight: *weight,
                    count: *count,
                }));
                new_weight.set(String::new());
            }
        })
    };
    let preset = |unit: Unit| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Settings(Change::PlatePreset(unit))))
    };
    let can_add = matches!((&weight, &count), (Some(Ok(_)), Ok(_)));

    html! {
        <div class="card">
            <h2>{"Plates you own"}</h2>
            <p class="muted small">{"Count both sides together: a pair is 2."}</p>
            if settings.bar.plates.is_empty() {
                <p class="notice warn">{"No plates: only the empty bar can be loaded."}</p>
            }
            <ul class="plate-inventory">
                // Keyed by size and count so a preset resets the typed text.
                { for settings.bar.plates.iter().map(|p| html! {
                    <PlateRow key={format!("{}{}-{}", p.weight.milli(), p.weight.unit(), p.count)}
                        weight={p.weight} count={p.count} />
                }) }
            </ul>
            <form class="add-plate" onsubmit={add}>
                <h3>{"Add a plate size"}</h3>
                <div class="field-row">
                    <Field id="new-plate-weight" label="Plate weight" unit={unit.symbol()}
                        value={(*new_weight).clone()} oninput={setter(&new_weight)}
                        error={error_of(&weight)} />
                    <Field id="new-plate-count" label="How many" inputmode="numeric"
                        value={(*new_count).clone()} oninput={setter(&new_count)}
                        error={count.as_ref().err().map(|e| AttrValue::from(e.clone()))} />
                </div>
                <div class="actions">
                    <button type="submit" class="primary" disabled={!can_add}>{"Add plate"}</button>
                </div>
            </form>
            <h3>{"Start over from a standard set"}</h3>
            <div class="actions">
                <button type="button" onclick={preset(Unit::Kg)}>{"Standard kg plates"}</button>
                <button type="button" onclick={preset(Unit::Lb)}>{"Standard lb plates"}</button>
            </div>
        </div>
    }
}
