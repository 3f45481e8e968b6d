//! Unit, rounding step and direction, default training-max percent.

use crate::components::field::Field;
use crate::components::select_field::SelectField;
use crate::state::{settings::Change, use_app, Action};
use liftsheet_domain::calculator::parse_tm_percent;
use liftsheet_domain::training_max::RoundingRule;
use liftsheet_domain::{Rounding, Unit, Weight};
use yew::prelude::*;

/// Rounding steps offered, in thousandths of the unit.
fn steps(unit: Unit) -> &'static [i64] {
    match unit {
        Unit::Kg => &[500, 1_000, 1_250, 2_500, 5_000],
        Unit::Lb => &[1_000, 2_500, 5_000, 10_000],
    }
}

#[function_component]
pub fn UnitsCard() -> Html {
    let app = use_app();
    let settings = &app.doc.settings;
    let unit = settings.unit;
    let rounding = settings.rounding;
    let tm_text = use_state(|| settings.tm_percent.get().to_string());
    let tm_error = parse_tm_percent(&tm_text).err();

    let on_unit = {
        let app = app.clone();
        Callback::from(move |v: String| {
            let unit = if v == "lb" { Unit::Lb } else { Unit::Kg };
            app.dispatch(Action::Settings(Change::Unit(unit)));
        })
    };
    let mut step_options: Vec<(AttrValue, AttrValue)> = steps(unit)
        .iter()
        .map(|&m| {
            let w = Weight::from_milli(m, unit);
            (w.to_string().into(), w.to_string().into())
        })
        .collect();
    let current_step = rounding.step.to_string();
    if !step_options.iter().any(|(v, _)| v.as_str() == current_step) {
        step_options.push((current_step.clone().into(), current_step.clone().into()));
    }
    let on_step = {
        let app = app.clone();
        Callback::from(move |v: String| {
            let step = steps(unit)
                .iter()
                .map(|&m| Weight::from_milli(m, unit))
                .find(|w| w.to_string() == v);
            if let Some(step) = step {
                app.dispatch(Action::Settings(Change::Rounding(RoundingRule {
                    step,
                    rounding: rounding.rounding,
                })));
            }
        })
    };
    let on_direction = {
        let app = app.clone();
        Callback::from(move |v: String| {
            let direction = match v.as_str() {
                "up" => Rounding::Up,
                "down" => Rounding::Down,
                _ => Rounding::Nearest,
            };
            app.dispatch(Action::Settings(Change::Rounding(RoundingRule {
                step: rounding.step,
                rounding: direction,
            })));
        })
    };
    let direction = match rounding.rounding {
        Rounding::Nearest => "nearest",
        Rounding::Up => "up",
        Rounding::Down => "down",
    };
    let on_tm = {
        let app = app.clone();
        let tm_text = tm_text.clone();
        Callback::from(move |text: String| {
            if let Ok(p) = parse_tm_percent(&text) {
                app.dispatch(Action::Settings(Change::TmPercent(p)));
            }
            tm_text.set(text);
        })
    };

    html! {
        <div class="card">
            <h2>{"Units and rounding"}</h2>
            <SelectField id="settings-unit" label="Unit" selected={unit.symbol()} onchange={on_unit}
                options={vec![("kg".into(), "Kilograms (kg)".into()), ("lb".into(), "Pounds (lb)".into())]}
                hint="Saved maxes keep their unit and are shown converted." />
            <div class="field-row">
                <SelectField id="settings-step" label="Round to" selected={current_step}
                    onchange={on_step} options={step_options} />
                <SelectField id="settings-direction" label="Rounding" selected={direction}
                    onchange={on_direction}
                    options={vec![
                        ("nearest".into(), "Nearest".into()),
                        ("up".into(), "Up".into()),
                        ("down".into(), "Down".into()),
                    ]} />
            </div>
            <Field id="settings-tm" label="Default training max" unit="% of 1RM" inputmode="numeric"
                value={(*tm_text).clone()} oninput={on_tm}
                error={tm_error.map(AttrValue::from)}
                hint="90 % is Wendler's original; 85 % is common too." />
        </div>
    }
}
