//! Component tests in headless Chromium (wasm-bindgen-test): each mounts a real
//! component into a real DOM and reads what a person would see.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

mod support {
    use super::*;

    /// A fresh `<div>` attached to the document body.
    pub fn mount_point() -> Element {
        let document = web_sys::window().unwrap().document().unwrap();
        let div = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&div).unwrap();
        div
    }

    /// Lets Yew's scheduler run its pending renders.
    pub async fn settle() {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}
use support::*;

#[wasm_bindgen_test]
async fn bottom_nav_marks_the_current_tab() {
    use liftsheet::components::bottom_nav::{BottomNav, BottomNavProps};
    use liftsheet::route::Route;
    let root = mount_point();
    yew::Renderer::<BottomNav>::with_root_and_props(
        root.clone(),
        BottomNavProps {
            current: Route::Log,
        },
    )
    .render();
    settle().await;
    let current = root
        .query_selector("[aria-current=page]")
        .unwrap()
        .expect("one tab is current");
    assert!(current.text_content().unwrap().contains("Log"));
    assert_eq!(root.query_selector_all("a.tab").unwrap().length(), 4);
}

#[wasm_bindgen_test]
async fn crash_screen_offers_the_stored_data_and_a_reload() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let previous = storage.get_item(liftsheet::storage::KEY).unwrap();
    let stored = r#"{"schema":1,"maxes":{"squat":{"milli":140000,"unit":"kg"}},"log":[]}"#;
    storage.set_item(liftsheet::storage::KEY, stored).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    document.body().unwrap().append_child(&app).unwrap();

    liftsheet::panic_screen::show("panicked at src/example.rs:1:1: boom");

    let screen = app
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a crash screen");
    assert!(screen
        .text_content()
        .unwrap()
        .contains("Liftsheet hit a bug"));
    assert!(screen.text_content().unwrap().contains("boom"));
    let links = screen.query_selector_all("a").unwrap();
    let mut download = None;
    let mut reload = false;
    for i in 0..links.length() {
        let link: web_sys::Element = links.item(i).unwrap().dyn_into().unwrap();
        match link.text_content().unwrap().as_str() {
            "Download my data" => download = Some(link),
            "Reload" => reload = true,
            _ => {}
        }
    }
    assert!(reload, "a way back into the app");
    let download = download.expect("a download link");
    assert_eq!(
        download.get_attribute("download").as_deref(),
        Some("liftsheet-backup.json")
    );
    let href = download.get_attribute("href").unwrap();
    let data = href
        .strip_prefix("data:application/json;charset=utf-8,")
        .expect("a JSON data URL");
    let decoded = js_sys::decode_uri_component(data)
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(decoded, stored, "the stored document, byte for byte");

    app.remove();
    match previous {
        Some(p) => storage.set_item(liftsheet::storage::KEY, &p).unwrap(),
        None => storage.remove_item(liftsheet::storage::KEY).unwrap(),
    }
}
