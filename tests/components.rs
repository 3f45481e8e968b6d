//! Component tests in headless Chromium (wasm-bindgen-test): each mounts a real
//! component into a real DOM and reads what a person would see.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
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
