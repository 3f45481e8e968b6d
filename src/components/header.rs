//! The top bar: app name and the settings link.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    html! {
        <header class="app-header">
            <a class="brand" href={Route::Calculator.href()} aria-label="Liftsheet home">
                <span class="brand-mark" aria-hidden="true">{"▮━▮"}</span>
                <span>{"Liftsheet"}</span>
            </a>
            <h1 class="screen-title">{ props.title.clone() }</h1>
            <a class="icon-link" href={Route::Settings.href()} aria-label="Settings">{"⚙"}</a>
        </header>
    }
}
