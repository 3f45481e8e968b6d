//! What a share link holds, shown before the lifter adopts it.

use liftsheet_domain::program::{Load, Program, SetGroup};
use liftsheet_domain::share::SharedProgram;
use yew::prelude::*;

/// What the link holds: name, summary, lifts, the sender's maxes, the weeks.
///
/// A plain function, not a component: it has no state, and each component
/// type costs every app that shows it its own copy of Yew's lifecycle code.
pub fn program_preview(shared: &SharedProgram) -> Html {
    let SharedProgram { program, maxes } = shared;
    let cycle = program.cycles.first();
    html! {
        <div class="card">
            <p class="muted small">{"Shared program"}</p>
            <h2>{ program.name.clone() }</h2>
            if !program.summary.is_empty() { <p>{ program.summary.clone() }</p> }
            if !program.source.is_empty() { <p class="muted small">{ format!("Source: {}", program.source) }</p> }
            <h3>{"Lifts"}</h3>
            <table class="table">
                <thead><tr><th scope="col">{"Lift"}</th><th scope="col" class="num">{"Sender's max"}</th></tr></thead>
                <tbody>
                    { for program.lifts.iter().map(|lift| {
                        let max = maxes.as_ref().and_then(|m| m.get(&lift.key));
                        html! {
                            <tr>
                                <td>{ lift.name.clone() }</td>
                                <td class="num">{ max.map(|w| w.to_string()).unwrap_or_else(|| "—".into()) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if maxes.is_some() {
                <p class="muted small">{"The sender's maxes are shown for reference; yours are not changed."}</p>
            }
            if let Some(cycle) = cycle {
                <h3>{ weeks_a_cycle(cycle.weeks.len()) }</h3>
                { for cycle.weeks.iter().enumerate().map(|(w, week)| html! {
                    <details open={w == 0}>
                        <summary>{ if week.name.is_empty() { format!("Week {}", w + 1) } else { week.name.clone() } }</summary>
                        { for week.days.iter().map(|day| html! {
                            <div>
                                <p><strong>{ day.name.clone() }</strong></p>
                                <ul class="small">
                                    { for day.exercises.iter().map(|ex| {
                                        let name = lift_name(program, ex.lift.as_str());
                                        let (sets, _) = ex.sets_for(0);
                                        html! { <li>{ format!("{name}: {}", describe(sets)) }</li> }
                                    }) }
                                </ul>
                            </div>
                        }) }
                    </details>
                }) }
            }
        </div>
    }
}

/// "1 week a cycle", "4 weeks a cycle".
pub fn weeks_a_cycle(weeks: usize) -> String {
    match weeks {
        1 => "1 week a cycle".to_string(),
        n => format!("{n} weeks a cycle"),
    }
}

fn lift_name(program: &Program, key: &str) -> String {
    program
        .lifts
        .iter()
        .find(|l| l.key.as_str() == key)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| key.to_string())
}

/// "3×5 @ 65%, 1×5+ @ 85%" for the preview.
fn describe(sets: &[SetGroup]) -> String {
    sets.iter()
        .map(|g| {
            let load = match &g.load {
                Load::Percent(p) => format!(" @ {p}"),
                Load::PercentOfOneRepMax(p) => format!(" @ {p} of 1RM"),
                Load::Rpe(rpe) => format!(" @ RPE {rpe}"),
                Load::Fixed(w) => format!(" @ {w}"),
                Load::Bodyweight => String::new(),
                Load::BodyweightPlus(w) => format!(" @ bodyweight + {w}"),
            };
            format!("{}×{}{}", g.count, g.reps, load)
        })
        .collect::<Vec<_>>()
        .join(", ")
}
