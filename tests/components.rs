//! Component tests in headless Chromium (wasm-bindgen-test): each mounts a real
//! component into a real DOM and reads what a person would see.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn bottom_nav_marks_the_current_tab() {
    use liftsheet::components::bottom_nav::bottom_nav;
    use liftsheet::route::Route;
    let _page = fresh_page();
    let root = mount_html(bottom_nav(&Route::Log));
    let current = wait_for_selector(&root, "[aria-current=page]").await;
    assert!(current.text_content().unwrap().contains("Log"));
    assert_eq!(root.query_selector_all("a.tab").unwrap().length(), 4);
}

#[wasm_bindgen_test]
async fn crash_screen_offers_the_stored_data_and_a_reload() {
    let _page = fresh_page();
    let stored = r#"{"schema":1,"maxes":{"squat":{"milli":140000,"unit":"kg"}},"log":[]}"#;
    store(Some(stored));
    let app = mount_point();
    app.set_id("app");

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
}
