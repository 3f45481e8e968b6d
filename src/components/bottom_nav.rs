//! Bottom tab bar: the four screens a lifter uses mid-session, in thumb reach.

use crate::route::Route;
use yew::prelude::*;

/// (route, label, glyph) for each tab.
const TABS: [(Route, &str, &str); 4] = [
    (Route::Calculator, "Calculate", "±"),
    (Route::Plan, "Program", "▦"),
    (Route::Log, "Log", "✎"),
    (Route::History, "History", "↗"),
];

/// The tab bar with `current`'s tab marked. A plain function, not a
/// component: it has no state, and each component type costs the first load
/// its own copy of Yew's lifecycle code.
pub fn bottom_nav(current: &Route) -> Html {
    html! {
        <nav class="bottom-nav" aria-label="Main">
            { for TABS.iter().map(|(route, label, glyph)| {
                let current = route == current;
                html! {
                    <a href={route.href()}
                       class={classes!("tab", current.then_some("current"))}
                       aria-current={current.then_some("page")}>
                        <span class="tab-glyph" aria-hidden="true">{ *glyph }</span>
                        <span class="tab-label">{ *label }</span>
                    </a>
                }
            }) }
        </nav>
    }
}
