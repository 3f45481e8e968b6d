//! Settings' backup card: when the last backup was made and where it went,
//! how often one is due, "Back up now", and whether this browser may clear
//! the data on its own (`navigator.storage.persisted()`), in plain words.

use crate::state::{backup, use_app, Action};
use liftsheet_domain::document::backup::{BackupPlace, EVERY_DAYS};
use yew::prelude::*;

/// Whether the browser keeps this site's storage ("persistent"), once asked.
#[hook]
fn use_persisted() -> Option<bool> {
    let persisted = use_state(|| None::<bool>);
    {
        let persisted = persisted.clone();
        use_effect_with((), move |_| {
            let promise = web_sys::window().and_then(|w| w.navigator().storage().persisted().ok());
            if let Some(promise) = promise {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(v) = wasm_bindgen_futures::JsFuture::from(promise).await {
                        persisted.set(v.as_bool());
                    }
                });
            }
        });
    }
    *persisted
}

/// Whether the app runs installed (its own window, not a browser tab).
fn installed() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(display-mode: standalone)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[function_component]
pub fn BackupSettings() -> Html {
    let app = use_app();
    let persisted = use_persisted();
    let today = crate::clock::today();
    let last = match app.doc.backups.last {
        None => "No backup made yet.".to_string(),
        Some(made) => format!(
            "Last backup: {}, {}.",
            made.on,
            match made.place {
                BackupPlace::Shared => "shared from this phone",
                BackupPlace::Download => "downloaded",
            }
        ),
    };
    let back_up = crate::components::backup_offer::back_up(&app, today);
    let on_every = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(days) = select.value().parse::<u32>() {
                app.dispatch(Action::Backup(backup::Change::Every(days)));
            }
        })
    };
    let every = app.doc.backups.every();
    // Not kept for sure, and not installed: say what that means.
    let at_risk = persisted == Some(false) && !installed();
    html! {
        <section class="card" aria-labelledby="backup-title">
            <h2 id="backup-title">{"Backups"}</h2>
            <p>{ last }</p>
            if at_risk {
                <p class="notice warn" role="status">
                    {"This browser may clear your data if the phone runs low on space or you don't open the app for a while. Install the app (your browser's menu: \"Install app\" or \"Add to Home screen\") and back up now and then."}
                </p>
            } else if persisted == Some(true) {
                <p class="muted small">{"This browser keeps your data until you delete it."}</p>
            }
            <div class="field">
                <label for="backup-every">{"Offer a backup every"}</label>
                <select id="backup-every" onchange={on_every}>
                    { for EVERY_DAYS.iter().map(|&d| html! {
                        <option value={d.to_string()} selected={d == every}>
                            { if d == 1 { "day".to_string() } else { format!("{d} days") } }
                        </option>
                    }) }
                </select>
            </div>
            <div class="actions">
                <button type="button" class="button primary" onclick={back_up}>{"Back up now"}</button>
            </div>
        </section>
    }
}
