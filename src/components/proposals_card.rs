//! Proposed progressions after a session: each lift's max from -> to and why.
//! The lifter confirms, edits the number, or keeps a lift where it is; only
//! "Apply" changes anything. They stay in the stored document, on the Log and
//! the Program tab alike ([`WaitingProposals`]), until applied or dismissed.

use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::document::session::waiting;
use liftsheet_domain::log::SessionId;
use liftsheet_domain::program::{MaxKind, Program};
use liftsheet_domain::progression::{LiftState, Proposal};
use liftsheet_domain::Weight;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Every proposal set waiting for the running program, oldest first, each
/// with Apply and Dismiss; a set that could not be made says why.
#[function_component]
pub fn WaitingProposals() -> Html {
    let app = use_app();
    let Some(active) = app.doc.program.as_ref() else {
        return html! {};
    };
    let cards = waiting(&app.doc).map(|p| {
        if !p.proposals.is_empty() {
            html! {
                <ProposalsCard key={p.session.0.clone()} session={p.session.clone()}
                    proposals={p.proposals.clone()} program={active.program.clone()} />
            }
        } else {
            let dismiss = {
                let app = app.clone();
                let session = p.session.clone();
                Callback::from(move |_| {
                    app.dispatch(Action::Session(Change::DismissProposals(session.clone())))
                })
            };
            let problem = p.problem.clone().unwrap_or_default();
            html! {
                <div class="notice warn" role="status" key={p.session.0.clone()}>
                    <span>{ format!("No progression proposed: {problem}") }</span>
                    <button class="button" onclick={dismiss}>{"OK"}</button>
                </div>
            }
        }
    });
    html! { <>{ for cards }</> }
}

#[derive(Properties, PartialEq)]
pub struct ProposalsProps {
    /// The session that proposed them.
    pub session: SessionId,
    pub proposals: Vec<Proposal>,
    /// The running program, for lift names, kinds and stage names.
    pub program: Program,
}

/// "265 lb, 3s": a lift state as the lifter reads it.
fn state_words(program: &Program, proposal: &Proposal, state: &LiftState) -> String {
    match program.stage_name(&proposal.lift, state.stage) {
        Some(stage) => format!("{}, {stage}", state.max),
        None => state.max.to_string(),
    }
}

#[function_component]
pub fn ProposalsCard(props: &ProposalsProps) -> Html {
    let app = use_app();
    // Per proposal: the new max as typed, and whether the lift is kept as is.
    let texts = use_state(|| {
        props
            .proposals
            .iter()
            .map(|p| p.to.max.number())
            .collect::<Vec<_>>()
    });
    let kept = use_state(|| vec![false; props.proposals.len()]);
    let lift_of = |p: &Proposal| props.program.lifts.iter().find(|l| l.key == p.lift);
    let name_of = |p: &Proposal| {
        lift_of(p)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| p.lift.to_string())
    };
    let kind_of = |p: &Proposal| match lift_of(p).map(|l| l.max) {
        Some(MaxKind::WorkWeight) => "working weight",
        Some(MaxKind::OneRepMax) => "1RM",
        _ => "training max",
    };
    let parsed: Vec<Result<Weight, String>> = props
        .proposals
        .iter()
        .zip(texts.iter())
        .map(|(p, t)| {
            Weight::parse(t, p.to.max.unit())
                .map_err(|e| e.to_string())
                .and_then(|w| {
                    if w.is_positive() {
                        Ok(w)
                    } else {
                        Err("A max must be above zero.".into())
                    }
                })
        })
        .collect();
    let any_error = parsed
        .iter()
        .zip(kept.iter())
        .any(|(r, k)| !k && r.is_err());
    let apply = {
        let app = app.clone();
        let proposals = props.proposals.clone();
        let parsed = parsed.clone();
        let kept = kept.clone();
        let session = props.session.clone();
        Callback::from(move |_| {
            let chosen: Vec<Proposal> = proposals
                .iter()
                .zip(&parsed)
                .zip(kept.iter())
                .filter(|(_, k)| !**k)
                .filter_map(|((p, w), _)| {
                    let mut p = p.clone();
                    p.to.max = w.clone().ok()?;
                    Some(p)
                })
                .collect();
            app.dispatch(Action::Session(Change::ApplyProposals {
                session: session.clone(),
                proposals: chosen,
                today: crate::clock::today(),
            }));
        })
    };
    let skip = {
        let app = app.clone();
        let session = props.session.clone();
        Callback::from(move |_| {
            app.dispatch(Action::Session(Change::DismissProposals(session.clone())))
        })
    };
    html! {
        <section class="card proposals" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{"Proposed for next time"}</h2>
            <p class="muted small">{"Nothing changes until you apply; these wait here until you do. Edit a number, or keep a lift where it is."}</p>
            <ul class="proposal-list">
                { for props.proposals.iter().enumerate().map(|(i, p)| {
                    let name = name_of(p);
                    let kind = kind_of(p);
                    let id = format!("proposal-{}-{}", props.session.as_str(), p.lift);
                    let on_text = {
                        let texts = texts.clone();
                        Callback::from(move |e: InputEvent| {
                            let mut v = (*texts).clone();
                            v[i] = e.target_unchecked_into::<HtmlInputElement>().value();
                            texts.set(v);
                        })
                    };
                    let on_keep = {
                        let kept = kept.clone();
                        Callback::from(move |e: Event| {
                            let mut v = (*kept).clone();
                            v[i] = e.target_unchecked_into::<HtmlInputElement>().checked();
                            kept.set(v);
                        })
                    };
                    let is_kept = kept[i];
                    html! {
                        <li class={classes!("proposal", is_kept.then_some("kept"))}>
                            <p class="proposal-line">
                                <strong>{ name.clone() }</strong>{ ": " }
                                <span class="num">{ state_words(&props.program, p, &p.from) }</span>{ " → " }
                                <span class="num">{ state_words(&props.program, p, &p.to) }</span>
                            </p>
                            <p class="muted small">{ p.reason.clone() }</p>
                            <div class="field">
                                <label for={id.clone()}>{ format!("New {kind} for {name} ({})", p.to.max.unit()) }</label>
                                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off"
                                    value={texts[i].clone()} oninput={on_text} disabled={is_kept}
                                    aria-invalid={(!is_kept && parsed[i].is_err()).then_some("true")} />
                                if let (false, Err(e)) = (is_kept, &parsed[i]) {
                                    <p class="field-error">{ e.clone() }</p>
                                }
                            </div>
                            <label class="check">
                                <input type="checkbox" checked={is_kept} onchange={on_keep} />
                                { format!("Keep {name} as it is ({})", state_words(&props.program, p, &p.from)) }
                            </label>
                        </li>
                    }
                }) }
            </ul>
            <div class="actions">
                <button class="button primary" onclick={apply} disabled={any_error}>{"Apply"}</button>
                <button class="button" onclick={skip}>{"Dismiss"}</button>
            </div>
        </section>
    }
}
