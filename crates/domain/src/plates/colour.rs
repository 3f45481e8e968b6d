//! How to draw a plate: colour and size.

use crate::weight::{Unit, Weight};
use serde::{Deserialize, Serialize};

/// A plate's colour for drawing.
///
/// kg plates follow the IWF code (training-math.md §6.3, [S68]): 25 red,
/// 20 blue, 15 yellow, 10 green, 5 white; change plates 2.5 red, 2 blue,
/// 1.5 yellow, 1 green, 0.5 white. Any other kg mass (1.25, 0.25, 50 …) is
/// chrome, as iron change plates usually are ([S74][S75]).
///
/// lb plates have no colour standard. Ours: plates of 10 lb or more take the
/// colour of the nearest kg bumper by mass (45 lb ≈ 20.4 kg blue, 35 lb
/// yellow, 25 lb green, 10 lb white), as coloured lb bumpers commonly are;
/// lighter lb plates are chrome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlateColour {
    Red,
    Blue,
    Yellow,
    Green,
    White,
    Chrome,
}

/// (kg in thousandths, colour) for the IWF coloured masses.
const IWF: [(i64, PlateColour); 10] = [
    (25_000, PlateColour::Red),
    (20_000, PlateColour::Blue),
    (15_000, PlateColour::Yellow),
    (10_000, PlateColour::Green),
    (5_000, PlateColour::White),
    (2_500, PlateColour::Red),
    (2_000, PlateColour::Blue),
    (1_500, PlateColour::Yellow),
    (1_000, PlateColour::Green),
    (500, PlateColour::White),
];

impl PlateColour {
    /// The colour to draw a plate of mass `plate`.
    pub fn of(plate: Weight) -> PlateColour {
        match plate.unit() {
            Unit::Kg => IWF
                .iter()
                .find(|(milli, _)| *milli == plate.milli())
                .map_or(PlateColour::Chrome, |&(_, c)| c),
            Unit::Lb => {
                if plate.milli() < 10_000 {
                    return PlateColour::Chrome;
                }
                let kg = plate.to(Unit::Kg).milli();
                IWF[..5]
                    .iter()
                    .min_by_key(|(milli, _)| (milli - kg).abs())
                    .map_or(PlateColour::Chrome, |&(_, c)| c)
            }
        }
    }

    /// A fill colour as `#rrggbb`.
    pub fn hex(self) -> &'static str {
        match self {
            PlateColour::Red => "#d32f2f",
            PlateColour::Blue => "#1e63c4",
            PlateColour::Yellow => "#f2c318",
            PlateColour::Green => "#2e8b3e",
            PlateColour::White => "#f4f4f4",
            PlateColour::Chrome => "#a7adb3",
        }
    }

    /// Lower-case name, for labels and CSS classes.
    pub fn name(self) -> &'static str {
        match self {
            PlateColour::Red => "red",
            PlateColour::Blue => "blue",
            PlateColour::Yellow => "yellow",
            PlateColour::Green => "green",
            PlateColour::White => "white",
            PlateColour::Chrome => "chrome",
        }
    }
}

/// A plate's outline for drawing to scale, in millimetres.
///
/// Bumpers of 10 kg and up are 450 mm across (the IWF disc diameter); the
/// thicknesses and the change-plate sizes are typical catalogue values chosen
/// for drawing, not from a standard:
///
/// | kg | 25 | 20 | 15 | 10 | 5 | 2.5 | 2 | 1.5 | 1.25 | 1 | 0.5 | 0.25 |
/// |---|---|---|---|---|---|---|---|---|---|---|---|---|
/// | diameter | 450 | 450 | 450 | 450 | 230 | 210 | 190 | 175 | 160 | 160 | 135 | 110 |
/// | thickness | 67 | 54 | 42 | 32 | 26 | 19 | 18 | 17 | 16 | 15 | 12 | 10 |
///
/// Any other mass (lb plates included) draws as the row nearest to it in kg;
/// heavier than 25 kg draws as 25 kg.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlateSize {
    pub diameter_mm: u32,
    pub thickness_mm: u32,
}

/// (kg in thousandths, diameter mm, thickness mm), as in [`PlateSize`]'s table.
const SIZES: [(i64, u32, u32); 12] = [
    (25_000, 450, 67),
    (20_000, 450, 54),
    (15_000, 450, 42),
    (10_000, 450, 32),
    (5_000, 230, 26),
    (2_500, 210, 19),
    (2_000, 190, 18),
    (1_500, 175, 17),
    (1_250, 160, 16),
    (1_000, 160, 15),
    (500, 135, 12),
    (250, 110, 10),
];

/// Diameter of a full-size disc ([S68]).
pub const FULL_DIAMETER_MM: u32 = 450;

impl PlateSize {
    /// Size to draw a plate of mass `plate`.
    pub fn of(plate: Weight) -> PlateSize {
        let kg = plate.to(Unit::Kg).milli();
        // Ties go to the heavier row (listed first).
        let &(_, diameter_mm, thickness_mm) = SIZES
            .iter()
            .min_by_key(|(milli, _, _)| (milli - kg).abs())
            .unwrap_or(&SIZES[0]);
        PlateSize {
            diameter_mm,
            thickness_mm,
        }
    }

    /// Diameter as a fraction of a full 450 mm disc, for scaling a drawing.
    pub fn relative_diameter(self) -> f64 {
        f64::from(self.diameter_mm) / f64::from(FULL_DIAMETER_MM)
    }
}
