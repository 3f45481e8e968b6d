//! Every logged session, newest first, a page at a time.

use super::session_editor::SessionEditor;
use crate::screens::log::set_row::kind_label;
use crate::state::use_app;
use liftsheet_domain::log::{logged_hold_text, logged_set_text, newest_first, SessionId, SetKind};
use liftsheet_domain::records::{library_bodyweight_plus, load_text, PrKind, Records};
use std::rc::Rc;
use yew::prelude::*;

/// Sessions shown per "Show more".
const PAGE: usize = 20;

/// What a PR flag's set beat ([`liftsheet_domain::records::pr`]).
fn pr_title(kind: PrKind) -> &'static str {
    match kind {
        PrKind::Rep => "Rep record",
        PrKind::E1rm => "e1RM record",
        PrKind::RepAndE1rm => "Rep and e1RM record",
    }
}

#[derive(Properties, PartialEq)]
pub struct SessionListProps {
    pub records: Rc<Records>,
}

#[function_component]
pub fn SessionList(props: &SessionListProps) -> Html {
    let app = use_app();
    let shown = use_state(|| PAGE);
    // The session being corrected, if any.
    let editing = use_state(|| None::<SessionId>);
    let sessions = newest_first(&app.doc.log);
    let unit = app.doc.settings.unit;
    let total = sessions.len();
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE))
    };
    html! {
        <section class="sessions" aria-labelledby="sessions-title">
            <h2 id="sessions-title" class="section-title">{ format!("Sessions ({total})") }</h2>
            { for sessions.iter().take(*shown).map(|s| {
                let title = if s.day_label.is_empty() { "Session".to_string() } else { s.day_label.clone() };
                if editing.as_ref() == Some(&s.id) {
                    let close = {
                        let editing = editing.clone();
                        Callback::from(move |_| editing.set(None))
                    };
                    return html! {
                        <SessionEditor key={s.id.0.clone()} session={(*s).clone()} title={title} on_close={close} />
                    };
                }
                let edit = {
                    let (editing, id) = (editing.clone(), s.id.clone());
                    Callback::from(move |_| editing.set(Some(id.clone())))
                };
                html! {
                    <article class="card session-card" key={s.id.0.clone()} aria-label={format!("{} {}", s.date, title)}>
                        <header class="session-card-head">
                            <h3>{ title.clone() }</h3>
                            <time datetime={s.date.to_string()} class="muted">{ format!("{} {}", s.date.weekday().short(), s.date) }</time>
                            <button class="button small-button" onclick={edit}
                                aria-label={format!("Edit {} {}", s.date, title)}>{"Edit"}</button>
                        </header>
                        { for s.lifts.iter().map(|ex| html! {
                            <div class="history-exercise">
                                <h4>{ ex.name.clone() }</h4>
                                <ul class="history-sets">
                                    { for ex.sets.iter().map(|set| {
                                        let pr = props.records.pr_of(&s.id, set.id);
                                        let mut text = if set.kind.is_hold() {
                                            logged_hold_text(set.weight, set.reps, unit)
                                        } else if library_bodyweight_plus(&ex.lift) {
                                            // "BW + 10 kg × 5": the added weight as logged.
                                            let bw = Some(liftsheet_domain::Weight::zero(unit));
                                            format!("{} × {}", load_text(set.weight, bw, unit), set.reps)
                                        } else {
                                            logged_set_text(set.weight, set.reps, unit)
                                        };
                                        if let Some(rpe) = set.rpe { text.push_str(&format!(" @{rpe}")); }
                                        html! {
                                            <li class={classes!((!set.done).then_some("skipped"), (set.kind == SetKind::Warmup).then_some("warmup"))}>
                                                <span class="num">{ text }</span>
                                                if set.kind != SetKind::Work {
                                                    <span class="muted small">{ kind_label(set.kind) }</span>
                                                }
                                                if !set.done { <span class="muted small">{"not done"}</span> }
                                                if set.done && set.missed() {
                                                    <span class="muted small">{ format!("missed: {} planned", set.target_reps.unwrap_or_default()) }</span>
                                                }
                                                if let Some(pr) = pr {
                                                    <span class="pr" title={pr_title(pr.kind)}>
                                                        {"PR"}
                                                    </span>
                                                }
                                                if !set.note.is_empty() { <span class="muted small">{ set.note.clone() }</span> }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </div>
                        }) }
                        if !s.notes.is_empty() { <p class="muted small">{ s.notes.clone() }</p> }
                    </article>
                }
            }) }
            if *shown < total {
                <button class="button" onclick={more}>{ format!("Show more ({} left)", total - *shown) }</button>
            }
        </section>
    }
}
