//! An exercise's weekly volume (sets × reps × load) as bars, and its sets and
//! hard sets per week in a table.

use crate::components::time_chart::{ChartKind, TimeChart};
use crate::state::use_app;
use liftsheet_domain::records::chart::date_label;
use liftsheet_domain::records::progress::weekly;
use liftsheet_domain::records::Loads;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VolumeCardProps {
    /// The exercise's key.
    pub lift: AttrValue,
    pub name: AttrValue,
}

#[function_component]
pub fn VolumeCard(props: &VolumeCardProps) -> Html {
    let app = use_app();
    let doc = &app.doc;
    let unit = doc.settings.unit;
    let weeks = weekly(&doc.log, &props.lift, unit, Loads::library(&doc.bodyweight));
    let Some(latest) = weeks.last() else {
        return html! {};
    };
    let points = Rc::new(
        weeks
            .iter()
            .map(|w| (w.week.monday, w.volume))
            .collect::<Vec<_>>(),
    );
    let id = format!("volume-{}", props.lift);
    let sets = match latest.sets {
        1 => "1 set".to_string(),
        n => format!("{n} sets"),
    };
    let latest_text = format!(
        "Week of {}: {sets}, {} hard; volume {}.",
        date_label(latest.week.monday, 0),
        latest.hard_sets,
        latest.volume
    );
    html! {
        <section class="volume" aria-labelledby={format!("{id}-heading")}>
            <h3 id={format!("{id}-heading")}>{"Weekly volume"}</h3>
            <p class="small">{ latest_text }</p>
            <TimeChart subject={format!("{} weekly volume", props.name)} {id} {points} {unit}
                kind={ChartKind::WeeklyBars} value_heading="Volume" empty="">
                <table class="table">
                    <caption class="visually-hidden">{ format!("{} volume and hard sets per week", props.name) }</caption>
                    <thead><tr>
                        <th scope="col">{"Week of"}</th>
                        <th scope="col" class="num">{ format!("Volume ({unit})") }</th>
                        <th scope="col" class="num">{"Sets"}</th>
                        <th scope="col" class="num">{"Hard sets"}</th>
                    </tr></thead>
                    <tbody>
                        { for weeks.iter().rev().map(|w| html! {
                            <tr>
                                <td>{ w.week.monday.to_string() }</td>
                                <td class="num">{ w.volume.number() }</td>
                                <td class="num">{ w.sets }</td>
                                <td class="num">{ w.hard_sets }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </TimeChart>
            <p class="small muted">{"Volume is sets × reps × weight of every set but warm-ups. A hard set is one at RPE 7 or more, or with no RPE logged."}</p>
        </section>
    }
}
