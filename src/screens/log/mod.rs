//! The log screen: start today's session (from the program or empty), log it
//! set by set with a rest timer (kept with the session, so it survives a tab
//! switch or a reload), finish it into the log, then review the proposed
//! progression (kept in the document until applied or dismissed).

mod add_exercise;
mod exercise_card;
mod finished;
mod proposals;
mod session_view;
pub mod set_row;
mod start;

use crate::components::editable::Editable;
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::date::Date;
use liftsheet_domain::log::SessionId;
use session_view::SessionView;
use start::StartCard;
use yew::prelude::*;

/// Today on the lifter's wall calendar (the browser's local time zone).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|_| Date::from_ymd(2024, 1, 1).expect("a valid date"))
}

/// A session id no other tab or device will pick: today plus a random suffix.
pub fn fresh_session_id() -> SessionId {
    liftsheet_domain::log::new_session_id(today(), js_sys::Math::random())
}

pub use crate::state::session::plan_base;

#[function_component]
pub fn LogScreen() -> Html {
    let app = use_app();
    // The session just finished here, for its summary.
    let finished = use_state(|| None::<SessionId>);
    let on_finished = {
        let finished = finished.clone();
        Callback::from(move |id: SessionId| finished.set(Some(id)))
    };
    let on_done = {
        let finished = finished.clone();
        Callback::from(move |_| finished.set(None))
    };
    let just_finished = (*finished)
        .as_ref()
        .and_then(|id| app.doc.log.iter().find(|s| s.id == *id))
        .cloned();
    // Proposals wait in the document until applied or dismissed, for the
    // program they were made for.
    let pending = app.doc.pending.clone().filter(|p| {
        app.doc
            .program
            .as_ref()
            .is_some_and(|a| a.program.id == p.program)
    });
    let names: Vec<(String, String)> = app
        .doc
        .program
        .as_ref()
        .map(|a| {
            a.program
                .lifts
                .iter()
                .map(|l| (l.key.as_str().to_string(), l.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Session(Change::DismissProposals)))
    };
    html! {
        <section class="screen log-screen">
            if let Some(session) = app.doc.in_progress.clone() {
                <Editable><SessionView session={session} on_finished={on_finished} /></Editable>
            } else {
                if let Some(session) = just_finished {
                    <finished::FinishedCard session={session} on_done={on_done} />
                }
                <Editable>
                if let Some(p) = pending {
                    if !p.proposals.is_empty() {
                        <proposals::ProposalsCard key={p.session.0.clone()} proposals={p.proposals.clone()}
                            names={names} />
                    } else if let Some(problem) = &p.problem {
                        <div class="notice warn" role="status">
                            <span>{ format!("No progression proposed: {problem}") }</span>
                            <button class="button" onclick={dismiss}>{"OK"}</button>
                        </div>
                    }
                }
                <StartCard />
                </Editable>
            }
        </section>
    }
}
