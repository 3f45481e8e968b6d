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
mod view;
mod volume_card;

use crate::components::editable::Editable;
use crate::route::Route;
use crate::state::use_app;
use bodyweight_card::BodyweightCard;
use hold_records::{hold_records_card, HoldRecordsCardProps};
use records_card::{records_card, RecordsCardProps};
use session_list::SessionList;
pub use view::prepare;
use view::HistoryView;
use yew::prelude::*;

#[function_component]
pub fn HistoryScreen() -> Html {
    let app = use_app();
    let doc = app.doc.clone();
    // Made ahead while the page was idle, or now (view.rs).
    let view = HistoryView::of(&doc);
    let (records, holds, exercises) = (
        view.records.clone(),
        view.holds.clone(),
        view.exercises.clone(),
    );
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
    let weeks = view.weekly(&current);
    html! {
        <section class="screen history">
            { records_card(&RecordsCardProps { records: records.clone(), exercises: exercises.clone(),
                selected: current.into(), on_select, weeks }) }
            { hold_records_card(&HoldRecordsCardProps { holds, unit: doc.settings.unit }) }
            <BodyweightCard />
            <Editable><SessionList view={view} /></Editable>
        </section>
    }
}
