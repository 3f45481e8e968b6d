//! The top bar: app name and the settings link.

use crate::route::Route;
use yew::prelude::*;

/// The header over a screen titled `title`. A plain view function, not a
/// component: it has no state, and each component costs the first-load app
/// about 1.6 KB of Yew glue.
pub fn header(title: &'static str) -> Html {
    html! {
        <header class="app-header">
            <a class="brand" href={Route::Calculator.href()} aria-label="Liftsheet home">
                <span class="brand-mark" aria-hidden="true">{"▮━▮"}</span>
                <span>{"Liftsheet"}</span>
            </a>
            <h1 class="screen-title">{ title }</h1>
            <a class="icon-link" href={Route::Settings.href()} aria-label="Settings">{"⚙"}</a>
        </header>
    }
}
