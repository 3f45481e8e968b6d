//! The session in progress: its exercises and sets, the rest timer, notes,
//! finish and discard.

use super::add_exercise::AddExercise;
use super::exercise_card::ExerciseCard;
use crate::components::field::Field;
use crate::components::lifted_on;
use crate::components::rest_timer::{now_ms, Rest, RestTimer};
use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::log::{self, LoggedExercise, Session, SessionId, SetId, SetKind};
use liftsheet_domain::Unit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionViewProps {
    pub session: Session,
    /// The finished session's id.
    pub on_finished: Callback<SessionId>,
}

fn after_label(kind: SetKind) -> &'static str {
    match kind {
        SetKind::Warmup => "a warm-up",
        SetKind::Work => "a work set",
        SetKind::Amrap => "an AMRAP set",
        SetKind::Supplemental => "a supplemental set",
        SetKind::Accessory => "an accessory set",
        SetKind::Hold => "a hold",
    }
}

/// Each set of `ex` as the lifter did the same set last time ("255 lb × 5",
/// "40 s"), from the newest finished session of the exercise on or before
/// this one's day (`log::last_time`).
fn last_texts(
    log: &[Session],
    s: &Session,
    ex: &LoggedExercise,
    unit: Unit,
) -> Vec<Option<AttrValue>> {
    let Some(before) = log::last_time(log, s, ex) else {
        return Vec::new();
    };
    log::same_sets(before, ex)
        .into_iter()
        .map(|set| {
            set.map(|set| {
                if set.kind.is_hold() {
                    log::logged_hold_text(set.weight, set.reps, unit)
                } else {
                    log::logged_set_text(set.weight, set.reps, unit)
                }
                .into()
            })
        })
        .collect()
}

#[function_component]
pub fn SessionView(props: &SessionViewProps) -> Html {
    let app = use_app();
    let s = &props.session;
    let confirm_discard = use_state(|| false);
    let notes = use_state(|| s.notes.clone());

    // The rest lives on the session (it survives a tab switch or a reload).
    let on_checked = {
        let app = app.clone();
        Callback::from(move |after: SetKind| {
            app.dispatch(Action::Session(Change::StartRest {
                now_ms: now_ms(),
                after,
            }));
        })
    };
    let on_adjust = {
        let app = app.clone();
        Callback::from(move |by: i32| app.dispatch(Action::Session(Change::AdjustRest(by))))
    };
    let on_stop = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Session(Change::StopRest)))
    };
    let rest = s.rest.map(|r| Rest {
        started_ms: r.started_ms,
        duration_secs: r.seconds,
        after: after_label(r.after),
    });
    // Removing a set is undone from the undo notice (components/undo_notice.rs).
    let on_remove = {
        let app = app.clone();
        Callback::from(move |id: SetId| app.dispatch(Action::Session(Change::RemoveSet(id))))
    };
    // The day it was lifted: today unless he logs an earlier one.
    let today = crate::clock::today();
    let (refused, on_date) = {
        let app = app.clone();
        lifted_on::use_lifted_on(
            today,
            Callback::from(move |date| app.dispatch(Action::Session(Change::Date { date, today }))),
        )
    };
    let on_notes = {
        let app = app.clone();
        let notes = notes.clone();
        Callback::from(move |v: String| {
            app.dispatch(Action::Session(Change::Notes(v.clone())));
            notes.set(v);
        })
    };
    // Finishing never logs a number the lifter typed but the app couldn't
    // keep, and asks once before logging a session with nothing checked off.
    let finish_problem = use_state(|| None::<&'static str>);
    let confirm_nothing_done = use_state(|| false);
    let nothing_done = s.set_count() > 0 && s.sets().all(|(_, set)| !set.done);
    let finish = {
        let app = app.clone();
        let session = s.clone();
        let cb = props.on_finished.clone();
        let (problem, confirm) = (finish_problem.clone(), confirm_nothing_done.clone());
        Callback::from(move |_| {
            let invalid = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".log-screen").ok().flatten())
                .is_some_and(|screen| crate::components::set_field::any_invalid(&screen));
            if invalid {
                problem.set(Some(crate::components::set_field::FIX_RED_FIELD));
                return;
            }
            problem.set(None);
            if nothing_done && !*confirm {
                confirm.set(true);
                return;
            }
            confirm.set(false);
            app.dispatch(Action::Session(Change::Finish));
            cb.emit(session.id.clone());
        })
    };
    let not_yet = {
        let confirm = confirm_nothing_done.clone();
        Callback::from(move |_| confirm.set(false))
    };
    let discard = {
        let app = app.clone();
        let confirm = confirm_discard.clone();
        Callback::from(move |_| {
            if *confirm {
                app.dispatch(Action::Session(Change::Discard));
                confirm.set(false);
            } else {
                confirm.set(true);
            }
        })
    };
    let keep = {
        let confirm = confirm_discard.clone();
        Callback::from(move |_| confirm.set(false))
    };

    let done = s.sets().filter(|(_, set)| set.done).count();
    // The next set to do: the first not checked off, in the session's order.
    let next = s.sets().find(|(_, set)| !set.done).map(|(_, set)| set.id);
    let title = if s.day_label.is_empty() {
        "Session".to_string()
    } else {
        s.day_label.clone()
    };
    html! {
        <>
            <section class="card session-head" aria-labelledby="session-title">
                <h2 id="session-title">{ title }</h2>
                <p class="muted">{ format!("{done} of {} sets done", s.set_count()) }</p>
                { lifted_on::lifted_on("session-date", lifted_on::shown(&refused, s.date), today, refused.as_ref().map(|r| r.1), on_date) }
            </section>
            if let Some(r) = rest {
                <RestTimer rest={r} on_adjust={on_adjust} on_stop={on_stop} />
            }
            if s.lifts.is_empty() {
                <p class="muted">{"No exercises yet: add one below."}</p>
            }
            { for s.lifts.iter().enumerate().map(|(i, ex)| html! {
                <ExerciseCard key={format!("{i}-{}", ex.lift)} index={i} exercise={ex.clone()}
                    last={last_texts(&app.doc.log, s, ex, app.doc.settings.unit)} next={next}
                    on_checked={on_checked.clone()} on_remove={on_remove.clone()} />
            }) }
            <AddExercise />
            <section class="card" aria-label="Finish">
                <Field id="session-notes" label="Session notes" inputmode="text"
                    value={(*notes).clone()} oninput={on_notes}
                    placeholder={AttrValue::from("How did it go?")} />
                if let Some(problem) = *finish_problem {
                    <p class="notice error" role="alert">{ problem }</p>
                }
                if *confirm_nothing_done {
                    <div class="notice warn" role="alert">
                        <p>{"None of these sets is checked off. Log the session anyway?"}</p>
                        <div class="actions">
                            <button class="button" onclick={finish.clone()}>{"Log it anyway"}</button>
                            <button class="button" onclick={not_yet}>{"Go back"}</button>
                        </div>
                    </div>
                }
                <div class="actions">
                    <button class="button primary big-button" onclick={finish}>{"Finish session"}</button>
                    if *confirm_discard {
                        <button class="button danger" onclick={discard.clone()}>{"Yes, discard this session"}</button>
                        <button class="button" onclick={keep}>{"Keep it"}</button>
                    } else {
                        <button class="button danger" onclick={discard}>{"Discard session"}</button>
                    }
                </div>
            </section>
        </>
    }
}
