//! Saving a text as a file on the lifter's device (backups, CSV exports).

use liftsheet_domain::store::{self, StoredDocument};
use wasm_bindgen::JsCast;

/// Offers `doc` (the document in memory, with changes storage may not have
/// taken) as a JSON backup file.
pub fn download_backup(doc: &StoredDocument) {
    download_text(
        &format!("liftsheet-backup-{}.json", crate::screens::log::today()),
        "application/json",
        &store::encode(doc),
    );
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
