//! The screen shown when the app panics: never a blank page, and always a way to
//! take the lifter's data out.
//!
//! With `panic = "abort"` the wasm instance is dead after the hook returns, so the
//! screen is plain DOM and the download link carries the data in its `href`:
//! nothing on it needs wasm to work.

use std::panic::PanicHookInfo;

/// localStorage keys whose values the error screen offers to download.
pub const DATA_KEY_PREFIX: &str = "liftsheet";

/// Installs the hook; call once before mounting the app.
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&format!("Liftsheet crashed: {message}").into());
    let _ = show(&message);
}

/// Every `liftsheet*` localStorage entry as one JSON object of raw strings, so
/// even a store the app could not read is exported untouched.
fn stored_data_json() -> String {
    let mut entries = serde_json::Map::new();
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let len = storage.length().unwrap_or(0);
        for i in 0..len {
            if let Ok(Some(key)) = storage.key(i) {
                if key.starts_with(DATA_KEY_PREFIX) {
                    if let Ok(Some(value)) = storage.get_item(&key) {
                        entries.insert(key, serde_json::Value::String(value));
                    }
                }
            }
        }
    }
    serde_json::Value::Object(entries).to_string()
}

fn show(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let root = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))?;
    let screen = document.create_element("main").ok()?;
    screen.set_class_name("crash");
    screen.set_attribute("role", "alert").ok()?;

    let heading = document.create_element("h1").ok()?;
    heading.set_text_content(Some("Liftsheet hit a bug"));
    let explain = document.create_element("p").ok()?;
    explain.set_text_content(Some(
        "Your log is still saved on this phone. Download a copy to be safe, then reload.",
    ));
    let detail = document.create_element("pre").ok()?;
    detail.set_text_content(Some(message));

    let data = stored_data_json();
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        js_sys::encode_uri_component(&data)
    );
    let download = document.create_element("a").ok()?;
    download.set_class_name("button primary");
    download.set_attribute("href", &href).ok()?;
    download
        .set_attribute("download", "liftsheet-backup.json")
        .ok()?;
    download.set_text_content(Some("Download my data"));

    let reload = document.create_element("a").ok()?;
    reload.set_class_name("button");
    reload.set_attribute("href", "./").ok()?;
    reload.set_text_content(Some("Reload"));

    for child in [&heading, &explain, &download, &reload, &detail] {
        screen.append_child(child).ok()?;
    }
    root.set_inner_html("");
    root.append_child(&screen).ok()?;
    Some(())
}
