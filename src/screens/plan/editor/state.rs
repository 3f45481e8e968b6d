//! The editor's state and its reducer: a [`Draft`] of the program, the text
//! of fields that don't parse yet with their messages, and which week and
//! day are shown. Every change goes through [`Draft::apply`], so the
//! editor has no program logic of its own.
//!
//! Field messages are keyed by [`FieldKey`]: a part's stable [`NodeId`] (or
//! a lift's key) and which of its fields, never a list position, so a
//! message stays with its exercise when another is removed or it is moved.

use liftsheet_domain::program::edit::{Draft, EditError, EditOp, NodeId, WeekAt};
use liftsheet_domain::program::{LiftKey, Program};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Which field (or which part's buttons) a message belongs to.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKey {
    ProgramName,
    NewLift,
    LiftName(LiftKey),
    Increment(LiftKey),
    /// The buttons of a lift (remove, progression).
    Lift(LiftKey),
    DaysPerWeek,
    WeekName(NodeId),
    DayName(NodeId),
    StageName(NodeId),
    Count(NodeId),
    Reps(NodeId),
    RepsTop(NodeId),
    Load(NodeId),
    /// The buttons of a week, day, exercise, stage or group (add, remove, move).
    Part(NodeId),
    /// The "add an accessory" form of a day.
    NewAccessory(NodeId),
    /// The "add a lift to this day" control of a day.
    NewExercise(NodeId),
}

/// What a field holds while the lifter types in it, and why it is refused.
///
/// Typed text is kept even when it is fine, so the field shows exactly what
/// was typed ("My " keeps its space, "62." its dot) rather than the value
/// the draft made of it; any button's edit drops the fine ones, since it may
/// change the value behind them.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldText {
    /// What was typed; `None` for a button's message.
    pub text: Option<String>,
    pub error: Option<String>,
}

/// Turns what was typed into an edit, given the draft as it is now.
pub type Parse = Rc<dyn Fn(&str, &Draft) -> Result<EditOp, EditError>>;

pub enum EditorAction {
    /// A button's edit; its error shows at `key`.
    Op(EditOp, FieldKey),
    /// A field's text: parsed and applied, or kept with its error.
    Text {
        key: FieldKey,
        text: String,
        parse: Parse,
    },
    ShowCycle(usize),
    ShowWeek(NodeId),
    ShowDay(NodeId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    pub draft: Draft,
    pub fields: BTreeMap<FieldKey, FieldText>,
    pub cycle: usize,
    /// The week and day shown, by id: they stay shown when moved.
    pub week: Option<NodeId>,
    pub day: Option<NodeId>,
}

impl EditorState {
    pub fn new(draft: Draft) -> EditorState {
        let mut state = EditorState {
            draft,
            fields: BTreeMap::new(),
            cycle: 0,
            week: None,
            day: None,
        };
        state.keep_selection();
        state
    }

    pub fn program(&self) -> &Program {
        self.draft.program()
    }

    /// The text to show in a field: what was typed if it doesn't parse,
    /// else the program's value.
    pub fn text(&self, key: &FieldKey, value: impl FnOnce() -> String) -> String {
        match self.fields.get(key).and_then(|f| f.text.clone()) {
            Some(text) => text,
            None => value(),
        }
    }

    pub fn error(&self, key: &FieldKey) -> Option<AttrValue> {
        self.fields
            .get(key)
            .and_then(|f| f.error.clone())
            .map(AttrValue::from)
    }

    /// Where the shown week is: its cycle and index.
    pub fn week_at(&self) -> Option<WeekAt> {
        let path = self.draft.path(self.week?)?;
        match path.as_slice() {
            &[cycle, week] => Some(WeekAt { cycle, week }),
            _ => None,
        }
    }

    /// Whether a field still holds text that doesn't parse.
    pub fn has_bad_text(&self) -> bool {
        self.fields
            .values()
            .any(|f| f.text.is_some() && f.error.is_some())
    }

    /// Why the program can't be saved as it is, if it can't.
    pub fn save_problem(&self) -> Option<String> {
        if self.has_bad_text() {
            return Some("Fix the fields marked above to save.".into());
        }
        if let Err(e) = liftsheet_domain::program::edit::check_name(&self.program().name) {
            return Some(e.to_string());
        }
        liftsheet_domain::share::validate::program(self.program())
            .err()
            .map(|problem| format!("This program can't be saved: {problem}."))
    }

    /// Keeps a week and day of the shown cycle selected: the same ones if
    /// they are still there, else the first.
    fn keep_selection(&mut self) {
        let cycles = self.program().cycles.len();
        self.cycle = self.cycle.min(cycles.saturating_sub(1));
        let weeks = self.draft.week_ids(self.cycle);
        if !self.week.is_some_and(|w| weeks.contains(&w)) {
            self.week = weeks.first().copied();
        }
        let days = self
            .week_at()
            .map(|at| self.draft.day_ids(at))
            .unwrap_or_default();
        if !self.day.is_some_and(|d| days.contains(&d)) {
            self.day = days.first().copied();
        }
        // Messages about parts that are gone go with them.
        let draft = &self.draft;
        self.fields.retain(|key, _| match key {
            FieldKey::WeekName(id)
            | FieldKey::DayName(id)
            | FieldKey::StageName(id)
            | FieldKey::Count(id)
            | FieldKey::Reps(id)
            | FieldKey::RepsTop(id)
            | FieldKey::Load(id)
            | FieldKey::Part(id)
            | FieldKey::NewAccessory(id)
            | FieldKey::NewExercise(id) => draft.path(*id).is_some(),
            FieldKey::LiftName(k) | FieldKey::Increment(k) | FieldKey::Lift(k) => {
                draft.program().lift(k).is_some()
            }
            FieldKey::ProgramName | FieldKey::NewLift | FieldKey::DaysPerWeek => true,
        });
    }

    /// Applies an action, returning the next state.
    pub fn reduce(mut self, action: EditorAction) -> EditorState {
        match action {
            EditorAction::Op(op, key) => {
                let added_day = matches!(op, EditOp::AddDay { .. });
                let before = self.week_at().map(|at| self.draft.day_ids(at));
                match self.draft.apply(op) {
                    Ok(()) => {
                        self.fields.remove(&key);
                        self.fields.retain(|_, f| f.error.is_some());
                        // A new day is shown at once.
                        if added_day {
                            let now = self.week_at().map(|at| self.draft.day_ids(at));
                            if let (Some(before), Some(now)) = (before, now) {
                                self.day = now.into_iter().find(|d| !before.contains(d));
                            }
                        }
                    }
                    Err(e) => {
                        self.fields.insert(
                            key,
                            FieldText {
                                text: None,
                                error: Some(e.to_string()),
                            },
                        );
                    }
                }
            }
            EditorAction::Text { key, text, parse } => {
                let error = parse(&text, &self.draft)
                    .and_then(|op| self.draft.apply(op))
                    .err()
                    .map(|e| e.to_string());
                self.fields.insert(
                    key,
                    FieldText {
                        text: Some(text),
                        error,
                    },
                );
            }
            EditorAction::ShowCycle(c) => {
                self.cycle = c;
                self.week = None;
                self.day = None;
            }
            EditorAction::ShowWeek(w) => {
                self.week = Some(w);
                self.day = None;
            }
            EditorAction::ShowDay(d) => self.day = Some(d),
        }
        self.keep_selection();
        self
    }
}

impl Reducible for EditorState {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        Rc::new((*self).clone().reduce(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use liftsheet_domain::program::builtin::{build, BuiltinOptions};
    use liftsheet_domain::program::edit::{parse_whole, DayAt, ExerciseAt, StageAt};
    use liftsheet_domain::{Unit, Weight};

    fn state() -> EditorState {
        let p = build("5s-3s-1s", &BuiltinOptions::default()).unwrap();
        EditorState::new(Draft::new(
            p,
            Unit::Lb,
            liftsheet_domain::Step::of(Weight::lb(2.5)).unwrap(),
        ))
    }

    fn count_parse(id: NodeId) -> Parse {
        Rc::new(move |t: &str, _: &Draft| Ok(EditOp::SetCount(id, parse_whole(t, "Sets", 1, 100)?)))
    }

    fn groups(s: &EditorState, day: usize, exercise: usize) -> Vec<NodeId> {
        let at = ExerciseAt {
            day: DayAt {
                week: WeekAt { cycle: 0, week: 0 },
                day,
            },
            exercise,
        };
        s.draft.group_ids(StageAt {
            exercise: at,
            stage: 0,
        })
    }

    #[test]
    fn a_bad_field_keeps_its_text_and_message_with_its_exercise() {
        let s = state();
        // Day 1: squat (0), bench (1). Bad text in bench's sets.
        let bench_group = groups(&s, 0, 1)[0];
        let s = s.reduce(EditorAction::Text {
            key: FieldKey::Count(bench_group),
            text: "lots".into(),
            parse: count_parse(bench_group),
        });
        assert_eq!(s.text(&FieldKey::Count(bench_group), || "1".into()), "lots");
        assert!(s.error(&FieldKey::Count(bench_group)).is_some());
        assert!(s.save_problem().is_some());
        // Squat removed: bench moves up, its message goes with it.
        let s = s.reduce(EditorAction::Op(
            EditOp::RemoveLift(LiftKey::new("squat")),
            FieldKey::Lift(LiftKey::new("squat")),
        ));
        assert_eq!(groups(&s, 0, 0), [bench_group]);
        assert_eq!(s.text(&FieldKey::Count(bench_group), || "1".into()), "lots");
        // Fixed: the message goes, the draft takes the number.
        let s = s.reduce(EditorAction::Text {
            key: FieldKey::Count(bench_group),
            text: "2".into(),
            parse: count_parse(bench_group),
        });
        assert!(s.error(&FieldKey::Count(bench_group)).is_none());
        assert!(s.save_problem().is_none());
        // Bench removed: a message about its parts can't linger.
        let s = s.reduce(EditorAction::Text {
            key: FieldKey::Count(bench_group),
            text: "x".into(),
            parse: count_parse(bench_group),
        });
        let s = s.reduce(EditorAction::Op(
            EditOp::RemoveLift(LiftKey::new("bench")),
            FieldKey::Lift(LiftKey::new("bench")),
        ));
        assert!(s.fields.is_empty(), "{:?}", s.fields);
    }

    #[test]
    fn a_field_shows_what_was_typed_until_a_button_changes_things() {
        let s = state();
        let rename: Parse = Rc::new(|t: &str, _: &Draft| Ok(EditOp::RenameProgram(t.to_string())));
        let s = s.reduce(EditorAction::Text {
            key: FieldKey::ProgramName,
            text: "Pulls ".into(),
            parse: rename,
        });
        assert_eq!(s.program().name, "Pulls");
        assert_eq!(s.text(&FieldKey::ProgramName, || "shown".into()), "Pulls ");
        assert!(s.save_problem().is_none(), "fine text doesn't block saving");
        let s = s.reduce(EditorAction::Op(
            EditOp::RemoveLift(LiftKey::new("press")),
            FieldKey::Lift(LiftKey::new("press")),
        ));
        assert_eq!(s.text(&FieldKey::ProgramName, || "shown".into()), "shown");
    }

    #[test]
    fn the_shown_day_follows_removals_and_additions() {
        let s = state();
        let days = s.draft.day_ids(WeekAt { cycle: 0, week: 0 });
        assert_eq!(s.day, Some(days[0]));
        let s = s.reduce(EditorAction::ShowDay(days[1]));
        let s = s.reduce(EditorAction::Op(
            EditOp::MoveDay(days[1], liftsheet_domain::program::edit::Direction::Up),
            FieldKey::Part(days[1]),
        ));
        assert_eq!(s.day, Some(days[1]), "still shown after moving");
        let s = s.reduce(EditorAction::Op(
            EditOp::RemoveDay(days[1]),
            FieldKey::Part(days[1]),
        ));
        assert_eq!(s.day, Some(days[0]));
        // The last day can't go: the message shows at its buttons.
        let s = s.reduce(EditorAction::Op(
            EditOp::RemoveDay(days[0]),
            FieldKey::Part(days[0]),
        ));
        assert_eq!(
            s.error(&FieldKey::Part(days[0])).as_deref(),
            Some("A week needs at least one day.")
        );
        let week = s.week.unwrap();
        let s = s.reduce(EditorAction::Op(
            EditOp::AddDay { week },
            FieldKey::Part(week),
        ));
        assert_ne!(s.day, Some(days[0]), "the new day is shown");
    }
}
