//! A clock that ticks while a countdown runs: the rest timer and the hold
//! timer read `Date.now()` through it, four times a second.
//!
//! Countdowns never count ticks: they compute what is left from the moment
//! they started, so a phone that slept shows the right time when it wakes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Milliseconds since the epoch, as `Date.now()`.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Calls `window[name](...args)`. Timer ids stay JS numbers: they are not
/// always small integers (test clocks use ids past `i32`), and a truncated id
/// would leave the interval running after its closure is gone.
fn call_window(name: &str, args: &[&wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    let f: js_sys::Function = js_sys::Reflect::get(&window, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let list: js_sys::Array = args.iter().copied().collect();
    f.apply(&window, &list).ok()
}

/// The current time, updated every 250 ms while `running` (and once when it
/// starts); the interval is cleared when `running` turns false or the
/// component goes away.
#[hook]
pub fn use_now(running: bool) -> f64 {
    let now = use_state(now_ms);
    {
        let now = now.clone();
        use_effect_with(running, move |&running| {
            let mut timer = None;
            if running {
                now.set(now_ms());
                let tick = Closure::<dyn Fn()>::new(move || now.set(now_ms()));
                let id = call_window("setInterval", &[tick.as_ref(), &250.into()]);
                timer = Some((tick, id));
            }
            move || {
                if let Some((tick, Some(id))) = timer {
                    call_window("clearInterval", &[&id]);
                    drop(tick);
                }
            }
        });
    }
    *now
}
