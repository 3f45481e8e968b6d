//! History: records and an e1RM chart per lift, then every session, newest
//! first, with its sets and PR flags; a session can be corrected (weight and
//! reps of its sets) or deleted.

mod hold_records;
mod records_card;
mod session_editor;
mod session_list;
mod set_editor;

use crate::components::editable::Editable;
use crate::route::Route;
use crate::state::use_app;
use hold_records::HoldRecordsCard;
use liftsheet_domain::records::holds::hold_records;
use liftsheet_domain::records::Records;
use records_card::RecordsCard;
use session_list::SessionList;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn HistoryScreen() -> Html {
    let app = use_app();
    let doc = app.doc.clone();
    // Recomputed only when the document (not just any state) changes.
    let records = use_memo(Rc::as_ptr(&doc) as usize, {
        let doc = doc.clone();
        move |_| Records::compute(&doc.log, doc.settings.unit)
    });
    let holds = use_memo(Rc::as_ptr(&doc) as usize, {
        let doc = doc.clone();
        move |_| hold_records(&doc.log, doc.settings.unit)
    });
    if doc.log.is_empty() {
        return html! {
            <section class="screen history">
                <section class="card">
                    <h2>{"No sessions yet"}</h2>
                    <p class="muted">{"Finished sessions show up here, with your records and a chart per lift."}</p>
                    <div class="actions">
                        <a class="button primary" href={Route::Log.href()}>{"Log a session"}</a>
                        <a class="button" href={Route::Settings.href()}>{"Import from another app"}</a>
                    </div>
                </section>
            </section>
        };
    }
    html! {
        <section class="screen history">
            <RecordsCard records={records.clone()} />
            <HoldRecordsCard holds={holds} unit={doc.settings.unit} />
            <Editable><SessionList records={records} /></Editable>
        </section>
    }
}
