//! Jim Wendler's 5/3/1 and its templates (training-math.md §2).
//!
//! All percentages are of the training max (TM, 90 % of 1RM, §2.1 [S10]).
//! Main waves (§2.2, [S10][S16][S17]): week 1 65/75/85 % × 5/5/5+, week 2
//! 70/80/90 % × 3/3/3+, week 3 75/85/95 % × 5/3/1+, week 4 deload
//! 40/50/60 % × 5 ([S10]) or 50/60/70 % × 5 ([S12], [`Deload`]). Rounding is
//! [`BuiltinOptions::rounding`]: the 2nd-edition book's table rounds every
//! number UP to 5 lb (§2.3, [S12]); calculators round to nearest ([S17]).
//! TM after each cycle: +5 lb / +2.5 kg press and bench, +10 lb / +5 kg squat
//! and deadlift (§2.5, [S10][S16][S22]); a missed + set does
//! [`BuiltinOptions::tm_failure`] (−10 %, [S11][S18]).

use super::parts::{amrap, cycle, day, exact, lift, linear, lower, program, sets, upper, week};
use super::{BuiltinInfo, BuiltinOptions, Deload};
use crate::program::load::Reps;
use crate::program::model::{Cycle, Exercise, MaxKind, Program, SetGroup, WarmupStyle, Week};
use crate::program::rule::Cadence;

/// Sources: training-math.md §2.2–2.5, [S10][S12][S16].
const SOURCE_MAIN: &str = "After Jim Wendler's 5/3/1 (2nd edition)";

pub const INFO_531: BuiltinInfo = BuiltinInfo {
    id: "531",
    name: "5/3/1",
    summary:
        "Four days a week, one main lift a day in 3-week waves plus a deload; TM up each cycle.",
    source: SOURCE_MAIN,
};

/// Sources: training-math.md §2.6, [S25].
pub const INFO_BBB: BuiltinInfo = BuiltinInfo {
    id: "531-bbb",
    name: "5/3/1 Boring But Big",
    summary: "5/3/1 plus 5×10 of the same lift at 50 % of TM.",
    source: "After Jim Wendler's Boring But Big",
};

/// Sources: training-math.md §2.6, [S25][S26].
pub const INFO_BBB_CHALLENGE: BuiltinInfo = BuiltinInfo {
    id: "531-bbb-challenge",
    name: "5/3/1 BBB 3-Month Challenge",
    summary: "Three cycles of 5/3/1 (no + sets) with 5×10 at 50, 60, then 70 % of TM.",
    source: "After Jim Wendler's Boring But Big 3-Month Challenge",
};

/// Sources: training-math.md §2.6, [S28][S29][S30].
pub const INFO_FSL: BuiltinInfo = BuiltinInfo {
    id: "531-fsl",
    name: "5/3/1 First Set Last",
    summary: "5/3/1 plus 5×5 at the day's first work-set weight.",
    source: "After Jim Wendler's First Set Last, from 5/3/1 Forever",
};

/// Sources: training-math.md §2.6, [S28].
pub const INFO_FIVES_PRO: BuiltinInfo = BuiltinInfo {
    id: "531-5s-pro",
    name: "5/3/1 5s PRO + FSL",
    summary: "Every main set for 5 (no + sets), then First Set Last 5×5.",
    source: "After Jim Wendler's 5's PRO and First Set Last, from 5/3/1 Forever",
};

/// Sources: training-math.md §2.6, [S27].
pub const INFO_BBS: BuiltinInfo = BuiltinInfo {
    id: "531-bbs",
    name: "5/3/1 Boring But Strong",
    summary: "13 weeks of 5/3/1 plus 10×5 at 70, 75, 80, then 85 % of TM.",
    source: "After Jim Wendler's Boring But Strong",
};

/// Sources: training-math.md §2.5–2.6, [S14][S28][S29][S31][S35].
pub const INFO_LEADER_ANCHOR: BuiltinInfo = BuiltinInfo {
    id: "531-leader-anchor",
    name: "5/3/1 Leader/Anchor",
    summary: "Two Leader cycles (5s PRO + FSL 5×5), 7th-week deload, an Anchor with PR sets, 7th-week TM test.",
    source: "After Jim Wendler's Leader and Anchor cycles and 7th Week Protocol, from 5/3/1 Forever",
};

/// How the three work sets of a wave week are done.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Main {
    /// Last set "+" (AMRAP, [S10]).
    Plus,
    /// Prescribed reps only (BBB challenge, [S25]).
    Prescribed,
    /// Every set × 5, no + set (5's PRO, [S28]).
    FivesPro,
    /// Forever "3/5/1" Anchor: the 3s week first, the 5s week as 5's PRO,
    /// then the 5/3/1 week; + sets in weeks 1 and 3 ([S28][S29][S31]).
    Anchor,
}

/// Supplemental work after the main sets.
#[derive(Clone, Copy)]
enum Extra {
    None,
    /// `sets` × 10 at a fixed % of TM (BBB).
    TensAt(u32, u32),
    /// `sets` × 5 at the first work set's % (FSL).
    FirstSetLast(u32),
    /// 10 × 5 at a fixed % of TM (BBS).
    FivesAt(u32),
}

/// Percentages and reps of wave week `i` (0 = 5s, 1 = 3s, 2 = 5/3/1).
fn wave(i: usize) -> [(u32, u32); 3] {
    [
        [(65, 5), (75, 5), (85, 5)],
        [(70, 3), (80, 3), (90, 3)],
        [(75, 5), (85, 3), (95, 1)],
    ][i]
}

const DAYS: [(&str, &str); 4] = [
    ("press", "Press day"),
    ("deadlift", "Deadlift day"),
    ("bench", "Bench day"),
    ("squat", "Squat day"),
];

const WEEK_NAMES: [&str; 3] = ["Week 1 (5s)", "Week 2 (3s)", "Week 3 (5/3/1)"];

/// Joker sets: +5 % and +10 % of TM over the top set, 1–3 reps, optional
/// ("no PR – no Joker sets", §2.6 [S32][S33][S34]).
fn jokers(top: u32) -> Vec<SetGroup> {
    [5, 10]
        .into_iter()
        .map(|jump| SetGroup {
            optional: true,
            note: Some("Joker: only after a good top set".to_string()),
            ..sets(1, Reps::range(1, 3).expect("1-3 is a range"), top + jump)
        })
        .collect()
}

/// One wave week (index 0–2) of the four-day template.
fn wave_week(i: usize, main: Main, extra: Extra, options: &BuiltinOptions) -> Week {
    // Anchor order: the 3s week first, then the 5s week ([S28]).
    let (steps, plus) = match main {
        Main::Anchor => [(wave(1), true), (wave(0), false), (wave(2), true)][i],
        Main::Plus => (wave(i), true),
        Main::Prescribed => (wave(i), false),
        Main::FivesPro => (wave(i).map(|(p, _)| (p, 5)), false),
    };
    let name = match main {
        Main::Anchor => ["Week 1 (3s)", "Week 2 (5s PRO)", "Week 3 (5/3/1)"][i],
        Main::FivesPro => ["Week 1", "Week 2", "Week 3"][i],
        _ => WEEK_NAMES[i],
    };
    let days = DAYS
        .iter()
        .map(|&(key, day_name)| {
            let mut work: Vec<SetGroup> = steps
                .iter()
                .enumerate()
                .map(|(n, &(p, r))| {
                    let reps = if plus && n == 2 { amrap(r) } else { exact(r) };
                    sets(1, reps, p)
                })
                .collect();
            if plus && options.joker_sets {
                work.extend(jokers(steps[2].0));
            }
            let mut exercises = vec![Exercise::main(key, work)];
            let supplemental = match extra {
                Extra::None => None,
                Extra::TensAt(n, p) => Some(sets(n, exact(10), p)),
                Extra::FirstSetLast(n) => Some(sets(n, exact(5), steps[0].0)),
                Extra::FivesAt(p) => Some(sets(10, exact(5), p)),
            };
            exercises.extend(supplemental.map(|s| Exercise::supplemental(key, vec![s])));
            day(day_name, exercises)
        })
        .collect();
    week(name, days)
}

/// Week 4: three sets of 5, no + set, no supplemental ([S10][S12]).
fn deload_week(deload: Deload) -> Week {
    let percents = match deload {
        Deload::Article => [40, 50, 60],
        Deload::SecondEdition => [50, 60, 70],
    };
    four_days(
        "Week 4 (deload)",
        percents.iter().map(|&p| (p, exact(5))).collect(),
    )
}

/// The same sets for each of the four lifts.
fn four_days(name: &str, steps: Vec<(u32, Reps)>) -> Week {
    let days = DAYS
        .iter()
        .map(|&(key, day_name)| {
            let work = steps.iter().map(|&(p, r)| sets(1, r, p)).collect();
            day(day_name, vec![Exercise::main(key, work)])
        })
        .collect();
    week(name, days)
}

/// 7th-week deload: Beyond 5/3/1's high-intensity deload, working up to a
/// single at TM (TM 300: 210×3, 240×3, 270×1–3, 300×1, §2.6 [S35]).
fn seventh_week_deload() -> Week {
    four_days(
        "7th week (deload)",
        vec![
            (70, exact(3)),
            (80, exact(3)),
            (90, Reps::range(1, 3).expect("1-3 is a range")),
            (100, exact(1)),
        ],
    )
}

/// 7th-week TM test: 70 % × 5, 80 % × 5, 90 % × 5, TM × 3–5; 3 good reps
/// or more keep the TM (§2.5 [S14][S18]).
fn seventh_week_tm_test() -> Week {
    four_days(
        "7th week (TM test)",
        vec![
            (70, exact(5)),
            (80, exact(5)),
            (90, exact(5)),
            (100, Reps::range(3, 5).expect("3-5 is a range")),
        ],
    )
}

fn waves(main: Main, extra: Extra, options: &BuiltinOptions) -> Vec<Week> {
    (0..3).map(|i| wave_week(i, main, extra, options)).collect()
}

fn standard_cycle(main: Main, extra: Extra, options: &BuiltinOptions) -> Cycle {
    let mut weeks = waves(main, extra, options);
    weeks.push(deload_week(options.deload));
    cycle("Cycle", weeks)
}

fn wendler_program(info: &BuiltinInfo, options: &BuiltinOptions, cycles: Vec<Cycle>) -> Program {
    let rule = |inc| Some(linear(Cadence::Cycle, inc, 1, options.tm_failure.clone()));
    program(
        info,
        options.rounding,
        WarmupStyle::FiveThreeOne,
        vec![
            lift("squat", "Squat", MaxKind::TrainingMax, rule(lower())),
            lift("bench", "Bench press", MaxKind::TrainingMax, rule(upper())),
            lift("deadlift", "Deadlift", MaxKind::TrainingMax, rule(lower())),
            lift("press", "Press", MaxKind::TrainingMax, rule(upper())),
        ],
        cycles,
    )
}

/// 5/3/1 as in §2.2: the main waves only.
pub fn five_three_one(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let c = standard_cycle(Main::Plus, Extra::None, options);
    wendler_program(info, options, vec![c])
}

/// Boring But Big: 5 × 10 at [`BuiltinOptions::bbb_percent`] (50 %) of TM
/// after the main work (§2.6 [S25]).
pub fn boring_but_big(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let extra = Extra::TensAt(5, options.bbb_percent.hundredths() / 100);
    let c = standard_cycle(Main::Plus, extra, options);
    wendler_program(info, options, vec![c])
}

/// BBB 3-Month Challenge: 5 × 10 at 50 %, 60 %, 70 % of TM in cycles 1, 2,
/// 3; main sets for the prescribed reps only (§2.6 [S25][S26]). Each cycle
/// keeps its deload week, three 4-week cycles making the three months.
pub fn bbb_challenge(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let cycles = [50, 60, 70]
        .iter()
        .enumerate()
        .map(|(n, &p)| {
            let mut c = standard_cycle(Main::Prescribed, Extra::TensAt(5, p), options);
            c.name = format!("Month {} (BBB {p} %)", n + 1);
            c
        })
        .collect();
    wendler_program(info, options, cycles)
}

/// First Set Last: 5 × 5 at the first work set's weight (65/70/75 % of TM),
/// the typical Leader volume (§2.6 [S28][S29][S30]).
pub fn first_set_last(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let c = standard_cycle(Main::Plus, Extra::FirstSetLast(5), options);
    wendler_program(info, options, vec![c])
}

/// 5's PRO (every main set × 5, no + set) with FSL 5 × 5 (§2.6 [S28]).
pub fn fives_pro(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let c = standard_cycle(Main::FivesPro, Extra::FirstSetLast(5), options);
    wendler_program(info, options, vec![c])
}

/// Boring But Strong: 10 × 5 at 70 % (weeks 1–3), 75 % (4–6), deload
/// (week 7), 80 % (8–10), 85 % (11–13) of TM (§2.6 [S27]). Each 3-week
/// block is a cycle, so the TM rises after each one.
pub fn boring_but_strong(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let block = |p: u32, n: usize| {
        let weeks = waves(Main::Plus, Extra::FivesAt(p), options)
            .into_iter()
            .enumerate()
            .map(|(i, mut w)| {
                let number = 3 * n + i + 1 + usize::from(n >= 2);
                w.name = format!("Week {number} ({})", ["5s", "3s", "5/3/1"][i]);
                w
            })
            .collect::<Vec<_>>();
        cycle(&format!("Weeks at {p} %"), weeks)
    };
    let mut second = block(75, 1);
    let mut deload = deload_week(options.deload);
    deload.name = "Week 7 (deload)".to_string();
    second.weeks.push(deload);
    let cycles = vec![block(70, 0), second, block(80, 2), block(85, 3)];
    wendler_program(info, options, cycles)
}

/// Leader/Anchor (Forever, §2.6 [S28][S29][S31]): two Leader cycles of
/// 5's PRO + FSL 5 × 5, the 7th-week deload ([S35]), one Anchor cycle
/// ("3/5/1": + sets in weeks 1 and 3) with FSL 3 × 5, then the 7th-week TM
/// test ([S14][S18]). The TM rises after each cycle that succeeds.
pub fn leader_anchor(info: &BuiltinInfo, options: &BuiltinOptions) -> Program {
    let leader = |n: u32| {
        cycle(
            &format!("Leader {n}"),
            waves(Main::FivesPro, Extra::FirstSetLast(5), options),
        )
    };
    let mut second = leader(2);
    second.weeks.push(seventh_week_deload());
    let mut anchor = cycle(
        "Anchor",
        waves(Main::Anchor, Extra::FirstSetLast(3), options),
    );
    anchor.weeks.push(seventh_week_tm_test());
    wendler_program(info, options, vec![leader(1), second, anchor])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_weeks_put_plus_sets_in_weeks_one_and_three() {
        let o = BuiltinOptions::default();
        let plus: Vec<bool> = (0..3)
            .map(|i| {
                let w = wave_week(i, Main::Anchor, Extra::None, &o);
                match &w.days[0].exercises[0].sets {
                    crate::program::SetScheme::Fixed(s) => s[2].reps.is_amrap(),
                    _ => false,
                }
            })
            .collect();
        assert_eq!(plus, vec![true, false, true]);
    }
}
