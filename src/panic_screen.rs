//! The screen shown when the app panics: never a blank page, and always a way to
//! take the lifter's data out.
//!
//! With `panic = "abort"` the wasm instance is dead after the hook returns, so the
//! screen is plain DOM and the download link carries the data in its `href`:
//! nothing on it needs wasm to work.

use std::panic::PanicHookInfo;

/// Installs the hook; call once before mounting the app.
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&format!("Liftsheet crashed: {message}").into());
    let _ = show(&message);
}

/// Replaces the page with the crash screen (what the hook shows; public so a
/// component test can render it without killing the test's wasm instance).
pub fn show(message: &str) -> Option<()> {
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

    // The stored document exactly as it is: the same file as a normal backup,
    // so it can be imported again, even if this build could not read it.
    let data = crate::storage::raw().unwrap_or_else(|| "{}".into());
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
