//! One side of a loaded barbell as an SVG: plates drawn to scale (the domain's
//! `PlateSize`), in IWF colours (`PlateColour`), each labelled with its weight,
//! the collar outside them. Read by screen readers as "Per side: 20, 10, 2.5 kg".
//!
//! Used by the plate calculator and the warm-up ladder (and by the program and
//! log screens for any set with plates).

use liftsheet_domain::calculator::per_side_label;
use liftsheet_domain::decimal::tenths_text;
use liftsheet_domain::plates::{PlateColour, PlateSize};
use liftsheet_domain::Weight;
use yew::prelude::*;

/// How big to draw the bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagramSize {
    /// The plate calculator's one bar.
    Full,
    /// A shorter drawing, for lists of sets.
    Small,
}

/// Drawing sizes in SVG user units.
const WIDTH: f64 = 340.0;
/// Where the sleeve starts (the bar's inner collar, the "shoulder").
const SHOULDER_X: f64 = 22.0;
/// Widest the plates may take before they are squeezed to fit.
const PLATE_ROOM: f64 = 270.0;
/// User units per millimetre of plate thickness at most (a lone plate
/// shouldn't be drawn fat).
const MAX_PX_PER_MM: f64 = 0.75;

struct Drawn {
    x: f64,
    width: f64,
    height: f64,
    weight: Weight,
}

/// Plates laid out from the shoulder outwards, thicknesses scaled together.
fn layout(plates: &[Weight], full_height: f64) -> (Vec<Drawn>, f64) {
    let sizes: Vec<PlateSize> = plates.iter().map(|p| PlateSize::of(*p)).collect();
    let total_mm: u32 = sizes.iter().map(|s| s.thickness_mm).sum();
    let px_per_mm = if total_mm == 0 {
        MAX_PX_PER_MM
    } else {
        (PLATE_ROOM / f64::from(total_mm)).min(MAX_PX_PER_MM)
    };
    let mut x = SHOULDER_X + 6.0;
    let mut drawn = Vec::with_capacity(plates.len());
    for (plate, size) in plates.iter().zip(sizes) {
        // At least 3 units wide so the thinnest change plate stays visible.
        let width = (f64::from(size.thickness_mm) * px_per_mm).max(3.0);
        drawn.push(Drawn {
            x,
            width,
            height: full_height * size.relative_diameter(),
            weight: *plate,
        });
        x += width + 0.8;
    }
    (drawn, x)
}

/// Dark text on light plates, white on dark ones.
fn label_fill(colour: PlateColour) -> &'static str {
    match colour {
        PlateColour::White | PlateColour::Yellow | PlateColour::Chrome => "#111827",
        _ => "#ffffff",
    }
}

/// Where each label goes: inside its plate (`None`) or under it, in a row
/// chosen so labels never overlap (`Some((row, x))`). Returns the rows used.
fn place_labels(drawn: &[Drawn]) -> (Vec<Option<(usize, f64)>>, usize) {
    const CHAR_W: f64 = 7.0;
    let mut row_ends: Vec<f64> = Vec::new();
    let mut placed = Vec::with_capacity(drawn.len());
    for d in drawn {
        if d.width >= 18.0 && d.height >= 40.0 {
            placed.push(None);
            continue;
        }
        let half = d.weight.number().len() as f64 * CHAR_W / 2.0;
        let cx = d.x + d.width / 2.0;
        let row = row_ends.iter().position(|end| cx - half >= end + 2.0);
        let (row, x) = match row {
            Some(r) => (r, cx),
            None if row_ends.len() < 3 => {
                row_ends.push(f64::MIN);
                (row_ends.len() - 1, cx)
            }
            // Three rows full: push right of the emptiest-ending row.
            None => {
                let (r, end) = row_ends
                    .iter()
                    .enumerate()
                    .min_by(|a, b| a.1.total_cmp(b.1))
                    .map(|(r, e)| (r, *e))
                    .unwrap_or((0, 0.0));
                (r, end + 2.0 + half)
            }
        };
        row_ends[row] = x + half;
        placed.push(Some((row, x)));
    }
    (placed, row_ends.len())
}

/// The drawing of `plates` (one side, innermost first) and a collar weighing
/// `collar` (zero draws a thin spring clip).
///
/// A plain function, not a component: it has no state, and each component
/// type costs the first load its own copy of Yew's lifecycle code.
pub fn bar_diagram(plates: &[Weight], collar: Weight, size: DiagramSize) -> Html {
    let small = size == DiagramSize::Small;
    let plate_height = if small { 56.0 } else { 96.0 };
    let label_h = 13.0;
    let top = 4.0;
    let mid = top + plate_height / 2.0;
    let (drawn, end_x) = layout(plates, plate_height);
    let (labels, rows) = place_labels(&drawn);
    let height = top + plate_height + 4.0 + rows as f64 * label_h;
    let collar_w = if collar.is_positive() { 9.0 } else { 4.0 };
    let collar_h = if collar.is_positive() {
        plate_height * 0.3
    } else {
        plate_height * 0.2
    };
    let label = per_side_label(plates);
    let class = if small {
        "bar-diagram small"
    } else {
        "bar-diagram"
    };
    let view_box = format!("0 0 {} {}", fmt(WIDTH), fmt(height));
    let sleeve_h = plate_height * 0.1;
    html! {
        <svg class={class} viewBox={view_box} role="img" aria-label={label}
            xmlns="http://www.w3.org/2000/svg">
            // The bar's shoulder, and the sleeve running out to the end.
            <rect class="bar-shoulder" x={fmt(SHOULDER_X)} y={fmt(mid - plate_height * 0.12)}
                width="6" height={fmt(plate_height * 0.24)} rx="1" />
            <rect class="bar-sleeve" x="0" y={fmt(mid - sleeve_h * 0.6)}
                width={fmt(SHOULDER_X)} height={fmt(sleeve_h * 1.2)} />
            <rect class="bar-sleeve" x={fmt(SHOULDER_X + 6.0)} y={fmt(mid - sleeve_h / 2.0)}
                width={fmt(WIDTH - SHOULDER_X - 6.0)} height={fmt(sleeve_h)} rx="2" />
            { for drawn.iter().zip(&labels).map(|(d, place)| {
                let colour = PlateColour::of(d.weight);
                let y = mid - d.height / 2.0;
                html! {
                    <g class={classes!("plate-g", colour.name())}>
                        <rect class="plate" x={fmt(d.x)} y={fmt(y)} width={fmt(d.width)}
                            height={fmt(d.height)} rx="2" fill={colour.hex()} />
                        { match place {
                            None => html! {
                                <text x={fmt(d.x + d.width / 2.0)} y={fmt(mid + 4.0)} text-anchor="middle"
                                    fill={label_fill(colour)} class="plate-label" aria-hidden="true">
                                    { d.weight.number() }
                                </text>
                            },
                            Some((row, x)) => html! {
                                <text x={fmt(*x)} y={fmt(top + plate_height + 2.0 + label_h * (*row as f64 + 1.0) - 2.0)}
                                    text-anchor="middle" class="plate-label under" aria-hidden="true">
                                    { d.weight.number() }
                                </text>
                            },
                        } }
                    </g>
                }
            }) }
            <rect class="collar" x={fmt(end_x + 0.5)} y={fmt(mid - collar_h / 2.0)}
                width={fmt(collar_w)} height={fmt(collar_h)} rx="1.5" />
        </svg>
    }
}

/// SVG coordinates to a tenth, without core's float formatter (small wasm).
fn fmt(v: f64) -> String {
    tenths_text(v)
}
