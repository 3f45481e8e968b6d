//! An e1RM-over-time line chart for one lift: the [`TimeChart`] of its best
//! e1RM per date, the best point marked.

use crate::components::time_chart::{ChartKind, TimeChart};
use liftsheet_domain::records::E1rmPoint;
use liftsheet_domain::Unit;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct E1rmChartProps {
    /// Lift name, for the accessible title.
    pub name: AttrValue,
    /// Best e1RM per date, oldest first, in `unit`.
    pub series: Vec<E1rmPoint>,
    pub unit: Unit,
}

/// The chart as a component, for tests that mount it alone; the app calls
/// [`e1rm_chart`] (size: no lifecycle code of its own).
#[function_component]
pub fn E1rmChart(props: &E1rmChartProps) -> Html {
    e1rm_chart(props)
}

pub fn e1rm_chart(props: &E1rmChartProps) -> Html {
    let points: Rc<Vec<_>> = Rc::new(props.series.iter().map(|p| (p.date, p.e1rm)).collect());
    let id = props.name.replace(' ', "-").to_lowercase();
    html! {
        <TimeChart subject={format!("{} estimated 1RM", props.name)} {id} {points} unit={props.unit}
            kind={ChartKind::Line} value_heading="e1RM"
            empty={format!("No {} sets to chart yet.", props.name)} />
    }
}
