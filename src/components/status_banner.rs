//! Banners at the top of every screen: storage problems (with a way to export
//! the data as it is), a refused change, and "a new version is ready".

use crate::components::download::{download_backup, download_text};
use crate::components::update_banner::update_banner;
use crate::state::{use_app, Action};
use crate::storage::{self, Persistence};
use yew::prelude::*;

#[function_component]
pub fn StatusBanner() -> Html {
    let app = use_app();
    let persistence = match &app.persistence {
        Persistence::Saved => html! {},
        Persistence::ReadOnly { reason } => {
            let export = Callback::from(|_| {
                if let Some(raw) = storage::raw() {
                    download_text("liftsheet-unreadable-backup.json", "application/json", &raw);
                }
            });
            html! {
                <div class="banner error" role="alert">
                    <span>{ format!("Read-only: {reason}") }</span>
                    <button onclick={export}>{"Export stored data"}</button>
                </div>
            }
        }
        Persistence::Unavailable { reason } => html! {
            <div class="banner error" role="alert"><span>{ reason.clone() }</span></div>
        },
        // Storage refused the last write: the work is in memory; offer it.
        Persistence::SaveFailed { reason } => {
            let export = {
                let app = app.clone();
                Callback::from(move |_| download_backup(&app.doc))
            };
            let retry = {
                let app = app.clone();
                Callback::from(move |_| app.dispatch(Action::RetrySave))
            };
            html! {
                <div class="banner error" role="alert">
                    <span>{ reason.clone() }</span>
                    <button onclick={export}>{"Export backup"}</button>
                    <button onclick={retry}>{"Try again"}</button>
                </div>
            }
        }
    };
    let problem = app.problem.as_ref().map(|problem| {
        let dismiss = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::DismissProblem))
        };
        html! {
            <div class="banner error" role="alert">
                <span>{ problem.clone() }</span>
                <button onclick={dismiss}>{"OK"}</button>
            </div>
        }
    });
    let update = app.update_ready.then(update_banner);
    html! { <>{ persistence }{ for problem }{ for update }</> }
}
