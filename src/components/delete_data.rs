//! "Delete all my data", the last card of Settings: a first tap asks again
//! and offers a backup first; only "Yes, delete everything" erases
//! ([`storage::erase::delete_all`]), then the page reloads into an empty
//! app. Not behind the read-only switch: it is also the way to start over
//! from a store that can't be read.
//!
//! A plain function over the step its caller ([`super::data_section`])
//! keeps: one more component type would cost its own copy of Yew's
//! lifecycle code.

use crate::storage;
use yew::prelude::*;

/// Where the lifter is in deleting.
#[derive(Clone, PartialEq)]
pub enum DeleteStep {
    Idle,
    /// Asked once: the second confirmation, with a backup offered first.
    Confirm,
    Deleting,
    Failed(String),
}

/// The card. `export` offers the backup (the Settings export).
pub fn delete_data(
    step: &UseStateHandle<DeleteStep>,
    sessions: usize,
    export: Callback<MouseEvent>,
) -> Html {
    let to = |next: DeleteStep| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(next.clone()))
    };
    let delete = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| {
            step.set(DeleteStep::Deleting);
            let step = step.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match storage::erase::delete_all().await {
                    Ok(()) => {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                    Err(e) => step.set(DeleteStep::Failed(e)),
                }
            });
        })
    };
    let body = match &**step {
        DeleteStep::Idle => html! {
            <>
                <p class="muted small">{"Removes everything Liftsheet keeps on this device: your log, maxes, programs and settings."}</p>
                <button class="button danger" onclick={to(DeleteStep::Confirm)}>{"Delete all my data"}</button>
            </>
        },
        DeleteStep::Confirm => html! {
            <div class="notice warn" role="alert">
                <p>{ format!("This deletes your log ({sessions} {}), maxes, programs and settings from this device. It can't be undone.",
                    if sessions == 1 { "session" } else { "sessions" }) }</p>
                <p>{"Export a backup first to keep a copy."}</p>
                <div class="actions">
                    <button class="button primary" onclick={export}>{"Export backup (JSON)"}</button>
                    <button class="button danger" onclick={delete}>{"Yes, delete everything"}</button>
                    <button class="button" onclick={to(DeleteStep::Idle)}>{"Cancel"}</button>
                </div>
            </div>
        },
        DeleteStep::Deleting => html! { <p class="notice" role="status">{"Deleting…"}</p> },
        DeleteStep::Failed(reason) => html! {
            <p class="notice error" role="alert">{ format!("Not everything could be deleted ({reason}). Reload the page and try again.") }</p>
        },
    };
    html! {
        <section class="card delete-data" aria-labelledby="delete-title">
            <h2 id="delete-title">{"Delete all my data"}</h2>
            { body }
        </section>
    }
}
