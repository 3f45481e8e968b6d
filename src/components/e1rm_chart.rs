//! An e1RM-over-time line chart (SVG) for one lift, readable on a phone: a
//! few labelled ticks on each axis, the best point marked, and the same data
//! as a table for screen readers (and anyone who wants the numbers).
//!
//! Positions come from `liftsheet_domain::records::chart::layout`; this only draws.

use liftsheet_domain::decimal::tenths_text;
use liftsheet_domain::records::chart::{layout, shown, Frame};
use liftsheet_domain::records::E1rmPoint;
use liftsheet_domain::Unit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct E1rmChartProps {
    /// Lift name, for the accessible title.
    pub name: AttrValue,
    /// Best e1RM per date, oldest first, in `unit`.
    pub series: Vec<E1rmPoint>,
    pub unit: Unit,
}

#[function_component]
pub fn E1rmChart(props: &E1rmChartProps) -> Html {
    let Some(l) = layout(&props.series, Frame::phone()) else {
        return html! { <p class="muted">{ format!("No {} sets to chart yet.", props.name) }</p> };
    };
    let f = l.frame;
    let title_id = format!(
        "chart-{}-title",
        props.name.replace(' ', "-").to_lowercase()
    );
    let best_point = &props.series[l.best];
    let first = &props.series[0];
    let last = &props.series[props.series.len() - 1];
    let summary = if props.series.len() == 1 {
        format!(
            "{} estimated 1RM: {} on {}.",
            props.name,
            shown(first.e1rm),
            first.date
        )
    } else {
        format!(
            "{} estimated 1RM over time: {} on {}, {} on {}; best {} on {}.",
            props.name,
            shown(first.e1rm),
            first.date,
            shown(last.e1rm),
            last.date,
            shown(best_point.e1rm),
            best_point.date
        )
    };
    let path: String = l
        .points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{},{}",
                if i == 0 { "M" } else { " L" },
                tenths_text(*x),
                tenths_text(*y)
            )
        })
        .collect();
    let (bx, by) = l.points[l.best];
    let best_label_x = bx.clamp(f.left + 30.0, f.width - f.right - 30.0);
    let best_label_y = if by - 10.0 < 10.0 {
        by + 18.0
    } else {
        by - 10.0
    };
    let dots = l.points.len() <= 60;
    html! {
        <figure class="e1rm-chart">
            <svg class="chart" viewBox={format!("0 0 {} {}", f.width, f.height)}
                role="img" aria-labelledby={title_id.clone()}>
                <title id={title_id}>{ summary.clone() }</title>
                { for l.y_ticks.iter().map(|t| html! {
                    <g>
                        <line class="grid" x1={tenths_text(f.left)} x2={tenths_text(f.width - f.right)}
                            y1={tenths_text(t.at)} y2={tenths_text(t.at)} />
                        <text x={tenths_text(f.left - 6.0)} y={tenths_text(t.at + 4.0)} text-anchor="end">
                            { t.label.clone() }
                        </text>
                    </g>
                }) }
                <line class="axis" x1={tenths_text(f.left)} x2={tenths_text(f.left)}
                    y1={tenths_text(f.top)} y2={tenths_text(f.height - f.bottom)} />
                <line class="axis" x1={tenths_text(f.left)} x2={tenths_text(f.width - f.right)}
                    y1={tenths_text(f.height - f.bottom)} y2={tenths_text(f.height - f.bottom)} />
                { for l.x_ticks.iter().enumerate().map(|(i, t)| {
                    let anchor = if l.x_ticks.len() == 1 { "middle" }
                        else if i == 0 { "start" } else if i + 1 == l.x_ticks.len() { "end" } else { "middle" };
                    html! {
                        <text x={tenths_text(t.at)} y={tenths_text(f.height - 8.0)} text-anchor={anchor}>
                            { t.label.clone() }
                        </text>
                    }
                }) }
                <text x="4" y="12" class="unit">{ props.unit.symbol() }</text>
                <path class="line" d={path} />
                if dots {
                    { for l.points.iter().map(|(x, y)| html! {
                        <circle class="dot" cx={tenths_text(*x)} cy={tenths_text(*y)} r="3" />
                    }) }
                }
                <circle class="best" cx={tenths_text(bx)} cy={tenths_text(by)} r="6" />
                <text class="best-label" x={tenths_text(best_label_x)} y={tenths_text(best_label_y)} text-anchor="middle">
                    { format!("Best {}", shown(best_point.e1rm).number()) }
                </text>
            </svg>
            <figcaption class="small muted">{ summary }</figcaption>
            <details class="chart-table">
                <summary>{ format!("{} e1RM table", props.name) }</summary>
                <table class="table">
                    <caption class="visually-hidden">{ format!("{} estimated 1RM by date", props.name) }</caption>
                    <thead><tr><th scope="col">{"Date"}</th><th scope="col" class="num">{ format!("e1RM ({})", props.unit) }</th></tr></thead>
                    <tbody>
                        { for props.series.iter().rev().map(|p| html! {
                            <tr><td>{ p.date.to_string() }</td><td class="num">{ shown(p.e1rm).number() }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
