//! Records of timed holds: per exercise, the longest hold and the longest at
//! the heaviest added weight ([`liftsheet_domain::records::holds`]).

use liftsheet_domain::log::logged_weight_text;
use liftsheet_domain::log::rest::clock;
use liftsheet_domain::records::holds::{Hold, HoldRecords};
use liftsheet_domain::Unit;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HoldRecordsCardProps {
    pub holds: Rc<Vec<HoldRecords>>,
    /// The lifter's unit, for converted added weights.
    pub unit: Unit,
}

fn hold_text(hold: &Hold, unit: Unit) -> String {
    if hold.added.is_zero() {
        clock(hold.secs)
    } else {
        format!(
            "{} with {}",
            clock(hold.secs),
            logged_weight_text(hold.added, unit)
        )
    }
}

pub fn hold_records_card(props: &HoldRecordsCardProps) -> Html {
    if props.holds.is_empty() {
        return html! {};
    }
    let unit = props.unit;
    html! {
        <section class="card" aria-labelledby="holds-title">
            <h2 id="holds-title">{"Holds"}</h2>
            <table class="table">
                <caption class="visually-hidden">{"Longest holds"}</caption>
                <thead><tr>
                    <th scope="col">{"Exercise"}</th>
                    <th scope="col" class="num">{"Longest"}</th>
                    <th scope="col" class="num">{"Heaviest"}</th>
                </tr></thead>
                <tbody>
                    { for props.holds.iter().map(|r| html! {
                        <tr>
                            <th scope="row">{ r.name.clone() }</th>
                            <td class="num">
                                { hold_text(&r.longest, unit) }
                                <div class="muted small">{ r.longest.date.to_string() }</div>
                            </td>
                            <td class="num">
                                if let Some(h) = &r.heaviest {
                                    { hold_text(h, unit) }
                                    <div class="muted small">{ h.date.to_string() }</div>
                                } else {
                                    {"–"}
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
