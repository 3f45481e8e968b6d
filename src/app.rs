//! The root component: state at the top, the shell around the current screen.

use crate::components::bottom_nav::BottomNav;
use crate::components::header::Header;
use crate::route::{use_route, Route};
use crate::screens::{
    calculator::CalculatorScreen, history::HistoryScreen, log::LogScreen,
    not_found::NotFoundScreen, plan::PlanScreen, settings::SettingsScreen, share::ShareScreen,
};
use crate::state::{AppContext, AppState};
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let route = use_route();
    let (title, screen) = match &route {
        Route::Calculator => ("Calculate", html! { <CalculatorScreen /> }),
        Route::Plan => ("Program", html! { <PlanScreen /> }),
        Route::Log => ("Log", html! { <LogScreen /> }),
        Route::History => ("History", html! { <HistoryScreen /> }),
        Route::Settings => ("Settings", html! { <SettingsScreen /> }),
        Route::Share(_) => ("Shared program", html! { <ShareScreen /> }),
        Route::NotFound(path) => (
            "Not found",
            html! { <NotFoundScreen path={path.clone()} /> },
        ),
    };
    html! {
        <ContextProvider<AppContext> context={state}>
            <Header title={title} />
            <main class="content" id="main">{ screen }</main>
            <BottomNav current={route} />
        </ContextProvider<AppContext>>
    }
}
