//! Proposed progressions after a session: each lift's max from -> to and why.
//! The lifter confirms, edits the number, or keeps a lift where it is; only
//! "Apply" changes anything. They stay in the stored document (and on the
//! Log tab) until applied or dismissed.

use crate::state::{session::Change, use_app, Action};
use liftsheet_domain::progression::Proposal;
use liftsheet_domain::Weight;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProposalsProps {
    pub proposals: Vec<Proposal>,
    /// Lift names by key, for display.
    pub names: Vec<(String, String)>,
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
    let name_of = |key: &str| {
        props
            .names
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| key.to_string())
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
            app.dispatch(Action::Session(Change::ApplyProposals(chosen)));
        })
    };
    let skip = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::Session(Change::DismissProposals)))
    };
    html! {
        <section class="card proposals" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{"Next maxes"}</h2>
            <p class="muted small">{"Nothing changes until you apply; these wait here until you do. Edit a number, or keep a lift where it is."}</p>
            <ul class="proposal-list">
                { for props.proposals.iter().enumerate().map(|(i, p)| {
                    let name = name_of(p.lift.as_str());
                    let id = format!("proposal-{i}");
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
                                <span class="num">{ p.from.max.to_string() }</span>{ " → " }
                                <span class="num">{ p.to.max.to_string() }</span>
                            </p>
                            <p class="muted small">{ p.reason.clone() }</p>
                            <div class="field">
                                <label for={id.clone()}>{ format!("New max for {name} ({})", p.to.max.unit()) }</label>
                                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off"
                                    value={texts[i].clone()} oninput={on_text} disabled={is_kept}
                                    aria-invalid={(!is_kept && parsed[i].is_err()).then_some("true")} />
                                if let (false, Err(e)) = (is_kept, &parsed[i]) {
                                    <p class="field-error">{ e.clone() }</p>
                                }
                            </div>
                            <label class="check">
                                <input type="checkbox" checked={is_kept} onchange={on_keep} />
                                { format!("Keep {name} at {}", p.from.max) }
                            </label>
                        </li>
                    }
                }) }
            </ul>
            <div class="actions">
                <button class="button primary" onclick={apply} disabled={any_error}>{"Apply new maxes"}</button>
                <button class="button" onclick={skip}>{"Dismiss"}</button>
            </div>
        </section>
    }
}
