//! One exercise of the session: its sets in order, one row each, under
//! column heads; the warm-ups fold into one line; "Add set".

use super::set_row::{set_names, SetPlates, SetRow};
use crate::components::plate_list::per_side_text;
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
    /// Each set's numbers last time ("255 lb × 5"), when it pairs with one.
    pub last: Vec<Option<AttrValue>>,
    /// The session's next set to do, when it is in this exercise.
    pub next: Option<SetId>,
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
    let plates = setup
        .as_ref()
        .map_or_else(|| vec![None; ex.sets.len()], |s| plates_texts(s, &ex.sets));
    // The warm-ups fold into one line; they start folded when all are done
    // (back from a reload, say), and stay as the lifter leaves them.
    let warmups: Vec<&LoggedSet> = ex
        .sets
        .iter()
        .filter(|s| s.kind == SetKind::Warmup)
        .collect();
    let warmups_done = warmups.iter().filter(|s| s.done).count();
    let show_warmups = use_state(|| warmups_done < warmups.len());
    let toggle_warmups = {
        let show = show_warmups.clone();
        Callback::from(move |_| show.set(!*show))
    };
    let unit = app.doc.settings.unit;

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

    let fold = (!warmups.is_empty()).then(|| {
        let ladder = warmups
            .iter()
            .map(|s| format!("{} × {}", s.weight.number(), s.reps))
            .collect::<Vec<_>>()
            .join(", ");
        let n = warmups.len();
        let what = if *show_warmups {
            format!("{n} warm-up{}", if n == 1 { "" } else { "s" })
        } else {
            format!("{n} warm-up{}: {ladder}", if n == 1 { "" } else { "s" })
        };
        html! {
            <div class="warmup-fold">
                <span class="small muted">
                    { what }
                    if warmups_done > 0 { { format!(" · {warmups_done} done") } }
                </span>
                <button type="button" class="link-button" onclick={toggle_warmups}
                    aria-expanded={if *show_warmups { "true" } else { "false" }}>
                    { if *show_warmups { "Hide warm-ups" } else { "Show warm-ups" } }
                </button>
            </div>
        }
    });
    let (mut warmup_n, mut work_n) = (0, 0);
    html! {
        <section class="card exercise-card" aria-label={ex.name.clone()}>
            <div class="exercise-head">
                <h2>
                    { ex.name.clone() }
                    if !ex.note.is_empty() {
                        <span class="muted small">{ format!(" · {}", ex.note) }</span>
                    }
                </h2>
                <button type="button" class="link-button" onclick={add_set}>
                    {"Add"}<span class="visually-hidden">{" a"}</span>{" set"}
                    <span class="visually-hidden">{ format!(" to {}", ex.name) }</span>
                </button>
            </div>
            { fold.unwrap_or_default() }
            <div class="set-cols small muted" aria-hidden="true">
                <span>{"Set"}</span><span>{ unit.to_string() }</span><span>{"Reps"}</span><span>{"RPE"}</span>
            </div>
            <ol class="set-list">
                { for ex.sets.iter().zip(set_names(ex)).zip(plates).zip(props.last.iter().cloned().chain(std::iter::repeat(None))).filter_map(|(((set, name), plates), last)| {
                    let short: AttrValue = if set.kind == SetKind::Warmup {
                        warmup_n += 1;
                        format!("W{warmup_n}").into()
                    } else {
                        work_n += 1;
                        work_n.to_string().into()
                    };
                    (set.kind != SetKind::Warmup || *show_warmups).then(|| html! {
                        <SetRow key={set.id.0} set={set.clone()} name={name} short={short}
                            plates={plates} last={last} next={props.next == Some(set.id)}
                            on_checked={props.on_checked.clone()}
                            on_remove={props.on_remove.clone()} />
                    })
                }) }
            </ol>
        </section>
    }
}

/// Each set's plates per side, built on the set before (`plates::path`: the
/// fewest plates moved), and what changes from it ("3x45/10/5", "+5 a
/// side"). Sets lighter than the empty bar (holds, bodyweight) show none and
/// are left out of the path.
fn plates_texts(setup: &BarSetup, sets: &[LoggedSet]) -> Vec<Option<SetPlates>> {
    let mut texts = vec![None; sets.len()];
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
        let short = if side.is_empty() {
            "empty bar".to_string()
        } else if loading.is_exact() {
            side
        } else {
            format!("{side} (= {})", loading.total)
        };
        let full = per_side_text(loading);
        // The first set's change is all of its plates: nothing to add.
        let change = (n > 0).then(|| set.change.words(loading.total.unit()).into());
        texts[i] = Some(SetPlates {
            short: short.into(),
            full: full.into(),
            change,
        });
    }
    texts
}

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
            .map(|p| match p {
                Some(p) => (Some(p.full.to_string()), p.change.map(|c| c.to_string())),
                None => (None, None),
            })
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
