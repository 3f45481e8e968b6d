//! The shared-program screen (`#/share/<payload>`): opens a link, previews the
//! program (and the sender's maxes, if sent), and adopts it as one of the
//! lifter's own programs without touching the log, the active program or
//! their maxes. A bad link explains itself and changes nothing.

use crate::route::Route;
use crate::state::{program, use_app, Action};
use liftsheet_domain::program::{Load, Program, SetGroup};
use liftsheet_domain::share::{self, SharedProgram};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareScreenProps {
    /// The encoded payload from `#/share/<payload>`.
    pub payload: AttrValue,
}

#[function_component]
pub fn ShareScreen(props: &ShareScreenProps) -> Html {
    let opened = use_memo(props.payload.clone(), |payload| share::decode(payload));
    let adopted = use_state(|| false);
    let app = use_app();
    let shared = match &*opened {
        Ok(shared) => shared,
        Err(error) => {
            return html! {
                <section class="screen">
                    <div class="card">
                        <h2>{"This link can't be opened"}</h2>
                        <p class="notice error" role="alert">{ error.to_string() }</p>
                        <p class="muted">{"Nothing was changed."}</p>
                        <div class="actions">
                            <a class="button primary" href={Route::Plan.href()}>{"Go to my program"}</a>
                        </div>
                    </div>
                </section>
            };
        }
    };
    let adopt = {
        let app = app.clone();
        let adopted = adopted.clone();
        let program = shared.program.clone();
        Callback::from(move |_| {
            let mut copy = program.clone();
            // A fresh id, so adopting never replaces one of the lifter's programs.
            copy.id = format!(
                "shared-{:08x}",
                (js_sys::Math::random() * f64::from(u32::MAX)) as u32
            );
            app.dispatch(Action::Program(program::Change::SaveCustom(copy)));
            adopted.set(true);
        })
    };
    html! {
        <section class="screen">
            <ProgramPreview shared={shared.clone()} />
            <div class="card no-print">
                if *adopted && app.problem.is_none() {
                    <p class="notice ok" role="status">
                        { format!("“{}” is now in your programs. Your log, maxes and current program are unchanged.", shared.program.name) }
                    </p>
                    <div class="actions">
                        <a class="button primary" href={Route::Plan.href()}>{"Open my programs"}</a>
                    </div>
                } else {
                    <p class="muted small">{"Adding it keeps your log, your maxes and the program you run as they are."}</p>
                    <div class="actions">
                        <button class="primary" onclick={adopt} disabled={app.read_only()}>{"Use this program"}</button>
                        <a class="button" href={Route::Plan.href()}>{"Not now"}</a>
                    </div>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    shared: SharedProgram,
}

/// What the link holds: name, summary, lifts, the sender's maxes, the weeks.
#[function_component]
fn ProgramPreview(props: &PreviewProps) -> Html {
    let SharedProgram { program, maxes } = &props.shared;
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

#[cfg(test)]
mod tests {
    use super::weeks_a_cycle;

    #[test]
    fn one_week_is_singular() {
        assert_eq!(weeks_a_cycle(1), "1 week a cycle");
        assert_eq!(weeks_a_cycle(4), "4 weeks a cycle");
    }
}
