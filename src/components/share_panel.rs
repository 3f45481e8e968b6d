//! "Share this program": a link carrying the program (and, if the lifter
//! chooses, their maxes) in the URL fragment, sent by the Web Share API where
//! the phone has it, copied to the clipboard otherwise, and shown as a QR code
//! for a training partner's phone.

use liftsheet_domain::program::{Maxes, Program};
use liftsheet_domain::share::{self, qr, SharedProgram};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub program: Program,
    pub maxes: Maxes,
}

/// The page address without its fragment, so links open this same app.
fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Calls `navigator.<method>(arg)` if the browser has it; false if not.
fn call_navigator(path: &[&str], arg: &JsValue) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut this: JsValue = window.navigator().into();
    for (i, name) in path.iter().enumerate() {
        let Ok(value) = js_sys::Reflect::get(&this, &JsValue::from_str(name)) else {
            return false;
        };
        if i + 1 == path.len() {
            let Ok(function) = value.dyn_into::<js_sys::Function>() else {
                return false;
            };
            return function.call1(&this, arg).is_ok();
        }
        if value.is_undefined() || value.is_null() {
            return false;
        }
        this = value;
    }
    false
}

fn has_web_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let include_maxes = use_state(|| false);
    let status = use_state(|| None::<String>);
    let link = use_memo(
        (props.program.clone(), props.maxes.clone(), *include_maxes),
        |(program, maxes, include)| {
            let shared = SharedProgram {
                program: program.clone(),
                maxes: (*include && !maxes.0.is_empty()).then(|| maxes.clone()),
            };
            share::encode(&shared).map(|payload| format!("{}#/share/{payload}", base_url()))
        },
    );
    let link = match &*link {
        Ok(link) => link.clone(),
        Err(error) => {
            return html! {
                <div class="card">
                    <h2>{"Share this program"}</h2>
                    <p class="notice error" role="alert">{ error.to_string() }</p>
                </div>
            };
        }
    };
    let qr_svg = qr::svg(&link).ok();
    let toggle = {
        let include_maxes = include_maxes.clone();
        Callback::from(move |_| include_maxes.set(!*include_maxes))
    };
    let send = {
        let link = link.clone();
        let status = status.clone();
        let title = props.program.name.clone();
        Callback::from(move |_| {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"title".into(), &title.as_str().into());
            let _ = js_sys::Reflect::set(&data, &"url".into(), &link.as_str().into());
            if has_web_share() && call_navigator(&["share"], &data) {
                status.set(None);
            } else if call_navigator(&["clipboard", "writeText"], &link.as_str().into()) {
                status.set(Some(
                    "Link copied. Paste it to your training partner.".into(),
                ));
            } else {
                status.set(Some(
                    "This browser can't copy for you: select the link above and copy it.".into(),
                ));
            }
        })
    };
    html! {
        <div class="card share-panel">
            <h2>{"Share this program"}</h2>
            <label class="check">
                <input type="checkbox" checked={*include_maxes} onchange={toggle} />
                {"Include my maxes"}
            </label>
            <div class="field">
                <label for="share-link">{ format!("Link ({} characters)", link.len()) }</label>
                <input id="share-link" type="url" readonly=true value={link.clone()} />
            </div>
            <div class="actions">
                <button class="primary" onclick={send}>
                    { if has_web_share() { "Share link…" } else { "Copy link" } }
                </button>
            </div>
            if let Some(message) = &*status {
                <p class="notice ok" role="status">{ message.clone() }</p>
            }
            if let Some(svg) = qr_svg {
                <figure class="qr" role="img" aria-label="QR code of the share link">
                    { Html::from_html_unchecked(AttrValue::from(svg)) }
                    <figcaption class="muted small">{"Scan with your partner's phone camera."}</figcaption>
                </figure>
            }
        </div>
    }
}
