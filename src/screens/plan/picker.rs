//! Choosing a program: the running one, a built-in (with the options its
//! sources leave open) or one of the lifter's own copies.

use super::Choice;
use crate::components::field::Field;
use crate::components::select_field::SelectField;
use liftsheet_domain::program::builtin::{catalog, BuiltinOptions, Deload};
use liftsheet_domain::program::{Percent, PercentError, Program, UnitPair};
use liftsheet_domain::{Rounding, Weight};
use yew::prelude::*;

/// What [`program_picker`] shows and where it sends a change.
pub struct PickerProps {
    pub choice: Choice,
    /// The running program's name, if one runs.
    pub active: Option<String>,
    pub custom: Vec<Program>,
    pub options: BuiltinOptions,
    pub on_choice: Callback<Choice>,
    pub on_options: Callback<BuiltinOptions>,
}

fn choice_value(choice: &Choice) -> String {
    match choice {
        Choice::Active => "active".into(),
        Choice::Builtin(id) => format!("b:{id}"),
        Choice::Custom(id) => format!("c:{id}"),
    }
}

fn parse_choice(value: &str) -> Choice {
    match value.split_once(':') {
        Some(("b", id)) => Choice::Builtin(id.into()),
        Some(("c", id)) => Choice::Custom(id.into()),
        _ => Choice::Active,
    }
}

/// The program select, and the options of a built-in one.
///
/// A plain function, not a component: it has no state, and each component
/// type costs every app that shows it its own copy of Yew's lifecycle code.
pub fn program_picker(props: &PickerProps) -> Html {
    let mut options: Vec<(AttrValue, AttrValue)> = Vec::new();
    if let Some(name) = &props.active {
        options.push(("active".into(), format!("Running: {name}").into()));
    }
    for p in &props.custom {
        options.push((
            format!("c:{}", p.id).into(),
            format!("Yours: {}", p.name).into(),
        ));
    }
    for info in catalog() {
        options.push((format!("b:{}", info.id).into(), info.name.into()));
    }
    let on_select = {
        let cb = props.on_choice.clone();
        Callback::from(move |v: String| cb.emit(parse_choice(&v)))
    };
    let builtin_options = match &props.choice {
        Choice::Builtin(id) => options_fields(id, &props.options, &props.on_options),
        _ => html! {},
    };
    html! {
        <div class="plan-picker no-print">
            <SelectField id="plan-program" label="Program" options={options}
                selected={choice_value(&props.choice)} onchange={on_select} />
            { builtin_options }
        </div>
    }
}

/// The options that apply to built-in `id`, currently `o`; changes go to
/// `on_options`.
///
/// A plain function, not a component: it has no state, and each component
/// type costs every app that shows it its own copy of Yew's lifecycle code.
fn options_fields(id: &str, o: &BuiltinOptions, on_options: &Callback<BuiltinOptions>) -> Html {
    let wendler = id.starts_with("531");
    let bbb = id == "531-bbb";
    let smolov = id == "smolov-jr";
    let set = |f: fn(&mut BuiltinOptions, &str)| {
        let cb = on_options.clone();
        let o = o.clone();
        Callback::from(move |v: String| {
            let mut next = o.clone();
            f(&mut next, &v);
            cb.emit(next);
        })
    };
    let rounding = html! {
        <SelectField id="plan-rounding" label="Round weights" selected={match o.rounding {
                Rounding::Up => "up", Rounding::Down => "down", Rounding::Nearest => "nearest" }}
            options={vec![("nearest".into(), "To nearest".into()), ("up".into(), "Up (the book)".into()), ("down".into(), "Down".into())]}
            onchange={set(|o, v| o.rounding = match v { "up" => Rounding::Up, "down" => Rounding::Down, _ => Rounding::Nearest })} />
    };
    let wendler_fields = wendler.then(|| {
        let joker = {
            let cb = on_options.clone();
            let o = o.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                cb.emit(BuiltinOptions { joker_sets: input.checked(), ..o.clone() });
            })
        };
        html! { <>
            <SelectField id="plan-deload" label="Deload week" selected={match o.deload { Deload::Article => "article", Deload::SecondEdition => "second" }}
                options={vec![("article".into(), "40/50/60 %".into()), ("second".into(), "50/60/70 % (book)".into())]}
                onchange={set(|o, v| o.deload = if v == "second" { Deload::SecondEdition } else { Deload::Article })} />
            <label class="check"><input type="checkbox" checked={o.joker_sets} onchange={joker} />{"Joker sets"}</label>
        </> }
    });
    html! {
        <div class="field-row plan-options">
            { rounding }
            { wendler_fields.unwrap_or_default() }
            if bbb { <PercentField id="plan-bbb-percent" label="BBB 5×10 at (% of TM)" value={o.bbb_percent}
                on_value={{ let cb = on_options.clone(); let o = o.clone();
                    Callback::from(move |p: Percent| cb.emit(BuiltinOptions { bbb_percent: p, ..o.clone() })) }} /> }
            if smolov { <>
                <IncrementField id="plan-smolov-2" label="Week 2 adds" value={o.smolov_week2}
                    on_value={{ let cb = on_options.clone(); let o = o.clone();
                        Callback::from(move |i: UnitPair| cb.emit(BuiltinOptions { smolov_week2: i, ..o.clone() })) }} />
                <IncrementField id="plan-smolov-3" label="Week 3 adds" value={o.smolov_week3}
                    on_value={{ let cb = on_options.clone(); let o = o.clone();
                        Callback::from(move |i: UnitPair| cb.emit(BuiltinOptions { smolov_week3: i, ..o.clone() })) }} />
            </> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PercentFieldProps {
    id: AttrValue,
    label: AttrValue,
    value: Percent,
    on_value: Callback<Percent>,
}

/// A percentage field: keeps what was typed, reports bad input next to it.
#[function_component]
fn PercentField(props: &PercentFieldProps) -> Html {
    let text = use_state(|| props.value.number_text());
    let error = match Percent::parse(&text) {
        Ok(p) if p.hundredths() == 0 || p.hundredths() > 10_000 => {
            Some("Use 1 to 100 %.".to_string())
        }
        Ok(_) => None,
        Err(PercentError::NotANumber) => Some("Enter a percentage.".to_string()),
        Err(e) => Some(e.to_string()),
    };
    let oninput = {
        let text = text.clone();
        let cb = props.on_value.clone();
        Callback::from(move |t: String| {
            if let Ok(p) = Percent::parse(&t) {
                if p.hundredths() > 0 && p.hundredths() <= 10_000 {
                    cb.emit(p);
                }
            }
            text.set(t);
        })
    };
    html! { <Field id={props.id.clone()} label={props.label.clone()} value={(*text).clone()} {oninput} error={error.map(AttrValue::from)} /> }
}

#[derive(Properties, PartialEq)]
struct IncrementFieldProps {
    id: AttrValue,
    label: AttrValue,
    value: UnitPair,
    on_value: Callback<UnitPair>,
}

/// Two fields, kg and lb, for an amount programs give in both units.
#[function_component]
fn IncrementField(props: &IncrementFieldProps) -> Html {
    let kg = use_state(|| props.value.kg.number());
    let lb = use_state(|| props.value.lb.number());
    let check = |t: &str, unit| {
        Weight::parse(t, unit)
            .err()
            .map(|e| AttrValue::from(e.to_string()))
    };
    let make = |state: UseStateHandle<String>, unit: liftsheet_domain::Unit| {
        let cb = props.on_value.clone();
        let value = props.value;
        Callback::from(move |t: String| {
            if let Ok(w) = Weight::parse(&t, unit) {
                cb.emit(match unit {
                    liftsheet_domain::Unit::Kg => UnitPair { kg: w, ..value },
                    liftsheet_domain::Unit::Lb => UnitPair { lb: w, ..value },
                });
            }
            state.set(t);
        })
    };
    html! { <>
        <Field id={format!("{}-kg", props.id)} label={props.label.clone()} unit="kg" value={(*kg).clone()}
            oninput={make(kg.clone(), liftsheet_domain::Unit::Kg)} error={check(&kg, liftsheet_domain::Unit::Kg)} />
        <Field id={format!("{}-lb", props.id)} label={props.label.clone()} unit="lb" value={(*lb).clone()}
            oninput={make(lb.clone(), liftsheet_domain::Unit::Lb)} error={check(&lb, liftsheet_domain::Unit::Lb)} />
    </> }
}
