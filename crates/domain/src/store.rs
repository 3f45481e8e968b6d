//! The persisted document: everything the app saves, with a schema version and
//! migrations from every older version.
//!
//! The app keeps one JSON text (localStorage). [`decode`] reads it:
//! - current or older schema: migrated step by step ([`migrate`]) and parsed;
//! - a newer schema than this build knows: [`StoreError::Newer`]. The app must
//!   keep the raw text untouched, go read-only and offer to export it;
//! - a max, weight or rep count outside the limits module's range for stored
//!   values ([`check`]): [`StoreError::OutOfRange`], same handling;
//! - anything else: [`StoreError::Corrupt`], same handling.
//!
//! `decode` never modifies or drops the text it is given; keeping it is the
//! caller's job until a successful [`encode`] replaces it on purpose.
//!
//! Migrations are pure functions over `serde_json::Value`, one per version
//! step, listed in [`MIGRATIONS`]; `tests/fixtures/store/` holds a fixture of
//! every schema version ever written; `store/migrate.rs` says what each step
//! changes. The driver is also tested with test-only steps.
//!
//! Size: the log uses the compact form of `log::wire` (short keys, defaults
//! skipped, weights as plain numbers with a per-session unit); ten years of
//! four sessions a week is tested to encode under 2 MB.

pub mod check;
mod merge;
mod migrate;
pub mod room;
mod since;
mod unknown;

pub use merge::{merge, merge_counts, MergeCounts, Revisions};
pub use since::{merge_since, Footprint};
pub use unknown::Unknown;

use crate::bodyweight::BodyweightEntry;
use crate::equipment::EquipmentTable;
use crate::exercise::OwnExercise;
use crate::log::{Session, SessionId};
use crate::maxes::MaxTable;
use crate::plates::BarSetup;
use crate::program::{LiftKey, Program};
use crate::progression::Proposal;
use crate::training_max::{RoundingRule, TmPercent};
use crate::weight::{Rounding, Unit, Weight};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// The lifter's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The unit weights are entered and shown in.
    pub unit: Unit,
    /// Bar, collars and plates owned.
    pub bar: BarSetup,
    /// What training maxes and percentages round to (2.5 kg nearest unless
    /// changed; training-math.md §2.3, §6.6).
    #[serde(
        default = "default_rounding",
        skip_serializing_if = "is_default_rounding"
    )]
    pub rounding: RoundingRule,
    /// Training max as a percent of the 1RM (90 unless changed, §2.1).
    #[serde(default, skip_serializing_if = "is_default_tm_percent")]
    pub tm_percent: TmPercent,
}

/// The usual rounding step of `unit`: 2.5 kg or 5 lb, nearest ([S8][S17]).
pub fn standard_rounding(unit: Unit) -> RoundingRule {
    let milli = match unit {
        Unit::Kg => 2_500,
        Unit::Lb => 5_000,
    };
    RoundingRule {
        step: Weight::from_milli(milli, unit),
        rounding: Rounding::Nearest,
    }
}

fn default_rounding() -> RoundingRule {
    standard_rounding(Unit::Kg)
}

fn is_default_rounding(increment: &RoundingRule) -> bool {
    *increment == default_rounding()
}

fn is_default_tm_percent(percent: &TmPercent) -> bool {
    *percent == TmPercent::default()
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            unit: Unit::Kg,
            bar: BarSetup::kg_standard(),
            rounding: default_rounding(),
            tm_percent: TmPercent::default(),
        }
    }
}

/// The program being run (typed: see [`crate::program::active`]).
pub use crate::program::active::{ActiveProgram, Position};

/// Everything the app persists, as one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    /// Schema version; [`decode`] always returns [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Which generation of the lifter's data this is: a wholesale change
    /// (restoring a backup with Replace) starts the next one, and a tab
    /// holding an older generation takes the newer one as it is instead of
    /// merging its old sessions back into it ([`reconcile`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub generation: u32,
    /// How often the lifter changed each area a merge takes whole from one
    /// copy ([`merge`]).
    #[serde(default, skip_serializing_if = "Revisions::is_empty")]
    pub revisions: Revisions,
    #[serde(default)]
    pub settings: Settings,
    /// The lifter's training max and 1RM per lift: the one place they are
    /// kept. Working weights are the running program's own
    /// ([`ActiveProgram::progress`]).
    #[serde(default, skip_serializing_if = "MaxTable::is_empty")]
    pub maxes: MaxTable,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<ActiveProgram>,
    /// The lifter's own programs (edited copies of built-ins, or written
    /// from scratch), each with its own `id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_programs: Vec<Program>,
    /// Logged sessions.
    #[serde(default)]
    pub log: Vec<Session>,
    /// The session being logged now, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<Session>,
    /// Next maxes proposed when sessions of the running program finished,
    /// oldest first, each kept until the lifter applies or dismisses it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<PendingProposals>,
    /// Sessions whose proposals the lifter applied or dismissed, so merging
    /// with another tab's older copy doesn't bring them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decided: Vec<SessionId>,
    /// The last proposals the lifter applied (newest last, at most
    /// [`APPLIED_KEPT`]), as applied: a correction to their session can
    /// take them back while the lifts they moved haven't moved since
    /// ([`crate::document::session::Change::Unapply`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applied: Vec<PendingProposals>,
    /// When the last backup was made and where it went, and how often the
    /// lifter wants one ([`crate::document::backup`]).
    #[serde(
        default,
        skip_serializing_if = "crate::document::backup::Backups::is_empty"
    )]
    pub backups: crate::document::backup::Backups,
    /// Ids of sessions the lifter deleted from the log, so merging with
    /// another tab's copy doesn't bring them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<SessionId>,
    /// Ids of the lifter's own programs he deleted, marked like sessions
    /// (`deleted`): merging a copy that still has one doesn't bring it back,
    /// and no new program takes one of these ids
    /// ([`crate::document::program::copy_for`]). Since schema 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_programs: Vec<String>,
    /// Ids of the lifter's own exercises he deleted, likewise
    /// ([`crate::document::exercises::new_id`] never gives one again).
    /// Since schema 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_exercises: Vec<LiftKey>,
    /// The lifter's bodyweight readings, by date, one per date
    /// ([`crate::bodyweight`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodyweight: Vec<BodyweightEntry>,
    /// Bodyweight readings the lifter removed, so merging with another tab's
    /// copy doesn't bring them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodyweight_removed: Vec<BodyweightEntry>,
    /// The lifter's equipment per exercise id (a 25 kg trap bar for block
    /// pulls, his dumbbell rack): only the exercises he changed; the rest use
    /// their implement's default ([`crate::equipment`]).
    #[serde(default, skip_serializing_if = "EquipmentTable::is_empty")]
    pub equipment: EquipmentTable,
    /// The lifter's own exercises (added by name, or brought in by an
    /// import under a name the library doesn't have), each with its own id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<OwnExercise>,
    /// Fields a newer build wrote that this one doesn't know, kept as they
    /// were ([`Unknown`]).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// How many applied proposals the document remembers ([`StoredDocument::applied`]).
pub const APPLIED_KEPT: usize = 8;

/// Proposed progressions waiting for the lifter's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingProposals {
    /// The program they are for (its id): they only apply to it.
    pub program: String,
    /// The session whose finishing proposed them.
    pub session: SessionId,
    pub proposals: Vec<Proposal>,
    /// Why nothing could be proposed ("Enter a max for Squat."), if so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// The session ended its cycle, so per-cycle rules judged the cycle too:
    /// a correction to the session judges it the same way again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ends_cycle: bool,
}

impl Default for StoredDocument {
    fn default() -> StoredDocument {
        StoredDocument {
            schema: SCHEMA_VERSION,
            generation: 0,
            revisions: Revisions::default(),
            settings: Settings::default(),
            maxes: MaxTable::new(),
            program: None,
            custom_programs: Vec::new(),
            log: Vec::new(),
            in_progress: None,
            pending: Vec::new(),
            decided: Vec::new(),
            applied: Vec::new(),
            backups: Default::default(),
            deleted: Vec::new(),
            deleted_programs: Vec::new(),
            deleted_exercises: Vec::new(),
            bodyweight: Vec::new(),
            bodyweight_removed: Vec::new(),
            equipment: EquipmentTable::new(),
            exercises: Vec::new(),
            unknown: Unknown::default(),
        }
    }
}

/// Why a stored text can't be used. Either way the text must be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Not JSON, or not the shape of any known schema.
    Corrupt { reason: String },
    /// Written by a newer version of the app.
    Newer { found: u32 },
    /// A max, weight or rep count no build of the app writes (a −100 kg
    /// training max): the text is damaged there.
    OutOfRange(check::OutOfRange),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Corrupt { reason } => write!(
                f,
                "Your saved data can't be read ({reason}). It is kept as it was: export it before starting over."
            ),
            StoreError::Newer { found } => write!(
                f,
                "Your saved data is from a newer Liftsheet (format {found}; this one reads up to {SCHEMA_VERSION}). \
                 It is read-only here: reload to update the app, or export it."
            ),
            StoreError::OutOfRange(out) => write!(
                f,
                "Your saved data can't be read ({out}). It is kept as it was: export it before starting over."
            ),
        }
    }
}

impl std::error::Error for StoreError {}

/// What [`decode`] returns.
pub type Decoded = Result<StoredDocument, StoreError>;

/// One migration step: turns a document of schema `from` into `from + 1`.
/// The driver sets the new `schema` number; the step changes the rest.
#[derive(Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub run: fn(Value) -> Result<Value, String>,
}

/// Every step from schema 1 up to [`SCHEMA_VERSION`], in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        run: migrate::one_to_two,
    },
    Migration {
        from: 2,
        run: migrate::two_to_three,
    },
    Migration {
        from: 3,
        run: migrate::three_to_four,
    },
];

fn corrupt(reason: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        reason: reason.into(),
    }
}

/// The schema number of a parsed document.
fn schema_of(value: &Value) -> Result<u32, StoreError> {
    let obj = value
        .as_object()
        .ok_or_else(|| corrupt("it is not a Liftsheet document"))?;
    let schema = obj
        .get("schema")
        .ok_or_else(|| corrupt("it has no format number"))?
        .as_u64()
        .ok_or_else(|| corrupt("its format number is not a whole number"))?;
    if schema == 0 {
        return Err(corrupt("its format number is 0"));
    }
    u32::try_from(schema).map_err(|_| StoreError::Newer { found: u32::MAX })
}

/// Runs `steps` on `value` (of schema `from`) until it reaches `to`. Each step
/// must exist: a gap is reported as corrupt rather than guessed over.
pub fn migrate(
    mut value: Value,
    from: u32,
    to: u32,
    steps: &[Migration],
) -> Result<Value, StoreError> {
    let mut at = from;
    while at < to {
        let step = steps
            .iter()
            .find(|m| m.from == at)
            .ok_or_else(|| corrupt(format!("no way to upgrade format {at}")))?;
        value = (step.run)(value)
            .map_err(|reason| corrupt(format!("upgrading format {at}: {reason}")))?;
        at += 1;
        match value.as_object_mut() {
            Some(obj) => {
                obj.insert("schema".into(), Value::from(at));
            }
            None => {
                return Err(corrupt(format!(
                    "upgrading format {}: not an object",
                    at - 1
                )))
            }
        }
    }
    Ok(value)
}

/// Only the schema number, read without building the whole tree.
#[derive(Deserialize)]
struct Probe {
    schema: Option<Value>,
}

/// The part of the document the calculator screens read, for the small
/// first-load app, which has no code for the rest (program, log) and reads it
/// without serde (the app's `storage::calculator_view`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CalculatorView {
    pub settings: Settings,
    pub maxes: MaxTable,
}

/// Reads a stored text: migrates older schemas, refuses newer ones, reports
/// damage. Never panics; never needs the text afterwards.
pub fn decode(json: &str) -> Decoded {
    decode_with(json, SCHEMA_VERSION, MIGRATIONS)
}

/// [`decode`] with an explicit target schema and steps (for testing the driver).
pub fn decode_with(json: &str, current: u32, steps: &[Migration]) -> Decoded {
    let shape_error = |e: serde_json::Error| corrupt(format!("unexpected data: {e}"));
    // Fast path: the current schema parses straight into the document.
    if let Ok(Probe {
        schema: Some(Value::Number(n)),
    }) = serde_json::from_str::<Probe>(json)
    {
        if n.as_u64() == Some(u64::from(current)) {
            let doc: StoredDocument = serde_json::from_str(json).map_err(shape_error)?;
            return checked(doc);
        }
    }
    let value: Value =
        serde_json::from_str(json).map_err(|e| corrupt(format!("not valid JSON: {e}")))?;
    let found = schema_of(&value)?;
    if found > current {
        return Err(StoreError::Newer { found });
    }
    let value = migrate(value, found, current, steps)?;
    // Back through text rather than `from_value`: one Deserialize instantiation
    // (the string reader) for the whole document keeps the wasm much smaller,
    // and migrating is rare.
    let text = serde_json::to_string(&value).map_err(|e| corrupt(e.to_string()))?;
    checked(serde_json::from_str(&text).map_err(shape_error)?)
}

/// A parsed document, its values checked against the limits ([`check`]).
fn checked(mut doc: StoredDocument) -> Decoded {
    check::check(&doc).map_err(StoreError::OutOfRange)?;
    doc.schema = SCHEMA_VERSION;
    crate::sort::sort_by_key(&mut doc.bodyweight, |e| e.date);
    Ok(doc)
}

/// The JSON text to save.
pub fn encode(doc: &StoredDocument) -> String {
    // Cannot fail: every map is keyed by strings and no Serialize impl here errors.
    serde_json::to_string(doc).expect("a stored document always serializes")
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// How two tabs' copies of the document came together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reconciled {
    /// The same generation: merged, nothing either wrote lost ([`merge`]).
    Merged,
    /// The other copy is a newer generation (another tab replaced the data):
    /// it is taken as it is, and this copy's data is not brought back.
    ReplacedElsewhere,
    /// This copy is the newer generation: the other, older one is ignored.
    OursNewer,
}

/// How `ours` and `theirs` stand by generation (before any merging).
pub fn generations(ours: &StoredDocument, theirs: &StoredDocument) -> Reconciled {
    match ours.generation.cmp(&theirs.generation) {
        std::cmp::Ordering::Equal => Reconciled::Merged,
        std::cmp::Ordering::Less => Reconciled::ReplacedElsewhere,
        std::cmp::Ordering::Greater => Reconciled::OursNewer,
    }
}

/// Two tabs' copies of the document as one: [`merge`] within a generation
/// (the order doesn't matter there), across generations the newer copy
/// as it is, so a Replace in one tab stays a replace in every other. Says
/// how, from `ours`'s side.
///
/// `base` is the copy both last agreed on (what this tab last wrote or
/// read): what either side took away since then stays away ([`merge_since`]).
pub fn reconcile(
    ours: &StoredDocument,
    theirs: &StoredDocument,
    base: &Footprint,
) -> (StoredDocument, Reconciled) {
    let how = generations(ours, theirs);
    let doc = match how {
        Reconciled::Merged => merge_since(ours, theirs, base),
        Reconciled::ReplacedElsewhere => theirs.clone(),
        Reconciled::OursNewer => ours.clone(),
    };
    (doc, how)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // Test-only steps to exercise the driver: schema 1 -> 2 renames a key,
    // 2 -> 3 fails on purpose when asked to.
    fn rename_deleted(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        if let Some(m) = obj.remove("old_deleted") {
            obj.insert("deleted".into(), m);
        }
        Ok(v)
    }

    fn refuse_marked(v: Value) -> Result<Value, String> {
        if v.get("refuse").is_some() {
            Err("marked as refusing".into())
        } else {
            Ok(v)
        }
    }

    const STEPS: &[Migration] = &[
        Migration {
            from: 1,
            run: rename_deleted,
        },
        Migration {
            from: 2,
            run: refuse_marked,
        },
    ];

    #[test]
    fn driver_runs_each_step_and_sets_the_schema() {
        let v1 = json!({"schema": 1, "old_deleted": ["a"]});
        let out = migrate(v1.clone(), 1, 3, STEPS).unwrap();
        assert_eq!(out["schema"], 3);
        assert_eq!(out["deleted"], json!(["a"]));
        let doc = decode_with(&v1.to_string(), 3, STEPS).unwrap();
        assert_eq!(doc.deleted, vec![SessionId::new("a")]);
    }

    #[test]
    fn a_deleted_session_stays_deleted_through_a_merge() {
        use crate::date::Date;
        let s = Session::new(SessionId::new("a"), Date::from_ymd(2024, 3, 5).unwrap());
        let theirs = StoredDocument {
            log: vec![s.clone()],
            ..StoredDocument::default()
        };
        let ours = StoredDocument {
            deleted: vec![s.id.clone()],
            ..StoredDocument::default()
        };
        assert!(merge(&ours, &theirs).log.is_empty());
        assert!(merge(&theirs, &ours).log.is_empty());
        // Nothing new is written for a document without these fields.
        let text = encode(&StoredDocument::default());
        assert!(
            !text.contains("pending") && !text.contains("deleted"),
            "{text}"
        );
    }

    #[test]
    fn own_exercises_from_both_copies_survive_a_merge() {
        use crate::exercise::{Implement, LoadKind};
        let own = |id: &str, name: &str| OwnExercise {
            id: id.into(),
            name: name.into(),
            load: LoadKind::Fixed,
            implement: Implement::Machine,
        };
        let ours = StoredDocument {
            exercises: vec![own("sled-push", "Sled push"), own("yoke", "Yoke")],
            ..StoredDocument::default()
        };
        let theirs = StoredDocument {
            exercises: vec![own("yoke", "Yoke walk"), own("atlas-stone", "Atlas stone")],
            ..StoredDocument::default()
        };
        let merged = merge(&ours, &theirs);
        assert_eq!(merged, merge(&theirs, &ours), "either order");
        let mut ids: Vec<&str> = merged.exercises.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["atlas-stone", "sled-push", "yoke"]);
        assert!(!encode(&StoredDocument::default()).contains("exercises"));
    }

    #[test]
    fn driver_reports_failing_and_missing_steps() {
        let bad = json!({"schema": 1, "refuse": true}).to_string();
        assert!(matches!(
            decode_with(&bad, 3, STEPS),
            Err(StoreError::Corrupt { reason }) if reason.contains("upgrading format 2")
        ));
        let gap = json!({"schema": 1}).to_string();
        assert!(matches!(
            decode_with(&gap, 3, &STEPS[1..]),
            Err(StoreError::Corrupt { reason }) if reason.contains("no way to upgrade format 1")
        ));
    }

    #[test]
    fn a_replace_elsewhere_is_taken_as_it_is_never_merged_back() {
        use crate::date::Date;
        use crate::document::session::{apply, Change};
        use crate::log::{Session, SessionId};
        let session =
            |id: &str| Session::new(SessionId::new(id), Date::from_ymd(2026, 1, 5).unwrap());
        let mut a = StoredDocument::default();
        a.log.push(session("old"));
        let b_before = a.clone();
        let mut backup = StoredDocument::default();
        backup.log.push(session("from-backup"));
        apply(
            &mut a,
            Change::Backup {
                backup: Box::new(backup),
                replace: true,
            },
        )
        .unwrap();
        assert_eq!(a.generation, 1);
        // Tab B, still on the old generation, writes: the replace holds.
        let (kept, how) = reconcile(&b_before, &a, &Footprint::default());
        assert_eq!(how, Reconciled::ReplacedElsewhere);
        assert_eq!(kept, a);
        let (kept, how) = reconcile(&a, &b_before, &Footprint::default());
        assert_eq!(how, Reconciled::OursNewer);
        assert_eq!(kept.log.len(), 1);
        assert_eq!(kept.log[0].id.as_str(), "from-backup");
        // The generation is stored, and a second replace starts another.
        let back = decode(&encode(&a)).unwrap();
        assert_eq!(back.generation, 1);
        let mut again = a.clone();
        apply(
            &mut again,
            Change::Backup {
                backup: Box::new(StoredDocument::default()),
                replace: true,
            },
        )
        .unwrap();
        assert_eq!(again.generation, 2);
        // Within one generation, tabs still merge: nothing either logged is lost.
        let mut c = a.clone();
        c.log.push(session("c"));
        let (both, how) = reconcile(&a, &c, &Footprint::default());
        assert_eq!(how, Reconciled::Merged);
        assert_eq!(both.log.len(), 2);
    }
}
