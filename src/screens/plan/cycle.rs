//! Every week and day of one cycle, each week a fold: each exercise's warm-up
//! ladder (toggle), its sets with weights and plates, and a bar drawing of the
//! heaviest work set.

use super::set_row::{planned_set_row, plates_text};
use crate::components::bar_diagram::{bar_diagram, DiagramSize};
use liftsheet_domain::program::plan::{Plan, PlannedDay, PlannedExercise};
use liftsheet_domain::program::Role;
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CycleViewProps {
    pub plan: Plan,
    pub warmups: bool,
    /// Draw the bar for each exercise's heaviest work set.
    #[prop_or(true)]
    pub diagrams: bool,
    /// The week (index) that opens unfolded: the next session's.
    #[prop_or(0)]
    pub open: usize,
    /// Every week unfolded, with plain headings: the page is being printed.
    #[prop_or(false)]
    pub printing: bool,
    /// Some lifts were left out for want of a max: a day without exercises
    /// says it waits for them.
    #[prop_or(false)]
    pub waiting: bool,
}

/// Every week as a fold (unless the cycle is one week): only the one the
/// lifter trains next is drawn at first. A 5/3/1 cycle is some 1,300
/// elements of tables; drawing one week of it keeps a phone's first paint of
/// the tab short. Each heading is a button (the WAI-ARIA disclosure pattern)
/// that draws or hides its week.
#[function_component]
pub fn CycleView(props: &CycleViewProps) -> Html {
    let opened = use_state(|| std::collections::BTreeSet::from([props.open]));
    // A one-week cycle has nothing to fold.
    let plain = props.printing || props.plan.weeks.len() == 1;
    html! {
        <div class="plan-cycle">
            { for props.plan.weeks.iter().enumerate().map(|(i, week)| {
                let open = plain || opened.contains(&i);
                let heading = if plain {
                    html! { <h2>{ week.name.clone() }</h2> }
                } else {
                    let toggle = {
                        let opened = opened.clone();
                        Callback::from(move |_| {
                            let mut next = (*opened).clone();
                            if !next.remove(&i) {
                                next.insert(i);
                            }
                            opened.set(next);
                        })
                    };
                    html! {
                        <h2><button type="button" class="plan-week-toggle" aria-expanded={open.to_string()} onclick={toggle}>{ week.name.clone() }</button></h2>
                    }
                };
                html! {
                    <section class="card plan-week" aria-label={week.name.clone()}>
                        { heading }
                        if open {
                            { for week.days.iter().map(|day| day_view(day, props.warmups, props.diagrams, props.waiting)) }
                        }
                    </section>
                }
            }) }
        </div>
    }
}

/// One day: a plain function rather than a component (size: no lifecycle
/// code of its own).
fn day_view(day: &PlannedDay, warmups: bool, diagrams: bool, waiting: bool) -> Html {
    html! {
        <div class="plan-day">
            <h3>{ day.name.clone() }</h3>
            // Its lifts wait for their maxes (a stock program, partly entered).
            if waiting && day.exercises.is_empty() {
                <p class="muted small">{"Planned once its lifts have a max."}</p>
            }
            { for day.exercises.iter().map(|e| exercise_view(e, warmups, diagrams)) }
        </div>
    }
}

fn role_text(role: Role) -> &'static str {
    match role {
        Role::Main => "",
        Role::Supplemental => "supplemental",
        Role::Accessory => "accessory",
    }
}

fn exercise_view(e: &PlannedExercise, warmups: bool, diagrams: bool) -> Html {
    let caption = match (&e.stage, role_text(e.role)) {
        (Some(stage), "") => format!("{} {stage}", e.name),
        (Some(stage), role) => format!("{} {stage} ({role})", e.name),
        (None, "") => e.name.clone(),
        (None, role) => format!("{} ({role})", e.name),
    };
    let bar_label = e.equipment.as_ref().and_then(|q| q.bar_label());
    // Program tables draw a spring clip: the collar doesn't change which
    // plates go on.
    let spring_clip = Weight::zero(Unit::Kg);
    // The heaviest loaded set: the one the plates are built up to (drawing
    // set 1 under a highlighted top set read as the top set's plates).
    let heaviest = e
        .sets
        .iter()
        .enumerate()
        .filter_map(|(i, set)| Some((i, set.weight?, set.loading.as_ref()?)))
        .max_by(|a, b| a.1.cmp_mass(b.1).then(b.0.cmp(&a.0)));
    let diagram = match heaviest {
        // Main work, and any lift on a bar of its own (block pulls on a trap
        // bar): the lifter loads a bar he doesn't load every day.
        Some((i, weight, loading))
            if diagrams
                && (e.role == Role::Main || bar_label.is_some())
                && !loading.per_side.is_empty() =>
        {
            // "Set 3, 102.5 kg", and the bar when it isn't the lifter's own.
            let what = match bar_label {
                Some(label) => format!("Set {}, {weight} · {label}", i + 1),
                None => format!("Set {}, {weight}", i + 1),
            };
            html! {
                <div class="plan-bar">
                    { bar_diagram(&loading.per_side, spring_clip, DiagramSize::Small) }
                    <p class="muted small">{ what }</p>
                </div>
            }
        }
        _ => html! {},
    };
    // "Block pull on a 25 kg trap bar": which bar the plates are planned on.
    let equipment = e
        .equipment
        .as_ref()
        .and_then(|q| q.describe())
        .map(|what| format!("{} {what}", e.name));
    html! {
        <div class="plan-exercise">
            if let Some(text) = equipment {
                <p class="muted small plan-equipment">{ text }</p>
            }
            <table class="table plan-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th class="num" scope="col">{"Set"}</th>
                        <th class="num" scope="col">{"Load"}</th>
                        <th scope="col">{"Weight × reps"}</th>
                        <th scope="col">{"Per side"}</th>
                    </tr>
                </thead>
                <tbody>
                    if warmups {
                        { for e.warmup.iter().map(|step| html! {
                            <tr class="warmup-row">
                                <td class="num muted" title="warm-up set">{"W"}</td>
                                <td class="num muted" title="warm-up">{"–"}</td>
                                <td class="plan-what">{ format!("{} × {}", step.weight, step.reps) }
                                    if step.sets > 1 { <span class="muted small">{ format!(" ×{} sets", step.sets) }</span> }
                                </td>
                                <td class="plates-text">{ plates_text(&step.loading.per_side) }</td>
                            </tr>
                        }) }
                    }
                    { for e.sets.iter().enumerate().map(|(i, set)| planned_set_row(i + 1, set)) }
                </tbody>
            </table>
            { diagram }
        </div>
    }
}
