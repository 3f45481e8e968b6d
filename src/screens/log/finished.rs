//! After "Finish session": what was done, the records it set.

use crate::route::Route;
use crate::state::use_app;
use liftsheet_domain::log::Session;
use liftsheet_domain::records::Records;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FinishedProps {
    pub session: Session,
    pub on_done: Callback<()>,
}

#[function_component]
pub fn FinishedCard(props: &FinishedProps) -> Html {
    let app = use_app();
    let s = &props.session;
    let done = s.sets().filter(|(_, set)| set.done).count();
    let records = Records::compute(&app.doc.log, app.doc.settings.unit);
    let prs = records.prs.iter().filter(|p| p.at.session == s.id).count();
    let close = {
        let cb = props.on_done.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="card" aria-labelledby="finished-title">
            <h2 id="finished-title">{"Session saved"}</h2>
            <p role="status" class="notice ok">
                { format!("{done} of {} sets done on {}.", s.set_count(), s.date) }
                if prs > 0 {
                    { " " }<span class="pr">{ format!("{prs} PR{}", if prs == 1 { "" } else { "s" }) }</span>
                }
            </p>
            <div class="actions">
                <a class="button" href={Route::History.href()}>{"See it in History"}</a>
                <button class="button" onclick={close}>{"Close"}</button>
            </div>
        </section>
    }
}
