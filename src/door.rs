//! What the two first-load apps (the calculator, [`crate::calculator_app`];
//! the share door, [`crate::share_app`]) share around their one screen: the
//! "new version" banner, and the hand-over to the full app when the lifter
//! leaves that screen, with a message and "Try again" if the full app can't
//! be fetched ([`crate::handoff`]).

use crate::components::update_banner::update_banner;
use crate::handoff;
use crate::route::Route;
use yew::prelude::*;

/// The state [`use_door`] keeps.
pub struct Door {
    /// The service worker has a new build waiting.
    pub update_ready: bool,
    /// Why the full app couldn't be loaded, or a save failed.
    pub failure: Option<String>,
    /// Shows (Some) or clears (None) a failure message.
    pub set_failure: UseStateSetter<Option<String>>,
    hand_over: Callback<()>,
}

impl Door {
    /// The banners over the screen: a new version, and what failed (with
    /// "Try again" and a link `back` to `home` when the hand-over failed).
    pub fn banners(&self, route: &Route, home: &Route, back: &'static str) -> Html {
        let problem = self.failure.as_ref().map(|why| {
            let retry = self.hand_over.reform(|_: MouseEvent| ());
            html! {
                <div class="banner error" role="alert">
                    <span>{ why.clone() }</span>
                    if route != home {
                        <button type="button" onclick={retry}>{"Try again"}</button>
                        <a href={home.href()}>{ back }</a>
                    }
                </div>
            }
        });
        html! {
            <>
                { for self.update_ready.then(update_banner) }
                { for problem }
            </>
        }
    }
}

/// Registers the service worker, and hands over to the full app whenever
/// `leaving` turns true (the lifter left this app's screen, or it found a
/// store only the full app may handle). `still_here` ends the message when
/// the full app can't be fetched: what still works.
#[hook]
pub fn use_door(leaving: bool, still_here: &'static str) -> Door {
    let update_ready = use_state(|| false);
    let failure = use_state(|| None::<String>);
    {
        let update_ready = update_ready.setter();
        use_effect_with((), move |_| {
            crate::pwa::register(Callback::from(move |_| update_ready.set(true)))
        });
    }
    let hand_over = {
        let failure = failure.setter();
        Callback::from(move |_: ()| {
            failure.set(None);
            let failure = failure.clone();
            handoff::to_full_app(Callback::from(move |why: String| {
                failure.set(Some(format!(
                    "Liftsheet couldn't load the rest of the app: it isn't stored on this phone \
                     yet and the network failed ({why}). {still_here}"
                )))
            }));
        })
    };
    {
        let hand_over = hand_over.clone();
        let failure = failure.setter();
        use_effect_with(leaving, move |leaving| {
            if *leaving {
                hand_over.emit(());
            } else {
                // Back on this screen: an old failure is moot.
                failure.set(None);
            }
        });
    }
    Door {
        update_ready: *update_ready,
        failure: (*failure).clone(),
        set_failure: failure.setter(),
        hand_over,
    }
}
