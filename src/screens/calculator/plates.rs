//! "Plates": a target weight to the plates on each side of the lifter's bar,
//! the total actually loaded and how far it is from the target.

use super::{error_of, positive_weight, setter};
use super::{use_calculator, use_draft, weight_key};
use crate::components::bar_diagram::{bar_diagram, DiagramSize};
use crate::components::field::Field;
use crate::components::plate_list::plate_list;
use crate::components::select_field::SelectField;
use liftsheet_domain::calculator::difference_text;
use liftsheet_domain::plates::{self, Aim, BarSetup};
use yew::prelude::*;

/// "20 kg bar, 2.5 kg collars" for the line under the result.
pub fn setup_words(setup: &BarSetup) -> String {
    if setup.collar.is_positive() {
        format!("{} bar, {} collars", setup.bar, setup.collar)
    } else {
        format!("{} bar, no collars", setup.bar)
    }
}

fn aim_of(value: &str) -> Aim {
    match value {
        "nearest" => Aim::Nearest,
        "above" => Aim::AtOrAbove,
        _ => Aim::AtOrBelow,
    }
}

#[function_component]
pub fn PlatesSection() -> Html {
    let calc = use_calculator();
    let settings = &calc.settings;
    let unit = settings.unit;
    let bar = super::bar_choice::use_bar_choice("plates-bar", &settings.bar);
    let setup = &bar.setup;
    let target_text = use_draft(weight_key("calc.plates.target", unit), String::new());
    let aim_text = use_draft("calc.plates.aim".into(), String::from("below"));
    let target = positive_weight(&target_text, unit);

    let result = match &target {
        Some(Ok(target)) => match plates::load(setup, *target, aim_of(&aim_text)) {
            Ok(loading) => {
                let exact = loading.is_exact();
                let compact = loading.compact();
                html! {
                    <>
                        <div class="result" aria-live="polite">
                            <span class="muted">{"Loaded"}</span>
                            <output class="big" for="plates-target">{ loading.total.to_string() }</output>
                        </div>
                        <p class={classes!("notice", if exact { "ok" } else { "warn" })}>
                            { difference_text(&loading) }
                        </p>
                        <p>
                            <span class="muted">{"Each side: "}</span>
                            <span class="plates-text">
                                { if compact.is_empty() { "nothing (empty bar)".to_string() } else { compact } }
                            </span>
                        </p>
                        { bar_diagram(&loading.per_side, setup.collar, DiagramSize::Full) }
                        { plate_list(&loading.per_side) }
                    </>
                }
            }
            Err(error) => html! {
                <p class="notice error" role="status">
                    { format!("Cannot load {target}. {error}") }
                </p>
            },
        },
        _ => html! { <p class="muted">{"Enter a weight to see the plates for each side."}</p> },
    };

    html! {
        <div class="card">
            <h2>{"Plates"}</h2>
            <div class="field-row">
                <Field id="plates-target" label="Target weight" unit={unit.symbol()}
                    value={(*target_text).clone()} oninput={setter(&target_text)}
                    error={error_of(&target)} />
                <SelectField id="plates-aim" label="If not exact, load" selected={(*aim_text).clone()}
                    onchange={setter(&aim_text)}
                    options={vec![
                        ("below".into(), "At or below".into()),
                        ("nearest".into(), "Nearest".into()),
                        ("above".into(), "At or above".into()),
                    ]} />
            </div>
            { bar.field.clone() }
            <p class="muted small">
                { setup_words(setup) }{" · "}<a href="#/settings">{"Change bar and plates"}</a>
            </p>
            { result }
            <p><a href="#/plates">{"Plates for a list of sets"}</a></p>
        </div>
    }
}
