//! Saving a text as a file on the lifter's device (backups, CSV exports).

use crate::storage::backup_file;
use liftsheet_domain::document::backup::BackupPlace;
use liftsheet_domain::store::{self, StoredDocument};
use wasm_bindgen::{JsCast, JsValue};

fn backup_name() -> String {
    format!("liftsheet-backup-{}.json", crate::screens::log::today())
}

/// The name suggested for the file a backup rewrites each time: one file,
/// so no date in it.
const PICKED_NAME: &str = "liftsheet-backup.json";

/// Where a backup went: the document's place, and the name of the picked
/// file when it went there (`document::backup::BackupMade`).
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub place: BackupPlace,
    pub file: Option<String>,
}

impl Sent {
    fn to(place: BackupPlace) -> Sent {
        Sent { place, file: None }
    }
}

/// Offers `doc` (the document in memory, with changes storage may not have
/// taken) as a JSON backup file.
pub fn download_backup(doc: &StoredDocument) {
    download_text(&backup_name(), "application/json", &store::encode(doc));
}

/// Sends `doc` as a backup file where the device allows:
/// - where the browser lets the lifter pick a file to write (File System
///   Access: desktop Chromium, never a phone), the file he picked once,
///   rewritten each time (picked on this tap if none yet, or if `new_file`);
///   a desktop's share sheet is for apps and people, not a folder to keep
///   a backup in;
/// - else the share sheet with the file (Drive, Files, mail), where the
///   browser can share files (phones);
/// - else, or when writing the picked file is refused or fails, a download.
///
/// `done` hears where it went; a save dialog or share sheet the lifter
/// cancels is no backup and says nothing.
pub fn send_backup(doc: &StoredDocument, new_file: bool, done: yew::Callback<Sent>) {
    let text = store::encode(doc);
    let name = backup_name();
    if backup_file::can_pick() {
        wasm_bindgen_futures::spawn_local(async move {
            match to_picked_file(&text, new_file).await {
                Ok(file) => done.emit(Sent {
                    place: BackupPlace::Download,
                    file: Some(file),
                }),
                Err(backup_file::Failure::Cancelled) => {}
                Err(_) => {
                    download_text(&name, "application/json", &text);
                    done.emit(Sent::to(BackupPlace::Download));
                }
            }
        });
        return;
    }
    let Some(data) = shareable(&text, &name) else {
        download_text(&name, "application/json", &text);
        done.emit(Sent::to(BackupPlace::Download));
        return;
    };
    let navigator = web_sys::window().map(|w| w.navigator());
    let share = navigator.as_ref().and_then(|n| {
        let f = js_sys::Reflect::get(n, &"share".into()).ok()?;
        f.dyn_into::<js_sys::Function>().ok()?.call1(n, &data).ok()
    });
    let Some(promise) = share.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        download_text(&name, "application/json", &text);
        done.emit(Sent::to(BackupPlace::Download));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done.emit(Sent::to(BackupPlace::Shared)),
            // Cancelled on the share sheet: nothing was backed up.
            Err(e) if backup_file::Failure::of(&e) == backup_file::Failure::Cancelled => {}
            // Sharing failed: the file still goes somewhere.
            Err(_) => {
                download_text(&name, "application/json", &text);
                done.emit(Sent::to(BackupPlace::Download));
            }
        }
    });
}

/// Writes `text` to the file picked on this device (asking for one first
/// if there is none, or `new_file`); the file's name once written.
async fn to_picked_file(text: &str, new_file: bool) -> Result<String, backup_file::Failure> {
    let kept = if new_file {
        None
    } else {
        backup_file::picked().await
    };
    let handle = match kept {
        Some(handle) => handle,
        None => {
            let handle = backup_file::pick(PICKED_NAME).await?;
            // Not kept (no IndexedDB): this backup still goes to the file,
            // and the next tap asks again.
            let _ = backup_file::keep(&handle).await;
            handle
        }
    };
    backup_file::write(&handle, text).await?;
    Ok(handle.name())
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
