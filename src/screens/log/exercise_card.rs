//! One exercise of the session: its sets in order and "Add set".

use super::set_row::{set_names, SetRow};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::document::equipment;
use liftsheet_domain::exercise::{self, LoadKind};
use liftsheet_domain::log::{LoggedExercise, LoggedSet, SetId, SetKind};
use liftsheet_domain::plates::{self, Aim, BarSetup};
use liftsheet_domain::Weight;
use std::cmp::Ordering;
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
    let plates = setup.as_ref().map_or_else(
        || vec![(None, None); ex.sets.len()],
        |s| plates_texts(s, &ex.sets),
    );

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
                { for ex.sets.iter().zip(set_names(ex)).zip(plates).map(|((set, name), (plates, change))| {
                    html! {
                        <SetRow key={set.id.0} set={set.clone()} name={name}
                            plates={plates} plate_change={change}
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

/// Each set's plates per side, built on the set before (`plates::path`: the
/// fewest plates moved), and what changes from it: ("Per side: 3x45/10/5",
/// "+5 a side"). Sets lighter than the empty bar (holds, bodyweight) show
/// none and are left out of the path.
fn plates_texts(setup: &BarSetup, sets: &[LoggedSet]) -> Vec<SetPlates> {
    let mut texts = vec![(None, None); sets.len()];
    let loaded: Vec<usize> = (0..sets.len())
        .filter(|&i| sets[i].weight.cmp_mass(setup.empty()) != Ordering::Less)
        .collect();
    let targets: Vec<Weight> = loaded.iter().map(|&i| sets[i].weight).collect();
    let Ok(path) = plates::path(setup, &targets, Aim::AtOrBelow) else {
        return texts;
    };
    for (n, (&i, set)) in loaded.iter().zip(&path).enumerate() {
        let loading = &set.loading;
        let side = loading.compact();
        let text = if side.is_empty() {
            "Empty bar".to_string()
        } else if loading.is_exact() {
            format!("Per side: {side}")
        } else {
            format!("Per side: {side} (= {})", loading.total)
        };
        // The first set's change is all of its plates: nothing to add.
        let change = (n > 0).then(|| set.change.words(loading.total.unit()).into());
        texts[i] = (Some(text.into()), change);
    }
    texts
}

/// A set's plates per side and what changes from the set before.
type SetPlates = (Option<AttrValue>, Option<AttrValue>);

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sets: &[(SetKind, f64)]) -> Vec<(Option<String>, Option<String>)> {
        let sets: Vec<LoggedSet> = sets
            .iter()
            .map(|&(kind, lb)| LoggedSet::done(kind, Weight::lb(lb), 5))
            .collect();
        plates_texts(&BarSetup::lb_standard(), &sets)
            .into_iter()
            .map(|(p, c)| (p.map(|p| p.to_string()), c.map(|c| c.to_string())))
            .collect()
    }

    fn some(p: &str, c: Option<&str>) -> (Option<String>, Option<String>) {
        (Some(p.into()), c.map(Into::into))
    }

    #[test]
    fn each_set_builds_on_the_last_and_says_what_changes() {
        let got = texts(&[
            (SetKind::Warmup, 45.0),
            (SetKind::Warmup, 135.0),
            (SetKind::Work, 335.0),
            (SetKind::Work, 345.0),
            (SetKind::Work, 345.0),
            (SetKind::Hold, 0.0),
        ]);
        assert_eq!(
            got,
            [
                some("Empty bar", None),
                some("Per side: 45", Some("+45 a side")),
                some("Per side: 3x45/10", Some("+45, +45, +10 a side")),
                some("Per side: 3x45/10/5", Some("+5 a side")),
                some("Per side: 3x45/10/5", Some("same plates")),
                (None, None),
            ]
        );
    }

    #[test]
    fn a_weight_the_plates_cant_make_says_what_is_loaded() {
        // 136 lb is 45.5 a side; the smallest plate is 1.25: 135 is loaded.
        let got = texts(&[(SetKind::Work, 135.0), (SetKind::Work, 136.0)]);
        assert_eq!(got[1], some("Per side: 45 (= 135 lb)", Some("same plates")));
    }
}
