//! The exact plate search behind [`super::load`].
//!
//! Every mass becomes an integer in an exact common unit ("atoms" of 10⁻¹¹ kg:
//! a thousandth of a kg is 10⁸ atoms, a thousandth of a pound 45 359 237
//! atoms, [S77]), then is divided by the gcd of the plate masses. A per-side
//! load is then a bounded knapsack over small integers, solved exactly by
//! [`Table`].

use super::table::{Size, Table};
use super::{Aim, BarSetup, LoadError, Loading, SetupError};
use crate::weight::{Unit, Weight};

/// Atoms (10⁻¹¹ kg) in a thousandth of each unit.
fn atoms_per_milli(unit: Unit) -> i128 {
    match unit {
        Unit::Kg => 100_000_000,
        Unit::Lb => 45_359_237,
    }
}

fn atoms(w: Weight) -> i128 {
    i128::from(w.milli()) * atoms_per_milli(w.unit())
}

/// Atoms to the nearest thousandth of `unit` (halves away from zero).
fn from_atoms(a: i128, unit: Unit) -> Weight {
    let d = atoms_per_milli(unit);
    let q = if a >= 0 {
        (a + d / 2) / d
    } else {
        (a - d / 2) / d
    };
    Weight::saturating_from_milli(q, unit)
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// A setup reduced to integers: plate sizes in gcd units, lightest first.
pub(super) struct Prepared {
    pub(super) sizes: Vec<Size>,
    /// Plates already on each side (innermost first), kept in every answer.
    fixed: Vec<Weight>,
    /// gcd of the plate masses, in atoms.
    g: i128,
    /// Bar + collars + fixed plates, in atoms.
    base: i128,
    /// Heaviest per-side sum the inventory allows, in units of `g`.
    capacity: i128,
    /// Heaviest plate, in units of `g`.
    heaviest: i128,
}

/// Validates `setup` and reduces it; `fixed` plates are taken out of the
/// inventory and only plates no heavier than the outermost one remain.
pub(super) fn prepare(setup: &BarSetup, fixed: &[Weight]) -> Result<Prepared, LoadError> {
    if setup.bar.milli() < 0 {
        return Err(LoadError::Setup(SetupError::NegativeBar));
    }
    if setup.collar.milli() < 0 {
        return Err(LoadError::Setup(SetupError::NegativeCollar));
    }
    if setup.plates.iter().any(|p| p.weight.milli() <= 0) {
        return Err(LoadError::Setup(SetupError::PlateNotPositive));
    }

    // Inventory merged by exact mass, minus what `fixed` already uses.
    let mut merged: Vec<(i128, Weight, u64)> = Vec::new();
    for p in &setup.plates {
        let a = atoms(p.weight);
        match merged.iter_mut().find(|m| m.0 == a) {
            Some(m) => m.2 += u64::from(p.count),
            None => merged.push((a, p.weight, u64::from(p.count))),
        }
    }
    let mut outer_limit = i128::MAX;
    for &f in fixed {
        let a = atoms(f);
        outer_limit = outer_limit.min(a);
        if let Some(m) = merged.iter_mut().find(|m| m.0 == a) {
            m.2 = m.2.saturating_sub(2);
        }
    }
    merged.retain(|m| m.0 <= outer_limit && m.2 >= 2);
    // Keys are distinct (merged above), and there are a dozen at most.
    super::sort_short_by_key(&mut merged, |m| m.0);

    let g = merged.iter().fold(0, |acc, m| gcd(acc, m.0)).max(1);
    let sizes: Vec<Size> = merged
        .iter()
        .map(|m| Size {
            plate: m.1,
            units: m.0 / g,
            per_side: (m.2 / 2).min(u64::from(u32::MAX)) as u32,
        })
        .collect();
    Ok(Prepared {
        capacity: sizes.iter().map(|s| s.units * i128::from(s.per_side)).sum(),
        heaviest: sizes.iter().map(|s| s.units).max().unwrap_or(0),
        sizes,
        fixed: fixed.to_vec(),
        g,
        base: atoms(setup.bar)
            + 2 * atoms(setup.collar)
            + 2 * fixed.iter().map(|&f| atoms(f)).sum::<i128>(),
    })
}

impl Prepared {
    /// Largest per-side sum any query can need: the whole inventory.
    pub(super) fn full_cap(&self) -> i128 {
        self.capacity
    }

    /// The per-side sums a query for `target` with `aim` has to look at.
    pub(super) fn cap_for(&self, target: Weight, aim: Aim) -> i128 {
        let d = (atoms(target) - self.base).max(0);
        let hi = (d + 2 * self.g - 1) / (2 * self.g);
        match aim {
            Aim::AtOrBelow => (d / (2 * self.g)).min(self.capacity),
            // The lightest reachable sum at or above `hi` is below `hi + heaviest`
            // (drop plates from a full bar while it stays >= hi).
            Aim::Nearest | Aim::AtOrAbove => (hi + self.heaviest).min(self.capacity),
        }
    }

    pub(super) fn table(&self, cap: i128) -> Result<Table, LoadError> {
        Table::build(&self.sizes, cap)
    }

    /// Answers one query from a table built up to `cap` (which must be at
    /// least [`Self::cap_for`] of the query).
    pub(super) fn answer(
        &self,
        table: &Table,
        cap: i128,
        target: Weight,
        aim: Aim,
    ) -> Result<Loading, LoadError> {
        let (g, base) = (self.g, self.base);
        let unit = target.unit();
        let d = atoms(target) - base;
        if d < 0 {
            return Err(LoadError::BelowEmptyBar {
                empty: from_atoms(base, unit),
            });
        }
        // Per-side sums are multiples of g; total = base + 2·g·s.
        let lo = d / (2 * g); // largest s with 2gs <= d
        let hi = lo + i128::from(2 * g * lo != d); // smallest s with 2gs >= d
        let too_heavy = LoadError::AboveCapacity {
            heaviest: from_atoms(base + 2 * g * self.capacity, unit),
        };
        let below = table.at_or_below(lo.min(cap));
        let above = if hi <= cap {
            table.at_or_above(hi, cap)
        } else {
            None
        };
        let chosen = match aim {
            Aim::AtOrBelow => below,
            Aim::AtOrAbove => above,
            Aim::Nearest => match (below, above) {
                (Some(b), Some(a)) => {
                    if 2 * g * a - d <= d - 2 * g * b {
                        Some(a)
                    } else {
                        Some(b)
                    }
                }
                (b, a) => b.or(a),
            },
        };
        // s = 0 (no plates) is always reachable, so only AtOrAbove gets None.
        let s = chosen.ok_or(too_heavy)?;

        let counts = table.counts(&self.sizes, s);
        let mut per_side: Vec<Weight> = self.fixed.clone();
        for (size, &k) in self.sizes.iter().zip(&counts).rev() {
            per_side.extend(std::iter::repeat_n(size.plate, k as usize));
        }
        Ok(Loading {
            per_side,
            total: from_atoms(base + 2 * g * s, unit),
            target,
        })
    }
}

/// One query: a table just as large as this target needs.
pub(super) fn load_on(
    setup: &BarSetup,
    fixed: &[Weight],
    target: Weight,
    aim: Aim,
) -> Result<Loading, LoadError> {
    let prepared = prepare(setup, fixed)?;
    let cap = prepared.cap_for(target, aim);
    let table = prepared.table(cap)?;
    prepared.answer(&table, cap, target, aim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_are_exact_for_both_units() {
        // 100 000 lb = 45 359.237 kg exactly ([S77]).
        let lb = Weight::from_milli(100_000_000, Unit::Lb);
        let kg = Weight::from_milli(45_359_237, Unit::Kg);
        assert_eq!(atoms(lb), atoms(kg));
        assert_eq!(
            from_atoms(atoms(Weight::lb(45.0)), Unit::Kg),
            Weight::lb(45.0).to(Unit::Kg)
        );
    }
}
