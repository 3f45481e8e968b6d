//! Records per lift: pick a lift, see its e1RM chart, best e1RM and rep records.

use crate::components::e1rm_chart::E1rmChart;
use liftsheet_domain::log::{logged_set_text, logged_weight_text};
use liftsheet_domain::records::chart::shown;
use liftsheet_domain::records::Records;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordsCardProps {
    pub records: Rc<Records>,
}

#[function_component]
pub fn RecordsCard(props: &RecordsCardProps) -> Html {
    let r = &props.records;
    // Lifts with the most charted dates first: the main lifts lead.
    let mut lifts: Vec<_> = r.lifts.values().collect();
    lifts.sort_by(|a, b| {
        b.e1rm_series
            .len()
            .cmp(&a.e1rm_series.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    let selected = use_state(|| None::<String>);
    let Some(first) = lifts.first() else {
        return html! {
            <section class="card"><h2>{"Records"}</h2>
                <p class="muted">{"No work sets checked off yet: records count done work and AMRAP sets."}</p>
            </section>
        };
    };
    let current = (*selected)
        .as_ref()
        .and_then(|k| r.lifts.get(k))
        .unwrap_or(first);
    html! {
        <section class="card records" aria-labelledby="records-title">
            <h2 id="records-title">{"Records"}</h2>
            <div class="subnav" role="group" aria-label="Lift">
                { for lifts.iter().map(|l| {
                    let key = l.lift.clone();
                    let selected = selected.clone();
                    let onclick = Callback::from(move |_| selected.set(Some(key.clone())));
                    let pressed = l.lift == current.lift;
                    html! {
                        <button class="chip" aria-pressed={pressed.to_string()} {onclick}>{ l.name.clone() }</button>
                    }
                }) }
            </div>
            <h3>{ current.name.clone() }</h3>
            if let Some(best) = &current.best_e1rm {
                <p class="result">
                    <span class="muted">{"Best e1RM"}</span>
                    <span class="big">{ shown(best.e1rm).to_string() }</span>
                    <span class="muted small">{ format!("{} on {}", logged_set_text(best.logged, best.reps, r.unit), best.date) }</span>
                </p>
            }
            <E1rmChart name={current.name.clone()} series={current.e1rm_series.clone()} unit={r.unit} />
            <table class="table">
                <caption class="visually-hidden">{ format!("{} rep records", current.name) }</caption>
                <thead><tr>
                    <th scope="col" class="num">{"Reps"}</th>
                    <th scope="col" class="num">{"Best weight"}</th>
                    <th scope="col">{"Date"}</th>
                </tr></thead>
                <tbody>
                    { for current.rep_records.iter().map(|rec| html! {
                        <tr>
                            <td class="num">{ rec.reps }</td>
                            <td class="num">{ logged_weight_text(rec.logged, r.unit) }</td>
                            <td>{ rec.date.to_string() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
