//! One exercise's equipment: which bar (and its weight), which dumbbells or
//! kettlebells exist, a machine's step. "Save" sets it, "Use the default"
//! puts back the default for the exercise; bad input is explained next to
//! its field and nothing is saved until it reads.

use crate::components::field::Field;
use crate::components::select_field::SelectField;
use crate::screens::calculator::{error_of, positive_weight, setter};
use crate::state::{equipment::Change, use_app, Action};
use liftsheet_domain::equipment::{BarKind, Equipment, Stack, WeightSet};
use liftsheet_domain::exercise::Implement;
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

/// The choices, as (value, words).
const KINDS: [(&str, &str); 10] = [
    ("barbell", "Your barbell"),
    ("trap", "Trap bar"),
    ("ssb", "Safety squat bar"),
    ("fifteen", "15 kg bar"),
    ("ez", "EZ bar"),
    ("custom", "Other bar"),
    ("dumbbells", "Dumbbells"),
    ("kettlebells", "Kettlebells"),
    ("machine", "Machine or cable stack"),
    ("bodyweight", "Bodyweight"),
];

fn kind_of(e: &Equipment) -> &'static str {
    match e {
        Equipment::Barbell => "barbell",
        Equipment::Bar { kind, .. } => match kind {
            BarKind::TrapBar => "trap",
            BarKind::SafetySquatBar => "ssb",
            BarKind::FifteenKg => "fifteen",
            BarKind::EzBar => "ez",
            BarKind::Custom => "custom",
        },
        Equipment::Dumbbells(_) => "dumbbells",
        Equipment::Kettlebells(_) => "kettlebells",
        Equipment::Stack(_) => "machine",
        Equipment::Bodyweight => "bodyweight",
    }
}

fn bar_kind(kind: &str) -> Option<(BarKind, Implement)> {
    Some(match kind {
        "trap" => (BarKind::TrapBar, Implement::TrapBar),
        "ssb" => (BarKind::SafetySquatBar, Implement::SafetySquatBar),
        "ez" => (BarKind::EzBar, Implement::EzBar),
        // A custom bar starts from the trap bar's weight; the lifter types his.
        "custom" => (BarKind::Custom, Implement::TrapBar),
        _ => return None,
    })
}

/// The texts the fields start from for `e`, in `unit`.
struct Texts {
    bar: String,
    dumbbells: String,
    kettlebells: String,
    step: String,
    top: String,
}

fn set_text(e: &Equipment, unit: Unit) -> Option<String> {
    match e {
        Equipment::Dumbbells(s) | Equipment::Kettlebells(s) => Some(s.text_in(unit)),
        _ => None,
    }
}

fn texts(current: &Equipment, unit: Unit) -> Texts {
    let default = |i| Equipment::default_for(i, unit);
    let bar = match current {
        Equipment::Bar { bar, .. } => bar.number(),
        _ => match default(Implement::TrapBar) {
            Equipment::Bar { bar, .. } => bar.number(),
            _ => String::new(),
        },
    };
    let (step, top) = match (current, &default(Implement::Machine)) {
        (Equipment::Stack(s), _) | (_, Equipment::Stack(s)) => {
            (s.step().number(), s.top().number())
        }
        _ => (String::new(), String::new()),
    };
    Texts {
        bar,
        dumbbells: match current {
            Equipment::Dumbbells(_) => set_text(current, unit),
            _ => set_text(&default(Implement::Dumbbell), unit),
        }
        .unwrap_or_default(),
        kettlebells: match current {
            Equipment::Kettlebells(_) => set_text(current, unit),
            _ => set_text(&default(Implement::Kettlebell), unit),
        }
        .unwrap_or_default(),
        step,
        top,
    }
}

#[derive(Properties, PartialEq)]
pub struct EquipmentFormProps {
    pub exercise: LiftKey,
    pub name: AttrValue,
    /// What it is done with now (the lifter's choice or the default).
    pub current: Equipment,
    /// Whether `current` is the lifter's own choice.
    pub chosen: bool,
}

/// Under a list of weights: how to type it, and, when a weight is in the
/// other unit, how it was read ("Read as 24 kg, 53 kg"), so a unit written
/// after a number never changes the numbers before it unseen.
fn list_hint(parsed: &Option<Result<WeightSet, String>>, unit: Unit) -> AttrValue {
    const HOW: &str = "Separate weights with commas. Planned weights round to the closest one.";
    match parsed {
        Some(Ok(set)) if set.weights().iter().any(|w| w.unit() != unit) => {
            let read: Vec<String> = set.weights().iter().map(|w| w.to_string()).collect();
            format!(
                "Read as {}. A unit after a number counts for the numbers before it without one.",
                read.join(", ")
            )
            .into()
        }
        _ => HOW.into(),
    }
}

#[function_component]
pub fn EquipmentForm(props: &EquipmentFormProps) -> Html {
    let app = use_app();
    let unit = app.doc.settings.unit;
    let start = texts(&props.current, unit);
    let kind = use_state(|| kind_of(&props.current).to_string());
    let bar = use_state(|| start.bar);
    let dumbbells = use_state(|| start.dumbbells);
    let kettlebells = use_state(|| start.kettlebells);
    let step = use_state(|| start.step);
    let top = use_state(|| start.top);
    let saved = use_state(|| false);

    let on_kind = {
        let (kind, bar, saved) = (kind.clone(), bar.clone(), saved.clone());
        Callback::from(move |v: String| {
            // A bar kind starts from its default weight.
            if let Some((_, implement)) = bar_kind(&v) {
                if let Equipment::Bar { bar: w, .. } = Equipment::default_for(implement, unit) {
                    bar.set(w.number());
                }
            }
            saved.set(false);
            kind.set(v);
        })
    };

    // What the fields make, or the message for the field that is wrong.
    let bar_parsed = positive_weight(&bar, unit);
    let list_of = |text: &str| Some(WeightSet::parse(text, unit).map_err(|e| e.to_string()));
    let dumbbells_parsed = list_of(&dumbbells);
    let kettlebells_parsed = list_of(&kettlebells);
    let step_parsed = positive_weight(&step, unit);
    let top_parsed = positive_weight(&top, unit);
    let stack = match (&step_parsed, &top_parsed) {
        (Some(Ok(s)), Some(Ok(t))) => Some(Stack::new(*s, *t).map_err(|e| e.to_string())),
        _ => None,
    };
    let built: Option<Equipment> = match kind.as_str() {
        "barbell" => Some(Equipment::Barbell),
        "fifteen" => Some(Equipment::fifteen_kg_bar()),
        "bodyweight" => Some(Equipment::Bodyweight),
        "dumbbells" => dumbbells_parsed
            .clone()
            .and_then(Result::ok)
            .map(Equipment::Dumbbells),
        "kettlebells" => kettlebells_parsed
            .clone()
            .and_then(Result::ok)
            .map(Equipment::Kettlebells),
        "machine" => stack.clone().and_then(Result::ok).map(Equipment::Stack),
        other => match (bar_kind(other), &bar_parsed) {
            (Some((kind, _)), Some(Ok(w))) => Some(Equipment::Bar { kind, bar: *w }),
            _ => None,
        },
    };

    let on_save = {
        let (app, exercise, built, saved) = (
            app.clone(),
            props.exercise.clone(),
            built.clone(),
            saved.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(equipment) = built.clone() {
                app.dispatch(Action::Equipment(Change::Set {
                    exercise: exercise.clone(),
                    equipment,
                }));
                saved.set(true);
            }
        })
    };
    let on_reset = {
        let (app, exercise) = (app.clone(), props.exercise.clone());
        Callback::from(move |_| {
            app.dispatch(Action::Equipment(Change::Reset {
                exercise: exercise.clone(),
            }))
        })
    };

    let id = |field: &str| AttrValue::from(format!("equipment-{field}"));
    let stack_error = match &stack {
        Some(Err(e)) => Some(AttrValue::from(e.clone())),
        _ => error_of(&top_parsed),
    };
    let unchanged = built.as_ref() == Some(&props.current) && props.chosen;
    html! {
        <form class="equipment-form" onsubmit={on_save}>
            <SelectField id={id("kind")} label={format!("{} is done with", props.name)}
                selected={AttrValue::from((*kind).clone())} onchange={on_kind}
                options={KINDS.iter().map(|(v, t)| (AttrValue::from(*v), AttrValue::from(*t))).collect::<Vec<_>>()} />
            if bar_kind(&kind).is_some() {
                <Field id={id("bar")} label="Bar weight" unit={unit.symbol()}
                    value={(*bar).clone()} oninput={setter(&bar)} error={error_of(&bar_parsed)}
                    hint={"Bars of this kind differ: weigh yours or read its label."} />
            }
            if *kind == "barbell" {
                <p class="muted small">{ format!("Your bar: {}, with your collars and plates.", app.doc.settings.bar.bar) }</p>
            }
            if *kind == "dumbbells" {
                <Field id={id("dumbbells")} label="Dumbbells you have (each)" unit={unit.symbol()}
                    inputmode="text" value={(*dumbbells).clone()} oninput={setter(&dumbbells)}
                    error={error_of(&dumbbells_parsed)}
                    hint={list_hint(&dumbbells_parsed, unit)} />
            }
            if *kind == "kettlebells" {
                <Field id={id("kettlebells")} label="Kettlebells you have" unit={unit.symbol()}
                    inputmode="text" value={(*kettlebells).clone()} oninput={setter(&kettlebells)}
                    error={error_of(&kettlebells_parsed)}
                    hint={list_hint(&kettlebells_parsed, unit)} />
            }
            if *kind == "machine" {
                <div class="field-row">
                    <Field id={id("step")} label="Stack step" unit={unit.symbol()}
                        value={(*step).clone()} oninput={setter(&step)} error={error_of(&step_parsed)} />
                    <Field id={id("top")} label="Heaviest" unit={unit.symbol()}
                        value={(*top).clone()} oninput={setter(&top)} error={stack_error} />
                </div>
            }
            <div class="actions">
                <button type="submit" class="primary" disabled={built.is_none() || unchanged}>{"Save equipment"}</button>
                if props.chosen {
                    <button type="button" onclick={on_reset}>{"Use the default"}</button>
                }
            </div>
            if *saved && unchanged {
                <p class="muted small" role="status">{"Saved."}</p>
            }
        </form>
    }
}

/// "A 25 kg trap bar" and the like, for the line above the form.
pub fn words(e: &Equipment, own_bar: Weight) -> String {
    match e {
        Equipment::Barbell => format!("your {own_bar} barbell"),
        Equipment::Bodyweight => "bodyweight".into(),
        other => other
            .describe()
            .map(|d| {
                d.trim_start_matches("on ")
                    .trim_start_matches("with ")
                    .to_string()
            })
            .unwrap_or_default(),
    }
}
