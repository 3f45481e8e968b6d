//! The log screen: start today's session (from the program or empty), log it
//! set by set with a rest timer, finish it into the log, then review the
//! proposed progression.

mod add_exercise;
mod exercise_card;
mod finished;
mod proposals;
mod session_view;
pub mod set_row;
mod start;

use crate::state::use_app;
use liftsheet_domain::date::Date;
use liftsheet_domain::log::{session_result, Session, SessionId};
use liftsheet_domain::program::{PlanSettings, Program};
use liftsheet_domain::progression::{self, Proposal, Scope};
use liftsheet_domain::store::StoredDocument;
use session_view::SessionView;
use start::StartCard;
use yew::prelude::*;

/// Today on the lifter's wall calendar (the browser's local time zone).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|_| Date::from_ymd(2024, 1, 1).expect("a valid date"))
}

/// A session id no other tab or device will pick: today plus a random suffix.
pub fn fresh_session_id() -> SessionId {
    liftsheet_domain::log::new_session_id(today(), js_sys::Math::random())
}

/// Plan settings for the running program: the lifter's unit and bar, the
/// program's rounding, plates and warm-ups planned.
pub fn plan_base(doc: &StoredDocument, program: &Program) -> PlanSettings {
    PlanSettings {
        bar: doc.settings.bar.clone(),
        ..PlanSettings::for_program(program, doc.settings.unit)
    }
    .with_plates_and_warmups()
}

/// What finishing a session leads to, worked out before it is finished.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub session: SessionId,
    /// Proposed next maxes, when the session was the program's planned day.
    pub proposals: Option<Result<Vec<Proposal>, String>>,
    /// Lift names by key.
    pub names: Vec<(String, String)>,
}

/// Proposals for finishing `session` of the running program: the session's
/// results (and, when it ends the cycle, the cycle's sessions of the program
/// with per-cycle rules) through `progression::propose`. Nothing is applied.
pub fn finishing(doc: &StoredDocument, session: &Session) -> Finished {
    let mut out = Finished {
        session: session.id.clone(),
        proposals: None,
        names: Vec::new(),
    };
    let Some(active) = doc.program.as_ref() else {
        return out;
    };
    if session.program.as_deref() != Some(active.program.id.as_str()) {
        return out;
    }
    out.names = active
        .program
        .lifts
        .iter()
        .map(|l| (l.key.as_str().to_string(), l.name.clone()))
        .collect();
    let cycle_ends = active.clone().advance().cycle_finished;
    let (results, scope) = if cycle_ends {
        // The cycle's sessions: this one and the program's latest before it,
        // as many as the cycle has days.
        let days: usize = active
            .program
            .cycle(active.cycle)
            .map(|c| c.weeks.iter().map(|w| w.days.len()).sum())
            .unwrap_or(1);
        let mut earlier: Vec<&Session> = doc
            .log
            .iter()
            .filter(|s| s.program == session.program && s.id != session.id)
            .collect();
        earlier.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        let skip = earlier.len().saturating_sub(days.saturating_sub(1));
        let mut results: Vec<_> = earlier[skip..].iter().map(|s| session_result(s)).collect();
        results.push(session_result(session));
        (results, Scope::Cycle)
    } else {
        (vec![session_result(session)], Scope::Sessions)
    };
    let base = plan_base(doc, &active.program);
    let proposed = progression::propose(
        &active.program,
        &active.progress,
        &results,
        scope,
        &active.plan_settings(&base),
    )
    .map(|list| {
        list.into_iter()
            .filter(|p| p.from != p.to)
            .collect::<Vec<_>>()
    })
    .map_err(|e| e.to_string());
    out.proposals = Some(proposed);
    out
}

#[function_component]
pub fn LogScreen() -> Html {
    let app = use_app();
    // The session just finished here, to show its summary and proposals.
    let finished = use_state(|| None::<Finished>);
    let on_finished = {
        let finished = finished.clone();
        Callback::from(move |f: Finished| finished.set(Some(f)))
    };
    let proposals_done = {
        let finished = finished.clone();
        Callback::from(move |_| {
            if let Some(f) = (*finished).clone() {
                finished.set(Some(Finished {
                    proposals: None,
                    ..f
                }));
            }
        })
    };
    let on_done = {
        let finished = finished.clone();
        Callback::from(move |_| finished.set(None))
    };
    let just_finished = (*finished)
        .as_ref()
        .and_then(|f| app.doc.log.iter().find(|s| s.id == f.session))
        .cloned();
    html! {
        <section class="screen log-screen">
            if let Some(session) = app.doc.in_progress.clone() {
                <SessionView session={session} on_finished={on_finished} />
            } else {
                if let Some(session) = just_finished {
                    <finished::FinishedCard session={session} on_done={on_done} />
                    if let Some(f) = &*finished {
                        if let Some(Ok(list)) = &f.proposals {
                            if !list.is_empty() {
                                <proposals::ProposalsCard proposals={list.clone()} names={f.names.clone()}
                                    on_done={proposals_done} />
                            }
                        } else if let Some(Err(e)) = &f.proposals {
                            <p class="notice warn" role="status">{ format!("No progression proposed: {e}") }</p>
                        }
                    }
                }
                <StartCard />
            }
        </section>
    }
}
