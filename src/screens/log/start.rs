//! Starting a session: today's planned day of the running program, or an
//! empty session to fill in.

use super::{fresh_session_id, plan_base, today};
use crate::route::Route;
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::{session_from_program, Session};
use yew::prelude::*;

#[function_component]
pub fn StartCard() -> Html {
    let app = use_app();
    let start_empty = {
        let app = app.clone();
        Callback::from(move |_| {
            let session = Session::new(fresh_session_id(), today());
            app.dispatch(Action::Session(Change::Start(session)));
        })
    };
    let count = app.doc.log.len();
    let planned = app.doc.program.as_ref().map(|active| {
        let base = plan_base(&app.doc, &active.program);
        let weeks = active
            .program
            .cycle(active.cycle)
            .map_or(1, |c| c.weeks.len());
        (
            active.program.clone(),
            weeks,
            active.next_day(&app.doc.maxes, &base),
        )
    });
    let waiting = liftsheet_domain::document::session::waiting(&app.doc)
        .next()
        .is_some();
    let program_part = match planned {
        None => html! {
            <p class="muted">{"No program running: "}<a href={Route::Plan.href()}>{"pick one"}</a>{" to get today's sets planned."}</p>
        },
        Some((program, _, Err(e))) => html! {
            <p class="notice warn">{ format!("{}: {e}", program.name) }</p>
        },
        Some((program, weeks, Ok(next))) => {
            let start = {
                let app = app.clone();
                let next = next.clone();
                let program = program.clone();
                Callback::from(move |_| {
                    let session =
                        session_from_program(fresh_session_id(), today(), &program, &next);
                    app.dispatch(Action::Session(Change::Start(session)));
                })
            };
            html! {
                <>
                    <p>
                        <strong>{ program.name.clone() }</strong>
                        { if weeks > 1 { format!(" · cycle {} · {}", next.cycle + 1, next.label) } else { format!(" · {}", next.label) } }
                    </p>
                    <ul class="plan-preview">
                        { for next.day.exercises.iter().map(|e| {
                            let top = e.sets.iter().filter_map(|s| s.weight).max_by(|a, b| a.cmp_mass(*b));
                            html! {
                                <li>
                                    <strong>{ e.name.clone() }</strong>
                                    { format!(" · {} set{}", e.sets.len(), if e.sets.len() == 1 { "" } else { "s" }) }
                                    if let Some(w) = top { { format!(", top {w}") } }
                                </li>
                            }
                        }) }
                    </ul>
                    if waiting {
                        <p class="notice warn" id="start-waiting">{"Apply or dismiss the proposed changes above first: they set this session's weights."}</p>
                    }
                    <div class="actions">
                        <button class="button primary big-button" onclick={start} disabled={waiting}
                            aria-describedby={waiting.then_some("start-waiting")}>{"Start today's session"}</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="card" aria-labelledby="start-title">
            <h2 id="start-title">{"Today"}</h2>
            { program_part }
            <p class="muted">
                {"Or start an empty session and add lifts as you go. "}
                { if count == 0 { "Nothing logged yet.".to_string() }
                  else { format!("{count} session{} in your log.", if count == 1 { "" } else { "s" }) } }
            </p>
            <div class="actions">
                <button class="button" onclick={start_empty}>{"Start an empty session"}</button>
            </div>
        </section>
    }
}
