//! The log screen: start today's session (from the program or empty), log it
//! set by set with a rest timer (kept with the session, so it survives a tab
//! switch or a reload), finish it into the log, then review the proposed
//! progression (kept in the document until applied or dismissed).

mod add_exercise;
mod exercise_card;
mod finished;
mod session_view;
pub mod set_row;
mod start;

use crate::components::editable::Editable;
use crate::components::proposals_card::WaitingProposals;
use crate::state::use_app;
use liftsheet_domain::log::SessionId;
use session_view::SessionView;
use start::StartCard;
use yew::prelude::*;

pub use crate::clock::today;

/// A session id no other tab or device will pick, that sorts after today's
/// earlier sessions: today, the time of day and a random suffix.
pub fn fresh_session_id() -> SessionId {
    let now = js_sys::Date::new_0();
    let ms_of_day = f64::from(now.get_hours()) * 3_600_000.0
        + f64::from(now.get_minutes()) * 60_000.0
        + f64::from(now.get_seconds()) * 1_000.0
        + f64::from(now.get_milliseconds());
    liftsheet_domain::log::new_session_id_at(today(), ms_of_day, js_sys::Math::random())
}

pub use crate::state::session::plan_base;

#[function_component]
pub fn LogScreen() -> Html {
    let app = use_app();
    // The session just finished here, for its summary.
    let finished = use_state(|| None::<SessionId>);
    let on_finished = {
        let finished = finished.clone();
        Callback::from(move |id: SessionId| {
            finished.set(Some(id));
            // "Session saved" is at the top: show it, not the bottom of the
            // session that was.
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    let on_done = {
        let finished = finished.clone();
        Callback::from(move |_| finished.set(None))
    };
    let just_finished = (*finished)
        .as_ref()
        .and_then(|id| app.doc.log.iter().find(|s| s.id == *id))
        .cloned();
    html! {
        <section class="screen log-screen">
            if let Some(session) = app.doc.in_progress.clone() {
                <Editable><SessionView session={session} on_finished={on_finished} /></Editable>
            } else {
                if let Some(session) = just_finished {
                    <finished::FinishedCard session={session} on_done={on_done} />
                }
                <Editable>
                <WaitingProposals />
                <StartCard />
                </Editable>
            }
        </section>
    }
}
