//! Saving a text as a file on the lifter's device (backups, CSV exports).

use liftsheet_domain::document::backup::BackupPlace;
use liftsheet_domain::store::{self, StoredDocument};
use wasm_bindgen::{JsCast, JsValue};

fn backup_name() -> String {
    format!("liftsheet-backup-{}.json", crate::screens::log::today())
}

/// Offers `doc` (the document in memory, with changes storage may not have
/// taken) as a JSON backup file.
pub fn download_backup(doc: &StoredDocument) {
    download_text(&backup_name(), "application/json", &store::encode(doc));
}

/// Sends `doc` as a backup file where the device allows: the share sheet
/// with the file (Drive, Files, mail), where the browser can share files;
/// else a download. `done` hears where it went; a share the lifter
/// cancels is no backup and says nothing.
pub fn send_backup(doc: &StoredDocument, done: yew::Callback<BackupPlace>) {
    let text = store::encode(doc);
    let name = backup_name();
    let Some(data) = shareable(&text, &name) else {
        download_text(&name, "application/json", &text);
        done.emit(BackupPlace::Download);
        return;
    };
    let navigator = web_sys::window().map(|w| w.navigator());
    let share = navigator.as_ref().and_then(|n| {
        let f = js_sys::Reflect::get(n, &"share".into()).ok()?;
        f.dyn_into::<js_sys::Function>().ok()?.call1(n, &data).ok()
    });
    let Some(promise) = share.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        download_text(&name, "application/json", &text);
        done.emit(BackupPlace::Download);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done.emit(BackupPlace::Shared),
            // Cancelled on the share sheet: nothing was backed up.
            Err(e) if error_name(&e).as_deref() == Some("AbortError") => {}
            // Sharing failed: the file still goes somewhere.
            Err(_) => {
                download_text(&name, "application/json", &text);
                done.emit(BackupPlace::Download);
            }
        }
    });
}

/// `{files: [file], title}` if this browser can share such a file.
fn shareable(text: &str, name: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let can = js_sys::Reflect::get(&navigator, &"canShare".into()).ok()?;
    let can = can.dyn_into::<js_sys::Function>().ok()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &"Liftsheet backup".into()).ok()?;
    can.call1(&navigator, &data)
        .ok()?
        .as_bool()
        .unwrap_or(false)
        .then_some(data.into())
}

fn error_name(e: &JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &"name".into()).ok()?.as_string()
}

/// Offers `text` as a download named `filename`. Uses a Blob URL, which the CSP
/// allows and which works offline.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(filename);
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
