//! The numbers the program runs on, one labelled field per lift, each saved
//! where it lives: a training max or 1RM in the lifter's maxes (the same
//! number the calculator saves and shows), a working weight in the running
//! program (or, before it starts, as its first top set).

use crate::components::field::Field;
use crate::state::settings::Change as SettingsChange;
use crate::state::{use_app, Action};
use liftsheet_domain::maxes::{MaxChange, MaxSource, OneRepMax};
use liftsheet_domain::program::{LiftKey, MaxKind};
use liftsheet_domain::{Unit, Weight};
use std::collections::BTreeMap;
use yew::prelude::*;

/// A lift whose number the program needs.
#[derive(Clone, Debug, PartialEq)]
pub struct MaxInput {
    pub key: LiftKey,
    pub name: String,
    pub kind: MaxKind,
    /// The number the plan uses now, if any.
    pub current: Option<Weight>,
    /// Where `current` came from, when it is a suggestion ("80 % of your
    /// 335 lb 1RM, rounded down").
    pub note: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct MaxesCardProps {
    pub lifts: Vec<MaxInput>,
    pub unit: Unit,
    /// A working weight typed: the running program's, or the first top set
    /// of the program shown.
    pub on_work_weight: Callback<(LiftKey, Option<Weight>)>,
}

fn kind_text(kind: MaxKind) -> &'static str {
    match kind {
        MaxKind::TrainingMax => "training max",
        MaxKind::OneRepMax => "1RM",
        MaxKind::WorkWeight => "working weight",
    }
}

/// The change that saves `w` as `key`'s number of `kind` (`None` for a working
/// weight: that is the program's, not the lifter's).
fn saved_change(key: &LiftKey, kind: MaxKind, w: Weight) -> Option<MaxChange> {
    match kind {
        MaxKind::TrainingMax => Some(MaxChange::TrainingMax {
            lift: key.clone(),
            max: Some(w),
        }),
        MaxKind::OneRepMax => Some(MaxChange::OneRepMax {
            lift: key.clone(),
            max: Some(OneRepMax {
                weight: w,
                date: Some(crate::clock::today()),
                source: MaxSource::Tested,
            }),
        }),
        MaxKind::WorkWeight => None,
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
        let hint = match (&lift.note, lift.current, lift.kind) {
            (Some(note), _, _) => Some(AttrValue::from(note.clone())),
            (None, None, MaxKind::WorkWeight) => Some(AttrValue::from(
                "The first top set. Save a 1RM on the calculator for a suggestion.",
            )),
            (None, None, _) => Some(AttrValue::from("Needed for this program's weights.")),
            (None, Some(_), MaxKind::TrainingMax) => Some(AttrValue::from(
                "Your training max, as the calculator saved it.",
            )),
            (None, Some(_), _) => None,
        };
        let oninput = {
            let typed = typed.clone();
            let app = app.clone();
            let key = lift.key.clone();
            let kind = lift.kind;
            let on_work_weight = props.on_work_weight.clone();
            Callback::from(move |text: String| {
                let mut next = (*typed).clone();
                next.insert(key.clone(), text.clone());
                typed.set(next);
                let Ok(w) = Weight::parse(&text, unit) else {
                    return;
                };
                if !w.is_positive() {
                    return;
                }
                match saved_change(&key, kind, w) {
                    Some(change) => app.dispatch(Action::Settings(SettingsChange::Max(change))),
                    None => on_work_weight.emit((key.clone(), Some(w))),
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
    let kinds = |k: MaxKind| props.lifts.iter().any(|l| l.kind == k);
    let about = [
        kinds(MaxKind::TrainingMax).then_some(
            "Training maxes are yours: the same numbers the calculator saves, shared by every program that runs on them.",
        ),
        kinds(MaxKind::OneRepMax).then_some(
            "1RMs are yours too, kept with the date you saved them.",
        ),
        kinds(MaxKind::WorkWeight).then_some(
            "Working weights are this program's own: they climb as you log, and no other program's numbers change.",
        ),
    ];
    html! {
        <section class="card plan-maxes no-print" aria-labelledby="plan-maxes-title">
            <h2 id="plan-maxes-title">{"What it runs on"}</h2>
            { for about.into_iter().flatten().map(|t| html! { <p class="muted small">{ t }</p> }) }
            <div class="field-row">{ for fields }</div>
        </section>
    }
}
