//! One exercise at a glance: pick it, see its best e1RM and e1RM chart, its
//! best set per rep count, its weekly volume and hard sets, and its trend
//! since a date.

use super::trend_since::TrendSince;
use super::volume_card::VolumeCard;
use crate::components::e1rm_chart::{e1rm_chart, E1rmChartProps};
use crate::components::select_field::SelectField;
use liftsheet_domain::exercise::{library, LoadKind};
use liftsheet_domain::records::chart::shown;
use liftsheet_domain::records::progress::WeekVolume;
use liftsheet_domain::records::{load_text, Records};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordsCardProps {
    pub records: Rc<Records>,
    /// The log's exercises (key, name), most recent first.
    pub exercises: Rc<Vec<(String, String)>>,
    /// The key of the exercise shown.
    pub selected: AttrValue,
    pub on_select: Callback<String>,
    /// The exercise's weekly volume.
    pub weeks: Rc<Vec<WeekVolume>>,
}

/// Why an exercise has no records yet, in its own terms.
fn no_records_words(lift: &str, name: &str) -> String {
    match library::find(lift).map(|e| e.load) {
        Some(LoadKind::Timed) => {
            format!("{name} is a timed hold: its longest holds are under Holds below.")
        }
        Some(LoadKind::BodyweightPlus) => format!(
            "No records for {name} yet: they count your bodyweight plus what you add, so log \
             your bodyweight below."
        ),
        _ => format!(
            "No records for {name} yet: records count done work, AMRAP and accessory sets \
             with a weight."
        ),
    }
}

pub fn records_card(props: &RecordsCardProps) -> Html {
    let r = &props.records;
    let lift = props.selected.to_string();
    let name = props
        .exercises
        .iter()
        .find(|(k, _)| *k == lift)
        .map_or_else(|| lift.clone(), |(_, n)| n.clone());
    let options: Vec<(AttrValue, AttrValue)> = props
        .exercises
        .iter()
        .map(|(k, n)| (AttrValue::from(k.clone()), AttrValue::from(n.clone())))
        .collect();
    let current = r.lift(&lift);
    html! {
        <section class="card records" aria-labelledby="records-title">
            <h2 id="records-title">{"Records"}</h2>
            <SelectField id="history-exercise" label="Exercise" {options}
                selected={props.selected.clone()} onchange={props.on_select.clone()} />
            <h3>{ name.clone() }</h3>
            if let Some(current) = current {
                if let Some(best) = &current.best_e1rm {
                    <p class="result">
                        <span class="muted">{"Best e1RM"}</span>
                        <span class="big">{ shown(best.e1rm).to_string() }</span>
                        <span class="muted small">{ format!("{} × {} on {}",
                            load_text(best.logged, best.bodyweight, r.unit), best.reps, best.date) }</span>
                    </p>
                }
                { e1rm_chart(&E1rmChartProps { name: name.clone().into(), series: current.e1rm_series.clone(), unit: r.unit }) }
                <TrendSince series={current.e1rm_series.clone()} unit={r.unit} />
                <h4>{"Best set per rep count"}</h4>
                <table class="table">
                    <caption class="visually-hidden">{ format!("{name} best set per rep count") }</caption>
                    <thead><tr>
                        <th scope="col" class="num">{"Reps"}</th>
                        <th scope="col" class="num">{"Best weight"}</th>
                        <th scope="col">{"Date"}</th>
                    </tr></thead>
                    <tbody>
                        { for current.rep_records.iter().map(|rec| html! {
                            <tr>
                                <td class="num">{ rec.reps }</td>
                                <td class="num">{ load_text(rec.logged, rec.bodyweight, r.unit) }</td>
                                <td>{ rec.date.to_string() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            } else {
                <p class="muted">{ no_records_words(&lift, &name) }</p>
            }
            <VolumeCard lift={lift.clone()} name={name.clone()} weeks={props.weeks.clone()} />
        </section>
    }
}
