//! The maxes the program needs, one labelled field per lift, prefilled from
//! the stored maxes (or the running program's), saved as they are typed.

use crate::components::field::Field;
use crate::state::program::Change;
use crate::state::{use_app, Action};
use liftsheet_domain::program::{LiftKey, MaxKind};
use liftsheet_domain::{Unit, Weight};
use std::collections::BTreeMap;
use yew::prelude::*;

/// A lift whose max the program needs.
#[derive(Clone, Debug, PartialEq)]
pub struct MaxInput {
    pub key: LiftKey,
    pub name: String,
    pub kind: MaxKind,
    /// The max the plan uses now, if any.
    pub current: Option<Weight>,
}

#[derive(Properties, PartialEq)]
pub struct MaxesCardProps {
    pub lifts: Vec<MaxInput>,
    pub unit: Unit,
}

fn kind_text(kind: MaxKind) -> &'static str {
    match kind {
        MaxKind::TrainingMax => "training max",
        MaxKind::OneRepMax => "1RM",
        MaxKind::WorkWeight => "working weight",
    }
}

#[function_component]
pub fn MaxesCard(props: &MaxesCardProps) -> Html {
    let app = use_app();
    // What the lifter typed, per lift, while it differs from what is stored.
    let typed = use_state(BTreeMap::<LiftKey, String>::new);
    let unit = props.unit;
    let fields = props.lifts.iter().map(|lift| {
        let text = typed.get(&lift.key).cloned().unwrap_or_else(|| {
            lift.current
                .map(|w| w.to(unit).number())
                .unwrap_or_default()
        });
        let error = match typed.get(&lift.key) {
            Some(t) if t.trim().is_empty() => Some(format!(
                "Enter the {} for {}.",
                kind_text(lift.kind),
                lift.name
            )),
            Some(t) => match Weight::parse(t, unit) {
                Ok(w) if !w.is_positive() => Some("A max must be above zero.".to_string()),
                Ok(_) => None,
                Err(e) => Some(e.to_string()),
            },
            None => None,
        };
        let hint = lift
            .current
            .is_none()
            .then(|| AttrValue::from("Needed for this program's weights."));
        let oninput = {
            let typed = typed.clone();
            let app = app.clone();
            let key = lift.key.clone();
            Callback::from(move |text: String| {
                let mut next = (*typed).clone();
                next.insert(key.clone(), text.clone());
                typed.set(next);
                if let Ok(w) = Weight::parse(&text, unit) {
                    if w.is_positive() {
                        app.dispatch(Action::Program(Change::Max {
                            lift: key.to_string(),
                            max: Some(w),
                        }));
                    }
                }
            })
        };
        let id = format!("plan-max-{}", lift.key);
        html! {
            <Field id={id} label={format!("{} {}", lift.name, kind_text(lift.kind))}
                unit={unit.symbol()} value={text} {oninput}
                error={error.map(AttrValue::from)} hint={hint} />
        }
    });
    html! {
        <section class="card plan-maxes no-print" aria-labelledby="plan-maxes-title">
            <h2 id="plan-maxes-title">{"Maxes"}</h2>
            <div class="field-row">{ for fields }</div>
        </section>
    }
}
