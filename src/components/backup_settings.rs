//! Settings' backup card: when the last backup was made and where it went,
//! how often one is due, "Back up now" (and, where backups rewrite a file
//! the lifter picked, "Choose a different file"), and whether this browser
//! may clear the data on its own (`navigator.storage.persisted()`), in
//! plain words.

use crate::state::{backup, use_app, Action};
use crate::storage::backup_file;
use liftsheet_domain::document::backup::{BackupMade, BackupPlace, EVERY_DAYS};
use yew::prelude::*;

/// The name of the file this device's backups rewrite, if one was picked
/// here (read again after each backup: one may have just been picked).
#[hook]
fn use_picked_file(last: Option<BackupMade>) -> Option<String> {
    let name = use_state(|| None::<String>);
    {
        let name = name.clone();
        use_effect_with(last, move |_| {
            if backup_file::can_pick() {
                wasm_bindgen_futures::spawn_local(async move {
                    name.set(backup_file::picked().await.map(|h| h.name()));
                });
            }
        });
    }
    (*name).clone()
}

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
    let picked = use_picked_file(app.doc.backups.last.clone());
    let today = crate::clock::today();
    let last = match &app.doc.backups.last {
        None => "No backup made yet.".to_string(),
        Some(made) => match (&made.file, made.place) {
            (Some(file), _) => format!("Last backup: {}, to {file}.", made.on),
            (None, BackupPlace::Shared) => {
                format!("Last backup: {}, shared from this phone.", made.on)
            }
            (None, BackupPlace::Download) => format!("Last backup: {}, downloaded.", made.on),
        },
    };
    let back_up = crate::components::backup_offer::back_up(&app, today, false);
    let choose_file = crate::components::backup_offer::back_up(&app, today, true);
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
            if let Some(file) = &picked {
                <p class="muted small">{ format!("Each backup from this computer rewrites {file}, the file you picked.") }</p>
            }
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
                if picked.is_some() {
                    <button type="button" class="button" onclick={choose_file}>{"Choose a different file"}</button>
                }
            </div>
        </section>
    }
}
