//! Where the points, bars and ticks of a chart over time go (e1RM, bodyweight,
//! weekly volume), so the SVG component only draws.
//!
//! x is proportional to time (days), y to the value; the y axis gets "nice"
//! ticks (steps of 1, 2 or 5 times a power of ten) that cover every point,
//! the x axis a few dates spread over the span. Bars ([`bars`]) start at
//! zero, one slot per week. Coordinates are in SVG user units, y growing
//! downwards.

use super::E1rmPoint;
use crate::date::Date;
use crate::weight::{Rounding, Weight};

/// An estimate as shown to the lifter: to a tenth of its unit (122.483 kg
/// reads 122.5 kg; more digits would claim a precision the formula lacks).
pub fn shown(estimate: Weight) -> Weight {
    estimate.round_to(crate::Step::tenth(estimate.unit()), Rounding::Nearest)
}

/// The drawing area: the whole box and the margins kept for tick labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// A phone-width chart (360 × 200) with room for labels on the left and below.
    pub fn phone() -> Frame {
        Frame {
            width: 360.0,
            height: 200.0,
            left: 44.0,
            right: 12.0,
            top: 24.0,
            bottom: 28.0,
        }
    }
}

/// One tick: its position along its axis and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// Everything to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub frame: Frame,
    /// One (x, y) per point of the series, in order.
    pub points: Vec<(f64, f64)>,
    /// Index of the best (highest) point; the latest of equal bests.
    pub best: usize,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
}

/// Up to about `count` round values covering `lo..=hi`, lowest first.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() {
        return Vec::new();
    }
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let (lo, hi) = if hi - lo < 1e-9 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let rough = (hi - lo) / count.max(1) as f64;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power);
    // Decimals the step needs, to print-round away float drift (0.6, not 0.6000000000000001).
    let scale = 10f64.powi((-step.log10().floor()).max(0.0) as i32 + 1);
    let first = (lo / step).floor() as i64;
    let mut out = Vec::new();
    let mut k = first;
    loop {
        let v = ((k as f64 * step) * scale).round() / scale;
        out.push(v);
        if v >= hi - 1e-9 || out.len() >= 50 {
            break;
        }
        k += 1;
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A short date label: "Mar 5" within one year of data, "Mar 2024" otherwise.
pub fn date_label(date: Date, span_days: i64) -> String {
    let month = MONTHS[(date.month() as usize).saturating_sub(1) % 12];
    if span_days <= 300 {
        format!("{month} {}", date.day())
    } else {
        format!("{month} {}", date.year())
    }
}

/// The value axis: a labelled tick at each of `ticks`, placed by `y_of`.
fn value_ticks(ticks: &[f64], y_of: impl Fn(f64) -> f64) -> Vec<Tick> {
    ticks
        .iter()
        .map(|&v| Tick {
            at: y_of(v),
            label: number_label(v),
        })
        .collect()
}

fn number_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{}", v.round() as i64)
    } else {
        crate::decimal::tenths_text(v)
    }
}

/// Lays out an e1RM `series` (oldest first, all in one unit) in `frame`.
/// `None` for an empty series.
pub fn layout(series: &[E1rmPoint], frame: Frame) -> Option<Layout> {
    let points: Vec<(Date, Weight)> = series.iter().map(|p| (p.date, p.e1rm)).collect();
    line(&points, frame)
}

/// Lays out any dated weights (oldest first, all in one unit) as a line.
/// `None` for an empty series.
pub fn line(series: &[(Date, Weight)], frame: Frame) -> Option<Layout> {
    let first = series.first()?;
    let last = series.last()?;
    let values: Vec<f64> = series.iter().map(|p| p.1.value()).collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // At least 2 % of the value (and 2 units) top to bottom, centred on the
    // data: a 0.4 lb change in bodyweight is not drawn as a climb up the
    // whole chart, and the ticks stay far enough apart to read as distinct
    // tenths.
    let least = (hi.abs() * 0.02).max(2.0);
    let (lo, hi) = if hi - lo < least {
        let mid = (lo + hi) / 2.0;
        (mid - least / 2.0, mid + least / 2.0)
    } else {
        (lo, hi)
    };
    let ticks = nice_ticks(lo, hi, 4);
    let y_lo = ticks.first().copied().unwrap_or(lo);
    let y_hi = ticks.last().copied().unwrap_or(hi).max(y_lo + 1e-9);

    let plot_w = frame.width - frame.left - frame.right;
    let plot_h = frame.height - frame.top - frame.bottom;
    let (first, last) = (first.0, last.0);
    let span = last.days_since(first).max(0);
    let x_of = |d: Date| {
        if span == 0 {
            frame.left + plot_w / 2.0
        } else {
            frame.left + plot_w * d.days_since(first) as f64 / span as f64
        }
    };
    let y_of = |v: f64| frame.top + plot_h * (1.0 - (v - y_lo) / (y_hi - y_lo));

    let points = series
        .iter()
        .zip(&values)
        .map(|(p, v)| (x_of(p.0), y_of(*v)))
        .collect();
    let best = values
        .iter()
        .enumerate()
        .fold(0, |b, (i, v)| if *v >= values[b] { i } else { b });
    let y_ticks = value_ticks(&ticks, y_of);

    // Up to three dates: first, last, and the middle when the span allows.
    let mut dates = vec![first];
    if span >= 14 {
        if let Some(mid) = first.add_days(span / 2) {
            dates.push(mid);
        }
    }
    if span > 0 {
        dates.push(last);
    }
    let x_ticks = dates
        .into_iter()
        .map(|d| Tick {
            at: x_of(d),
            label: date_label(d, span),
        })
        .collect();
    Some(Layout {
        frame,
        points,
        best,
        y_ticks,
        x_ticks,
    })
}

/// One bar: its left edge, top, width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// Everything to draw for a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    pub frame: Frame,
    /// One per value, in order.
    pub bars: Vec<Bar>,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
}

/// Lays out weekly values (each dated by its week's Monday, oldest first,
/// one unit) as bars from zero, one 7-day slot per week so gaps show as
/// gaps. `None` for no weeks.
pub fn bars(weeks: &[(Date, Weight)], frame: Frame) -> Option<BarLayout> {
    let first = weeks.first()?.0;
    let last = weeks.last()?.0;
    let hi = weeks
        .iter()
        .map(|w| w.1.value())
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let ticks = nice_ticks(0.0, hi, 4);
    let y_hi = ticks.last().copied().unwrap_or(hi).max(1e-9);
    let plot_w = frame.width - frame.left - frame.right;
    let plot_h = frame.height - frame.top - frame.bottom;
    let slots = (last.days_since(first).max(0) / 7 + 1) as f64;
    let slot = plot_w / slots;
    let width = (slot * 0.7).max(1.0);
    let y_of = |v: f64| frame.top + plot_h * (1.0 - v / y_hi);
    let x_of = |d: Date| frame.left + slot * (d.days_since(first) / 7) as f64;
    let bars = weeks
        .iter()
        .map(|(d, w)| {
            let top = y_of(w.value().max(0.0)).min(frame.height - frame.bottom);
            Bar {
                x: x_of(*d) + (slot - width) / 2.0,
                y: top,
                width,
                height: frame.height - frame.bottom - top,
            }
        })
        .collect();
    let y_ticks = value_ticks(&ticks, y_of);
    let span = last.days_since(first);
    let mut x_ticks = vec![Tick {
        at: x_of(first) + slot / 2.0,
        label: date_label(first, span),
    }];
    if last != first {
        x_ticks.push(Tick {
            at: x_of(last) + slot / 2.0,
            label: date_label(last, span),
        });
    }
    Some(BarLayout {
        frame,
        bars,
        y_ticks,
        x_ticks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(y: i32, m: u32, d: u32, kg: f64) -> E1rmPoint {
        E1rmPoint {
            date: Date::from_ymd(y, m, d).unwrap(),
            e1rm: Weight::kg(kg),
        }
    }

    #[test]
    fn a_small_change_is_drawn_small_with_distinct_labels() {
        // 198 lb, then 198.4 lb: the axis spans at least 2 % of the value.
        let series = [
            (Date::from_ymd(2026, 12, 2).unwrap(), Weight::lb(198.0)),
            (Date::from_ymd(2026, 12, 9).unwrap(), Weight::lb(198.4)),
        ];
        let layout = line(&series, Frame::phone()).unwrap();
        let rise = layout.points[0].1 - layout.points[1].1;
        let plot = Frame::phone().height - Frame::phone().top - Frame::phone().bottom;
        assert!(rise > 0.0 && rise < plot / 4.0, "rise {rise} of {plot}");
        let labels: Vec<&str> = layout.y_ticks.iter().map(|t| t.label.as_str()).collect();
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(unique, labels, "{labels:?}");
        // 89.8 kg and 90 kg: no "89.9" twice, no "90.0" beside "90".
        let series = [
            (Date::from_ymd(2026, 12, 2).unwrap(), Weight::kg(89.8)),
            (Date::from_ymd(2026, 12, 9).unwrap(), Weight::kg(90.0)),
        ];
        let labels: Vec<String> = line(&series, Frame::phone())
            .unwrap()
            .y_ticks
            .into_iter()
            .map(|t| t.label)
            .collect();
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(unique, labels, "{labels:?}");
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(
            nice_ticks(101.0, 139.0, 4),
            vec![100.0, 110.0, 120.0, 130.0, 140.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(
            nice_ticks(97.5, 182.5, 4),
            vec![75.0, 100.0, 125.0, 150.0, 175.0, 200.0]
        );
        let flat = nice_ticks(100.0, 100.0, 4);
        assert!(flat.first().unwrap() <= &100.0 && flat.last().unwrap() >= &100.0);
        assert!(nice_ticks(f64::NAN, 1.0, 4).is_empty());
        let reversed = nice_ticks(139.0, 101.0, 4);
        assert_eq!(reversed.first(), Some(&100.0));
    }

    #[test]
    fn points_follow_time_and_value() {
        let series = [
            point(2024, 1, 1, 100.0),
            point(2024, 1, 11, 120.0),
            point(2024, 1, 31, 110.0),
        ];
        let f = Frame::phone();
        let l = layout(&series, f).unwrap();
        assert_eq!(l.points[0].0, f.left);
        assert!((l.points[2].0 - (f.width - f.right)).abs() < 1e-9);
        // 10 of 30 days in: a third of the way along.
        let third = f.left + (f.width - f.left - f.right) / 3.0;
        assert!((l.points[1].0 - third).abs() < 1e-9);
        assert!(l.points[1].1 < l.points[2].1 && l.points[2].1 < l.points[0].1);
        assert_eq!(l.best, 1);
        assert!(l
            .y_ticks
            .iter()
            .all(|t| t.at >= f.top - 1e-9 && t.at <= f.height - f.bottom + 1e-9));
        assert_eq!(l.x_ticks.first().unwrap().label, "Jan 1");
        assert_eq!(l.x_ticks.last().unwrap().label, "Jan 31");
        assert_eq!(l.x_ticks.len(), 3);
    }

    #[test]
    fn estimates_show_to_a_tenth() {
        assert_eq!(shown(Weight::kg(122.483)), Weight::kg(122.5));
        assert_eq!(shown(Weight::lb(300.04)), Weight::lb(300.0));
    }

    #[test]
    fn a_single_point_sits_in_the_middle() {
        let l = layout(&[point(2024, 5, 2, 140.0)], Frame::phone()).unwrap();
        assert_eq!(l.points.len(), 1);
        assert_eq!(l.x_ticks.len(), 1);
        assert!(l.points[0].1.is_finite());
        assert!(layout(&[], Frame::phone()).is_none());
    }

    #[test]
    fn bars_start_at_zero_one_slot_a_week() {
        let monday = |d| Date::from_ymd(2024, 3, d).unwrap();
        let weeks = [
            (monday(4), Weight::kg(1000.0)),
            (monday(18), Weight::kg(2000.0)),
        ];
        let f = Frame::phone();
        let b = bars(&weeks, f).unwrap();
        let floor = f.height - f.bottom;
        assert_eq!(b.bars.len(), 2);
        assert!((b.bars[0].y + b.bars[0].height - floor).abs() < 1e-9);
        assert!((b.bars[1].height - 2.0 * b.bars[0].height).abs() < 1e-6);
        // Three slots (the week between is a gap): the second bar is in the third.
        let slot = (f.width - f.left - f.right) / 3.0;
        assert!(b.bars[1].x > f.left + 2.0 * slot);
        assert_eq!(b.y_ticks.first().unwrap().label, "0");
        assert_eq!(b.x_ticks.len(), 2);
        assert!(bars(&[], f).is_none());
        let zero = bars(&[(monday(4), Weight::kg(0.0))], f).unwrap();
        assert!(zero.bars[0].height.abs() < 1e-9 && zero.bars[0].y.is_finite());
    }

    #[test]
    fn long_spans_label_months_with_years() {
        let series = [point(2015, 1, 5, 100.0), point(2024, 12, 20, 180.0)];
        let l = layout(&series, Frame::phone()).unwrap();
        assert_eq!(l.x_ticks[0].label, "Jan 2015");
        assert_eq!(l.x_ticks.last().unwrap().label, "Dec 2024");
        assert_eq!(l.best, 1);
    }
}
