//! The rest timer between sets: a big m:ss countdown that buzzes and beeps at
//! zero.
//!
//! The time left is always computed from the moment the rest started
//! ([`liftsheet_domain::log::rest::remaining_secs`]), so a phone that put the
//! tab to sleep shows the right time when it wakes. At zero the phone
//! vibrates (`navigator.vibrate`) and a short tone plays (Web Audio
//! `OscillatorNode`, no audio file) where the browser allows it.

use super::ticker::use_now;
use liftsheet_domain::log::rest::{clock, remaining_secs};
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

pub use super::ticker::now_ms;

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

#[function_component]
pub fn RestTimer(props: &RestTimerProps) -> Html {
    let rest = props.rest;
    let now = use_now(true);
    let left = remaining_secs(rest.started_ms, now, rest.duration_secs);
    // Alert once per rest, when it runs out while shown; a rest already over
    // when first shown (or adjusted) stays quiet, as it did before.
    let seen = use_mut_ref(|| (None::<Rest>, None::<Rest>));
    {
        let seen = seen.clone();
        use_effect_with((rest, left == 0), move |&(rest, over)| {
            let (shown, alerted) = &mut *seen.borrow_mut();
            if *shown != Some(rest) {
                *shown = Some(rest);
                if over {
                    *alerted = Some(rest);
                }
            } else if over && *alerted != Some(rest) {
                *alerted = Some(rest);
                alert();
            }
        });
    }
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
