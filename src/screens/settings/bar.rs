//! The bar and the collars.

use crate::components::field::Field;
use crate::components::select_field::SelectField;
use crate::screens::calculator::{error_of, positive_weight};
use crate::state::{settings::Change, use_app, Action};
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

/// Preset bars: (value, text, weight).
fn bars() -> [(&'static str, &'static str, Weight); 3] {
    [
        ("20kg", "20 kg (men's)", Weight::kg(20.0)),
        ("15kg", "15 kg (women's)", Weight::kg(15.0)),
        ("45lb", "45 lb", Weight::lb(45.0)),
    ]
}

const COMPETITION_COLLAR: Weight = Weight::from_milli(2_500, Unit::Kg);

/// "Competition, 2.5 kg each", or in pounds "Competition, 5.5 lb (2.5 kg)
/// each": the collars are metric (IWF, training-math.md §6.1), so an lb
/// lifter reads them in lb first.
fn competition_collar_words(unit: Unit) -> String {
    match unit {
        Unit::Kg => format!("Competition, {COMPETITION_COLLAR} each"),
        Unit::Lb => format!(
            "Competition, {} ({COMPETITION_COLLAR}) each",
            COMPETITION_COLLAR.to(Unit::Lb).round_to(
                liftsheet_domain::Step::tenth(Unit::Lb),
                liftsheet_domain::Rounding::Nearest
            )
        ),
    }
}

#[function_component]
pub fn BarCard() -> Html {
    let app = use_app();
    let settings = &app.doc.settings;
    let unit = settings.unit;
    let bar = settings.bar.bar;
    let collar = settings.bar.collar;

    let bar_custom = use_state(|| false);
    let bar_text = use_state(|| bar.to(unit).number());
    let collar_custom = use_state(|| false);
    let collar_text = use_state(|| collar.to(unit).number());

    let preset = bars()
        .into_iter()
        .find(|(_, _, w)| w.same_mass(bar))
        .map(|(v, _, _)| v);
    let bar_choice = match preset {
        Some(v) if !*bar_custom => v,
        _ => "custom",
    };
    let on_bar = {
        let app = app.clone();
        let bar_custom = bar_custom.clone();
        let bar_text = bar_text.clone();
        Callback::from(
            move |v: String| match bars().into_iter().find(|(k, _, _)| *k == v) {
                Some((_, _, w)) => {
                    bar_custom.set(false);
                    bar_text.set(w.to(unit).number());
                    app.dispatch(Action::Settings(Change::BarWeight(w)));
                }
                None => bar_custom.set(true),
            },
        )
    };
    let bar_parsed = positive_weight(&bar_text, unit);
    let on_bar_text = {
        let app = app.clone();
        let bar_text = bar_text.clone();
        Callback::from(move |text: String| {
            if let Some(Ok(w)) = positive_weight(&text, unit) {
                app.dispatch(Action::Settings(Change::BarWeight(w)));
            }
            bar_text.set(text);
        })
    };

    let collar_choice = if *collar_custom {
        "custom"
    } else if collar.is_zero() {
        "none"
    } else if collar == COMPETITION_COLLAR {
        "comp"
    } else {
        "custom"
    };
    let on_collar = {
        let app = app.clone();
        let collar_custom = collar_custom.clone();
        Callback::from(move |v: String| {
            collar_custom.set(v == "custom");
            match v.as_str() {
                "none" => app.dispatch(Action::Settings(Change::Collar(Weight::zero(unit)))),
                "comp" => app.dispatch(Action::Settings(Change::Collar(COMPETITION_COLLAR))),
                _ => {}
            }
        })
    };
    let collar_parsed = positive_weight(&collar_text, unit);
    let on_collar_text = {
        let app = app.clone();
        let collar_text = collar_text.clone();
        Callback::from(move |text: String| {
            if let Some(Ok(w)) = positive_weight(&text, unit) {
                app.dispatch(Action::Settings(Change::Collar(w)));
            }
            collar_text.set(text);
        })
    };

    html! {
        <div class="card">
            <h2>{"Bar and collars"}</h2>
            <SelectField id="settings-bar" label="Bar" selected={bar_choice} onchange={on_bar}
                options={bars().iter().map(|(v, t, _)| (AttrValue::from(*v), AttrValue::from(*t)))
                    .chain(std::iter::once(("custom".into(), format!("Other ({bar})").into())))
                    .collect::<Vec<_>>()} />
            if bar_choice == "custom" {
                <Field id="settings-bar-weight" label="Bar weight" unit={unit.symbol()}
                    value={(*bar_text).clone()} oninput={on_bar_text}
                    error={error_of(&bar_parsed)} />
            }
            <SelectField id="settings-collars" label="Collars" selected={collar_choice} onchange={on_collar}
                options={vec![
                    ("none".into(), "None or spring clips".into()),
                    ("comp".into(), competition_collar_words(unit).into()),
                    ("custom".into(), "Other".into()),
                ]} />
            if collar_choice == "custom" {
                <Field id="settings-collar-weight" label="Each collar" unit={unit.symbol()}
                    value={(*collar_text).clone()} oninput={on_collar_text}
                    error={error_of(&collar_parsed)} />
            }
            <p class="muted small">{ format!("Empty bar with collars: {}", settings.bar.empty().to(unit)) }</p>
        </div>
    }
}
