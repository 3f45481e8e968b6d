//! "Warm-up": a ladder of loadable sets up to a work weight, by a chosen
//! scheme, each with its plates, then the work set.

use super::BIG_LIFTS;
use super::{error_of, positive_weight, setter};
use super::{use_calculator, use_draft, weight_key};
use crate::components::bar_diagram::{bar_diagram, DiagramSize};
use crate::components::field::Field;
use crate::components::select_field::SelectField;
use liftsheet_domain::calculator::{difference_text, parse_ladder};
use liftsheet_domain::maxes::MaxTable;
use liftsheet_domain::plates::Loading;
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::warmup::{ladder_with_work, Ladder, LadderOptions, Scheme};
use liftsheet_domain::Unit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// "25/20/2.5" or "empty bar".
fn plates_words(loading: &Loading) -> String {
    let compact = loading.compact();
    if compact.is_empty() {
        "empty bar".into()
    } else {
        compact
    }
}

/// The saved training max of `lift`, as the TM field shows it ("" if none).
fn saved_tm_text(maxes: &MaxTable, lift: &str, unit: Unit) -> String {
    maxes
        .training_max(&LiftKey::new(lift))
        .map(|w| w.to(unit).number())
        .unwrap_or_default()
}

#[function_component]
pub fn WarmupSection() -> Html {
    let calc = use_calculator();
    let settings = &calc.settings;
    let unit = settings.unit;
    let bar = super::bar_choice::use_bar_choice("warmup-bar", &settings.bar);
    let setup = &bar.setup;
    let work_text = use_draft(weight_key("calc.warmup.work", unit), String::new());
    let scheme_text = use_draft("calc.warmup.scheme".into(), String::from("ss"));
    // The 5/3/1 ladder runs off a training max: the saved one of the lift
    // picked here, unless the lifter types another.
    let tm_lift = use_draft("calc.warmup.tm-lift".into(), String::from(BIG_LIFTS[0].0));
    let tm_text = use_draft(
        weight_key("calc.warmup.tm", unit),
        saved_tm_text(&calc.maxes, &tm_lift, unit),
    );
    let custom_text = use_draft(weight_key("calc.warmup.custom", unit), String::new());
    let only_add = use_draft("calc.warmup.only-add".into(), String::new());

    let work = positive_weight(&work_text, unit);
    let tm = positive_weight(&tm_text, unit);
    let custom = (!custom_text.trim().is_empty())
        .then(|| parse_ladder(&custom_text, unit).map_err(|e| e.to_string()));
    let scheme: Option<Scheme> = match scheme_text.as_str() {
        "531" => match &tm {
            Some(Ok(tm)) => Some(Scheme::FiveThreeOne { training_max: *tm }),
            _ => None,
        },
        // "pct" was the only percentage preset; it stays squat/bench/press
        // so saved drafts keep their meaning.
        "pct" => Some(Scheme::liftosaur_barbell()),
        "pct-pull" => Some(Scheme::liftosaur_pull()),
        "sl" => Some(Scheme::StrongLifts),
        "custom" => match &custom {
            Some(Ok(steps)) => Some(Scheme::Custom(steps.clone())),
            _ => None,
        },
        _ => Some(Scheme::StartingStrength),
    };
    let options = LadderOptions {
        only_add_plates: !only_add.is_empty(),
        ..LadderOptions::default()
    };

    let result = match (&work, &scheme) {
        (Some(Ok(work)), Some(scheme)) => match ladder_with_work(*work, scheme, setup, &options) {
            Ok(Ladder { steps, work }) => {
                // The plates the ladder builds towards (with "only add plates",
                // not always the standalone load of the work weight).
                let loading = work;
                let rows = steps.iter().map(|step| {
                    let sets = if step.sets > 1 { format!(" × {} sets", step.sets) } else { String::new() };
                    html! {
                        <li class="ladder-step">
                            <div class="ladder-line">
                                <strong class="num">{ format!("{} × {}{sets}", step.weight, step.reps) }</strong>
                                <span class="plates-text">{ plates_words(&step.loading) }</span>
                            </div>
                            { bar_diagram(&step.loading.per_side, setup.collar, DiagramSize::Small) }
                        </li>
                    }
                });
                let work_line = html! {
                    <li class="ladder-step work">
                        <div class="ladder-line">
                            <strong class="num">{ format!("Work: {}", loading.total) }</strong>
                            <span class="plates-text">{ plates_words(&loading) }</span>
                        </div>
                        if !loading.is_exact() {
                            <p class="notice warn small">{ difference_text(&loading) }</p>
                        }
                        { bar_diagram(&loading.per_side, setup.collar, DiagramSize::Small) }
                    </li>
                };
                html! {
                    <>
                        if steps.is_empty() {
                            <p class="muted">{"No warm-up sets fit below this weight with this scheme."}</p>
                        }
                        <ol class="ladder" aria-label="Warm-up sets">{ for rows }{ work_line }</ol>
                    </>
                }
            }
            Err(error) => html! { <p class="notice error" role="status">{ error.to_string() }</p> },
        },
        _ => html! { <p class="muted">{"Enter a work weight to see the warm-up sets."}</p> },
    };

    let on_only_add = {
        let only_add = only_add.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            only_add.set(if input.checked() {
                "yes".into()
            } else {
                String::new()
            });
        })
    };

    let on_tm_lift = {
        let (tm_lift, tm_text, maxes) = (tm_lift.clone(), tm_text.clone(), calc.maxes.clone());
        Callback::from(move |lift: String| {
            tm_text.set(saved_tm_text(&maxes, &lift, unit));
            tm_lift.set(lift);
        })
    };
    let tm_hint = match calc.maxes.training_max(&LiftKey::new(tm_lift.as_str())) {
        Some(w) => AttrValue::from(format!("Your saved training max is {}.", w.to(unit))),
        None => AttrValue::from("No training max saved for this lift yet."),
    };
    html! {
        <div class="card">
            <h2>{"Warm-up"}</h2>
            <Field id="warmup-work" label="Work weight" unit={unit.symbol()}
                value={(*work_text).clone()} oninput={setter(&work_text)} error={error_of(&work)} />
            { bar.field.clone() }
            <SelectField id="warmup-scheme" label="Scheme" selected={(*scheme_text).clone()}
                onchange={setter(&scheme_text)}
                options={vec![
                    ("ss".into(), "Starting Strength (bar, then 3 jumps)".into()),
                    ("sl".into(), "StrongLifts (bar, then 20 kg / 45 lb jumps)".into()),
                    ("531".into(), "5/3/1 (40/50/60 % of training max)".into()),
                    ("pct".into(), "30/50/80 % (squat, bench, press)".into()),
                    ("pct-pull".into(), "30/50/80 % (deadlift, row)".into()),
                    ("custom".into(), "My own list".into()),
                ]} />
            if scheme_text.as_str() == "531" {
                <SelectField id="warmup-tm-lift" label="Lift" selected={(*tm_lift).clone()}
                    onchange={on_tm_lift}
                    options={BIG_LIFTS.iter().map(|(k, n)| (AttrValue::from(*k), AttrValue::from(*n))).collect::<Vec<_>>()} />
                <Field id="warmup-tm" label="Training max" unit={unit.symbol()}
                    value={(*tm_text).clone()} oninput={setter(&tm_text)} error={error_of(&tm)}
                    hint={tm_hint} />
            }
            if scheme_text.as_str() == "custom" {
                <Field id="warmup-custom" label="Warm-up sets" inputmode="text"
                    value={(*custom_text).clone()} oninput={setter(&custom_text)}
                    error={error_of(&custom)} placeholder="20x5, 40x5, 60x3"
                    hint={format!("weight x reps in {unit}, separated by commas")} />
            }
            <label class="check">
                <input type="checkbox" checked={!only_add.is_empty()} onchange={on_only_add} />
                {"Only add plates (never strip between sets)"}
            </label>
            { result }
        </div>
    }
}
