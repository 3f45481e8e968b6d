//! One exercise of the session: its sets in order and "Add set".

use super::set_row::{set_names, SetRow};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::document::equipment;
use liftsheet_domain::exercise::{self, LoadKind};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, SetId, SetKind};
use liftsheet_domain::plates::{Aim, PlateLoader};
use liftsheet_domain::Weight;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExerciseCardProps {
    pub index: usize,
    pub exercise: LoggedExercise,
    pub on_checked: Callback<SetKind>,
    pub on_remove: Callback<SetId>,
}

#[function_component]
pub fn ExerciseCard(props: &ExerciseCardProps) -> Html {
    let app = use_app();
    let ex = &props.exercise;
    // The exercise's own bar (a trap bar for block pulls) with the lifter's
    // plates; nothing for dumbbells, machines or an exercise not known.
    let setup = equipment::bar_setup_for(&app.doc, &ex.lift.as_str().into());
    let loader = setup.as_ref().and_then(|s| PlateLoader::new(s).ok());
    let plates_of = |set: &LoggedSet| -> Option<AttrValue> {
        let loader = loader.as_ref()?;
        let loading = loader.load(set.weight, Aim::AtOrBelow).ok()?;
        let side = loading.compact();
        let text = if side.is_empty() {
            "Empty bar".to_string()
        } else if loading.is_exact() {
            format!("Per side: {side}")
        } else {
            format!("Per side: {side} (= {})", loading.total)
        };
        Some(text.into())
    };

    let add_set = {
        let app = app.clone();
        let index = props.index;
        let last = ex.sets.last().cloned();
        let unit = app.doc.settings.unit;
        let bar = setup
            .as_ref()
            .map_or(app.doc.settings.bar.bar, |s| s.bar)
            .to(unit);
        // A first set as the exercise is done: a hold is seconds at no added
        // weight, bodyweight and single implements start unloaded, a barbell
        // lift at its empty bar.
        let load = exercise::lookup(&ex.lift, &app.doc.exercises).map(|e| e.load);
        let (first_kind, first_weight, first_reps) = match load {
            Some(LoadKind::Timed) => (SetKind::Hold, Weight::zero(unit), 30),
            Some(LoadKind::BodyweightPlus | LoadKind::Fixed) => {
                (SetKind::Work, Weight::zero(unit), 5)
            }
            Some(LoadKind::Barbell) | None => (SetKind::Work, bar, 5),
        };
        Callback::from(move |_| {
            let set = match &last {
                Some(s) => {
                    let kind = if s.kind == SetKind::Warmup {
                        SetKind::Work
                    } else {
                        s.kind
                    };
                    LoggedSet {
                        done: false,
                        note: String::new(),
                        rpe: None,
                        kind,
                        ..s.clone()
                    }
                }
                None => LoggedSet {
                    done: false,
                    ..LoggedSet::done(first_kind, first_weight, first_reps)
                },
            };
            app.dispatch(Action::Session(Change::AddSet {
                exercise: index,
                set,
            }));
        })
    };

    html! {
        <section class="card exercise-card" aria-label={ex.name.clone()}>
            <h2>{ ex.name.clone() }</h2>
            if !ex.note.is_empty() {
                <p class="muted small">{ ex.note.clone() }</p>
            }
            <ol class="set-list">
                { for ex.sets.iter().zip(set_names(ex)).map(|(set, name)| {
                    html! {
                        <SetRow key={set.id.0} set={set.clone()} name={name}
                            plates={plates_of(set)}
                            on_checked={props.on_checked.clone()}
                            on_remove={props.on_remove.clone()} />
                    }
                }) }
            </ol>
            <div class="actions">
                <button class="button" onclick={add_set}>{ format!("Add a set to {}", ex.name) }</button>
            </div>
        </section>
    }
}
