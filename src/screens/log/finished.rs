//! After "Finish session": what was done, the records it set.

use crate::components::download::download_backup;
use crate::route::Route;
use crate::state::{use_app, Action, SaveState};
use liftsheet_domain::log::Session;
use liftsheet_domain::records::{pr, Loads};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FinishedProps {
    pub session: Session,
    pub on_done: Callback<()>,
}

#[function_component]
pub fn FinishedCard(props: &FinishedProps) -> Html {
    let app = use_app();
    let s = &props.session;
    let done = s.sets().filter(|(_, set)| set.done).count();
    let prs = pr::flags(&app.doc.log, Loads::library(&app.doc.bodyweight))
        .iter()
        .filter(|p| p.at.session == s.id)
        .count();
    let close = {
        let cb = props.on_done.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let missed = s.sets().filter(|(_, set)| set.done && set.missed()).count();
    let summary = match missed {
        0 => format!("{done} of {} sets done on {}.", s.set_count(), s.date),
        1 => format!(
            "{done} of {} sets done on {}; one fell short of its reps.",
            s.set_count(),
            s.date
        ),
        n => format!(
            "{done} of {} sets done on {}; {n} fell short of their reps.",
            s.set_count(),
            s.date
        ),
    };
    // "Saved" and the PRs only once storage really took the session.
    let body = match app.save_state() {
        SaveState::Saved => html! {
            <>
                <h2 id="finished-title">{"Session saved"}</h2>
                <p role="status" class="notice ok">
                    { summary }
                    if prs > 0 {
                        { " " }<span class="pr">{ format!("{prs} PR{}", if prs == 1 { "" } else { "s" }) }</span>
                    }
                </p>
            </>
        },
        SaveState::Pending => html! {
            <>
                <h2 id="finished-title">{"Saving session…"}</h2>
                <p role="status" class="notice">{ summary }</p>
            </>
        },
        SaveState::NotSaved { reason } => {
            let export = {
                let app = app.clone();
                Callback::from(move |_| download_backup(&app.doc))
            };
            let retry = {
                let app = app.clone();
                Callback::from(move |_| app.dispatch(Action::RetrySave))
            };
            html! {
                <>
                    <h2 id="finished-title">{"Session not saved"}</h2>
                    <div role="alert" class="notice error">
                        <p>{ format!("{summary} This session is only in this tab: {reason}") }</p>
                        <p>{"Export a backup to keep it. Once saving works again, your next change (or Try again) saves it."}</p>
                    </div>
                    <div class="actions">
                        <button class="button primary" onclick={export}>{"Export backup (JSON)"}</button>
                        <button class="button" onclick={retry}>{"Try again"}</button>
                    </div>
                </>
            }
        }
    };
    let saved = app.save_state() == SaveState::Saved;
    html! {
        <>
            <section class="card" aria-labelledby="finished-title">
                { body }
                <div class="actions">
                    <a class="button" href={Route::History.href()}>{"See it in History"}</a>
                    <button class="button" onclick={close}>{"Close"}</button>
                </div>
            </section>
            // A backup, when one is due: after the session is safely stored.
            if saved { <crate::components::backup_offer::BackupOffer /> }
        </>
    }
}
