//! Bottom tab bar: the four screens a lifter uses mid-session, in thumb reach.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BottomNavProps {
    pub current: Route,
}

/// (route, label, glyph) for each tab.
const TABS: [(Route, &str, &str); 4] = [
    (Route::Calculator, "Calculate", "±"),
    (Route::Plan, "Program", "▦"),
    (Route::Log, "Log", "✎"),
    (Route::History, "History", "↗"),
];

#[function_component]
pub fn BottomNav(props: &BottomNavProps) -> Html {
    html! {
        <nav class="bottom-nav" aria-label="Main">
            { for TABS.iter().map(|(route, label, glyph)| {
                let current = *route == props.current;
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
