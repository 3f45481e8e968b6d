//! "1RM & TM": weight × reps (optionally at an RPE or RIR) to an estimated
//! 1RM by every formula, and a training max from it or from a tested 1RM,
//! which can be saved as a lift's max.

use super::{error_of, positive_weight, setter};
use super::{use_calculator, use_draft, weight_key};
use crate::components::field::Field;
use crate::components::select_field::SelectField;
use liftsheet_domain::calculator::{parse_reps, parse_tm_percent, to_tenth};
use liftsheet_domain::e1rm::{self, Formula};
use liftsheet_domain::maxes::{MaxChange, MaxSource, OneRepMax, SavedMax};
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::rpe::{self, Rpe};
use liftsheet_domain::training_max::{RoundingRule, TmPercent, TrainingMax};
use liftsheet_domain::{Rounding, Weight};
use yew::prelude::*;

/// The lifts a max can be saved for: (key, name).
pub const BIG_LIFTS: [(&str, &str); 4] = [
    ("squat", "Squat"),
    ("bench", "Bench press"),
    ("deadlift", "Deadlift"),
    ("press", "Press"),
];

/// "rounded to the nearest 2.5 kg" and the like.
pub fn rounding_words(increment: &RoundingRule) -> String {
    match increment.rounding {
        Rounding::Nearest => format!("rounded to the nearest {}", increment.step),
        Rounding::Up => format!("rounded up to a multiple of {}", increment.step),
        Rounding::Down => format!("rounded down to a multiple of {}", increment.step),
    }
}

#[function_component]
pub fn OneRepMaxSection() -> Html {
    let calc = use_calculator();
    let settings = &calc.settings;
    let unit = settings.unit;

    let weight_text = use_draft(weight_key("calc.e1rm.weight", unit), String::new());
    let reps_text = use_draft("calc.e1rm.reps".into(), String::new());
    let effort_kind = use_draft("calc.e1rm.effort".into(), String::from("none"));
    let effort_text = use_draft("calc.e1rm.effort-value".into(), String::new());

    let weight = positive_weight(&weight_text, unit);
    let reps =
        (!reps_text.trim().is_empty()).then(|| parse_reps(&reps_text).map_err(|e| e.to_string()));
    let reps_warning = match &reps {
        Some(Ok(r)) => e1rm::high_rep_warning(*r).map(AttrValue::from),
        _ => None,
    };
    let effort: Option<Result<Rpe, String>> = match effort_kind.as_str() {
        "rpe" if !effort_text.trim().is_empty() => {
            Some(Rpe::parse(&effort_text).map_err(|e| e.to_string()))
        }
        "rir" if !effort_text.trim().is_empty() => {
            Some(Rpe::parse_rir(&effort_text).map_err(|e| e.to_string()))
        }
        _ => None,
    };

    // The estimate: the RTS chart when an effort is given, else the mean.
    let set = match (&weight, &reps) {
        (Some(Ok(w)), Some(Ok(r))) => Some((*w, *r)),
        _ => None,
    };
    let mut effort_error = error_of(&effort);
    let rpe_estimate = match (set, &effort) {
        (Some((w, r)), Some(Ok(rpe))) => match rpe::e1rm(w, r, *rpe) {
            Ok(e) => Some((e, *rpe, rpe::percent_tenths(r, *rpe).unwrap_or(1000))),
            Err(e) => {
                effort_error = Some(AttrValue::from(e.to_string()));
                None
            }
        },
        _ => None,
    };
    let mean = set.and_then(|(w, r)| e1rm::mean(w, r).ok());
    let estimate = rpe_estimate.map(|(e, _, _)| e).or(mean);

    let effort_field = match effort_kind.as_str() {
        "rpe" => html! {
            <Field id="e1rm-rpe" label="RPE" value={(*effort_text).clone()}
                oninput={setter(&effort_text)} error={effort_error.clone()}
                hint="6 to 10, half steps (8.5)" />
        },
        "rir" => html! {
            <Field id="e1rm-rir" label="Reps in reserve" value={(*effort_text).clone()}
                oninput={setter(&effort_text)} error={effort_error.clone()}
                hint="0 to 4, half steps" />
        },
        _ => html! {},
    };

    let results = match (set, estimate) {
        (Some((w, r)), Some(best)) => {
            let headline = match rpe_estimate {
                Some((_, rpe, tenths)) => format!(
                    "RTS chart: {r} reps at RPE {rpe} is {}.{} % of 1RM",
                    tenths / 10,
                    tenths % 10
                ),
                None if r == 1 => "A single is its own 1RM.".to_string(),
                None if Formula::ALL.iter().all(|f| f.in_range(r)) => {
                    "Mean of the formulas below".to_string()
                }
                None => "Mean of the formulas below that are valid at this many reps".to_string(),
            };
            // A formula past its valid range shows why instead of a number,
            // and the mean leaves it out (e1rm::Formula::valid_reps).
            let rows = Formula::ALL.iter().map(|f| {
                let (value, class) = match (f.out_of_range_note(r), f.estimate(w, r)) {
                    (Some(note), _) => (note, "num muted small"),
                    (None, Ok(e)) => (to_tenth(e).to_string(), "num"),
                    (None, Err(e)) => (e.to_string(), "num muted small"),
                };
                html! { <tr><th scope="row">{ f.name() }</th><td class={class}>{ value }</td></tr> }
            });
            let mean_row = mean.map(|m| html! {
                <tr class="mean"><th scope="row">{"Mean"}</th><td class="num">{ to_tenth(m).to_string() }</td></tr>
            });
            let caption = if rpe_estimate.is_some() {
                "If the set had been to failure"
            } else {
                "Estimated 1RM by formula"
            };
            html! {
                <>
                    <div class="result" aria-live="polite">
                        <span class="muted">{"Estimated 1RM"}</span>
                        <output class="big" for="e1rm-weight e1rm-reps">{ to_tenth(best).to_string() }</output>
                    </div>
                    <p class="muted small">{ headline }</p>
                    <table class="table e1rm-table">
                        <caption class="small muted">{ caption }</caption>
                        <thead><tr><th scope="col">{"Formula"}</th><th scope="col" class="num">{"e1RM"}</th></tr></thead>
                        <tbody>{ for rows }{ for mean_row }</tbody>
                    </table>
                </>
            }
        }
        _ => html! { <p class="muted">{"Enter a weight and reps to see your estimated 1RM."}</p> },
    };

    let on_effort_kind = {
        let effort_kind = effort_kind.clone();
        let effort_text = effort_text.clone();
        Callback::from(move |v: String| {
            effort_kind.set(v);
            effort_text.set(String::new());
        })
    };

    html! {
        <>
            <div class="card">
                <h2>{"Estimated 1RM"}</h2>
                <div class="field-row">
                    <Field id="e1rm-weight" label="Weight lifted" unit={unit.symbol()}
                        value={(*weight_text).clone()} oninput={setter(&weight_text)}
                        error={error_of(&weight)} />
                    <Field id="e1rm-reps" label="Reps" inputmode="numeric"
                        value={(*reps_text).clone()} oninput={setter(&reps_text)}
                        error={error_of(&reps)} warning={reps_warning} />
                </div>
                <div class="field-row">
                    <SelectField id="e1rm-effort" label="Effort" selected={(*effort_kind).clone()}
                        onchange={on_effort_kind}
                        options={vec![
                            ("none".into(), "To failure".into()),
                            ("rpe".into(), "RPE".into()),
                            ("rir".into(), "Reps in reserve".into()),
                        ]} />
                    { effort_field }
                </div>
                { results }
            </div>
            <TrainingMaxCard estimate={estimate} single={set.is_some_and(|(_, r)| r == 1) && rpe_estimate.is_none()} />
            <SavedMaxes />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TrainingMaxCardProps {
    /// The estimate from the set above, if there is one.
    estimate: Option<Weight>,
    /// The set above is a single to failure: its 1RM was lifted, not estimated.
    single: bool,
}

#[function_component]
fn TrainingMaxCard(props: &TrainingMaxCardProps) -> Html {
    let calc = use_calculator();
    let settings = &calc.settings;
    let unit = settings.unit;
    let default_choice = match settings.tm_percent.get() {
        90 => "90".to_string(),
        85 => "85".to_string(),
        _ => "custom".to_string(),
    };
    let default_text = settings.tm_percent.get().to_string();
    let choice = use_draft("calc.tm.percent".into(), default_choice);
    let custom_text = use_draft("calc.tm.custom".into(), default_text);
    let source = use_draft("calc.tm.source".into(), String::from("set"));
    let tested_text = use_draft(weight_key("calc.tm.tested", unit), String::new());

    let percent: Result<TmPercent, String> = match choice.as_str() {
        "90" => Ok(TmPercent::NINETY),
        "85" => Ok(TmPercent::EIGHTY_FIVE),
        _ => parse_tm_percent(&custom_text).map_err(String::from),
    };
    let tested = positive_weight(&tested_text, unit);
    let base: Option<Weight> = match source.as_str() {
        "tested" => match &tested {
            Some(Ok(w)) => Some(*w),
            _ => None,
        },
        _ => props.estimate,
    };
    // A tested 1RM, or a single to failure, was lifted; anything else is an estimate.
    let lifted = source.as_str() == "tested" || props.single;
    let increment = settings.rounding;
    let tm = match (&percent, base) {
        (Ok(p), Some(b)) => TrainingMax::from_one_rep_max(b, *p, increment).ok(),
        _ => None,
    };

    let chips = ["90", "85", "custom"].map(|c| {
        let onclick = {
            let choice = choice.clone();
            Callback::from(move |_| choice.set(c.to_string()))
        };
        let text = if c == "custom" { "Custom".to_string() } else { format!("{c} %") };
        html! {
            <button type="button" class="chip" aria-pressed={(choice.as_str() == c).to_string()} {onclick}>
                { text }
            </button>
        }
    });

    let result = match (tm, base, &percent) {
        (Some(tm), Some(b), Ok(p)) => html! {
            <>
                <div class="result" aria-live="polite">
                    <span class="muted">{"Training max"}</span>
                    <output class="big">{ tm.weight().to_string() }</output>
                </div>
                <p class="muted small">
                    { format!("{} % of {}, {}.", p.get(), to_tenth(b), rounding_words(&increment)) }
                </p>
                <SaveButtons training_max={tm.weight()} one_rep_max={to_tenth(b)} tested={lifted} />
            </>
        },
        _ if source.as_str() == "set" => html! {
            <p class="muted">{"Enter a set above, or choose a tested 1RM."}</p>
        },
        _ => html! { <p class="muted">{"Enter your tested 1RM."}</p> },
    };

    html! {
        <div class="card">
            <h2>{"Training max"}</h2>
            <div class="subnav" role="group" aria-label="Training max percent">{ for chips }</div>
            if choice.as_str() == "custom" {
                <Field id="tm-percent" label="Percent of 1RM" unit="%" inputmode="numeric"
                    value={(*custom_text).clone()} oninput={setter(&custom_text)}
                    error={percent.as_ref().err().map(|e| AttrValue::from(e.clone()))}
                    hint="50 to 100" />
            }
            <SelectField id="tm-source" label="Training max from" selected={(*source).clone()}
                onchange={setter(&source)}
                options={vec![
                    ("set".into(), "The set above (estimated 1RM)".into()),
                    ("tested".into(), "A tested 1RM".into()),
                ]} />
            if source.as_str() == "tested" {
                <Field id="tm-tested" label="Tested 1RM" unit={unit.symbol()}
                    value={(*tested_text).clone()} oninput={setter(&tested_text)}
                    error={error_of(&tested)} />
            }
            { result }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SaveButtonsProps {
    training_max: Weight,
    /// The 1RM the training max was taken from.
    one_rep_max: Weight,
    /// Whether that 1RM was lifted (a tested 1RM, or a single to failure)
    /// rather than estimated.
    tested: bool,
}

/// The lifter's words for a kind of saved max, as the Program tab uses them.
pub fn saved_max_words(kind: SavedMax) -> &'static str {
    match kind {
        SavedMax::TrainingMax => "training max",
        SavedMax::OneRepMax => "1RM",
    }
}

/// "Save 300 lb as deadlift training max" and "Save 335 lb as deadlift
/// 1RM": each says exactly which number goes where. The training max is
/// what 5/3/1-style programs run on; the 1RM (kept with today's date) is
/// what a working-weight block starts from. Both are the numbers the
/// Program tab shows.
#[function_component]
fn SaveButtons(props: &SaveButtonsProps) -> Html {
    let calc = use_calculator();
    let lift = use_draft("calc.save-lift".into(), String::from(BIG_LIFTS[0].0));
    // What was last saved from here ("tm 90000 kg"); "Saved" is said only once
    // the host's maxes hold it (the first-load app saves through the full app).
    let saved = use_draft("calc.saved".into(), String::new());
    let name = BIG_LIFTS
        .iter()
        .find(|(k, _)| *k == lift.as_str())
        .map_or("squat", |(_, n)| n)
        .to_ascii_lowercase();
    let key = LiftKey::new(lift.as_str());
    let stored_tm = calc.maxes.training_max(&key);
    let stored_one = calc.maxes.one_rep_max(&key).map(|m| m.weight);
    let said =
        |kind: &str, w: Weight| saved.as_str() == format!("{kind} {} {}", w.milli(), w.unit());
    let tm_saved =
        calc.stored && stored_tm == Some(props.training_max) && said("tm", props.training_max);
    let one_saved =
        calc.stored && stored_one == Some(props.one_rep_max) && said("1rm", props.one_rep_max);
    let save_tm = {
        let set_max = calc.set_max.clone();
        let (max, key, saved) = (props.training_max, key.clone(), saved.clone());
        Callback::from(move |_| {
            saved.set(format!("tm {} {}", max.milli(), max.unit()));
            set_max.emit(MaxChange::TrainingMax {
                lift: key.clone(),
                max: Some(max),
            });
        })
    };
    let save_one = {
        let set_max = calc.set_max.clone();
        let (weight, key, saved, tested) =
            (props.one_rep_max, key.clone(), saved.clone(), props.tested);
        Callback::from(move |_| {
            saved.set(format!("1rm {} {}", weight.milli(), weight.unit()));
            set_max.emit(MaxChange::OneRepMax {
                lift: key.clone(),
                max: Some(OneRepMax {
                    weight,
                    date: Some(crate::clock::today()),
                    source: if tested {
                        MaxSource::Tested
                    } else {
                        MaxSource::Estimated
                    },
                }),
            });
        })
    };
    let on_lift = {
        let lift = lift.clone();
        let saved = saved.clone();
        Callback::from(move |v: String| {
            lift.set(v);
            saved.set(String::new());
        })
    };
    let one_words = if props.tested {
        "tested 1RM"
    } else {
        "estimated 1RM"
    };
    let note = if tm_saved {
        format!(
            "Saved {} as your {name} training max: 5/3/1-style programs on the Program tab run on it.",
            props.training_max
        )
    } else if one_saved {
        format!(
            "Saved {} as your {name} {one_words}, dated today: blocks that climb from a working weight start from it.",
            props.one_rep_max
        )
    } else {
        "The training max is what 5/3/1-style programs run on; the 1RM is what a block of 5s, 3s and singles starts from.".to_string()
    };
    html! {
        <div class="save-max">
            <SelectField id="save-lift" label="Lift" selected={(*lift).clone()} onchange={on_lift}
                options={BIG_LIFTS.iter().map(|(k, n)| (AttrValue::from(*k), AttrValue::from(*n))).collect::<Vec<_>>()} />
            <div class="actions">
                <button type="button" class="primary" onclick={save_tm}>
                    { format!("Save {} as {name} training max", props.training_max) }
                </button>
                <button type="button" onclick={save_one}>
                    { format!("Save {} as {name} {one_words}", props.one_rep_max) }
                </button>
            </div>
            <p class="muted small save-note" role="status">{ note }</p>
        </div>
    }
}

/// The lifter's saved maxes, as the Program tab reads them.
#[function_component]
fn SavedMaxes() -> Html {
    let calc = use_calculator();
    let settings = &calc.settings;
    let maxes = &calc.maxes;
    if maxes.is_empty() {
        return html! {
            <div class="card">
                <h2>{"Your maxes"}</h2>
                <p class="muted">{"None saved yet. Save one above and the program screen will use it."}</p>
            </div>
        };
    }
    let name_of = |key: &str| -> String {
        BIG_LIFTS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or_else(|| key.to_string(), |(_, n)| n.to_string())
    };
    let unit = settings.unit;
    let rows = maxes.iter().map(|(key, max)| {
        let name = name_of(key.as_str());
        let remove = |change: MaxChange| {
            let set_max = calc.set_max.clone();
            Callback::from(move |_| set_max.emit(change.clone()))
        };
        let tm = max.training_max.map(|w| {
            let onclick = remove(MaxChange::TrainingMax { lift: key.clone(), max: None });
            html! {
                <>
                    { to_tenth(w.to(unit)).to_string() }{" "}
                    <button type="button" class="danger small-button" aria-label={format!("Remove {name} training max")} {onclick}>{"✕"}</button>
                </>
            }
        });
        let one = max.one_rep_max.map(|m| {
            let onclick = remove(MaxChange::OneRepMax { lift: key.clone(), max: None });
            let when = match (m.source, m.date) {
                (MaxSource::Tested, Some(d)) => format!("tested {d}"),
                (MaxSource::Tested, None) => "tested".to_string(),
                (MaxSource::Estimated, Some(d)) => format!("estimated {d}"),
                (MaxSource::Estimated, None) => "estimated".to_string(),
            };
            html! {
                <>
                    { to_tenth(m.weight.to(unit)).to_string() }{" "}
                    <button type="button" class="danger small-button" aria-label={format!("Remove {name} 1RM")} {onclick}>{"✕"}</button>
                    <br /><span class="muted small">{ when }</span>
                </>
            }
        });
        html! {
            <tr>
                <th scope="row">{ name.clone() }</th>
                <td class="num">{ tm.unwrap_or_else(|| html! {"—"}) }</td>
                <td class="num">{ one.unwrap_or_else(|| html! {"—"}) }</td>
            </tr>
        }
    });
    html! {
        <div class="card">
            <h2>{"Your maxes"}</h2>
            <table class="table saved-maxes">
                <thead><tr>
                    <th scope="col">{"Lift"}</th>
                    <th scope="col" class="num">{"Training max"}</th>
                    <th scope="col" class="num">{"1RM"}</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
