//! The built-in programs: each one is a [`Program`] value built from the
//! numbers in training-math.md §2–§4, with its source and rounding in the
//! doc comment of its constructor. A built program is plain data the lifter
//! can copy and edit.

mod block;
mod gzclp;
mod linear;
mod madcow;
mod nsuns;
mod parts;
mod smolov;
mod texas;
mod wendler;

use super::load::{Percent, UnitPair};
use super::model::Program;
use super::rule::FailureAction;
use crate::weight::Rounding;
use serde::{Deserialize, Serialize};

/// A built-in program's entry in the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BuiltinInfo {
    /// Stable id for [`build`].
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// Where it comes from, in plain words for the lifter ("After Jim
    /// Wendler's 5/3/1"); the exact sources are in the builder's doc comment.
    pub source: &'static str,
}

/// 5/3/1's fourth (deload) week (§2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Deload {
    /// 40/50/60 % × 5 of TM: the T-Nation article's table ([S10]).
    #[default]
    Article,
    /// 50/60/70 % × 5 of TM: the 2nd-edition book's worked example ([S12]).
    SecondEdition,
}

/// Choices the sources leave open, as parameters of the built-ins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuiltinOptions {
    /// 5/3/1 family: the deload week's percentages.
    pub deload: Deload,
    /// 5/3/1 family: rounding direction (the book rounds up, calculators to
    /// nearest, §2.3). Other programs use it too as their suggested rounding.
    pub rounding: Rounding,
    /// 5/3/1 family: optional Joker sets after each + set (§2.6).
    pub joker_sets: bool,
    /// Boring But Big: the 5×10 percentage of TM (50 %, §2.6 [S25]).
    pub bbb_percent: Percent,
    /// 5/3/1 family: what a missed + set does to the TM (−10 %, §2.5).
    pub tm_failure: FailureAction,
    /// Smolov Jr: week 2's addition over week 1 (§3.7: +5 kg [S61], +10 lb [S60]).
    pub smolov_week2: UnitPair,
    /// Smolov Jr: week 3's addition over week 1 (§3.7: +10 kg [S61], +15 lb [S60]).
    pub smolov_week3: UnitPair,
}

impl Default for BuiltinOptions {
    fn default() -> Self {
        BuiltinOptions {
            deload: Deload::default(),
            rounding: Rounding::Nearest,
            joker_sets: false,
            bbb_percent: Percent::whole(50),
            tm_failure: FailureAction::ResetBy(Percent::whole(10)),
            smolov_week2: UnitPair::new(5.0, 10.0),
            smolov_week3: UnitPair::new(10.0, 15.0),
        }
    }
}

type Builder = fn(&BuiltinInfo, &BuiltinOptions) -> Program;

const BUILTINS: &[(BuiltinInfo, Builder)] = &[
    (wendler::INFO_531, wendler::five_three_one),
    (wendler::INFO_BBB, wendler::boring_but_big),
    (wendler::INFO_BBB_CHALLENGE, wendler::bbb_challenge),
    (wendler::INFO_FSL, wendler::first_set_last),
    (wendler::INFO_FIVES_PRO, wendler::fives_pro),
    (wendler::INFO_BBS, wendler::boring_but_strong),
    (wendler::INFO_LEADER_ANCHOR, wendler::leader_anchor),
    (texas::INFO, texas::texas_method),
    (linear::INFO_SS, linear::starting_strength),
    (linear::INFO_SL, linear::stronglifts),
    (madcow::INFO, madcow::madcow),
    (gzclp::INFO, gzclp::gzclp),
    (nsuns::INFO, nsuns::nsuns_five_day),
    (smolov::INFO, smolov::smolov_jr),
    (block::INFO, block::fives_threes_ones),
];

/// Every built-in program.
pub fn catalog() -> Vec<BuiltinInfo> {
    BUILTINS.iter().map(|(info, _)| *info).collect()
}

/// The built-in program `id` with `options`, or `None` for an unknown id.
pub fn build(id: &str, options: &BuiltinOptions) -> Option<Program> {
    BUILTINS
        .iter()
        .find(|(info, _)| info.id == id)
        .map(|(info, builder)| builder(info, options))
}
