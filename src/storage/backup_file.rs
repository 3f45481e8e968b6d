//! The backup file the lifter picked once and each backup rewrites, where
//! the browser has File System Access (`window.showSaveFilePicker`: desktop
//! Chromium).
//!
//! The file is known by a `FileSystemFileHandle`, which localStorage can't
//! hold (it keeps text): the handle is structured-cloneable, so it is kept
//! in IndexedDB, database [`DB`], store [`STORE`], under the key [`KEY`].
//! It belongs to this device only; the document records the file's name with
//! the backup (`document::backup::BackupMade::file`), which is all another
//! device can know of it.
//!
//! Writing asks the browser's permission on the lifter's tap
//! (`requestPermission({mode: "readwrite"})`: no prompt while it is granted)
//! and writes with `createWritable()`, which replaces the file only once
//! the stream closes, so a failed write leaves the last backup whole.
//! web-sys has these only behind its unstable flag: the few calls are
//! declared here, and the ones a browser may lack are looked up first.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The IndexedDB database of file handles; its name begins with
/// `liftsheet`, so "Delete all my data" removes it (`erase.rs`).
pub const DB: &str = "liftsheet-files";
/// Its one object store, and the key of the backup file's handle in it.
const STORE: &str = "handles";
const KEY: &str = "backup";

#[wasm_bindgen]
extern "C" {
    /// A file on the device that the page may write (a
    /// `FileSystemFileHandle`).
    #[wasm_bindgen(extends = js_sys::Object)]
    #[derive(Clone, Debug)]
    pub type FileHandle;

    /// The file's name, without its folder ("liftsheet-backup.json").
    #[wasm_bindgen(method, getter)]
    pub fn name(this: &FileHandle) -> String;

    #[wasm_bindgen(method, catch, js_name = createWritable)]
    fn create_writable(this: &FileHandle) -> Result<js_sys::Promise, JsValue>;

    /// A `FileSystemWritableFileStream`.
    type Writable;

    #[wasm_bindgen(method, catch)]
    fn write(this: &Writable, data: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn close(this: &Writable) -> Result<js_sys::Promise, JsValue>;
}

/// Why the backup didn't go to the picked file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The lifter closed the save dialog: no backup, and nothing to say.
    Cancelled,
    /// The browser (or the lifter) refused to let the page write the file.
    Denied,
    /// Anything else: no IndexedDB, the file gone, the disk full...
    Failed,
}

impl Failure {
    /// What a rejected promise's error (a `DOMException`) means here.
    pub fn of(error: &JsValue) -> Failure {
        let name = js_sys::Reflect::get(error, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("AbortError") => Failure::Cancelled,
            Some("NotAllowedError") | Some("SecurityError") => Failure::Denied,
            _ => Failure::Failed,
        }
    }
}

impl From<JsValue> for Failure {
    fn from(error: JsValue) -> Failure {
        Failure::of(&error)
    }
}

/// Whether this browser lets the lifter pick a file to rewrite with each
/// backup.
pub fn can_pick() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w, &"showSaveFilePicker".into()).unwrap_or(false))
}

/// Calls `target[method](arg)` and awaits the promise it returns; `None` if
/// this browser has no such method.
async fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<Result<JsValue, JsValue>> {
    let f = js_sys::Reflect::get(target, &method.into()).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    Some(match f.call1(target, arg) {
        Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await,
        Err(e) => Err(e),
    })
}

/// Asks the lifter for a file to back up to (the save dialog), suggesting
/// `suggested` as its name. Must run on his tap.
pub async fn pick(suggested: &str) -> Result<FileHandle, Failure> {
    let window: JsValue = web_sys::window().ok_or(Failure::Failed)?.into();
    let options = js_sys::Object::new();
    let set = |o: &js_sys::Object, k: &str, v: &JsValue| js_sys::Reflect::set(o, &k.into(), v);
    set(&options, "suggestedName", &suggested.into())?;
    let json = js_sys::Object::new();
    set(
        &json,
        "application/json",
        &js_sys::Array::of1(&".json".into()),
    )?;
    let kind = js_sys::Object::new();
    set(&kind, "description", &"Liftsheet backup".into())?;
    set(&kind, "accept", &json)?;
    set(&options, "types", &js_sys::Array::of1(&kind))?;
    let handle = call(&window, "showSaveFilePicker", &options)
        .await
        .ok_or(Failure::Failed)??;
    Ok(handle.unchecked_into())
}

/// Writes `text` as the whole of the file, once the browser lets the page
/// write it. Must run on the lifter's tap (the permission prompt needs it).
pub async fn write(handle: &FileHandle, text: &str) -> Result<(), Failure> {
    let readwrite = js_sys::Object::new();
    js_sys::Reflect::set(&readwrite, &"mode".into(), &"readwrite".into())?;
    // A browser without the permission calls (only a private file system)
    // has nothing to ask: the write says whether it may.
    if let Some(state) = call(handle, "requestPermission", &readwrite).await {
        if state?.as_string().as_deref() != Some("granted") {
            return Err(Failure::Denied);
        }
    }
    let stream: Writable = JsFuture::from(handle.create_writable()?)
        .await?
        .unchecked_into();
    JsFuture::from(stream.write(text)?).await?;
    JsFuture::from(stream.close()?).await?;
    Ok(())
}

/// Resolves with the request's result once it succeeded: its own
/// `resolve`/`reject` are the request's handlers (no closure to keep).
async fn finished(request: &web_sys::IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// The database; made on first use when `make`, else (only looking) not:
/// a database that isn't there holds no file, and making an empty one
/// would leave something behind after "Delete all my data".
async fn open(make: bool) -> Result<web_sys::IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DB, 1)?;
    let upgrading = request.clone();
    let upgrade = Closure::once_into_js(move || {
        if !make {
            // Aborting the upgrade leaves no database: the open fails.
            if let Some(t) = upgrading.transaction() {
                let _ = t.abort();
            }
        } else if let Ok(db) = upgrading.result() {
            let _ = db
                .unchecked_into::<web_sys::IdbDatabase>()
                .create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(finished(&request).await?.unchecked_into())
}

/// The handles' store, in a transaction of `mode`.
async fn store(
    mode: web_sys::IdbTransactionMode,
) -> Result<(web_sys::IdbDatabase, web_sys::IdbObjectStore), JsValue> {
    let db = open(mode == web_sys::IdbTransactionMode::Readwrite).await?;
    let store = db
        .transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)?;
    Ok((db, store))
}

/// The file picked on this device, if there is one.
pub async fn picked() -> Option<FileHandle> {
    let (db, store) = store(web_sys::IdbTransactionMode::Readonly).await.ok()?;
    let found = finished(&store.get(&KEY.into()).ok()?).await;
    db.close();
    found
        .ok()
        .filter(|v| v.is_object())
        .map(JsCast::unchecked_into)
}

/// Keeps `handle` as the file each backup rewrites, in place of any other.
pub async fn keep(handle: &FileHandle) -> Result<(), Failure> {
    let (db, store) = store(web_sys::IdbTransactionMode::Readwrite).await?;
    let put = store.put_with_key(handle, &KEY.into());
    let done = match put {
        Ok(request) => finished(&request).await.map(|_| ()),
        Err(e) => Err(e),
    };
    db.close();
    Ok(done?)
}

/// Removes the database ("Delete all my data").
pub async fn erase() -> Result<(), JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request: web_sys::IdbRequest = factory.delete_database(DB)?.into();
    finished(&request).await.map(|_| ())
}
