//! "Back up now" after a finished session, when a backup is due (none made
//! yet, or the last is the lifter's interval old): one tap sends the
//! backup where the device allows (`download::send_backup`) and records the
//! day in the document. "Not now" hides it until the next finished session.

use crate::components::download::{send_backup, Sent};
use crate::state::{backup::Change, use_app, Action, AppContext};
use liftsheet_domain::date::Date;
use yew::prelude::*;

/// "Back up now": sends the document in memory and records the day and
/// place once it went (Settings' backup card uses it too, and with
/// `new_file` for "Choose a different file").
pub fn back_up(app: &AppContext, today: Date, new_file: bool) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_| {
        let dispatch = app.dispatcher();
        let done = Callback::from(move |sent: Sent| {
            dispatch.dispatch(Action::Backup(Change::Made {
                on: today,
                place: sent.place,
                file: sent.file,
            }))
        });
        send_backup(&app.doc, new_file, done)
    })
}

#[function_component]
pub fn BackupOffer() -> Html {
    let app = use_app();
    let today = crate::clock::today();
    let dismissed = use_state(|| false);
    if *dismissed || app.read_only() || !app.doc.backups.due(today) {
        return html! {};
    }
    let last = match &app.doc.backups.last {
        None => "You haven't backed up yet.".to_string(),
        Some(made) => match today.days_since(made.on) {
            1 => format!("Last backup: {} (yesterday).", made.on),
            n => format!("Last backup: {} ({n} days ago).", made.on),
        },
    };
    let back_up = back_up(&app, today, false);
    let not_now = Callback::from(move |_| dismissed.set(true));
    html! {
        <section class="card backup-offer" aria-labelledby="backup-offer-title">
            <h2 id="backup-offer-title">{"Back up your log"}</h2>
            <p>{"Keep a copy off this phone: a file you can put in Drive, Files or mail."}</p>
            <p class="muted small">{ last }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={back_up}>{"Back up now"}</button>
                <button type="button" class="button" onclick={not_now}>{"Not now"}</button>
            </div>
        </section>
    }
}
