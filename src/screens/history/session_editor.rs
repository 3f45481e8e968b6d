//! Correcting a finished session from History: each set's weight and reps
//! (records follow), or deleting the session after a confirm.

use super::set_editor::SetEditor;
use crate::components::lifted_on;
use crate::screens::log::set_row::set_names;
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::Session;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionEditorProps {
    pub session: Session,
    /// "Week 1 · Day 1", or "Session".
    pub title: AttrValue,
    /// Editing is over (Done, or deleted).
    pub on_close: Callback<()>,
}

#[function_component]
pub fn SessionEditor(props: &SessionEditorProps) -> Html {
    let app = use_app();
    let confirm = use_state(|| false);
    let s = &props.session;
    // Done never closes over a red field: what it shows wouldn't be what is kept.
    let card = use_node_ref();
    let blocked = use_state(|| false);
    let done = {
        let (cb, card, blocked) = (props.on_close.clone(), card.clone(), blocked.clone());
        Callback::from(move |_| {
            let invalid = card
                .cast::<web_sys::Element>()
                .is_some_and(|el| crate::components::set_field::any_invalid(&el));
            blocked.set(invalid);
            if !invalid {
                cb.emit(());
            }
        })
    };
    let delete = {
        let (app, confirm, cb, id) = (
            app.clone(),
            confirm.clone(),
            props.on_close.clone(),
            s.id.clone(),
        );
        Callback::from(move |_| {
            if *confirm {
                app.dispatch(Action::Session(Change::DeleteLogged(id.clone())));
                cb.emit(());
            } else {
                confirm.set(true);
            }
        })
    };
    let keep = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(false))
    };
    // The day it was lifted, corrected: History, records and charts follow.
    let today = crate::clock::today();
    let (refused, on_date) = {
        let (app, session) = (app.clone(), s.id.clone());
        lifted_on::use_lifted_on(
            today,
            Callback::from(move |date| {
                app.dispatch(Action::Session(Change::LoggedDate {
                    session: session.clone(),
                    date,
                    today,
                }))
            }),
        )
    };
    html! {
        <article ref={card} class="card session-card editing" data-transient="true" aria-label={format!("Editing {} {}", s.date, props.title)}>
            <header class="session-card-head">
                <h3>{ format!("Edit {}", props.title) }</h3>
                <time datetime={s.date.to_string()} class="muted">{ s.date.to_string() }</time>
            </header>
            <p class="muted small">{"Changes save as you type; records follow."}</p>
            if liftsheet_domain::document::session::applied_before_correction(&app.doc, &s.id) {
                <p class="notice warn small" role="status">
                    {"You already applied or dismissed what this session proposed: a correction here changes your log and records, not your maxes or program."}
                </p>
            }
            { lifted_on::lifted_on("history-edit-date", lifted_on::shown(&refused, s.date), today, refused.as_ref().map(|r| r.1), on_date) }
            { for s.lifts.iter().map(|ex| {
                html! {
                    <div class="history-exercise">
                        <h4>{ ex.name.clone() }</h4>
                        <ul class="history-edit-sets">
                            { for ex.sets.iter().zip(set_names(ex)).map(|(set, name)| {
                                html! {
                                    <SetEditor key={set.id.0} session={s.id.clone()} set={set.clone()} name={name} />
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
            if *blocked {
                <p class="notice error" role="alert">{ crate::components::set_field::FIX_RED_FIELD }</p>
            }
            <div class="actions">
                <button class="button primary" onclick={done}>{"Done"}</button>
                if *confirm {
                    <button class="button danger" onclick={delete}>{"Yes, delete this session"}</button>
                    <button class="button" onclick={keep}>{"Keep it"}</button>
                } else {
                    <button class="button danger" onclick={delete}>{"Delete session"}</button>
                }
            </div>
        </article>
    }
}
