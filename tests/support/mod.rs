//! What every component test file shares: a page in a known state at the
//! start of each test, mounting, typing and clicking as a person would,
//! reading text, and waiting for the page to render rather than sleeping.
//!
//! Included with `mod support;`; each file uses a part of it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, Storage};
use yew::prelude::*;
use yew::BaseComponent;

/// How long a wait for something to render may take before the test fails.
const TIMEOUT_MS: f64 = 2_000.0;

thread_local! {
    /// The apps and mount points of the running test, so that the next test
    /// can take them down even if this one fails before it does.
    static MOUNTED: RefCell<Mounted> = RefCell::new(Mounted::default());
}

#[derive(Default)]
struct Mounted {
    apps: Vec<Box<dyn FnOnce()>>,
    roots: Vec<Element>,
}

/// Puts the page back in the state every test starts from: no apps still
/// running, no mount points, empty localStorage and sessionStorage, no boot
/// script. Call it first in every test that touches the page.
///
/// Why at the start and not only in a guard at the end: wasm32 code runs with
/// panic=abort, so a failing assertion throws out of the test without running
/// any `Drop`, and wasm-bindgen-test keeps a failed test's future (to report
/// it) instead of dropping it. A clean-up that must happen after a failure can
/// only be the next test's first step. The returned guard resets again when a
/// test passes, so the page is left clean after the last one too.
///
/// Clearing all of storage is safe: the runner starts a fresh browser profile
/// and the test page's origin holds nothing but what these tests wrote.
#[must_use = "keep the guard to the end of the test: it resets the page when the test passes"]
pub fn fresh_page() -> FreshPage {
    reset_page();
    FreshPage(())
}

/// Resets the page (see [`fresh_page`]) when dropped, that is when a test passes.
pub struct FreshPage(());

impl Drop for FreshPage {
    fn drop(&mut self) {
        reset_page();
    }
}

fn reset_page() {
    unmount_all();
    local().clear().unwrap();
    session().clear().unwrap();
    let _ = js_sys::Reflect::delete_property(&web_sys::window().unwrap(), &"liftsheetBoot".into());
}

pub fn local() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub fn session() -> Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

/// Sets the stored document (`storage::KEY`), or removes it.
pub fn store(text: Option<&str>) {
    match text {
        Some(text) => local().set_item(liftsheet::storage::KEY, text).unwrap(),
        None => local().remove_item(liftsheet::storage::KEY).unwrap(),
    }
}

/// The stored document's text, if any.
pub fn stored() -> Option<String> {
    local().get_item(liftsheet::storage::KEY).unwrap()
}

/// A fresh `<div>` attached to the document body, removed by the next reset.
pub fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    keep_root(div.clone());
    div
}

/// A `<tbody>` in a `<table>` attached to the document, to mount a row into.
pub fn table_body() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let table = document.create_element("table").unwrap();
    let body = document.create_element("tbody").unwrap();
    table.append_child(&body).unwrap();
    document.body().unwrap().append_child(&table).unwrap();
    keep_root(table);
    body
}

fn keep_root(root: Element) {
    MOUNTED.with(|m| m.borrow_mut().roots.push(root));
}

/// Renders `C` with `props` into `root`; the app runs until [`unmount_all`]
/// or the next reset.
pub fn render_into<C: BaseComponent>(root: &Element, props: C::Properties) {
    let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    MOUNTED.with(|m| m.borrow_mut().apps.push(Box::new(move || app.destroy())));
}

/// Renders `C` with `props` into a fresh mount point and returns it.
pub fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let root = mount_point();
    render_into::<C>(&root, props);
    root
}

/// What [`Shown`] renders.
#[derive(Properties, PartialEq)]
pub struct ShownProps {
    pub html: Html,
}

/// Renders its `html` as given: mounts a view function (a component without
/// state, such as `components::bar_diagram::bar_diagram`) like a component.
#[function_component]
pub fn Shown(props: &ShownProps) -> Html {
    props.html.clone()
}

/// Renders `html` into a fresh mount point and returns it.
pub fn mount_html(html: Html) -> Element {
    mount::<Shown>(ShownProps { html })
}

/// Destroys every app mounted so far (as a page leaving them would) and
/// removes the mount points.
pub fn unmount_all() {
    let Mounted { apps, roots } = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    for destroy in apps {
        destroy();
    }
    for root in roots {
        root.remove();
    }
}

/// Lets the page finish what it has queued: Yew's pending renders and
/// effects (`yew::scheduler::flush` returns once its scheduler is idle), and
/// promise callbacks (all microtasks run before the next task, which the
/// 0 ms timeout waits for). Timers set for later are not waited for.
///
/// This is the wait for "the app has handled that event" and for "nothing
/// changes": there is no condition to poll for an absence, and anything the
/// app does in reply to an event without a timer has happened by then.
pub async fn idle() {
    yew::scheduler::flush().await;
    next_task().await;
    yew::scheduler::flush().await;
}

async fn next_task() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// `performance.now()`: milliseconds on a clock that only goes forward.
pub fn performance_now() -> f64 {
    let window = web_sys::window().unwrap();
    let perf = js_sys::Reflect::get(&window, &"performance".into()).unwrap();
    let now: js_sys::Function = js_sys::Reflect::get(&perf, &"now".into()).unwrap().into();
    now.call0(&perf).unwrap().as_f64().unwrap()
}

/// Waits until `ready()` holds, checking after each render pass and every few
/// milliseconds; fails after 2 s, naming `what` and showing the page's text.
pub async fn wait_for(what: &str, mut ready: impl FnMut() -> bool) {
    let start = performance_now();
    loop {
        idle().await;
        if ready() {
            return;
        }
        if performance_now() - start > TIMEOUT_MS {
            let page = web_sys::window()
                .unwrap()
                .document()
                .unwrap()
                .body()
                .unwrap()
                .inner_html();
            panic!("waited {TIMEOUT_MS} ms for {what}; the page is:\n{page}");
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Waits for an element matching `selector` inside `root` and returns it.
pub async fn wait_for_selector(root: &Element, selector: &str) -> Element {
    let mut found = None;
    wait_for(&format!("{selector} to be shown"), || {
        found = root.query_selector(selector).unwrap();
        found.is_some()
    })
    .await;
    found.unwrap()
}

/// Waits until `root`'s text contains `text`.
pub async fn wait_for_text(root: &Element, text: &str) {
    wait_for(&format!("the text {text:?}"), || {
        text_of(root).contains(text)
    })
    .await;
}

/// All the text in `root`.
pub fn text_of(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

/// The text of the element matching `selector` in `root`, which must be shown.
pub fn text(root: &Element, selector: &str) -> String {
    text_of(&find(root, selector))
}

/// The element matching `selector` in `root`, which must be shown.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is shown in {}", root.inner_html()))
}

/// The element matching `selector` as an `HtmlElement`, to click.
pub fn button(root: &Element, selector: &str) -> HtmlElement {
    find(root, selector).dyn_into().unwrap()
}

/// Clicks `element` and lets the app handle it.
pub async fn click(element: &HtmlElement) {
    element.click();
    idle().await;
}

/// Types `text` into the input with id `id`, as a keyboard would (an `input`
/// event that bubbles), and lets the app handle it.
pub async fn type_into(root: &Element, id: &str, text: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    idle().await;
}

/// Sets (or, with `None`, removes) a property of `window`.
pub fn set_global(name: &str, value: Option<&JsValue>) {
    let window = web_sys::window().unwrap();
    match value {
        Some(value) => {
            js_sys::Reflect::set(&window, &name.into(), value).unwrap();
        }
        None => {
            let _ = js_sys::Reflect::delete_property(&window, &name.into());
        }
    }
}
