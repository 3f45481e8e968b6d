//! History: per exercise, its records, e1RM chart, best set per rep count,
//! weekly volume and the trend since a date; the bodyweight log; then every
//! session, newest first, with its sets and PR flags; a session can be
//! corrected (weight and reps of its sets) or deleted.

mod bodyweight_card;
mod hold_records;
mod records_card;
mod session_editor;
mod session_list;
mod set_editor;
mod trend_since;
mod volume_card;

use crate::components::editable::Editable;
use crate::route::Route;
use crate::state::use_app;
use bodyweight_card::BodyweightCard;
use hold_records::{hold_records_card, HoldRecordsCardProps};
use liftsheet_domain::records::holds::hold_records;
use liftsheet_domain::records::progress::exercises_by_recency;
use liftsheet_domain::records::{Loads, Records};
use records_card::{records_card, RecordsCardProps};
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
        move |_| Records::compute_with(&doc.log, doc.settings.unit, Loads::library(&doc.bodyweight))
    });
    let holds = use_memo(Rc::as_ptr(&doc) as usize, {
        let doc = doc.clone();
        move |_| hold_records(&doc.log, doc.settings.unit)
    });
    let exercises = use_memo(Rc::as_ptr(&doc) as usize, {
        let doc = doc.clone();
        move |_| exercises_by_recency(&doc.log)
    });
    // The exercise shown; the most recent one until the lifter picks another.
    let selected = use_state(|| None::<String>);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |lift: String| selected.set(Some(lift)))
    };
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
                <BodyweightCard />
            </section>
        };
    }
    let current = (*selected)
        .clone()
        .filter(|k| exercises.iter().any(|(lift, _)| lift == k))
        .or_else(|| exercises.first().map(|(lift, _)| lift.clone()))
        .unwrap_or_default();
    html! {
        <section class="screen history">
            { records_card(&RecordsCardProps { records: records.clone(), exercises: exercises.clone(),
                selected: current.into(), on_select }) }
            { hold_records_card(&HoldRecordsCardProps { holds, unit: doc.settings.unit }) }
            <BodyweightCard />
            <Editable><SessionList records={records} /></Editable>
        </section>
    }
}
