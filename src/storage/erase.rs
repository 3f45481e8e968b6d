//! "Delete all my data": every key this app wrote in localStorage (the
//! document, its token, the outbox, the screen copies) and sessionStorage
//! (field drafts, the boot script's reload guard), the IndexedDB database
//! of the picked backup file's handle ([`super::backup_file`]), every Cache
//! Storage cache of its service worker, and the service worker itself,
//! which the next load registers afresh.
//!
//! Only what the app wrote: keys and caches whose names begin with
//! `liftsheet` (an origin may serve other apps too). Once erasing starts,
//! [`super::save`] writes nothing more from this page, so the document in
//! memory can't come back before the reload that follows.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Every name the app gives a storage key or a cache begins with this.
const PREFIX: &str = "liftsheet";

thread_local! {
    static ERASED: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page erased the data (and so must not write it again).
pub fn erased() -> bool {
    ERASED.with(Cell::get)
}

/// Removes the app's keys from `storage`; how many it could not remove.
fn clear_keys(storage: &web_sys::Storage) -> u32 {
    let count = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    ours.iter()
        .filter(|key| storage.remove_item(key).is_err())
        .count() as u32
}

/// Erases everything the app stored on this device. `Err` says what could
/// not be erased (the rest is gone either way).
pub async fn delete_all() -> Result<(), String> {
    ERASED.with(|e| e.set(true));
    let window = web_sys::window().ok_or("no window")?;
    let mut left = 0;
    // Storage that is blocked holds nothing of ours.
    if let Ok(Some(local)) = window.local_storage() {
        left += clear_keys(&local);
    }
    if let Ok(Some(session)) = window.session_storage() {
        left += clear_keys(&session);
    }
    if let Ok(caches) = window.caches() {
        if let Ok(names) = JsFuture::from(caches.keys()).await {
            let names: js_sys::Array = names.unchecked_into();
            for name in names.iter().filter_map(|n| n.as_string()) {
                if name.starts_with(PREFIX) && JsFuture::from(caches.delete(&name)).await.is_err() {
                    left += 1;
                }
            }
        }
    }
    // Without IndexedDB (blocked storage) no handle was kept either.
    if window.indexed_db().ok().flatten().is_some() && super::backup_file::erase().await.is_err() {
        left += 1;
    }
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        if let Ok(list) = JsFuture::from(navigator.service_worker().get_registrations()).await {
            let list: js_sys::Array = list.unchecked_into();
            for registration in list.iter() {
                let registration: web_sys::ServiceWorkerRegistration =
                    registration.unchecked_into();
                if let Ok(done) = registration.unregister() {
                    let _ = JsFuture::from(done).await;
                }
            }
        }
    }
    if left == 0 {
        Ok(())
    } else {
        Err(format!("{left} stored item(s) could not be removed"))
    }
}
