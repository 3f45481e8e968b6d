//! The rest timer between sets: a big m:ss countdown that buzzes and beeps at
//! zero.
//!
//! The time left is always computed from the moment the rest started
//! ([`liftsheet_domain::log::rest::remaining_secs`]), so a phone that put the
//! tab to sleep shows the right time when it wakes. At zero the phone
//! vibrates (`navigator.vibrate`) and a short tone plays (Web Audio
//! `OscillatorNode`, no audio file) where the browser allows it.

use liftsheet_domain::log::rest::{clock, remaining_secs};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A running rest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rest {
    /// `Date.now()` when the rest started.
    pub started_ms: f64,
    pub duration_secs: u32,
    /// What the rest follows ("work set"), for the label.
    pub after: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct RestTimerProps {
    pub rest: Rest,
    /// Add (or, negative, take away) seconds.
    pub on_adjust: Callback<i32>,
    /// Stop the timer.
    pub on_stop: Callback<()>,
}

/// Milliseconds since the epoch, as `Date.now()`.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Buzz and beep, best effort: browsers that refuse (no vibration motor, audio
/// not yet allowed) simply stay quiet.
pub fn alert() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().vibrate_with_duration(400);
    }
    let _ = beep();
}

fn beep() -> Result<(), wasm_bindgen::JsValue> {
    let ctx = web_sys::AudioContext::new()?;
    let osc = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    osc.frequency().set_value(880.0);
    let t = ctx.current_time();
    gain.gain().set_value_at_time(0.25, t)?;
    gain.gain().linear_ramp_to_value_at_time(0.0, t + 0.35)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start()?;
    osc.stop_with_when(t + 0.4)?;
    // Let the context go once the tone is over.
    let done = Closure::once_into_js(move || {
        let _ = ctx.close();
    });
    osc.set_onended(Some(done.unchecked_ref()));
    Ok(())
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

#[function_component]
pub fn RestTimer(props: &RestTimerProps) -> Html {
    let now = use_state(now_ms);
    let rest = props.rest;

    {
        let now = now.clone();
        use_effect_with(rest, move |rest| {
            // Alert once per rest; a rest already over when shown stays quiet.
            let flag = Rc::new(Cell::new(
                remaining_secs(rest.started_ms, now_ms(), rest.duration_secs) == 0,
            ));
            let rest = *rest;
            let tick = Closure::<dyn Fn()>::new(move || {
                let t = now_ms();
                now.set(t);
                if !flag.get() && remaining_secs(rest.started_ms, t, rest.duration_secs) == 0 {
                    flag.set(true);
                    alert();
                }
            });
            let id = call_window("setInterval", &[tick.as_ref(), &250.into()]);
            move || {
                if let Some(id) = id {
                    call_window("clearInterval", &[&id]);
                }
                drop(tick);
            }
        });
    }

    let left = remaining_secs(rest.started_ms, *now, rest.duration_secs);
    let over = left == 0;
    let adjust = |by: i32| {
        let cb = props.on_adjust.clone();
        Callback::from(move |_| cb.emit(by))
    };
    let stop = {
        let cb = props.on_stop.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class={classes!("card", "rest-timer", over.then_some("over"))} aria-label="Rest timer">
            <div class="rest-row">
                <div>
                    <p class="muted small rest-after">{ format!("Rest after {}", rest.after) }</p>
                    <p class="rest-clock" role="timer" aria-label={format!("Rest left {}", clock(left))}>
                        { clock(left) }
                    </p>
                    if over {
                        <p class="rest-go" role="status">{"Rest over: next set!"}</p>
                    }
                </div>
                <div class="rest-buttons">
                    <button class="button" onclick={adjust(-30)} aria-label="30 seconds less">{"−30 s"}</button>
                    <button class="button" onclick={adjust(30)} aria-label="30 seconds more">{"+30 s"}</button>
                    <button class="button" onclick={stop}>{ if over { "Dismiss" } else { "Skip rest" } }</button>
                </div>
            </div>
        </section>
    }
}
