//! The editor's working copy of a program, with a stable id for every week,
//! day, exercise, stage and set group.
//!
//! Why ids and not positions: the editor shows a message next to a field
//! the lifter typed something wrong into, and keeps that text until it is
//! fixed. Keyed by position ("week 2, day 1, exercise 3"), the message would
//! jump to another exercise as soon as one above it is removed or moved.
//! Keyed by [`NodeId`], it stays with its exercise wherever it goes.
//!
//! The ids live beside the program, not in it: an [`Outline`] of the same
//! shape (cycles → weeks → days → exercises → stages → set groups; a fixed
//! scheme's sets are its one stage). [`Draft::apply`] runs one [`EditOp`]
//! through the [`super`] functions and moves the outline's ids the same way,
//! so the stored [`Program`] (and share links) stay free of editor state.
//! Lifts need no ids: their [`crate::program::LiftKey`] is already stable.

use super::lifts::{self, Accessory};
use super::sets;
use super::{layout, DayAt, Direction, EditError, ExerciseAt, GroupAt, StageAt, WeekAt};
use crate::program::load::{Load, Reps, UnitPair};
use crate::program::model::{LiftKey, Program, SetScheme};
use crate::weight::{Step, Unit, Weight};

/// A stable id for one part of a program in the editor (unique within a
/// [`Draft`], never reused while it lives).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl std::fmt::Display for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "n{}", self.0)
    }
}

/// One part's id and its parts' ids.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Node {
    id: NodeId,
    children: Vec<Node>,
}

/// Ids in the shape of a program: `cycles[c].children` are its weeks, and so
/// on down to set groups.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Outline {
    cycles: Vec<Node>,
}

/// One change the editor asks for. Parts are named by id, lifts by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditOp {
    RenameProgram(String),
    AddLift(String),
    RenameLift(LiftKey, String),
    RemoveLift(LiftKey),
    /// The increase per success, typed in either unit (see [`lifts::set_increment`]).
    SetIncrement(LiftKey, Weight),
    /// Double progression on (starting at +2.5 kg / +5 lb) or off.
    SetDoubleProgression(LiftKey, bool),
    AddWeek {
        cycle: usize,
    },
    RemoveWeek(NodeId),
    MoveWeek(NodeId, Direction),
    RenameWeek(NodeId, String),
    AddDay {
        week: NodeId,
    },
    RemoveDay(NodeId),
    /// Remove the day at this day's place from every week of its cycle
    /// (weeks too short to have it, or with it as their only day, keep
    /// theirs).
    RemoveDayEveryWeek(NodeId),
    MoveDay(NodeId, Direction),
    RenameDay(NodeId, String),
    SetDaysPerWeek {
        cycle: usize,
        days: u32,
    },
    AddExercise {
        day: NodeId,
        lift: LiftKey,
    },
    AddAccessory {
        day: NodeId,
        accessory: Accessory,
    },
    RemoveExercise(NodeId),
    /// Remove this exercise's lift from the same day of every week of its
    /// cycle (5/3/1's "Press day" in weeks 1 to 4).
    RemoveExerciseEveryWeek(NodeId),
    MoveExercise(NodeId, Direction),
    AddGroup {
        stage: NodeId,
    },
    RemoveGroup(NodeId),
    SetCount(NodeId, u32),
    SetReps(NodeId, Reps),
    SetLoad(NodeId, Load),
    AddStage {
        exercise: NodeId,
        name: String,
    },
    RemoveStage(NodeId),
    RenameStage(NodeId, String),
    MoveStage(NodeId, Direction),
}

/// The program being edited, its ids, and the lifter's unit and smallest
/// plate step (for increases typed in the other unit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    program: Program,
    outline: Outline,
    next_id: u32,
    unit: Unit,
    step: Step,
}

impl Draft {
    /// A draft of `program` for a lifter in `unit` whose smallest plate pair
    /// is `step` ([`lifts::smallest_step`]).
    pub fn new(program: Program, unit: Unit, step: Step) -> Draft {
        let mut draft = Draft {
            program,
            outline: Outline::default(),
            next_id: 0,
            unit,
            step,
        };
        draft.fit();
        draft
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn into_program(self) -> Program {
        self.program
    }

    pub fn unit(&self) -> Unit {
        self.unit
    }

    pub fn step(&self) -> Step {
        self.step
    }

    fn fresh(&mut self) -> NodeId {
        self.next_id += 1;
        NodeId(self.next_id)
    }

    /// The node at `path` (cycle, week, day, exercise, stage, group indexes).
    fn node(&self, path: &[usize]) -> Option<&Node> {
        let (first, rest) = path.split_first()?;
        let mut node = self.outline.cycles.get(*first)?;
        for &i in rest {
            node = node.children.get(i)?;
        }
        Some(node)
    }

    fn children_mut(&mut self, path: &[usize]) -> Option<&mut Vec<Node>> {
        let mut list = &mut self.outline.cycles;
        for &i in path {
            list = &mut list.get_mut(i)?.children;
        }
        Some(list)
    }

    /// The ids of the parts under `path` ([] for cycles, [c] for weeks, ...).
    fn ids(&self, path: &[usize]) -> Vec<NodeId> {
        let list = if path.is_empty() {
            Some(&self.outline.cycles)
        } else {
            self.node(path).map(|n| &n.children)
        };
        list.map(|l| l.iter().map(|n| n.id).collect())
            .unwrap_or_default()
    }

    /// The ids of cycle `cycle`'s weeks, in order.
    pub fn week_ids(&self, cycle: usize) -> Vec<NodeId> {
        self.ids(&[cycle])
    }

    /// The ids of a week's days.
    pub fn day_ids(&self, week: WeekAt) -> Vec<NodeId> {
        self.ids(&[week.cycle, week.week])
    }

    /// The ids of a day's exercises.
    pub fn exercise_ids(&self, day: DayAt) -> Vec<NodeId> {
        self.ids(&[day.week.cycle, day.week.week, day.day])
    }

    /// The ids of an exercise's stages (one for a fixed scheme).
    pub fn stage_ids(&self, e: ExerciseAt) -> Vec<NodeId> {
        let d = e.day;
        self.ids(&[d.week.cycle, d.week.week, d.day, e.exercise])
    }

    /// The ids of a stage's set groups.
    pub fn group_ids(&self, s: StageAt) -> Vec<NodeId> {
        let (e, d) = (s.exercise, s.exercise.day);
        self.ids(&[d.week.cycle, d.week.week, d.day, e.exercise, s.stage])
    }

    /// Where the part with `id` is now, as indexes from the cycle down.
    pub fn path(&self, id: NodeId) -> Option<Vec<usize>> {
        fn search(list: &[Node], id: NodeId, path: &mut Vec<usize>) -> bool {
            for (i, node) in list.iter().enumerate() {
                path.push(i);
                if node.id == id || search(&node.children, id, path) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = Vec::new();
        search(&self.outline.cycles, id, &mut path).then_some(path)
    }

    fn week_at(&self, id: NodeId) -> Result<WeekAt, EditError> {
        match self.path(id).as_deref() {
            Some(&[cycle, week]) => Ok(WeekAt { cycle, week }),
            _ => Err(EditError::Gone),
        }
    }

    fn day_at(&self, id: NodeId) -> Result<DayAt, EditError> {
        match self.path(id).as_deref() {
            Some(&[cycle, week, day]) => Ok(DayAt {
                week: WeekAt { cycle, week },
                day,
            }),
            _ => Err(EditError::Gone),
        }
    }

    fn exercise_at(&self, id: NodeId) -> Result<ExerciseAt, EditError> {
        match self.path(id).as_deref() {
            Some(&[cycle, week, day, exercise]) => Ok(ExerciseAt {
                day: DayAt {
                    week: WeekAt { cycle, week },
                    day,
                },
                exercise,
            }),
            _ => Err(EditError::Gone),
        }
    }

    fn stage_at(&self, id: NodeId) -> Result<StageAt, EditError> {
        match self.path(id).as_deref() {
            Some(&[cycle, week, day, exercise, stage]) => Ok(StageAt {
                exercise: ExerciseAt {
                    day: DayAt {
                        week: WeekAt { cycle, week },
                        day,
                    },
                    exercise,
                },
                stage,
            }),
            _ => Err(EditError::Gone),
        }
    }

    fn group_at(&self, id: NodeId) -> Result<GroupAt, EditError> {
        match self.path(id).as_deref() {
            Some(&[cycle, week, day, exercise, stage, group]) => Ok(GroupAt {
                stage: StageAt {
                    exercise: ExerciseAt {
                        day: DayAt {
                            week: WeekAt { cycle, week },
                            day,
                        },
                        exercise,
                    },
                    stage,
                },
                group,
            }),
            _ => Err(EditError::Gone),
        }
    }

    /// Makes the outline the program's shape: ids of parts that are still
    /// there stay, parts past the end lose theirs, new parts get fresh ones.
    fn fit(&mut self) {
        fn fit_list(list: &mut Vec<Node>, len: usize, next: &mut u32) {
            list.truncate(len);
            while list.len() < len {
                *next += 1;
                list.push(Node {
                    id: NodeId(*next),
                    children: Vec::new(),
                });
            }
        }
        let mut next = self.next_id;
        let cycles = &self.program.cycles;
        fit_list(&mut self.outline.cycles, cycles.len(), &mut next);
        for (cn, cycle) in self.outline.cycles.iter_mut().zip(cycles) {
            fit_list(&mut cn.children, cycle.weeks.len(), &mut next);
            for (wn, week) in cn.children.iter_mut().zip(&cycle.weeks) {
                fit_list(&mut wn.children, week.days.len(), &mut next);
                for (dn, day) in wn.children.iter_mut().zip(&week.days) {
                    fit_list(&mut dn.children, day.exercises.len(), &mut next);
                    for (en, exercise) in dn.children.iter_mut().zip(&day.exercises) {
                        let stages: Vec<usize> = match &exercise.sets {
                            SetScheme::Fixed(groups) => vec![groups.len()],
                            SetScheme::Staged(stages) => {
                                stages.iter().map(|s| s.sets.len()).collect()
                            }
                        };
                        fit_list(&mut en.children, stages.len(), &mut next);
                        for (sn, groups) in en.children.iter_mut().zip(stages) {
                            fit_list(&mut sn.children, groups, &mut next);
                        }
                    }
                }
            }
        }
        self.next_id = next;
    }

    /// Removes the id at `path` (whose part the program just lost).
    fn drop_node(&mut self, path: &[usize]) {
        if let Some((last, parent)) = path.split_last() {
            if let Some(list) = self.children_mut(parent) {
                if *last < list.len() {
                    list.remove(*last);
                }
            }
        }
    }

    /// Swaps the ids at `path` and its sibling `to` (a part just moved).
    fn swap_node(&mut self, path: &[usize], to: usize) {
        if let Some((last, parent)) = path.split_last() {
            if let Some(list) = self.children_mut(parent) {
                if *last < list.len() && to < list.len() {
                    list.swap(*last, to);
                }
            }
        }
    }

    /// Inserts a fresh id at `path` (a part just added there).
    fn insert_node(&mut self, path: &[usize]) {
        let id = self.fresh();
        if let Some((last, parent)) = path.split_last() {
            if let Some(list) = self.children_mut(parent) {
                let at = (*last).min(list.len());
                list.insert(
                    at,
                    Node {
                        id,
                        children: Vec::new(),
                    },
                );
            }
        }
    }

    /// Applies `op`; on an error nothing has changed.
    pub fn apply(&mut self, op: EditOp) -> Result<(), EditError> {
        let mut program = self.program.clone();
        let result = self.run(&mut program, op);
        if result.is_ok() {
            self.program = program;
        }
        self.fit();
        result
    }

    fn run(&mut self, p: &mut Program, op: EditOp) -> Result<(), EditError> {
        match op {
            EditOp::RenameProgram(name) => super::rename_program(p, &name),
            EditOp::AddLift(name) => lifts::add_lift(p, &name).map(drop),
            EditOp::RenameLift(key, name) => lifts::rename_lift(p, &key, &name),
            EditOp::RemoveLift(key) => {
                // Each day keeps the ids of the exercises that stay.
                let mut kept: Vec<(Vec<usize>, Vec<bool>)> = Vec::new();
                for (c, cycle) in p.cycles.iter().enumerate() {
                    for (w, week) in cycle.weeks.iter().enumerate() {
                        for (d, day) in week.days.iter().enumerate() {
                            let keep = day.exercises.iter().map(|e| e.lift != key).collect();
                            kept.push((vec![c, w, d], keep));
                        }
                    }
                }
                lifts::remove_lift(p, &key)?;
                for (path, keep) in kept {
                    if let Some(list) = self.children_mut(&path) {
                        let mut flags = keep.into_iter();
                        list.retain(|_| flags.next().unwrap_or(true));
                    }
                }
                Ok(())
            }
            EditOp::SetIncrement(key, amount) => {
                lifts::set_increment(p, &key, amount, self.unit, self.step).map(drop)
            }
            EditOp::SetDoubleProgression(key, on) => {
                let step = on.then(|| UnitPair::new(2.5, 5.0));
                lifts::set_double_progression(p, &key, step)
            }
            EditOp::AddWeek { cycle } => {
                let week = layout::add_week(p, cycle)?;
                self.insert_node(&[cycle, week]);
                Ok(())
            }
            EditOp::RemoveWeek(id) => {
                let at = self.week_at(id)?;
                layout::remove_week(p, at)?;
                self.drop_node(&[at.cycle, at.week]);
                Ok(())
            }
            EditOp::MoveWeek(id, direction) => {
                let at = self.week_at(id)?;
                let to = layout::move_week(p, at, direction)?;
                self.swap_node(&[at.cycle, at.week], to);
                Ok(())
            }
            EditOp::RenameWeek(id, name) => layout::rename_week(p, self.week_at(id)?, &name),
            EditOp::AddDay { week } => {
                let at = self.week_at(week)?;
                let day = layout::add_day(p, at)?;
                self.insert_node(&[at.cycle, at.week, day]);
                Ok(())
            }
            EditOp::RemoveDay(id) => {
                let at = self.day_at(id)?;
                layout::remove_day(p, at)?;
                self.drop_node(&[at.week.cycle, at.week.week, at.day]);
                Ok(())
            }
            EditOp::RemoveDayEveryWeek(id) => {
                let at = self.day_at(id)?;
                let c = at.week.cycle;
                let weeks = p.cycles.get(c).map_or(0, |cycle| cycle.weeks.len());
                for week in 0..weeks {
                    let here = DayAt {
                        week: WeekAt { cycle: c, week },
                        day: at.day,
                    };
                    match layout::remove_day(p, here) {
                        Ok(_) => self.drop_node(&[c, week, at.day]),
                        // A shorter week, or its only day: it stays.
                        Err(EditError::Gone | EditError::LastDay) if week != at.week.week => {}
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            }
            EditOp::MoveDay(id, direction) => {
                let at = self.day_at(id)?;
                let to = layout::move_day(p, at, direction)?;
                self.swap_node(&[at.week.cycle, at.week.week, at.day], to);
                Ok(())
            }
            EditOp::RenameDay(id, name) => layout::rename_day(p, self.day_at(id)?, &name),
            // Days are added or dropped at the end: `fit` follows.
            EditOp::SetDaysPerWeek { cycle, days } => layout::set_days_per_week(p, cycle, days),
            EditOp::AddExercise { day, lift } => {
                let at = self.day_at(day)?;
                sets::add_exercise(p, at, sets::new_exercise(&lift)).map(drop)
            }
            EditOp::AddAccessory { day, accessory } => {
                lifts::add_accessory(p, self.day_at(day)?, &accessory).map(drop)
            }
            EditOp::RemoveExercise(id) => {
                let at = self.exercise_at(id)?;
                sets::remove_exercise(p, at)?;
                let d = at.day;
                self.drop_node(&[d.week.cycle, d.week.week, d.day, at.exercise]);
                Ok(())
            }
            EditOp::RemoveExerciseEveryWeek(id) => {
                let at = self.exercise_at(id)?;
                let (c, d) = (at.day.week.cycle, at.day.day);
                let weeks = &p.cycles.get(c).ok_or(EditError::Gone)?.weeks;
                let lift = weeks
                    .get(at.day.week.week)
                    .and_then(|w| w.days.get(d))
                    .and_then(|day| day.exercises.get(at.exercise))
                    .ok_or(EditError::Gone)?
                    .lift
                    .clone();
                for week in 0..weeks.len() {
                    let Some(day) = p.cycles[c].weeks[week].days.get(d) else {
                        continue;
                    };
                    // This exercise in its own week; the lift's first
                    // exercise on that day in the others.
                    let exercise = if week == at.day.week.week {
                        at.exercise
                    } else {
                        match day.exercises.iter().position(|e| e.lift == lift) {
                            Some(i) => i,
                            None => continue,
                        }
                    };
                    let here = ExerciseAt {
                        day: DayAt {
                            week: WeekAt { cycle: c, week },
                            day: d,
                        },
                        exercise,
                    };
                    sets::remove_exercise(p, here)?;
                    self.drop_node(&[c, week, d, exercise]);
                }
                Ok(())
            }
            EditOp::MoveExercise(id, direction) => {
                let at = self.exercise_at(id)?;
                let to = sets::move_exercise(p, at, direction)?;
                let d = at.day;
                self.swap_node(&[d.week.cycle, d.week.week, d.day, at.exercise], to);
                Ok(())
            }
            EditOp::AddGroup { stage } => sets::add_group(p, self.stage_at(stage)?).map(drop),
            EditOp::RemoveGroup(id) => {
                let at = self.group_at(id)?;
                sets::remove_group(p, at)?;
                let path = self.path(id).unwrap_or_default();
                self.drop_node(&path);
                Ok(())
            }
            EditOp::SetCount(id, n) => sets::set_count(p, self.group_at(id)?, n),
            EditOp::SetReps(id, reps) => sets::set_reps(p, self.group_at(id)?, reps),
            EditOp::SetLoad(id, load) => sets::set_load(p, self.group_at(id)?, load),
            EditOp::AddStage { exercise, name } => {
                sets::add_stage(p, self.exercise_at(exercise)?, &name).map(drop)
            }
            EditOp::RemoveStage(id) => {
                let at = self.stage_at(id)?;
                sets::remove_stage(p, at)?;
                let path = self.path(id).unwrap_or_default();
                self.drop_node(&path);
                Ok(())
            }
            EditOp::RenameStage(id, name) => sets::rename_stage(p, self.stage_at(id)?, &name),
            EditOp::MoveStage(id, direction) => {
                let at = self.stage_at(id)?;
                let to = sets::move_stage(p, at, direction)?;
                let path = self.path(id).unwrap_or_default();
                self.swap_node(&path, to);
                Ok(())
            }
        }
    }
}
