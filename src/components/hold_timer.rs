//! The countdown of a timed hold (plank, back-extension hold): start it, hold,
//! and at zero the phone buzzes and beeps like the rest timer and the hold is
//! logged at its full time; stop early and the seconds held are logged.
//!
//! The seconds held are computed from the moment the hold started
//! ([`liftsheet_domain::log::rest::held_secs`]), never by counting ticks.

use super::rest_timer::alert;
use super::ticker::{now_ms, use_now};
use liftsheet_domain::log::rest::{clock, held_secs};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HoldTimerProps {
    /// Seconds to hold.
    pub target_secs: u32,
    /// "Plank set 1": names the buttons.
    pub name: AttrValue,
    /// The hold ended: the whole seconds held (the target when it ran out).
    pub on_held: Callback<u32>,
}

#[function_component]
pub fn HoldTimer(props: &HoldTimerProps) -> Html {
    let started = use_state(|| None::<f64>);
    let now = use_now(started.is_some());
    let target = props.target_secs;
    let held = started.map_or(0, |t| held_secs(t, now, target));
    {
        // The hold ran out: buzz, beep and log it at its full time.
        let started = started.clone();
        let on_held = props.on_held.clone();
        use_effect_with(started.is_some() && held >= target, move |&over| {
            if over {
                alert();
                started.set(None);
                on_held.emit(target);
            }
        });
    }
    match *started {
        None => {
            let onclick = {
                let started = started.clone();
                Callback::from(move |_| started.set(Some(now_ms())))
            };
            html! {
                <button class="button hold-start" {onclick}
                    aria-label={format!("Start {} hold, {target} seconds", props.name)}>
                    { format!("Start hold · {}", clock(target)) }
                </button>
            }
        }
        Some(_) => {
            let stop = {
                let started = started.clone();
                let on_held = props.on_held.clone();
                Callback::from(move |_| {
                    if let Some(t) = *started {
                        started.set(None);
                        on_held.emit(held_secs(t, now_ms(), target));
                    }
                })
            };
            let left = target.saturating_sub(held);
            html! {
                <div class="hold-timer rest-row" role="group" aria-label={format!("{} hold", props.name)}>
                    <p class="rest-clock" role="timer" aria-label={format!("Hold left {}", clock(left))}>
                        { clock(left) }
                    </p>
                    <button class="button primary" onclick={stop}>
                        { format!("Stop: held {}", clock(held)) }
                    </button>
                </div>
            }
        }
    }
}
