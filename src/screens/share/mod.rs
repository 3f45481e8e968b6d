//! The shared-program screen (`#/share/<payload>`): opens a link, previews the
//! program (and the sender's maxes, if sent), and adopts it as one of the
//! lifter's own programs without touching the log, the active program or
//! their maxes. A bad link explains itself and changes nothing.
//!
//! [`ShareScreen`] adopts into the document; [`ShareView`] draws the
//! preview and the result.

mod preview;

use crate::route::Route;
use crate::state::{program, use_app, Action};
use liftsheet_domain::share;
use preview::program_preview;
use yew::prelude::*;

pub use preview::weeks_a_cycle;

#[derive(Properties, PartialEq)]
pub struct ShareScreenProps {
    /// The encoded payload from `#/share/<payload>`.
    pub payload: AttrValue,
}

/// The share screen in the full app: adopting is a change to the document.
#[function_component]
pub fn ShareScreen(props: &ShareScreenProps) -> Html {
    let app = use_app();
    let adopt = {
        let app = app.clone();
        Callback::from(move |payload: AttrValue| {
            let payload = payload.to_string();
            app.dispatch(Action::Program(program::Change::AdoptShared { payload }));
            Ok(())
        })
    };
    html! {
        <ShareView
            payload={props.payload.clone()}
            {adopt}
            // A save that failed is reported in the banner: no "now in your programs".
            failed={app.problem.is_some()}
            disabled={app.read_only()}
        />
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareViewProps {
    /// The encoded payload from `#/share/<payload>`.
    pub payload: AttrValue,
    /// Adopts the link's program: `Ok` once it is kept, or why it isn't.
    pub adopt: Callback<AttrValue, Result<(), String>>,
    /// Adopting failed after `adopt` returned (reported elsewhere).
    #[prop_or_default]
    pub failed: bool,
    /// Adopting is off (a store this app may only read).
    #[prop_or_default]
    pub disabled: bool,
}

/// The preview and the "Use this program" card, whichever app adopts.
#[function_component]
pub fn ShareView(props: &ShareViewProps) -> Html {
    let opened = use_memo(props.payload.clone(), |payload| share::decode(payload));
    let adopted = use_state(|| None::<Result<(), String>>);
    let shared = match &*opened {
        Ok(shared) => shared,
        Err(error) => {
            return html! {
                <section class="screen">
                    <div class="card">
                        <h2>{"This link can't be opened"}</h2>
                        <p class="notice error" role="alert">{ error.to_string() }</p>
                        <p class="muted">{"Nothing was changed."}</p>
                        <div class="actions">
                            <a class="button primary" href={Route::Plan.href()}>{"Go to my program"}</a>
                        </div>
                    </div>
                </section>
            };
        }
    };
    let adopt = {
        let adopted = adopted.setter();
        let on_adopt = props.adopt.clone();
        let payload = props.payload.clone();
        Callback::from(move |_| adopted.set(Some(on_adopt.emit(payload.clone()))))
    };
    let card = match &*adopted {
        Some(Ok(())) if !props.failed => html! {
            <>
                <p class="notice ok" role="status">
                    { format!("“{}” is now in your programs. Your log, maxes and current program are unchanged.", shared.program.name) }
                </p>
                <div class="actions">
                    <a class="button primary" href={Route::Plan.href()}>{"Open my programs"}</a>
                </div>
            </>
        },
        adopted => html! {
            <>
                if let Some(Err(why)) = adopted {
                    <p class="notice error" role="alert">{ why.clone() }</p>
                }
                <p class="muted small">{"Adding it keeps your log, your maxes and the program you run as they are."}</p>
                <div class="actions">
                    <button class="primary" onclick={adopt} disabled={props.disabled}>{"Use this program"}</button>
                    <a class="button" href={Route::Plan.href()}>{"Not now"}</a>
                </div>
            </>
        },
    };
    html! {
        <section class="screen">
            { program_preview(shared) }
            <div class="card no-print">{ card }</div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::weeks_a_cycle;

    #[test]
    fn one_week_is_singular() {
        assert_eq!(weeks_a_cycle(1), "1 week a cycle");
        assert_eq!(weeks_a_cycle(4), "4 weeks a cycle");
    }
}
