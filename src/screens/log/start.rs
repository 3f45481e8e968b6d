//! Starting a session: today's planned day of the running program, or an
//! empty session to fill in.

use super::{fresh_session_id, today};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::Session;
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
    html! {
        <section class="card" aria-labelledby="start-title">
            <h2 id="start-title">{"Today"}</h2>
            <p class="muted">
                {"Start an empty session and add lifts as you go. "}
                { if count == 0 { "Nothing logged yet.".to_string() }
                  else { format!("{count} session{} in your log.", if count == 1 { "" } else { "s" }) } }
            </p>
            <div class="actions">
                <button class="button primary" onclick={start_empty}>{"Start an empty session"}</button>
            </div>
        </section>
    }
}
