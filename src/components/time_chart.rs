//! A chart over time (SVG) readable on a phone: a line (e1RM, bodyweight) or
//! weekly bars (volume). A few labelled ticks on each axis, the latest value
//! (and, for a line, the best point) labelled, an accessible summary, and
//! the numbers as a table in a `<details>` for screen readers and anyone who
//! wants them, drawn once the lifter opens it (ten years are 520 weekly rows
//! that opening History drew for nobody). A single value is shown as that
//! value, not as a chart.
//!
//! Positions come from `liftsheet_domain::records::chart` (`line`, `bars`);
//! this only draws.

use liftsheet_domain::date::Date;
use liftsheet_domain::decimal::tenths_text;
use liftsheet_domain::records::chart::{bars, line, shown, Frame, Tick};
use liftsheet_domain::{Unit, Weight};
use std::rc::Rc;
use yew::prelude::*;

/// How the values are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// A line through dated values, the best one marked.
    Line,
    /// A line through dated values, nothing marked (bodyweight).
    PlainLine,
    /// One bar per week (each value dated by its week's Monday).
    WeeklyBars,
}

#[derive(Properties, PartialEq)]
pub struct TimeChartProps {
    /// What is charted, for the summary and headings ("Squat estimated 1RM").
    pub subject: AttrValue,
    /// Unique in the page: the SVG title's id derives from it.
    pub id: AttrValue,
    /// Dated values, oldest first, in `unit`.
    pub points: Rc<Vec<(Date, Weight)>>,
    pub unit: Unit,
    pub kind: ChartKind,
    /// The table's value column ("e1RM").
    pub value_heading: AttrValue,
    /// Shown when there is nothing to chart.
    pub empty: AttrValue,
    /// Draws a table to show in place of the default one (date and value).
    #[prop_or_default]
    pub table: Option<Callback<(), Html>>,
}

fn value_text(w: Weight) -> String {
    shown(w).to_string()
}

fn path_of(points: &[(f64, f64)]) -> String {
    points
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
        .collect()
}

fn axes(f: Frame, y_ticks: &[Tick], x_ticks: &[Tick], unit: Unit) -> Html {
    html! {
        <>
            { for y_ticks.iter().map(|t| html! {
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
            { for x_ticks.iter().enumerate().map(|(i, t)| {
                let anchor = if x_ticks.len() == 1 { "middle" }
                    else if i == 0 { "start" } else if i + 1 == x_ticks.len() { "end" } else { "middle" };
                let x = t.at.clamp(f.left, f.width - f.right);
                html! {
                    <text x={tenths_text(x)} y={tenths_text(f.height - 8.0)} text-anchor={anchor}>
                        { t.label.clone() }
                    </text>
                }
            }) }
            <text x="4" y="12" class="unit">{ unit.symbol() }</text>
        </>
    }
}

/// A label above a point, kept inside the frame.
fn point_label(f: Frame, (x, y): (f64, f64), class: &'static str, text: String) -> Html {
    let lx = x.clamp(f.left + 30.0, f.width - f.right - 30.0);
    let ly = if y - 10.0 < 10.0 { y + 18.0 } else { y - 10.0 };
    html! {
        <text class={class} x={tenths_text(lx)} y={tenths_text(ly)} text-anchor="middle">{ text }</text>
    }
}

#[function_component]
pub fn TimeChart(props: &TimeChartProps) -> Html {
    // Whether the table is open: it is drawn only then.
    let open = use_state(|| false);
    let points = &props.points;
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return html! { <p class="muted">{ props.empty.clone() }</p> };
    };
    if points.len() == 1 {
        return html! {
            <p class="result single-value">
                <span class="muted">{ props.subject.clone() }</span>
                <strong class="value">{ value_text(first.1) }</strong>
                <span class="muted small">{ format!("on {}", first.0) }</span>
            </p>
        };
    }
    let f = Frame::phone();
    let title_id = format!("chart-{}-title", props.id);
    let best = points.iter().enumerate().fold(0, |b, (i, p)| {
        if p.1.cmp_mass(points[b].1).is_ge() {
            i
        } else {
            b
        }
    });
    let mut summary = format!(
        "{} over time: {} on {}, {} on {}",
        props.subject,
        value_text(first.1),
        first.0,
        value_text(last.1),
        last.0,
    );
    if props.kind == ChartKind::Line {
        summary.push_str(&format!(
            "; best {} on {}",
            value_text(points[best].1),
            points[best].0
        ));
    }
    summary.push('.');
    let drawing = match props.kind {
        ChartKind::Line | ChartKind::PlainLine => line(points, f).map(|l| {
            let dots = l.points.len() <= 60;
            let latest = l.points[l.points.len() - 1];
            html! {
                <>
                    { axes(f, &l.y_ticks, &l.x_ticks, props.unit) }
                    <path class="line" d={path_of(&l.points)} />
                    if dots {
                        { for l.points.iter().map(|(x, y)| html! {
                            <circle class="dot" cx={tenths_text(*x)} cy={tenths_text(*y)} r="3" />
                        }) }
                    }
                    if props.kind == ChartKind::Line {
                        <circle class="best" cx={tenths_text(l.points[best].0)} cy={tenths_text(l.points[best].1)} r="6" />
                        { point_label(f, l.points[best], "best-label", format!("Best {}", shown(points[best].1).number())) }
                    }
                    if props.kind == ChartKind::PlainLine || best + 1 != points.len() {
                        { point_label(f, latest, "latest-label", shown(last.1).number()) }
                    }
                </>
            }
        }),
        ChartKind::WeeklyBars => bars(points, f).map(|b| {
            let top = b.bars[b.bars.len() - 1];
            html! {
                <>
                    { axes(f, &b.y_ticks, &b.x_ticks, props.unit) }
                    { for b.bars.iter().map(|r| html! {
                        <rect class="bar" x={tenths_text(r.x)} y={tenths_text(r.y)}
                            width={tenths_text(r.width)} height={tenths_text(r.height)} />
                    }) }
                    { point_label(f, (top.x + top.width / 2.0, top.y), "latest-label", shown(last.1).number()) }
                </>
            }
        }),
    };
    let table = match &props.table {
        _ if !*open => Html::default(),
        Some(table) => table.emit(()),
        None => html! {
            <table class="table">
                <caption class="visually-hidden">{ format!("{} by date", props.subject) }</caption>
                <thead><tr>
                    <th scope="col">{"Date"}</th>
                    <th scope="col" class="num">{ format!("{} ({})", props.value_heading, props.unit) }</th>
                </tr></thead>
                <tbody>
                    { for points.iter().rev().map(|p| html! {
                        <tr><td>{ p.0.to_string() }</td><td class="num">{ shown(p.1).number() }</td></tr>
                    }) }
                </tbody>
            </table>
        },
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    html! {
        <figure class="e1rm-chart">
            <svg class="chart" viewBox={format!("0 0 {} {}", f.width, f.height)}
                role="img" aria-labelledby={title_id.clone()}>
                <title id={title_id}>{ summary.clone() }</title>
                { drawing.unwrap_or_default() }
            </svg>
            <figcaption class="small muted">{ summary }</figcaption>
            <details class="chart-table" {ontoggle}>
                <summary>{ format!("{} table", props.subject) }</summary>
                { table }
            </details>
        </figure>
    }
}
